//! Members: listing with filters, PostHog's level rules, removal and
//! leaving, the last owner, and scoped API keys.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::join;
use crate::common::ApiResult;
use crate::common::TestContext;
use crate::common::TestUser;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;

/// An organization with an owner, two admins and two members.
struct Team {
    org: types::Organization,
    owner: TestUser,
    admin: TestUser,
    admin2: TestUser,
    member: TestUser,
    member2: TestUser,
}

async fn team(ctx: &TestContext, prefix: &str) -> Team {
    let user = |name: &str| {
        ctx.user_scoped_email(format!("{prefix}-{name}@example.com"))
    };
    let owner = user("owner").await;
    let org = create_organization(&owner.client, "Team").await;
    let admin = user("admin").await;
    let admin2 = user("admin2").await;
    let member = user("member").await;
    let member2 = user("member2").await;
    for (user, level) in
        [(&admin, 8), (&admin2, 8), (&member, 1), (&member2, 1)]
    {
        join(&owner.client, org.id, user, level).await;
    }
    Team { org, owner, admin, admin2, member, member2 }
}

impl TestContext {
    async fn user_scoped_email(&self, email: String) -> TestUser {
        self.user(&email, &[Scope::X]).await
    }
}

async fn set_level(
    actor: &Client,
    org: &types::Organization,
    target: &TestUser,
    level: u8,
) -> ApiResult<types::OrganizationMember> {
    actor
        .member_patch()
        .organization_id(org.id.to_string())
        .user_uuid(target.uuid.to_string())
        .body(types::OrganizationMemberUpdate { level: Some(level) })
        .send()
        .await
}

#[tokio::test]
async fn test_member_level_rules() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "levels").await;
    let denied = |result| {
        assert_error(api_error(result), 403, "permission_denied", None)
    };
    // Members edit nobody.
    denied(set_level(&t.member.client, &t.org, &t.member2, 8).await);
    denied(set_level(&t.member.client, &t.org, &t.member2, 1).await);
    // Nobody changes their own level.
    denied(set_level(&t.admin.client, &t.org, &t.admin, 1).await);
    denied(set_level(&t.owner.client, &t.org, &t.owner, 8).await);
    // Only an owner grants owner; nobody raises above themselves.
    denied(set_level(&t.admin.client, &t.org, &t.member, 15).await);
    // Never someone above you.
    denied(set_level(&t.admin.client, &t.org, &t.owner, 8).await);
    // Allowed: an admin raises a member to admin, and lowers another admin.
    let raised = set_level(&t.admin.client, &t.org, &t.member, 8)
        .await
        .unwrap()
        .into_inner();
    assert_eq!((raised.user.uuid, raised.level), (t.member.uuid, 8));
    let lowered = set_level(&t.admin.client, &t.org, &t.admin2, 1)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(lowered.level, 1);
    // An owner makes another owner (several owners are allowed).
    let owner2 = set_level(&t.owner.client, &t.org, &t.admin, 15)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(owner2.level, 15);
    assert_error(
        api_error(set_level(&t.owner.client, &t.org, &t.member, 3).await),
        400,
        "invalid_choice",
        Some("level"),
    );
    // PUT behaves the same.
    let put = t
        .owner
        .client
        .member_update()
        .organization_id(t.org.id.to_string())
        .user_uuid(t.member2.uuid.to_string())
        .body(types::OrganizationMemberUpdate { level: Some(8) })
        .send()
        .await
        .unwrap();
    assert_eq!(put.level, 8);
    // A user who is not a member is not found.
    let outsider = ctx.user("levels-outsider@example.com", &[Scope::X]).await;
    assert_error(
        api_error(set_level(&t.owner.client, &t.org, &outsider, 1).await),
        404,
        "not_found",
        None,
    );
    // The new level shows on the member's own view of the organization.
    let seen = t
        .member
        .client
        .organization_view()
        .organization_id(t.org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(seen.membership_level, Some(8));
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_organization_writes_need_admin_and_delete_needs_owner() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "orgwrite").await;
    let id = t.org.id.to_string();
    async fn patch(
        client: &Client,
        id: &str,
    ) -> ApiResult<types::Organization> {
        client
            .organization_patch()
            .organization_id(id)
            .body(
                types::OrganizationPatch::builder()
                    .name(Some("Renamed".into())),
            )
            .send()
            .await
    }
    assert_error(
        api_error(patch(&t.member.client, &id).await),
        403,
        "permission_denied",
        None,
    );
    let put = t
        .member
        .client
        .organization_update()
        .organization_id(&id)
        .body(types::OrganizationCreate::builder().name("Renamed"))
        .send()
        .await;
    assert_error(api_error(put), 403, "permission_denied", None);
    assert_eq!(patch(&t.admin.client, &id).await.unwrap().name, "Renamed");
    for user in [&t.admin, &t.member] {
        let error = api_error(
            user.client.organization_delete().organization_id(&id).send().await,
        );
        assert_error(error, 403, "permission_denied", None);
    }
    // Members read; the view carries each caller's own level.
    let as_member = t
        .member
        .client
        .organization_view()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (as_member.membership_level, as_member.member_count),
        (Some(1), 5)
    );
    t.owner
        .client
        .organization_delete()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    for user in [&t.owner, &t.admin, &t.member] {
        let error = api_error(
            user.client.organization_view().organization_id(&id).send().await,
        );
        assert_error(error, 404, "not_found", None);
        let me = user.client.user_view().uuid("@me").send().await.unwrap();
        assert!(me.organizations.is_empty());
    }
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_removal_leaving_and_last_owner() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "remove").await;
    let id = t.org.id.to_string();
    async fn remove(actor: &Client, id: &str, target: String) -> ApiResult<()> {
        actor.member_delete().organization_id(id).user_uuid(target).send().await
    }
    // Members remove nobody else; admins not someone above them.
    assert_error(
        api_error(
            remove(&t.member.client, &id, t.member2.uuid.to_string()).await,
        ),
        403,
        "permission_denied",
        None,
    );
    assert_error(
        api_error(remove(&t.admin.client, &id, t.owner.uuid.to_string()).await),
        403,
        "permission_denied",
        None,
    );
    // An admin removes a member; the member's current organization resets.
    remove(&t.admin.client, &id, t.member2.uuid.to_string()).await.unwrap();
    let me = t.member2.client.user_view().uuid("@me").send().await.unwrap();
    assert!(me.organization.is_none() && me.organizations.is_empty());
    // Anyone may leave.
    remove(&t.member.client, &id, "@me".to_string()).await.unwrap();
    let error = api_error(
        t.member.client.organization_view().organization_id(&id).send().await,
    );
    assert_error(error, 404, "not_found", None);
    // The last owner can neither leave nor be demoted away.
    assert_error(
        api_error(remove(&t.owner.client, &id, "@me".to_string()).await),
        400,
        "last_owner",
        None,
    );
    set_level(&t.owner.client, &t.org, &t.admin, 15).await.unwrap();
    remove(&t.owner.client, &id, "@me".to_string()).await.unwrap();
    assert_error(
        api_error(remove(&t.admin.client, &id, "@me".to_string()).await),
        400,
        "last_owner",
        None,
    );
    let seen = t
        .admin
        .client
        .organization_view()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(seen.member_count, 2);
    let members =
        t.admin.client.member_list().organization_id(&id).send().await.unwrap();
    assert_eq!(members.count, 2);
    assert_eq!(members.results.iter().filter(|m| m.level == 15).count(), 1);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_owners_demoting_each_other_keep_one_owner() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "race").await;
    set_level(&t.owner.client, &t.org, &t.admin, 15).await.unwrap();
    for _ in 0..5 {
        let (a, b) = tokio::join!(
            t.owner
                .client
                .member_delete()
                .organization_id(t.org.id.to_string())
                .user_uuid("@me")
                .send(),
            t.admin
                .client
                .member_delete()
                .organization_id(t.org.id.to_string())
                .user_uuid("@me")
                .send(),
        );
        assert!(a.is_err() || b.is_err(), "both owners left");
        let members = t
            .member
            .client
            .member_list()
            .organization_id(t.org.id.to_string())
            .send()
            .await
            .unwrap();
        let owners = members.results.iter().filter(|m| m.level == 15).count();
        assert_eq!(owners, 1);
        if a.is_ok() || b.is_ok() {
            break;
        }
    }
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_list_filters_and_order() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "list").await;
    let id = t.org.id.to_string();
    let client = &t.member.client;
    let list = |_: &Client| client.member_list().organization_id(&id);
    let all = list(&t.member.client).send().await.unwrap();
    assert_eq!(all.count, 5);
    let emails: Vec<&str> =
        all.results.iter().map(|m| m.user.email.as_str()).collect();
    assert_eq!(emails[0], t.member2.email, "newest first by default");
    assert_eq!(emails[4], t.owner.email);
    let oldest = list(&t.member.client)
        .order(types::MemberOrder::JoinedXat)
        .send()
        .await
        .unwrap();
    assert_eq!(oldest.results[0].user.uuid, t.owner.uuid);
    let by_email = list(&t.member.client)
        .email(t.admin.email.to_uppercase())
        .send()
        .await
        .unwrap();
    assert_eq!(
        (by_email.count, by_email.results[0].user.uuid),
        (1, t.admin.uuid)
    );
    let searched = list(&t.member.client).search("ADMIN").send().await.unwrap();
    assert_eq!(searched.count, 2);
    let page = list(&t.member.client).limit(2).offset(1).send().await.unwrap();
    assert_eq!((page.count, page.results.len()), (5, 2));
    assert!(page.next.is_some() && page.previous.is_some());

    ctx.advance_clock(chrono::Duration::minutes(5));
    let cutoff = *ctx.now.lock().unwrap();
    ctx.advance_clock(chrono::Duration::minutes(5));
    set_level(&t.owner.client, &t.org, &t.member, 8).await.unwrap();
    let updated =
        list(&t.member.client).updated_after(cutoff).send().await.unwrap();
    assert_eq!(
        (updated.count, updated.results[0].user.uuid),
        (1, t.member.uuid)
    );

    let response = reqwest::Client::new()
        .get(format!(
            "{}/api/organizations/{id}/members/?order=email",
            ctx.base_url
        ))
        .bearer_auth(&t.member.key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let error: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        (error["code"].as_str(), error["attr"].as_str()),
        (Some("invalid"), Some("order"))
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_list_levels_and_email_domain_filters() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "levels").await;
    let outsider = ctx.user("someone@Other.Example", &[Scope::X]).await;
    join(&t.owner.client, t.org.id, &outsider, 1).await;
    let id = t.org.id.to_string();
    let list = || t.member.client.member_list().organization_id(&id);
    let uuids = |page: types::PaginatedOrganizationMemberList| {
        let mut uuids: Vec<_> =
            page.results.iter().map(|m| m.user.uuid).collect();
        uuids.sort();
        uuids
    };
    let sorted = |mut uuids: Vec<uuid::Uuid>| {
        uuids.sort();
        uuids
    };

    let admins = list().levels("8,15").send().await.unwrap().into_inner();
    assert_eq!(
        uuids(admins),
        sorted(vec![t.owner.uuid, t.admin.uuid, t.admin2.uuid])
    );
    // An entry that is not a level matches nobody.
    let owners = list().levels("15, x").send().await.unwrap().into_inner();
    assert_eq!(uuids(owners), [t.owner.uuid]);
    let by_domain = list().email_domain("@OTHER.example").send().await.unwrap();
    assert_eq!(uuids(by_domain.into_inner()), [outsider.uuid]);
    let members =
        list().email_domain("example.com").levels("1").send().await.unwrap();
    assert_eq!(
        uuids(members.into_inner()),
        sorted(vec![t.member.uuid, t.member2.uuid])
    );
    // Without verified domains every member is outside them; false is no
    // filter (see domains.rs for a verified domain).
    for outside in [true, false] {
        let page = list().outside_verified_domains(outside).send().await;
        assert_eq!(page.unwrap().count, 6);
    }
    // Unknown filters are ignored, as in Django REST framework.
    let response = reqwest::Client::new()
        .get(format!(
            "{}/api/organizations/{id}/members/?no_such_filter=1",
            ctx.base_url
        ))
        .bearer_auth(&t.member.key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_update_without_level_changes_nothing() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "nolevel").await;
    let org_id = t.org.id.to_string();
    let before = set_level(&t.owner.client, &t.org, &t.admin, 8)
        .await
        .unwrap()
        .into_inner();
    ctx.advance_clock(chrono::Duration::minutes(1));
    for put in [true, false] {
        let body = types::OrganizationMemberUpdate { level: None };
        let target = t.admin.uuid.to_string();
        let response = if put {
            let request = t.owner.client.member_update();
            let request = request.organization_id(&org_id).user_uuid(&target);
            request.body(body).send().await
        } else {
            let request = t.owner.client.member_patch();
            let request = request.organization_id(&org_id).user_uuid(&target);
            request.body(body).send().await
        };
        let member = response.unwrap().into_inner();
        assert_eq!(
            (member.level, member.updated_at),
            (before.level, before.updated_at)
        );
    }
    // An empty body (no JSON at all) is `{}`.
    let response = reqwest::Client::new()
        .patch(format!(
            "{}/api/organizations/{org_id}/members/{}/",
            ctx.base_url, t.member.uuid
        ))
        .bearer_auth(&t.owner.key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // A member who is not there is still not found.
    let error = api_error(
        t.owner
            .client
            .member_patch()
            .organization_id(&org_id)
            .user_uuid(uuid::Uuid::new_v4().to_string())
            .body(types::OrganizationMemberUpdate { level: None })
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_github_login_is_null_for_members_only() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "github").await;
    let org_id = t.org.id.to_string();
    for who in ["@me".to_string(), t.owner.uuid.to_string()] {
        let login = t
            .member
            .client
            .member_github_login()
            .organization_id(&org_id)
            .user_uuid(who)
            .send()
            .await
            .unwrap();
        assert_eq!(login.github_login, None);
    }
    let stranger = ctx.user("github-stranger@example.com", &[Scope::X]).await;
    let error = api_error(
        t.member
            .client
            .member_github_login()
            .organization_id(&org_id)
            .user_uuid(stranger.uuid.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_last_login_is_the_last_authentication_once_a_minute() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "login").await;
    let org_id = t.org.id.to_string();
    let last_login = |uuid: uuid::Uuid| {
        let client = t.owner.client.clone();
        let org_id = org_id.clone();
        async move {
            let page = client
                .member_list()
                .organization_id(&org_id)
                .send()
                .await
                .unwrap()
                .into_inner();
            page.results
                .into_iter()
                .find(|m| m.user.uuid == uuid)
                .unwrap()
                .last_login
        }
    };
    let first = last_login(t.member.uuid).await;
    ctx.advance_clock(chrono::Duration::seconds(30));
    t.member.client.user_view().uuid("@me").send().await.unwrap();
    assert_eq!(last_login(t.member.uuid).await, first, "within a minute");
    ctx.advance_clock(chrono::Duration::seconds(31));
    t.member.client.user_view().uuid("@me").send().await.unwrap();
    let later = *ctx.now.lock().unwrap();
    assert_eq!(last_login(t.member.uuid).await, later);
    // A valid key counts even when its scope then refuses the request.
    let narrow = t
        .member
        .client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "narrow".into(),
            scopes: vec![Scope::UserRead],
            scoped_organizations: None,
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let narrow = ctx.client(narrow.value.as_deref().unwrap());
    ctx.advance_clock(chrono::Duration::minutes(2));
    let refused = narrow.member_list().organization_id(&org_id).send().await;
    assert_error(api_error(refused), 403, "permission_denied", None);
    assert_eq!(last_login(t.member.uuid).await, *ctx.now.lock().unwrap());
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_member_scoped_api_keys() {
    let ctx = TestContext::new().await;
    let t = team(&ctx, "keys").await;
    let elsewhere = create_organization(&t.member.client, "Elsewhere").await;
    let key = |label: &str, organizations: Option<Vec<uuid::Uuid>>| {
        types::PersonalApiKeyCreate {
            label: label.into(),
            scopes: vec![Scope::UserRead],
            scoped_organizations: organizations,
            scoped_teams: None,
        }
    };
    t.member
        .client
        .personal_api_key_create()
        .body(key("here", Some(vec![t.org.id])))
        .send()
        .await
        .unwrap();
    t.member
        .client
        .personal_api_key_create()
        .body(key("there", Some(vec![elsewhere.id])))
        .send()
        .await
        .unwrap();
    let id = t.org.id.to_string();
    let summary = t
        .admin
        .client
        .member_scoped_api_keys()
        .organization_id(&id)
        .user_uuid(t.member.uuid.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    let names: Vec<&str> =
        summary.keys.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(
        names,
        ["test", "here"],
        "unscoped and scoped-here keys, oldest first"
    );
    assert!(summary.has_keys);
    assert!(
        summary.has_keys_active_last_week,
        "the member's key was just used"
    );
    let own = t
        .member
        .client
        .member_scoped_api_keys()
        .organization_id(&id)
        .user_uuid("@me")
        .send()
        .await
        .unwrap();
    assert_eq!(own.keys.len(), 2);
    let error = api_error(
        t.member
            .client
            .member_scoped_api_keys()
            .organization_id(&id)
            .user_uuid(t.admin.uuid.to_string())
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    ctx.cleanup().await;
}
