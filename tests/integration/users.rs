//! Users: `@me`, switching the current organization, and instance
//! administration (`POST /api/users/`).

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_invite;
use crate::common::create_organization;
use crate::common::invite_request;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;
use serde_json::json;

#[tokio::test]
async fn test_user_me_view_and_patch() {
    let ctx = TestContext::new().await;
    let user = ctx
        .user(
            "me@example.com",
            &[Scope::UserRead, Scope::UserWrite, Scope::OrganizationWrite],
        )
        .await;
    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!((me.uuid, me.email.as_str()), (user.uuid, "me@example.com"));
    assert!(!me.is_staff);
    assert!(me.organization.is_none() && me.organizations.is_empty());

    let first = create_organization(&user.client, "First").await;
    let second = create_organization(&user.client, "Second").await;
    let me = user
        .client
        .user_patch()
        .uuid("@me")
        .body(
            types::UserPatch::builder()
                .first_name(Some("  Ada ".into()))
                .last_name(Some("Lovelace".into()))
                .set_current_organization(Some(first.id.to_string())),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        (me.first_name.as_str(), me.last_name.as_str()),
        ("Ada", "Lovelace")
    );
    assert_eq!(me.organization.as_ref().map(|o| o.id), Some(first.id));
    assert_eq!(
        me.organization.as_ref().map(|o| o.membership_level),
        Some(Some(15))
    );
    let ids: Vec<_> = me.organizations.iter().map(|o| o.id).collect();
    assert_eq!(ids, [first.id, second.id]);

    // Only one of the caller's organizations can become current.
    let foreign = create_organization(&ctx.admin(), "Foreign").await;
    for value in [foreign.id.to_string(), "nonsense".to_string()] {
        let error = api_error(
            user.client
                .user_patch()
                .uuid("@me")
                .body(
                    types::UserPatch::builder()
                        .set_current_organization(Some(value)),
                )
                .send()
                .await,
        );
        assert_error(error, 400, "invalid", Some("set_current_organization"));
    }
    let error = api_error(
        user.client
            .user_patch()
            .uuid("@me")
            .body(types::UserPatch::builder().first_name(Some("x".repeat(151))))
            .send()
            .await,
    );
    assert_error(error, 400, "max_length", Some("first_name"));
    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(me.organization.map(|o| o.id), Some(first.id));
    assert_eq!(me.first_name, "Ada");
    ctx.cleanup().await;
}

/// `PATCH /api/users/@me/` with `key` and a raw JSON body (one the
/// generated client would not send): the status and the body answered.
async fn patch_me(
    ctx: &TestContext,
    key: String,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let response = reqwest::Client::new()
        .patch(format!("{}/api/users/@me/", ctx.base_url))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn test_user_is_staff_is_set_by_staff_and_one_staff_stays() {
    let ctx = TestContext::new().await;
    let patch = |key: String, is_staff: bool| {
        patch_me(&ctx, key, json!({"is_staff": is_staff}))
    };
    let admin_key = crate::common::ADMIN_KEY.to_string();
    // The only staff user cannot give it up.
    let (status, body) = patch(admin_key.clone(), false).await;
    assert_eq!((status, &body["code"]), (400, &json!("last_staff")), "{body}");
    let (status, body) = patch(admin_key.clone(), true).await;
    assert_eq!((status, &body["is_staff"]), (200, &json!(true)), "{body}");
    // With a second staff user, the first may.
    let second = ctx
        .admin()
        .user_create()
        .body(types::UserCreate {
            email: "second-staff@example.com".into(),
            first_name: None,
            last_name: None,
            is_staff: Some(true),
            personal_api_key: Some(types::PersonalApiKeyCreate {
                label: "staff".into(),
                scopes: vec![Scope::X],
                scoped_organizations: None,
                scoped_teams: None,
            }),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let second_key = second.personal_api_key.unwrap().value.unwrap();
    let (status, body) = patch(admin_key.clone(), false).await;
    assert_eq!((status, &body["is_staff"]), (200, &json!(false)), "{body}");
    // Now the second is the only one; the first is no longer staff.
    let (status, _) = patch(second_key, false).await;
    assert_eq!(status, 400);
    let (status, _) = patch(admin_key, true).await;
    assert_eq!(status, 403);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_create_is_staff_only_and_validates_email() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let created = admin
        .user_create()
        .body(types::UserCreate {
            email: "New.Person@Example.com".into(),
            first_name: Some("New".into()),
            last_name: None,
            is_staff: Some(false),
            personal_api_key: None,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    assert!(created.personal_api_key.is_none());
    assert_eq!(created.email, "New.Person@Example.com");

    let create = |email: &str| {
        admin.user_create().body(types::UserCreate {
            email: email.into(),
            first_name: None,
            last_name: None,
            is_staff: None,
            personal_api_key: None,
        })
    };
    // Emails are unique case-insensitively.
    assert_error(
        api_error(create("new.person@EXAMPLE.COM").send().await),
        400,
        "unique",
        Some("email"),
    );
    assert_error(
        api_error(create("no-at-sign").send().await),
        400,
        "invalid",
        Some("email"),
    );
    assert_error(
        api_error(create(" ").send().await),
        400,
        "blank",
        Some("email"),
    );
    let long = format!("{}@example.com", "a".repeat(250));
    assert_error(
        api_error(create(&long).send().await),
        400,
        "max_length",
        Some("email"),
    );

    // A user's key request is validated like any key.
    let error = api_error(
        admin
            .user_create()
            .body(types::UserCreate {
                email: "keyed@example.com".into(),
                first_name: None,
                last_name: None,
                is_staff: None,
                personal_api_key: Some(types::PersonalApiKeyCreate {
                    label: "k".into(),
                    scopes: vec![],
                    scoped_organizations: None,
                    scoped_teams: None,
                }),
            })
            .send()
            .await,
    );
    assert_error(error, 400, "required", Some("personal_api_key__scopes"));

    // Non-staff users cannot create users, even with `*`.
    let plain = ctx.user("plain@example.com", &[Scope::X]).await;
    let error = api_error(
        plain
            .client
            .user_create()
            .body(types::UserCreate {
                email: "sneaky@example.com".into(),
                first_name: None,
                last_name: None,
                is_staff: Some(true),
                personal_api_key: None,
            })
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_create_with_key_returns_working_key_once() {
    let ctx = TestContext::new().await;
    let user = ctx.user("withkey@example.com", &[Scope::UserRead]).await;
    assert!(user.key.starts_with("phx_") && user.key.len() >= 40);
    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(me.uuid, user.uuid);
    ctx.cleanup().await;
}

/// Every field of PostHog's `User` (reference/posthog-openapi, users).
const POSTHOG_USER_FIELDS: &[&str] = &[
    "date_joined",
    "uuid",
    "distinct_id",
    "first_name",
    "last_name",
    "email",
    "pending_email",
    "is_email_verified",
    "notification_settings",
    "anonymize_data",
    "allow_impersonation",
    "toolbar_mode",
    "has_password",
    "id",
    "is_staff",
    "is_impersonated",
    "is_impersonated_until",
    "is_impersonated_read_only",
    "sensitive_session_expires_at",
    "team",
    "organization",
    "organizations",
    "events_column_config",
    "is_2fa_enabled",
    "has_social_auth",
    "has_sso_enforcement",
    "has_seen_product_intro_for",
    "scene_personalisation",
    "theme_mode",
    "hedgehog_config",
    "allow_sidebar_suggestions",
    "shortcut_position",
    "role_at_organization",
    "passkeys_enabled_for_2fa",
    "is_organization_first_user",
    "pending_invites",
];

#[tokio::test]
async fn test_user_view_has_every_posthog_field_with_honest_values() {
    let ctx = TestContext::new().await;
    let user = ctx.user("fields@example.com", &[Scope::X]).await;
    let org = create_organization(&user.client, "Fields").await;
    let invited_to = create_organization(&ctx.admin(), "Inviting").await;
    ctx.admin()
        .invite_create()
        .organization_id(invited_to.id.to_string())
        .body(invite_request("FIELDS@example.com", 1))
        .send()
        .await
        .unwrap();

    let response = reqwest::Client::new()
        .get(format!("{}/api/users/@me/", ctx.base_url))
        .bearer_auth(&user.key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    for field in POSTHOG_USER_FIELDS {
        // Left out until set: PostHog's schema allows only a choice there.
        let unset = *field == "role_at_organization";
        assert_eq!(body.get(field).is_some(), !unset, "{field} in {body}");
    }
    assert_eq!(body["distinct_id"], user.uuid.to_string());
    assert_eq!(
        (&body["has_password"], &body["is_2fa_enabled"]),
        (&json!(false), &json!(false)),
        "orgbase has no passwords and no 2FA"
    );
    assert_eq!(body["is_organization_first_user"], true);
    // Each of `organizations` carries PostHog's OrganizationBasic fields.
    for field in [
        "id",
        "name",
        "slug",
        "logo_media_id",
        "membership_level",
        "members_can_use_personal_api_keys",
        "is_active",
        "is_not_active_reason",
        "is_pending_deletion",
    ] {
        let basic = &body["organizations"][0];
        assert!(basic.get(field).is_some(), "{field} in {basic}");
    }
    assert_eq!(body["organizations"][0]["is_pending_deletion"], false);

    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    let team = me.team.expect("the current organization's project");
    assert_eq!(team.organization, org.id);
    assert_eq!(team.id, org.projects[0].id);
    let organization = me.organization.expect("the full organization");
    assert_eq!((organization.id, organization.member_count), (org.id, 1));
    assert_eq!(organization.membership_level, Some(15));
    let invites: Vec<_> = me
        .pending_invites
        .iter()
        .map(|i| (i.organization_id.as_str(), i.organization_name.as_str()))
        .collect();
    assert_eq!(invites, [(invited_to.id.to_string().as_str(), "Inviting")]);
    // Invites expire after 3 days.
    ctx.advance_clock(chrono::Duration::days(4));
    let me = user.client.user_view().uuid("@me").send().await.unwrap();
    assert!(me.pending_invites.is_empty());
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_patch_stores_preferences_and_role() {
    let ctx = TestContext::new().await;
    let user = ctx.user("prefs@example.com", &[Scope::X]).await;
    let org = create_organization(&user.client, "Prefs").await;
    let patch =
        |body: serde_json::Value| patch_me(&ctx, user.key.clone(), body);
    let (status, body) = patch(json!({
        "role_at_organization": "engineering",
        "theme_mode": "dark",
        "toolbar_mode": "",
        "shortcut_position": "above",
        "anonymize_data": true,
        "notification_settings": {"plugin_disabled": false},
        "hedgehog_config": {"enabled": true},
        "events_column_config": {"active": ["event"]},
        "has_seen_product_intro_for": {"surveys": true},
        "allow_sidebar_suggestions": false,
    }))
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, body) = patch(json!({
        "notification_settings": {"all_weekly_report_disabled": true},
        "toolbar_mode": null,
    }))
    .await;
    assert_eq!(
        body["notification_settings"],
        json!({"plugin_disabled": false, "all_weekly_report_disabled": true}),
        "only the keys sent change"
    );

    let me =
        user.client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(
        me.role_at_organization,
        Some(types::RoleAtOrganization::Engineering)
    );
    assert_eq!(me.theme_mode, Some(types::ThemeMode::Dark));
    assert_eq!(me.toolbar_mode, None);
    assert_eq!(me.shortcut_position, Some(types::ShortcutPosition::Above));
    assert_eq!(me.anonymize_data, Some(true));
    assert_eq!(me.allow_sidebar_suggestions, Some(false));
    assert_eq!(me.hedgehog_config, json!({"enabled": true}));
    assert_eq!(me.events_column_config, json!({"active": ["event"]}));
    // A user who is not staff may not send is_staff, whatever its value.
    for is_staff in [true, false] {
        let (status, body) = patch(json!({"is_staff": is_staff})).await;
        assert_eq!(status, 403, "{body}");
        assert_eq!(
            body["detail"],
            "You are not a staff user, contact your instance admin."
        );
    }
    assert!(
        !user.client.user_view().uuid("@me").send().await.unwrap().is_staff
    );
    // Notification settings: PostHog's keys with their types, nothing else.
    let projects =
        |count: usize| -> serde_json::Map<String, serde_json::Value> {
            (0..count).map(|n| (n.to_string(), json!(true))).collect()
        };
    for settings in [
        json!({"made_up_key": true}),
        json!({"plugin_disabled": "yes"}),
        json!({"project_weekly_digest_disabled": {"not-an-id": true}}),
        json!({"project_weekly_digest_disabled": {"1": "x"}}),
        json!({"project_weekly_digest_disabled": projects(1001)}),
        json!({"data_pipeline_error_threshold": 1.5}),
    ] {
        let (status, body) =
            patch(json!({"notification_settings": settings})).await;
        assert_eq!(status, 400, "{settings}: {body}");
        assert_eq!(body["attr"], "notification_settings");
    }
    let (status, body) = patch(json!({"notification_settings": {
        "project_weekly_digest_disabled": projects(1000),
        "data_pipeline_error_threshold": 0.25,
    }}))
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["notification_settings"]["plugin_disabled"], false);
    // Others see the role on the member.
    let members = user
        .client
        .member_list()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(
        members.results[0].user.role_at_organization,
        Some(types::RoleAtOrganization::Engineering)
    );
    let (status, body) = patch(json!({"theme_mode": "purple"})).await;
    assert_eq!((status, &body["attr"]), (400, &json!("theme_mode")));
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_patch_refuses_email_change_and_passwords() {
    let ctx = TestContext::new().await;
    let user = ctx.user("Refuse@example.com", &[Scope::X]).await;
    let patch = |body: types::builder::UserPatch| {
        user.client.user_patch().uuid("@me").body(body)
    };
    for (body, attr) in [
        (
            types::UserPatch::builder().email(Some("new@example.com".into())),
            "email",
        ),
        (
            types::UserPatch::builder().password(Some("hunter22".into())),
            "password",
        ),
        (
            types::UserPatch::builder().current_password(Some("x".into())),
            "current_password",
        ),
    ] {
        assert_error(
            api_error(patch(body).send().await),
            400,
            "unsupported",
            Some(attr),
        );
    }
    // The same address (in any case) is no change.
    let me = patch(
        types::UserPatch::builder().email(Some(" refuse@EXAMPLE.com ".into())),
    )
    .send()
    .await
    .unwrap();
    assert_eq!(me.email, "Refuse@example.com");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_set_current_team_switches_organization_and_project() {
    let ctx = TestContext::new().await;
    let user = ctx.user("teams@example.com", &[Scope::X]).await;
    let first = create_organization(&user.client, "First").await;
    let second = create_organization(&user.client, "Second").await;
    let project = first.projects[0].id;
    let me = user
        .client
        .user_patch()
        .uuid("@me")
        .body(
            types::UserPatch::builder()
                .set_current_team(Some(project.to_string())),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(me.organization.map(|o| o.id), Some(first.id));
    assert_eq!(me.team.map(|t| t.id), Some(project));
    // A project of someone else's organization, or no project at all.
    let foreign = create_organization(&ctx.admin(), "Foreign").await;
    for team in [foreign.projects[0].id.to_string(), "nonsense".into()] {
        let error = api_error(
            user.client
                .user_patch()
                .uuid("@me")
                .body(types::UserPatch::builder().set_current_team(Some(team)))
                .send()
                .await,
        );
        assert_error(error, 400, "invalid", Some("set_current_team"));
    }
    let me = user.client.user_view().uuid("@me").send().await.unwrap();
    assert_eq!(me.organization.as_ref().map(|o| o.id), Some(first.id));
    assert_ne!(first.id, second.id);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_paths_own_uuid_others_and_the_list() {
    let ctx = TestContext::new().await;
    let user = ctx.user("paths@example.com", &[Scope::X]).await;
    let other = ctx.user("other-paths@example.com", &[Scope::X]).await;

    let own = user.client.user_view().uuid(user.uuid.to_string()).send().await;
    assert_eq!(own.unwrap().uuid, user.uuid);
    for uuid in [other.uuid.to_string(), "nonsense".into()] {
        let error = api_error(user.client.user_view().uuid(uuid).send().await);
        assert_error(error, 404, "not_found", None);
    }
    let error = api_error(
        user.client
            .user_patch()
            .uuid(other.uuid.to_string())
            .body(
                types::UserPatch::builder().first_name(Some("Mallory".into())),
            )
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    let put = user
        .client
        .user_update()
        .uuid(user.uuid.to_string())
        .body(types::UserPatch::builder().last_name(Some("Put".into())))
        .send()
        .await
        .unwrap();
    assert_eq!(put.last_name, "Put");

    // Staff users see anyone, and change only themselves.
    let admin = ctx.admin();
    let seen = admin.user_view().uuid(other.uuid.to_string()).send().await;
    assert_eq!(seen.unwrap().email, other.email);
    let error = api_error(
        admin
            .user_patch()
            .uuid(other.uuid.to_string())
            .body(types::UserPatch::builder().first_name(Some("Staff".into())))
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);

    // The list: everyone for staff, by numeric id; only yourself otherwise.
    let all = admin.user_list().send().await.unwrap().into_inner();
    assert_eq!(all.count, 3);
    let ids: Vec<i64> = all.results.iter().map(|u| u.id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    let filtered = admin
        .user_list()
        .email("OTHER-paths@example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(
        filtered.results.iter().map(|u| u.uuid).collect::<Vec<_>>(),
        [other.uuid]
    );
    let staff = admin.user_list().is_staff(true).send().await.unwrap();
    assert_eq!(staff.count, 1);
    let mine = user.client.user_list().send().await.unwrap().into_inner();
    assert_eq!(
        mine.results.iter().map(|u| u.uuid).collect::<Vec<_>>(),
        [user.uuid]
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_user_view_with_scoped_key_shows_only_its_organizations() {
    let ctx = TestContext::new().await;
    let user = ctx.user("scoped-me@example.com", &[Scope::X]).await;
    let inside = create_organization(&user.client, "Inside").await;
    let outside = create_organization(&user.client, "Outside").await;
    let scoped_key = user
        .client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "scoped".into(),
            scopes: vec![Scope::UserRead],
            scoped_organizations: Some(vec![inside.id]),
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .value
        .unwrap();
    let scoped = ctx.client(&scoped_key);
    // An invite to an organization outside the key's scope: the scoped
    // key must not learn of it (id or name).
    let elsewhere = create_organization(&ctx.admin(), "Elsewhere").await;
    let invite = invite_request("scoped-me@example.com", 1);
    create_invite(&ctx.admin(), elsewhere.id, invite).await;

    // The current organization (the newest) is outside the key's scope.
    let me = scoped.user_view().uuid("@me").send().await.unwrap().into_inner();
    let ids: Vec<_> = me.organizations.iter().map(|o| o.id).collect();
    assert_eq!(ids, [inside.id]);
    assert!(me.organization.is_none() && me.team.is_none());
    assert!(me.pending_invites.is_empty(), "{:?}", me.pending_invites);
    let unscoped = user.client.user_view().uuid("@me").send().await.unwrap();
    assert_eq!(unscoped.organization.as_ref().map(|o| o.id), Some(outside.id));
    assert_eq!(unscoped.organizations.len(), 2);
    let invited: Vec<_> =
        unscoped.pending_invites.iter().map(|i| &i.organization_name).collect();
    assert_eq!(invited, ["Elsewhere"]);

    // Once the current organization is inside the scope, it is shown.
    user.client
        .user_patch()
        .uuid("@me")
        .body(
            types::UserPatch::builder()
                .set_current_organization(Some(inside.id.to_string())),
        )
        .send()
        .await
        .unwrap();
    let me = scoped.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(me.organization.map(|o| o.id), Some(inside.id));
    assert_eq!(me.team.map(|t| t.organization), Some(inside.id));
    ctx.cleanup().await;
}
