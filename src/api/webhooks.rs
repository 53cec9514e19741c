//! The wire types of webhook endpoints (orgbase's own: PostHog has no
//! webhooks for its organization surface): the endpoints, their
//! deliveries and attempts, and what retries and replays ask for.

use super::constrained;
use chrono::DateTime;
use chrono::Utc;
use schemars::gen::SchemaGenerator;
use schemars::schema::Schema;
use schemars::schema::SchemaObject;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

/// The activity log's scopes, which event types name (`Role`, or with an
/// activity, `Role.created`).
pub const EVENT_SCOPES: &[&str] = &[
    "CimdToken",
    "Organization",
    "OrganizationDomain",
    "OrganizationInvite",
    "OrganizationMembership",
    "PersonalAPIKey",
    "Project",
    "ProxyRecord",
    "Role",
    "RoleExternalReference",
    "RoleMembership",
    "User",
    "Webhook",
];

/// The activity log's activities, which event types name.
pub const EVENT_ACTIVITIES: &[&str] = &[
    "created",
    "updated",
    "deleted",
    "imported",
    "scim_provisioned",
    "scim_updated",
    "scim_deprovisioned",
];

/// An organization's webhook endpoint. Its signing secret is answered
/// once, by the create and by a rotation.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct Webhook {
    pub id: Uuid,
    /// Where events are POSTed: `https`, or `http` where private
    /// addresses are allowed.
    pub url: String,
    pub description: String,
    /// The events delivered: activity log scopes (`Role`, every activity
    /// of it) or scopes and activities (`Role.created`). Empty: every
    /// event.
    pub event_types: Vec<String>,
    pub enabled: bool,
    /// Why orgbase disabled the endpoint (`failing`: every attempt failed
    /// for the documented time; `gone`: it answered 410), null otherwise.
    pub disabled_reason: Option<String>,
    /// The signing secret (`whsec_...`): only in the answers of the
    /// create and of `rotate_secret`, null everywhere else.
    pub secret: Option<String>,
    /// Until when the previous secret also signs, after a rotation.
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
    /// Since when every attempt has failed, if the last did.
    pub failing_since: Option<DateTime<Utc>>,
    /// When the event at the head of the queue is tried again, if it
    /// failed.
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A new webhook endpoint.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookCreate {
    #[schemars(schema_with = "constrained::https_url")]
    pub url: String,
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 400>")]
    pub description: Option<String>,
    /// Default: every event.
    #[serde(default)]
    #[schemars(schema_with = "event_types_schema")]
    pub event_types: Option<Vec<String>>,
    /// Default: true.
    #[serde(default)]
    pub enabled: Option<bool>,
}

/// A change to a webhook endpoint: the fields given change. Enabling a
/// disabled endpoint resumes its queue where it stopped.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookPatch {
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_https_url")]
    pub url: Option<String>,
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 400>")]
    pub description: Option<String>,
    #[serde(default)]
    #[schemars(schema_with = "event_types_schema")]
    pub event_types: Option<Vec<String>>,
    #[serde(default)]
    pub enabled: Option<bool>,
}

/// Path of one webhook endpoint.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct WebhookPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The endpoint's id.
    pub webhook_id: String,
}

/// Path of one event's delivery to a webhook endpoint.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct WebhookDeliveryPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The endpoint's id.
    pub webhook_id: String,
    /// The event's id: its activity log entry's, the `webhook-id` it is
    /// delivered with.
    pub event_id: String,
}

/// One event's delivery to an endpoint.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct WebhookDelivery {
    /// The activity log entry delivered (the `webhook-id` header).
    pub event_id: Uuid,
    /// `Scope.activity`, as the body's `type`.
    pub event_type: String,
    pub status: WebhookDeliveryStatus,
    /// The latest attempts, oldest first.
    pub attempts: Vec<WebhookAttempt>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Where a delivery stands.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WebhookDeliveryStatus {
    /// Failed so far; tried again on the schedule.
    Pending,
    Succeeded,
    /// Given up on: the schedule ran out, or the endpoint refused it
    /// (a 4xx other than 410 and 429).
    Failed,
}

/// One attempt to deliver an event.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct WebhookAttempt {
    pub at: DateTime<Utc>,
    /// `scheduled` (the queue's) or `manual` (a retry asked for).
    pub trigger: String,
    pub succeeded: bool,
    /// The response's status code, if a response came.
    pub response_status: Option<u16>,
    /// The start of the response's body (at most 1 KiB), as text.
    pub response_body: Option<String>,
    /// Why the attempt failed without a response (a refused address, a
    /// timeout, a connection error), if it did.
    pub error: Option<String>,
    pub duration_ms: u64,
}

/// What a replay asks for: every event committed at or after `since`,
/// delivered again in commit order.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookReplay {
    pub since: DateTime<Utc>,
}

/// What a retry or a replay queued.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct WebhookQueued {
    /// The first event it queued (null: none, the log holds nothing
    /// since then).
    pub from_event: Option<Uuid>,
}

/// A webhook endpoint's event types: at most 50, each a scope or a scope
/// and an activity; `null` is as if the field were left out.
pub fn event_types_schema(_: &mut SchemaGenerator) -> Schema {
    let mut choices: Vec<String> =
        EVENT_SCOPES.iter().map(|scope| scope.to_string()).collect();
    for scope in EVENT_SCOPES {
        for activity in EVENT_ACTIVITIES {
            choices.push(format!("{scope}.{activity}"));
        }
    }
    let schema = json!({
        "type": "array",
        "maxItems": 50,
        "items": constrained::string(json!({ "enum": choices })),
        "nullable": true,
    });
    Schema::Object(
        serde_json::from_value::<SchemaObject>(schema).expect("a valid schema"),
    )
}
