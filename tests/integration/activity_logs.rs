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
];

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
async fn entries(
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

fn entry(result: ActivityLogResult) -> types::ActivityLogEntry {
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
