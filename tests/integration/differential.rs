//! The two backends behave as one: seeded sequences of requests over the
//! whole API and SCIM surface run against a sled server and a PostgreSQL
//! server in lockstep, and every answer must be the same on both.
//!
//! ## How
//! proptest-state-machine generates each sequence (and shrinks a failing
//! one to a short one). A step names an operation, the acting user, and a
//! few small numbers that pick its targets and its body: targets are
//! picked among the objects the sequence has made so far (by position, so
//! both servers pick the same object under its own id), or an id that
//! exists nowhere. Bodies come from small pools that include conflicts,
//! bad values and the limits. Each sequence starts from the same baseline
//! on both servers (users with keys of different scopes, an organization
//! with an admin and a member, a role, a domain verified against the test
//! DNS with SCIM on), made through the same steps.
//!
//! After every step, both answers (status and body) must be equal once
//! what each server generates is renamed through its own table, built as
//! the sequence runs: ids, keys, tokens, masks, hashes, timestamps, slugs'
//! random suffixes, challenges, SCIM versions and the server's address
//! each become `<kind#n>`, numbered by first appearance. So an id is the
//! same object on both only if it first appeared at the same point, and
//! lists must come in the same order. At the end, both stores' exports
//! must be equal under the same tables, and both stores must pass every
//! check (`orgbase check`'s, values included).
//!
//! ## Budget
//! `ORGBASE_DIFFERENTIAL_CASES` sequences (default 24) of up to
//! `ORGBASE_DIFFERENTIAL_STEPS` steps (default 80), from
//! `ORGBASE_DIFFERENTIAL_SEED` (default fixed, so CI runs the same
//! sequences every time). A failure prints the seed, the shortened
//! sequence and the first differing answers, and keeps both servers' logs
//! and data in the test's evidence directory.

use crate::common::Options;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use crate::dns_server::DnsServer;
use crate::dns_server::Zone;
use proptest::prelude::*;
use proptest::test_runner::Config;
use proptest::test_runner::RngAlgorithm;
use proptest::test_runner::TestError;
use proptest::test_runner::TestRng;
use proptest::test_runner::TestRunner;
use proptest_state_machine::ReferenceStateMachine;
use proptest_state_machine::StateMachineTest;
use serde_json::json;
use serde_json::Value;
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::OnceLock;

/// Every operation a step may take: the document's, by operation id, and
/// SCIM's routes.
const OPERATIONS: &[&str] = &[
    "health",
    "ready",
    "cimd_verification_token_match",
    "organization_list",
    "organization_create",
    "organization_delete",
    "organization_view",
    "organization_patch",
    "organization_update",
    "cimd_verification_token_list",
    "cimd_verification_token_create",
    "cimd_verification_token_delete",
    "cimd_verification_token_view",
    "domain_list",
    "domain_create",
    "domain_delete",
    "domain_view",
    "domain_patch",
    "domain_update",
    "domain_scim_logs",
    "domain_scim_token",
    "domain_verify",
    "invite_list",
    "invite_create",
    "invite_bulk_create",
    "invite_delete",
    "member_list",
    "member_delete",
    "member_patch",
    "member_update",
    "member_github_login",
    "member_scoped_api_keys",
    "proxy_record_list",
    "proxy_record_create",
    "proxy_record_delete",
    "proxy_record_view",
    "proxy_record_diagnose",
    "proxy_record_retry",
    "project_list",
    "project_create",
    "project_view",
    "project_patch",
    "project_update",
    "project_delete",
    "project_change_organization",
    "project_reset_token",
    "project_rotate_secret_token",
    "project_delete_secret_token_backup",
    "project_is_generating_demo_data",
    "project_view_root",
    "role_external_reference_list",
    "role_external_reference_create",
    "role_external_reference_lookup",
    "role_external_reference_delete",
    "advanced_activity_log_list",
    "advanced_activity_log_available_filters",
    "advanced_activity_log_export",
    "webhook_list",
    "webhook_create",
    "webhook_view",
    "webhook_patch",
    "webhook_delete",
    "webhook_rotate_secret",
    "webhook_delivery_list",
    "webhook_delivery_retry",
    "webhook_replay",
    "role_list",
    "role_create",
    "role_delete",
    "role_view",
    "role_patch",
    "role_update",
    "role_membership_list",
    "role_membership_create",
    "role_membership_delete",
    "role_membership_view",
    "personal_api_key_list",
    "personal_api_key_create",
    "personal_api_key_delete",
    "personal_api_key_view",
    "signup_view",
    "signup_accept",
    "user_list",
    "user_create",
    "user_view",
    "user_patch",
    "user_update",
    "scim_user_list",
    "scim_user_search",
    "scim_user_create",
    "scim_user_get",
    "scim_user_put",
    "scim_user_patch",
    "scim_user_delete",
    "scim_group_list",
    "scim_group_search",
    "scim_group_create",
    "scim_group_get",
    "scim_group_put",
    "scim_group_patch",
    "scim_group_delete",
    "scim_service_provider_config",
    "scim_resource_types",
    "scim_schemas",
];

/// An id that names nothing on either server.
const NOWHERE: &str = "00000000-0000-7000-8000-000000000000";
/// The baseline's SCIM domain; the acting users' addresses are in it.
const SCIM_DOMAIN: &str = "acme.test";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";

/// One step: an operation, who takes it, and numbers that pick its target
/// and body.
#[derive(Clone)]
pub struct Step {
    operation: usize,
    actor: u8,
    a: u8,
    b: u8,
    c: u8,
}

impl std::fmt::Debug for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Step { operation, actor, a, b, c } = self;
        let name = OPERATIONS[*operation];
        write!(f, "{name}(actor {actor}, a {a}, b {b}, c {c})")
    }
}

/// The generator: sequences of independent steps. Targets are resolved
/// against what the servers made, so any sequence is valid and any part
/// of one is too (which is what lets a failure shrink).
struct Sequences;

impl ReferenceStateMachine for Sequences {
    type State = ();
    type Transition = Step;

    fn init_state() -> BoxedStrategy<()> {
        Just(()).boxed()
    }

    fn transitions(_: &()) -> BoxedStrategy<Step> {
        (
            0..OPERATIONS.len(),
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
        )
            .prop_map(|(operation, actor, a, b, c)| Step {
                operation,
                actor,
                a,
                b,
                c,
            })
            .boxed()
    }

    fn apply((): (), _: &Step) {}
}

/// The objects one server made, in the order it made them.
#[derive(Default)]
struct Handles {
    /// Acting users' keys (0: the bootstrap staff user).
    actor_keys: Vec<String>,
    /// Users' UUIDs (the acting users first).
    users: Vec<String>,
    api_keys: Vec<String>,
    organizations: Vec<String>,
    invites: Vec<String>,
    roles: Vec<(String, String)>,
    role_memberships: Vec<(String, String, String)>,
    cimd_tokens: Vec<(String, String)>,
    cimd_values: Vec<String>,
    domains: Vec<(String, String)>,
    /// Domains with SCIM on: id, token, name.
    scim: Vec<(String, String, String)>,
    references: Vec<(String, String)>,
    proxy_records: Vec<(String, String)>,
    /// Webhook endpoints, all disabled (deliveries would run on each
    /// server's own time).
    webhooks: Vec<(String, String)>,
    /// Projects: organization and numeric id.
    projects: Vec<(String, String)>,
    scim_users: Vec<String>,
    scim_groups: Vec<String>,
}

fn pick<T: Clone>(list: &[T], at: u8) -> Option<T> {
    (!list.is_empty()).then(|| list[usize::from(at) % list.len()].clone())
}

impl Handles {
    fn organization(&self, at: u8) -> String {
        if at % 8 == 7 {
            return "@current".to_string();
        }
        pick(&self.organizations, at).unwrap_or_else(|| NOWHERE.into())
    }

    fn user(&self, at: u8) -> String {
        if at % 9 == 8 {
            return "@me".to_string();
        }
        pick(&self.users, at).unwrap_or_else(|| NOWHERE.into())
    }

    fn pair(list: &[(String, String)], at: u8, org: &str) -> (String, String) {
        pick(list, at).unwrap_or_else(|| (org.to_string(), NOWHERE.into()))
    }
}

/// A request to one server.
struct Request {
    method: reqwest::Method,
    path: String,
    body: Option<Value>,
    /// The bearer token (a personal API key or a SCIM token).
    token: Option<String>,
}

/// Who acts, by a step's `actor`: 0 the staff user, 1 the baseline
/// organization's owner, 2 its admin, 3 its member (a narrow key).
const ACTORS: [usize; 8] = [1, 1, 1, 2, 2, 3, 0, 1];
const NAMES: [&str; 7] = ["Acme", "acme", "Beta", "  ", "Ünïcode", "Ops", ""];
const LEVELS: [u8; 4] = [1, 8, 15, 3];
const DOMAINS: [&str; 5] =
    ["beta.test", "Acme.test", "bad domain", "sub.beta.test", "gamma.test"];
/// Webhook endpoints' URLs: one valid, the rest refused.
const WEBHOOK_URLS: [&str; 4] = [
    "https://93.184.216.34/hook",
    "http://127.0.0.1/hook",
    "https://localhost/hook",
    "ftp://93.184.216.34/hook",
];

const PROXY_DOMAINS: [&str; 4] =
    ["e.beta.test", "p.gamma.test", "Bad Host", "e.beta.test"];

fn name(at: u8) -> String {
    match at % 10 {
        8 => "x".repeat(70),
        9 => format!("Role {}", at % 3),
        n => NAMES[usize::from(n) % NAMES.len()].to_string(),
    }
}

fn email(at: u8) -> String {
    match at % 8 {
        7 => "not-an-email".to_string(),
        6 => format!("outside{}@elsewhere.test", at % 2),
        n => format!("u{}@{SCIM_DOMAIN}", n % 5),
    }
}

fn level(at: u8) -> u8 {
    LEVELS[usize::from(at) % LEVELS.len()]
}

fn scopes(at: u8) -> Value {
    match at % 5 {
        0 => json!(["*"]),
        1 => json!(["organization:read"]),
        2 => json!(["organization:write", "organization_member:write"]),
        3 => json!(["user:read", "personal_api_key:write"]),
        _ => json!(["bogus:scope"]),
    }
}

/// The method of one of a pair of operations on one path, by its name:
/// `..._patch` and `..._update`, `..._view` and `..._delete`.
fn method_of(operation: &str) -> reqwest::Method {
    if operation.ends_with("_patch") {
        reqwest::Method::PATCH
    } else if operation.ends_with("_update") {
        reqwest::Method::PUT
    } else if operation.ends_with("_view") {
        reqwest::Method::GET
    } else {
        reqwest::Method::DELETE
    }
}

/// The request a step makes on a server whose objects are `h`.
fn request(step: &Step, h: &Handles) -> Request {
    use reqwest::Method;
    let Step { a, b, c, .. } = *step;
    // The organization's owner acts most, then its admin and member, then
    // the staff user who belongs to none of it.
    let actor = ACTORS[usize::from(step.actor) % ACTORS.len()];
    let key = h
        .actor_keys
        .get(actor)
        .cloned()
        .unwrap_or_else(|| ADMIN_KEY.to_string());
    let org = h.organization(a);
    let api = |method: Method, path: String, body: Option<Value>| Request {
        method,
        path,
        body,
        token: Some(key.clone()),
    };
    let (scim_domain, scim_token, scim_name) =
        pick(&h.scim, a).unwrap_or_else(|| {
            (NOWHERE.into(), "phscim_x".into(), "none.test".into())
        });
    // One SCIM request in eight carries a wrong token.
    let scim_token =
        if c % 8 == 7 { "phscim_wrong".into() } else { scim_token };
    let scim = |method: Method, path: String, body: Option<Value>| Request {
        method,
        path: format!("/scim/v2/{scim_domain}{path}"),
        body,
        token: Some(scim_token.clone()),
    };
    let scim_user = pick(&h.scim_users, b).unwrap_or(NOWHERE.into());
    let scim_group = pick(&h.scim_groups, b).unwrap_or(NOWHERE.into());
    let (role_org, role) = Handles::pair(&h.roles, b, &org);
    let (token_org, token) = Handles::pair(&h.cimd_tokens, b, &org);
    let (domain_org, domain) = Handles::pair(&h.domains, b, &org);
    let (reference_org, reference) = Handles::pair(&h.references, b, &org);
    let (proxy_org, proxy) = Handles::pair(&h.proxy_records, b, &org);
    let (webhook_org, webhook) = Handles::pair(&h.webhooks, b, &org);
    let webhook_path =
        format!("/api/organizations/{webhook_org}/webhooks/{webhook}/");
    let (project_org, project) = Handles::pair(&h.projects, b, &org);
    let project_path =
        format!("/api/organizations/{project_org}/projects/{project}/");
    let invite = pick(&h.invites, b).unwrap_or(NOWHERE.into());
    let user = h.user(b);
    let bool_of = |n: u8| n.is_multiple_of(2);
    let operation = OPERATIONS[step.operation];
    match operation {
        "health" => api(Method::GET, "/_health".into(), None),
        "ready" => api(Method::GET, "/_ready".into(), None),
        "cimd_verification_token_match" => {
            let value = pick(&h.cimd_values, b).unwrap_or_default();
            let document = match c % 3 {
                0 => json!({"com.posthog": {"verification_token": value}}),
                1 => json!({"posthog_verification_token": value}),
                _ => json!({"other": true}),
            };
            let url = format!("https://p{}.example/cimd.json", c % 2);
            api(
                Method::POST,
                "/api/cimd_verification_tokens/match/".into(),
                Some(json!({"cimd_url": url, "document": document})),
            )
        }
        "organization_list" => api(
            Method::GET,
            format!("/api/organizations/?limit={}&offset={}", 1 + b % 3, c % 3),
            None,
        ),
        "organization_create" => api(
            Method::POST,
            "/api/organizations/".into(),
            Some(json!({"name": name(c)})),
        ),
        "organization_delete" => {
            api(Method::DELETE, format!("/api/organizations/{org}/"), None)
        }
        "organization_view" => {
            api(Method::GET, format!("/api/organizations/{org}/"), None)
        }
        "organization_patch" | "organization_update" => {
            let body = match c % 6 {
                0 => json!({"name": name(b)}),
                1 => json!({"is_member_join_email_enabled": bool_of(b)}),
                2 => json!({"members_can_use_personal_api_keys": bool_of(b)}),
                3 => json!({"default_role_id": pick(&h.roles, b).map(|r| r.1)}),
                4 => json!({"enforce_2fa": bool_of(b)}),
                _ => json!({"name": 42}),
            };
            let method = method_of(operation);
            api(method, format!("/api/organizations/{org}/"), Some(body))
        }
        "cimd_verification_token_list" => api(
            Method::GET,
            format!("/api/organizations/{org}/cimd_verification_tokens/"),
            None,
        ),
        "cimd_verification_token_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/cimd_verification_tokens/"),
            Some(json!({
                "label": name(b),
                "cimd_url": if c % 4 == 3 {
                    "http://insecure.example/".to_string()
                } else {
                    format!("https://p{}.example/cimd.json", c % 2)
                },
            })),
        ),
        "cimd_verification_token_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{token_org}/cimd_verification_tokens/{token}/"),
            None,
        ),
        "cimd_verification_token_view" => api(
            Method::GET,
            format!("/api/organizations/{token_org}/cimd_verification_tokens/{token}/"),
            None,
        ),
        "domain_list" => {
            api(Method::GET, format!("/api/organizations/{org}/domains/"), None)
        }
        "domain_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/domains/"),
            Some(json!({"domain": DOMAINS[usize::from(c) % DOMAINS.len()]})),
        ),
        "domain_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{domain_org}/domains/{domain}/"),
            None,
        ),
        "domain_view" => api(
            Method::GET,
            format!("/api/organizations/{domain_org}/domains/{domain}/"),
            None,
        ),
        "domain_patch" | "domain_update" => {
            let body = match c % 5 {
                0 => json!({"scim_enabled": bool_of(b)}),
                1 => json!({"jit_provisioning_enabled": bool_of(b)}),
                2 => json!({"sso_enforcement": (["github", "", "saml"][usize::from(b) % 3])}),
                3 => json!({"saml_entity_id": "https://idp.example/", "saml_acs_url": "https://idp.example/acs"}),
                _ => json!({"scim_enabled": "yes"}),
            };
            let method = method_of(operation);
            api(
                method,
                format!("/api/organizations/{domain_org}/domains/{domain}/"),
                Some(body),
            )
        }
        "domain_scim_logs" => api(
            Method::GET,
            format!(
                "/api/organizations/{domain_org}/domains/{domain}/scim/logs/?page_size={}&status_min={}",
                1 + c % 3,
                [0, 400][usize::from(b) % 2]
            ),
            None,
        ),
        "domain_scim_token" => api(
            Method::POST,
            format!("/api/organizations/{domain_org}/domains/{domain}/scim/token/"),
            None,
        ),
        "domain_verify" => api(
            Method::POST,
            format!("/api/organizations/{domain_org}/domains/{domain}/verify/"),
            None,
        ),
        "invite_list" => {
            api(Method::GET, format!("/api/organizations/{org}/invites/"), None)
        }
        "invite_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/invites/"),
            Some(json!({
                "target_email": email(c),
                "level": level(b),
                "send_email": false,
                "combine_pending_invites": b % 3 == 0,
            })),
        ),
        "invite_bulk_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/invites/bulk/"),
            Some(json!([
                {"target_email": email(c), "level": level(b), "send_email": false},
                {"target_email": email(b), "level": level(c), "send_email": false},
            ])),
        ),
        "invite_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{org}/invites/{invite}/"),
            None,
        ),
        "member_list" => {
            api(Method::GET, format!("/api/organizations/{org}/members/"), None)
        }
        "member_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{org}/members/{user}/"),
            None,
        ),
        "member_patch" | "member_update" => {
            let method = method_of(operation);
            api(
                method,
                format!("/api/organizations/{org}/members/{user}/"),
                Some(json!({"level": level(c)})),
            )
        }
        "member_github_login" => api(
            Method::GET,
            format!("/api/organizations/{org}/members/{user}/github_login/"),
            None,
        ),
        "member_scoped_api_keys" => api(
            Method::GET,
            format!("/api/organizations/{org}/members/{user}/scoped_api_keys/"),
            None,
        ),
        "proxy_record_list" => api(
            Method::GET,
            format!("/api/organizations/{org}/proxy_records/"),
            None,
        ),
        "proxy_record_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/proxy_records/"),
            Some(json!({"domain": PROXY_DOMAINS[usize::from(c) % PROXY_DOMAINS.len()]})),
        ),
        "proxy_record_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{proxy_org}/proxy_records/{proxy}/"),
            None,
        ),
        "proxy_record_view" => api(
            Method::GET,
            format!("/api/organizations/{proxy_org}/proxy_records/{proxy}/"),
            None,
        ),
        "proxy_record_diagnose" => api(
            Method::GET,
            format!("/api/organizations/{proxy_org}/proxy_records/{proxy}/diagnose/"),
            None,
        ),
        "proxy_record_retry" => api(
            Method::POST,
            format!("/api/organizations/{proxy_org}/proxy_records/{proxy}/retry/"),
            None,
        ),
        "project_list" => {
            let search = if c % 3 == 0 { "?search=acme" } else { "" };
            api(Method::GET, format!("/api/organizations/{org}/projects/{search}"), None)
        }
        "project_create" => {
            let body = match c % 4 {
                0 => json!({"name": name(b)}),
                1 => json!({"name": name(b), "is_demo": true}),
                2 => json!({"name": name(b), "access_control": bool_of(b)}),
                _ => json!({"timezone": if bool_of(b) { "Europe/Paris" } else { "Mars/Olympus" }}),
            };
            api(Method::POST, format!("/api/organizations/{org}/projects/"), Some(body))
        }
        "project_view" | "project_delete" => {
            api(method_of(operation), project_path, None)
        }
        "project_patch" | "project_update" => {
            let body = match c % 4 {
                0 => json!({"name": name(b)}),
                1 => json!({"access_control": bool_of(b)}),
                2 => json!({"week_start_day": b % 3, "app_urls": ["https://a.test"]}),
                _ => json!({"session_recording_sample_rate": if bool_of(b) { "0.5" } else { "2" }}),
            };
            api(method_of(operation), project_path, Some(body))
        }
        "project_change_organization" => api(
            Method::POST,
            format!("{project_path}change_organization/"),
            Some(json!({"organization_id": h.organization(c)})),
        ),
        "project_reset_token" => {
            api(Method::PATCH, format!("{project_path}reset_token/"), None)
        }
        "project_rotate_secret_token" => api(
            Method::PATCH,
            format!("{project_path}rotate_secret_token/"),
            None,
        ),
        "project_delete_secret_token_backup" => api(
            Method::PATCH,
            format!("{project_path}delete_secret_token_backup/"),
            None,
        ),
        "project_is_generating_demo_data" => api(
            Method::GET,
            format!("{project_path}is_generating_demo_data/"),
            None,
        ),
        "project_view_root" => {
            let id = if c % 4 == 3 { "@current".to_string() } else { project };
            api(Method::GET, format!("/api/projects/{id}/"), None)
        }
        "role_external_reference_list" => api(
            Method::GET,
            format!("/api/organizations/{org}/role_external_references/"),
            None,
        ),
        "role_external_reference_create" => api(
            Method::POST,
            format!("/api/organizations/{role_org}/role_external_references/"),
            Some(json!({
                "provider": (["github", "slack", " "][usize::from(c) % 3]),
                "provider_organization_id": format!("O{}", b % 2),
                "provider_role_id": format!("R{}", c % 3),
                "provider_role_slug": ([Value::Null, json!("s"), json!("")][usize::from(b) % 3]),
                "provider_role_name": "Team",
                "role": role,
            })),
        ),
        "role_external_reference_lookup" => api(
            Method::GET,
            format!(
                "/api/organizations/{org}/role_external_references/lookup/?provider=github&provider_organization_id=o{}{}",
                b % 2,
                ["&provider_role_id=r0", "&provider_role_slug=S", ""][usize::from(c) % 3]
            ),
            None,
        ),
        "role_external_reference_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{reference_org}/role_external_references/{reference}/"),
            None,
        ),
        "advanced_activity_log_list" => {
            let query = match c % 6 {
                0 => format!("page_size={}", 1 + b % 4),
                1 => format!("page=1&page_size={}", 1 + b % 4),
                2 => "ordering=created_at&scopes=Role&scopes=OrganizationMembership".to_string(),
                3 => format!("schema=ocsf&include_values={}", bool_of(b)),
                4 => "activities=updated&search_text=a".to_string(),
                _ => "users=not-a-uuid".to_string(),
            };
            api(
                Method::GET,
                format!("/api/organizations/{org}/advanced_activity_logs/?{query}"),
                None,
            )
        }
        "advanced_activity_log_available_filters" => api(
            Method::GET,
            format!("/api/organizations/{org}/advanced_activity_logs/available_filters/"),
            None,
        ),
        "advanced_activity_log_export" => api(
            Method::POST,
            format!("/api/organizations/{org}/advanced_activity_logs/export/"),
            Some(match c % 3 {
                0 => json!({"format": "ndjson"}),
                1 => json!({"format": "ndjson", "filters": {"scopes": ["Role", "Project"]}}),
                _ => json!({"format": "pdf"}),
            }),
        ),
        "webhook_list" => {
            api(Method::GET, format!("/api/organizations/{org}/webhooks/"), None)
        }
        "webhook_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/webhooks/"),
            Some(json!({
                "url": WEBHOOK_URLS[usize::from(c) % WEBHOOK_URLS.len()],
                "description": name(c),
                "event_types": if bool_of(c) { json!(["Role"]) } else { json!(["Nothing"]) },
                "enabled": false,
            })),
        ),
        "webhook_view" => api(Method::GET, webhook_path, None),
        "webhook_patch" => api(
            Method::PATCH,
            webhook_path,
            Some(match c % 3 {
                0 => json!({"description": name(c)}),
                1 => json!({"event_types": ["OrganizationMembership.created"]}),
                _ => json!({"url": WEBHOOK_URLS[usize::from(c) % WEBHOOK_URLS.len()]}),
            }),
        ),
        "webhook_delete" => api(Method::DELETE, webhook_path, None),
        "webhook_rotate_secret" => {
            api(Method::POST, format!("{webhook_path}rotate_secret/"), None)
        }
        "webhook_delivery_list" => {
            api(Method::GET, format!("{webhook_path}deliveries/"), None)
        }
        "webhook_delivery_retry" => api(
            Method::POST,
            format!("{webhook_path}deliveries/{NOWHERE}/retry/"),
            None,
        ),
        "webhook_replay" => api(
            Method::POST,
            format!("{webhook_path}replay/"),
            Some(json!({"since": "2000-01-01T00:00:00Z"})),
        ),
        "role_list" => {
            api(Method::GET, format!("/api/organizations/{org}/roles/"), None)
        }
        "role_create" => api(
            Method::POST,
            format!("/api/organizations/{org}/roles/"),
            Some(json!({"name": name(c)})),
        ),
        "role_delete" => api(
            Method::DELETE,
            format!("/api/organizations/{role_org}/roles/{role}/"),
            None,
        ),
        "role_view" => api(
            Method::GET,
            format!("/api/organizations/{role_org}/roles/{role}/"),
            None,
        ),
        "role_patch" | "role_update" => {
            let method = method_of(operation);
            api(
                method,
                format!("/api/organizations/{role_org}/roles/{role}/"),
                Some(json!({"name": name(c)})),
            )
        }
        "role_membership_list" => api(
            Method::GET,
            format!("/api/organizations/{role_org}/roles/{role}/role_memberships/"),
            None,
        ),
        "role_membership_create" => api(
            Method::POST,
            format!("/api/organizations/{role_org}/roles/{role}/role_memberships/"),
            Some(json!({"user_uuid": pick(&h.users, c).unwrap_or(NOWHERE.into())})),
        ),
        "role_membership_delete" | "role_membership_view" => {
            let (m_org, m_role, membership) = pick(&h.role_memberships, c)
                .unwrap_or((role_org.clone(), role.clone(), NOWHERE.into()));
            let method = method_of(operation);
            api(
                method,
                format!("/api/organizations/{m_org}/roles/{m_role}/role_memberships/{membership}/"),
                None,
            )
        }
        "personal_api_key_list" => {
            api(Method::GET, "/api/personal_api_keys/".into(), None)
        }
        "personal_api_key_create" => api(
            Method::POST,
            "/api/personal_api_keys/".into(),
            Some(json!({
                "label": name(b),
                "scopes": scopes(c),
                "scoped_organizations": if b % 3 == 0 { json!([org]) } else { Value::Null },
            })),
        ),
        "personal_api_key_delete" | "personal_api_key_view" => {
            let id = if c % 5 == 4 {
                "@current".to_string()
            } else {
                pick(&h.api_keys, b).unwrap_or_else(|| NOWHERE.into())
            };
            let method = method_of(operation);
            api(method, format!("/api/personal_api_keys/{id}/"), None)
        }
        "signup_view" => api(Method::GET, format!("/api/signup/{invite}/"), None),
        "signup_accept" => {
            api(Method::POST, format!("/api/signup/{invite}/"), None)
        }
        "user_list" => api(
            Method::GET,
            format!("/api/users/?limit={}&is_staff={}", 1 + c % 3, bool_of(b)),
            None,
        ),
        "user_create" => api(
            Method::POST,
            "/api/users/".into(),
            Some(json!({
                "email": format!("new{}@example.com", c % 4),
                "is_staff": c % 5 == 0,
                "personal_api_key": if bool_of(b) {
                    json!({"label": "k", "scopes": scopes(b)})
                } else {
                    Value::Null
                },
            })),
        ),
        "user_view" => api(Method::GET, format!("/api/users/{user}/"), None),
        "user_patch" | "user_update" => {
            let body = match c % 6 {
                0 => json!({"first_name": name(b)}),
                1 => json!({"notification_settings": {"plugin_disabled": bool_of(b)}}),
                2 => json!({"set_current_organization": org}),
                3 => json!({"is_staff": bool_of(b)}),
                4 => json!({"notification_settings": {"made_up": true}}),
                _ => json!({"theme_mode": (["dark", "purple"][usize::from(b) % 2])}),
            };
            let method = method_of(operation);
            api(method, format!("/api/users/{user}/"), Some(body))
        }
        "scim_user_list" => scim(
            Method::GET,
            match c % 3 {
                0 => format!("/Users?filter=userName%20eq%20%22u{}%40{SCIM_DOMAIN}%22", b % 5),
                1 => format!("/Users?startIndex={}&count={}", 1 + b % 3, 1 + c % 2),
                _ => "/Users?filter=bogus(".to_string(),
            },
            None,
        ),
        "scim_user_search" => scim(
            Method::POST,
            "/Users/.search".into(),
            Some(json!({"filter": format!("userName sw \"u{}\"", b % 5)})),
        ),
        "scim_user_create" => scim(
            Method::POST,
            "/Users".into(),
            Some(json!({
                "schemas": [USER_SCHEMA],
                "userName": format!("u{}@{scim_name}", b % 6),
                "name": {"givenName": name(c)},
                "externalId": format!("ext-{}", c % 3),
                "active": c % 4 != 3,
            })),
        ),
        "scim_user_get" => scim(Method::GET, format!("/Users/{scim_user}"), None),
        "scim_user_put" => scim(
            Method::PUT,
            format!("/Users/{scim_user}"),
            Some(json!({
                "schemas": [USER_SCHEMA],
                "userName": format!("u{}@{scim_name}", c % 6),
                "active": bool_of(c),
            })),
        ),
        "scim_user_patch" => scim(
            Method::PATCH,
            format!("/Users/{scim_user}"),
            Some(json!({"schemas": [PATCH_OP], "Operations": [match c % 4 {
                0 => json!({"op": "replace", "path": "active", "value": false}),
                1 => json!({"op": "replace", "value": {"active": true}}),
                2 => json!({"op": "replace", "path": "name.familyName", "value": name(b)}),
                _ => json!({"op": "add", "path": "emails", "value": [{"value": format!("x{}@{scim_name}", b % 3), "primary": true}]}),
            }]})),
        ),
        "scim_user_delete" => scim(Method::DELETE, format!("/Users/{scim_user}"), None),
        "scim_group_list" => scim(
            Method::GET,
            match c % 2 {
                0 => format!("/Groups?filter=displayName%20eq%20%22G{}%22", b % 3),
                _ => "/Groups?excludedAttributes=members".to_string(),
            },
            None,
        ),
        "scim_group_search" => scim(
            Method::POST,
            "/Groups/.search".into(),
            Some(json!({"filter": format!("displayName co \"{}\"", b % 3)})),
        ),
        "scim_group_create" | "scim_group_put" => {
            let members: Vec<Value> = pick(&h.scim_users, c)
                .map(|user| json!({"value": user}))
                .into_iter()
                .collect();
            let body = json!({
                "schemas": [GROUP_SCHEMA],
                "displayName": format!("G{}", c % 3),
                "members": members,
            });
            if OPERATIONS[step.operation] == "scim_group_create" {
                scim(Method::POST, "/Groups".into(), Some(body))
            } else {
                scim(Method::PUT, format!("/Groups/{scim_group}"), Some(body))
            }
        }
        "scim_group_get" => scim(Method::GET, format!("/Groups/{scim_group}"), None),
        "scim_group_patch" => {
            let member = pick(&h.scim_users, c).unwrap_or(NOWHERE.into());
            scim(
                Method::PATCH,
                format!("/Groups/{scim_group}"),
                Some(json!({"schemas": [PATCH_OP], "Operations": [match b % 3 {
                    0 => json!({"op": "add", "path": "members", "value": [{"value": member}]}),
                    1 => json!({"op": "remove", "path": format!("members[value eq \"{member}\"]")}),
                    _ => json!({"op": "replace", "path": "displayName", "value": format!("G{}", c % 4)}),
                }]})),
            )
        }
        "scim_group_delete" => scim(Method::DELETE, format!("/Groups/{scim_group}"), None),
        "scim_service_provider_config" => {
            scim(Method::GET, "/ServiceProviderConfig".into(), None)
        }
        "scim_resource_types" => scim(Method::GET, "/ResourceTypes".into(), None),
        "scim_schemas" => scim(Method::GET, "/Schemas".into(), None),
        other => unreachable!("no request for {other}"),
    }
}

/// Keeps what a successful answer made, so later steps can name it.
fn capture(
    step: &Step,
    request: &Request,
    status: u16,
    body: &Value,
    h: &mut Handles,
) {
    if !(200..300).contains(&status) {
        return;
    }
    let id = || body["id"].as_str().map(str::to_string);
    let path_org =
        || request.path.split('/').nth(3).unwrap_or_default().to_string();
    match OPERATIONS[step.operation] {
        "organization_create" => h.organizations.extend(id()),
        "invite_create" => h.invites.extend(id()),
        "invite_bulk_create" => {
            for invite in body.as_array().into_iter().flatten() {
                h.invites.extend(invite["id"].as_str().map(str::to_string));
            }
        }
        "role_create" => h.roles.extend(id().map(|id| (path_org(), id))),
        "role_membership_create" => {
            let role = request.path.split('/').nth(5).unwrap_or_default();
            h.role_memberships
                .extend(id().map(|id| (path_org(), role.to_string(), id)));
        }
        "cimd_verification_token_create" => {
            h.cimd_tokens.extend(id().map(|id| (path_org(), id)));
            h.cimd_values.extend(body["value"].as_str().map(str::to_string));
        }
        "domain_create" => {
            h.domains.extend(id().map(|id| (path_org(), id)));
        }
        "domain_patch" | "domain_update" | "domain_scim_token" => {
            if let (Some(id), Some(token), Some(domain)) = (
                id(),
                body["scim_bearer_token"].as_str(),
                body["domain"].as_str(),
            ) {
                h.scim.retain(|(domain_id, _, _)| *domain_id != id);
                h.scim.push((id, token.into(), domain.into()));
            }
        }
        "role_external_reference_create" => {
            h.references.extend(id().map(|id| (path_org(), id)));
        }
        "proxy_record_create" => {
            h.proxy_records.extend(id().map(|id| (path_org(), id)));
        }
        "webhook_create" => {
            h.webhooks.extend(id().map(|id| (path_org(), id)));
        }
        "project_create" => h
            .projects
            .extend(body["id"].as_i64().map(|id| (path_org(), id.to_string()))),
        "personal_api_key_create" => h.api_keys.extend(id()),
        "user_create" => {
            h.users.extend(body["uuid"].as_str().map(str::to_string))
        }
        "scim_user_create" => h.scim_users.extend(id()),
        "scim_group_create" => h.scim_groups.extend(id()),
        _ => {}
    }
}

/// Per server: what each generated value is called (`<kind#n>`, numbered
/// by first appearance).
#[derive(Default)]
struct Aliases {
    names: HashMap<(&'static str, String), usize>,
    counts: HashMap<&'static str, usize>,
    /// Long generated values seen in their own fields (a target CNAME, a
    /// challenge), and their names, for when free text quotes them.
    quoted: Vec<(String, String)>,
}

/// Fields whose string values a server generates (random or derived from
/// generated ids).
const GENERATED_TEXT: [&str; 6] = [
    "slug",
    "target_cname",
    "verification_challenge",
    "version",
    "secure_value",
    "mask_value",
];
/// Fields whose numbers a server generates (numeric ids; OCSF's `time`,
/// from the server's clock).
const GENERATED_NUMBERS: [&str; 7] = [
    "id",
    "created_by",
    "numeric_id",
    "current_team",
    "team_id",
    "project_id",
    "time",
];
/// Fields that no two runs share, or that one engine keeps for itself:
/// the time a request took, and an organization's `revision` (the token
/// sled's deletion checks its scan against, bumped by sled for writes
/// PostgreSQL's foreign keys cover without it, such as a SCIM log entry).
const UNCOMPARED: [&str; 2] = ["duration_ms", "revision"];
const SECRET_PREFIXES: [&str; 6] =
    ["phx_", "phvt_", "phscim_", "phc_", "phs_", "whsec_"];

impl Aliases {
    fn alias(&mut self, kind: &'static str, value: &str) -> String {
        let next = self.counts.entry(kind).or_default();
        let number =
            *self.names.entry((kind, value.to_string())).or_insert_with(|| {
                *next += 1;
                *next
            });
        format!("<{kind}#{number}>")
    }

    /// `value` with everything its server generated renamed.
    fn normalize(
        &mut self,
        value: &Value,
        key: Option<&str>,
        base: &str,
    ) -> Value {
        match value {
            // An activity log entry's change: its values are the field's.
            Value::Object(object) if object.contains_key("field") => {
                let field = object["field"].as_str().map(str::to_string);
                Value::Object(
                    object
                        .iter()
                        .map(|(k, v)| {
                            let key = match k.as_str() {
                                "before" | "after" => field.as_deref(),
                                _ => Some(k.as_str()),
                            };
                            (k.clone(), self.normalize(v, key, base))
                        })
                        .collect(),
                )
            }
            Value::Object(object) => Value::Object(
                object
                    .iter()
                    .map(|(k, v)| (k.clone(), self.normalize(v, Some(k), base)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|item| self.normalize(item, key, base))
                    .collect(),
            ),
            Value::Number(_)
                if key.is_some_and(|k| UNCOMPARED.contains(&k)) =>
            {
                json!(0)
            }
            Value::Number(number)
                if key.is_some_and(|k| GENERATED_NUMBERS.contains(&k)) =>
            {
                Value::String(self.alias("number", &number.to_string()))
            }
            Value::String(text)
                if key.is_some_and(|k| GENERATED_TEXT.contains(&k)) =>
            {
                let alias = self.alias("text", text);
                if text.len() >= 16
                    && !self.quoted.iter().any(|(v, _)| v == text)
                {
                    self.quoted.push((text.clone(), alias.clone()));
                }
                Value::String(alias)
            }
            Value::String(text) => Value::String(self.text(text, base)),
            other => other.clone(),
        }
    }

    /// Free text with its UUIDs, secrets, timestamps and the server's
    /// address renamed.
    fn text(&mut self, text: &str, base: &str) -> String {
        if chrono::DateTime::parse_from_rfc3339(text).is_ok() {
            return self.alias("time", text);
        }
        if text.starts_with("sha256$") {
            return self.alias("hash", text);
        }
        // A secret's hash as the activity log masks it.
        if text.starts_with("masked…") {
            return self.alias("masked", text);
        }
        // A masked id in a SCIM log (`0***a`: the first and last of a
        // generated UUID's characters): nothing to rename it by.
        let masked_id = text.len() == 5
            && &text[1..4] == "***"
            && text
                .bytes()
                .enumerate()
                .all(|(at, b)| (1..4).contains(&at) || b.is_ascii_hexdigit());
        if masked_id {
            return "<masked id>".to_string();
        }
        let mut text = text.replace(base, "<base>");
        for (value, alias) in &self.quoted {
            if text.contains(value.as_str()) {
                text = text.replace(value.as_str(), alias);
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while !rest.is_empty() {
            if let Some(uuid) =
                rest.get(..36).filter(|s| uuid::Uuid::try_parse(s).is_ok())
            {
                out.push_str(&self.alias("uuid", uuid));
                rest = &rest[36..];
                continue;
            }
            if let Some(prefix) =
                SECRET_PREFIXES.iter().find(|p| rest.starts_with(**p))
            {
                // Webhook secrets are base64.
                let base64 = *prefix == "whsec_";
                let end = rest[prefix.len()..]
                    .find(|c: char| {
                        !(c.is_ascii_alphanumeric()
                            || c == '_'
                            || c == '.'
                            || (base64 && matches!(c, '+' | '/' | '=')))
                    })
                    .map_or(rest.len(), |at| at + prefix.len());
                out.push_str(&self.alias("secret", &rest[..end]));
                rest = &rest[end..];
                continue;
            }
            let c = rest.chars().next().expect("not empty");
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

/// One backend's server and what the sequence knows of it.
struct Side {
    name: &'static str,
    ctx: TestContext,
    handles: Handles,
    aliases: Aliases,
}

/// The runtime the servers run on (the runner calls in synchronously).
fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
    })
}

/// What the whole run saw: operations reached, steps taken, sequences run.
#[derive(Default)]
struct Seen {
    operations: BTreeSet<&'static str>,
    steps: usize,
    sequences: usize,
    /// Where the running case keeps its evidence.
    evidence: Option<std::path::PathBuf>,
}

fn seen() -> &'static Mutex<Seen> {
    static SEEN: OnceLock<Mutex<Seen>> = OnceLock::new();
    SEEN.get_or_init(Mutex::default)
}

/// Both servers, in lockstep.
pub struct Pair {
    sides: Vec<Side>,
    dns: DnsServer,
    /// Domain names and the TXT records both servers' challenges need.
    challenges: HashMap<String, Vec<String>>,
    /// This sequence's evidence directory (each server's is inside).
    evidence: std::path::PathBuf,
}

impl Pair {
    async fn start() -> Pair {
        let dns = DnsServer::start().await;
        let case = {
            let mut seen = seen().lock().unwrap();
            seen.sequences += 1;
            let dir = std::env::temp_dir()
                .join(format!("orgbase-tests-{}", std::process::id()))
                .join("differential")
                .join(format!("sequence-{}", seen.sequences));
            seen.evidence = Some(dir.clone());
            dir
        };
        let mut sides = Vec::new();
        for (name, postgres) in [("sled", false), ("PostgreSQL", true)] {
            let evidence = case.join(name);
            let _ = std::fs::remove_dir_all(&evidence);
            std::fs::create_dir_all(&evidence).unwrap();
            // The proxy provisioning task runs once at the start and not
            // again within a sequence: a check made by one server's task
            // and not yet by the other's is timing, not a difference.
            let options = Options {
                dns_resolver: Some(dns.addr),
                proxy_tick: Some(std::time::Duration::from_secs(3600)),
                ..Default::default()
            };
            let ctx =
                TestContext::on_backend(postgres, options, evidence).await;
            let mut handles = Handles::default();
            handles.actor_keys.push(ADMIN_KEY.to_string());
            sides.push(Side {
                name,
                ctx,
                handles,
                aliases: Aliases::default(),
            });
        }
        Pair { sides, dns, challenges: HashMap::new(), evidence: case }
    }

    /// The same starting point on both: three users with keys of
    /// different reach, an organization of the first with the second as
    /// admin and the third as member, two roles (the member and the admin
    /// in the first), and the domain `acme.test` verified with SCIM on.
    async fn baseline(&mut self) -> Result<(), String> {
        for (index, scopes) in [
            json!(["*"]),
            json!([
                "organization:read",
                "organization_member:read",
                "user:read"
            ]),
            json!(["*"]),
        ]
        .into_iter()
        .enumerate()
        {
            let body = json!({
                "email": format!("u{}@{SCIM_DOMAIN}", index + 1),
                "first_name": "Actor",
                "personal_api_key": {"label": "actor", "scopes": scopes},
            });
            let answers = self
                .call_all(
                    |_| Request {
                        method: reqwest::Method::POST,
                        path: "/api/users/".into(),
                        body: Some(body.clone()),
                        token: Some(ADMIN_KEY.into()),
                    },
                    "baseline user",
                )
                .await?;
            for (side, (_, answer)) in self.sides.iter_mut().zip(answers) {
                side.handles.actor_keys.push(
                    answer["personal_api_key"]["value"]
                        .as_str()
                        .unwrap()
                        .into(),
                );
                side.handles
                    .users
                    .push(answer["uuid"].as_str().unwrap().into());
            }
        }
        let as_first = |path: &str, body: Value| {
            let path = path.to_string();
            move |h: &Handles| Request {
                method: reqwest::Method::POST,
                path: path.replace(
                    "{org}",
                    h.organizations.first().map_or(NOWHERE, String::as_str),
                ),
                body: Some(body.clone()),
                token: Some(h.actor_keys[1].clone()),
            }
        };
        let step = |operation: &str| Step {
            operation: OPERATIONS.iter().position(|o| *o == operation).unwrap(),
            actor: 1,
            a: 0,
            b: 0,
            c: 0,
        };
        self.step_with(
            &step("organization_create"),
            as_first("/api/organizations/", json!({"name": "Acme"})),
        )
        .await?;
        for (actor, level) in [(2, 8), (3, 1)] {
            let email = format!("u{actor}@{SCIM_DOMAIN}");
            self.step_with(&step("invite_create"), as_first("/api/organizations/{org}/invites/", json!({"target_email": email, "level": level, "send_email": false}))).await?;
            self.call_all(
                |h: &Handles| Request {
                    method: reqwest::Method::POST,
                    path: format!("/api/signup/{}/", h.invites.last().unwrap()),
                    body: None,
                    token: Some(h.actor_keys[actor].clone()),
                },
                "baseline invite accepted",
            )
            .await?;
        }
        for role in ["Builders", "Admins"] {
            self.step_with(
                &step("role_create"),
                as_first(
                    "/api/organizations/{org}/roles/",
                    json!({"name": role}),
                ),
            )
            .await?;
        }
        // The member and the admin in the first role.
        for user in [3, 2] {
            self.step_with(&step("role_membership_create"), |h: &Handles| {
                let (org, role) = &h.roles[0];
                Request {
                    method: reqwest::Method::POST,
                    path: format!(
                        "/api/organizations/{org}/roles/{role}/role_memberships/"
                    ),
                    body: Some(json!({"user_uuid": h.users[user - 1]})),
                    token: Some(h.actor_keys[1].clone()),
                }
            })
            .await?;
        }
        self.step_with(
            &step("domain_create"),
            as_first(
                "/api/organizations/{org}/domains/",
                json!({"domain": SCIM_DOMAIN}),
            ),
        )
        .await?;
        let domain_path = |h: &Handles, tail: &str| {
            let (org, domain) = h.domains.last().unwrap();
            format!("/api/organizations/{org}/domains/{domain}/{tail}")
        };
        self.call_all(
            |h: &Handles| Request {
                method: reqwest::Method::POST,
                path: domain_path(h, "verify/"),
                body: None,
                token: Some(h.actor_keys[1].clone()),
            },
            "baseline domain verified",
        )
        .await?;
        let mut enable = step("domain_patch");
        enable.c = 0;
        self.step_with(&enable, |h: &Handles| Request {
            method: reqwest::Method::PATCH,
            path: domain_path(h, ""),
            body: Some(json!({"scim_enabled": true})),
            token: Some(h.actor_keys[1].clone()),
        })
        .await?;
        assert!(
            self.sides.iter().all(|side| !side.handles.scim.is_empty()),
            "the baseline has SCIM on"
        );
        Ok(())
    }

    /// Sends the request `build` makes for each server; the answers must
    /// agree. Returns each server's status and body.
    async fn call_all(
        &mut self,
        build: impl Fn(&Handles) -> Request,
        what: &str,
    ) -> Result<Vec<(u16, Value)>, String> {
        let mut answers = Vec::new();
        for side in &self.sides {
            let request = build(&side.handles);
            answers.push(side.send(&request).await);
        }
        self.compare(&answers, what)?;
        Ok(answers)
    }

    /// `step`, with the request `build` makes, on both servers: the
    /// answers must agree; what they made is kept.
    async fn step_with(
        &mut self,
        step: &Step,
        build: impl Fn(&Handles) -> Request,
    ) -> Result<(), String> {
        let mut answers = Vec::new();
        let mut requests = Vec::new();
        for side in &self.sides {
            let request = build(&side.handles);
            answers.push(side.send(&request).await);
            requests.push(request);
        }
        self.compare(&answers, &format!("{step:?}"))?;
        for ((side, request), (status, body)) in
            self.sides.iter_mut().zip(&requests).zip(&answers)
        {
            capture(step, request, *status, body, &mut side.handles);
        }
        self.publish_challenges(&answers);
        Ok(())
    }

    /// A new domain's challenge, from each server, into the test DNS, so
    /// that `verify/` succeeds on both.
    fn publish_challenges(&mut self, answers: &[(u16, Value)]) {
        for (_, body) in answers {
            if let (Some(domain), Some(challenge)) = (
                body["domain"].as_str(),
                body["verification_challenge"].as_str(),
            ) {
                let challenges =
                    self.challenges.entry(domain.to_string()).or_default();
                if !challenges.iter().any(|c| c == challenge) {
                    challenges.push(challenge.to_string());
                }
                self.dns.set(
                    &format!("_posthog-challenge.{domain}"),
                    Zone::Txt(challenges.clone()),
                );
            }
        }
    }

    fn compare(
        &mut self,
        answers: &[(u16, Value)],
        what: &str,
    ) -> Result<(), String> {
        let normalized: Vec<Value> = self
            .sides
            .iter_mut()
            .zip(answers)
            .map(|(side, (status, body))| {
                let base = side.ctx.base_url.clone();
                json!({"status": status, "body": side.aliases.normalize(body, None, &base)})
            })
            .collect();
        if normalized[0] != normalized[1] {
            return Err(format!(
                "{what}: the backends answer differently\n  {}: {}\n  {}: {}\n  {} (as sent): {}\n  {} (as sent): {}",
                self.sides[0].name,
                normalized[0],
                self.sides[1].name,
                normalized[1],
                self.sides[0].name,
                json!({"status": answers[0].0, "body": answers[0].1}),
                self.sides[1].name,
                json!({"status": answers[1].0, "body": answers[1].1}),
            ));
        }
        Ok(())
    }

    /// The end of a sequence: the same data under the same names, and
    /// every check clean on both.
    async fn finish(&mut self) -> Result<(), String> {
        let mut exports = Vec::new();
        for side in &mut self.sides {
            let store = side.ctx.store();
            let violations = store.check().await.unwrap();
            if !violations.is_empty() {
                return Err(format!("{}: {violations:#?}", side.name));
            }
            let records = store.export().await.unwrap();
            let problems = orgbase::export::value_problems(&records);
            if !problems.is_empty() {
                return Err(format!("{}: {problems:#?}", side.name));
            }
            let base = side.ctx.base_url.clone();
            let records: Vec<Value> = records
                .iter()
                .map(|record| {
                    side.aliases.normalize(
                        &serde_json::to_value(record).unwrap(),
                        None,
                        &base,
                    )
                })
                .collect();
            exports.push(records);
        }
        let (left, right) = (&exports[0], &exports[1]);
        for (at, (l, r)) in left.iter().zip(right).enumerate() {
            if l != r {
                return Err(format!("the exports differ at record {at}:\n  sled: {l}\n  PostgreSQL: {r}"));
            }
        }
        if left.len() != right.len() {
            return Err(format!(
                "the exports hold {} and {} records",
                left.len(),
                right.len()
            ));
        }
        Ok(())
    }
}

impl Side {
    async fn send(&self, request: &Request) -> (u16, Value) {
        let url = format!("{}{}", self.ctx.base_url, request.path);
        let mut builder =
            reqwest::Client::new().request(request.method.clone(), url);
        if let Some(token) = &request.token {
            builder = builder.bearer_auth(token);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = builder.send().await.expect("the server answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        // A body of JSON lines (an NDJSON export) is read as their values.
        let lines = || -> Option<Value> {
            text.lines()
                .map(|line| serde_json::from_str::<Value>(line).ok())
                .collect()
        };
        let body = if text.is_empty() {
            Value::Null
        } else if let Ok(value) = serde_json::from_str(&text) {
            value
        } else {
            lines().unwrap_or(Value::String(text))
        };
        (status, body)
    }
}

impl Drop for Pair {
    /// Both servers stop, whether the sequence passed or failed (a failed
    /// one keeps its evidence: see `TestContext`).
    fn drop(&mut self) {
        let sides = std::mem::take(&mut self.sides);
        runtime().block_on(async move {
            for side in sides {
                side.ctx.cleanup().await;
            }
        });
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.evidence);
        }
    }
}

struct Lockstep;

impl StateMachineTest for Lockstep {
    type SystemUnderTest = Pair;
    type Reference = Sequences;

    fn init_test((): &()) -> Pair {
        let mut pair = runtime().block_on(Pair::start());
        if let Err(difference) = runtime().block_on(pair.baseline()) {
            panic!("{difference}");
        }
        pair
    }

    fn apply(mut pair: Pair, (): &(), step: Step) -> Pair {
        {
            let mut seen = seen().lock().unwrap();
            seen.operations.insert(OPERATIONS[step.operation]);
            seen.steps += 1;
        }
        let outcome =
            runtime().block_on(pair.step_with(&step, |h| request(&step, h)));
        if let Err(difference) = outcome {
            panic!("{difference}");
        }
        pair
    }

    fn teardown(mut pair: Pair, (): ()) {
        if let Err(difference) = runtime().block_on(pair.finish()) {
            panic!("{difference}");
        }
    }
}

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().map_or(default, |value| {
        value.parse().unwrap_or_else(|_| panic!("{name}={value}: a number"))
    })
}

#[test]
fn test_backends_answer_alike_on_generated_sequences() {
    if crate::common::testing_postgres() {
        // It drives both backends already; the default run runs it.
        eprintln!("differential: run by the default (sled) run of the suite");
        return;
    }
    let cases = setting("ORGBASE_DIFFERENTIAL_CASES", 24);
    let steps = setting("ORGBASE_DIFFERENTIAL_STEPS", 80) as usize;
    let seed = setting("ORGBASE_DIFFERENTIAL_SEED", 20261206);
    let config = Config {
        cases: u32::try_from(cases).unwrap(),
        max_shrink_iters: u32::try_from(setting(
            "ORGBASE_DIFFERENTIAL_SHRINK",
            256,
        ))
        .unwrap(),
        failure_persistence: None,
        ..Config::default()
    };
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut runner = TestRunner::new_with_rng(config.clone(), rng);
    let strategy = Sequences::sequential_strategy(1..=steps);
    let outcome =
        runner.run(&strategy, |(state, transitions, seen_counter)| {
            Lockstep::test_sequential(
                config.clone(),
                state,
                transitions,
                seen_counter,
            );
            Ok(())
        });
    let seen = seen().lock().unwrap();
    if let Err(error) = outcome {
        let sequence = match &error {
            TestError::Fail(_, (_, transitions, _)) => {
                format!("{transitions:#?}")
            }
            TestError::Abort(_) => "(aborted)".to_string(),
        };
        panic!(
            "the backends differ (ORGBASE_DIFFERENTIAL_SEED={seed}); shortened sequence, after the baseline:\n{sequence}\n{error}\nthe last sequence's logs and data: {}",
            seen.evidence.as_ref().map_or("-".into(), |dir| dir.display().to_string())
        );
    }
    let missed: Vec<&&str> =
        OPERATIONS.iter().filter(|o| !seen.operations.contains(**o)).collect();
    eprintln!(
        "differential: {} sequences, {} steps, {} of {} operations reached",
        seen.sequences,
        seen.steps,
        seen.operations.len(),
        OPERATIONS.len()
    );
    assert!(missed.is_empty(), "never reached: {missed:?}");
    // Every operation of the document is one a step may take.
    for (_, _, operation) in crate::common::document_operations() {
        let id = operation["operationId"].as_str().unwrap();
        assert!(OPERATIONS.contains(&id), "{id} is not generated");
    }
}
