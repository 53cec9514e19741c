//! Personal API keys: the caller's own keys, shown once, stored hashed,
//! never able to grant more than the key that creates them.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;

fn key_request(label: &str, scopes: &[Scope]) -> types::PersonalApiKeyCreate {
    types::PersonalApiKeyCreate {
        label: label.into(),
        scopes: scopes.to_vec(),
        scoped_organizations: None,
        scoped_teams: None,
    }
}

#[tokio::test]
async fn test_personal_api_key_lifecycle() {
    let ctx = TestContext::new().await;
    let user = ctx.user("keys@example.com", &[Scope::X]).await;
    let created = user
        .client
        .personal_api_key_create()
        .body(key_request(
            "  ci  ",
            &[Scope::OrganizationRead, Scope::UserRead],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    let value = created.value.clone().expect("the value is shown on create");
    assert!(value.starts_with("phx_"));
    assert_eq!(created.label, "ci");
    assert_eq!(
        created.mask_value,
        format!("phx_...{}", &value[value.len() - 4..])
    );
    assert!(created.last_used_at.is_none());

    // The new key works, within its scopes.
    let client = ctx.client(&value);
    client.organization_list().send().await.unwrap();
    let error = api_error(client.personal_api_key_list().send().await);
    assert_error(error, 403, "permission_denied", None);

    // Never shown again; use is recorded.
    let seen = user
        .client
        .personal_api_key_view()
        .id(created.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(seen.value.is_none());
    assert!(seen.last_used_at.is_some());
    let list =
        user.client.personal_api_key_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 2);
    assert_eq!(list.results[0].id, created.id, "newest first");
    assert!(list.results.iter().all(|k| k.value.is_none()));

    // The plaintext is nowhere in the data directory; its hash is.
    drop(client);
    assert!(
        !ctx.stored_data_contains(value.as_bytes()).await,
        "the plaintext is stored"
    );
    let hash = orgbase::secrets::hash(&value);
    assert!(
        ctx.stored_data_contains(hash.as_bytes()).await,
        "the hash is not stored"
    );

    // Delete: gone, and no longer authenticates.
    user.client
        .personal_api_key_delete()
        .id(created.id.to_string())
        .send()
        .await
        .unwrap();
    let error = api_error(ctx.client(&value).organization_list().send().await);
    assert_error(error, 401, "authentication_failed", None);
    let error = api_error(
        user.client
            .personal_api_key_view()
            .id(created.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_personal_api_key_validation() {
    let ctx = TestContext::new().await;
    let user = ctx.user("validate@example.com", &[Scope::X]).await;
    let create = |body: types::PersonalApiKeyCreate| {
        user.client.personal_api_key_create().body(body).send()
    };
    assert_error(
        api_error(create(key_request(" ", &[Scope::UserRead])).await),
        400,
        "blank",
        Some("label"),
    );
    assert_error(
        api_error(
            create(key_request(&"l".repeat(41), &[Scope::UserRead])).await,
        ),
        400,
        "max_length",
        Some("label"),
    );
    assert_error(
        api_error(create(key_request("none", &[])).await),
        400,
        "required",
        Some("scopes"),
    );
    let foreign = create_organization(&ctx.admin(), "Not yours").await;
    let mut request = key_request("foreign", &[Scope::OrganizationRead]);
    request.scoped_organizations = Some(vec![foreign.id]);
    assert_error(
        api_error(create(request).await),
        400,
        "invalid",
        Some("scoped_organizations"),
    );

    // An unknown scope is rejected with its position.
    let response = reqwest::Client::new()
        .post(format!("{}/api/personal_api_keys/", ctx.base_url))
        .bearer_auth(&user.key)
        .json(&serde_json::json!({"label": "x", "scopes": ["user:read", "feature_flag:admin"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let error: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        (error["code"].as_str(), error["attr"].as_str()),
        (Some("invalid_choice"), Some("scopes__1"))
    );
    let list =
        user.client.personal_api_key_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 1, "no invalid key was stored");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_personal_api_key_cannot_grant_more_than_it_holds() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("escalate@example.com", &[Scope::X]).await;
    let org_a = create_organization(&owner.client, "A").await;
    let org_b = create_organization(&owner.client, "B").await;
    let mut limited = key_request(
        "limited",
        &[Scope::PersonalApiKeyWrite, Scope::OrganizationRead],
    );
    limited.scoped_organizations = Some(vec![org_a.id]);
    let limited = owner
        .client
        .personal_api_key_create()
        .body(limited)
        .send()
        .await
        .unwrap()
        .into_inner();
    let limited = ctx.client(limited.value.as_deref().unwrap());

    for scopes in [[Scope::X], [Scope::OrganizationWrite], [Scope::UserRead]] {
        let mut request = key_request("more", &scopes);
        request.scoped_organizations = Some(vec![org_a.id]);
        let error = api_error(
            limited.personal_api_key_create().body(request).send().await,
        );
        assert_error(error, 403, "permission_denied", None);
    }
    // Not for other organizations, nor for all of them.
    for organizations in
        [None, Some(vec![org_b.id]), Some(vec![org_a.id, org_b.id])]
    {
        let mut request = key_request("wider", &[Scope::OrganizationRead]);
        request.scoped_organizations = organizations;
        let error = api_error(
            limited.personal_api_key_create().body(request).send().await,
        );
        assert_error(error, 403, "permission_denied", None);
    }
    // Within its own reach it may (write implies read).
    let mut request = key_request(
        "same",
        &[Scope::OrganizationRead, Scope::PersonalApiKeyRead],
    );
    request.scoped_organizations = Some(vec![org_a.id]);
    let created =
        limited.personal_api_key_create().body(request).send().await.unwrap();
    assert_eq!(created.scoped_organizations, vec![org_a.id]);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_personal_api_key_of_another_user_is_not_found() {
    let ctx = TestContext::new().await;
    let alice = ctx.user("alice-keys@example.com", &[Scope::X]).await;
    let bob = ctx.user("bob-keys@example.com", &[Scope::X]).await;
    let alices =
        alice.client.personal_api_key_list().send().await.unwrap().into_inner();
    let id = alices.results[0].id.to_string();
    assert_error(
        api_error(bob.client.personal_api_key_view().id(&id).send().await),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(bob.client.personal_api_key_delete().id(&id).send().await),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(bob.client.personal_api_key_view().id("junk").send().await),
        404,
        "not_found",
        None,
    );
    // Alice's key still works.
    alice.client.personal_api_key_view().id(&id).send().await.unwrap();
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_personal_api_key_current_describes_the_calling_key_to_any_scope()
{
    let ctx = TestContext::new().await;
    let user = ctx.user("current-key@example.com", &[Scope::X]).await;
    let org = create_organization(&user.client, "Current").await;
    let created = user
        .client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "narrow".into(),
            scopes: vec![Scope::OrganizationRead],
            scoped_organizations: Some(vec![org.id]),
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let narrow = ctx.client(created.value.as_deref().unwrap());
    let me = user.client.user_view().uuid("@me").send().await.unwrap();

    // No `personal_api_key:read` needed to read the calling key itself.
    let current =
        narrow.personal_api_key_view().id("@current").send().await.unwrap();
    assert_eq!(
        (current.id, current.label.as_str(), current.mask_value.as_str()),
        (created.id, "narrow", created.mask_value.as_str())
    );
    assert_eq!(current.scopes, [Scope::OrganizationRead]);
    assert_eq!(current.scoped_organizations, [org.id]);
    assert!(current.scoped_teams.is_empty());
    assert_eq!(current.user_id, me.id);
    assert_eq!(current.value, None, "the secret is never shown again");
    assert!(current.last_used_at.is_some(), "this request used it");
    // Any other key still needs the scope.
    assert_error(
        api_error(
            narrow
                .personal_api_key_view()
                .id(created.id.to_string())
                .send()
                .await,
        ),
        403,
        "permission_denied",
        None,
    );
    // Without a valid key there is nothing to describe.
    let anonymous = ctx.client("phx_notakey0123456789abcdefghijklmnopqrstuv");
    assert_error(
        api_error(
            anonymous.personal_api_key_view().id("@current").send().await,
        ),
        401,
        "authentication_failed",
        None,
    );
    ctx.cleanup().await;
}
