//! Wire types: the request and response bodies of the API, field by field
//! as PostHog's schema has them. No logic lives here.

use super::constrained;
use super::nullable;
use chrono::DateTime;
use chrono::Utc;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Serialize;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Page size when `limit` is not given.
pub const DEFAULT_PAGE_LIMIT: u64 = 100;
/// Largest page; a larger `limit` is served as this.
pub const MAX_PAGE_LIMIT: u64 = 1000;

/// `limit`/`offset` pagination parameters, as PostHog's lists take them.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ListParams {
    /// Number of results to return per page (default 100; values above
    /// 1000 are served as 1000).
    #[schemars(range(min = 1))]
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub limit: Option<u64>,
    /// The initial index from which to return the results (default 0).
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub offset: Option<u64>,
}

/// The query of a list operation: its `limit`/`offset` part.
pub trait Paged {
    fn page(&self) -> ListParams;

    /// Where the page continues (`after`), for lists that take it.
    fn after(&self) -> Option<&str> {
        None
    }
}

/// Query of a list that can grow large and continues after an item
/// (organizations, invites, roles, domains): `limit`/`offset`, and `after`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ContinuedListParams {
    /// Number of results to return per page (default 100; values above
    /// 1000 are served as 1000).
    #[schemars(range(min = 1))]
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub limit: Option<u64>,
    /// The initial index from which to return the results (default 0).
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub offset: Option<u64>,
    /// Continue just after this item (opaque: copy it from a `next` link,
    /// which carries it). The page then starts there whatever `offset`
    /// says, and costs the same however deep it is; `offset` still numbers
    /// the links.
    #[serde(default)]
    #[schemars(schema_with = "super::constrained::place_by_id")]
    pub after: Option<String>,
}

impl Paged for ContinuedListParams {
    fn page(&self) -> ListParams {
        ListParams { limit: self.limit, offset: self.offset }
    }

    fn after(&self) -> Option<&str> {
        self.after.as_deref()
    }
}

/// Query of a list in joining order (a role's members): `limit`/`offset`,
/// and `after`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct JoinedListParams {
    /// Number of results to return per page (default 100; values above
    /// 1000 are served as 1000).
    #[schemars(range(min = 1))]
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub limit: Option<u64>,
    /// The initial index from which to return the results (default 0).
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub offset: Option<u64>,
    /// Continue just after this item (opaque: copy it from a `next` link,
    /// which carries it). The page then starts there whatever `offset`
    /// says, and costs the same however deep it is; `offset` still numbers
    /// the links.
    #[serde(default)]
    #[schemars(schema_with = "super::constrained::place_by_joining")]
    pub after: Option<String>,
}

impl Paged for JoinedListParams {
    fn page(&self) -> ListParams {
        ListParams { limit: self.limit, offset: self.offset }
    }

    fn after(&self) -> Option<&str> {
        self.after.as_deref()
    }
}

impl Paged for ListParams {
    fn page(&self) -> ListParams {
        self.clone()
    }
}

/// One page of a list.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "Paginated{T}List")]
pub struct Paginated<T> {
    /// Total number of results across all pages.
    pub count: u64,
    /// Absolute URL of the next page, or null on the last page.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null on the first page.
    pub previous: Option<String>,
    /// The results on this page.
    pub results: Vec<T>,
}

/// Path of a single organization: its UUID, or `@current` for the caller's
/// current organization.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct OrganizationPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
}

/// Default statistical method for new experiments.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ExperimentStatsMethod {
    /// Bayesian.
    Bayesian,
    /// Frequentist.
    Frequentist,
    /// No method chosen (PostHog accepts a blank value).
    #[serde(rename = "")]
    Blank,
}

/// An environment (team) of an organization, as listed on the organization.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct TeamBasic {
    /// Numeric id of the environment.
    pub id: i64,
    /// UUID of the environment.
    pub uuid: Uuid,
    /// The organization the environment belongs to.
    pub organization: Uuid,
    /// The project the environment belongs to.
    pub project_id: i64,
    /// Project API key used by ingestion.
    pub api_token: String,
    /// Name of the environment.
    pub name: String,
    /// Whether this environment holds demo data.
    pub is_demo: bool,
    /// Time zone of the environment.
    pub timezone: String,
    /// Whether the snippet onboarding was completed (orgbase has no
    /// ingestion: false).
    pub completed_snippet_onboarding: bool,
    /// Products whose onboarding was completed (none here: null).
    pub has_completed_onboarding_for: Option<serde_json::Value>,
    /// Whether an event was ever ingested (orgbase has no ingestion:
    /// false).
    pub ingested_event: bool,
    /// Whether the legacy per-project access control is on (false).
    pub access_control: bool,
}

/// A project of an organization, as listed on the organization.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProjectBasic {
    /// Numeric id of the project.
    pub id: i64,
    /// The organization the project belongs to.
    pub organization_id: Uuid,
    /// Name of the project.
    pub name: String,
}

/// An organization.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct Organization {
    /// Identifier (a UUID).
    pub id: Uuid,
    /// Display name, at most 64 characters.
    pub name: String,
    /// URL-safe name, unique across organizations, fixed at creation.
    pub slug: String,
    /// Uploaded logo, if any.
    pub logo_media_id: Option<Uuid>,
    /// When the organization was created.
    pub created_at: DateTime<Utc>,
    /// When the organization was last changed.
    pub updated_at: DateTime<Utc>,
    /// The caller's membership level here: 1 member, 8 admin, 15 owner.
    pub membership_level: Option<u8>,
    /// Plugin access level: 0 none, 3 config, 6 install, 9 root.
    pub plugins_access_level: u8,
    /// Environments of the organization.
    pub teams: Vec<TeamBasic>,
    /// Projects of the organization.
    pub projects: Vec<ProjectBasic>,
    /// Billing-managed entitlements (null: none managed here).
    pub available_product_features: Option<Vec<serde_json::Value>>,
    /// Legacy field; always true.
    pub is_member_join_email_enabled: bool,
    /// Instance metadata (`instance_tag`).
    pub metadata: BTreeMap<String, String>,
    /// Billing customer id (null: no billing).
    pub customer_id: Option<String>,
    /// Whether members must use two-factor authentication.
    pub enforce_2fa: Option<bool>,
    /// Whether plain members may invite others.
    pub members_can_invite: Option<bool>,
    /// Whether plain members may create projects.
    pub members_can_create_projects: Option<bool>,
    /// Whether plain members may use personal API keys.
    pub members_can_use_personal_api_keys: bool,
    /// Whether resources may be shared publicly.
    pub allow_publicly_shared_resources: bool,
    /// Number of members.
    pub member_count: u64,
    /// Whether AI data processing is approved.
    pub is_ai_data_processing_approved: Option<bool>,
    /// Default statistical method for new experiments.
    pub default_experiment_stats_method: Option<ExperimentStatsMethod>,
    /// Default "discard client IP data" setting for new projects.
    pub default_anonymize_ips: bool,
    /// Role given to new members who join the organization.
    pub default_role_id: Option<Uuid>,
    /// Whether the organization is active.
    pub is_active: Option<bool>,
    /// Why the organization was deactivated, if it was.
    pub is_not_active_reason: Option<String>,
    /// Whether deletion of the organization is under way.
    pub is_pending_deletion: Option<bool>,
}

/// Declares the two organization write bodies from one list of settings:
/// `OrganizationCreate` (POST and PUT: `name` required) and
/// `OrganizationPatch` (PATCH: everything optional), and the conversion of
/// the first into the second. (Not `#[serde(flatten)]`: flattened fields
/// lose their names in deserialization errors, and `attr` needs them.)
macro_rules! organization_write_bodies {
    ($(
        #[doc = $doc:literal]
        $(#[$meta:meta])*
        $field:ident: $type:ty,
    )*) => {
        /// Body of an organization create or full update (PUT): `name` is
        /// required; other fields left out keep their default (create) or
        /// current value (PUT), and `null` clears a nullable field.
        /// Read-only fields sent here are ignored.
        #[derive(Clone, Debug, Deserialize, JsonSchema)]
        pub struct OrganizationCreate {
            /// Display name: not blank, at most 64 characters.
            #[schemars(schema_with = "constrained::text::<1, 64>")]
            pub name: String,
            $(#[doc = $doc] $(#[$meta])* pub $field: $type,)*
        }

        /// Body of an organization partial update (PATCH): every field
        /// optional; `null` clears a nullable field. Read-only fields sent
        /// here are ignored.
        #[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
        pub struct OrganizationPatch {
            /// Display name: not blank, at most 64 characters.
            #[serde(default)]
            #[schemars(schema_with = "constrained::optional_text::<1, 64>")]
            pub name: Option<String>,
            $(#[doc = $doc] $(#[$meta])* pub $field: $type,)*
        }

        impl From<OrganizationCreate> for OrganizationPatch {
            fn from(body: OrganizationCreate) -> OrganizationPatch {
                OrganizationPatch { name: Some(body.name), $($field: body.$field,)* }
            }
        }
    };
}

organization_write_bodies! {
    /// Uploaded logo; null clears it.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<Uuid>")]
    logo_media_id: Option<Option<Uuid>>,
    /// Whether members must use two-factor authentication.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    enforce_2fa: Option<Option<bool>>,
    /// Whether plain members may invite others.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    members_can_invite: Option<Option<bool>>,
    /// Whether plain members may create projects.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    members_can_create_projects: Option<Option<bool>>,
    /// Whether plain members may use personal API keys.
    members_can_use_personal_api_keys: Option<bool>,
    /// Whether resources may be shared publicly.
    allow_publicly_shared_resources: Option<bool>,
    /// Whether AI data processing is approved.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    is_ai_data_processing_approved: Option<Option<bool>>,
    /// Default statistical method for new experiments.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<ExperimentStatsMethod>")]
    default_experiment_stats_method: Option<Option<ExperimentStatsMethod>>,
    /// Default "discard client IP data" setting for new projects.
    default_anonymize_ips: Option<bool>,
    /// Role given to new members; must be a role of this organization.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<Uuid>")]
    default_role_id: Option<Option<Uuid>>,
}

/// An organization as it appears on a user.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OrganizationBasic {
    /// Identifier (a UUID).
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// URL-safe name.
    pub slug: String,
    /// Uploaded logo, if any.
    pub logo_media_id: Option<Uuid>,
    /// The user's membership level: 1 member, 8 admin, 15 owner.
    pub membership_level: u8,
    /// Whether plain members may use personal API keys.
    pub members_can_use_personal_api_keys: bool,
    /// Whether the organization is active.
    pub is_active: Option<bool>,
    /// Why the organization was deactivated, if it was.
    pub is_not_active_reason: Option<String>,
    /// Whether the organization's deletion has begun (never: orgbase
    /// deletes an organization in one transaction).
    pub is_pending_deletion: Option<bool>,
}

/// What the user does at their organization.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RoleAtOrganization {
    /// Engineering.
    Engineering,
    /// Data.
    Data,
    /// Product management.
    Product,
    /// Founder.
    Founder,
    /// Leadership.
    Leadership,
    /// Marketing.
    Marketing,
    /// Sales.
    Sales,
    /// Something else.
    Other,
}

/// How the toolbar opens (`""`: not chosen).
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ToolbarMode {
    /// Toolbar disabled.
    Disabled,
    /// Toolbar enabled.
    Toolbar,
    /// Not chosen.
    #[serde(rename = "")]
    Blank,
}

/// Colour theme of the app (`""`: not chosen).
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ThemeMode {
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// Follow the system.
    System,
    /// Not chosen.
    #[serde(rename = "")]
    Blank,
}

/// Where the keyboard shortcut hint sits (`""`: not chosen).
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ShortcutPosition {
    /// Above.
    Above,
    /// Below.
    Below,
    /// Hidden.
    Hidden,
    /// Not chosen.
    #[serde(rename = "")]
    Blank,
}

/// A page the user personalised (orgbase keeps none: always empty).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ScenePersonalisation {
    /// The scene.
    pub scene: String,
    /// The dashboard shown there.
    pub dashboard: Option<i64>,
}

/// An invite waiting for the user (to their email address, not expired).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct PendingInvite {
    /// The invite's id.
    pub id: String,
    /// Address the invite is for.
    pub target_email: String,
    /// The organization the invite is to.
    pub organization_id: String,
    /// Its name.
    pub organization_name: String,
    /// When the invite was made.
    pub created_at: DateTime<Utc>,
}

/// A user, as the user sees themself: every field of PostHog's `User`.
/// orgbase has no passwords, sessions, impersonation, social logins or
/// two-factor authentication, so those fields say so (`has_password` and
/// `is_2fa_enabled` false, `is_impersonated` false, ...).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct User {
    /// When the user was created.
    pub date_joined: DateTime<Utc>,
    /// Identifier (a UUID).
    pub uuid: Uuid,
    /// Analytics distinct id (the user's UUID as text).
    pub distinct_id: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email address, unique case-insensitively.
    pub email: String,
    /// An email change awaiting verification (orgbase has none: null).
    pub pending_email: Option<String>,
    /// Whether the email address is verified (unknown here: null).
    pub is_email_verified: Option<bool>,
    /// Notification preferences, as the user set them.
    pub notification_settings: serde_json::Map<String, serde_json::Value>,
    /// Whether events captured for this user are anonymized.
    pub anonymize_data: Option<bool>,
    /// Whether staff may impersonate the user.
    pub allow_impersonation: Option<bool>,
    /// How the toolbar opens.
    pub toolbar_mode: Option<ToolbarMode>,
    /// Whether the user has a password (orgbase has none: false).
    pub has_password: bool,
    /// Numeric id.
    pub id: i64,
    /// Whether the user administers this orgbase instance.
    pub is_staff: bool,
    /// Whether this is an impersonation session (never here: false).
    pub is_impersonated: Option<bool>,
    /// When the impersonation ends (null).
    pub is_impersonated_until: Option<String>,
    /// Whether the impersonation is read-only (never here: false).
    pub is_impersonated_read_only: Option<bool>,
    /// When the sensitive-actions window of the session ends (orgbase has
    /// no sessions: null).
    pub sensitive_session_expires_at: Option<String>,
    /// The current project of the current organization; null when there
    /// is none, or when the key may not see the current organization.
    pub team: Option<TeamBasic>,
    /// The current organization; null when there is none, or when the key
    /// may not see it.
    pub organization: Option<Organization>,
    /// The user's organizations (those the key may see), oldest first.
    pub organizations: Vec<OrganizationBasic>,
    /// Column settings of the events table, as the user set them.
    pub events_column_config: serde_json::Value,
    /// Whether two-factor authentication is on (orgbase has none: false).
    pub is_2fa_enabled: bool,
    /// Whether the user signs in through a social provider (false).
    pub has_social_auth: bool,
    /// Whether a verified domain of the user's email address enforces a
    /// login method.
    pub has_sso_enforcement: bool,
    /// Product introductions the user has seen, as the user set them.
    pub has_seen_product_intro_for: Option<serde_json::Value>,
    /// Personalised pages (none kept here).
    pub scene_personalisation: Vec<ScenePersonalisation>,
    /// Colour theme.
    pub theme_mode: Option<ThemeMode>,
    /// Hedgehog settings, as the user set them.
    pub hedgehog_config: Option<serde_json::Value>,
    /// Whether the sidebar may suggest things.
    pub allow_sidebar_suggestions: Option<bool>,
    /// Where the shortcut hint sits.
    pub shortcut_position: Option<ShortcutPosition>,
    /// What the user does at their organization; left out until the user
    /// sets it (see `OMITTED_WHEN_UNSET`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_at_organization: Option<RoleAtOrganization>,
    /// Whether passkeys count for two-factor authentication.
    pub passkeys_enabled_for_2fa: Option<bool>,
    /// Whether the user was the first member of the current organization
    /// (its oldest membership); null without a current organization.
    pub is_organization_first_user: Option<bool>,
    /// Invites to the user's address that can still be accepted.
    pub pending_invites: Vec<PendingInvite>,
}

/// Body of a user update (`PATCH` or `PUT /api/users/{uuid}/`): every
/// field optional. `email` may only repeat the current address and
/// `password` cannot be set: orgbase has neither email verification nor
/// passwords, so those are refused with 400 rather than ignored.
/// Read-only fields sent here are ignored.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
pub struct UserPatch {
    /// First name, at most 150 characters.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 150>")]
    pub first_name: Option<String>,
    /// Last name, at most 150 characters.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 150>")]
    pub last_name: Option<String>,
    /// Must equal the current address (changing it needs email
    /// verification, which orgbase lacks).
    pub email: Option<String>,
    /// Refused: orgbase has no passwords.
    pub password: Option<String>,
    /// Refused: orgbase has no passwords.
    pub current_password: Option<String>,
    /// Switch the current organization to this one (its UUID); it must be
    /// one of the user's organizations.
    pub set_current_organization: Option<String>,
    /// Switch the current project to this one (its numeric id); its
    /// organization becomes the current one too.
    pub set_current_team: Option<String>,
    /// What the user does at their organization.
    pub role_at_organization: Option<RoleAtOrganization>,
    /// Notification preferences: the keys sent replace those keys, the
    /// others stay. Only PostHog's keys, each with its type: switches
    /// (`plugin_disabled`, `error_tracking_issue_assigned`,
    /// `all_weekly_digest_disabled`, `all_weekly_report_disabled`,
    /// `organization_member_join_email_disabled`) are booleans; per-project
    /// switches (`project_weekly_digest_disabled`,
    /// `error_tracking_weekly_digest_project_enabled`,
    /// `web_analytics_weekly_digest_project_enabled`) map project ids to
    /// booleans (at most 1000 each); `data_pipeline_error_threshold` is a
    /// number from 0 to 1.
    pub notification_settings:
        Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether the user administers this instance. Only a staff user may
    /// send it (others get 403, whatever the value); the instance keeps at
    /// least one staff user.
    pub is_staff: Option<bool>,
    /// Whether events captured for this user are anonymized.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub anonymize_data: Option<Option<bool>>,
    /// Whether staff may impersonate the user.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub allow_impersonation: Option<Option<bool>>,
    /// How the toolbar opens.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<ToolbarMode>")]
    pub toolbar_mode: Option<Option<ToolbarMode>>,
    /// Column settings of the events table.
    pub events_column_config: Option<serde_json::Value>,
    /// Product introductions the user has seen.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub has_seen_product_intro_for: Option<Option<serde_json::Value>>,
    /// Colour theme.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<ThemeMode>")]
    pub theme_mode: Option<Option<ThemeMode>>,
    /// Hedgehog settings.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<serde_json::Value>")]
    pub hedgehog_config: Option<Option<serde_json::Value>>,
    /// Whether the sidebar may suggest things.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub allow_sidebar_suggestions: Option<Option<bool>>,
    /// Where the shortcut hint sits.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<ShortcutPosition>")]
    pub shortcut_position: Option<Option<ShortcutPosition>>,
    /// Whether passkeys count for two-factor authentication.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<bool>")]
    pub passkeys_enabled_for_2fa: Option<Option<bool>>,
}

/// Path of one user: the user's UUID, or `@me` for the caller.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct UserPath {
    /// The user's UUID, or `@me`.
    pub uuid: String,
}

/// Query of the user list.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct UserListParams {
    /// Number of results to return per page (default 100; values above
    /// 1000 are served as 1000).
    #[schemars(range(min = 1))]
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub limit: Option<u64>,
    /// The initial index from which to return the results (default 0).
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub offset: Option<u64>,
    /// Only the user with this email address (case-insensitive).
    pub email: Option<String>,
    /// Only staff users (true) or only other users (false).
    pub is_staff: Option<bool>,
}

impl Paged for UserListParams {
    fn page(&self) -> ListParams {
        ListParams { limit: self.limit, offset: self.offset }
    }
}

/// Body of `POST /api/users/` (instance administration).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct UserCreate {
    /// Email address, unique case-insensitively, at most 254 characters.
    #[schemars(schema_with = "constrained::email")]
    pub email: String,
    /// First name, at most 150 characters.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 150>")]
    pub first_name: Option<String>,
    /// Last name, at most 150 characters.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 150>")]
    pub last_name: Option<String>,
    /// Whether the new user administers this instance (default false).
    #[serde(default)]
    pub is_staff: Option<bool>,
    /// A personal API key to create for the new user at once.
    #[serde(default)]
    pub personal_api_key: Option<PersonalApiKeyCreate>,
}

/// Response of `POST /api/users/`: the user, and the key when one was asked
/// for (its `value` is shown only here).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct UserCreated {
    /// The new user.
    #[serde(flatten)]
    pub user: User,
    /// The new user's personal API key, when one was asked for.
    pub personal_api_key: Option<PersonalApiKey>,
}

/// What a personal API key may do. A `:write` scope also grants `:read`;
/// `*` grants everything.
#[derive(
    Clone,
    Copy,
    Debug,
    Deserialize,
    Eq,
    Hash,
    JsonSchema,
    Ord,
    PartialEq,
    PartialOrd,
    Serialize,
)]
pub enum Scope {
    /// Everything.
    #[serde(rename = "*")]
    All,
    /// Read organizations.
    #[serde(rename = "organization:read")]
    OrganizationRead,
    /// Create, change and delete organizations.
    #[serde(rename = "organization:write")]
    OrganizationWrite,
    /// Read members and invites.
    #[serde(rename = "organization_member:read")]
    OrganizationMemberRead,
    /// Change members and invites.
    #[serde(rename = "organization_member:write")]
    OrganizationMemberWrite,
    /// Read personal API keys.
    #[serde(rename = "personal_api_key:read")]
    PersonalApiKeyRead,
    /// Create and delete personal API keys.
    #[serde(rename = "personal_api_key:write")]
    PersonalApiKeyWrite,
    /// Read the user.
    #[serde(rename = "user:read")]
    UserRead,
    /// Change the user; with staff status, create users.
    #[serde(rename = "user:write")]
    UserWrite,
    /// Read projects.
    #[serde(rename = "project:read")]
    ProjectRead,
    /// Create, change and delete projects.
    #[serde(rename = "project:write")]
    ProjectWrite,
    /// Read the organization's activity log.
    #[serde(rename = "activity_log:read")]
    ActivityLogRead,
    /// PostHog's scope to write activity logs; here it reads them (entries
    /// are written by the changes themselves, never through the API).
    #[serde(rename = "activity_log:write")]
    ActivityLogWrite,
    /// Read the organization's webhook endpoints and their deliveries
    /// (orgbase's own scope: PostHog has no webhooks for organizations).
    #[serde(rename = "webhook:read")]
    WebhookRead,
    /// Create, change, delete and rotate webhook endpoints, retry and
    /// replay their deliveries.
    #[serde(rename = "webhook:write")]
    WebhookWrite,
}

impl Scope {
    /// The scope as written on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::All => "*",
            Scope::OrganizationRead => "organization:read",
            Scope::OrganizationWrite => "organization:write",
            Scope::OrganizationMemberRead => "organization_member:read",
            Scope::OrganizationMemberWrite => "organization_member:write",
            Scope::PersonalApiKeyRead => "personal_api_key:read",
            Scope::PersonalApiKeyWrite => "personal_api_key:write",
            Scope::UserRead => "user:read",
            Scope::UserWrite => "user:write",
            Scope::ProjectRead => "project:read",
            Scope::ProjectWrite => "project:write",
            Scope::ActivityLogRead => "activity_log:read",
            Scope::ActivityLogWrite => "activity_log:write",
            Scope::WebhookRead => "webhook:read",
            Scope::WebhookWrite => "webhook:write",
        }
    }

    /// Every scope, `*` first.
    pub const ALL: [Scope; 15] = [
        Scope::All,
        Scope::OrganizationRead,
        Scope::OrganizationWrite,
        Scope::OrganizationMemberRead,
        Scope::OrganizationMemberWrite,
        Scope::PersonalApiKeyRead,
        Scope::PersonalApiKeyWrite,
        Scope::UserRead,
        Scope::UserWrite,
        Scope::ProjectRead,
        Scope::ProjectWrite,
        Scope::ActivityLogRead,
        Scope::ActivityLogWrite,
        Scope::WebhookRead,
        Scope::WebhookWrite,
    ];

    /// Parses the wire form.
    pub fn parse(text: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.as_str() == text)
    }
}

/// A personal API key. The secret `value` appears only in the response
/// that created the key.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct PersonalApiKey {
    /// Identifier.
    pub id: Uuid,
    /// A name for the key.
    pub label: String,
    /// The key itself (`phx_...`): only in the response that created it,
    /// null everywhere else.
    pub value: Option<String>,
    /// First and last four characters of the key (`phx_...abcd`).
    pub mask_value: String,
    /// When the key was created.
    pub created_at: DateTime<Utc>,
    /// When the key was last used (updated at most once an hour).
    pub last_used_at: Option<DateTime<Utc>>,
    /// Numeric id of the key's user.
    pub user_id: i64,
    /// What the key may do.
    pub scopes: Vec<Scope>,
    /// Projects the key is limited to (orgbase has no project scoping:
    /// always empty, which means all).
    pub scoped_teams: Vec<i64>,
    /// Organizations the key is limited to; empty means all of the user's.
    pub scoped_organizations: Vec<Uuid>,
    /// When the key's value was last rolled (orgbase never rolls: null).
    pub last_rolled_at: Option<DateTime<Utc>>,
}

/// Body of a personal API key create.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct PersonalApiKeyCreate {
    /// A name for the key: not blank, at most 40 characters.
    #[schemars(schema_with = "constrained::text::<1, 40>")]
    pub label: String,
    /// What the key may do: at least one scope.
    #[schemars(length(min = 1))]
    pub scopes: Vec<Scope>,
    /// Organizations (UUIDs) the key is limited to; absent, null or empty
    /// means all of the user's organizations.
    #[serde(default)]
    pub scoped_organizations: Option<Vec<Uuid>>,
    /// Projects (numeric ids) the key is limited to; absent, null or empty
    /// means all. As in PostHog, a key limited to projects serves only the
    /// operations on a project it names (and on the user and their keys):
    /// every other organization operation answers 403.
    #[serde(default)]
    pub scoped_teams: Option<Vec<i64>>,
}

/// Path of a single personal API key.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct PersonalApiKeyPath {
    /// Identifier of the key.
    pub id: String,
}

/// Answer of the liveness and readiness probes.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct Health {
    /// Always `ok` (any other state is an error response).
    pub status: String,
}

/// A user as others see them (PostHog's `UserBasic`).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct UserBasic {
    /// Numeric id.
    pub id: i64,
    /// Identifier (a UUID).
    pub uuid: Uuid,
    /// Analytics distinct id.
    pub distinct_id: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email address.
    pub email: String,
    /// Whether the email address is verified (unknown here: null).
    pub is_email_verified: Option<bool>,
    /// Hedgehog settings (not kept here: null).
    pub hedgehog_config: Option<serde_json::Map<String, serde_json::Value>>,
    /// What the user does at their organization, as they set it.
    pub role_at_organization: Option<RoleAtOrganization>,
}

/// Path of one member: the user's UUID, or `@me` for the caller.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct MemberPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The member's user UUID, or `@me`.
    pub user_uuid: String,
}

/// Order of the member list.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    Deserialize,
    Eq,
    JsonSchema,
    PartialEq,
    Serialize,
)]
pub enum MemberOrder {
    /// Oldest membership first.
    #[serde(rename = "joined_at")]
    JoinedAt,
    /// Newest membership first (the default).
    #[default]
    #[serde(rename = "-joined_at")]
    JoinedAtDescending,
}

/// Query of the member list.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct MemberListParams {
    /// Number of results to return per page (default 100; values above
    /// 1000 are served as 1000).
    #[schemars(range(min = 1))]
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub limit: Option<u64>,
    /// The initial index from which to return the results (default 0).
    #[serde(default, deserialize_with = "super::extract::saturating_count")]
    pub offset: Option<u64>,
    /// Only the member with this email address (case-insensitive).
    pub email: Option<String>,
    /// Only members whose membership changed after this time.
    pub updated_after: Option<DateTime<Utc>>,
    /// Only members whose email, first or last name contains this text
    /// (case-insensitive).
    pub search: Option<String>,
    /// Sort order: `joined_at` or `-joined_at` (default).
    pub order: Option<MemberOrder>,
    /// Only members at these levels: a comma-separated list such as
    /// `1,8` (1 member, 8 admin, 15 owner; other entries match nobody).
    pub levels: Option<String>,
    /// Only members whose email address is on this domain
    /// (case-insensitive; a leading `@` is ignored).
    pub email_domain: Option<String>,
    /// When true, only members whose email domain is not one of the
    /// organization's verified domains.
    pub outside_verified_domains: Option<bool>,
    /// Continue just after this member (opaque: copy it from a `next`
    /// link, which carries it). The page then starts there whatever
    /// `offset` says, and costs the same however deep it is; `offset`
    /// still numbers the links.
    #[serde(default)]
    #[schemars(schema_with = "super::constrained::place_by_joining")]
    pub after: Option<String>,
}

impl Paged for MemberListParams {
    fn page(&self) -> ListParams {
        ListParams { limit: self.limit, offset: self.offset }
    }

    fn after(&self) -> Option<&str> {
        self.after.as_deref()
    }
}

/// A member of an organization.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OrganizationMember {
    /// Identifier of the membership.
    pub id: Uuid,
    /// The member.
    pub user: UserBasic,
    /// Membership level: 1 member, 8 admin, 15 owner.
    pub level: u8,
    /// When the user joined.
    pub joined_at: DateTime<Utc>,
    /// When the membership last changed.
    pub updated_at: DateTime<Utc>,
    /// Whether the member uses two-factor authentication (not kept here).
    pub is_2fa_enabled: bool,
    /// Whether the member signs in through a social provider (not kept
    /// here).
    pub has_social_auth: bool,
    /// When the member last authenticated successfully, with any
    /// credential (recorded at most once a minute). Joining took an
    /// authenticated request, so it is never before `joined_at`.
    pub last_login: DateTime<Utc>,
}

/// Body of a member update: only the level can change; without `level`
/// nothing changes.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
pub struct OrganizationMemberUpdate {
    /// New membership level: 1 member, 8 admin, 15 owner.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_level")]
    pub level: Option<u8>,
}

/// One of a member's personal API keys that can reach the organization.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ScopedApiKey {
    /// The key's label.
    pub name: String,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A member's personal API keys that can reach the organization (scoped to
/// it, or to all of the member's organizations).
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ScopedApiKeys {
    /// Whether there is any such key.
    pub has_keys: bool,
    /// Whether any such key was used in the last 7 days.
    pub has_keys_active_last_week: bool,
    /// The keys, oldest first.
    pub keys: Vec<ScopedApiKey>,
}

/// A member's GitHub username.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct GithubLogin {
    /// The GitHub login, or null when no GitHub identity is linked (always
    /// null here).
    pub github_login: Option<String>,
}

/// Access to one private project given by an invite.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProjectAccess {
    /// Project id (of this organization).
    pub id: i64,
    /// Level in the project: 1 member or 8 admin.
    pub level: u8,
}

/// An invitation to join an organization.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OrganizationInvite {
    /// Identifier; also the code the invitee accepts it with.
    pub id: Uuid,
    /// Address the invite is for.
    pub target_email: String,
    /// First name of the invitee.
    pub first_name: String,
    /// Whether sending the invitation email was attempted.
    pub emailing_attempt_made: bool,
    /// Level the invitee will have: 1 member, 8 admin, 15 owner.
    pub level: u8,
    /// Whether the invite is older than 3 days (and so no longer valid).
    pub is_expired: bool,
    /// Who invited.
    pub created_by: Option<UserBasic>,
    /// When the invite was made.
    pub created_at: DateTime<Utc>,
    /// When the invite last changed.
    pub updated_at: DateTime<Utc>,
    /// Message included in the invitation email.
    pub message: Option<String>,
    /// Private projects the invitee gets access to.
    pub private_project_access: Vec<ProjectAccess>,
}

/// Body of an invite create.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct OrganizationInviteCreate {
    /// Address to invite (at most 254 characters).
    #[schemars(schema_with = "constrained::email")]
    pub target_email: String,
    /// First name of the invitee (at most 30 characters).
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 30>")]
    pub first_name: Option<String>,
    /// Level to give: 1 member (default), 8 admin, 15 owner; at most the
    /// inviter's own.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_level")]
    pub level: Option<u8>,
    /// Message for the invitation email (at most 5000 characters).
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 5000>")]
    pub message: Option<String>,
    /// Private projects (of this organization) to give access to.
    #[serde(default)]
    pub private_project_access: Option<Vec<ProjectAccess>>,
    /// Whether to email the invitation (default true; needs SMTP).
    #[serde(default)]
    pub send_email: Option<bool>,
    /// Merge with the pending invites for the same address: the highest
    /// level and the union of project access (default false).
    #[serde(default)]
    pub combine_pending_invites: Option<bool>,
}

/// Path of one invite.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct InvitePath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The invite's id.
    pub invite_id: String,
}

/// Path of an invite being accepted.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct SignupPath {
    /// The invite's id.
    pub invite_id: String,
}

/// An invite as its invitee sees it before accepting.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct InviteSignupCheck {
    /// The invite's id.
    pub id: Uuid,
    /// Address the invite is for.
    pub target_email: String,
    /// First name of the invitee.
    pub first_name: String,
    /// The organization the invite is to.
    pub organization_id: Uuid,
    /// Its name.
    pub organization_name: String,
    /// Level the invitee will have.
    pub level: u8,
}

/// A role: a named group of members.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct Role {
    /// Identifier.
    pub id: Uuid,
    /// Name, unique in the organization (case-insensitively).
    pub name: String,
    /// When the role was created.
    pub created_at: DateTime<Utc>,
    /// Who created it.
    pub created_by: Option<UserBasic>,
    /// Members assigned to this role, in the order they were added.
    pub members: Vec<RoleMembership>,
    /// Whether new members get this role (the organization's
    /// `default_role_id`).
    pub is_default: bool,
}

/// Body of a role create or update.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RoleCreate {
    /// Name: not blank, at most 200 characters, unique in the organization
    /// (case-insensitively).
    #[schemars(schema_with = "constrained::text::<1, 200>")]
    pub name: String,
}

/// Body of a role partial update.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
pub struct RolePatch {
    /// Name: not blank, at most 200 characters, unique in the organization
    /// (case-insensitively).
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<1, 200>")]
    pub name: Option<String>,
}

/// Path of one role.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RolePath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The role's id.
    pub role_id: String,
}

/// A member's assignment to a role.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct RoleMembership {
    /// Identifier.
    pub id: Uuid,
    /// The role.
    pub role_id: Uuid,
    /// The user's membership of the organization.
    pub organization_member: OrganizationMember,
    /// The user.
    pub user: UserBasic,
    /// When the user was added to the role.
    pub joined_at: DateTime<Utc>,
    /// When the assignment last changed.
    pub updated_at: DateTime<Utc>,
}

/// Body of a role membership create.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RoleMembershipCreate {
    /// The user to add: an active member of the organization.
    pub user_uuid: Uuid,
}

/// Path of one role membership.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RoleMembershipPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The role's id.
    pub role_id: String,
    /// The role membership's id.
    pub role_membership_id: String,
}

/// A CIMD verification token: a partner publishes it in its OAuth client
/// ID metadata document to link its app to the organization. The secret
/// `value` appears only in the response that created it.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct CimdVerificationToken {
    /// Identifier.
    pub id: Uuid,
    /// A name for the token.
    pub label: String,
    /// The metadata document's URL the token is valid at (normalized).
    pub cimd_url: Option<String>,
    /// First and last four characters of the token (`phvt...abcd`).
    pub mask_value: String,
    /// Who created it.
    pub created_by: Option<UserBasic>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When a metadata document last matched it.
    pub last_used_at: Option<DateTime<Utc>>,
    /// The token itself (`phvt_...`): only in the response that created
    /// it, null everywhere else.
    pub value: Option<String>,
}

/// Body of a CIMD verification token create.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct CimdVerificationTokenCreate {
    /// A name: 1 to 40 characters after trimming.
    #[schemars(schema_with = "constrained::text::<1, 40>")]
    pub label: String,
    /// The HTTPS URL of the metadata document (at most 2048 characters; no
    /// user info or fragment). Stored normalized: scheme and host
    /// lowercased, default port dropped, trailing slash removed.
    #[schemars(schema_with = "constrained::https_url")]
    pub cimd_url: String,
}

/// Path of one CIMD verification token.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct CimdVerificationTokenPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The token's id.
    pub token_id: String,
}

/// Body of a CIMD metadata match.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct CimdMatchRequest {
    /// The URL the metadata document was read from.
    #[schemars(schema_with = "constrained::https_url")]
    pub cimd_url: String,
    /// The metadata document (JSON object).
    pub document: serde_json::Map<String, serde_json::Value>,
}

/// Which organization a metadata document verifies, if any.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct CimdMatch {
    /// The organization whose token the document publishes at its URL, or
    /// null.
    pub organization_id: Option<Uuid>,
}

/// A domain an organization verifies it owns, with its SSO (SAML) and
/// SCIM settings.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct OrganizationDomain {
    /// Identifier.
    pub id: Uuid,
    /// The domain (lowercase), unique across organizations; fixed at
    /// creation.
    pub domain: String,
    /// Whether the domain is verified.
    pub is_verified: bool,
    /// When it was verified.
    pub verified_at: Option<DateTime<Utc>>,
    /// Value to publish as a TXT record at `_posthog-challenge.<domain>`.
    pub verification_challenge: String,
    /// When the last verification attempt failed (null after success).
    pub last_verification_retry: Option<DateTime<Utc>>,
    /// Whether users with this email domain join automatically (verified
    /// domains only).
    pub jit_provisioning_enabled: bool,
    /// Login method enforced for this domain: `""` (none), or a method's
    /// name such as `google-oauth2`, `github`, `gitlab` or `saml` (verified
    /// domains only).
    pub sso_enforcement: String,
    /// Whether SAML is fully configured (entity id, ACS URL, certificate).
    pub has_saml: bool,
    /// SAML identity provider entity id.
    pub saml_entity_id: Option<String>,
    /// SAML assertion consumer service URL.
    pub saml_acs_url: Option<String>,
    /// SAML identity provider certificate (PEM, X.509).
    pub saml_x509_cert: Option<String>,
    /// Whether SCIM is enabled (same as `scim_enabled`).
    pub has_scim: bool,
    /// Whether SCIM provisioning is enabled.
    pub scim_enabled: bool,
    /// Base URL of the SCIM API for this domain, while SCIM is enabled.
    pub scim_base_url: Option<String>,
    /// The SCIM bearer token: only in the response that created it.
    pub scim_bearer_token: Option<String>,
}

/// Body of a domain create. `jit_provisioning_enabled`,
/// `sso_enforcement` and `scim_enabled` are ignored here (set them once
/// the domain is verified).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct OrganizationDomainCreate {
    /// The domain: trimmed and lowercased, then a valid domain name of at
    /// most 128 characters.
    #[schemars(schema_with = "constrained::domain")]
    pub domain: String,
    /// SAML identity provider entity id (at most 512 characters).
    #[serde(default)]
    pub saml_entity_id: Option<String>,
    /// SAML assertion consumer service URL (at most 512 characters).
    #[serde(default)]
    pub saml_acs_url: Option<String>,
    /// SAML identity provider certificate (PEM, X.509).
    #[serde(default)]
    pub saml_x509_cert: Option<String>,
}

/// Body of a domain update (PUT or PATCH): every field optional; `null`
/// clears a SAML field. The domain itself cannot change.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
pub struct OrganizationDomainPatch {
    /// Whether users with this email domain join automatically (verified
    /// domains only).
    pub jit_provisioning_enabled: Option<bool>,
    /// The login method to enforce, at most 28 characters, as PostHog:
    /// `""` (none), `google-oauth2`, `github`, `gitlab`, `saml` or any
    /// other method's name (verified domains only; `saml` needs complete
    /// SAML settings).
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 28>")]
    pub sso_enforcement: Option<String>,
    /// SAML identity provider entity id (at most 512 characters).
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<String>")]
    pub saml_entity_id: Option<Option<String>>,
    /// SAML assertion consumer service URL (at most 512 characters).
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<String>")]
    pub saml_acs_url: Option<Option<String>>,
    /// SAML identity provider certificate (PEM, X.509).
    #[serde(default, deserialize_with = "nullable::deserialize")]
    #[schemars(schema_with = "nullable::schema::<String>")]
    pub saml_x509_cert: Option<Option<String>>,
    /// Turn SCIM on (the response then carries the bearer token, once) or
    /// off (the token is revoked).
    pub scim_enabled: Option<bool>,
}

/// Path of one domain.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct DomainPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The domain's id.
    pub domain_id: String,
}

/// A role of an external provider (a GitHub team, a Linear team, a Jira
/// project, a Slack channel...) mapped to one of the organization's roles.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct RoleExternalReference {
    /// Identifier.
    pub id: Uuid,
    /// Integration kind (e.g., github, linear, jira, slack).
    pub provider: String,
    /// Provider organization/workspace/site identifier.
    pub provider_organization_id: String,
    /// Stable provider role identifier.
    pub provider_role_id: String,
    /// Human-friendly provider role identifier.
    pub provider_role_slug: Option<String>,
    /// Display name of the provider role.
    pub provider_role_name: String,
    /// The organization's role this external role maps to.
    pub role: Uuid,
    /// When the reference was created.
    pub created_at: DateTime<Utc>,
    /// Who created it.
    pub created_by: Option<UserBasic>,
}

/// Body of a role external reference create.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RoleExternalReferenceCreate {
    /// Integration kind (e.g., github, linear, jira, slack): not blank, at
    /// most 32 characters.
    #[schemars(schema_with = "constrained::text::<1, 32>")]
    pub provider: String,
    /// Provider organization/workspace/site identifier: not blank, at most
    /// 255 characters.
    #[schemars(schema_with = "constrained::text::<1, 255>")]
    pub provider_organization_id: String,
    /// Stable provider role identifier: not blank, at most 255 characters.
    /// Unique per provider organization in this organization (compared
    /// case-insensitively).
    #[schemars(schema_with = "constrained::text::<1, 255>")]
    pub provider_role_id: String,
    /// Human-friendly provider role identifier (at most 255 characters;
    /// blank or null: none). Unique like `provider_role_id`.
    #[serde(default)]
    #[schemars(schema_with = "constrained::optional_text::<0, 255>")]
    pub provider_role_slug: Option<String>,
    /// Display name of the provider role: not blank, at most 255
    /// characters.
    #[schemars(schema_with = "constrained::text::<1, 255>")]
    pub provider_role_name: String,
    /// The role (of this organization) the external role maps to.
    pub role: Uuid,
}

/// Path of one role external reference.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RoleExternalReferencePath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The reference's id.
    pub reference_id: String,
}

/// What a role external reference lookup asks for: `provider_role_id` or
/// `provider_role_slug` (or both: either may match).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct RoleExternalReferenceLookupParams {
    /// Integration kind (e.g., github, linear, jira, slack): not blank.
    #[schemars(schema_with = "constrained::not_blank")]
    pub provider: String,
    /// Provider organization/workspace/site identifier (compared
    /// case-insensitively): not blank.
    #[schemars(schema_with = "constrained::not_blank")]
    pub provider_organization_id: String,
    /// Stable provider role identifier (compared case-insensitively).
    #[serde(default)]
    pub provider_role_id: Option<String>,
    /// Human-friendly provider role identifier (compared
    /// case-insensitively).
    #[serde(default)]
    pub provider_role_slug: Option<String>,
}

/// The answer of a role external reference lookup.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct RoleLookupResponse {
    /// Matching reference, or null if none exists.
    pub reference: Option<RoleExternalReference>,
}

/// Where a proxy record's provisioning stands.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ProxyRecordStatus {
    /// Waiting for the domain's CNAME to point at `target_cname`.
    Waiting,
    /// A certificate is being issued (never set by orgbase).
    Issuing,
    /// The domain's CNAME points at `target_cname`.
    Valid,
    /// Live, with issues (never set by orgbase).
    Warning,
    /// The CNAME points elsewhere (see `message`); retry once fixed.
    Erroring,
    /// Being removed.
    Deleting,
    /// The CNAME was not seen within the provisioning window; retry.
    TimedOut,
}

/// A managed reverse proxy: a domain of yours whose CNAME points at
/// `target_cname`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProxyRecord {
    /// Unique identifier for the proxy record.
    pub id: Uuid,
    /// The custom domain to proxy through, e.g. 'e.example.com'.
    pub domain: String,
    /// The CNAME target to add as a DNS record for your domain.
    pub target_cname: String,
    /// Current provisioning status.
    pub status: ProxyRecordStatus,
    /// Human-readable status message with details about errors, if any.
    pub message: Option<String>,
    /// When this proxy record was created.
    pub created_at: DateTime<Utc>,
    /// When this proxy record was last updated.
    pub updated_at: DateTime<Utc>,
    /// ID of the user who created this proxy record.
    pub created_by: i64,
}

/// The organization's proxy records (not paginated), newest first.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProxyRecordList {
    /// The proxy records.
    pub results: Vec<ProxyRecord>,
    /// Maximum number of proxy records allowed for this organization.
    pub max_proxy_records: u64,
}

/// Body of a proxy record create.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ProxyRecordCreate {
    /// The custom domain to proxy through, e.g. 'e.example.com': trimmed
    /// and lowercased, then a valid host name of at most 64 characters,
    /// unique across all organizations.
    #[schemars(schema_with = "constrained::proxy_domain")]
    pub domain: String,
}

/// Path of one proxy record.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ProxyRecordPath {
    /// A UUID string identifying this organization, or `@current`.
    pub organization_id: String,
    /// The proxy record's id.
    pub proxy_record_id: String,
}

/// The answer of a proxy record delete.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProxyRecordDeleted {
    /// Always true.
    pub success: bool,
}

/// The outcome of one diagnostic check.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ProxyCheckStatus {
    /// Nothing to change.
    Pass,
    /// Something must change: see `fix`.
    Fail,
    /// The answer could not be had (the lookup failed); try later.
    Unknown,
}

/// One check of a proxy record's diagnosis.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProxyRecordCheck {
    /// Which check: `cname` (the domain's CNAME points at
    /// `target_cname`) or `caa` (CAA records, walked up the domain's tree,
    /// allow the certificate authority).
    pub name: String,
    /// Its outcome.
    pub status: ProxyCheckStatus,
    /// What was found.
    pub detail: String,
    /// What to change, when the check failed.
    pub fix: Option<String>,
}

/// A structured report on a proxy record's DNS.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ProxyRecordDiagnosis {
    /// The proxy record.
    pub record: ProxyRecord,
    /// When the checks ran.
    pub checked_at: DateTime<Utc>,
    /// The checks, in order.
    pub checks: Vec<ProxyRecordCheck>,
}

/// Query of a domain's SCIM request log.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ScimLogParams {
    /// Page number to return (default 1).
    #[schemars(range(min = 1))]
    pub page: Option<u64>,
    /// Number of requests per page (default 20; values above 100 are
    /// served as 100).
    #[schemars(range(min = 1))]
    pub page_size: Option<u64>,
    /// Only requests answered with at least this HTTP status, such as 400.
    pub status_min: Option<u64>,
    /// Only requests answered with at most this HTTP status, such as 499.
    pub status_max: Option<u64>,
    /// Only requests whose path or (masked) request body contains this
    /// text (case-insensitive); an email or a name also matches its
    /// masked form.
    pub search: Option<String>,
    /// Only requests at or after this time.
    pub after: Option<DateTime<Utc>>,
    /// Only requests at or before this time.
    pub before: Option<DateTime<Utc>>,
}

/// One request to a domain's SCIM API.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
pub struct ScimRequestLog {
    /// Identifier of the log entry.
    pub id: Uuid,
    /// HTTP method, such as `PATCH`.
    pub request_method: String,
    /// Path and query string.
    pub request_path: String,
    /// Request headers kept (`Authorization` masked; cookies left out).
    pub request_headers: serde_json::Map<String, serde_json::Value>,
    /// The JSON request body with personal values masked, or null.
    pub request_body: Option<serde_json::Value>,
    /// HTTP status of the response.
    pub response_status: u16,
    /// The JSON response body with personal values masked, or null.
    pub response_body: Option<serde_json::Value>,
    /// Identity provider, from the User-Agent: `okta`, `entra_id`,
    /// `google`, `onelogin` or `other`.
    pub identity_provider: String,
    /// Time taken to answer, in milliseconds.
    pub duration_ms: u64,
    /// When the request was answered.
    pub created_at: DateTime<Utc>,
}
