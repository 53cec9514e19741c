//! Role external references: create, list (paginated), lookup by id or
//! slug (case-insensitively), delete; one mapping per provider role and
//! organization (also under concurrency); roles of other organizations
//! refused without a leak; levels; removal with the role or organization.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::join;
use crate::common::ApiResult;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;

async fn create_role(
    client: &Client,
    organization: &str,
    name: &str,
) -> uuid::Uuid {
    client
        .role_create()
        .organization_id(organization)
        .body(types::RoleCreate { name: name.to_string() })
        .send()
        .await
        .expect("role created")
        .into_inner()
        .id
}

fn reference(
    role: uuid::Uuid,
    provider_role_id: &str,
    slug: Option<&str>,
) -> types::RoleExternalReferenceCreate {
    types::RoleExternalReferenceCreate {
        provider: "github".to_string(),
        provider_organization_id: "PostHog".to_string(),
        provider_role_id: provider_role_id.to_string(),
        provider_role_slug: slug.map(str::to_string),
        provider_role_name: format!("Team {provider_role_id}"),
        role,
    }
}

async fn create_reference(
    client: &Client,
    organization: &str,
    body: types::RoleExternalReferenceCreate,
) -> ApiResult<types::RoleExternalReference> {
    client
        .role_external_reference_create()
        .organization_id(organization)
        .body(body)
        .send()
        .await
}

async fn lookup(
    client: &Client,
    organization: &str,
    provider_organization_id: &str,
    role_id: Option<&str>,
    slug: Option<&str>,
) -> ApiResult<types::RoleLookupResponse> {
    let mut request = client
        .role_external_reference_lookup()
        .organization_id(organization)
        .provider("github")
        .provider_organization_id(provider_organization_id);
    if let Some(role_id) = role_id {
        request = request.provider_role_id(role_id);
    }
    if let Some(slug) = slug {
        request = request.provider_role_slug(slug);
    }
    request.send().await
}

async fn list(
    client: &Client,
    organization: &str,
) -> types::PaginatedRoleExternalReferenceList {
    client
        .role_external_reference_list()
        .organization_id(organization)
        .send()
        .await
        .expect("listed")
        .into_inner()
}

#[tokio::test]
async fn test_role_external_reference_create_lookup_delete() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await.id.to_string();
    let role = create_role(&admin, &org, "Frontend").await;

    let created = create_reference(
        &admin,
        &org,
        reference(role, "12345", Some("frontend-team")),
    )
    .await
    .expect("created")
    .into_inner();
    assert_eq!(created.role, role);
    assert_eq!(created.provider_role_slug.as_deref(), Some("frontend-team"));
    assert_eq!(created.created_by.unwrap().email, "admin@localhost");

    let listed = list(&admin, &org).await;
    assert_eq!(listed.count, 1);
    assert_eq!(listed.results[0].id, created.id);

    // By id or by slug, case-insensitively on the provider's organization
    // and identifiers.
    for (role_id, slug) in [
        (Some("12345"), None),
        (None, Some("FRONTEND-team")),
        (Some("nope"), Some("frontend-team")),
    ] {
        let found = lookup(&admin, &org, "posthog", role_id, slug)
            .await
            .unwrap()
            .into_inner();
        assert_eq!(found.reference.map(|r| r.id), Some(created.id));
    }
    let missing =
        lookup(&admin, &org, "PostHog", Some("999"), None).await.unwrap();
    assert!(missing.into_inner().reference.is_none());
    let other_provider = admin
        .role_external_reference_lookup()
        .organization_id(&org)
        .provider("linear")
        .provider_organization_id("PostHog")
        .provider_role_id("12345")
        .send()
        .await
        .unwrap();
    assert!(other_provider.into_inner().reference.is_none());
    assert_error(
        api_error(lookup(&admin, &org, "PostHog", None, None).await),
        400,
        "invalid",
        None,
    );
    assert_error(
        api_error(lookup(&admin, &org, " ", Some("12345"), None).await),
        400,
        "blank",
        Some("provider_organization_id"),
    );

    admin
        .role_external_reference_delete()
        .organization_id(&org)
        .reference_id(created.id.to_string())
        .send()
        .await
        .expect("deleted");
    assert_eq!(list(&admin, &org).await.count, 0);
    let gone =
        lookup(&admin, &org, "PostHog", Some("12345"), None).await.unwrap();
    assert!(gone.into_inner().reference.is_none());
    assert_error(
        api_error(
            admin
                .role_external_reference_delete()
                .organization_id(&org)
                .reference_id(created.id.to_string())
                .send()
                .await,
        ),
        404,
        "not_found",
        None,
    );
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_external_reference_validation() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await.id.to_string();
    let role = create_role(&admin, &org, "Frontend").await;
    let mut blank = reference(role, "1", None);
    blank.provider = "  ".to_string();
    assert_error(
        api_error(create_reference(&admin, &org, blank).await),
        400,
        "blank",
        Some("provider"),
    );
    let mut long = reference(role, "1", None);
    long.provider = "p".repeat(33);
    assert_error(
        api_error(create_reference(&admin, &org, long).await),
        400,
        "max_length",
        Some("provider"),
    );
    let mut long = reference(role, "1", None);
    long.provider_role_name = "n".repeat(256);
    assert_error(
        api_error(create_reference(&admin, &org, long).await),
        400,
        "max_length",
        Some("provider_role_name"),
    );
    // A blank slug is no slug: two of them do not collide.
    let first = create_reference(&admin, &org, reference(role, "1", Some("")))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(first.provider_role_slug, None);
    create_reference(&admin, &org, reference(role, "2", Some(" ")))
        .await
        .expect("a second reference without a slug");
    assert_eq!(list(&admin, &org).await.count, 2);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_external_reference_unique_per_organization() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await.id.to_string();
    let role = create_role(&admin, &org, "Frontend").await;
    let other_role = create_role(&admin, &org, "Backend").await;
    create_reference(&admin, &org, reference(role, "ABC", Some("team")))
        .await
        .unwrap();
    // The same provider role, by id (another case) or by slug, maps once.
    for body in [
        reference(other_role, "abc", None),
        reference(other_role, "other", Some("TEAM")),
    ] {
        assert_error(
            api_error(create_reference(&admin, &org, body).await),
            400,
            "invalid",
            None,
        );
    }
    // Another organization maps it on its own.
    let other_org = create_organization(&admin, "Other").await.id.to_string();
    let other_orgs_role = create_role(&admin, &other_org, "Frontend").await;
    create_reference(
        &admin,
        &other_org,
        reference(other_orgs_role, "ABC", Some("team")),
    )
    .await
    .expect("another organization's mapping");

    // Concurrent creates of one mapping: exactly one wins.
    let results = futures::future::join_all((0..8).map(|_| {
        create_reference(&admin, &org, reference(role, "concurrent", None))
    }))
    .await;
    let won = results.iter().filter(|result| result.is_ok()).count();
    assert_eq!(won, 1, "{results:?}");
    for result in results.into_iter().filter(|result| result.is_err()) {
        assert_error(api_error(result), 400, "invalid", None);
    }
    assert_eq!(list(&admin, &org).await.count, 2);
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_external_reference_role_of_another_organization() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Mine").await.id.to_string();
    let other = create_organization(&admin, "Theirs").await.id.to_string();
    let theirs = create_role(&admin, &other, "Secret").await;
    let nowhere = uuid::Uuid::now_v7();
    // Another organization's role is answered as a role that does not
    // exist: the same code, the same words.
    let mut details = Vec::new();
    for role in [theirs, nowhere] {
        let (status, error) = api_error(
            create_reference(&admin, &org, reference(role, "1", None)).await,
        );
        assert_eq!(
            (status, error.code.as_str(), error.attr.as_deref()),
            (400, "does_not_exist", Some("role"))
        );
        details.push(error.detail.replace(&role.to_string(), "ROLE"));
    }
    assert_eq!(details[0], details[1]);
    assert_eq!(list(&admin, &org).await.count, 0);
    // Nor is another organization's reference reachable through this one.
    let role = create_role(&admin, &other, "Mapped").await;
    let theirs = create_reference(&admin, &other, reference(role, "1", None))
        .await
        .unwrap()
        .into_inner();
    assert_error(
        api_error(
            admin
                .role_external_reference_delete()
                .organization_id(&org)
                .reference_id(theirs.id.to_string())
                .send()
                .await,
        ),
        404,
        "not_found",
        None,
    );
    let found = lookup(&admin, &org, "PostHog", Some("1"), None).await.unwrap();
    assert!(found.into_inner().reference.is_none());
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_external_reference_levels_and_scopes() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await;
    let id = org.id.to_string();
    let role = create_role(&admin, &id, "Frontend").await;
    let created = create_reference(&admin, &id, reference(role, "1", None))
        .await
        .unwrap()
        .into_inner();
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    join(&admin, org.id, &member, 1).await;
    assert_eq!(list(&member.client, &id).await.count, 1);
    let found =
        lookup(&member.client, &id, "PostHog", Some("1"), None).await.unwrap();
    assert!(found.into_inner().reference.is_some());
    assert_error(
        api_error(
            create_reference(&member.client, &id, reference(role, "2", None))
                .await,
        ),
        403,
        "permission_denied",
        None,
    );
    assert_error(
        api_error(
            member
                .client
                .role_external_reference_delete()
                .organization_id(&id)
                .reference_id(created.id.to_string())
                .send()
                .await,
        ),
        403,
        "permission_denied",
        None,
    );
    let reader = ctx
        .user(
            "reader@example.com",
            &[Scope::OrganizationRead, Scope::UserWrite],
        )
        .await;
    join(&admin, org.id, &reader, 8).await;
    assert_eq!(list(&reader.client, &id).await.count, 1);
    assert_error(
        api_error(
            create_reference(&reader.client, &id, reference(role, "3", None))
                .await,
        ),
        403,
        "permission_denied",
        None,
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_external_reference_list_pages() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await.id.to_string();
    let role = create_role(&admin, &org, "Frontend").await;
    let mut ids = Vec::new();
    for n in 0..5 {
        let created = create_reference(
            &admin,
            &org,
            reference(role, &n.to_string(), None),
        )
        .await
        .unwrap()
        .into_inner();
        ids.push(created.id);
    }
    let page = admin
        .role_external_reference_list()
        .organization_id(&org)
        .limit(2)
        .offset(2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.count, 5);
    assert_eq!(
        page.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        ids[2..4]
    );
    assert!(page.next.unwrap().contains("offset=4"));
    assert!(page.previous.is_some());

    // PostHog's order: provider, provider organization, slug (none last),
    // then creation.
    let other = create_organization(&admin, "Ordered").await.id.to_string();
    let role = create_role(&admin, &other, "Any").await;
    let mut made = Vec::new();
    for (provider, organization, slug) in [
        ("slack", "T1", Some("b")),
        ("github", "posthog", None),
        ("github", "posthog", Some("zeta")),
        ("github", "PostHog", Some("alpha")),
        ("github", "posthog", Some("beta")),
        ("github", "posthog", None),
    ] {
        let body = types::RoleExternalReferenceCreate {
            provider: provider.to_string(),
            provider_organization_id: organization.to_string(),
            provider_role_id: made.len().to_string(),
            provider_role_slug: slug.map(str::to_string),
            provider_role_name: "Team".to_string(),
            role,
        };
        made.push(create_reference(&admin, &other, body).await.unwrap().id);
    }
    let listed: Vec<_> =
        list(&admin, &other).await.results.iter().map(|r| r.id).collect();
    let expected: Vec<_> = [3, 4, 2, 1, 5, 0].map(|i| made[i]).to_vec();
    assert_eq!(listed, expected);
    let second_page = admin
        .role_external_reference_list()
        .organization_id(&other)
        .limit(2)
        .offset(2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        second_page.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        expected[2..4]
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_external_references_go_with_their_role_and_organization() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await.id.to_string();
    let doomed = create_role(&admin, &org, "Doomed").await;
    let kept = create_role(&admin, &org, "Kept").await;
    create_reference(&admin, &org, reference(doomed, "1", Some("one")))
        .await
        .unwrap();
    create_reference(&admin, &org, reference(kept, "2", None)).await.unwrap();
    admin
        .role_delete()
        .organization_id(&org)
        .role_id(doomed.to_string())
        .send()
        .await
        .expect("role deleted");
    let left = list(&admin, &org).await;
    assert_eq!(left.results.iter().map(|r| r.role).collect::<Vec<_>>(), [kept]);
    // Its provider role is free again.
    create_reference(&admin, &org, reference(kept, "1", Some("one")))
        .await
        .expect("mapped again");
    ctx.assert_store_consistent().await;
    admin
        .organization_delete()
        .organization_id(&org)
        .send()
        .await
        .expect("organization deleted");
    ctx.assert_store_consistent().await;
    let exported = ctx.store().export().await.unwrap();
    assert!(!exported.iter().any(|record| matches!(
        record,
        orgbase::store::ExportRecord::RoleExternalReference { .. }
    )));
    ctx.cleanup().await;
}

/// A lookup value no stored reference can hold (a null character, which
/// PostgreSQL cannot even compare) finds nothing, on either backend.
#[tokio::test]
async fn test_role_external_reference_lookup_of_a_null_character() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Refs").await.id.to_string();
    for query in [
        "provider=github%00&provider_organization_id=PostHog&provider_role_id=1",
        "provider=github&provider_organization_id=Post%00Hog&provider_role_slug=a",
        "provider=github&provider_organization_id=PostHog&provider_role_id=%00",
    ] {
        let response = reqwest::Client::new()
            .get(format!(
                "{}/api/organizations/{org}/role_external_references/lookup/?{query}",
                ctx.base_url
            ))
            .bearer_auth(crate::common::ADMIN_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{query}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body, serde_json::json!({"reference": null}), "{query}");
    }
    ctx.cleanup().await;
}
