//! Users: `@me`, switching the current organization, and instance
//! administration (`POST /api/users/`).

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;

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
