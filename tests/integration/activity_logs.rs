//! The activity log: every write operation of the document, and every
//! SCIM write, records what it changed, with its actor, in its own
//! transaction; PostHog's filters and paginations; who may read it; OCSF;
//! the export; retention.
//!
//! The writes are made over plain HTTP (one helper for every operation's
//! body); the log is read through the generated client.

use crate::common::document_operations;
use crate::common::Options;
use crate::common::TestContext;
use crate::dns_server::DnsServer;
use crate::dns_server::Zone;
use orgbase::client::types;
use orgbase::client::types::ActivityLogResult;
use orgbase::client::types::Scope;
use orgbase::client::Client;
use serde_json::json;
use serde_json::Value;
use std::collections::BTreeMap;
use std::collections::BTreeSet;

/// The write operations that record no entry of their own, and why.
const RECORDING_NOTHING: &[(&str, &str)] = &[
    ("advanced_activity_log_export", "reads the log"),
    ("cimd_verification_token_match", "records only when the token was used"),
    (
        "user_create",
        "a new user is in no organization until they join, which is logged",
    ),
    ("organization_delete", "the organization's log goes with it"),
    (
        "webhook_delivery_retry",
        "queues a delivery: the endpoint's deliveries show it",
    ),
    (
        "webhook_replay",
        "queues deliveries: the endpoint's deliveries show them",
    ),
];

// SCIM's writes are not in the document; the pass below makes each of
// them: POST, PUT, PATCH and DELETE of /Users and of /Groups.

/// A call over HTTP with `key`: its status and body.
async fn send(
    ctx: &TestContext,
    key: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", ctx.base_url))
        .bearer_auth(key)
        .header("x-posthog-client", "activity-test");
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A write that must succeed; its body.
async fn write(
    ctx: &TestContext,
    key: &str,
    method: reqwest::Method,
    path: &str,
    body: Value,
) -> Value {
    let (status, answer) =
        send(ctx, key, method.clone(), path, Some(body)).await;
    assert!((200..300).contains(&status), "{method} {path}: {status} {answer}");
    answer
}

/// Every entry of an organization's log, oldest first, following the
/// cursor.
pub async fn entries(
    client: &Client,
    organization: uuid::Uuid,
) -> Vec<types::ActivityLogEntry> {
    let mut found = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut call = client
            .advanced_activity_log_list()
            .organization_id(organization.to_string())
            .ordering(types::ActivityLogOrdering::CreatedXat)
            .page_size(7u64);
        if let Some(cursor) = &cursor {
            call = call.cursor(cursor.clone());
        }
        let page = call.send().await.expect("log read").into_inner();
        assert!(page.count.is_none(), "cursor pages carry no count");
        found.extend(page.results.into_iter().map(entry));
        match page.next {
            Some(next) => {
                let query = next.split_once('?').unwrap().1;
                cursor = form_urlencoded::parse(query.as_bytes())
                    .find(|(name, _)| name == "cursor")
                    .map(|(_, value)| value.into_owned());
            }
            None => return found,
        }
    }
}

pub fn entry(result: ActivityLogResult) -> types::ActivityLogEntry {
    match result {
        ActivityLogResult::ActivityLogEntry(entry) => entry,
        ActivityLogResult::OcsfEvent(event) => {
            panic!("not an entry: {event:?}")
        }
    }
}

/// The log's new entries since the last look, checked against what each
/// operation must record.
struct Recorder {
    seen: BTreeMap<uuid::Uuid, usize>,
    covered: BTreeSet<String>,
}

impl Recorder {
    /// The entries of `organization`'s log since the last look.
    async fn take(
        &mut self,
        reader: &Client,
        organization: uuid::Uuid,
    ) -> Vec<types::ActivityLogEntry> {
        let all = entries(reader, organization).await;
        let seen = self.seen.entry(organization).or_default();
        let new = all[*seen..].to_vec();
        *seen = all.len();
        new
    }

    /// Asserts that `operation` recorded exactly `expected` (scope,
    /// activity, item) in `organization`'s log, made by `actor` (None: no
    /// user), and returns the entries.
    async fn expect(
        &mut self,
        reader: &Client,
        organization: uuid::Uuid,
        operation: &str,
        actor: Option<uuid::Uuid>,
        expected: &[(&str, &str, &str)],
    ) -> Vec<types::ActivityLogEntry> {
        let new = self.take(reader, organization).await;
        let mut unmatched: Vec<&types::ActivityLogEntry> = new.iter().collect();
        for (scope, activity, item) in expected {
            let at = unmatched.iter().position(|e| {
                e.scope == *scope
                    && e.activity == *activity
                    && (*item == "*" || e.item_id == *item)
            });
            match at {
                Some(at) => {
                    unmatched.remove(at);
                }
                None => panic!(
                    "{operation} did not record {scope} {activity} {item}: {new:#?}"
                ),
            }
        }
        assert!(
            unmatched.is_empty(),
            "{operation} recorded more: {unmatched:#?}"
        );
        for entry in &new {
            assert_eq!(
                entry.user.as_ref().map(|u| u.uuid),
                actor,
                "{operation}"
            );
            assert_eq!(entry.organization_id, organization);
            if actor.is_some() {
                assert_eq!(entry.client.as_deref(), Some("activity-test"));
                assert_eq!(entry.ip_address.as_deref(), Some("127.0.0.1"));
                assert!(!entry.is_system);
            }
        }
        self.covered.insert(operation.to_string());
        new
    }
}

/// The change of `field` in an entry.
fn change<'a>(
    entry: &'a types::ActivityLogEntry,
    field: &str,
) -> &'a types::ActivityLogChange {
    entry
        .detail
        .changes
        .iter()
        .find(|change| change.field == field)
        .unwrap_or_else(|| panic!("no change of {field}: {entry:#?}"))
}

/// Every write operation of the document records what it changes, with
/// the caller as its actor, its client and address: one pass over all of
/// them, checked against the document (a new write operation fails here
/// until it is in the pass or in `RECORDING_NOTHING`).
#[tokio::test]
async fn test_every_write_operation_records_its_entries() {
    use reqwest::Method as M;
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        proxy_tick: Some(std::time::Duration::from_millis(20)),
        ..Default::default()
    })
    .await;
    let owner = ctx.user("owner@acme.test", &[Scope::X]).await;
    let member = ctx.user("member@acme.test", &[Scope::X]).await;
    let reader = &owner.client;
    let key = owner.key.clone();
    let mut log = Recorder { seen: BTreeMap::new(), covered: BTreeSet::new() };
    let me = Some(owner.uuid);

    let org = write(
        &ctx,
        &key,
        M::POST,
        "/api/organizations/",
        json!({"name": "Acme"}),
    )
    .await;
    let org_id: uuid::Uuid = org["id"].as_str().unwrap().parse().unwrap();
    let o = format!("/api/organizations/{org_id}");
    let id = org_id.to_string();
    let owner_id = owner.uuid.to_string();
    log.expect(
        reader,
        org_id,
        "organization_create",
        me,
        &[
            ("Organization", "created", &id),
            ("OrganizationMembership", "created", &owner_id),
            // Its default project.
            ("Project", "created", "*"),
        ],
    )
    .await;

    write(&ctx, &key, M::PATCH, &format!("{o}/"), json!({"name": "Acme Inc"}))
        .await;
    let new = log
        .expect(
            reader,
            org_id,
            "organization_patch",
            me,
            &[("Organization", "updated", &id)],
        )
        .await;
    let renamed = change(&new[0], "name");
    assert_eq!(
        (
            renamed.action.as_str(),
            renamed.before.clone(),
            renamed.after.clone()
        ),
        ("changed", json!("Acme"), json!("Acme Inc"))
    );
    write(&ctx, &key, M::PUT, &format!("{o}/"), json!({"name": "Acme"})).await;
    log.expect(
        reader,
        org_id,
        "organization_update",
        me,
        &[("Organization", "updated", &id)],
    )
    .await;

    // Roles.
    let role = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/roles/"),
        json!({"name": "Eng"}),
    )
    .await;
    let role_id = role["id"].as_str().unwrap().to_string();
    log.expect(
        reader,
        org_id,
        "role_create",
        me,
        &[("Role", "created", &role_id)],
    )
    .await;
    write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{o}/roles/{role_id}/"),
        json!({"name": "Engineering"}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "role_patch",
        me,
        &[("Role", "updated", &role_id)],
    )
    .await;
    write(
        &ctx,
        &key,
        M::PUT,
        &format!("{o}/roles/{role_id}/"),
        json!({"name": "Eng"}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "role_update",
        me,
        &[("Role", "updated", &role_id)],
    )
    .await;

    // Invites, and joining.
    let invite = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/invites/"),
        json!({"target_email": "gone@acme.test", "send_email": false}),
    )
    .await;
    let invite_id = invite["id"].as_str().unwrap().to_string();
    log.expect(
        reader,
        org_id,
        "invite_create",
        me,
        &[("OrganizationInvite", "created", &invite_id)],
    )
    .await;
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("{o}/invites/{invite_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "invite_delete",
        me,
        &[("OrganizationInvite", "deleted", &invite_id)],
    )
    .await;
    let bulk = write(&ctx, &key, M::POST, &format!("{o}/invites/bulk/"), json!([
        {"target_email": "member@acme.test", "level": 1, "send_email": false},
        {"target_email": "other@acme.test", "send_email": false},
    ])).await;
    let invited: Vec<String> = bulk
        .as_array()
        .unwrap()
        .iter()
        .map(|invite| invite["id"].as_str().unwrap().to_string())
        .collect();
    log.expect(
        reader,
        org_id,
        "invite_bulk_create",
        me,
        &[
            ("OrganizationInvite", "created", &invited[0]),
            ("OrganizationInvite", "created", &invited[1]),
        ],
    )
    .await;
    write(
        &ctx,
        &member.key,
        M::POST,
        &format!("/api/signup/{}/", invited[0]),
        json!({}),
    )
    .await;
    let member_id = member.uuid.to_string();
    log.expect(
        reader,
        org_id,
        "signup_accept",
        Some(member.uuid),
        &[
            ("OrganizationMembership", "created", &member_id),
            ("OrganizationInvite", "deleted", &invited[0]),
        ],
    )
    .await;

    // Members.
    write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{o}/members/{member_id}/"),
        json!({"level": 8}),
    )
    .await;
    let new = log
        .expect(
            reader,
            org_id,
            "member_patch",
            me,
            &[("OrganizationMembership", "updated", &member_id)],
        )
        .await;
    let level = change(&new[0], "level");
    assert_eq!(
        (level.before.clone(), level.after.clone()),
        (json!(1), json!(8))
    );
    write(
        &ctx,
        &key,
        M::PUT,
        &format!("{o}/members/{member_id}/"),
        json!({"level": 1}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "member_update",
        me,
        &[("OrganizationMembership", "updated", &member_id)],
    )
    .await;

    // Role memberships.
    let membership = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/roles/{role_id}/role_memberships/"),
        json!({"user_uuid": member_id}),
    )
    .await;
    let membership_id = membership["id"].as_str().unwrap().to_string();
    log.expect(
        reader,
        org_id,
        "role_membership_create",
        me,
        &[("RoleMembership", "created", &membership_id)],
    )
    .await;
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("{o}/roles/{role_id}/role_memberships/{membership_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "role_membership_delete",
        me,
        &[("RoleMembership", "deleted", &membership_id)],
    )
    .await;

    // Role external references.
    let reference = write(&ctx, &key, M::POST, &format!("{o}/role_external_references/"), json!({
        "role": role_id, "provider": "github", "provider_organization_id": "acme",
        "provider_role_id": "42", "provider_role_name": "Engineers",
    })).await;
    let reference_id = reference["id"].as_str().unwrap().to_string();
    log.expect(
        reader,
        org_id,
        "role_external_reference_create",
        me,
        &[("RoleExternalReference", "created", &reference_id)],
    )
    .await;
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("{o}/role_external_references/{reference_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "role_external_reference_delete",
        me,
        &[("RoleExternalReference", "deleted", &reference_id)],
    )
    .await;

    // CIMD tokens: never the token, nor its hash.
    let token = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/cimd_verification_tokens/"),
        json!({"label": "app", "cimd_url": "https://app.example/cimd"}),
    )
    .await;
    let token_id = token["id"].as_str().unwrap().to_string();
    let new = log
        .expect(
            reader,
            org_id,
            "cimd_verification_token_create",
            me,
            &[("CimdToken", "created", &token_id)],
        )
        .await;
    let shown = serde_json::to_string(&new).unwrap();
    let secret = token["token"].as_str().or(token["value"].as_str()).unwrap();
    assert!(!shown.contains(secret), "the token is logged: {shown}");
    assert!(
        !shown.contains(&orgbase::secrets::hash(secret)),
        "its hash is logged"
    );
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("{o}/cimd_verification_tokens/{token_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "cimd_verification_token_delete",
        me,
        &[("CimdToken", "deleted", &token_id)],
    )
    .await;

    // Domains: created, changed, verified, SCIM token, deleted.
    let domain = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/domains/"),
        json!({"domain": "acme.test"}),
    )
    .await;
    let domain_id = domain["id"].as_str().unwrap().to_string();
    let d = format!("{o}/domains/{domain_id}");
    log.expect(
        reader,
        org_id,
        "domain_create",
        me,
        &[("OrganizationDomain", "created", &domain_id)],
    )
    .await;
    dns.set(
        "_posthog-challenge.acme.test",
        Zone::Txt(vec![domain["verification_challenge"]
            .as_str()
            .unwrap()
            .to_string()]),
    );
    write(&ctx, &key, M::POST, &format!("{d}/verify/"), json!({})).await;
    let new = log
        .expect(
            reader,
            org_id,
            "domain_verify",
            me,
            &[("OrganizationDomain", "updated", &domain_id)],
        )
        .await;
    assert_eq!(change(&new[0], "verified_at").action, "created");
    write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{d}/"),
        json!({"scim_enabled": true}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "domain_patch",
        me,
        &[("OrganizationDomain", "updated", &domain_id)],
    )
    .await;
    let rotated =
        write(&ctx, &key, M::POST, &format!("{d}/scim/token/"), json!({}))
            .await;
    let new = log
        .expect(
            reader,
            org_id,
            "domain_scim_token",
            me,
            &[("OrganizationDomain", "updated", &domain_id)],
        )
        .await;
    let scim_token = rotated["scim_bearer_token"].as_str().unwrap();
    let shown = serde_json::to_string(&new).unwrap();
    assert!(
        !shown.contains(scim_token)
            && !shown.contains(&orgbase::secrets::hash(scim_token))
    );
    assert_eq!(change(&new[0], "scim_token_hash").action, "changed");

    // SCIM: the identity provider's writes, with no user and its client.
    let scim = format!("{}/scim/v2/{domain_id}", ctx.base_url);
    let scim_call = |method: M, path: &str, body: Value| {
        reqwest::Client::new()
            .request(method, format!("{scim}{path}"))
            .bearer_auth(scim_token)
            .header("user-agent", "Okta SCIM Client 1.0.0")
            .header("content-type", "application/scim+json")
            .body(body.to_string())
            .send()
    };
    let user_schema = "urn:ietf:params:scim:schemas:core:2.0:User";
    let created = scim_call(M::POST, "/Users", json!({"schemas": [user_schema],
        "userName": "ann@acme.test", "name": {"givenName": "Ann", "familyName": "Lee"},
        "emails": [{"primary": true, "value": "ann@acme.test"}], "active": true}))
        .await.unwrap();
    assert_eq!(created.status(), 201);
    let ann: Value = created.json().await.unwrap();
    let ann_id = ann["id"].as_str().unwrap().to_string();
    let new = log
        .expect(
            reader,
            org_id,
            "scim POST /Users",
            None,
            &[
                ("User", "scim_provisioned", &ann_id),
                ("OrganizationMembership", "created", &ann_id),
            ],
        )
        .await;
    for entry in &new {
        assert_eq!(entry.client.as_deref(), Some("Okta SCIM Client 1.0.0"));
        let context = entry.detail.context.as_ref().unwrap();
        assert_eq!(context["scim_domain"], json!("acme.test"));
        assert!(!entry.is_system);
    }
    let patched = scim_call(M::PATCH, &format!("/Users/{ann_id}"), json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"name": {"givenName": "Annie"}}}]}))
        .await.unwrap();
    assert_eq!(patched.status(), 200);
    log.expect(
        reader,
        org_id,
        "scim PATCH /Users",
        None,
        &[("User", "scim_updated", &ann_id)],
    )
    .await;
    let group = scim_call(
        M::POST,
        "/Groups",
        json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "displayName": "Okta Group", "members": [{"value": ann_id}]}),
    )
    .await
    .unwrap();
    assert_eq!(group.status(), 201);
    let group: Value = group.json().await.unwrap();
    let group_id = group["id"].as_str().unwrap().to_string();
    log.expect(
        reader,
        org_id,
        "scim POST /Groups",
        None,
        &[("Role", "created", &group_id), ("RoleMembership", "created", "*")],
    )
    .await;
    let put = scim_call(M::PUT, &format!("/Users/{ann_id}"), json!({
        "schemas": [user_schema], "userName": "ann@acme.test",
        "name": {"givenName": "Ann", "familyName": "Lee-Smith"},
        "emails": [{"primary": true, "value": "ann@acme.test"}], "active": true}))
        .await.unwrap();
    assert_eq!(put.status(), 200);
    log.expect(
        reader,
        org_id,
        "scim PUT /Users",
        None,
        &[("User", "scim_updated", &ann_id)],
    )
    .await;
    let group_schema = "urn:ietf:params:scim:schemas:core:2.0:Group";
    let renamed = scim_call(
        M::PATCH,
        &format!("/Groups/{group_id}"),
        json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
            {"op": "replace", "value": {"displayName": "Okta Team"}},
            {"op": "remove", "path": format!("members[value eq \"{ann_id}\"]")},
        ]}),
    )
    .await
    .unwrap();
    assert!(renamed.status().is_success(), "{}", renamed.status());
    log.expect(
        reader,
        org_id,
        "scim PATCH /Groups",
        None,
        &[("Role", "updated", &group_id), ("RoleMembership", "deleted", "*")],
    )
    .await;
    let replaced = scim_call(
        M::PUT,
        &format!("/Groups/{group_id}"),
        json!({
        "schemas": [group_schema], "displayName": "Okta Group",
        "members": [{"value": ann_id}]}),
    )
    .await
    .unwrap();
    assert_eq!(replaced.status(), 200);
    log.expect(
        reader,
        org_id,
        "scim PUT /Groups",
        None,
        &[("Role", "updated", &group_id), ("RoleMembership", "created", "*")],
    )
    .await;
    let deleted =
        scim_call(M::DELETE, &format!("/Users/{ann_id}"), Value::Null)
            .await
            .unwrap();
    assert_eq!(deleted.status(), 204);
    log.expect(
        reader,
        org_id,
        "scim DELETE /Users",
        None,
        &[
            ("User", "scim_deprovisioned", &ann_id),
            ("OrganizationMembership", "deleted", &ann_id),
            ("RoleMembership", "deleted", "*"),
        ],
    )
    .await;
    let gone =
        scim_call(M::DELETE, &format!("/Groups/{group_id}"), Value::Null)
            .await
            .unwrap();
    assert_eq!(gone.status(), 204);
    log.expect(
        reader,
        org_id,
        "scim DELETE /Groups",
        None,
        &[("Role", "deleted", &group_id)],
    )
    .await;

    write(
        &ctx,
        &key,
        M::PUT,
        &format!("{d}/"),
        json!({"jit_provisioning_enabled": true}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "domain_update",
        me,
        &[("OrganizationDomain", "updated", &domain_id)],
    )
    .await;
    write(&ctx, &key, M::DELETE, &format!("{d}/"), json!({})).await;
    log.expect(
        reader,
        org_id,
        "domain_delete",
        me,
        &[("OrganizationDomain", "deleted", &domain_id)],
    )
    .await;

    // Proxy records: orgbase's own checks are logged as the system's.
    let proxy = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/proxy_records/"),
        json!({"domain": "t.acme.test"}),
    )
    .await;
    let proxy_id = proxy["id"].as_str().unwrap().to_string();
    let new = log.take(reader, org_id).await;
    assert_eq!(
        (new[0].scope.as_str(), new[0].activity.as_str()),
        ("ProxyRecord", "created")
    );
    log.covered.insert("proxy_record_create".into());
    ctx.advance_clock(chrono::Duration::hours(25));
    let mut timed_out = None;
    for _ in 0..250 {
        let (_, record) = send(
            &ctx,
            &key,
            M::GET,
            &format!("{o}/proxy_records/{proxy_id}/"),
            None,
        )
        .await;
        if record["status"] == json!("timed_out") {
            timed_out = Some(record);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(timed_out.is_some(), "the proxy record never timed out");
    let checks = log.take(reader, org_id).await;
    assert!(!checks.is_empty());
    for entry in &checks {
        assert_eq!(
            (entry.scope.as_str(), entry.item_id.as_str()),
            ("ProxyRecord", proxy_id.as_str())
        );
        assert!(entry.is_system && entry.user.is_none(), "{entry:#?}");
        assert_eq!(entry.client.as_deref(), Some("orgbase proxy provisioner"));
    }
    assert_eq!(
        change(checks.last().unwrap(), "status").after,
        json!("timed_out")
    );
    write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/proxy_records/{proxy_id}/retry/"),
        json!({}),
    )
    .await;
    let new = log
        .expect(
            reader,
            org_id,
            "proxy_record_retry",
            me,
            &[("ProxyRecord", "updated", &proxy_id)],
        )
        .await;
    assert_eq!(change(&new[0], "status").after, json!("waiting"));
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("{o}/proxy_records/{proxy_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "proxy_record_delete",
        me,
        &[("ProxyRecord", "deleted", &proxy_id)],
    )
    .await;

    // Webhook endpoints (disabled: nothing is sent); a secret never
    // shows in the log, only that it changed.
    let webhook = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/webhooks/"),
        json!({"url": "https://93.184.216.34/hook", "enabled": false}),
    )
    .await;
    let webhook_id = webhook["id"].as_str().unwrap().to_string();
    let first_secret = webhook["secret"].as_str().unwrap().to_string();
    let w = format!("{o}/webhooks/{webhook_id}");
    let new = log
        .expect(
            reader,
            org_id,
            "webhook_create",
            me,
            &[("Webhook", "created", &webhook_id)],
        )
        .await;
    assert_eq!(
        new[0].detail.name.as_deref(),
        Some("https://93.184.216.34/hook")
    );
    write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{w}/"),
        json!({"description": "CRM"}),
    )
    .await;
    let new = log
        .expect(
            reader,
            org_id,
            "webhook_patch",
            me,
            &[("Webhook", "updated", &webhook_id)],
        )
        .await;
    assert_eq!(change(&new[0], "description").after, json!("CRM"));
    let rotated =
        write(&ctx, &key, M::POST, &format!("{w}/rotate_secret/"), json!({}))
            .await;
    let second_secret = rotated["secret"].as_str().unwrap().to_string();
    let new = log
        .expect(
            reader,
            org_id,
            "webhook_rotate_secret",
            me,
            &[("Webhook", "updated", &webhook_id)],
        )
        .await;
    let shown = serde_json::to_string(&new).unwrap();
    assert!(shown.contains("masked…"), "{shown}");
    for secret in [&first_secret, &second_secret] {
        assert!(!shown.contains(&secret[6..]), "a secret in the log: {shown}");
    }
    let event = new[0].id;
    for (operation, method, path, body) in [
        (
            "webhook_delivery_retry",
            M::POST,
            format!("{w}/deliveries/{event}/retry/"),
            json!({}),
        ),
        (
            "webhook_replay",
            M::POST,
            format!("{w}/replay/"),
            json!({"since": "2000-01-01T00:00:00Z"}),
        ),
    ] {
        write(&ctx, &key, method, &path, body).await;
        assert_eq!(log.take(reader, org_id).await.len(), 0, "{operation}");
    }
    write(&ctx, &key, M::DELETE, &format!("{w}/"), json!({})).await;
    log.expect(
        reader,
        org_id,
        "webhook_delete",
        me,
        &[("Webhook", "deleted", &webhook_id)],
    )
    .await;

    // Projects.
    let project = write(
        &ctx,
        &key,
        M::POST,
        &format!("{o}/projects/"),
        json!({"name": "Web"}),
    )
    .await;
    let project_id = project["id"].to_string();
    let p = format!("{o}/projects/{project_id}");
    let new = log
        .expect(
            reader,
            org_id,
            "project_create",
            me,
            &[("Project", "created", &project_id)],
        )
        .await;
    assert_eq!(new[0].team_id, Some(project["id"].as_i64().unwrap()));
    write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{p}/"),
        json!({"timezone": "Europe/Paris"}),
    )
    .await;
    let new = log
        .expect(
            reader,
            org_id,
            "project_patch",
            me,
            &[("Project", "updated", &project_id)],
        )
        .await;
    assert_eq!(change(&new[0], "timezone").after, json!("Europe/Paris"));
    write(&ctx, &key, M::PUT, &format!("{p}/"), json!({"name": "Website"}))
        .await;
    log.expect(
        reader,
        org_id,
        "project_update",
        me,
        &[("Project", "updated", &project_id)],
    )
    .await;
    write(&ctx, &key, M::PATCH, &format!("{p}/reset_token/"), json!({})).await;
    log.expect(
        reader,
        org_id,
        "project_reset_token",
        me,
        &[("Project", "updated", &project_id)],
    )
    .await;
    let rotated = write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{p}/rotate_secret_token/"),
        json!({}),
    )
    .await;
    let new = log
        .expect(
            reader,
            org_id,
            "project_rotate_secret_token",
            me,
            &[("Project", "updated", &project_id)],
        )
        .await;
    let secret = rotated["secret_api_token"].as_str().unwrap();
    assert!(!serde_json::to_string(&new).unwrap().contains(secret));
    write(
        &ctx,
        &key,
        M::PATCH,
        &format!("{p}/delete_secret_token_backup/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "project_delete_secret_token_backup",
        me,
        &[("Project", "updated", &project_id)],
    )
    .await;
    let other = write(
        &ctx,
        &key,
        M::POST,
        "/api/organizations/",
        json!({"name": "Other"}),
    )
    .await;
    let other_id: uuid::Uuid = other["id"].as_str().unwrap().parse().unwrap();
    log.take(reader, other_id).await;
    write(
        &ctx,
        &key,
        M::POST,
        &format!("{p}/change_organization/"),
        json!({"organization_id": other_id}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "project_change_organization",
        me,
        &[("Project", "deleted", &project_id)],
    )
    .await;
    log.expect(
        reader,
        other_id,
        "project_change_organization",
        me,
        &[("Project", "created", &project_id)],
    )
    .await;
    let q = format!("/api/organizations/{other_id}/projects/{project_id}");
    write(&ctx, &key, M::DELETE, &format!("{q}/"), json!({})).await;
    log.expect(
        reader,
        other_id,
        "project_delete",
        me,
        &[("Project", "deleted", &project_id)],
    )
    .await;

    // The caller's own records: logged in the organization the request
    // was about, else their current one.
    write(
        &ctx,
        &key,
        M::PATCH,
        "/api/users/@me/",
        json!({"first_name": "Olive", "set_current_organization": org_id}),
    )
    .await;
    let new = log
        .expect(
            reader,
            org_id,
            "user_patch",
            me,
            &[("User", "updated", &owner_id)],
        )
        .await;
    assert_eq!(change(&new[0], "first_name").after, json!("Olive"));
    write(&ctx, &key, M::PUT, "/api/users/@me/", json!({"last_name": "Oyl"}))
        .await;
    log.expect(
        reader,
        org_id,
        "user_update",
        me,
        &[("User", "updated", &owner_id)],
    )
    .await;
    let made = write(
        &ctx,
        &key,
        M::POST,
        "/api/personal_api_keys/",
        json!({"label": "ci", "scopes": ["activity_log:read"]}),
    )
    .await;
    let made_id = made["id"].as_str().unwrap().to_string();
    let new = log
        .expect(
            reader,
            org_id,
            "personal_api_key_create",
            me,
            &[("PersonalAPIKey", "created", &made_id)],
        )
        .await;
    let value = made["value"].as_str().unwrap();
    let shown = serde_json::to_string(&new).unwrap();
    assert!(
        !shown.contains(value)
            && !shown.contains(&orgbase::secrets::hash(value))
    );
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("/api/personal_api_keys/{made_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "personal_api_key_delete",
        me,
        &[("PersonalAPIKey", "deleted", &made_id)],
    )
    .await;

    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("{o}/members/{member_id}/"),
        json!({}),
    )
    .await;
    log.expect(
        reader,
        org_id,
        "member_delete",
        me,
        &[("OrganizationMembership", "deleted", &member_id)],
    )
    .await;

    write(&ctx, &key, M::DELETE, &format!("{o}/roles/{role_id}/"), json!({}))
        .await;
    log.expect(
        reader,
        org_id,
        "role_delete",
        me,
        &[("Role", "deleted", &role_id)],
    )
    .await;

    // An organization's log goes with it.
    write(
        &ctx,
        &key,
        M::DELETE,
        &format!("/api/organizations/{other_id}/"),
        json!({}),
    )
    .await;
    let gone = reader
        .advanced_activity_log_list()
        .organization_id(other_id.to_string())
        .send()
        .await;
    assert_eq!(gone.unwrap_err().status().map(|s| s.as_u16()), Some(404));

    // The document's write operations are all covered.
    let exempt: BTreeSet<&str> =
        RECORDING_NOTHING.iter().map(|(op, _)| *op).collect();
    let writes: BTreeSet<String> = document_operations()
        .into_iter()
        .filter(|(method, _, _)| *method != reqwest::Method::GET)
        .map(|(_, _, operation)| {
            operation["operationId"].as_str().unwrap().to_string()
        })
        .collect();
    for operation in &writes {
        assert!(
            log.covered.contains(operation)
                || exempt.contains(operation.as_str()),
            "{operation} is not checked for what it records"
        );
    }
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

/// A GET of the log with a raw query string, as a client other than the
/// generated one would send it: its status and body.
async fn query(
    ctx: &TestContext,
    key: &str,
    organization: uuid::Uuid,
    query: &str,
) -> (u16, Value) {
    let path = format!(
        "/api/organizations/{organization}/advanced_activity_logs/?{query}"
    );
    send(ctx, key, reqwest::Method::GET, &path, None).await
}

/// The ids of a page's results.
fn ids(page: &Value) -> Vec<String> {
    page["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["id"].as_str().unwrap().to_string())
        .collect()
}

/// Follows `link` (`next` or `previous`) from `first` to the end: every
/// page's ids, in order.
async fn follow(
    ctx: &TestContext,
    key: &str,
    first: Value,
    link: &str,
) -> Vec<Vec<String>> {
    let mut pages = vec![ids(&first)];
    let mut page = first;
    while let Some(url) = page[link].as_str() {
        let path = url.strip_prefix(&ctx.base_url).unwrap().to_string();
        let (status, next) =
            send(ctx, key, reqwest::Method::GET, &path, None).await;
        assert_eq!(status, 200, "{next}");
        pages.push(ids(&next));
        page = next;
    }
    pages
}

/// PostHog's filters, both paginations and their links, and the errors
/// for bad input.
#[tokio::test]
async fn test_activity_log_filters_and_pages() {
    use reqwest::Method as M;
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    let key = owner.key.clone();
    let org =
        crate::common::create_organization(&owner.client, "Filtered").await;
    crate::common::join(&owner.client, org.id, &member, 8).await;
    let o = format!("/api/organizations/{}", org.id);
    let started = ctx.now();
    let mut roles = Vec::new();
    for n in 0..9 {
        ctx.advance_clock(chrono::Duration::minutes(1));
        let role = write(
            &ctx,
            &key,
            M::POST,
            &format!("{o}/roles/"),
            json!({"name": format!("Role {n}")}),
        )
        .await;
        roles.push(role["id"].as_str().unwrap().to_string());
    }
    let middle = ctx.now();
    ctx.advance_clock(chrono::Duration::minutes(1));
    write(
        &ctx,
        &member.key,
        M::PATCH,
        &format!("{o}/roles/{}/", roles[4]),
        json!({"name": "Renamed"}),
    )
    .await;
    let all = entries(&owner.client, org.id).await;
    let oldest_first: Vec<String> =
        all.iter().map(|e| e.id.to_string()).collect();
    let total = oldest_first.len();

    // Cursor pages, newest first, there and back.
    let (status, first) = query(&ctx, &key, org.id, "page_size=4").await;
    assert_eq!(status, 200);
    assert!(first.get("count").is_none(), "{first}");
    assert!(first["previous"].is_null());
    let forward = follow(&ctx, &key, first, "next").await;
    let newest_first: Vec<String> = forward.concat();
    let mut expected = oldest_first.clone();
    expected.reverse();
    assert_eq!(newest_first, expected);
    assert!(forward[..forward.len() - 1].iter().all(|page| page.len() == 4));
    let last_path = {
        let (_, mut page) = query(&ctx, &key, org.id, "page_size=4").await;
        while let Some(next) = page["next"].as_str().map(str::to_string) {
            let path = next.strip_prefix(&ctx.base_url).unwrap().to_string();
            page = send(&ctx, &key, M::GET, &path, None).await.1;
        }
        page
    };
    let mut backward = follow(&ctx, &key, last_path, "previous").await;
    backward.reverse();
    assert_eq!(backward, forward, "previous links retrace the pages");

    // Numbered pages carry a count; a page past the end is not found.
    let (_, numbered) = query(&ctx, &key, org.id, "page=2&page_size=4").await;
    assert_eq!(numbered["count"], json!(total));
    assert_eq!(ids(&numbered), expected[4..8].to_vec());
    assert!(numbered["next"].as_str().unwrap().contains("page=3"));
    assert!(numbered["previous"].as_str().unwrap().contains("page=1"));
    let (status, beyond) =
        query(&ctx, &key, org.id, "page=99&page_size=4").await;
    assert_eq!(
        (status, beyond["detail"].clone()),
        (404, json!("Invalid page."))
    );

    // Oldest first, as a poller reads.
    let (_, oldest) =
        query(&ctx, &key, org.id, "ordering=created_at&page_size=1000").await;
    assert_eq!(ids(&oldest), oldest_first);

    // Filters, each in the forms clients send them.
    let count = |page: &Value| page["results"].as_array().unwrap().len();
    let (_, by_scope) =
        query(&ctx, &key, org.id, "scopes=Role&page_size=1000").await;
    assert_eq!(count(&by_scope), 10);
    let (_, repeated) = query(
        &ctx,
        &key,
        org.id,
        "scopes=Role&scopes=Organization&page_size=1000",
    )
    .await;
    let (_, as_json) = query(
        &ctx,
        &key,
        org.id,
        "scopes=%5B%22Role%22%2C%22Organization%22%5D&page_size=1000",
    )
    .await;
    let (_, commas) =
        query(&ctx, &key, org.id, "scopes=Role,Organization&page_size=1000")
            .await;
    assert_eq!(count(&repeated), 11);
    assert_eq!(ids(&as_json), ids(&repeated));
    assert_eq!(ids(&commas), ids(&repeated));
    let (_, updated) =
        query(&ctx, &key, org.id, "activities=updated&scopes=Role").await;
    assert_eq!(count(&updated), 1);
    assert_eq!(updated["results"][0]["item_id"], json!(roles[4]));
    assert_eq!(updated["results"][0]["user"]["uuid"], json!(member.uuid));
    let (_, by_user) = query(
        &ctx,
        &key,
        org.id,
        &format!("users={}&scopes=Role", member.uuid),
    )
    .await;
    assert_eq!(ids(&by_user), ids(&updated));
    let (_, by_item) =
        query(&ctx, &key, org.id, &format!("item_ids={}", roles[4])).await;
    assert_eq!(count(&by_item), 2);
    let (_, searched) = query(&ctx, &key, org.id, "search_text=rEnAmEd").await;
    assert_eq!(ids(&searched), ids(&updated));
    let detail = "detail_filters=%7B%22changes%5B%5D.field%22%3A%7B%22operation%22%3A%22exact%22%2C%22value%22%3A%22name%22%7D%2C%22name%22%3A%7B%22operation%22%3A%22contains%22%2C%22value%22%3A%22renam%22%7D%7D";
    let (status, by_detail) = query(&ctx, &key, org.id, detail).await;
    assert_eq!(status, 200, "{by_detail}");
    assert_eq!(ids(&by_detail), ids(&updated));
    let window = format!(
        "start_date={}&end_date={}&scopes=Role&page_size=1000",
        urlencode(&(started + chrono::Duration::minutes(3)).to_rfc3339()),
        urlencode(&middle.to_rfc3339()),
    );
    let (_, within) = query(&ctx, &key, org.id, &window).await;
    assert_eq!(count(&within), 7, "{within}");
    let (_, by_client) = query(&ctx, &key, org.id, "clients=activity-test&is_system=false&was_impersonated=false&page_size=1000").await;
    assert_eq!(count(&by_client), 10);
    let (_, by_address) =
        query(&ctx, &key, org.id, "ip_addresses=127.0.0.*&page_size=1000")
            .await;
    assert_eq!(count(&by_address), total);
    let (_, elsewhere) =
        query(&ctx, &key, org.id, "ip_addresses=203.0.113.1").await;
    assert_eq!(count(&elsewhere), 0);
    let (_, system) = query(&ctx, &key, org.id, "is_system=true").await;
    assert_eq!(count(&system), 0);

    // Bad input: PostHog's errors, naming the parameter. A list filter
    // takes at most 100 values, each of at most 200 characters.
    let many_scopes = vec!["Role"; 101].join(",");
    let long_client = format!("clients={}", "c".repeat(201));
    assert_eq!(
        query(
            &ctx,
            &key,
            org.id,
            &format!("scopes={}", vec!["Role"; 100].join(","))
        )
        .await
        .0,
        200
    );
    for (bad, status, attr) in [
        (format!("scopes={many_scopes}").as_str(), 400, Some("scopes")),
        (long_client.as_str(), 400, Some("clients__0")),
        ("page_size=0", 400, Some("page_size")),
        ("page_size=1001", 400, Some("page_size")),
        ("page=0", 400, Some("page")),
        ("users=not-a-uuid", 400, Some("users")),
        ("ip_addresses=nope", 400, Some("ip_addresses__0")),
        ("ip_addresses=256.1.1.1", 400, Some("ip_addresses__0")),
        ("detail_filters=%5B%5D", 400, Some("detail_filters")),
        ("detail_filters=%7B%22a__b%22%3A%7B%22value%22%3A1%7D%7D", 400, Some("detail_filters")),
        ("detail_filters=%7B%22a%22%3A%7B%22operation%22%3A%22regex%22%2C%22value%22%3A1%7D%7D", 400, Some("detail_filters")),
        ("ordering=name", 400, Some("ordering")),
        ("start_date=yesterday", 400, Some("start_date")),
        ("scopes=%5Bnope", 200, None),
        ("cursor=garbage", 404, None),
    ] {
        let (got, body) = query(&ctx, &key, org.id, bad).await;
        assert_eq!(got, status, "{bad}: {body}");
        if status == 400 {
            assert_eq!(body["type"], json!("validation_error"), "{bad}: {body}");
            assert_eq!(body["attr"].as_str(), attr, "{bad}: {body}");
        }
    }
    ctx.cleanup().await;
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Admins and owners only; a key needs `activity_log:read` and must reach
/// the organization; another organization's admin sees nothing of it.
#[tokio::test]
async fn test_activity_log_is_for_admins_with_the_scope() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    let stranger = ctx.user("stranger@example.com", &[Scope::X]).await;
    let org =
        crate::common::create_organization(&owner.client, "Private").await;
    crate::common::create_organization(&stranger.client, "Theirs").await;
    crate::common::join(&owner.client, org.id, &member, 1).await;
    async fn list(
        client: &Client,
        org: uuid::Uuid,
    ) -> crate::common::ApiResult<types::ActivityLogPage> {
        client
            .advanced_activity_log_list()
            .organization_id(org.to_string())
            .send()
            .await
    }
    let (status, error) =
        crate::common::api_error(list(&member.client, org.id).await);
    assert_eq!((status, error.detail.as_str()), (403,
        "Only organization admins and owners can view organization-wide activity logs."));
    let (status, _) =
        crate::common::api_error(list(&stranger.client, org.id).await);
    assert_eq!(status, 404);
    let filters = member
        .client
        .advanced_activity_log_available_filters()
        .organization_id(org.id.to_string())
        .send()
        .await;
    assert_eq!(crate::common::api_error(filters).0, 403);

    let narrow = ctx
        .user(
            "narrow@example.com",
            &[Scope::OrganizationRead, Scope::UserWrite],
        )
        .await;
    crate::common::join(&owner.client, org.id, &narrow, 8).await;
    let (status, error) =
        crate::common::api_error(list(&narrow.client, org.id).await);
    assert_eq!(
        (status, error.detail.as_str()),
        (403, "API key missing required scope 'activity_log:read'")
    );
    let reader = ctx
        .user("reader@example.com", &[Scope::ActivityLogRead, Scope::UserWrite])
        .await;
    crate::common::join(&owner.client, org.id, &reader, 8).await;
    let page = list(&reader.client, org.id)
        .await
        .expect("read with activity_log:read")
        .into_inner();
    assert!(!page.results.is_empty());
    // A key limited to other organizations does not reach this one.
    let theirs =
        crate::common::create_organization(&owner.client, "Elsewhere").await;
    let limited = write(&ctx, &owner.key, reqwest::Method::POST, "/api/personal_api_keys/", json!({
        "label": "limited", "scopes": ["activity_log:read"], "scoped_organizations": [theirs.id]})).await;
    let limited = ctx.client(limited["value"].as_str().unwrap());
    assert_eq!(crate::common::api_error(list(&limited, org.id).await).0, 404);
    // Entries are never written through the API.
    let (status, _) = send(
        &ctx,
        &owner.key,
        reqwest::Method::POST,
        &format!("/api/organizations/{}/advanced_activity_logs/", org.id),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 405);
    // What the filters offer.
    let offered = owner
        .client
        .advanced_activity_log_available_filters()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    let values = |options: &[types::ActivityLogFilterOption]| {
        options.iter().map(|o| o.value.clone()).collect::<Vec<_>>()
    };
    assert!(values(&offered.static_filters.scopes)
        .contains(&"OrganizationInvite".to_string()));
    assert!(values(&offered.static_filters.activities)
        .contains(&"created".to_string()));
    assert!(
        values(&offered.static_filters.users).contains(&owner.uuid.to_string())
    );
    assert!(offered.detail_fields.contains_key("Organization"));
    ctx.cleanup().await;
}

/// Every entry as an OCSF event validates against OCSF 1.5.0's published
/// schema (`ocsf-json-schema` from PyPI, offline), with and without the
/// values, for every kind of actor: a user, orgbase, an identity provider.
#[tokio::test]
async fn test_activity_log_ocsf_events_validate_against_the_schema() {
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        ..Default::default()
    })
    .await;
    let owner = ctx.user("owner@acme.test", &[Scope::X]).await;
    let org = crate::common::create_organization(&owner.client, "Acme").await;
    let (domain, token) =
        crate::scim::scim_domain(&ctx, &dns, &owner, &org, "acme.test").await;
    let scim = format!("{}/scim/v2/{}/Users", ctx.base_url, domain.id);
    let provisioned = reqwest::Client::new()
        .post(&scim)
        .bearer_auth(&token)
        .header("content-type", "application/scim+json")
        .body(
            json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "ann@acme.test", "active": true,
            "emails": [{"primary": true, "value": "ann@acme.test"}]})
            .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(provisioned.status(), 201);
    // An actor whose address OCSF's pattern refuses.
    let local = ctx.user("bob@localhost", &[Scope::X]).await;
    crate::common::join(&owner.client, org.id, &local, 8).await;
    write(
        &ctx,
        &local.key,
        reqwest::Method::POST,
        &format!("/api/organizations/{}/roles/", org.id),
        json!({"name": "Local"}),
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    for values in [false, true] {
        let page = owner
            .client
            .advanced_activity_log_list()
            .organization_id(org.id.to_string())
            .schema(types::ActivityLogSchema::Ocsf)
            .include_values(values)
            .page_size(1000u64)
            .send()
            .await
            .unwrap()
            .into_inner();
        let events: Vec<Value> = page
            .results
            .into_iter()
            .map(|result| match result {
                ActivityLogResult::OcsfEvent(event) => {
                    serde_json::to_value(event).unwrap()
                }
                ActivityLogResult::ActivityLogEntry(entry) => {
                    panic!("not OCSF: {entry:?}")
                }
            })
            .collect();
        let classes: BTreeSet<i64> =
            events.iter().map(|e| e["class_uid"].as_i64().unwrap()).collect();
        assert_eq!(
            classes,
            BTreeSet::from([3001, 3004]),
            "both classes are exercised"
        );
        assert!(events.iter().any(|e| e["actor"]["app_name"].is_string()));
        assert!(events.iter().any(|e| e["actor"]["user"]["uid"].is_string()));
        assert!(events
            .iter()
            .all(|e| e["time"].is_i64() && e["severity_id"] == json!(1)));
        assert_eq!(
            events.iter().any(|e| e["entity_result"].is_object()),
            values
        );
        let file = dir.path().join(format!("events-{values}.json"));
        std::fs::write(&file, serde_json::to_vec(&events).unwrap()).unwrap();
        let validator = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/integration/ocsf_validate.py"
        );
        let output = std::process::Command::new("python3")
            .arg(validator)
            .arg(&file)
            .output()
            .expect("python3 runs");
        assert!(
            output.status.success(),
            "OCSF validation failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let said = String::from_utf8_lossy(&output.stdout);
        assert!(
            said.contains(&format!("{} events valid", events.len())),
            "{said}"
        );
    }
    ctx.cleanup().await;
}

/// The export streams every entry the filters keep, oldest first: CSV
/// with PostHog's columns, or NDJSON as the list answers entries.
#[tokio::test]
async fn test_activity_log_export_streams_csv_and_ndjson() {
    use reqwest::Method as M;
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let org =
        crate::common::create_organization(&owner.client, "Exported").await;
    let o = format!("/api/organizations/{}", org.id);
    for n in 0..25 {
        write(
            &ctx,
            &owner.key,
            M::POST,
            &format!("{o}/roles/"),
            json!({"name": format!("Role, \"{n}\"")}),
        )
        .await;
    }
    let all = entries(&owner.client, org.id).await;
    let export = |body: Value| {
        reqwest::Client::new()
            .post(format!("{}{o}/advanced_activity_logs/export/", ctx.base_url))
            .bearer_auth(&owner.key)
            .json(&body)
            .send()
    };
    let csv = export(json!({"format": "csv"})).await.unwrap();
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> =
        reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "id",
            "organization_id",
            "project_id",
            "user_first_name",
            "user_last_name",
            "user_email",
            "activity",
            "scope",
            "item_id",
            "detail",
            "client",
            "ip_address",
            "created_at"
        ]
    );
    let rows: Vec<::csv::StringRecord> =
        reader.records().map(Result::unwrap).collect();
    let exported: Vec<String> =
        rows.iter().map(|row| row[0].to_string()).collect();
    let listed: Vec<String> = all.iter().map(|e| e.id.to_string()).collect();
    assert_eq!(exported, listed);
    let detail: Value = serde_json::from_str(&rows[5][9]).unwrap();
    assert!(detail["name"].as_str().unwrap().starts_with("Role, \""));

    let ndjson =
        export(json!({"format": "ndjson", "filters": {"scopes": ["Role"]}}))
            .await
            .unwrap();
    assert_eq!(ndjson.headers()["content-type"], "application/x-ndjson");
    let lines: Vec<types::ActivityLogEntry> = ndjson
        .text()
        .await
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 25);
    let roles: Vec<&types::ActivityLogEntry> =
        all.iter().filter(|e| e.scope == "Role").collect();
    assert_eq!(
        lines.iter().map(|e| e.id).collect::<Vec<_>>(),
        roles.iter().map(|e| e.id).collect::<Vec<_>>()
    );
    let refused = export(json!({"format": "xlsx"})).await.unwrap();
    assert_eq!(refused.status(), 400);
    let refused =
        export(json!({"filters": {"users": ["nope"]}})).await.unwrap();
    assert_eq!(refused.status(), 400);
    ctx.cleanup().await;
}

/// Entries older than the retention are removed in the background; newer
/// ones stay.
#[tokio::test]
async fn test_activity_log_retention_prunes_old_entries() {
    use reqwest::Method as M;
    let ctx = TestContext::with_options(Options {
        activity_log: Some(orgbase::app::activity::ActivityLogSettings {
            retention: chrono::Duration::days(30),
            prune_tick: std::time::Duration::from_millis(20),
        }),
        ..Default::default()
    })
    .await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let org = crate::common::create_organization(&owner.client, "Kept").await;
    let o = format!("/api/organizations/{}", org.id);
    write(
        &ctx,
        &owner.key,
        M::POST,
        &format!("{o}/roles/"),
        json!({"name": "Old"}),
    )
    .await;
    let before = entries(&owner.client, org.id).await.len();
    ctx.advance_clock(chrono::Duration::days(31));
    let recent = write(
        &ctx,
        &owner.key,
        M::POST,
        &format!("{o}/roles/"),
        json!({"name": "New"}),
    )
    .await;
    let mut left = Vec::new();
    for _ in 0..250 {
        left = entries(&owner.client, org.id).await;
        if left.len() == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(before > 1);
    assert_eq!(left.len(), 1, "{left:#?}");
    assert_eq!(left[0].item_id, recent["id"].as_str().unwrap());
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

/// Concurrent changes to one organization are all logged, once each, in
/// commit order: each role's creation before its renaming.
#[tokio::test]
async fn test_concurrent_changes_are_logged_in_commit_order() {
    let ctx = TestContext::new().await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let org = crate::common::create_organization(&owner.client, "Busy").await;
    let o = format!("/api/organizations/{}", org.id);
    let writers = (0..16).map(|n| {
        let (ctx, key, o) = (&ctx, owner.key.clone(), o.clone());
        async move {
            let role = write(
                ctx,
                &key,
                reqwest::Method::POST,
                &format!("{o}/roles/"),
                json!({"name": format!("Role {n}")}),
            )
            .await;
            let id = role["id"].as_str().unwrap().to_string();
            write(
                ctx,
                &key,
                reqwest::Method::PATCH,
                &format!("{o}/roles/{id}/"),
                json!({"name": format!("Renamed {n}")}),
            )
            .await;
            id
        }
    });
    let roles = futures::future::join_all(writers).await;
    let all = entries(&owner.client, org.id).await;
    let ids: Vec<uuid::Uuid> = all.iter().map(|e| e.id).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, ids, "entries come once each, in key order");
    for role in &roles {
        let of_role: Vec<&str> = all
            .iter()
            .filter(|e| &e.item_id == role)
            .map(|e| e.activity.as_str())
            .collect();
        assert_eq!(of_role, ["created", "updated"], "{role}");
    }
    ctx.cleanup().await;
}
