//! Invites: making them (one or in bulk), replacing and combining them,
//! expiry, email, deleting them, and accepting them.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_invite;
use crate::common::create_organization;
use crate::common::invite_request as invite;
use crate::common::join;
use crate::common::list_invites;
use crate::common::ApiResult;
use crate::common::Options;
use crate::common::TestContext;
use crate::smtp_sink::SmtpSink;
use orgbase::client::types;
use orgbase::client::types::Scope;

#[tokio::test]
async fn test_invite_lifecycle_and_acceptance() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let bob = ctx.user("bob@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Invited to").await;
    let org_id = org.id.to_string();

    let mut request = invite("Bob@EXAMPLE.com", 8);
    request.first_name = Some("Bob".into());
    request.message = Some("Welcome aboard".into());
    let created = owner
        .client
        .invite_create()
        .organization_id(&org_id)
        .body(request)
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    assert_eq!(created.target_email, "Bob@example.com", "domain lowercased");
    assert_eq!((created.level, created.first_name.as_str()), (8, "Bob"));
    assert!(!created.is_expired);
    assert!(!created.emailing_attempt_made, "no SMTP configured");
    assert_eq!(created.message.as_deref(), Some("Welcome aboard"));
    assert_eq!(created.created_by.as_ref().map(|u| u.uuid), Some(owner.uuid));

    let list = list_invites(&owner.client, &org_id).await;
    assert_eq!(list.count, 1);
    assert_eq!(list.results[0].id, created.id);

    // Bob may accept: the email matches case-insensitively.
    let check = bob
        .client
        .signup_view()
        .invite_id(created.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!((check.organization_id, check.level), (org.id, 8));
    assert_eq!(check.organization_name, "Invited to");
    let accepted = bob
        .client
        .signup_accept()
        .invite_id(created.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 201);
    let me = accepted.into_inner();
    assert_eq!(
        me.organization.as_ref().map(|o| (o.id, o.membership_level)),
        Some((org.id, Some(8)))
    );

    // The invite is consumed; the organization has two members.
    let list = list_invites(&owner.client, &org_id).await;
    assert_eq!(list.count, 0);
    let seen = owner
        .client
        .organization_view()
        .organization_id(&org_id)
        .send()
        .await
        .unwrap();
    assert_eq!(seen.member_count, 2);
    let error = api_error(
        bob.client
            .signup_accept()
            .invite_id(created.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_validation() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("v-owner@example.com", &[Scope::X]).await;
    let admin = ctx.user("v-admin@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Validating").await;
    let other = create_organization(&ctx.admin(), "Other").await;
    join(&owner.client, org.id, &admin, 8).await;
    let org_id = org.id.to_string();
    async fn send(
        client: &orgbase::client::Client,
        org_id: &str,
        body: types::OrganizationInviteCreate,
    ) -> ApiResult<types::OrganizationInvite> {
        client.invite_create().organization_id(org_id).body(body).send().await
    }
    assert_error(
        api_error(send(&owner.client, &org_id, invite("no-at", 1)).await),
        400,
        "invalid",
        Some("target_email"),
    );
    assert_error(
        api_error(
            send(&owner.client, &org_id, invite("x@example.com", 5)).await,
        ),
        400,
        "invalid_choice",
        Some("level"),
    );
    assert_error(
        api_error(send(&owner.client, &org_id, invite(&admin.email, 1)).await),
        400,
        "already_member",
        Some("target_email"),
    );
    // Never above the inviter's own level.
    assert_error(
        api_error(
            send(&admin.client, &org_id, invite("boss@example.com", 15)).await,
        ),
        403,
        "permission_denied",
        None,
    );
    let mut long_name = invite("n@example.com", 1);
    long_name.first_name = Some("n".repeat(31));
    assert_error(
        api_error(send(&owner.client, &org_id, long_name).await),
        400,
        "max_length",
        Some("first_name"),
    );
    let mut foreign_project = invite("p@example.com", 1);
    foreign_project.private_project_access =
        Some(vec![types::ProjectAccess { id: other.projects[0].id, level: 1 }]);
    assert_error(
        api_error(send(&owner.client, &org_id, foreign_project).await),
        400,
        "invalid",
        Some("private_project_access"),
    );
    let mut bad_level = invite("p@example.com", 1);
    bad_level.private_project_access =
        Some(vec![types::ProjectAccess { id: org.projects[0].id, level: 15 }]);
    assert_error(
        api_error(send(&owner.client, &org_id, bad_level).await),
        400,
        "invalid_choice",
        Some("private_project_access"),
    );
    let list = list_invites(&owner.client, &org_id).await;
    assert_eq!(list.count, 0, "nothing invalid was stored");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_replaces_earlier_and_combines_pending() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("c-owner@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Combining").await;
    let org_id = org.id.to_string();
    let project = org.projects[0].id;
    let send = |body: types::OrganizationInviteCreate| {
        owner.client.invite_create().organization_id(&org_id).body(body).send()
    };
    let mut first = invite("dup@example.com", 8);
    first.private_project_access =
        Some(vec![types::ProjectAccess { id: project, level: 1 }]);
    send(first).await.unwrap();
    let second = send(invite("DUP@example.com", 1)).await.unwrap().into_inner();
    let list = list_invites(&owner.client, &org_id).await;
    assert_eq!(list.count, 1, "the new invite replaced the earlier one");
    assert_eq!((list.results[0].id, list.results[0].level), (second.id, 1));

    let mut combined = invite("dup@example.com", 1);
    combined.combine_pending_invites = Some(true);
    combined.private_project_access =
        Some(vec![types::ProjectAccess { id: project, level: 8 }]);
    // The pending invite (level 1) merges: still level 1, project access 8.
    let merged = send(combined).await.unwrap().into_inner();
    assert_eq!(merged.level, 1);
    assert_eq!(merged.private_project_access.len(), 1);
    assert_eq!(merged.private_project_access[0].level, 8);
    let mut higher = invite("dup@example.com", 8);
    higher.send_email = Some(false);
    send(higher).await.unwrap();
    let mut again = invite("dup@example.com", 1);
    again.combine_pending_invites = Some(true);
    let merged = send(again).await.unwrap().into_inner();
    assert_eq!(merged.level, 8, "the highest pending level is kept");
    let list = list_invites(&owner.client, &org_id).await;
    assert_eq!(list.count, 1);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_expires_after_three_days() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("e-owner@example.com", &[Scope::X]).await;
    let late = ctx.user("late@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Expiring").await;
    let created = create_invite(
        &owner.client,
        org.id.to_string(),
        invite(&late.email, 1),
    )
    .await;
    ctx.advance_clock(chrono::Duration::days(3) - chrono::Duration::seconds(1));
    late.client
        .signup_view()
        .invite_id(created.id.to_string())
        .send()
        .await
        .unwrap();
    ctx.advance_clock(chrono::Duration::seconds(2));
    let list = list_invites(&owner.client, org.id.to_string()).await;
    assert!(list.results[0].is_expired);
    let id = created.id.to_string();
    assert_error(
        api_error(late.client.signup_view().invite_id(&id).send().await),
        400,
        "expired",
        None,
    );
    assert_error(
        api_error(late.client.signup_accept().invite_id(&id).send().await),
        400,
        "expired",
        None,
    );
    let seen = owner
        .client
        .organization_view()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(seen.member_count, 1);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_accepted_only_by_its_recipient_once() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("r-owner@example.com", &[Scope::X]).await;
    let right = ctx.user("right@example.com", &[Scope::X]).await;
    let wrong = ctx.user("wrong@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Recipients").await;
    let created = create_invite(
        &owner.client,
        org.id.to_string(),
        invite("RIGHT@example.com", 1),
    )
    .await;
    let id = created.id.to_string();
    assert_error(
        api_error(wrong.client.signup_view().invite_id(&id).send().await),
        400,
        "invalid_recipient",
        None,
    );
    assert_error(
        api_error(wrong.client.signup_accept().invite_id(&id).send().await),
        400,
        "invalid_recipient",
        None,
    );
    assert_error(
        api_error(
            right.client.signup_view().invite_id("nonsense").send().await,
        ),
        404,
        "not_found",
        None,
    );

    // Many concurrent acceptances: exactly one membership.
    let attempts =
        (0..8).map(|_| right.client.signup_accept().invite_id(&id).send());
    let results = futures::future::join_all(attempts).await;
    let accepted = results.iter().filter(|result| result.is_ok()).count();
    assert_eq!(accepted, 1, "{results:?}");
    for result in results.into_iter().filter(|result| result.is_err()) {
        let (status, _) = api_error(result);
        assert!(status == 404 || status == 400, "{status}");
    }
    let seen = owner
        .client
        .organization_view()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(seen.member_count, 2);

    // A member cannot accept another invite to the same organization.
    let again = create_invite(
        &owner.client,
        org.id.to_string(),
        invite("wrong@example.com", 1),
    )
    .await;
    wrong
        .client
        .signup_accept()
        .invite_id(again.id.to_string())
        .send()
        .await
        .unwrap();
    let error = api_error(
        owner
            .client
            .invite_create()
            .organization_id(org.id.to_string())
            .body(invite("wrong@example.com", 1))
            .send()
            .await,
    );
    assert_error(error, 400, "already_member", Some("target_email"));
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_bulk_is_all_or_nothing() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("b-owner@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Bulk").await;
    let org_id = org.id.to_string();
    let bulk = |body: Vec<types::OrganizationInviteCreate>| {
        owner
            .client
            .invite_bulk_create()
            .organization_id(&org_id)
            .body(body)
            .send()
    };
    let created =
        bulk(vec![invite("a@example.com", 1), invite("b@example.com", 8)])
            .await
            .unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.len(), 2);

    let too_many: Vec<_> =
        (0..21).map(|n| invite(&format!("u{n}@example.com"), 1)).collect();
    assert_error(api_error(bulk(too_many).await), 400, "max_length", None);
    let error = api_error(
        bulk(vec![invite("c@example.com", 1), invite("bad", 1)]).await,
    );
    assert_error(error, 400, "invalid", Some("1__target_email"));
    let error = api_error(
        bulk(vec![invite("d@example.com", 1), invite("D@example.com", 1)])
            .await,
    );
    assert_error(error, 400, "unique", Some("1__target_email"));
    let list = list_invites(&owner.client, &org_id).await;
    assert_eq!(list.count, 2, "no invite of a refused bulk was stored");
    let twenty: Vec<_> =
        (0..20).map(|n| invite(&format!("t{n}@example.com"), 1)).collect();
    assert_eq!(bulk(twenty).await.unwrap().len(), 20);

    // The literal `bulk/` is the only POST under invites/; elsewhere there
    // POST is not allowed.
    let response = reqwest::Client::new()
        .post(format!(
            "{}/api/organizations/{org_id}/invites/other/",
            ctx.base_url
        ))
        .bearer_auth(&owner.key)
        .json(&serde_json::json!([]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    // An object where an array belongs is refused.
    let response = reqwest::Client::new()
        .post(format!(
            "{}/api/organizations/{org_id}/invites/bulk/",
            ctx.base_url
        ))
        .bearer_auth(&owner.key)
        .json(&serde_json::json!({"target_email": "x@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        (&body["code"], &body["attr"], &body["detail"]),
        (
            &serde_json::json!("invalid"),
            &serde_json::Value::Null,
            &serde_json::json!(
                "This endpoint needs an array of data for bulk invite creation."
            )
        ),
        "PostHog's words for a body that is not an array"
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_permissions_for_members() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("p-owner@example.com", &[Scope::X]).await;
    let member = ctx.user("p-member@example.com", &[Scope::X]).await;
    let other_member = ctx.user("p-other@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Permissions").await;
    join(&owner.client, org.id, &member, 1).await;
    join(&owner.client, org.id, &other_member, 1).await;
    let org_id = org.id.to_string();

    // Members may invite (members_can_invite defaults to true), at their level.
    let mine =
        create_invite(&member.client, &org_id, invite("friend@example.com", 1))
            .await;
    let owners =
        create_invite(&owner.client, &org_id, invite("hire@example.com", 1))
            .await;
    // Only admins, or the inviter, delete an invite.
    let error = api_error(
        other_member
            .client
            .invite_delete()
            .organization_id(&org_id)
            .invite_id(mine.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    let error = api_error(
        member
            .client
            .invite_delete()
            .organization_id(&org_id)
            .invite_id(owners.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    member
        .client
        .invite_delete()
        .organization_id(&org_id)
        .invite_id(mine.id.to_string())
        .send()
        .await
        .unwrap();
    owner
        .client
        .invite_delete()
        .organization_id(&org_id)
        .invite_id(owners.id.to_string())
        .send()
        .await
        .unwrap();
    let error = api_error(
        owner
            .client
            .invite_delete()
            .organization_id(&org_id)
            .invite_id(owners.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);

    // With members_can_invite off, only admins and owners invite.
    owner
        .client
        .organization_patch()
        .organization_id(&org_id)
        .body(
            types::OrganizationPatch::builder()
                .members_can_invite(Some(Some(false))),
        )
        .send()
        .await
        .unwrap();
    let error = api_error(
        member
            .client
            .invite_create()
            .organization_id(&org_id)
            .body(invite("no@example.com", 1))
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    create_invite(&owner.client, &org_id, invite("yes@example.com", 1)).await;

    // An outsider sees nothing.
    let outsider = ctx.user("p-outsider@example.com", &[Scope::X]).await;
    let error = api_error(
        outsider.client.invite_list().organization_id(&org_id).send().await,
    );
    assert_error(error, 404, "not_found", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_invite_email_goes_to_smtp_server() {
    let sink = SmtpSink::start().await;
    let ctx = TestContext::with_options(Options {
        smtp_url: Some(sink.url.clone()),
        ..Default::default()
    })
    .await;
    let owner = ctx.user("m-owner@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Mailing").await;
    let mut request = invite("mailed@example.com", 1);
    request.send_email = None;
    request.message = Some("See you soon".into());
    let created =
        create_invite(&owner.client, org.id.to_string(), request).await;
    assert!(created.emailing_attempt_made);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].recipients, ["mailed@example.com"]);
    assert!(
        messages[0].data.contains(&created.id.to_string()),
        "{}",
        messages[0].data
    );
    assert!(messages[0].data.contains("Mailing"));
    assert!(messages[0].data.contains("See you soon"));

    let quiet = create_invite(
        &owner.client,
        org.id.to_string(),
        invite("quiet@example.com", 1),
    )
    .await;
    assert!(!quiet.emailing_attempt_made);
    assert_eq!(sink.messages().len(), 1, "send_email false sends nothing");
    ctx.cleanup().await;
}
