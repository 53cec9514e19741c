//! Organizations: create, list, view, update, delete, slugs, visibility,
//! durability.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;

#[tokio::test]
async fn test_organization_create_makes_caller_owner_with_default_project() {
    let ctx = TestContext::new().await;
    let user = ctx.user("creator@example.com", &[Scope::X]).await;
    let org = create_organization(&user.client, "Acme Inc.").await;

    assert_eq!(org.name, "Acme Inc.");
    assert_eq!(org.slug, "acme-inc");
    assert_eq!(org.membership_level, Some(15));
    assert_eq!(org.member_count, 1);
    assert_eq!(org.plugins_access_level, 9);
    assert_eq!(org.projects.len(), 1);
    assert_eq!(org.teams.len(), 1);
    assert_eq!(org.teams[0].project_id, org.projects[0].id);
    assert_eq!(org.teams[0].organization, org.id);
    assert!(org.teams[0].api_token.starts_with("phc_"));
    assert_eq!(org.members_can_invite, Some(true));
    assert!(org.members_can_use_personal_api_keys);
    assert!(org.allow_publicly_shared_resources);
    assert_eq!(
        org.default_experiment_stats_method,
        Some(types::ExperimentStatsMethod::Bayesian)
    );
    assert_eq!(org.enforce_2fa, None);
    assert_eq!(org.default_role_id, None);
    assert_eq!(
        org.metadata.get("instance_tag").map(String::as_str),
        Some("none")
    );
    assert_eq!(org.is_active, Some(true));
    assert_eq!(org.is_pending_deletion, Some(false));

    // The creator's current organization switched to it.
    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(me.organization.as_ref().map(|o| o.id), Some(org.id));
    let current = user
        .client
        .organization_view()
        .organization_id("@current")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(current.id, org.id);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_create_takes_settings_and_ignores_read_only_fields()
{
    let ctx = TestContext::new().await;
    let body = serde_json::json!({
        "name": "Settings",
        "slug": "chosen-by-caller",
        "id": "00000000-0000-0000-0000-000000000001",
        "member_count": 99,
        "membership_level": 1,
        "enforce_2fa": true,
        "members_can_invite": false,
        "default_experiment_stats_method": "frequentist",
        "default_anonymize_ips": true,
    });
    let response = reqwest::Client::new()
        .post(format!("{}/api/organizations/", ctx.base_url))
        .bearer_auth(crate::common::ADMIN_KEY)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let org: types::Organization = response.json().await.unwrap();
    assert_eq!(org.slug, "settings");
    assert_ne!(org.id.to_string(), "00000000-0000-0000-0000-000000000001");
    assert_eq!((org.member_count, org.membership_level), (1, Some(15)));
    assert_eq!(org.enforce_2fa, Some(true));
    assert_eq!(org.members_can_invite, Some(false));
    assert!(org.default_anonymize_ips);
    assert_eq!(
        org.default_experiment_stats_method,
        Some(types::ExperimentStatsMethod::Frequentist)
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_validation_errors_name_field_and_code() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let cases: Vec<(serde_json::Value, &str, &str)> = vec![
        (serde_json::json!({}), "required", "name"),
        (serde_json::json!({"name": "   "}), "blank", "name"),
        (serde_json::json!({"name": "x".repeat(65)}), "max_length", "name"),
        (serde_json::json!({"name": null}), "null", "name"),
        (serde_json::json!({"name": 5}), "invalid", "name"),
        (
            serde_json::json!({"name": "a", "default_experiment_stats_method": "magic"}),
            "invalid_choice",
            "default_experiment_stats_method",
        ),
        (
            serde_json::json!({"name": "a", "logo_media_id": "not-a-uuid"}),
            "invalid",
            "logo_media_id",
        ),
        (
            serde_json::json!({"name": "a", "default_role_id": uuid::Uuid::new_v4()}),
            "invalid",
            "default_role_id",
        ),
        (
            serde_json::json!({"name": "a", "enforce_2fa": "yes"}),
            "invalid",
            "enforce_2fa",
        ),
    ];
    let http = reqwest::Client::new();
    for (body, code, attr) in cases {
        let response = http
            .post(format!("{}/api/organizations/", ctx.base_url))
            .bearer_auth(crate::common::ADMIN_KEY)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{body}");
        let error: serde_json::Value = response.json().await.unwrap();
        assert_eq!(error["type"], "validation_error", "{body}");
        assert_eq!(error["code"], code, "{body}");
        assert_eq!(error["attr"], attr, "{body}");
        assert!(error["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
    // A name of exactly 64 characters is fine, and is trimmed.
    let name = format!("  {}  ", "y".repeat(64));
    let org = create_organization(&admin, &name).await;
    assert_eq!(org.name, "y".repeat(64));
    // Nothing invalid was stored.
    let list = admin.organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 1);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_patch_changes_only_given_fields_and_clears_nulls() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Patchable").await;
    let id = org.id.to_string();

    ctx.advance_clock(chrono::Duration::seconds(1));
    let patched = admin
        .organization_patch()
        .organization_id(&id)
        .body(
            types::OrganizationPatch::builder()
                .enforce_2fa(Some(Some(true)))
                .logo_media_id(Some(Some(uuid::Uuid::new_v4()))),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(patched.enforce_2fa, Some(true));
    assert!(patched.logo_media_id.is_some());
    assert_eq!(patched.name, "Patchable");
    assert!(patched.updated_at > org.updated_at);

    // `Some(None)` sends null and clears; absent fields stay.
    let cleared = admin
        .organization_patch()
        .organization_id(&id)
        .body(
            types::OrganizationPatch::builder()
                .enforce_2fa(Some(None))
                .name(Some("Renamed".into())),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(cleared.enforce_2fa, None);
    assert_eq!(cleared.logo_media_id, patched.logo_media_id);
    assert_eq!(cleared.name, "Renamed");
    // The slug never changes on rename.
    assert_eq!(cleared.slug, "patchable");

    let cleared = admin
        .organization_patch()
        .organization_id(&id)
        .body(
            types::OrganizationPatch::builder()
                .default_experiment_stats_method(Some(None))
                .logo_media_id(Some(None)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(cleared.default_experiment_stats_method, None);
    assert_eq!(cleared.logo_media_id, None);
    assert_eq!(cleared.name, "Renamed");

    let error = api_error(
        admin
            .organization_patch()
            .organization_id(&id)
            .body(types::OrganizationPatch::builder().name(Some(String::new())))
            .send()
            .await,
    );
    assert_error(error, 400, "blank", Some("name"));
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_accepts_a_blank_stats_method() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Blank stats").await;
    let patched = admin
        .organization_patch()
        .organization_id(org.id.to_string())
        .body(
            types::OrganizationPatch::builder()
                .default_experiment_stats_method(Some(Some(
                    types::ExperimentStatsMethod::X,
                ))),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        patched.default_experiment_stats_method,
        Some(types::ExperimentStatsMethod::X)
    );
    let raw = reqwest::Client::new()
        .get(format!("{}/api/organizations/{}/", ctx.base_url, org.id))
        .bearer_auth(crate::common::ADMIN_KEY)
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert_eq!(raw["default_experiment_stats_method"], "");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_put_requires_name_and_keeps_other_fields() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Put").await;
    let id = org.id.to_string();
    admin
        .organization_patch()
        .organization_id(&id)
        .body(
            types::OrganizationPatch::builder()
                .members_can_invite(Some(Some(false))),
        )
        .send()
        .await
        .unwrap();

    let put = admin
        .organization_update()
        .organization_id(&id)
        .body(types::OrganizationCreate::builder().name("Put again"))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(put.name, "Put again");
    assert_eq!(put.members_can_invite, Some(false));

    let response = reqwest::Client::new()
        .put(format!("{}/api/organizations/{id}/", ctx.base_url))
        .bearer_auth(crate::common::ADMIN_KEY)
        .json(&serde_json::json!({"enforce_2fa": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let error: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        (error["code"].as_str(), error["attr"].as_str()),
        (Some("required"), Some("name"))
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_visibility_is_not_found_for_outsiders() {
    let ctx = TestContext::new().await;
    let alice = ctx.user("alice@example.com", &[Scope::X]).await;
    let bob = ctx.user("bob@example.com", &[Scope::X]).await;
    let org = create_organization(&alice.client, "Alice's").await;
    let id = org.id.to_string();

    for organization_id in [
        id.as_str(),
        "not-a-uuid",
        "@current",
        &uuid::Uuid::new_v4().to_string(),
    ] {
        let error = api_error(
            bob.client
                .organization_view()
                .organization_id(organization_id)
                .send()
                .await,
        );
        assert_eq!(error.1.detail, "Not found.", "PostHog's words");
        assert_error(error, 404, "not_found", None);
    }
    let error = api_error(
        bob.client
            .organization_patch()
            .organization_id(&id)
            .body(types::OrganizationPatch::builder().name(Some("Mine".into())))
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    let error = api_error(
        bob.client.organization_delete().organization_id(&id).send().await,
    );
    assert_error(error, 404, "not_found", None);
    let list =
        bob.client.organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 0);
    // Alice's organization is untouched.
    let seen = alice
        .client
        .organization_view()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(seen.name, "Alice's");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_list_is_callers_own_oldest_first_and_key_scoped() {
    let ctx = TestContext::new().await;
    let user = ctx.user("lister@example.com", &[Scope::X]).await;
    let other = ctx.user("other@example.com", &[Scope::X]).await;
    create_organization(&other.client, "Not mine").await;
    let mut created = Vec::new();
    for name in ["First", "Second", "Third"] {
        created.push(create_organization(&user.client, name).await);
    }
    let list =
        user.client.organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 3);
    let names: Vec<&str> =
        list.results.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["First", "Second", "Third"]);

    // A key limited to one organization sees only that one.
    let scoped = user
        .client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "scoped".into(),
            scopes: vec![Scope::OrganizationRead],
            scoped_organizations: Some(vec![created[1].id]),
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let scoped = ctx.client(scoped.value.as_deref().unwrap());
    let list = scoped.organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 1);
    assert_eq!(list.results[0].id, created[1].id);
    let error = api_error(
        scoped
            .organization_view()
            .organization_id(created[0].id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_delete_removes_it_and_resets_current() {
    let ctx = TestContext::new().await;
    let user = ctx.user("deleter@example.com", &[Scope::X]).await;
    let keep = create_organization(&user.client, "Keep").await;
    let gone = create_organization(&user.client, "Gone").await;
    user.client
        .organization_delete()
        .organization_id("@current")
        .send()
        .await
        .expect("204");
    let error = api_error(
        user.client
            .organization_view()
            .organization_id(gone.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert!(me.organization.is_none());
    assert_eq!(me.organizations.len(), 1);
    assert_eq!(me.organizations[0].id, keep.id);
    // The slug is free again.
    let again = create_organization(&user.client, "Gone").await;
    assert_eq!(again.slug, "gone");
    ctx.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn test_organization_slugs_stay_unique_under_concurrent_creates() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let creates = (0..12).map(|_| create_organization(&admin, "Same Name"));
    let orgs = futures::future::join_all(creates).await;
    let mut slugs: Vec<String> = orgs.iter().map(|o| o.slug.clone()).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 12, "{slugs:?}");
    assert!(slugs.contains(&"same-name".to_string()));
    for slug in &slugs {
        assert!(slug.len() <= 48);
        assert!(
            slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{slug}"
        );
    }
    let list = admin.organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 12);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_data_survives_restart() {
    let mut ctx = TestContext::new().await;
    let user = ctx.user("durable@example.com", &[Scope::X]).await;
    let org = create_organization(&user.client, "Durable").await;
    user.client
        .organization_patch()
        .organization_id(org.id.to_string())
        .body(types::OrganizationPatch::builder().enforce_2fa(Some(Some(true))))
        .send()
        .await
        .unwrap();
    ctx.restart().await;
    // The same key still works against the new process.
    let client = ctx.client(&user.key);
    let seen = client
        .organization_view()
        .organization_id("@current")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!((seen.id, seen.name.as_str()), (org.id, "Durable"));
    assert_eq!(seen.enforce_2fa, Some(true));
    assert_eq!(seen.slug, org.slug);
    assert_eq!(seen.member_count, 1);
    ctx.cleanup().await;
}
