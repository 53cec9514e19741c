//! Attacks that once got through, each replayed: a narrow key minting a
//! wider one, a member replacing an admin's invite, a scoped key reaching
//! another organization through an invite, look-alike role names, the
//! organization setting that turns members' keys off, keys sent in the
//! query string or body, and permission checks that must hold at the moment
//! of the write (a demotion committed between the check and the write).

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_invite;
use crate::common::create_organization;
use crate::common::invite_request;
use crate::common::join;
use crate::common::list_invites;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::store::activity::Actor;
use orgbase::store::records::Level;
use orgbase::store::records::RoleRecord;
use orgbase::store::Guard;
use orgbase::store::StoreError;

fn user_with_key(
    email: &str,
    is_staff: bool,
    scopes: Vec<Scope>,
) -> types::UserCreate {
    types::UserCreate {
        email: email.to_string(),
        first_name: None,
        last_name: None,
        is_staff: Some(is_staff),
        personal_api_key: Some(types::PersonalApiKeyCreate {
            label: "x".to_string(),
            scopes,
            scoped_organizations: None,
            scoped_teams: None,
        }),
    }
}

#[tokio::test]
async fn test_a_key_never_mints_more_than_it_holds() {
    let ctx = TestContext::new().await;
    // A staff user whose key may only write users.
    let staff = ctx
        .admin()
        .user_create()
        .body(user_with_key("staff@corp.example", true, vec![Scope::UserWrite]))
        .send()
        .await
        .expect("a `*` key may make a staff user")
        .into_inner();
    let staff = ctx.client(&staff.personal_api_key.unwrap().value.unwrap());

    for scopes in [vec![Scope::X], vec![Scope::OrganizationRead]] {
        let refused = staff
            .user_create()
            .body(user_with_key("new@corp.example", false, scopes))
            .send()
            .await;
        assert_error(api_error(refused), 403, "permission_denied", None);
    }
    let refused = staff
        .user_create()
        .body(user_with_key("new@corp.example", true, vec![Scope::UserRead]))
        .send()
        .await;
    assert_error(api_error(refused), 403, "permission_denied", None);
    // Nothing was created by the refusals; within its own scopes it may.
    let created = staff
        .user_create()
        .body(user_with_key("new@corp.example", false, vec![Scope::UserRead]))
        .send()
        .await
        .expect("a scope the key holds (write implies read)")
        .into_inner();
    assert_eq!(created.personal_api_key.unwrap().scopes, vec![Scope::UserRead]);

    // A staff key limited to one organization cannot make an unlimited
    // key for anyone.
    let admin_org = create_organization(&ctx.admin(), "Corp").await;
    let scoped_admin = ctx
        .admin()
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "scoped".to_string(),
            scopes: vec![Scope::X],
            scoped_organizations: Some(vec![admin_org.id]),
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let scoped_admin = ctx.client(&scoped_admin.value.unwrap());
    let refused = scoped_admin
        .user_create()
        .body(user_with_key("other@corp.example", false, vec![Scope::UserRead]))
        .send()
        .await;
    assert_error(api_error(refused), 403, "permission_denied", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_replacing_an_invite_needs_the_right_to_delete_it() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Invites").await;
    join(&owner.client, org.id, &member, 1).await;
    let org_id = org.id.to_string();
    let owners_invite = create_invite(
        &owner.client,
        &org_id,
        invite_request("dana@example.com", 8),
    )
    .await;

    let mut combining = invite_request("dana@example.com", 1);
    combining.combine_pending_invites = Some(true);
    for request in [invite_request("DANA@example.com", 1), combining] {
        let refused = member
            .client
            .invite_create()
            .organization_id(&org_id)
            .body(request)
            .send()
            .await;
        let (status, error) = api_error(refused);
        assert_eq!((status, error.code.as_str()), (403, "permission_denied"));
        assert!(error.detail.to_lowercase().contains("dana@example.com"));
    }
    let bulk = member
        .client
        .invite_bulk_create()
        .organization_id(&org_id)
        .body(vec![
            invite_request("fresh@example.com", 1),
            invite_request("Dana@example.com", 1),
        ])
        .send()
        .await;
    assert_error(api_error(bulk), 403, "permission_denied", None);
    let invites = list_invites(&owner.client, &org_id).await;
    assert_eq!(invites.count, 1, "nothing replaced, nothing added");
    assert_eq!(
        (invites.results[0].id, invites.results[0].level),
        (owners_invite.id, 8)
    );

    // A member may replace their own invite; an admin anyone's.
    for _ in 0..2 {
        member
            .client
            .invite_create()
            .organization_id(&org_id)
            .body(invite_request("mine@example.com", 1))
            .send()
            .await
            .expect("replacing one's own invite");
    }
    owner
        .client
        .invite_create()
        .organization_id(&org_id)
        .body(invite_request("mine@example.com", 8))
        .send()
        .await
        .expect("an owner replaces a member's invite");
    let invites = list_invites(&owner.client, &org_id).await;
    assert_eq!(invites.count, 2);
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_a_scoped_key_cannot_join_another_organization() {
    let ctx = TestContext::new().await;
    let user = ctx.user("scoped@example.com", &[Scope::X]).await;
    let corp = create_organization(&user.client, "Corp").await;
    let third_owner = ctx.user("third@example.com", &[Scope::X]).await;
    let third = create_organization(&third_owner.client, "Third Org").await;
    let invite = create_invite(
        &third_owner.client,
        third.id.to_string(),
        invite_request(&user.email, 8),
    )
    .await;
    let scoped = user
        .client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "corp only".to_string(),
            scopes: vec![Scope::X],
            scoped_organizations: Some(vec![corp.id]),
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let scoped = ctx.client(&scoped.value.unwrap());

    let seen =
        scoped.signup_view().invite_id(invite.id.to_string()).send().await;
    assert_error(api_error(seen), 404, "not_found", None);
    let accepted =
        scoped.signup_accept().invite_id(invite.id.to_string()).send().await;
    assert_error(api_error(accepted), 404, "not_found", None);
    let members = third_owner
        .client
        .member_list()
        .organization_id(third.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(members.count, 1, "the scoped key did not join");

    // The same user's unscoped key still sees and accepts it.
    let seen = user
        .client
        .signup_view()
        .invite_id(invite.id.to_string())
        .send()
        .await
        .expect("visible to an unscoped key");
    assert_eq!(seen.organization_name, "Third Org");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_look_alike_role_names_are_the_same_name() {
    let ctx = TestContext::new().await;
    let org = create_organization(&ctx.admin(), "Roles").await;
    let org_id = org.id.to_string();
    let admin = ctx.admin();
    let create = |name: &str| {
        admin
            .role_create()
            .organization_id(&org_id)
            .body(types::RoleCreate { name: name.to_string() })
            .send()
    };
    create("Admins").await.expect("the first");
    for look_alike in
        ["Ad\u{200d}mins", "Ad\u{00ad}mins", "\u{ff21}dmins", "ADMINS"]
    {
        let refused = create(look_alike).await;
        assert_error(api_error(refused), 400, "unique", Some("name"));
    }
    // A name is stored as typed.
    let typed = create("\u{ff2f}ps Team").await.unwrap().into_inner();
    assert_eq!(typed.name, "\u{ff2f}ps Team");
    let renamed = ctx
        .admin()
        .role_patch()
        .organization_id(&org_id)
        .role_id(typed.id.to_string())
        .body(types::RolePatch { name: Some("admins\u{2060}".to_string()) })
        .send()
        .await;
    assert_error(api_error(renamed), 400, "unique", Some("name"));
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_members_keys_turned_off_by_the_organization() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    let admin = ctx.user("admin@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "No member keys").await;
    join(&owner.client, org.id, &member, 1).await;
    join(&owner.client, org.id, &admin, 8).await;
    let org_id = org.id.to_string();
    owner
        .client
        .organization_patch()
        .organization_id(&org_id)
        .body(
            types::OrganizationPatch::builder()
                .members_can_use_personal_api_keys(false),
        )
        .send()
        .await
        .unwrap();

    let view =
        member.client.organization_view().organization_id(&org_id).send().await;
    let (status, error) = api_error(view);
    assert_eq!((status, error.code.as_str()), (403, "permission_denied"));
    assert!(error.detail.contains("personal API keys"), "{error:?}");
    let members =
        member.client.member_list().organization_id(&org_id).send().await;
    assert_error(api_error(members), 403, "permission_denied", None);
    let invite = member
        .client
        .invite_create()
        .organization_id(&org_id)
        .body(invite_request("x@example.com", 1))
        .send()
        .await;
    assert_error(api_error(invite), 403, "permission_denied", None);
    let leave = member
        .client
        .member_delete()
        .organization_id(&org_id)
        .user_uuid("@me")
        .send()
        .await;
    assert_error(api_error(leave), 403, "permission_denied", None);

    // Admins and owners are exempt.
    for client in [&admin.client, &owner.client] {
        client
            .member_list()
            .organization_id(&org_id)
            .send()
            .await
            .expect("admins' keys still work");
    }
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_a_key_in_the_query_string_or_body_authenticates() {
    let ctx = TestContext::new().await;
    let http = reqwest::Client::new();
    let me = format!("{}/api/users/@me/", ctx.base_url);
    let response = http
        .get(&me)
        .query(&[("personal_api_key", ADMIN_KEY)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = http
        .get(&me)
        .query(&[("personal_api_key", "phx_notakey")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body["detail"],
        "Personal API key found in request query string is invalid."
    );

    let created = http
        .post(format!("{}/api/organizations/", ctx.base_url))
        .json(&serde_json::json!({
            "name": "Body key",
            "personal_api_key": ADMIN_KEY,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created: serde_json::Value = created.json().await.unwrap();
    assert_eq!(created["name"], "Body key");

    // The header wins over the others, as in PostHog.
    let response = http
        .get(&me)
        .bearer_auth("phx_wrong")
        .query(&[("personal_api_key", ADMIN_KEY)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    ctx.cleanup().await;
}

/// The store checks a write's permission in the write's own transaction:
/// a guard made while the user was an admin is refused once a demotion has
/// committed, as it would be between the application's check and the
/// write.
#[tokio::test]
async fn test_a_demotion_between_check_and_write_is_seen() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let admin = ctx.user("admin@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Guarded").await;
    join(&owner.client, org.id, &admin, 8).await;
    let guard = Guard::Member {
        user_id: admin.uuid,
        level: Level::Admin,
        level_if_member_keys_off: Level::Admin,
    };
    let store = ctx.store();
    let actor = Actor::system("test", chrono::Utc::now());
    let role = |name: &str| RoleRecord {
        id: uuid::Uuid::now_v7(),
        organization_id: org.id,
        name: name.to_string(),
        created_by: admin.uuid,
        created_at: chrono::Utc::now(),
        external_id: None,
        updated_at: None,
    };
    store
        .role_insert(&actor, &role("Before"), &guard)
        .await
        .expect("an admin writes");

    owner
        .client
        .member_update()
        .organization_id(org.id.to_string())
        .user_uuid(admin.uuid.to_string())
        .body(types::OrganizationMemberUpdate::builder().level(1))
        .send()
        .await
        .unwrap();
    let refused = store.role_insert(&actor, &role("After"), &guard).await;
    assert!(matches!(refused, Err(StoreError::GuardLevel)), "{refused:?}");
    let refused =
        store.organization_update(&actor, org.id, &guard, |_| ()).await;
    assert!(matches!(refused, Err(StoreError::GuardLevel)), "{refused:?}");

    // Removed altogether: not a member.
    owner
        .client
        .member_delete()
        .organization_id(org.id.to_string())
        .user_uuid(admin.uuid.to_string())
        .send()
        .await
        .unwrap();
    let refused = store.organization_remove(&actor, org.id, &guard).await;
    assert!(matches!(refused, Err(StoreError::GuardNotMember)), "{refused:?}");
    let roles = owner
        .client
        .role_list()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(roles.count, 1, "only the role written before the demotion");

    // Through the API, the demoted user is refused too.
    let refused = admin
        .client
        .role_create()
        .organization_id(org.id.to_string())
        .body(types::RoleCreate { name: "Late".to_string() })
        .send()
        .await;
    assert_error(api_error(refused), 404, "not_found", None);
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}
