//! Wire types of an organization's projects, as PostHog's
//! `ProjectBackwardCompat` schema has them. A project's analytics settings
//! (session replay, autocapture, surveys, ...) configure products orgbase
//! does not run: it keeps them and answers them as written, checked
//! against PostHog's types and bounds, so that PostHog's clients that read
//! and write them work.

use super::nullable;
use chrono::DateTime;
use chrono::Utc;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Serialize;
use uuid::Uuid;

/// How long new session recordings are kept.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
pub enum RetentionPeriod {
    /// 30 days.
    #[serde(rename = "30d")]
    Days30,
    /// 90 days.
    #[serde(rename = "90d")]
    Days90,
    /// One year.
    #[serde(rename = "1y")]
    Year1,
    /// Five years.
    #[serde(rename = "5y")]
    Years5,
}

/// Whom the project's product serves.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum BusinessModel {
    /// Businesses.
    B2b,
    /// Consumers.
    B2c,
    /// Something else.
    Other,
    /// Not said (PostHog accepts a blank value).
    #[serde(rename = "")]
    Blank,
}

/// Path of one project of an organization.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ProjectPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// A unique value identifying this project (its numeric id).
    pub id: String,
}

/// Path of a project named by its id alone.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ProjectRootPath {
    /// The project's numeric id, or `@current` for the caller's current
    /// project.
    pub id: String,
}

/// The query of the project list: PostHog's pagination and `search`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ProjectListParams {
    /// Number of results to return per page (default 100; values above
    /// 1000 are served as 1000).
    #[schemars(range(min = 1))]
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub limit: Option<u64>,
    /// The initial index from which to return the results (default 0).
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub offset: Option<u64>,
    /// Keeps the projects whose name contains every word of it, without
    /// regard to case.
    pub search: Option<String>,
}

impl super::types::Paged for ProjectListParams {
    fn page(&self) -> super::types::ListParams {
        super::types::ListParams { limit: self.limit, offset: self.offset }
    }
}

/// A project with its settings (PostHog's `ProjectBackwardCompat`: a
/// project that also answers as its one environment).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct Project {
    /// Numeric id of the project (and of its environment).
    pub id: i64,
    /// The organization the project belongs to.
    pub organization: Uuid,
    /// Human-readable project name, unique in the organization.
    pub name: String,
    /// Short description of what the project is about.
    pub product_description: Option<String>,
    /// When the project was created.
    pub created_at: DateTime<Utc>,
    /// The caller's level in the project: 1 member, 8 admin, 15 owner.
    pub effective_membership_level: Option<u8>,
    /// Whether the project has group types (orgbase keeps no analytics
    /// data: false).
    pub has_group_types: bool,
    /// The project's group types (none here).
    pub group_types: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Token for the live events stream (none here: null).
    pub live_events_token: Option<String>,
    /// When the project was last changed.
    pub updated_at: DateTime<Utc>,
    /// UUID of the project's environment.
    pub uuid: Uuid,
    /// The project's public API token (`phc_...`), used by ingestion.
    pub api_token: String,
    /// Whether an event was ever ingested (orgbase has no ingestion:
    /// false).
    pub ingested_event: bool,
    /// Whether the project holds demo data.
    pub is_demo: bool,
    /// IANA time zone used for date-based filters and reporting.
    pub timezone: String,
    /// Whether the project is private: seen only by the organization's
    /// admins and the members given access to it.
    pub access_control: bool,
    /// Whether person-on-events querying is on (false).
    pub person_on_events_querying_enabled: bool,
    /// Query modifiers the project defaults to (none here).
    pub default_modifiers: serde_json::Map<String, serde_json::Value>,
    /// Products the project intends to use (none here).
    pub product_intents: Vec<serde_json::Value>,
    /// The project's secret API token (`phs_...`): in full only in the
    /// response that made it, masked everywhere else; null when none.
    pub secret_api_token: Option<String>,
    /// The previous secret token, kept after a rotation until deleted
    /// (masked); null when none.
    pub secret_api_token_backup: Option<String>,
    /// Setup tasks the project may show.
    pub available_setup_task_ids: Vec<String>,
    /// App urls.
    pub app_urls: Vec<String>,
    /// When true, PostHog drops the IP address from every ingested event.
    pub anonymize_ips: bool,
    /// Completed snippet onboarding.
    pub completed_snippet_onboarding: bool,
    /// Filter groups that identify internal/test traffic to be excluded from insights.
    pub test_account_filters: serde_json::Value,
    /// When true, new insights default to excluding internal/test users.
    pub test_account_filters_default_checked: Option<bool>,
    /// Regex rewrite rules that collapse dynamic path segments (e.g. user IDs) before displaying URLs in paths.
    pub path_cleaning_filters: Option<serde_json::Value>,
    /// Element attributes that posthog-js should capture as action identifiers (e.g. `['data-attr']`).
    pub data_attributes: serde_json::Value,
    /// Ordered list of person properties used to render a human-friendly display name in the UI.
    pub person_display_name_properties: Option<Vec<String>>,
    /// Correlation config.
    pub correlation_config: Option<serde_json::Value>,
    /// Disables posthog-js autocapture (clicks, page views) when true.
    pub autocapture_opt_out: Option<bool>,
    /// Enables automatic capture of JavaScript exceptions via the SDK.
    pub autocapture_exceptions_opt_in: Option<bool>,
    /// Enables automatic capture of Core Web Vitals performance metrics.
    pub autocapture_web_vitals_opt_in: Option<bool>,
    /// Autocapture web vitals allowed metrics.
    pub autocapture_web_vitals_allowed_metrics: Option<serde_json::Value>,
    /// Autocapture exceptions errors to ignore.
    pub autocapture_exceptions_errors_to_ignore: Option<serde_json::Value>,
    /// Enables capturing browser console logs alongside session replays.
    pub capture_console_log_opt_in: Option<bool>,
    /// Enables capturing performance timing and network requests.
    pub capture_performance_opt_in: Option<bool>,
    /// Enables session replay recording for this project.
    pub session_recording_opt_in: bool,
    /// Fraction of sessions to record, as a decimal string between `0.00` and `1.00` (e.g. `0.1` = 10%).
    pub session_recording_sample_rate: Option<String>,
    /// Skip saving sessions shorter than this many milliseconds.
    pub session_recording_minimum_duration_milliseconds: Option<i64>,
    /// Session recording linked flag.
    pub session_recording_linked_flag: Option<serde_json::Value>,
    /// Session recording network payload capture config.
    pub session_recording_network_payload_capture_config:
        Option<serde_json::Value>,
    /// Session recording masking config.
    pub session_recording_masking_config: Option<serde_json::Value>,
    /// Session recording url trigger config.
    pub session_recording_url_trigger_config: Option<Vec<serde_json::Value>>,
    /// Session recording url blocklist config.
    pub session_recording_url_blocklist_config: Option<Vec<serde_json::Value>>,
    /// Session recording event trigger config.
    pub session_recording_event_trigger_config: Option<Vec<String>>,
    /// Session recording trigger match type config.
    pub session_recording_trigger_match_type_config: Option<String>,
    /// V2 trigger groups configuration for session recording. If present, takes precedence over legacy trigger fields.
    pub session_recording_trigger_groups: Option<serde_json::Value>,
    /// How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan).  * `30d` - 30 Days * `90d` - 90 Days * `1y` - 1 Year * `5y` - 5 Years.
    pub session_recording_retention_period: RetentionPeriod,
    /// Session replay config.
    pub session_replay_config: Option<serde_json::Value>,
    /// Survey config.
    pub survey_config: Option<serde_json::Value>,
    /// First day of the week for date range filters. 0 = Sunday, 1 = Monday.  * `0` - Sunday * `1` - Monday.
    pub week_start_day: Option<u8>,
    /// ID of the dashboard shown as the project's default landing dashboard.
    pub primary_dashboard: Option<i64>,
    /// Live events columns.
    pub live_events_columns: Option<Vec<String>>,
    /// Origins permitted to record session replays and heatmaps. Empty list allows all origins.
    pub recording_domains: Option<Vec<String>>,
    /// Inject web apps.
    pub inject_web_apps: Option<bool>,
    /// Extra settings.
    pub extra_settings: Option<serde_json::Value>,
    /// Modifiers.
    pub modifiers: Option<serde_json::Value>,
    /// Has completed onboarding for.
    pub has_completed_onboarding_for: Option<serde_json::Value>,
    /// Enables displaying surveys via posthog-js on allowed origins.
    pub surveys_opt_in: Option<bool>,
    /// Enables heatmap recording on pages that host posthog-js.
    pub heatmaps_opt_in: Option<bool>,
    /// Default value for the `persist` option on newly created feature flags.
    pub flags_persistence_default: Option<bool>,
    /// Receive org level activity logs.
    pub receive_org_level_activity_logs: Option<bool>,
    /// Whether this project serves B2B or B2C customers. Used to optimize default UI layouts.  * `b2b` - B2B * `b2c` - B2C * `other` - Other.
    pub business_model: Option<BusinessModel>,
    /// Enables the customer conversations / live chat product for this project.
    pub conversations_enabled: Option<bool>,
    /// Conversations settings.
    pub conversations_settings: Option<serde_json::Value>,
    /// Logs settings.
    pub logs_settings: Option<serde_json::Value>,
    /// Proactive tasks enabled.
    pub proactive_tasks_enabled: Option<bool>,
}

/// Body of a project create, full update (PUT) or partial update
/// (PATCH): every field optional (a name left out of a create is made
/// up); `null` clears a nullable field. Read-only fields sent here are
/// ignored.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, Serialize)]
pub struct ProjectWrite {
    /// Human-readable project name: 1 to 200 characters once trimmed,
    /// unique in the organization without regard to case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Short description of what the project is about (at most 1000
    /// characters).
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<String>")]
    pub product_description: Option<Option<String>>,
    /// Whether the project holds demo data (creates only; an
    /// organization has one demo project at most).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_demo: Option<bool>,
    /// IANA time zone (e.g. `America/Los_Angeles`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Whether the project is private (admins only may change it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_control: Option<bool>,
    /// App urls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_urls: Option<Vec<String>>,
    /// When true, PostHog drops the IP address from every ingested event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymize_ips: Option<bool>,
    /// Completed snippet onboarding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_snippet_onboarding: Option<bool>,
    /// Filter groups that identify internal/test traffic to be excluded from insights.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_account_filters: Option<serde_json::Value>,
    /// When true, new insights default to excluding internal/test users.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub test_account_filters_default_checked: Option<Option<bool>>,
    /// Regex rewrite rules that collapse dynamic path segments (e.g. user IDs) before displaying URLs in paths.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub path_cleaning_filters: Option<Option<serde_json::Value>>,
    /// Element attributes that posthog-js should capture as action identifiers (e.g. `['data-attr']`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_attributes: Option<serde_json::Value>,
    /// Ordered list of person properties used to render a human-friendly display name in the UI.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<Vec<String>>")]
    pub person_display_name_properties: Option<Option<Vec<String>>>,
    /// Correlation config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub correlation_config: Option<Option<serde_json::Value>>,
    /// Disables posthog-js autocapture (clicks, page views) when true.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub autocapture_opt_out: Option<Option<bool>>,
    /// Enables automatic capture of JavaScript exceptions via the SDK.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub autocapture_exceptions_opt_in: Option<Option<bool>>,
    /// Enables automatic capture of Core Web Vitals performance metrics.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub autocapture_web_vitals_opt_in: Option<Option<bool>>,
    /// Autocapture web vitals allowed metrics.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub autocapture_web_vitals_allowed_metrics:
        Option<Option<serde_json::Value>>,
    /// Autocapture exceptions errors to ignore.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub autocapture_exceptions_errors_to_ignore:
        Option<Option<serde_json::Value>>,
    /// Enables capturing browser console logs alongside session replays.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub capture_console_log_opt_in: Option<Option<bool>>,
    /// Enables capturing performance timing and network requests.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub capture_performance_opt_in: Option<Option<bool>>,
    /// Enables session replay recording for this project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_recording_opt_in: Option<bool>,
    /// Fraction of sessions to record, as a decimal string between `0.00` and `1.00` (e.g. `0.1` = 10%).
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<String>")]
    pub session_recording_sample_rate: Option<Option<String>>,
    /// Skip saving sessions shorter than this many milliseconds.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<i64>")]
    pub session_recording_minimum_duration_milliseconds: Option<Option<i64>>,
    /// Session recording linked flag.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub session_recording_linked_flag: Option<Option<serde_json::Value>>,
    /// Session recording network payload capture config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub session_recording_network_payload_capture_config:
        Option<Option<serde_json::Value>>,
    /// Session recording masking config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub session_recording_masking_config: Option<Option<serde_json::Value>>,
    /// Session recording url trigger config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<Vec<serde_json::Value>>")]
    pub session_recording_url_trigger_config:
        Option<Option<Vec<serde_json::Value>>>,
    /// Session recording url blocklist config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<Vec<serde_json::Value>>")]
    pub session_recording_url_blocklist_config:
        Option<Option<Vec<serde_json::Value>>>,
    /// Session recording event trigger config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<Vec<String>>")]
    pub session_recording_event_trigger_config: Option<Option<Vec<String>>>,
    /// Session recording trigger match type config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<String>")]
    pub session_recording_trigger_match_type_config: Option<Option<String>>,
    /// V2 trigger groups configuration for session recording. If present, takes precedence over legacy trigger fields.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub session_recording_trigger_groups: Option<Option<serde_json::Value>>,
    /// How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan).  * `30d` - 30 Days * `90d` - 90 Days * `1y` - 1 Year * `5y` - 5 Years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_recording_retention_period: Option<RetentionPeriod>,
    /// Session replay config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub session_replay_config: Option<Option<serde_json::Value>>,
    /// Survey config.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub survey_config: Option<Option<serde_json::Value>>,
    /// First day of the week for date range filters. 0 = Sunday, 1 = Monday.  * `0` - Sunday * `1` - Monday.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<u8>")]
    pub week_start_day: Option<Option<u8>>,
    /// ID of the dashboard shown as the project's default landing dashboard.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<i64>")]
    pub primary_dashboard: Option<Option<i64>>,
    /// Live events columns.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<Vec<String>>")]
    pub live_events_columns: Option<Option<Vec<String>>>,
    /// Origins permitted to record session replays and heatmaps. Empty list allows all origins.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<Vec<String>>")]
    pub recording_domains: Option<Option<Vec<String>>>,
    /// Inject web apps.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub inject_web_apps: Option<Option<bool>>,
    /// Extra settings.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub extra_settings: Option<Option<serde_json::Value>>,
    /// Modifiers.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub modifiers: Option<Option<serde_json::Value>>,
    /// Has completed onboarding for.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub has_completed_onboarding_for: Option<Option<serde_json::Value>>,
    /// Enables displaying surveys via posthog-js on allowed origins.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub surveys_opt_in: Option<Option<bool>>,
    /// Enables heatmap recording on pages that host posthog-js.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub heatmaps_opt_in: Option<Option<bool>>,
    /// Default value for the `persist` option on newly created feature flags.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub flags_persistence_default: Option<Option<bool>>,
    /// Receive org level activity logs.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub receive_org_level_activity_logs: Option<Option<bool>>,
    /// Whether this project serves B2B or B2C customers. Used to optimize default UI layouts.  * `b2b` - B2B * `b2c` - B2C * `other` - Other.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<BusinessModel>")]
    pub business_model: Option<Option<BusinessModel>>,
    /// Enables the customer conversations / live chat product for this project.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub conversations_enabled: Option<Option<bool>>,
    /// Conversations settings.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub conversations_settings: Option<Option<serde_json::Value>>,
    /// Logs settings.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub logs_settings: Option<Option<serde_json::Value>>,
    /// Proactive tasks enabled.
    #[serde(
        default,
        deserialize_with = "nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub proactive_tasks_enabled: Option<Option<bool>>,
}

/// Body of a project's move to another organization.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ProjectMove {
    /// The organization to move the project to; the caller must be an
    /// admin of both.
    pub organization_id: Uuid,
}

/// Whether demo data is being generated for a project.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct DemoDataStatus {
    /// Always false: orgbase generates no demo data.
    pub is_generating_demo_data: bool,
}
