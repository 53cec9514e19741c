//! PostHog's limit/offset pagination: count, absolute next/previous links,
//! offset past the end, the maximum limit.

use crate::common::create_organization;
use crate::common::TestContext;
use orgbase::client::types::MemberOrder;

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
    // The link to the next page carries where it starts: after the last
    // organization of this one (see the keyset test below).
    let next = page.next.clone().unwrap();
    assert_eq!(
        next,
        format!(
            "{}/api/organizations/?after={}&limit=3&offset=3",
            ctx.base_url,
            page.results[2].id.simple()
        )
    );

    // Following the links walks every organization once, in order.
    let (count, all) = walk(&ctx, "/api/organizations/", 3).await;
    assert_eq!(count, 7);
    let expected: Vec<String> = (0..7).map(|n| format!("Org {n}")).collect();
    assert_eq!(field(&all, "/name"), expected);
    let last =
        admin.organization_list().limit(3).offset(6).send().await.unwrap();
    assert_eq!(
        last.previous.as_deref(),
        Some(
            format!("{}/api/organizations/?limit=3&offset=3", ctx.base_url)
                .as_str()
        )
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
                scoped_teams: None,
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
    // The limit is capped at 1,000: the link back from offset 1 says so.
    let capped = admin
        .personal_api_key_list()
        .limit(5000)
        .offset(1)
        .send()
        .await
        .unwrap();
    assert_eq!(
        capped.previous.as_deref(),
        Some(
            format!("{}/api/personal_api_keys/?limit=1000", ctx.base_url)
                .as_str()
        )
    );
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
    let after = page.results[0].id.simple();
    assert_eq!(
        page.next,
        Some(format!(
            "https://orgs.example.com/api/organizations/?after={after}&limit=1&offset=2"
        ))
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
    let after = body["results"][0]["id"].as_str().unwrap().replace('-', "");
    assert_eq!(
        body["next"],
        format!(
            "https://orgs.example.com/api/organizations?after={after}&alpha=x+y&limit=1&offset=1&zeta=1"
        )
    );
    ctx.cleanup().await;
}

/// Walks a list by its `next` links, `limit` at a time: (count, every
/// result in order).
async fn walk(
    ctx: &TestContext,
    path: &str,
    limit: u64,
) -> (u64, Vec<serde_json::Value>) {
    let http = reqwest::Client::new();
    let separator = if path.contains('?') { '&' } else { '?' };
    let mut url =
        Some(format!("{}{path}{separator}limit={limit}", ctx.base_url));
    let (mut count, mut results) = (None, Vec::new());
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
        let page = body["results"].as_array().expect("a page").clone();
        assert!(page.len() as u64 <= limit, "{link}: {body}");
        let page_count = body["count"].as_u64().unwrap();
        assert_eq!(*count.get_or_insert(page_count), page_count, "{link}");
        results.extend(page);
        url = body["next"].as_str().map(str::to_string);
    }
    (count.unwrap(), results)
}

/// The values of `field` (a JSON pointer) in `items`.
fn field(items: &[serde_json::Value], pointer: &str) -> Vec<String> {
    items
        .iter()
        .map(|item| match &item.pointer(pointer).unwrap() {
            serde_json::Value::String(text) => text.clone(),
            other => other.to_string(),
        })
        .collect()
}

/// Every list comes out in its order, page by page, with the same count
/// on every page: the store reads one page at a time, in the order the
/// list shows (members by joining time either way, roles by name as names
/// compare, domains by name byte by byte, invites and CIMD tokens newest
/// first, users by numeric id), filtered or not.
#[tokio::test]
async fn test_every_list_pages_in_its_order() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Paged").await;
    let org_path = format!("/api/organizations/{}", org.id);

    let mut joined = Vec::new();
    for n in [3, 0, 2, 1] {
        ctx.advance_clock(chrono::Duration::seconds(1));
        let user = ctx
            .user(
                &format!("pager-{n}@example.com"),
                &[orgbase::client::types::Scope::X],
            )
            .await;
        crate::common::join(&admin, org.id, &user, 1).await;
        joined.push(user);
    }
    let mut members_oldest_first = vec!["admin@localhost".to_string()];
    members_oldest_first.extend(joined.iter().map(|user| user.email.clone()));
    let (count, members) =
        walk(&ctx, &format!("{org_path}/members/?order=joined_at"), 2).await;
    assert_eq!(count, 5);
    assert_eq!(field(&members, "/user/email"), members_oldest_first);
    let (count, members) = walk(&ctx, &format!("{org_path}/members/"), 2).await;
    assert_eq!(count, 5);
    let mut newest_first = members_oldest_first.clone();
    newest_first.reverse();
    assert_eq!(field(&members, "/user/email"), newest_first);
    let (count, members) = walk(
        &ctx,
        &format!("{org_path}/members/?search=PAGER-&order=joined_at"),
        3,
    )
    .await;
    assert_eq!(count, 4);
    assert_eq!(field(&members, "/user/email"), members_oldest_first[1..]);

    for name in ["delta", "Alpha", "charlie", "Bravo", "echo"] {
        admin
            .role_create()
            .organization_id(org.id.to_string())
            .body(orgbase::client::types::RoleCreate { name: name.into() })
            .send()
            .await
            .unwrap();
    }
    let (count, roles) = walk(&ctx, &format!("{org_path}/roles/"), 2).await;
    assert_eq!(count, 5);
    assert_eq!(
        field(&roles, "/name"),
        ["Alpha", "Bravo", "charlie", "delta", "echo"]
    );
    let alpha = roles[0]["id"].as_str().unwrap().to_string();
    let mut in_role = Vec::new();
    for user in [&joined[2], &joined[0], &joined[3]] {
        ctx.advance_clock(chrono::Duration::seconds(1));
        admin
            .role_membership_create()
            .organization_id(org.id.to_string())
            .role_id(&alpha)
            .body(orgbase::client::types::RoleMembershipCreate {
                user_uuid: user.uuid,
            })
            .send()
            .await
            .unwrap();
        in_role.push(user.email.clone());
    }
    let (count, role_members) =
        walk(&ctx, &format!("{org_path}/roles/{alpha}/role_memberships/"), 2)
            .await;
    assert_eq!(count, 3);
    assert_eq!(field(&role_members, "/user/email"), in_role);
    // The role list shows each role's members, in the same order.
    let (_, roles) = walk(&ctx, &format!("{org_path}/roles/"), 100).await;
    assert_eq!(
        field(roles[0]["members"].as_array().unwrap(), "/user/email"),
        in_role
    );

    let mut invited = Vec::new();
    for n in 0..5 {
        ctx.advance_clock(chrono::Duration::seconds(1));
        let email = format!("invited-{n}@example.com");
        admin
            .invite_create()
            .organization_id(org.id.to_string())
            .body(crate::common::invite_request(&email, 1))
            .send()
            .await
            .unwrap();
        invited.insert(0, email);
    }
    let (count, invites) = walk(&ctx, &format!("{org_path}/invites/"), 2).await;
    assert_eq!(count, 5);
    assert_eq!(field(&invites, "/target_email"), invited);

    let mut labels = Vec::new();
    for n in 0..3 {
        admin
            .cimd_verification_token_create()
            .organization_id(org.id.to_string())
            .body(orgbase::client::types::CimdVerificationTokenCreate {
                label: format!("token {n}"),
                cimd_url: format!("https://client{n}.example.com/client.json"),
            })
            .send()
            .await
            .unwrap();
        labels.insert(0, format!("token {n}"));
    }
    let (count, tokens) =
        walk(&ctx, &format!("{org_path}/cimd_verification_tokens/"), 2).await;
    assert_eq!(count, 3);
    assert_eq!(field(&tokens, "/label"), labels);

    // Byte order: `-` sorts before letters, whatever a database's
    // collation would say.
    for domain in ["zeta.example", "alphab.example", "alpha-b.example"] {
        admin
            .domain_create()
            .organization_id(org.id.to_string())
            .body(orgbase::client::types::OrganizationDomainCreate {
                domain: domain.into(),
                saml_entity_id: None,
                saml_acs_url: None,
                saml_x509_cert: None,
            })
            .send()
            .await
            .unwrap();
    }
    let (count, domains) = walk(&ctx, &format!("{org_path}/domains/"), 2).await;
    assert_eq!(count, 3);
    assert_eq!(
        field(&domains, "/domain"),
        ["alpha-b.example", "alphab.example", "zeta.example"]
    );

    // Users by numeric id: the bootstrap user, then in creation order.
    let mut created = vec!["admin@localhost".to_string()];
    created.extend(joined.iter().map(|user| user.email.clone()));
    let (count, users) = walk(&ctx, "/api/users/", 2).await;
    assert_eq!(count, 5);
    assert_eq!(field(&users, "/email"), created);
    let (count, users) = walk(&ctx, "/api/users/?is_staff=false", 3).await;
    assert_eq!(count, 4);
    assert_eq!(field(&users, "/email"), created[1..]);
    ctx.cleanup().await;
}

/// The two lists that can grow large (a user's organizations, an
/// organization's members) continue by keyset: a `next` link carries the
/// place of its page's last item (`after`), and the page it leads to
/// starts just after that item, whatever was added or removed before it
/// meanwhile (an offset would skip an item there) and however deep it is.
#[tokio::test]
async fn test_large_lists_continue_after_the_last_item() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let mut organizations = Vec::new();
    for n in 0..5 {
        organizations.push(create_organization(&admin, &format!("K{n}")).await);
    }
    let first =
        admin.organization_list().limit(2).send().await.unwrap().into_inner();
    let names = |page: &[orgbase::client::types::Organization]| {
        page.iter().map(|o| o.name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(names(&first.results), ["K0", "K1"]);
    // An organization before the place goes: the next page still starts
    // at K2 (offset 2 alone would now start at K3).
    admin
        .organization_delete()
        .organization_id(organizations[0].id.to_string())
        .send()
        .await
        .unwrap();
    let next = get_json(first.next.as_deref().unwrap()).await;
    assert_eq!(next["count"], 4);
    let next_names: Vec<&str> = next["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(next_names, ["K2", "K3"]);
    // The generated client sends it too, and `offset` then only numbers
    // the links.
    let after = first.results[1].id.simple().to_string();
    let resumed = admin
        .organization_list()
        .limit(2)
        .offset(2)
        .after(&after)
        .send()
        .await
        .unwrap();
    assert_eq!(names(&resumed.results), ["K2", "K3"]);
    assert_eq!(
        resumed.previous,
        Some(format!("{}/api/organizations/?limit=2", ctx.base_url))
    );
    let last = resumed.results[1].id.simple();
    assert_eq!(
        resumed.next,
        Some(format!(
            "{}/api/organizations/?after={last}&limit=2&offset=4",
            ctx.base_url
        ))
    );

    // Members, newest first and oldest first, filtered or not.
    let org = create_organization(&admin, "Members").await;
    let mut joined = Vec::new();
    for n in 0..4 {
        ctx.advance_clock(chrono::Duration::seconds(1));
        let user = ctx
            .user(
                &format!("keyset-{n}@example.com"),
                &[orgbase::client::types::Scope::X],
            )
            .await;
        crate::common::join(&admin, org.id, &user, 1).await;
        joined.push(user);
    }
    let members = |order: MemberOrder, search: Option<&'static str>| {
        let mut list = admin
            .member_list()
            .organization_id(org.id.to_string())
            .limit(2)
            .order(order);
        if let Some(search) = search {
            list = list.search(search);
        }
        list
    };
    let emails = |page: &[orgbase::client::types::OrganizationMember]| {
        page.iter().map(|m| m.user.email.clone()).collect::<Vec<_>>()
    };
    let newest = members(MemberOrder::XjoinedXat, None).send().await.unwrap();
    assert_eq!(
        emails(&newest.results),
        ["keyset-3@example.com", "keyset-2@example.com"]
    );
    let oldest =
        members(MemberOrder::JoinedXat, Some("keyset-")).send().await.unwrap();
    assert_eq!(
        emails(&oldest.results),
        ["keyset-0@example.com", "keyset-1@example.com"]
    );
    // keyset-2 leaves: behind the newest-first page's place, so its next
    // page starts at keyset-1 all the same; ahead of the oldest-first
    // page's place, so its next page skips it.
    joined[2]
        .client
        .member_delete()
        .organization_id(org.id.to_string())
        .user_uuid("@me")
        .send()
        .await
        .unwrap();
    let emails_of = |page: &serde_json::Value| -> Vec<String> {
        page["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["user"]["email"].as_str().unwrap().to_string())
            .collect()
    };
    let newest_next = get_json(newest.next.as_deref().unwrap()).await;
    assert_eq!(
        emails_of(&newest_next),
        ["keyset-1@example.com", "keyset-0@example.com"]
    );
    assert_eq!(newest_next["count"], 4);
    let oldest_next = get_json(oldest.next.as_deref().unwrap()).await;
    assert_eq!(emails_of(&oldest_next), ["keyset-3@example.com"]);
    assert_eq!(oldest_next["count"], 3);
    assert!(
        oldest.next.as_deref().unwrap().contains("search=keyset-"),
        "{:?}",
        oldest.next
    );

    // An `after` no link of the list carries is a 400 on `after`.
    let member_place = newest.next.as_deref().unwrap();
    let member_after = member_place
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("after="))
        .unwrap()
        .to_string();
    for (path, after) in [
        ("/api/organizations/".to_string(), "nonsense".to_string()),
        ("/api/organizations/".to_string(), member_after),
        (format!("/api/organizations/{}/members/", org.id), after.clone()),
        (format!("/api/organizations/{}/members/", org.id), "1_x".into()),
    ] {
        let response = reqwest::Client::new()
            .get(format!("{}{path}?after={after}", ctx.base_url))
            .bearer_auth(crate::common::ADMIN_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{path} after={after}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["attr"], "after", "{body}");
        assert_eq!(body["type"], "validation_error", "{body}");
    }
    ctx.cleanup().await;
}

/// The other lists that can grow large continue by keyset too: invites
/// (newest first), roles and domains (by name: the place is found from the
/// last item's id) and a role's members (by joining time). An item removed
/// before the place shifts nothing; where the item the link names has gone
/// itself, the page starts at the offset the link numbers. The counts are
/// the store's kept counts, moved by every add and removal.
#[tokio::test]
async fn test_organization_lists_continue_after_the_last_item() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Continued").await;
    let org_id = org.id.to_string();
    let org_path = format!("{}/api/organizations/{org_id}", ctx.base_url);
    let strings = |page: &serde_json::Value, pointer: &str| -> Vec<String> {
        field(page["results"].as_array().unwrap(), pointer)
    };

    // Invites, newest first: the newest goes after the first page.
    let mut invites = Vec::new();
    for n in 0..4 {
        ctx.advance_clock(chrono::Duration::seconds(1));
        let invite = (admin.invite_create().organization_id(&org_id))
            .body(crate::common::invite_request(
                &format!("i{n}@example.com"),
                1,
            ))
            .send()
            .await
            .unwrap();
        invites.push(invite.id);
    }
    let first = get_json(&format!("{org_path}/invites/?limit=2")).await;
    assert_eq!(first["count"], 4);
    assert_eq!(
        strings(&first, "/target_email"),
        ["i3@example.com", "i2@example.com"]
    );
    (admin.invite_delete().organization_id(&org_id))
        .invite_id(invites[3].to_string())
        .send()
        .await
        .unwrap();
    let next = get_json(first["next"].as_str().unwrap()).await;
    assert_eq!(
        strings(&next, "/target_email"),
        ["i1@example.com", "i0@example.com"]
    );
    assert_eq!(next["count"], 3);
    assert_eq!(next["next"], serde_json::Value::Null);

    // Roles, by name: one before the place goes, then the one the link
    // names.
    let mut roles = std::collections::BTreeMap::new();
    for name in ["delta", "alpha", "charlie", "bravo", "echo"] {
        let role = (admin.role_create().organization_id(&org_id))
            .body(orgbase::client::types::RoleCreate { name: name.into() })
            .send()
            .await
            .unwrap();
        roles.insert(name, role.id.to_string());
    }
    let first = get_json(&format!("{org_path}/roles/?limit=2")).await;
    assert_eq!(strings(&first, "/name"), ["alpha", "bravo"]);
    assert_eq!(first["count"], 5);
    let delete_role = |name: &'static str| {
        let role = roles[name].clone();
        let request = admin.role_delete().organization_id(&org_id);
        async move { request.role_id(role).send().await.unwrap() }
    };
    delete_role("alpha").await;
    let next_link = first["next"].as_str().unwrap();
    let next = get_json(next_link).await;
    assert_eq!(strings(&next, "/name"), ["charlie", "delta"]);
    assert_eq!(next["count"], 4);
    // The role the link names has gone: the page starts at its offset
    // (2) of the roles left (bravo, charlie, delta, echo).
    delete_role("bravo").await;
    let next = get_json(next_link).await;
    assert_eq!(strings(&next, "/name"), ["echo"]);
    assert_eq!(next["count"], 3);

    // Domains, by name byte by byte.
    let mut domains = Vec::new();
    for domain in ["c.example", "a.example", "b-x.example", "bx.example"] {
        let created = (admin.domain_create().organization_id(&org_id))
            .body(orgbase::client::types::OrganizationDomainCreate {
                domain: domain.into(),
                saml_entity_id: None,
                saml_acs_url: None,
                saml_x509_cert: None,
            })
            .send()
            .await
            .unwrap();
        domains.push(created.id);
    }
    let first = get_json(&format!("{org_path}/domains/?limit=2")).await;
    assert_eq!(strings(&first, "/domain"), ["a.example", "b-x.example"]);
    (admin.domain_delete().organization_id(&org_id))
        .domain_id(domains[1].to_string())
        .send()
        .await
        .unwrap();
    let next = get_json(first["next"].as_str().unwrap()).await;
    assert_eq!(strings(&next, "/domain"), ["bx.example", "c.example"]);
    assert_eq!(next["count"], 3);

    // A role's members, by when they joined it.
    let role = roles["charlie"].clone();
    let mut members = Vec::new();
    for n in 0..3 {
        ctx.advance_clock(chrono::Duration::seconds(1));
        let user = ctx
            .user(
                &format!("r{n}@example.com"),
                &[orgbase::client::types::Scope::X],
            )
            .await;
        crate::common::join(&admin, org.id, &user, 1).await;
        let membership = (admin.role_membership_create())
            .organization_id(&org_id)
            .role_id(&role)
            .body(orgbase::client::types::RoleMembershipCreate {
                user_uuid: user.uuid,
            })
            .send()
            .await
            .unwrap();
        members.push(membership.id);
    }
    let role_path = format!("{org_path}/roles/{role}/role_memberships/");
    let first = get_json(&format!("{role_path}?limit=2")).await;
    assert_eq!(
        strings(&first, "/user/email"),
        ["r0@example.com", "r1@example.com"]
    );
    assert_eq!(first["count"], 3);
    (admin.role_membership_delete().organization_id(&org_id))
        .role_id(&role)
        .role_membership_id(members[0].to_string())
        .send()
        .await
        .unwrap();
    let next = get_json(first["next"].as_str().unwrap()).await;
    assert_eq!(strings(&next, "/user/email"), ["r2@example.com"]);
    assert_eq!(next["count"], 2);

    // Each list takes only its own kind of place.
    let joined_after = first["next"]
        .as_str()
        .unwrap()
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("after="))
        .unwrap()
        .to_string();
    let id_after = members[1].simple().to_string();
    for (path, after) in [
        (format!("{org_path}/roles/"), joined_after.clone()),
        (format!("{org_path}/invites/"), joined_after.clone()),
        (format!("{org_path}/domains/"), "nonsense".to_string()),
        (role_path.clone(), id_after),
    ] {
        let response = reqwest::Client::new()
            .get(format!("{path}?after={after}"))
            .bearer_auth(crate::common::ADMIN_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{path} after={after}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["attr"], "after", "{body}");
    }
    // The store's check agrees with every count it kept.
    assert_eq!(ctx.store().check().await.unwrap(), Vec::new());
    ctx.cleanup().await;
}

/// The body of a GET of `url` by the staff user.
async fn get_json(url: &str) -> serde_json::Value {
    let response = reqwest::Client::new()
        .get(url)
        .bearer_auth(crate::common::ADMIN_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{url}");
    response.json().await.unwrap()
}
