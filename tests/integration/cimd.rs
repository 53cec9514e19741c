//! CIMD verification tokens: lifecycle, URL normalization, validation,
//! permissions, and matching metadata documents.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::join;
use crate::common::ApiResult;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;
use serde_json::json;

async fn create_token(
    client: &Client,
    organization: &str,
    label: &str,
    url: &str,
) -> ApiResult<types::CimdVerificationToken> {
    client
        .cimd_verification_token_create()
        .organization_id(organization)
        .body(types::CimdVerificationTokenCreate {
            label: label.to_string(),
            cimd_url: url.to_string(),
        })
        .send()
        .await
}

async fn match_document(
    client: &Client,
    url: &str,
    document: serde_json::Value,
) -> Option<uuid::Uuid> {
    client
        .cimd_verification_token_match()
        .body(types::CimdMatchRequest {
            cimd_url: url.to_string(),
            document: document.as_object().unwrap().clone(),
        })
        .send()
        .await
        .expect("match answered")
        .into_inner()
        .organization_id
}

#[tokio::test]
async fn test_cimd_token_lifecycle() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Partnered").await;
    let id = org.id.to_string();
    let created = create_token(
        &admin,
        &id,
        "  Partner app ",
        "HTTPS://Partner.Example:443/client.json/",
    )
    .await
    .unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    let value = created.value.clone().expect("shown on create");
    assert!(value.starts_with("phvt_") && value.len() > 40);
    assert_eq!(
        created.mask_value,
        format!("phvt...{}", &value[value.len() - 4..])
    );
    assert_eq!(created.label, "Partner app");
    assert_eq!(
        created.cimd_url.as_deref(),
        Some("https://partner.example/client.json")
    );
    assert!(created.last_used_at.is_none());
    assert!(created.created_by.is_some());

    let second = create_token(&admin, &id, "Second", "https://other.example")
        .await
        .unwrap();
    let list = admin
        .cimd_verification_token_list()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(list.count, 2);
    assert_eq!(list.results[0].id, second.id, "newest first");
    assert!(list.results.iter().all(|t| t.value.is_none()));
    let seen = admin
        .cimd_verification_token_view()
        .organization_id(&id)
        .token_id(created.id.to_string())
        .send()
        .await
        .unwrap();
    assert!(seen.value.is_none());

    assert!(
        !ctx.stored_data_contains(value.as_bytes()).await,
        "the plaintext is stored"
    );
    assert!(
        ctx.stored_data_contains(orgbase::secrets::hash(&value).as_bytes())
            .await
    );

    admin
        .cimd_verification_token_delete()
        .organization_id(&id)
        .token_id(created.id.to_string())
        .send()
        .await
        .unwrap();
    let error = api_error(
        admin
            .cimd_verification_token_view()
            .organization_id(&id)
            .token_id(created.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_cimd_token_validation() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Validated").await;
    let id = org.id.to_string();
    let long_url = format!("https://example.com/{}", "a".repeat(2040));
    let long_label = "l".repeat(41);
    let cases: Vec<(&str, &str, &str, Option<&str>)> = vec![
        ("  ", "https://example.com", "blank", Some("label")),
        (&long_label, "https://example.com", "max_length", Some("label")),
        ("ok", "http://example.com", "invalid", Some("cimd_url")),
        ("ok", "https://user:pw@example.com", "invalid", Some("cimd_url")),
        ("ok", "https://example.com/#fragment", "invalid", Some("cimd_url")),
        ("ok", "example.com", "invalid", Some("cimd_url")),
        ("ok", "", "blank", Some("cimd_url")),
        ("ok", &long_url, "max_length", Some("cimd_url")),
    ];
    for (label, url, code, attr) in cases {
        let error = api_error(create_token(&admin, &id, label, url).await);
        assert_error(error, 400, code, attr);
    }
    let response = reqwest::Client::new()
        .post(format!(
            "{}/api/organizations/{id}/cimd_verification_tokens/",
            ctx.base_url
        ))
        .bearer_auth(crate::common::ADMIN_KEY)
        .json(&json!({"label": "no url"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let error: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        (error["code"].as_str(), error["attr"].as_str()),
        (Some("required"), Some("cimd_url"))
    );
    let list = admin
        .cimd_verification_token_list()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(list.count, 0);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_cimd_token_permissions() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("cimd-owner@example.com", &[Scope::X]).await;
    let member = ctx.user("cimd-member@example.com", &[Scope::X]).await;
    let outsider = ctx.user("cimd-outsider@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Guarded").await;
    join(&owner.client, org.id, &member, 1).await;
    let id = org.id.to_string();
    let token = create_token(&owner.client, &id, "t", "https://app.example")
        .await
        .unwrap()
        .into_inner();
    let token_id = token.id.to_string();

    // Members read; only admins write.
    member
        .client
        .cimd_verification_token_list()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    member
        .client
        .cimd_verification_token_view()
        .organization_id(&id)
        .token_id(&token_id)
        .send()
        .await
        .unwrap();
    assert_error(
        api_error(
            create_token(&member.client, &id, "m", "https://m.example").await,
        ),
        403,
        "permission_denied",
        None,
    );
    let error = api_error(
        member
            .client
            .cimd_verification_token_delete()
            .organization_id(&id)
            .token_id(&token_id)
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    // Outsiders see nothing; tokens of another organization are not found.
    let error = api_error(
        outsider
            .client
            .cimd_verification_token_list()
            .organization_id(&id)
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    let theirs = create_organization(&outsider.client, "Theirs").await;
    let error = api_error(
        outsider
            .client
            .cimd_verification_token_view()
            .organization_id(theirs.id.to_string())
            .token_id(&token_id)
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    // A read-only key cannot create.
    let reader = ctx
        .user(
            "cimd-reader@example.com",
            &[Scope::OrganizationRead, Scope::UserWrite],
        )
        .await;
    join(&owner.client, org.id, &reader, 8).await;
    let error = api_error(
        create_token(&reader.client, &id, "r", "https://r.example").await,
    );
    assert_error(error, 403, "permission_denied", None);
    // Matching is for staff.
    let error = api_error(
        owner
            .client
            .cimd_verification_token_match()
            .body(types::CimdMatchRequest {
                cimd_url: "https://app.example".into(),
                document: serde_json::Map::new(),
            })
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_cimd_matching() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org_a = create_organization(&admin, "A").await;
    let org_b = create_organization(&admin, "B").await;
    let shared_url = "https://partner.example/client.json";
    let token_a = create_token(&admin, &org_a.id.to_string(), "a", shared_url)
        .await
        .unwrap()
        .into_inner();
    let token_b = create_token(&admin, &org_b.id.to_string(), "b", shared_url)
        .await
        .unwrap()
        .into_inner();
    let value_a = token_a.value.clone().unwrap();
    let value_b = token_b.value.clone().unwrap();

    // The nested location; the URL as read may differ in form.
    let nested = json!({"client_name": "Partner", "com.posthog": {"verification_token": value_b}});
    assert_eq!(
        match_document(
            &admin,
            "https://PARTNER.example:443/client.json/",
            nested.clone()
        )
        .await,
        Some(org_b.id)
    );
    // The legacy top-level location.
    let legacy = json!({"posthog_verification_token": value_a});
    assert_eq!(
        match_document(&admin, shared_url, legacy).await,
        Some(org_a.id)
    );
    // Use is recorded.
    let seen = admin
        .cimd_verification_token_view()
        .organization_id(org_a.id.to_string())
        .token_id(token_a.id.to_string())
        .send()
        .await
        .unwrap();
    assert!(seen.last_used_at.is_some());
    // At another URL, the token matches nothing.
    assert_eq!(
        match_document(
            &admin,
            "https://copier.example/client.json",
            nested.clone()
        )
        .await,
        None
    );
    // A recognized nested token for another URL does not fall back to the
    // legacy one; an unknown nested token does.
    let other = create_token(
        &admin,
        &org_a.id.to_string(),
        "other",
        "https://other.example",
    )
    .await
    .unwrap()
    .into_inner();
    let quoting = json!({"com.posthog": {"verification_token": other.value}, "posthog_verification_token": value_b});
    assert_eq!(match_document(&admin, shared_url, quoting).await, None);
    let typo = json!({"com.posthog": {"verification_token": "phvt_typo"}, "posthog_verification_token": value_b});
    assert_eq!(match_document(&admin, shared_url, typo).await, Some(org_b.id));
    // Nothing, garbage, or a non-string: no match.
    for document in [
        json!({}),
        json!({"com.posthog": "x"}),
        json!({"posthog_verification_token": 7}),
    ] {
        assert_eq!(match_document(&admin, shared_url, document).await, None);
    }
    // A revoked token matches nothing.
    admin
        .cimd_verification_token_delete()
        .organization_id(org_b.id.to_string())
        .token_id(token_b.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(match_document(&admin, shared_url, nested).await, None);
    // A bad URL is a validation error.
    let error = api_error(
        admin
            .cimd_verification_token_match()
            .body(types::CimdMatchRequest {
                cimd_url: "http://partner.example".into(),
                document: serde_json::Map::new(),
            })
            .send()
            .await,
    );
    assert_error(error, 400, "invalid", Some("cimd_url"));
    // Deleting the organization removes its tokens (and their matches).
    admin
        .organization_delete()
        .organization_id(org_a.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(
        match_document(
            &admin,
            shared_url,
            json!({"posthog_verification_token": value_a})
        )
        .await,
        None
    );
    ctx.cleanup().await;
}
