//! PostHog's limit/offset pagination: count, absolute next/previous links,
//! offset past the end, the maximum limit.

use crate::common::create_organization;
use crate::common::TestContext;

#[tokio::test]
async fn test_pagination_links_and_bounds() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    for n in 0..7 {
        create_organization(&admin, &format!("Org {n}")).await;
    }
    let page =
        admin.organization_list().limit(3).send().await.unwrap().into_inner();
    assert_eq!(page.count, 7);
    assert_eq!(page.results.len(), 3);
    assert_eq!(page.previous, None);
    let next = page.next.clone().unwrap();
    assert_eq!(
        next,
        format!("{}/api/organizations/?limit=3&offset=3", ctx.base_url)
    );

    // Following the links walks every organization once, in order.
    let mut names: Vec<String> =
        page.results.iter().map(|o| o.name.clone()).collect();
    let mut url = page.next;
    let http = reqwest::Client::new();
    let mut last = None;
    while let Some(link) = url {
        let body: serde_json::Value = http
            .get(&link)
            .bearer_auth(crate::common::ADMIN_KEY)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        names.extend(
            body["results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["name"].as_str().unwrap().to_string()),
        );
        url = body["next"].as_str().map(str::to_string);
        last = Some(body);
    }
    let expected: Vec<String> = (0..7).map(|n| format!("Org {n}")).collect();
    assert_eq!(names, expected);
    let last = last.unwrap();
    assert_eq!(
        last["previous"].as_str().unwrap(),
        format!("{}/api/organizations/?limit=3&offset=3", ctx.base_url)
    );

    // Back to the first page: no offset in the link.
    let second =
        admin.organization_list().limit(3).offset(3).send().await.unwrap();
    assert_eq!(
        second.previous.as_deref(),
        Some(format!("{}/api/organizations/?limit=3", ctx.base_url).as_str())
    );

    // Past the end: an empty page, not an error.
    for offset in [7, 100, u64::MAX] {
        let empty =
            admin.organization_list().offset(offset).send().await.unwrap();
        assert_eq!(
            (empty.count, empty.results.len(), empty.next.as_deref()),
            (7, 0, None)
        );
        assert!(empty.previous.is_some());
    }
    // Above the maximum: served as the maximum.
    let all = admin.organization_list().limit(5000).send().await.unwrap();
    assert_eq!(all.results.len(), 7);
    assert_eq!(all.next, None);
    let default = admin.organization_list().send().await.unwrap();
    assert_eq!(default.results.len(), 7);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_pagination_default_and_maximum_limits() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    for n in 0..3 {
        admin
            .personal_api_key_create()
            .body(orgbase::client::types::PersonalApiKeyCreate {
                label: format!("k{n}"),
                scopes: vec![orgbase::client::types::Scope::UserRead],
                scoped_organizations: None,
            })
            .send()
            .await
            .unwrap();
    }
    let page = admin.personal_api_key_list().limit(2).send().await.unwrap();
    assert_eq!((page.count, page.results.len()), (4, 2));
    assert_eq!(
        page.next.as_deref(),
        Some(
            format!("{}/api/personal_api_keys/?limit=2&offset=2", ctx.base_url)
                .as_str()
        )
    );
    let big = admin.personal_api_key_list().limit(1001).send().await.unwrap();
    assert_eq!(big.results.len(), 4);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_pagination_links_use_external_url_and_keep_other_parameters() {
    let ctx = TestContext::with_options(crate::common::Options {
        external_url: Some("https://orgs.example.com/".to_string()),
        ..Default::default()
    })
    .await;
    let admin = ctx.admin();
    for n in 0..3 {
        create_organization(&admin, &format!("External {n}")).await;
    }
    let page =
        admin.organization_list().limit(1).offset(1).send().await.unwrap();
    assert_eq!(
        page.next.as_deref(),
        Some("https://orgs.example.com/api/organizations/?limit=1&offset=2")
    );
    assert_eq!(
        page.previous.as_deref(),
        Some("https://orgs.example.com/api/organizations/?limit=1")
    );
    // Unrelated query parameters are carried over, sorted by name.
    let body: serde_json::Value = reqwest::Client::new()
        .get(format!(
            "{}/api/organizations?zeta=1&limit=1&alpha=x%20y",
            ctx.base_url
        ))
        .bearer_auth(crate::common::ADMIN_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        body["next"],
        "https://orgs.example.com/api/organizations?alpha=x+y&limit=1&offset=1&zeta=1"
    );
    ctx.cleanup().await;
}
