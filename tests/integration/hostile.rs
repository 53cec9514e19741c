//! Hostile input on every operation: bodies of the wrong type, broken,
//! oversized or deeply nested; ids that are not ids; huge `limit` and
//! `offset`; very long strings in every text field. Each answer must be a
//! 4xx with PostHog's body (or, for pagination, a correct page), never a
//! 5xx, and must change nothing.
//!
//! The tests walk the OpenAPI document, so new operations are covered as
//! they are added. The one table to extend is [`valid_body`]: a test fails
//! until every operation with a body has an entry there. The exact codes
//! for one endpoint (and the cases that depend on a field's type) are in
//! `errors.rs`.

use crate::common::api_error;
use crate::common::create_organization;
use crate::common::document_operations;
use crate::common::fill_path;
use crate::common::invite_request;
use crate::common::join;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use crate::errors::assert_body;
use crate::errors::raw;
use orgbase::client::types;
use orgbase::client::types::Scope;
use reqwest::Method;
use serde_json::json;
use serde_json::Value;

/// Real ids for every path parameter, so that only the hostile part of a
/// request is wrong.
pub struct Fixture {
    pub ctx: TestContext,
    organization: String,
    member: String,
    invite: String,
    key: String,
    role: String,
    role_membership: String,
    cimd_token: String,
    domain: String,
    role_external_reference: String,
    proxy_record: String,
    project: String,
    webhook: String,
    event: String,
}

impl Fixture {
    pub async fn new() -> Fixture {
        // Webhooks to this server itself (loopback).
        let ctx = TestContext::with_options(crate::common::Options {
            webhooks: Some(orgbase::app::WebhookSettings {
                allow_private_addresses: true,
                poll: std::time::Duration::from_millis(20),
                ..Default::default()
            }),
            ..Default::default()
        })
        .await;
        let admin = ctx.admin();
        let org = create_organization(&admin, "Hostile").await;
        let member = ctx.user("member@example.com", &[Scope::X]).await;
        join(&admin, org.id, &member, 1).await;
        let invite = admin
            .invite_create()
            .organization_id(org.id.to_string())
            .body(invite_request("invitee@example.com", 1))
            .send()
            .await
            .unwrap();
        let key = admin.personal_api_key_list().send().await.unwrap();
        let organization = org.id.to_string();
        let role = admin
            .role_create()
            .organization_id(&organization)
            .body(types::RoleCreate { name: "Fixture".into() })
            .send()
            .await
            .unwrap();
        let role_membership = admin
            .role_membership_create()
            .organization_id(&organization)
            .role_id(role.id.to_string())
            .body(types::RoleMembershipCreate { user_uuid: member.uuid })
            .send()
            .await
            .unwrap();
        let cimd_token = admin
            .cimd_verification_token_create()
            .organization_id(&organization)
            .body(types::CimdVerificationTokenCreate {
                label: "fixture".into(),
                cimd_url: "https://fixture.example/client.json".into(),
            })
            .send()
            .await
            .unwrap();
        let domain = admin
            .domain_create()
            .organization_id(&organization)
            .body(types::OrganizationDomainCreate {
                domain: "fixture.example.com".into(),
                saml_entity_id: None,
                saml_acs_url: None,
                saml_x509_cert: None,
            })
            .send()
            .await
            .unwrap();
        let reference = admin
            .role_external_reference_create()
            .organization_id(&organization)
            .body(types::RoleExternalReferenceCreate {
                provider: "github".into(),
                provider_organization_id: "fixture".into(),
                provider_role_id: "1".into(),
                provider_role_slug: Some("fixture-team".into()),
                provider_role_name: "Fixture team".into(),
                role: role.id,
            })
            .send()
            .await
            .unwrap();
        let proxy_record = admin
            .proxy_record_create()
            .organization_id(&organization)
            .body(types::ProxyRecordCreate {
                domain: "e.fixture.example".into(),
            })
            .send()
            .await
            .unwrap();
        // An endpoint with a delivery (this server refuses the POST), then
        // disabled: nothing more is sent to it.
        let webhook = admin
            .webhook_create()
            .organization_id(&organization)
            .body(types::WebhookCreate {
                url: format!("{}/_health", ctx.base_url),
                description: None,
                event_types: None,
                enabled: None,
            })
            .send()
            .await
            .unwrap();
        let mut delivered = false;
        for _ in 0..250 {
            let deliveries = admin
                .webhook_delivery_list()
                .organization_id(&organization)
                .webhook_id(webhook.id.to_string())
                .send()
                .await
                .unwrap();
            if !deliveries.results.is_empty() {
                delivered = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert!(delivered, "the fixture's endpoint got no delivery");
        admin
            .webhook_patch()
            .organization_id(&organization)
            .webhook_id(webhook.id.to_string())
            .body(types::WebhookPatch {
                enabled: Some(false),
                ..Default::default()
            })
            .send()
            .await
            .unwrap();
        let newest = admin
            .advanced_activity_log_list()
            .organization_id(&organization)
            .send()
            .await
            .unwrap()
            .into_inner()
            .results
            .remove(0);
        let event = crate::activity_logs::entry(newest).id;
        Fixture {
            project: org.teams[0].id.to_string(),
            role_external_reference: reference.id.to_string(),
            proxy_record: proxy_record.id.to_string(),
            webhook: webhook.id.to_string(),
            event: event.to_string(),
            organization,
            member: member.uuid.to_string(),
            invite: invite.id.to_string(),
            key: key.results[0].id.to_string(),
            role: role.id.to_string(),
            role_membership: role_membership.id.to_string(),
            cimd_token: cimd_token.id.to_string(),
            domain: domain.id.to_string(),
            ctx,
        }
    }

    pub fn path(&self, template: &str) -> String {
        fill_path(template, |parameter| match parameter {
            "organization_id" => self.organization.clone(),
            "user_uuid" => self.member.clone(),
            "uuid" => "@me".to_string(),
            "invite_id" => self.invite.clone(),
            "id" if template.contains("/projects/") => self.project.clone(),
            "id" => self.key.clone(),
            "role_id" => self.role.clone(),
            "role_membership_id" => self.role_membership.clone(),
            "token_id" => self.cimd_token.clone(),
            "domain_id" => self.domain.clone(),
            "reference_id" => self.role_external_reference.clone(),
            "proxy_record_id" => self.proxy_record.clone(),
            "webhook_id" => self.webhook.clone(),
            "event_id" => self.event.clone(),
            other => panic!("no fixture for path parameter {other}"),
        })
    }

    /// The query an operation needs to reach its logic (its required
    /// parameters), or "".
    pub fn query(&self, operation_id: &str) -> &'static str {
        match operation_id {
            "role_external_reference_lookup" => {
                "?provider=github&provider_organization_id=fixture&provider_role_id=1"
            }
            _ => "",
        }
    }

    /// The staff user's organizations, keys, and what lives under the
    /// fixture organization: what a refused request must not have changed.
    async fn state(&self) -> Value {
        let admin = self.ctx.admin();
        let organizations = admin.organization_list().send().await.unwrap();
        let keys = admin.personal_api_key_list().send().await.unwrap();
        let invites = admin
            .invite_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap();
        let members = admin
            .member_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap();
        let roles = admin
            .role_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap();
        let tokens = admin
            .cimd_verification_token_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap();
        let domains = admin
            .domain_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap();
        let references = admin
            .role_external_reference_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap();
        // The records as they were created: the provisioning task may move
        // their status meanwhile.
        let proxies = admin
            .proxy_record_list()
            .organization_id(&self.organization)
            .send()
            .await
            .unwrap()
            .into_inner()
            .results
            .into_iter()
            .map(|record| (record.id, record.domain, record.target_cname))
            .collect::<Vec<_>>();
        serde_json::to_value((
            (organizations.into_inner(), keys.into_inner().count),
            (invites.into_inner(), members.into_inner()),
            (roles.into_inner(), tokens.into_inner(), domains.into_inner()),
            (references.into_inner(), proxies),
        ))
        .unwrap()
    }
}

/// Operations with a JSON request body: (method, path, operation).
fn operations_with_body() -> Vec<(Method, String, Value)> {
    document_operations()
        .into_iter()
        .filter(|(_, _, operation)| operation.get("requestBody").is_some())
        .collect()
}

#[tokio::test]
async fn test_hostile_bodies_on_every_operation() {
    let fixture = Fixture::new().await;
    let ctx = &fixture.ctx;
    let before = fixture.state().await;
    let json = Some("application/json");
    let nested = |open: &str, close: &str| {
        format!("{}{}", open.repeat(100_000), close.repeat(100_000))
    };
    let mut oversized = b"{\"name\": \"".to_vec();
    oversized.extend(std::iter::repeat_n(b'a', 2 * 1024 * 1024));
    oversized.extend(b"\"}");
    let operations = operations_with_body();
    assert!(operations.len() >= 10, "{} operations", operations.len());
    for (method, template, operation) in &operations {
        let path = fixture.path(template);
        let id = operation["operationId"].as_str().unwrap();
        let send = |content_type, body: Vec<u8>| {
            raw(ctx, method.clone(), &path, content_type, body)
        };
        for content_type in ["text/plain", "application/xml", ""] {
            assert_body(
                send(Some(content_type), b"{}".to_vec()).await,
                (415, "invalid_request", "unsupported_media_type", None),
            );
        }
        // Form and multipart bodies are read (as PostHog's are), and
        // refused when they are not what they say.
        for content_type in
            ["multipart/form-data; boundary=x", "multipart/form-data"]
        {
            assert_body(
                send(Some(content_type), b"{}".to_vec()).await,
                (400, "invalid_request", "parse_error", None),
            );
        }
        let (status, body) = send(
            Some("application/x-www-form-urlencoded"),
            b"name=%00".to_vec(),
        )
        .await;
        assert_eq!(status, 400, "{id}: {body}");
        assert_eq!(body["code"], "null_characters_not_allowed", "{id}: {body}");
        for invalid_utf8 in [
            &b"{\"name\": \"\xff\xfe\"}"[..],
            b"\xc3\x28",
            b"[\"\xed\xa0\x80\"]",
        ] {
            assert_body(
                send(json, invalid_utf8.to_vec()).await,
                (400, "invalid_request", "parse_error", None),
            );
        }
        assert_body(
            send(json, oversized.clone()).await,
            (413, "invalid_request", "request_too_large", None),
        );
        for deep in
            [nested("[", "]"), nested("{\"a\":", "}"), nested("[{\"a\":", "}]")]
        {
            let (status, body) = send(json, deep.into_bytes()).await;
            assert_eq!(status, 400, "{id}: {body}");
            assert!(body["code"].is_string(), "{id}: {body}");
        }
    }
    assert_eq!(fixture.state().await, before);
    // An absent body is `{}`, as in PostHog: accepted only where the
    // document says the body is optional.
    for (method, template, operation) in &operations {
        let id = operation["operationId"].as_str().unwrap();
        let required = operation["requestBody"]["required"] != false;
        let (status, body) =
            raw(ctx, method.clone(), &fixture.path(template), json, Vec::new())
                .await;
        assert_eq!(
            (200..300).contains(&status),
            !required,
            "{id} without a body: {status} {body}"
        );
    }
    ctx.assert_store_consistent().await;
    fixture.ctx.cleanup().await;
}

#[tokio::test]
async fn test_hostile_ids_in_every_path() {
    let fixture = Fixture::new().await;
    let ctx = &fixture.ctx;
    let before = fixture.state().await;
    let long = "a".repeat(10_000);
    let hostile_ids = [
        "not-a-uuid",
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "-1",
        "1e309",
        "%00",
        "%FF%FE",
        "%C3%28",
        "..%2F..",
        "%7B%7D",
        "@current%00",
        "\u{1F600}",
        &long,
    ];
    let mut checked = 0;
    for (method, template, operation) in document_operations() {
        if !template.contains('{') {
            continue;
        }
        let id = operation["operationId"].as_str().unwrap();
        let body = operation.get("requestBody").map(|_| valid_body(id));
        for hostile in &hostile_ids {
            // One parameter at a time, the others real.
            for parameter in ["organization_id", "user_uuid", "invite_id", "id"]
            {
                if !template.contains(&format!("{{{parameter}}}")) {
                    continue;
                }
                let path = fill_path(&template, |name| {
                    if name == parameter {
                        hostile.to_string()
                    } else {
                        fixture.path(&format!("{{{name}}}"))
                    }
                });
                let bytes = body.as_ref().map(|b| b.to_string().into_bytes());
                let (status, response) = raw(
                    ctx,
                    method.clone(),
                    &path,
                    Some("application/json"),
                    bytes.unwrap_or_default(),
                )
                .await;
                assert!(
                    status == 404 || status == 400,
                    "{id} with {parameter}={hostile}: {status} {response}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} requests");
    assert_eq!(fixture.state().await, before);
    ctx.assert_store_consistent().await;
    fixture.ctx.cleanup().await;
}

#[tokio::test]
async fn test_hostile_huge_limit_and_offset_on_every_list() {
    let fixture = Fixture::new().await;
    let ctx = &fixture.ctx;
    let mut lists = 0;
    for (method, template, operation) in document_operations() {
        let takes = |name: &str| {
            operation["parameters"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| p["name"] == name))
        };
        if !takes("limit") || !takes("offset") {
            continue;
        }
        lists += 1;
        let path = fixture.path(&template);
        let id = operation["operationId"].as_str().unwrap();
        let max = u64::MAX;
        for (query, expect_results) in [
            (format!("limit={max}"), true),
            ("limit=100000000000000000000000000000".to_string(), true),
            (format!("limit={max}&offset={max}"), false),
            ("offset=100000000000000000000000000000".to_string(), false),
            (format!("limit=1000&offset={}", max - 1), false),
        ] {
            let (status, page) = raw(
                ctx,
                method.clone(),
                &format!("{path}?{query}"),
                None,
                vec![],
            )
            .await;
            assert_eq!(status, 200, "{id}?{query}: {page}");
            let results = page["results"].as_array().unwrap();
            assert_eq!(!results.is_empty(), expect_results, "{id}?{query}");
            assert!(results.len() <= 1000);
            assert_eq!(page["next"], Value::Null, "{id}?{query}");
        }
        for (query, attr) in [
            ("limit=-1", "limit"),
            ("offset=-1", "offset"),
            ("limit=1e3", "limit"),
            ("offset=%FF", "offset"),
            ("limit=", "limit"),
        ] {
            assert_body(
                raw(
                    ctx,
                    method.clone(),
                    &format!("{path}?{query}"),
                    None,
                    vec![],
                )
                .await,
                (400, "validation_error", "invalid", Some(attr)),
            );
        }
    }
    assert!(lists >= 4, "only {lists} lists");
    fixture.ctx.cleanup().await;
}

/// A body each operation accepts (as far as its fields go), which the
/// long-string test breaks one text field at a time. Every operation with a
/// request body needs an entry.
fn valid_body(operation_id: &str) -> Value {
    let organization = json!({
        "name": "Valid",
        "logo_media_id": null,
        "default_experiment_stats_method": "bayesian",
        "default_role_id": null,
    });
    let invite = json!({
        "target_email": "someone@example.com",
        "first_name": "Some",
        "message": "Welcome",
        "send_email": false,
    });
    let key = json!({
        "label": "valid",
        "scopes": ["user:read"],
        "scoped_organizations": [],
    });
    match operation_id {
        "organization_create"
        | "organization_update"
        | "organization_patch" => organization,
        "user_update" | "user_patch" => json!({
            "first_name": "First",
            "last_name": "Last",
            "set_current_organization": null,
        }),
        "user_create" => json!({
            "email": "new@example.com",
            "first_name": "First",
            "last_name": "Last",
            "personal_api_key": key,
        }),
        "personal_api_key_create" => key,
        "member_update" | "member_patch" => json!({"level": 1}),
        "invite_create" => invite,
        "invite_bulk_create" => json!([invite]),
        "role_create" | "role_update" | "role_patch" => {
            json!({"name": "Valid role"})
        }
        "role_membership_create" => {
            json!({"user_uuid": "00000000-0000-4000-8000-000000000001"})
        }
        "cimd_verification_token_create" => json!({
            "label": "valid",
            "cimd_url": "https://partner.example/client.json",
        }),
        "cimd_verification_token_match" => json!({
            "cimd_url": "https://partner.example/client.json",
            "document": {"com.posthog": {"verification_token": "phvt_unknown"}},
        }),
        "domain_create" => json!({
            "domain": "valid.example.com",
            "saml_entity_id": "https://idp.example.com",
            "saml_acs_url": "https://idp.example.com/acs",
        }),
        "domain_update" | "domain_patch" => json!({
            "sso_enforcement": "",
            "saml_entity_id": "https://idp.example.com",
        }),
        "role_external_reference_create" => json!({
            "provider": "linear",
            "provider_organization_id": "valid",
            "provider_role_id": "abc-123",
            "provider_role_slug": "valid",
            "provider_role_name": "Valid",
            "role": "00000000-0000-4000-8000-000000000001",
        }),
        "proxy_record_create" => json!({"domain": "e.valid.example"}),
        "project_create" | "project_update" | "project_patch" => json!({
            "name": "Valid project",
            "product_description": "valid",
            "timezone": "UTC",
            "session_recording_trigger_match_type_config": "all",
        }),
        "project_change_organization" => json!({
            "organization_id": "00000000-0000-4000-8000-000000000001",
        }),
        "advanced_activity_log_export" => json!({"format": "ndjson"}),
        "webhook_create" | "webhook_patch" => json!({
            "url": "https://93.184.216.34/valid",
            "description": "valid",
            "event_types": ["Role"],
            "enabled": false,
        }),
        "webhook_replay" => json!({"since": "2026-01-01T00:00:00Z"}),
        other => panic!("hostile.rs: add a valid body for {other}"),
    }
}

/// One step into a JSON value.
#[derive(Clone, Debug)]
enum Step {
    Field(String),
    First,
}

/// The text fields (strings, string enums, UUIDs) of a schema, with the
/// path to each (arrays: their first item).
fn text_fields(
    schema: &Value,
    components: &Value,
    at: &[Step],
    found: &mut Vec<Vec<Step>>,
) {
    let resolved = resolve(schema, components);
    if resolved["type"] == "string" || resolved["enum"].is_array() {
        found.push(at.to_vec());
    } else if resolved["type"] == "array" {
        let mut item = at.to_vec();
        item.push(Step::First);
        text_fields(&resolved["items"], components, &item, found);
    } else if let Some(properties) = resolved["properties"].as_object() {
        for (name, property) in properties {
            let mut field = at.to_vec();
            field.push(Step::Field(name.clone()));
            text_fields(property, components, &field, found);
        }
    }
}

/// A schema with `$ref` and single-entry `allOf` followed.
fn resolve<'a>(schema: &'a Value, components: &'a Value) -> &'a Value {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        return resolve(&components[name], components);
    }
    match schema["allOf"].as_array().map(Vec::as_slice) {
        Some([only]) => resolve(only, components),
        _ => schema,
    }
}

/// Sets the value at `path` inside `body`, making objects and arrays on
/// the way.
fn set(body: &mut Value, path: &[Step], value: Value) {
    let Some((step, rest)) = path.split_first() else {
        *body = value;
        return;
    };
    let child = match step {
        Step::Field(name) => {
            if !body.is_object() {
                *body = json!({});
            }
            body.as_object_mut()
                .unwrap()
                .entry(name.clone())
                .or_insert(Value::Null)
        }
        Step::First => {
            if body.as_array().is_none_or(|items| items.is_empty()) {
                *body = json!([null]);
            }
            &mut body.as_array_mut().unwrap()[0]
        }
    };
    set(child, rest, value);
}

/// PostHog's `attr` for a path: names joined with `__`.
fn attr(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Field(name) => name.clone(),
            Step::First => "0".to_string(),
        })
        .collect::<Vec<_>>()
        .join("__")
}

#[tokio::test]
async fn test_hostile_long_strings_in_every_text_field() {
    let fixture = Fixture::new().await;
    let ctx = &fixture.ctx;
    let before = fixture.state().await;
    let document: Value =
        serde_json::from_str(orgbase::OPENAPI_DOCUMENT).unwrap();
    let components = &document["components"]["schemas"];
    let long = "x".repeat(100_000);
    let mut checked = 0;
    for (method, template, operation) in operations_with_body() {
        let id = operation["operationId"].as_str().unwrap();
        let schema =
            &operation["requestBody"]["content"]["application/json"]["schema"];
        let mut fields = Vec::new();
        text_fields(schema, components, &[], &mut fields);
        for field in fields {
            let mut body = valid_body(id);
            set(&mut body, &field, json!(long));
            let (status, error) = raw(
                ctx,
                method.clone(),
                &fixture.path(&template),
                Some("application/json"),
                body.to_string().into_bytes(),
            )
            .await;
            let expected = attr(&field);
            assert_eq!(status, 400, "{id} with a long {expected}: {error}");
            assert!(
                error["attr"]
                    .as_str()
                    .is_some_and(|a| a.starts_with(&expected)),
                "{id} with a long {expected}: {error}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} text fields");
    // Long text in the query's filters finds nothing, without failing.
    let members =
        format!("/api/organizations/{}/members/", fixture.organization);
    for filter in ["email", "search"] {
        let query = format!("{members}?{filter}={}", "y".repeat(10_000));
        let (status, page) = raw(ctx, Method::GET, &query, None, vec![]).await;
        assert_eq!(
            (status, page["count"].as_u64()),
            (200, Some(0)),
            "{filter}"
        );
    }
    assert_eq!(fixture.state().await, before);
    ctx.assert_store_consistent().await;
    fixture.ctx.cleanup().await;
}

/// Credentials that are not text are refused like any bad credentials.
#[tokio::test]
async fn test_hostile_authorization_header_bytes() {
    let ctx = TestContext::new().await;
    let url = format!("{}/api/users/@me/", ctx.base_url);
    for header in [
        &b"Bearer \xff\xfe"[..],
        b"Bearer phx_\x80\x81",
        b"\xc3\x28 phx_x",
        format!("Bearer {ADMIN_KEY}\u{e9}").as_bytes(),
    ] {
        let response = reqwest::Client::new()
            .get(&url)
            .header(
                "authorization",
                reqwest::header::HeaderValue::from_bytes(header).unwrap(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401, "{header:?}");
    }
    let error =
        api_error(ctx.client("phx_").user_view().uuid("@me").send().await);
    assert_eq!(error.0, 401);
    ctx.cleanup().await;
}

/// A null character in any text of a body is refused, naming the field,
/// as PostHog refuses it (PostgreSQL could not store it either), and
/// nothing is stored.
#[tokio::test]
async fn test_hostile_null_characters_are_refused() {
    let ctx = TestContext::new().await;
    let org = create_organization(&ctx.admin(), "Nul").await;
    let json = Some("application/json");
    let (status, body) = raw(
        &ctx,
        Method::POST,
        "/api/organizations/",
        json,
        br#"{"name": "a\u0000b"}"#.to_vec(),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["code"], "null_characters_not_allowed");
    assert_eq!(body["attr"], "name");
    let (status, body) = raw(
        &ctx,
        Method::POST,
        &format!("/api/organizations/{}/invites/bulk/", org.id),
        json,
        br#"[{"target_email": "a@example.com"},
             {"target_email": "b@example.com", "first_name": "x\u0000"}]"#
            .to_vec(),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["attr"], "1__first_name");
    // An escaped backslash followed by `u0000` is text, not a null.
    let (status, body) = raw(
        &ctx,
        Method::POST,
        "/api/organizations/",
        json,
        br#"{"name": "a\\u0000b"}"#.to_vec(),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let invites = ctx
        .admin()
        .invite_list()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(invites.count, 0, "the refused bulk stored nothing");
    ctx.cleanup().await;
}
