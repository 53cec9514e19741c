//! The activity log's wire types: PostHog's `advanced_activity_logs`
//! (`ActivityLog`, its filters and its two paginations), its OCSF form, and
//! orgbase's export.

use super::types::UserBasic;
use chrono::DateTime;
use chrono::Utc;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Serialize;
use serde_json::Map;
use serde_json::Value;
use uuid::Uuid;

/// The query of the organization's activity log. A list filter (`users`,
/// `scopes`, ...) may be repeated (`?scopes=Role&scopes=Organization`),
/// or given once as a JSON array (`?scopes=["Role","Organization"]`) or
/// comma-separated; its values are OR-combined, and the filters
/// AND-combined.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogParams {
    /// Lower bound on `created_at` (inclusive), ISO-8601.
    pub start_date: Option<DateTime<Utc>>,
    /// Upper bound on `created_at` (inclusive), ISO-8601.
    pub end_date: Option<DateTime<Utc>>,
    /// Users who made the change (user UUIDs).
    pub users: Option<String>,
    /// Scopes (`Organization`, `OrganizationMembership`, `Role`, ...).
    pub scopes: Option<String>,
    /// Activities (`created`, `updated`, `deleted`, `scim_provisioned`,
    /// ...).
    pub activities: Option<String>,
    /// Clients that made the change (`X-PostHog-Client`, else the
    /// `User-Agent`).
    pub clients: Option<String>,
    /// Client addresses: exact IPv4/IPv6 addresses, or patterns with `*`
    /// (`203.0.113.*`).
    pub ip_addresses: Option<String>,
    /// The `item_id`s of the changed records.
    pub item_ids: Option<String>,
    /// Text searched for, case-insensitively, in each entry's `detail`.
    pub search_text: Option<String>,
    /// A JSON object of `detail` field paths to `{"operation", "value"}`
    /// filters (operations `exact`, `contains`, `in`; `changes[].field`
    /// reaches into the list of changes).
    pub detail_filters: Option<String>,
    /// Only entries of orgbase's own work (true), or none of it (false).
    pub is_system: Option<bool>,
    /// Only entries of impersonated users (true), or none (false).
    pub was_impersonated: Option<bool>,
    /// `-created_at` (newest first, the default) or `created_at` (oldest
    /// first: a poller keeps the `next` link and follows it later).
    pub ordering: Option<ActivityLogOrdering>,
    /// `ocsf` answers Open Cybersecurity Schema Framework 1.5.0 events.
    pub schema: Option<ActivityLogSchema>,
    /// With `schema=ocsf`: include the values before and after each
    /// change.
    pub include_values: Option<bool>,
    /// A page number: pages numbered from 1, with a `count`, newest first.
    /// Without it, pages follow a cursor.
    #[schemars(range(min = 1))]
    pub page: Option<u64>,
    /// Results per page (default 100, at most 1000).
    #[schemars(range(min = 1, max = 1000))]
    pub page_size: Option<u64>,
    /// Where a page follows on from: taken from a `next` or `previous`
    /// link.
    pub cursor: Option<String>,
}

/// The order of the activity log.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
pub enum ActivityLogOrdering {
    /// Newest first.
    #[serde(rename = "-created_at")]
    Newest,
    /// Oldest first, in commit order.
    #[serde(rename = "created_at")]
    Oldest,
}

/// The form of the activity log's entries.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityLogSchema {
    /// Open Cybersecurity Schema Framework 1.5.0 events.
    Ocsf,
}

/// A page of the activity log. Cursor pages (the default) carry no
/// `count`; numbered pages (`page`) do.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogPage {
    /// The number of entries that match, on numbered pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// Absolute URL of the next page, or null after the last.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null before the first.
    pub previous: Option<String>,
    pub results: Vec<ActivityLogResult>,
}

/// An entry of the activity log, in the form the query asked for.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[serde(untagged)]
pub enum ActivityLogResult {
    Entry(Box<ActivityLogEntry>),
    Ocsf(Box<OcsfEvent>),
}

/// One change: who made it, when, from where, and what it changed
/// (PostHog's `ActivityLog`).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogEntry {
    pub id: Uuid,
    /// Who made the change: null for orgbase's own work and for an
    /// identity provider (SCIM; see `client` and `detail.context`).
    pub user: Option<UserBasic>,
    /// Whether the entry is newer than what the caller last saw (no
    /// bookmarks are kept: false).
    pub unread: bool,
    pub organization_id: Uuid,
    /// The project the change was to, for a project's entries.
    pub team_id: Option<i64>,
    pub was_impersonated: bool,
    pub is_system: bool,
    /// `created`, `updated`, `deleted`, `scim_provisioned`,
    /// `scim_updated`, `scim_deprovisioned`.
    pub activity: String,
    /// The changed record's id.
    pub item_id: String,
    /// What kind of record changed: `Organization`,
    /// `OrganizationMembership`, `OrganizationInvite`,
    /// `OrganizationDomain`, `Role`, `RoleMembership`,
    /// `RoleExternalReference`, `CimdToken`, `ProxyRecord`, `Project`,
    /// `User`, `PersonalAPIKey`.
    pub scope: String,
    pub detail: ActivityLogDetail,
    pub created_at: DateTime<Utc>,
    /// The client that made the change.
    pub client: Option<String>,
    /// The address it came from.
    pub ip_address: Option<String>,
}

/// What an entry says changed.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogDetail {
    /// The changed record's name, where it has one.
    pub name: Option<String>,
    pub changes: Vec<ActivityLogChange>,
    /// Where the change came from beyond its actor (a SCIM domain).
    pub context: Option<Map<String, Value>>,
}

/// One field's change (PostHog's `Change`). Secrets are masked.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogChange {
    /// The scope of the changed record.
    #[serde(rename = "type")]
    pub kind: String,
    /// `created`, `changed` or `deleted`.
    pub action: String,
    pub field: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// An entry as an Open Cybersecurity Schema Framework 1.5.0 event:
/// Entity Management (3004), or Account Change (3001) for identity
/// provider provisioning. Valid against OCSF's published schema.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfEvent {
    pub metadata: OcsfMetadata,
    /// Milliseconds since the epoch.
    pub time: i64,
    pub class_uid: u32,
    pub category_uid: u32,
    pub type_uid: u32,
    pub activity_id: u32,
    /// The source activity, where `activity_id` is 99 (other).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_name: Option<String>,
    /// 1: informational.
    pub severity_id: u32,
    /// 1: success.
    pub status_id: u32,
    /// The changed record (Entity Management).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<OcsfEntity>,
    /// The record after the change, with `include_values`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_result: Option<OcsfEntity>,
    /// The provisioned user (Account Change).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<OcsfUser>,
    pub actor: OcsfActor,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src_endpoint: Option<OcsfEndpoint>,
    /// What OCSF has no attribute for.
    pub unmapped: Map<String, Value>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfMetadata {
    /// `1.5.0`.
    pub version: String,
    pub product: OcsfProduct,
    /// The entry's id.
    pub uid: String,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfProduct {
    pub name: String,
    pub vendor_name: String,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub uid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Changed fields' values, with `include_values`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Map<String, Value>>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfUser {
    pub uid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Only an address OCSF accepts (`admin@localhost` is not one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_addr: Option<String>,
}

/// Who made the change: a user, else the application that did.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfActor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<OcsfUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OcsfEndpoint {
    pub ip: String,
}

/// What the organization's activity log holds to filter on (PostHog's
/// `available_filters`).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogAvailableFilters {
    pub static_filters: ActivityLogStaticFilters,
    /// By scope, the `detail` fields seen and their JSON types.
    pub detail_fields: Map<String, Value>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogStaticFilters {
    pub users: Vec<ActivityLogFilterOption>,
    pub scopes: Vec<ActivityLogFilterOption>,
    pub activities: Vec<ActivityLogFilterOption>,
    pub clients: Vec<ActivityLogFilterOption>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ActivityLogFilterOption {
    pub value: String,
    /// A user's name, else email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// An export of the activity log: every entry that `filters` keeps,
/// oldest first, streamed.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityLogExport {
    /// `csv` (PostHog's flat columns) or `ndjson` (one entry per line, as
    /// the list answers it). Default `csv`.
    pub format: Option<ActivityLogExportFormat>,
    pub filters: Option<ActivityLogFilters>,
}

#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityLogExportFormat {
    Csv,
    Ndjson,
}

/// The filters of an export: the list's, with lists as arrays.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityLogFilters {
    pub start_date: Option<DateTime<Utc>>,
    pub end_date: Option<DateTime<Utc>>,
    pub users: Option<Vec<Uuid>>,
    pub scopes: Option<Vec<String>>,
    pub activities: Option<Vec<String>>,
    pub clients: Option<Vec<String>>,
    pub ip_addresses: Option<Vec<String>>,
    pub item_ids: Option<Vec<String>>,
    pub search_text: Option<String>,
    pub detail_filters: Option<Map<String, Value>>,
    pub is_system: Option<bool>,
    pub was_impersonated: Option<bool>,
}
