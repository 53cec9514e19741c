//! Roles and role memberships: CRUD, name uniqueness (also under
//! concurrency), cross-organization ids, explicit UUID versus `@current`,
//! the default role on join, and cascades.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::create_role;
use crate::common::join;
use crate::common::view_role;
use crate::common::ApiResult;
use crate::common::TestContext;
use crate::common::TestUser;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;

async fn add_to_role(
    client: &Client,
    organization: &str,
    role: &types::Role,
    user: &TestUser,
) -> ApiResult<types::RoleMembership> {
    client
        .role_membership_create()
        .organization_id(organization)
        .role_id(role.id.to_string())
        .body(types::RoleMembershipCreate { user_uuid: user.uuid })
        .send()
        .await
}

#[tokio::test]
async fn test_role_crud_and_validation() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("role-owner@example.com", &[Scope::X]).await;
    let member = ctx.user("role-member@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Roles").await;
    join(&owner.client, org.id, &member, 1).await;
    let id = org.id.to_string();

    for name in ["beta", "Alpha", "gamma"] {
        let role = create_role(&owner.client, &id, name).await;
        assert_eq!(role.name, name);
        assert!(!role.is_default && role.members.is_empty());
        assert_eq!(role.created_by.as_ref().map(|u| u.uuid), Some(owner.uuid));
    }
    let list =
        member.client.role_list().organization_id(&id).send().await.unwrap();
    let names: Vec<&str> =
        list.results.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Alpha", "beta", "gamma"], "ordered by name");
    let beta = list.results[1].clone();

    let create = |name: String| {
        owner
            .client
            .role_create()
            .organization_id(&id)
            .body(types::RoleCreate { name })
            .send()
    };
    assert_error(
        api_error(create("BETA".into()).await),
        400,
        "unique",
        Some("name"),
    );
    assert_error(
        api_error(create("  ".into()).await),
        400,
        "blank",
        Some("name"),
    );
    assert_error(
        api_error(create("r".repeat(201)).await),
        400,
        "max_length",
        Some("name"),
    );
    let error = api_error(
        member
            .client
            .role_create()
            .organization_id(&id)
            .body(types::RoleCreate { name: "mine".into() })
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);

    // Rename: to a taken name is refused; to a new one (or its own, in
    // another case) works; PUT does the same.
    let rename = |name: &str| {
        owner
            .client
            .role_patch()
            .organization_id(&id)
            .role_id(beta.id.to_string())
            .body(types::RolePatch { name: Some(name.to_string()) })
            .send()
    };
    assert_error(api_error(rename("alpha").await), 400, "unique", Some("name"));
    assert_eq!(rename("Beta").await.unwrap().name, "Beta");
    let put = owner
        .client
        .role_update()
        .organization_id(&id)
        .role_id(beta.id.to_string())
        .body(types::RoleCreate { name: "Delta".into() })
        .send()
        .await
        .unwrap();
    assert_eq!(put.name, "Delta");
    // The old name is free again.
    create_role(&owner.client, &id, "beta").await;
    let error = api_error(
        member
            .client
            .role_delete()
            .organization_id(&id)
            .role_id(beta.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    owner
        .client
        .role_delete()
        .organization_id(&id)
        .role_id(beta.id.to_string())
        .send()
        .await
        .unwrap();
    let error = api_error(
        owner
            .client
            .role_view()
            .organization_id(&id)
            .role_id(beta.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    let list =
        owner.client.role_list().organization_id(&id).send().await.unwrap();
    assert_eq!(list.count, 3);
    ctx.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn test_role_name_unique_under_concurrent_creates() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Race").await;
    let id = org.id.to_string();
    let attempts = (0..10).map(|n| {
        let name = if n % 2 == 0 { "Same" } else { "SAME" };
        admin
            .role_create()
            .organization_id(&id)
            .body(types::RoleCreate { name: name.into() })
            .send()
    });
    let results = futures::future::join_all(attempts).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
    for result in results.into_iter().filter(|r| r.is_err()) {
        assert_error(api_error(result), 400, "unique", Some("name"));
    }
    assert_eq!(
        admin.role_list().organization_id(&id).send().await.unwrap().count,
        1
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_memberships_with_explicit_uuid_and_current() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("rm-owner@example.com", &[Scope::X]).await;
    let member = ctx.user("rm-member@example.com", &[Scope::X]).await;
    let outsider = ctx.user("rm-outsider@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Memberships").await;
    join(&owner.client, org.id, &member, 1).await;
    let id = org.id.to_string();
    // Created through `@current`, used through the explicit UUID, and the
    // reverse (PostHog #46697 and #50899).
    let role = create_role(&owner.client, "@current", "Engineers").await;
    let added = add_to_role(&owner.client, &id, &role, &member).await.unwrap();
    assert_eq!(added.status(), 201);
    let added = added.into_inner();
    assert_eq!((added.role_id, added.user.uuid), (role.id, member.uuid));
    assert_eq!(added.organization_member.user.uuid, member.uuid);
    assert_eq!(added.organization_member.level, 1);
    assert_error(
        api_error(add_to_role(&owner.client, "@current", &role, &member).await),
        400,
        "unique",
        Some("user_uuid"),
    );
    assert_error(
        api_error(add_to_role(&owner.client, &id, &role, &outsider).await),
        400,
        "invalid",
        Some("user_uuid"),
    );
    assert_error(
        api_error(add_to_role(&member.client, &id, &role, &owner).await),
        403,
        "permission_denied",
        None,
    );

    for organization in [id.as_str(), "@current"] {
        let seen = owner
            .client
            .role_membership_view()
            .organization_id(organization)
            .role_id(role.id.to_string())
            .role_membership_id(added.id.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(seen.id, added.id);
        let list = owner
            .client
            .role_membership_list()
            .organization_id(organization)
            .role_id(role.id.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(list.count, 1);
        let role_seen =
            view_role(&owner.client, organization, role.id.to_string()).await;
        assert_eq!(role_seen.members.len(), 1);
    }
    owner
        .client
        .role_membership_delete()
        .organization_id(&id)
        .role_id(role.id.to_string())
        .role_membership_id(added.id.to_string())
        .send()
        .await
        .unwrap();
    let role_seen = view_role(&owner.client, &id, role.id.to_string()).await;
    assert!(role_seen.members.is_empty());
    // Added again after removal.
    add_to_role(&owner.client, &id, &role, &member).await.unwrap();
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_ids_of_other_organizations_never_leak() {
    let ctx = TestContext::new().await;
    let alice = ctx.user("leak-alice@example.com", &[Scope::X]).await;
    let bob = ctx.user("leak-bob@example.com", &[Scope::X]).await;
    let org_a = create_organization(&alice.client, "A").await;
    let org_b = create_organization(&bob.client, "B").await;
    let role_a =
        create_role(&alice.client, &org_a.id.to_string(), "Secret").await;
    let member =
        add_to_role(&alice.client, &org_a.id.to_string(), &role_a, &alice)
            .await
            .unwrap()
            .into_inner();
    let b = org_b.id.to_string();
    let role_id = role_a.id.to_string();
    // Through Bob's own organization: not found.
    assert_error(
        api_error(
            bob.client
                .role_view()
                .organization_id(&b)
                .role_id(&role_id)
                .send()
                .await,
        ),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(
            bob.client
                .role_delete()
                .organization_id(&b)
                .role_id(&role_id)
                .send()
                .await,
        ),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(
            bob.client
                .role_membership_view()
                .organization_id(&b)
                .role_id(&role_id)
                .role_membership_id(member.id.to_string())
                .send()
                .await,
        ),
        404,
        "not_found",
        None,
    );
    // Through Alice's organization: not found either (not a member).
    let error = api_error(
        bob.client
            .role_list()
            .organization_id(org_a.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    // A membership id under the wrong role.
    let other =
        create_role(&alice.client, &org_a.id.to_string(), "Other").await;
    let error = api_error(
        alice
            .client
            .role_membership_view()
            .organization_id(org_a.id.to_string())
            .role_id(other.id.to_string())
            .role_membership_id(member.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    // Another organization's role cannot be a default role.
    let error = api_error(
        bob.client
            .organization_patch()
            .organization_id(&b)
            .body(
                types::OrganizationPatch::builder()
                    .default_role_id(Some(Some(role_a.id))),
            )
            .send()
            .await,
    );
    assert_error(error, 400, "invalid", Some("default_role_id"));
    let seen = bob
        .client
        .organization_view()
        .organization_id(&b)
        .send()
        .await
        .unwrap();
    assert_eq!(seen.default_role_id, None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_role_default_on_join_and_cascades() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("def-owner@example.com", &[Scope::X]).await;
    let first = ctx.user("def-first@example.com", &[Scope::X]).await;
    let second = ctx.user("def-second@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Defaults").await;
    let id = org.id.to_string();
    let role = create_role(&owner.client, &id, "Newcomers").await;
    let patched = owner
        .client
        .organization_patch()
        .organization_id(&id)
        .body(
            types::OrganizationPatch::builder()
                .default_role_id(Some(Some(role.id))),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(patched.default_role_id, Some(role.id));
    let seen = view_role(&owner.client, &id, role.id.to_string()).await;
    assert!(seen.is_default);

    // Joining through an invite gives the default role.
    join(&owner.client, org.id, &first, 1).await;
    join(&owner.client, org.id, &second, 1).await;
    let seen = view_role(&owner.client, &id, role.id.to_string()).await;
    let members: Vec<_> = seen.members.iter().map(|m| m.user.uuid).collect();
    assert_eq!(members, [first.uuid, second.uuid]);

    // Removing a member removes their role memberships.
    owner
        .client
        .member_delete()
        .organization_id(&id)
        .user_uuid(first.uuid.to_string())
        .send()
        .await
        .unwrap();
    let seen = view_role(&owner.client, &id, role.id.to_string()).await;
    assert_eq!(seen.members.len(), 1);
    // Leaving and rejoining: the role membership is made again, once.
    second
        .client
        .member_delete()
        .organization_id(&id)
        .user_uuid("@me")
        .send()
        .await
        .unwrap();
    join(&owner.client, org.id, &second, 1).await;
    let seen = view_role(&owner.client, &id, role.id.to_string()).await;
    assert_eq!(seen.members.len(), 1);

    // Deleting the role removes its memberships and clears the default.
    owner
        .client
        .role_delete()
        .organization_id(&id)
        .role_id(role.id.to_string())
        .send()
        .await
        .unwrap();
    let seen = owner
        .client
        .organization_view()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(seen.default_role_id, None);
    join(&owner.client, org.id, &first, 1).await;
    // An unknown role is refused as a default.
    let error = api_error(
        owner
            .client
            .organization_patch()
            .organization_id(&id)
            .body(
                types::OrganizationPatch::builder()
                    .default_role_id(Some(Some(role.id))),
            )
            .send()
            .await,
    );
    assert_error(error, 400, "invalid", Some("default_role_id"));

    // Deleting the organization removes its roles with it.
    let kept = create_role(&owner.client, &id, "Kept").await;
    add_to_role(&owner.client, &id, &kept, &second).await.unwrap();
    owner
        .client
        .organization_delete()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    let error =
        api_error(owner.client.role_list().organization_id(&id).send().await);
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}
