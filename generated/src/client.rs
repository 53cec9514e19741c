#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An error response: `{type, code, detail, attr}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ApiError {
        ///The request field the error is about (nested names joined with `__`), or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attr: ::std::option::Option<::std::string::String>,
        ///A stable machine-readable code, such as `required`, `max_length`, `not_found` or `permission_denied`.
        pub code: ::std::string::String,
        ///A human-readable message.
        pub detail: ::std::string::String,
        ///The class of the error.
        #[serde(rename = "type")]
        pub type_: ErrorType,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    ///The class of an error, as PostHog's `type` field names it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ErrorType {
        ///The request body or a parameter failed validation.
        #[serde(rename = "validation_error")]
        ValidationError,
        ///Missing or invalid credentials, or not allowed to do this.
        #[serde(rename = "authentication_error")]
        AuthenticationError,
        ///The request cannot be served as sent (not found, bad syntax, ...).
        #[serde(rename = "invalid_request")]
        InvalidRequest,
        ///Something failed inside the server.
        #[serde(rename = "server_error")]
        ServerError,
        ///Too many requests.
        #[serde(rename = "throttled_error")]
        ThrottledError,
    }
    impl ::std::fmt::Display for ErrorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ValidationError => f.write_str("validation_error"),
                Self::AuthenticationError => f.write_str("authentication_error"),
                Self::InvalidRequest => f.write_str("invalid_request"),
                Self::ServerError => f.write_str("server_error"),
                Self::ThrottledError => f.write_str("throttled_error"),
            }
        }
    }
    impl ::std::str::FromStr for ErrorType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "validation_error" => Ok(Self::ValidationError),
                "authentication_error" => Ok(Self::AuthenticationError),
                "invalid_request" => Ok(Self::InvalidRequest),
                "server_error" => Ok(Self::ServerError),
                "throttled_error" => Ok(Self::ThrottledError),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ErrorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ErrorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Default statistical method for new experiments.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ExperimentStatsMethod {
        ///Bayesian.
        #[serde(rename = "bayesian")]
        Bayesian,
        ///Frequentist.
        #[serde(rename = "frequentist")]
        Frequentist,
    }
    impl ::std::fmt::Display for ExperimentStatsMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Bayesian => f.write_str("bayesian"),
                Self::Frequentist => f.write_str("frequentist"),
            }
        }
    }
    impl ::std::str::FromStr for ExperimentStatsMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "bayesian" => Ok(Self::Bayesian),
                "frequentist" => Ok(Self::Frequentist),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExperimentStatsMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExperimentStatsMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Answer of the liveness probe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Health {
        ///Always `ok` when the server answers.
        pub status: ::std::string::String,
    }
    impl Health {
        pub fn builder() -> builder::Health {
            Default::default()
        }
    }
    ///An organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Organization {
        ///Whether resources may be shared publicly.
        pub allow_publicly_shared_resources: bool,
        ///Billing-managed entitlements (null: none managed here).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub available_product_features: ::std::option::Option<
            ::std::vec::Vec<::serde_json::Value>,
        >,
        ///When the organization was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Billing customer id (null: no billing).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Default "discard client IP data" setting for new projects.
        pub default_anonymize_ips: bool,
        ///Default statistical method for new experiments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_experiment_stats_method: ::std::option::Option<
            ExperimentStatsMethod,
        >,
        ///Role given to new members who join the organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_role_id: ::std::option::Option<::uuid::Uuid>,
        ///Whether members must use two-factor authentication.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enforce_2fa: ::std::option::Option<bool>,
        ///Identifier (a UUID).
        pub id: ::uuid::Uuid,
        ///Whether the organization is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_active: ::std::option::Option<bool>,
        ///Whether AI data processing is approved.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_ai_data_processing_approved: ::std::option::Option<bool>,
        ///Legacy field; always true.
        pub is_member_join_email_enabled: bool,
        ///Why the organization was deactivated, if it was.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_not_active_reason: ::std::option::Option<::std::string::String>,
        ///Whether deletion of the organization is under way.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_pending_deletion: ::std::option::Option<bool>,
        ///Uploaded logo, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_media_id: ::std::option::Option<::uuid::Uuid>,
        ///Number of members.
        pub member_count: u64,
        ///Whether plain members may create projects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_create_projects: ::std::option::Option<bool>,
        ///Whether plain members may invite others.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_invite: ::std::option::Option<bool>,
        ///Whether plain members may use personal API keys.
        pub members_can_use_personal_api_keys: bool,
        ///The caller's membership level here: 1 member, 8 admin, 15 owner.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub membership_level: ::std::option::Option<u8>,
        ///Instance metadata (`instance_tag`).
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Display name, at most 64 characters.
        pub name: ::std::string::String,
        ///Plugin access level: 0 none, 3 config, 6 install, 9 root.
        pub plugins_access_level: u8,
        ///Projects of the organization.
        pub projects: ::std::vec::Vec<ProjectBasic>,
        ///URL-safe name, unique across organizations, fixed at creation.
        pub slug: ::std::string::String,
        ///Environments of the organization.
        pub teams: ::std::vec::Vec<TeamBasic>,
        ///When the organization was last changed.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl Organization {
        pub fn builder() -> builder::Organization {
            Default::default()
        }
    }
    ///An organization as it appears on a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationBasic {
        ///Identifier (a UUID).
        pub id: ::uuid::Uuid,
        ///Whether the organization is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_active: ::std::option::Option<bool>,
        ///Why the organization was deactivated, if it was.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_not_active_reason: ::std::option::Option<::std::string::String>,
        ///Uploaded logo, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_media_id: ::std::option::Option<::uuid::Uuid>,
        ///Whether plain members may use personal API keys.
        pub members_can_use_personal_api_keys: bool,
        ///The user's membership level: 1 member, 8 admin, 15 owner.
        pub membership_level: u8,
        ///Display name.
        pub name: ::std::string::String,
        ///URL-safe name.
        pub slug: ::std::string::String,
    }
    impl OrganizationBasic {
        pub fn builder() -> builder::OrganizationBasic {
            Default::default()
        }
    }
    ///Body of an organization create or full update (PUT): `name` is required; other fields left out keep their default (create) or current value (PUT), and `null` clears a nullable field. Read-only fields sent here are ignored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationCreate {
        ///Whether resources may be shared publicly.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_publicly_shared_resources: ::std::option::Option<bool>,
        ///Default "discard client IP data" setting for new projects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_anonymize_ips: ::std::option::Option<bool>,
        ///Default statistical method for new experiments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_experiment_stats_method: ::std::option::Option<
            ::std::option::Option<ExperimentStatsMethod>,
        >,
        ///Role given to new members; must be a role of this organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_role_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Whether members must use two-factor authentication.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enforce_2fa: ::std::option::Option<::std::option::Option<bool>>,
        ///Whether AI data processing is approved.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_ai_data_processing_approved: ::std::option::Option<
            ::std::option::Option<bool>,
        >,
        ///Uploaded logo; null clears it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_media_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Whether plain members may create projects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_create_projects: ::std::option::Option<
            ::std::option::Option<bool>,
        >,
        ///Whether plain members may invite others.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_invite: ::std::option::Option<::std::option::Option<bool>>,
        ///Whether plain members may use personal API keys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_use_personal_api_keys: ::std::option::Option<bool>,
        ///Display name: not blank, at most 64 characters.
        pub name: ::std::string::String,
    }
    impl OrganizationCreate {
        pub fn builder() -> builder::OrganizationCreate {
            Default::default()
        }
    }
    ///Body of an organization partial update (PATCH): every field optional; `null` clears a nullable field. Read-only fields sent here are ignored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationPatch {
        ///Whether resources may be shared publicly.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_publicly_shared_resources: ::std::option::Option<bool>,
        ///Default "discard client IP data" setting for new projects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_anonymize_ips: ::std::option::Option<bool>,
        ///Default statistical method for new experiments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_experiment_stats_method: ::std::option::Option<
            ::std::option::Option<ExperimentStatsMethod>,
        >,
        ///Role given to new members; must be a role of this organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_role_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Whether members must use two-factor authentication.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enforce_2fa: ::std::option::Option<::std::option::Option<bool>>,
        ///Whether AI data processing is approved.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_ai_data_processing_approved: ::std::option::Option<
            ::std::option::Option<bool>,
        >,
        ///Uploaded logo; null clears it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_media_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Whether plain members may create projects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_create_projects: ::std::option::Option<
            ::std::option::Option<bool>,
        >,
        ///Whether plain members may invite others.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_invite: ::std::option::Option<::std::option::Option<bool>>,
        ///Whether plain members may use personal API keys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members_can_use_personal_api_keys: ::std::option::Option<bool>,
        ///Display name: not blank, at most 64 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationPatch {
        pub fn builder() -> builder::OrganizationPatch {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedOrganizationList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<Organization>,
    }
    impl PaginatedOrganizationList {
        pub fn builder() -> builder::PaginatedOrganizationList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedPersonalApiKeyList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<PersonalApiKey>,
    }
    impl PaginatedPersonalApiKeyList {
        pub fn builder() -> builder::PaginatedPersonalApiKeyList {
            Default::default()
        }
    }
    ///A personal API key. The secret `value` appears only in the response that created the key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PersonalApiKey {
        ///When the key was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Identifier.
        pub id: ::uuid::Uuid,
        ///A name for the key.
        pub label: ::std::string::String,
        ///When the key was last used (updated at most once an hour).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///First and last four characters of the key (`phx_...abcd`).
        pub mask_value: ::std::string::String,
        ///Organizations the key is limited to; empty means all of the user's.
        pub scoped_organizations: ::std::vec::Vec<::uuid::Uuid>,
        ///What the key may do.
        pub scopes: ::std::vec::Vec<Scope>,
        ///The key itself (`phx_...`): only in the response that created it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl PersonalApiKey {
        pub fn builder() -> builder::PersonalApiKey {
            Default::default()
        }
    }
    ///Body of a personal API key create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PersonalApiKeyCreate {
        ///A name for the key: not blank, at most 40 characters.
        pub label: ::std::string::String,
        ///Organizations (UUIDs) the key is limited to; absent, null or empty means all of the user's organizations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scoped_organizations: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
        ///What the key may do: at least one scope.
        pub scopes: ::std::vec::Vec<Scope>,
    }
    impl PersonalApiKeyCreate {
        pub fn builder() -> builder::PersonalApiKeyCreate {
            Default::default()
        }
    }
    ///A project of an organization, as listed on the organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProjectBasic {
        ///Numeric id of the project.
        pub id: i64,
        ///Name of the project.
        pub name: ::std::string::String,
        ///The organization the project belongs to.
        pub organization_id: ::uuid::Uuid,
    }
    impl ProjectBasic {
        pub fn builder() -> builder::ProjectBasic {
            Default::default()
        }
    }
    ///What a personal API key may do. A `:write` scope also grants `:read`; `*` grants everything.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Scope {
        ///Everything.
        #[serde(rename = "*")]
        X,
        ///Read organizations.
        #[serde(rename = "organization:read")]
        OrganizationRead,
        ///Create, change and delete organizations.
        #[serde(rename = "organization:write")]
        OrganizationWrite,
        ///Read members and invites.
        #[serde(rename = "organization_member:read")]
        OrganizationMemberRead,
        ///Change members and invites.
        #[serde(rename = "organization_member:write")]
        OrganizationMemberWrite,
        ///Read personal API keys.
        #[serde(rename = "personal_api_key:read")]
        PersonalApiKeyRead,
        ///Create and delete personal API keys.
        #[serde(rename = "personal_api_key:write")]
        PersonalApiKeyWrite,
        ///Read the user.
        #[serde(rename = "user:read")]
        UserRead,
        ///Change the user; with staff status, create users.
        #[serde(rename = "user:write")]
        UserWrite,
    }
    impl ::std::fmt::Display for Scope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::X => f.write_str("*"),
                Self::OrganizationRead => f.write_str("organization:read"),
                Self::OrganizationWrite => f.write_str("organization:write"),
                Self::OrganizationMemberRead => f.write_str("organization_member:read"),
                Self::OrganizationMemberWrite => f.write_str("organization_member:write"),
                Self::PersonalApiKeyRead => f.write_str("personal_api_key:read"),
                Self::PersonalApiKeyWrite => f.write_str("personal_api_key:write"),
                Self::UserRead => f.write_str("user:read"),
                Self::UserWrite => f.write_str("user:write"),
            }
        }
    }
    impl ::std::str::FromStr for Scope {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "*" => Ok(Self::X),
                "organization:read" => Ok(Self::OrganizationRead),
                "organization:write" => Ok(Self::OrganizationWrite),
                "organization_member:read" => Ok(Self::OrganizationMemberRead),
                "organization_member:write" => Ok(Self::OrganizationMemberWrite),
                "personal_api_key:read" => Ok(Self::PersonalApiKeyRead),
                "personal_api_key:write" => Ok(Self::PersonalApiKeyWrite),
                "user:read" => Ok(Self::UserRead),
                "user:write" => Ok(Self::UserWrite),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Scope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Scope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An environment (team) of an organization, as listed on the organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TeamBasic {
        ///Project API key used by ingestion.
        pub api_token: ::std::string::String,
        ///Numeric id of the environment.
        pub id: i64,
        ///Whether this environment holds demo data.
        pub is_demo: bool,
        ///Name of the environment.
        pub name: ::std::string::String,
        ///The organization the environment belongs to.
        pub organization: ::uuid::Uuid,
        ///The project the environment belongs to.
        pub project_id: i64,
        ///Time zone of the environment.
        pub timezone: ::std::string::String,
        ///UUID of the environment.
        pub uuid: ::uuid::Uuid,
    }
    impl TeamBasic {
        pub fn builder() -> builder::TeamBasic {
            Default::default()
        }
    }
    ///A user, as the user sees themself.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct User {
        ///Email address, unique case-insensitively.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///Whether the user administers this orgbase instance.
        pub is_staff: bool,
        ///Last name.
        pub last_name: ::std::string::String,
        ///The user's current organization, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization: ::std::option::Option<OrganizationBasic>,
        ///Every organization the user is a member of, oldest first.
        pub organizations: ::std::vec::Vec<OrganizationBasic>,
        ///Identifier (a UUID).
        pub uuid: ::uuid::Uuid,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///Body of `POST /api/users/` (instance administration).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UserCreate {
        ///Email address, unique case-insensitively, at most 254 characters.
        pub email: ::std::string::String,
        ///First name, at most 150 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Whether the new user administers this instance (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_staff: ::std::option::Option<bool>,
        ///Last name, at most 150 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///A personal API key to create for the new user at once.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub personal_api_key: ::std::option::Option<PersonalApiKeyCreate>,
    }
    impl UserCreate {
        pub fn builder() -> builder::UserCreate {
            Default::default()
        }
    }
    ///Response of `POST /api/users/`: the user, and the key when one was asked for (its `value` is shown only here).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UserCreated {
        ///Email address, unique case-insensitively.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///Whether the user administers this orgbase instance.
        pub is_staff: bool,
        ///Last name.
        pub last_name: ::std::string::String,
        ///The user's current organization, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization: ::std::option::Option<OrganizationBasic>,
        ///Every organization the user is a member of, oldest first.
        pub organizations: ::std::vec::Vec<OrganizationBasic>,
        ///The new user's personal API key, when one was asked for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub personal_api_key: ::std::option::Option<PersonalApiKey>,
        ///Identifier (a UUID).
        pub uuid: ::uuid::Uuid,
    }
    impl UserCreated {
        pub fn builder() -> builder::UserCreated {
            Default::default()
        }
    }
    ///Body of `PATCH /api/users/@me/`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserPatch {
        ///First name, at most 150 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Last name, at most 150 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Switch the current organization to this one (its UUID); it must be one of the user's organizations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub set_current_organization: ::std::option::Option<::std::string::String>,
    }
    impl UserPatch {
        pub fn builder() -> builder::UserPatch {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiError {
            attr: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::ErrorType, ::std::string::String>,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    attr: Ok(Default::default()),
                    code: Err("no value supplied for code".to_string()),
                    detail: Err("no value supplied for detail".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ApiError {
            pub fn attr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.attr = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attr: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attr: value.attr?,
                    code: value.code?,
                    detail: value.detail?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    attr: Ok(value.attr),
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Health {
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Health {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Health {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Health> for super::Health {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Health,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::Health> for Health {
            fn from(value: super::Health) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Organization {
            allow_publicly_shared_resources: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            available_product_features: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_anonymize_ips: ::std::result::Result<bool, ::std::string::String>,
            default_experiment_stats_method: ::std::result::Result<
                ::std::option::Option<super::ExperimentStatsMethod>,
                ::std::string::String,
            >,
            default_role_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            enforce_2fa: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_ai_data_processing_approved: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_member_join_email_enabled: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            is_not_active_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_pending_deletion: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            logo_media_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            member_count: ::std::result::Result<u64, ::std::string::String>,
            members_can_create_projects: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            members_can_invite: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            members_can_use_personal_api_keys: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            membership_level: ::std::result::Result<
                ::std::option::Option<u8>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            plugins_access_level: ::std::result::Result<u8, ::std::string::String>,
            projects: ::std::result::Result<
                ::std::vec::Vec<super::ProjectBasic>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            teams: ::std::result::Result<
                ::std::vec::Vec<super::TeamBasic>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Organization {
            fn default() -> Self {
                Self {
                    allow_publicly_shared_resources: Err(
                        "no value supplied for allow_publicly_shared_resources"
                            .to_string(),
                    ),
                    available_product_features: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer_id: Ok(Default::default()),
                    default_anonymize_ips: Err(
                        "no value supplied for default_anonymize_ips".to_string(),
                    ),
                    default_experiment_stats_method: Ok(Default::default()),
                    default_role_id: Ok(Default::default()),
                    enforce_2fa: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_active: Ok(Default::default()),
                    is_ai_data_processing_approved: Ok(Default::default()),
                    is_member_join_email_enabled: Err(
                        "no value supplied for is_member_join_email_enabled".to_string(),
                    ),
                    is_not_active_reason: Ok(Default::default()),
                    is_pending_deletion: Ok(Default::default()),
                    logo_media_id: Ok(Default::default()),
                    member_count: Err("no value supplied for member_count".to_string()),
                    members_can_create_projects: Ok(Default::default()),
                    members_can_invite: Ok(Default::default()),
                    members_can_use_personal_api_keys: Err(
                        "no value supplied for members_can_use_personal_api_keys"
                            .to_string(),
                    ),
                    membership_level: Ok(Default::default()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    plugins_access_level: Err(
                        "no value supplied for plugins_access_level".to_string(),
                    ),
                    projects: Err("no value supplied for projects".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    teams: Err("no value supplied for teams".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Organization {
            pub fn allow_publicly_shared_resources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_publicly_shared_resources = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_publicly_shared_resources: {e}"
                        )
                    });
                self
            }
            pub fn available_product_features<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.available_product_features = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_product_features: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn default_anonymize_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.default_anonymize_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_anonymize_ips: {e}"
                        )
                    });
                self
            }
            pub fn default_experiment_stats_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ExperimentStatsMethod>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.default_experiment_stats_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_experiment_stats_method: {e}"
                        )
                    });
                self
            }
            pub fn default_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_role_id: {e}"
                        )
                    });
                self
            }
            pub fn enforce_2fa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enforce_2fa = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enforce_2fa: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn is_ai_data_processing_approved<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_ai_data_processing_approved = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_ai_data_processing_approved: {e}"
                        )
                    });
                self
            }
            pub fn is_member_join_email_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_member_join_email_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_member_join_email_enabled: {e}"
                        )
                    });
                self
            }
            pub fn is_not_active_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_not_active_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_not_active_reason: {e}"
                        )
                    });
                self
            }
            pub fn is_pending_deletion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_pending_deletion = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_pending_deletion: {e}"
                        )
                    });
                self
            }
            pub fn logo_media_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo_media_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo_media_id: {e}")
                    });
                self
            }
            pub fn member_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.member_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member_count: {e}")
                    });
                self
            }
            pub fn members_can_create_projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_create_projects = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_create_projects: {e}"
                        )
                    });
                self
            }
            pub fn members_can_invite<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_invite = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_invite: {e}"
                        )
                    });
                self
            }
            pub fn members_can_use_personal_api_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_use_personal_api_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_use_personal_api_keys: {e}"
                        )
                    });
                self
            }
            pub fn membership_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u8>>,
                T::Error: ::std::fmt::Display,
            {
                self.membership_level = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for membership_level: {e}"
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn plugins_access_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.plugins_access_level = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for plugins_access_level: {e}"
                        )
                    });
                self
            }
            pub fn projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.projects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for projects: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn teams<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TeamBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.teams = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for teams: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Organization> for super::Organization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Organization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_publicly_shared_resources: value
                        .allow_publicly_shared_resources?,
                    available_product_features: value.available_product_features?,
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    default_anonymize_ips: value.default_anonymize_ips?,
                    default_experiment_stats_method: value
                        .default_experiment_stats_method?,
                    default_role_id: value.default_role_id?,
                    enforce_2fa: value.enforce_2fa?,
                    id: value.id?,
                    is_active: value.is_active?,
                    is_ai_data_processing_approved: value
                        .is_ai_data_processing_approved?,
                    is_member_join_email_enabled: value.is_member_join_email_enabled?,
                    is_not_active_reason: value.is_not_active_reason?,
                    is_pending_deletion: value.is_pending_deletion?,
                    logo_media_id: value.logo_media_id?,
                    member_count: value.member_count?,
                    members_can_create_projects: value.members_can_create_projects?,
                    members_can_invite: value.members_can_invite?,
                    members_can_use_personal_api_keys: value
                        .members_can_use_personal_api_keys?,
                    membership_level: value.membership_level?,
                    metadata: value.metadata?,
                    name: value.name?,
                    plugins_access_level: value.plugins_access_level?,
                    projects: value.projects?,
                    slug: value.slug?,
                    teams: value.teams?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Organization> for Organization {
            fn from(value: super::Organization) -> Self {
                Self {
                    allow_publicly_shared_resources: Ok(
                        value.allow_publicly_shared_resources,
                    ),
                    available_product_features: Ok(value.available_product_features),
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    default_anonymize_ips: Ok(value.default_anonymize_ips),
                    default_experiment_stats_method: Ok(
                        value.default_experiment_stats_method,
                    ),
                    default_role_id: Ok(value.default_role_id),
                    enforce_2fa: Ok(value.enforce_2fa),
                    id: Ok(value.id),
                    is_active: Ok(value.is_active),
                    is_ai_data_processing_approved: Ok(
                        value.is_ai_data_processing_approved,
                    ),
                    is_member_join_email_enabled: Ok(value.is_member_join_email_enabled),
                    is_not_active_reason: Ok(value.is_not_active_reason),
                    is_pending_deletion: Ok(value.is_pending_deletion),
                    logo_media_id: Ok(value.logo_media_id),
                    member_count: Ok(value.member_count),
                    members_can_create_projects: Ok(value.members_can_create_projects),
                    members_can_invite: Ok(value.members_can_invite),
                    members_can_use_personal_api_keys: Ok(
                        value.members_can_use_personal_api_keys,
                    ),
                    membership_level: Ok(value.membership_level),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    plugins_access_level: Ok(value.plugins_access_level),
                    projects: Ok(value.projects),
                    slug: Ok(value.slug),
                    teams: Ok(value.teams),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationBasic {
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_not_active_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo_media_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            members_can_use_personal_api_keys: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            membership_level: ::std::result::Result<u8, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationBasic {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    is_active: Ok(Default::default()),
                    is_not_active_reason: Ok(Default::default()),
                    logo_media_id: Ok(Default::default()),
                    members_can_use_personal_api_keys: Err(
                        "no value supplied for members_can_use_personal_api_keys"
                            .to_string(),
                    ),
                    membership_level: Err(
                        "no value supplied for membership_level".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl OrganizationBasic {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn is_not_active_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_not_active_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_not_active_reason: {e}"
                        )
                    });
                self
            }
            pub fn logo_media_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo_media_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo_media_id: {e}")
                    });
                self
            }
            pub fn members_can_use_personal_api_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_use_personal_api_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_use_personal_api_keys: {e}"
                        )
                    });
                self
            }
            pub fn membership_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.membership_level = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for membership_level: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationBasic> for super::OrganizationBasic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationBasic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    is_active: value.is_active?,
                    is_not_active_reason: value.is_not_active_reason?,
                    logo_media_id: value.logo_media_id?,
                    members_can_use_personal_api_keys: value
                        .members_can_use_personal_api_keys?,
                    membership_level: value.membership_level?,
                    name: value.name?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationBasic> for OrganizationBasic {
            fn from(value: super::OrganizationBasic) -> Self {
                Self {
                    id: Ok(value.id),
                    is_active: Ok(value.is_active),
                    is_not_active_reason: Ok(value.is_not_active_reason),
                    logo_media_id: Ok(value.logo_media_id),
                    members_can_use_personal_api_keys: Ok(
                        value.members_can_use_personal_api_keys,
                    ),
                    membership_level: Ok(value.membership_level),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationCreate {
            allow_publicly_shared_resources: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            default_anonymize_ips: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            default_experiment_stats_method: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::ExperimentStatsMethod>,
                >,
                ::std::string::String,
            >,
            default_role_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            enforce_2fa: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            is_ai_data_processing_approved: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            logo_media_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            members_can_create_projects: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            members_can_invite: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            members_can_use_personal_api_keys: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationCreate {
            fn default() -> Self {
                Self {
                    allow_publicly_shared_resources: Ok(Default::default()),
                    default_anonymize_ips: Ok(Default::default()),
                    default_experiment_stats_method: Ok(Default::default()),
                    default_role_id: Ok(Default::default()),
                    enforce_2fa: Ok(Default::default()),
                    is_ai_data_processing_approved: Ok(Default::default()),
                    logo_media_id: Ok(Default::default()),
                    members_can_create_projects: Ok(Default::default()),
                    members_can_invite: Ok(Default::default()),
                    members_can_use_personal_api_keys: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl OrganizationCreate {
            pub fn allow_publicly_shared_resources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_publicly_shared_resources = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_publicly_shared_resources: {e}"
                        )
                    });
                self
            }
            pub fn default_anonymize_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_anonymize_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_anonymize_ips: {e}"
                        )
                    });
                self
            }
            pub fn default_experiment_stats_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::ExperimentStatsMethod>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.default_experiment_stats_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_experiment_stats_method: {e}"
                        )
                    });
                self
            }
            pub fn default_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.default_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_role_id: {e}"
                        )
                    });
                self
            }
            pub fn enforce_2fa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enforce_2fa = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enforce_2fa: {e}")
                    });
                self
            }
            pub fn is_ai_data_processing_approved<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.is_ai_data_processing_approved = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_ai_data_processing_approved: {e}"
                        )
                    });
                self
            }
            pub fn logo_media_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.logo_media_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo_media_id: {e}")
                    });
                self
            }
            pub fn members_can_create_projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_create_projects = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_create_projects: {e}"
                        )
                    });
                self
            }
            pub fn members_can_invite<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_invite = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_invite: {e}"
                        )
                    });
                self
            }
            pub fn members_can_use_personal_api_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_use_personal_api_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_use_personal_api_keys: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationCreate> for super::OrganizationCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_publicly_shared_resources: value
                        .allow_publicly_shared_resources?,
                    default_anonymize_ips: value.default_anonymize_ips?,
                    default_experiment_stats_method: value
                        .default_experiment_stats_method?,
                    default_role_id: value.default_role_id?,
                    enforce_2fa: value.enforce_2fa?,
                    is_ai_data_processing_approved: value
                        .is_ai_data_processing_approved?,
                    logo_media_id: value.logo_media_id?,
                    members_can_create_projects: value.members_can_create_projects?,
                    members_can_invite: value.members_can_invite?,
                    members_can_use_personal_api_keys: value
                        .members_can_use_personal_api_keys?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationCreate> for OrganizationCreate {
            fn from(value: super::OrganizationCreate) -> Self {
                Self {
                    allow_publicly_shared_resources: Ok(
                        value.allow_publicly_shared_resources,
                    ),
                    default_anonymize_ips: Ok(value.default_anonymize_ips),
                    default_experiment_stats_method: Ok(
                        value.default_experiment_stats_method,
                    ),
                    default_role_id: Ok(value.default_role_id),
                    enforce_2fa: Ok(value.enforce_2fa),
                    is_ai_data_processing_approved: Ok(
                        value.is_ai_data_processing_approved,
                    ),
                    logo_media_id: Ok(value.logo_media_id),
                    members_can_create_projects: Ok(value.members_can_create_projects),
                    members_can_invite: Ok(value.members_can_invite),
                    members_can_use_personal_api_keys: Ok(
                        value.members_can_use_personal_api_keys,
                    ),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationPatch {
            allow_publicly_shared_resources: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            default_anonymize_ips: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            default_experiment_stats_method: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::ExperimentStatsMethod>,
                >,
                ::std::string::String,
            >,
            default_role_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            enforce_2fa: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            is_ai_data_processing_approved: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            logo_media_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            members_can_create_projects: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            members_can_invite: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            members_can_use_personal_api_keys: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationPatch {
            fn default() -> Self {
                Self {
                    allow_publicly_shared_resources: Ok(Default::default()),
                    default_anonymize_ips: Ok(Default::default()),
                    default_experiment_stats_method: Ok(Default::default()),
                    default_role_id: Ok(Default::default()),
                    enforce_2fa: Ok(Default::default()),
                    is_ai_data_processing_approved: Ok(Default::default()),
                    logo_media_id: Ok(Default::default()),
                    members_can_create_projects: Ok(Default::default()),
                    members_can_invite: Ok(Default::default()),
                    members_can_use_personal_api_keys: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl OrganizationPatch {
            pub fn allow_publicly_shared_resources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_publicly_shared_resources = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_publicly_shared_resources: {e}"
                        )
                    });
                self
            }
            pub fn default_anonymize_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_anonymize_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_anonymize_ips: {e}"
                        )
                    });
                self
            }
            pub fn default_experiment_stats_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::ExperimentStatsMethod>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.default_experiment_stats_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_experiment_stats_method: {e}"
                        )
                    });
                self
            }
            pub fn default_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.default_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_role_id: {e}"
                        )
                    });
                self
            }
            pub fn enforce_2fa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enforce_2fa = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enforce_2fa: {e}")
                    });
                self
            }
            pub fn is_ai_data_processing_approved<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.is_ai_data_processing_approved = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_ai_data_processing_approved: {e}"
                        )
                    });
                self
            }
            pub fn logo_media_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.logo_media_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo_media_id: {e}")
                    });
                self
            }
            pub fn members_can_create_projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_create_projects = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_create_projects: {e}"
                        )
                    });
                self
            }
            pub fn members_can_invite<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_invite = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_invite: {e}"
                        )
                    });
                self
            }
            pub fn members_can_use_personal_api_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.members_can_use_personal_api_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for members_can_use_personal_api_keys: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationPatch> for super::OrganizationPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_publicly_shared_resources: value
                        .allow_publicly_shared_resources?,
                    default_anonymize_ips: value.default_anonymize_ips?,
                    default_experiment_stats_method: value
                        .default_experiment_stats_method?,
                    default_role_id: value.default_role_id?,
                    enforce_2fa: value.enforce_2fa?,
                    is_ai_data_processing_approved: value
                        .is_ai_data_processing_approved?,
                    logo_media_id: value.logo_media_id?,
                    members_can_create_projects: value.members_can_create_projects?,
                    members_can_invite: value.members_can_invite?,
                    members_can_use_personal_api_keys: value
                        .members_can_use_personal_api_keys?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationPatch> for OrganizationPatch {
            fn from(value: super::OrganizationPatch) -> Self {
                Self {
                    allow_publicly_shared_resources: Ok(
                        value.allow_publicly_shared_resources,
                    ),
                    default_anonymize_ips: Ok(value.default_anonymize_ips),
                    default_experiment_stats_method: Ok(
                        value.default_experiment_stats_method,
                    ),
                    default_role_id: Ok(value.default_role_id),
                    enforce_2fa: Ok(value.enforce_2fa),
                    is_ai_data_processing_approved: Ok(
                        value.is_ai_data_processing_approved,
                    ),
                    logo_media_id: Ok(value.logo_media_id),
                    members_can_create_projects: Ok(value.members_can_create_projects),
                    members_can_invite: Ok(value.members_can_invite),
                    members_can_use_personal_api_keys: Ok(
                        value.members_can_use_personal_api_keys,
                    ),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedOrganizationList {
            count: ::std::result::Result<u64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::Organization>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedOrganizationList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedOrganizationList {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Organization>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedOrganizationList>
        for super::PaginatedOrganizationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedOrganizationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedOrganizationList>
        for PaginatedOrganizationList {
            fn from(value: super::PaginatedOrganizationList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedPersonalApiKeyList {
            count: ::std::result::Result<u64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::PersonalApiKey>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedPersonalApiKeyList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedPersonalApiKeyList {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PersonalApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedPersonalApiKeyList>
        for super::PaginatedPersonalApiKeyList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedPersonalApiKeyList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedPersonalApiKeyList>
        for PaginatedPersonalApiKeyList {
            fn from(value: super::PaginatedPersonalApiKeyList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonalApiKey {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mask_value: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            scoped_organizations: ::std::result::Result<
                ::std::vec::Vec<::uuid::Uuid>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::Scope>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PersonalApiKey {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    label: Err("no value supplied for label".to_string()),
                    last_used_at: Ok(Default::default()),
                    mask_value: Err("no value supplied for mask_value".to_string()),
                    scoped_organizations: Err(
                        "no value supplied for scoped_organizations".to_string(),
                    ),
                    scopes: Err("no value supplied for scopes".to_string()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl PersonalApiKey {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_at: {e}")
                    });
                self
            }
            pub fn mask_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mask_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mask_value: {e}")
                    });
                self
            }
            pub fn scoped_organizations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.scoped_organizations = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for scoped_organizations: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Scope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonalApiKey> for super::PersonalApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonalApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    label: value.label?,
                    last_used_at: value.last_used_at?,
                    mask_value: value.mask_value?,
                    scoped_organizations: value.scoped_organizations?,
                    scopes: value.scopes?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::PersonalApiKey> for PersonalApiKey {
            fn from(value: super::PersonalApiKey) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    label: Ok(value.label),
                    last_used_at: Ok(value.last_used_at),
                    mask_value: Ok(value.mask_value),
                    scoped_organizations: Ok(value.scoped_organizations),
                    scopes: Ok(value.scopes),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonalApiKeyCreate {
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            scoped_organizations: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::Scope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PersonalApiKeyCreate {
            fn default() -> Self {
                Self {
                    label: Err("no value supplied for label".to_string()),
                    scoped_organizations: Ok(Default::default()),
                    scopes: Err("no value supplied for scopes".to_string()),
                }
            }
        }
        impl PersonalApiKeyCreate {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn scoped_organizations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scoped_organizations = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for scoped_organizations: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Scope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonalApiKeyCreate>
        for super::PersonalApiKeyCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonalApiKeyCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    scoped_organizations: value.scoped_organizations?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::PersonalApiKeyCreate> for PersonalApiKeyCreate {
            fn from(value: super::PersonalApiKeyCreate) -> Self {
                Self {
                    label: Ok(value.label),
                    scoped_organizations: Ok(value.scoped_organizations),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProjectBasic {
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for ProjectBasic {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                }
            }
        }
        impl ProjectBasic {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectBasic> for super::ProjectBasic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProjectBasic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                })
            }
        }
        impl ::std::convert::From<super::ProjectBasic> for ProjectBasic {
            fn from(value: super::ProjectBasic) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TeamBasic {
            api_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_demo: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            project_id: ::std::result::Result<i64, ::std::string::String>,
            timezone: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for TeamBasic {
            fn default() -> Self {
                Self {
                    api_token: Err("no value supplied for api_token".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_demo: Err("no value supplied for is_demo".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization: Err("no value supplied for organization".to_string()),
                    project_id: Err("no value supplied for project_id".to_string()),
                    timezone: Err("no value supplied for timezone".to_string()),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }
        impl TeamBasic {
            pub fn api_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_token: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_demo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_demo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_demo: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
            pub fn uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TeamBasic> for super::TeamBasic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TeamBasic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_token: value.api_token?,
                    id: value.id?,
                    is_demo: value.is_demo?,
                    name: value.name?,
                    organization: value.organization?,
                    project_id: value.project_id?,
                    timezone: value.timezone?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::TeamBasic> for TeamBasic {
            fn from(value: super::TeamBasic) -> Self {
                Self {
                    api_token: Ok(value.api_token),
                    id: Ok(value.id),
                    is_demo: Ok(value.is_demo),
                    name: Ok(value.name),
                    organization: Ok(value.organization),
                    project_id: Ok(value.project_id),
                    timezone: Ok(value.timezone),
                    uuid: Ok(value.uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            is_staff: ::std::result::Result<bool, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization: ::std::result::Result<
                ::std::option::Option<super::OrganizationBasic>,
                ::std::string::String,
            >,
            organizations: ::std::result::Result<
                ::std::vec::Vec<super::OrganizationBasic>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    first_name: Err("no value supplied for first_name".to_string()),
                    is_staff: Err("no value supplied for is_staff".to_string()),
                    last_name: Err("no value supplied for last_name".to_string()),
                    organization: Ok(Default::default()),
                    organizations: Err(
                        "no value supplied for organizations".to_string(),
                    ),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }
        impl User {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn is_staff<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_staff = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_staff: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrganizationBasic>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn organizations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrganizationBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.organizations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organizations: {e}")
                    });
                self
            }
            pub fn uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    is_staff: value.is_staff?,
                    last_name: value.last_name?,
                    organization: value.organization?,
                    organizations: value.organizations?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    is_staff: Ok(value.is_staff),
                    last_name: Ok(value.last_name),
                    organization: Ok(value.organization),
                    organizations: Ok(value.organizations),
                    uuid: Ok(value.uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserCreate {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_staff: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            personal_api_key: ::std::result::Result<
                ::std::option::Option<super::PersonalApiKeyCreate>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserCreate {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    first_name: Ok(Default::default()),
                    is_staff: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    personal_api_key: Ok(Default::default()),
                }
            }
        }
        impl UserCreate {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn is_staff<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_staff = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_staff: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn personal_api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PersonalApiKeyCreate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.personal_api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for personal_api_key: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserCreate> for super::UserCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    is_staff: value.is_staff?,
                    last_name: value.last_name?,
                    personal_api_key: value.personal_api_key?,
                })
            }
        }
        impl ::std::convert::From<super::UserCreate> for UserCreate {
            fn from(value: super::UserCreate) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    is_staff: Ok(value.is_staff),
                    last_name: Ok(value.last_name),
                    personal_api_key: Ok(value.personal_api_key),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserCreated {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            is_staff: ::std::result::Result<bool, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization: ::std::result::Result<
                ::std::option::Option<super::OrganizationBasic>,
                ::std::string::String,
            >,
            organizations: ::std::result::Result<
                ::std::vec::Vec<super::OrganizationBasic>,
                ::std::string::String,
            >,
            personal_api_key: ::std::result::Result<
                ::std::option::Option<super::PersonalApiKey>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for UserCreated {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    first_name: Err("no value supplied for first_name".to_string()),
                    is_staff: Err("no value supplied for is_staff".to_string()),
                    last_name: Err("no value supplied for last_name".to_string()),
                    organization: Ok(Default::default()),
                    organizations: Err(
                        "no value supplied for organizations".to_string(),
                    ),
                    personal_api_key: Ok(Default::default()),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }
        impl UserCreated {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn is_staff<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_staff = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_staff: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrganizationBasic>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn organizations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrganizationBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.organizations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organizations: {e}")
                    });
                self
            }
            pub fn personal_api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PersonalApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.personal_api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for personal_api_key: {e}"
                        )
                    });
                self
            }
            pub fn uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserCreated> for super::UserCreated {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserCreated,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    is_staff: value.is_staff?,
                    last_name: value.last_name?,
                    organization: value.organization?,
                    organizations: value.organizations?,
                    personal_api_key: value.personal_api_key?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::UserCreated> for UserCreated {
            fn from(value: super::UserCreated) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    is_staff: Ok(value.is_staff),
                    last_name: Ok(value.last_name),
                    organization: Ok(value.organization),
                    organizations: Ok(value.organizations),
                    personal_api_key: Ok(value.personal_api_key),
                    uuid: Ok(value.uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserPatch {
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            set_current_organization: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserPatch {
            fn default() -> Self {
                Self {
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    set_current_organization: Ok(Default::default()),
                }
            }
        }
        impl UserPatch {
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn set_current_organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.set_current_organization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for set_current_organization: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserPatch> for super::UserPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    set_current_organization: value.set_current_organization?,
                })
            }
        }
        impl ::std::convert::From<super::UserPatch> for UserPatch {
            fn from(value: super::UserPatch) -> Self {
                Self {
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    set_current_organization: Ok(value.set_current_organization),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for orgbase

A PostHog-compatible organizations API. Authenticate with `Authorization: Bearer <personal API key>`.

Version: 0.1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "0.1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Check liveness

Answers 200 while the server runs; needs no credentials.

Sends a `GET` request to `/_health`

```ignore
let response = client.health()
    .send()
    .await;
```*/
    pub fn health(&self) -> builder::Health<'_> {
        builder::Health::new(self)
    }
    /**List organizations

The caller's organizations (narrowed to the key's `scoped_organizations`, when set), oldest first.

Sends a `GET` request to `/api/organizations/`

Arguments:
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.organization_list()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn organization_list(&self) -> builder::OrganizationList<'_> {
        builder::OrganizationList::new(self)
    }
    /**Create an organization

The caller becomes its owner (level 15), a default project is created, and the caller's current organization switches to it.

Sends a `POST` request to `/api/organizations/`

```ignore
let response = client.organization_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_create(&self) -> builder::OrganizationCreate<'_> {
        builder::OrganizationCreate::new(self)
    }
    /**Fetch an organization

Sends a `GET` request to `/api/organizations/{organization_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
```ignore
let response = client.organization_view()
    .organization_id(organization_id)
    .send()
    .await;
```*/
    pub fn organization_view(&self) -> builder::OrganizationView<'_> {
        builder::OrganizationView::new(self)
    }
    /**Update an organization

Needs membership level 8 (admin) or more. `name` is required; other fields left out keep their values.

Sends a `PUT` request to `/api/organizations/{organization_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.organization_update()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_update(&self) -> builder::OrganizationUpdate<'_> {
        builder::OrganizationUpdate::new(self)
    }
    /**Delete an organization

Needs membership level 15 (owner). The organization and everything under it are removed at once.

Sends a `DELETE` request to `/api/organizations/{organization_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
```ignore
let response = client.organization_delete()
    .organization_id(organization_id)
    .send()
    .await;
```*/
    pub fn organization_delete(&self) -> builder::OrganizationDelete<'_> {
        builder::OrganizationDelete::new(self)
    }
    /**Partially update an organization

Needs membership level 8 (admin) or more.

Sends a `PATCH` request to `/api/organizations/{organization_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.organization_patch()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_patch(&self) -> builder::OrganizationPatch<'_> {
        builder::OrganizationPatch::new(self)
    }
    /**List the caller's personal API keys

Newest first.

Sends a `GET` request to `/api/personal_api_keys/`

Arguments:
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.personal_api_key_list()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn personal_api_key_list(&self) -> builder::PersonalApiKeyList<'_> {
        builder::PersonalApiKeyList::new(self)
    }
    /**Create a personal API key

The key's `value` is in this response only. A key cannot create a key with a scope or an organization it does not itself have.

Sends a `POST` request to `/api/personal_api_keys/`

```ignore
let response = client.personal_api_key_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn personal_api_key_create(&self) -> builder::PersonalApiKeyCreate<'_> {
        builder::PersonalApiKeyCreate::new(self)
    }
    /**Fetch one of the caller's personal API keys

Sends a `GET` request to `/api/personal_api_keys/{id}/`

Arguments:
- `id`: Identifier of the key.
```ignore
let response = client.personal_api_key_view()
    .id(id)
    .send()
    .await;
```*/
    pub fn personal_api_key_view(&self) -> builder::PersonalApiKeyView<'_> {
        builder::PersonalApiKeyView::new(self)
    }
    /**Delete one of the caller's personal API keys

Sends a `DELETE` request to `/api/personal_api_keys/{id}/`

Arguments:
- `id`: Identifier of the key.
```ignore
let response = client.personal_api_key_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn personal_api_key_delete(&self) -> builder::PersonalApiKeyDelete<'_> {
        builder::PersonalApiKeyDelete::new(self)
    }
    /**Create a user (instance administration)

An orgbase extension for staff users: creates a user and, when asked for, a personal API key whose `value` is shown only in this response.

Sends a `POST` request to `/api/users/`

```ignore
let response = client.user_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_create(&self) -> builder::UserCreate<'_> {
        builder::UserCreate::new(self)
    }
    /**Fetch the calling user

Sends a `GET` request to `/api/users/@me/`

```ignore
let response = client.user_me_view()
    .send()
    .await;
```*/
    pub fn user_me_view(&self) -> builder::UserMeView<'_> {
        builder::UserMeView::new(self)
    }
    /**Update the calling user

Changes `first_name`, `last_name`, or the current organization (`set_current_organization`).

Sends a `PATCH` request to `/api/users/@me/`

```ignore
let response = client.user_me_patch()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_me_patch(&self) -> builder::UserMePatch<'_> {
        builder::UserMePatch::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::health`]

[`Client::health`]: super::Client::health*/
    #[derive(Debug, Clone)]
    pub struct Health<'a> {
        client: &'a super::Client,
    }
    impl<'a> Health<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/_health`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Health>, Error<types::ApiError>> {
            let Self { client } = self;
            let url = format!("{}/_health", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "health",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_list`]

[`Client::organization_list`]: super::Client::organization_list*/
    #[derive(Debug, Clone)]
    pub struct OrganizationList<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> OrganizationList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/organizations/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedOrganizationList>,
            Error<types::ApiError>,
        > {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/organizations/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_create`]

[`Client::organization_create`]: super::Client::organization_create*/
    #[derive(Debug, Clone)]
    pub struct OrganizationCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationCreate, String>,
    }
    impl<'a> OrganizationCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationCreate>,
            <V as std::convert::TryInto<
                types::OrganizationCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrganizationCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationCreate,
            ) -> types::builder::OrganizationCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Organization>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/organizations/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_view`]

[`Client::organization_view`]: super::Client::organization_view*/
    #[derive(Debug, Clone)]
    pub struct OrganizationView<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
    }
    impl<'a> OrganizationView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Organization>, Error<types::ApiError>> {
            let Self { client, organization_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/", client.baseurl, encode_path(& organization_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_update`]

[`Client::organization_update`]: super::Client::organization_update*/
    #[derive(Debug, Clone)]
    pub struct OrganizationUpdate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationCreate, String>,
    }
    impl<'a> OrganizationUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationCreate>,
            <V as std::convert::TryInto<
                types::OrganizationCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrganizationCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationCreate,
            ) -> types::builder::OrganizationCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/organizations/{organization_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Organization>, Error<types::ApiError>> {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/", client.baseurl, encode_path(& organization_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_delete`]

[`Client::organization_delete`]: super::Client::organization_delete*/
    #[derive(Debug, Clone)]
    pub struct OrganizationDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
    }
    impl<'a> OrganizationDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/", client.baseurl, encode_path(& organization_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_patch`]

[`Client::organization_patch`]: super::Client::organization_patch*/
    #[derive(Debug, Clone)]
    pub struct OrganizationPatch<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationPatch, String>,
    }
    impl<'a> OrganizationPatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationPatch>,
            <V as std::convert::TryInto<
                types::OrganizationPatch,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrganizationPatch` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationPatch,
            ) -> types::builder::OrganizationPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/organizations/{organization_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Organization>, Error<types::ApiError>> {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationPatch::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/", client.baseurl, encode_path(& organization_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_patch",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::personal_api_key_list`]

[`Client::personal_api_key_list`]: super::Client::personal_api_key_list*/
    #[derive(Debug, Clone)]
    pub struct PersonalApiKeyList<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> PersonalApiKeyList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/personal_api_keys/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedPersonalApiKeyList>,
            Error<types::ApiError>,
        > {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/personal_api_keys/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "personal_api_key_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::personal_api_key_create`]

[`Client::personal_api_key_create`]: super::Client::personal_api_key_create*/
    #[derive(Debug, Clone)]
    pub struct PersonalApiKeyCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PersonalApiKeyCreate, String>,
    }
    impl<'a> PersonalApiKeyCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PersonalApiKeyCreate>,
            <V as std::convert::TryInto<
                types::PersonalApiKeyCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PersonalApiKeyCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PersonalApiKeyCreate,
            ) -> types::builder::PersonalApiKeyCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/personal_api_keys/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PersonalApiKey>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PersonalApiKeyCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/personal_api_keys/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "personal_api_key_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::personal_api_key_view`]

[`Client::personal_api_key_view`]: super::Client::personal_api_key_view*/
    #[derive(Debug, Clone)]
    pub struct PersonalApiKeyView<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> PersonalApiKeyView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/personal_api_keys/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PersonalApiKey>, Error<types::ApiError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/personal_api_keys/{}/", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "personal_api_key_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::personal_api_key_delete`]

[`Client::personal_api_key_delete`]: super::Client::personal_api_key_delete*/
    #[derive(Debug, Clone)]
    pub struct PersonalApiKeyDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> PersonalApiKeyDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/personal_api_keys/{id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/personal_api_keys/{}/", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "personal_api_key_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_create`]

[`Client::user_create`]: super::Client::user_create*/
    #[derive(Debug, Clone)]
    pub struct UserCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserCreate, String>,
    }
    impl<'a> UserCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserCreate>,
            <V as std::convert::TryInto<types::UserCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserCreate,
            ) -> types::builder::UserCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/users/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserCreated>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::UserCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/users/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_me_view`]

[`Client::user_me_view`]: super::Client::user_me_view*/
    #[derive(Debug, Clone)]
    pub struct UserMeView<'a> {
        client: &'a super::Client,
    }
    impl<'a> UserMeView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/users/@me/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
            let Self { client } = self;
            let url = format!("{}/api/users/@me/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_me_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_me_patch`]

[`Client::user_me_patch`]: super::Client::user_me_patch*/
    #[derive(Debug, Clone)]
    pub struct UserMePatch<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserPatch, String>,
    }
    impl<'a> UserMePatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserPatch>,
            <V as std::convert::TryInto<types::UserPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserPatch` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::UserPatch) -> types::builder::UserPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/users/@me/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::UserPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/users/@me/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_me_patch",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
