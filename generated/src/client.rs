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
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
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
    ///Which organization a metadata document verifies, if any.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CimdMatch {
        ///The organization whose token the document publishes at its URL, or null.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub organization_id: ::std::option::Option<::uuid::Uuid>,
    }
    impl CimdMatch {
        pub fn builder() -> builder::CimdMatch {
            Default::default()
        }
    }
    ///Body of a CIMD metadata match.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CimdMatchRequest {
        ///The URL the metadata document was read from.
        pub cimd_url: ::std::string::String,
        ///The metadata document (JSON object).
        pub document: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CimdMatchRequest {
        pub fn builder() -> builder::CimdMatchRequest {
            Default::default()
        }
    }
    ///A CIMD verification token: a partner publishes it in its OAuth client ID metadata document to link its app to the organization. The secret `value` appears only in the response that created it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CimdVerificationToken {
        ///The metadata document's URL the token is valid at (normalized).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub cimd_url: ::std::option::Option<::std::string::String>,
        ///When it was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Who created it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub created_by: ::std::option::Option<UserBasic>,
        ///Identifier.
        pub id: ::uuid::Uuid,
        ///A name for the token.
        pub label: ::std::string::String,
        ///When a metadata document last matched it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///First and last four characters of the token (`phvt...abcd`).
        pub mask_value: ::std::string::String,
        ///The token itself (`phvt_...`): only in the response that created it, null everywhere else.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl CimdVerificationToken {
        pub fn builder() -> builder::CimdVerificationToken {
            Default::default()
        }
    }
    ///Body of a CIMD verification token create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CimdVerificationTokenCreate {
        ///The HTTPS URL of the metadata document (at most 2048 characters; no user info or fragment). Stored normalized: scheme and host lowercased, default port dropped, trailing slash removed.
        pub cimd_url: ::std::string::String,
        ///A name: 1 to 40 characters after trimming.
        pub label: ::std::string::String,
    }
    impl CimdVerificationTokenCreate {
        pub fn builder() -> builder::CimdVerificationTokenCreate {
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
        ///No method chosen (PostHog accepts a blank value).
        #[serde(rename = "")]
        X,
    }
    impl ::std::fmt::Display for ExperimentStatsMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Bayesian => f.write_str("bayesian"),
                Self::Frequentist => f.write_str("frequentist"),
                Self::X => f.write_str(""),
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
                "" => Ok(Self::X),
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
    ///A member's GitHub username.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GithubLogin {
        ///The GitHub login, or null when no GitHub identity is linked (always null here).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub github_login: ::std::option::Option<::std::string::String>,
    }
    impl GithubLogin {
        pub fn builder() -> builder::GithubLogin {
            Default::default()
        }
    }
    ///Answer of the liveness and readiness probes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Health {
        ///Always `ok` (any other state is an error response).
        pub status: ::std::string::String,
    }
    impl Health {
        pub fn builder() -> builder::Health {
            Default::default()
        }
    }
    ///An invite as its invitee sees it before accepting.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct InviteSignupCheck {
        ///First name of the invitee.
        pub first_name: ::std::string::String,
        ///The invite's id.
        pub id: ::uuid::Uuid,
        ///Level the invitee will have.
        pub level: u8,
        ///The organization the invite is to.
        pub organization_id: ::uuid::Uuid,
        ///Its name.
        pub organization_name: ::std::string::String,
        ///Address the invite is for.
        pub target_email: ::std::string::String,
    }
    impl InviteSignupCheck {
        pub fn builder() -> builder::InviteSignupCheck {
            Default::default()
        }
    }
    ///Order of the member list.
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
    pub enum MemberOrder {
        ///Oldest membership first.
        #[serde(rename = "joined_at")]
        JoinedXat,
        ///Newest membership first (the default).
        #[serde(rename = "-joined_at")]
        XjoinedXat,
    }
    impl ::std::fmt::Display for MemberOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::JoinedXat => f.write_str("joined_at"),
                Self::XjoinedXat => f.write_str("-joined_at"),
            }
        }
    }
    impl ::std::str::FromStr for MemberOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "joined_at" => Ok(Self::JoinedXat),
                "-joined_at" => Ok(Self::XjoinedXat),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MemberOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MemberOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Organization {
        ///Whether resources may be shared publicly.
        pub allow_publicly_shared_resources: bool,
        ///Billing-managed entitlements (null: none managed here).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub available_product_features: ::std::option::Option<
            ::std::vec::Vec<::serde_json::Value>,
        >,
        ///When the organization was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Billing customer id (null: no billing).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Default "discard client IP data" setting for new projects.
        pub default_anonymize_ips: bool,
        ///Default statistical method for new experiments.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub default_experiment_stats_method: ::std::option::Option<
            ExperimentStatsMethod,
        >,
        ///Role given to new members who join the organization.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub default_role_id: ::std::option::Option<::uuid::Uuid>,
        ///Whether members must use two-factor authentication.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub enforce_2fa: ::std::option::Option<bool>,
        ///Identifier (a UUID).
        pub id: ::uuid::Uuid,
        ///Whether the organization is active.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_active: ::std::option::Option<bool>,
        ///Whether AI data processing is approved.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_ai_data_processing_approved: ::std::option::Option<bool>,
        ///Legacy field; always true.
        pub is_member_join_email_enabled: bool,
        ///Why the organization was deactivated, if it was.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_not_active_reason: ::std::option::Option<::std::string::String>,
        ///Whether deletion of the organization is under way.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_pending_deletion: ::std::option::Option<bool>,
        ///Uploaded logo, if any.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub logo_media_id: ::std::option::Option<::uuid::Uuid>,
        ///Number of members.
        pub member_count: u64,
        ///Whether plain members may create projects.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub members_can_create_projects: ::std::option::Option<bool>,
        ///Whether plain members may invite others.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub members_can_invite: ::std::option::Option<bool>,
        ///Whether plain members may use personal API keys.
        pub members_can_use_personal_api_keys: bool,
        ///The caller's membership level here: 1 member, 8 admin, 15 owner.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
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
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_active: ::std::option::Option<bool>,
        ///Why the organization was deactivated, if it was.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_not_active_reason: ::std::option::Option<::std::string::String>,
        ///Whether the organization's deletion has begun (never: orgbase deletes an organization in one transaction).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_pending_deletion: ::std::option::Option<bool>,
        ///Uploaded logo, if any.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
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
    ///A domain an organization verifies it owns, with its SSO (SAML) and SCIM settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationDomain {
        ///The domain (lowercase), unique across organizations; fixed at creation.
        pub domain: ::std::string::String,
        ///Whether SAML is fully configured (entity id, ACS URL, certificate).
        pub has_saml: bool,
        ///Whether SCIM is enabled (same as `scim_enabled`).
        pub has_scim: bool,
        ///Identifier.
        pub id: ::uuid::Uuid,
        ///Whether the domain is verified.
        pub is_verified: bool,
        ///Whether users with this email domain join automatically (verified domains only).
        pub jit_provisioning_enabled: bool,
        ///When the last verification attempt failed (null after success).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_verification_retry: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///SAML assertion consumer service URL.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub saml_acs_url: ::std::option::Option<::std::string::String>,
        ///SAML identity provider entity id.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub saml_entity_id: ::std::option::Option<::std::string::String>,
        ///SAML identity provider certificate (PEM, X.509).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub saml_x509_cert: ::std::option::Option<::std::string::String>,
        ///Base URL of the SCIM API for this domain, while SCIM is enabled.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub scim_base_url: ::std::option::Option<::std::string::String>,
        ///The SCIM bearer token: only in the response that created it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub scim_bearer_token: ::std::option::Option<::std::string::String>,
        ///Whether SCIM provisioning is enabled.
        pub scim_enabled: bool,
        ///Login method enforced for this domain: `""` (none), or a method's name such as `google-oauth2`, `github`, `gitlab` or `saml` (verified domains only).
        pub sso_enforcement: ::std::string::String,
        ///Value to publish as a TXT record at `_posthog-challenge.<domain>`.
        pub verification_challenge: ::std::string::String,
        ///When it was verified.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub verified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl OrganizationDomain {
        pub fn builder() -> builder::OrganizationDomain {
            Default::default()
        }
    }
    ///Body of a domain create. `jit_provisioning_enabled`, `sso_enforcement` and `scim_enabled` are ignored here (set them once the domain is verified).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationDomainCreate {
        ///The domain: trimmed and lowercased, then a valid domain name of at most 128 characters.
        pub domain: ::std::string::String,
        ///SAML assertion consumer service URL (at most 512 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml_acs_url: ::std::option::Option<::std::string::String>,
        ///SAML identity provider entity id (at most 512 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml_entity_id: ::std::option::Option<::std::string::String>,
        ///SAML identity provider certificate (PEM, X.509).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml_x509_cert: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationDomainCreate {
        pub fn builder() -> builder::OrganizationDomainCreate {
            Default::default()
        }
    }
    ///Body of a domain update (PUT or PATCH): every field optional; `null` clears a SAML field. The domain itself cannot change.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationDomainPatch {
        ///Whether users with this email domain join automatically (verified domains only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jit_provisioning_enabled: ::std::option::Option<bool>,
        ///SAML assertion consumer service URL (at most 512 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml_acs_url: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///SAML identity provider entity id (at most 512 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml_entity_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///SAML identity provider certificate (PEM, X.509).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml_x509_cert: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Turn SCIM on (the response then carries the bearer token, once) or off (the token is revoked).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scim_enabled: ::std::option::Option<bool>,
        ///The login method to enforce, at most 28 characters, as PostHog: `""` (none), `google-oauth2`, `github`, `gitlab`, `saml` or any other method's name (verified domains only; `saml` needs complete SAML settings).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sso_enforcement: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationDomainPatch {
        pub fn builder() -> builder::OrganizationDomainPatch {
            Default::default()
        }
    }
    ///An invitation to join an organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationInvite {
        ///When the invite was made.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Who invited.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub created_by: ::std::option::Option<UserBasic>,
        ///Whether sending the invitation email was attempted.
        pub emailing_attempt_made: bool,
        ///First name of the invitee.
        pub first_name: ::std::string::String,
        ///Identifier; also the code the invitee accepts it with.
        pub id: ::uuid::Uuid,
        ///Whether the invite is older than 3 days (and so no longer valid).
        pub is_expired: bool,
        ///Level the invitee will have: 1 member, 8 admin, 15 owner.
        pub level: u8,
        ///Message included in the invitation email.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Private projects the invitee gets access to.
        pub private_project_access: ::std::vec::Vec<ProjectAccess>,
        ///Address the invite is for.
        pub target_email: ::std::string::String,
        ///When the invite last changed.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl OrganizationInvite {
        pub fn builder() -> builder::OrganizationInvite {
            Default::default()
        }
    }
    ///Body of an invite create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationInviteCreate {
        ///Merge with the pending invites for the same address: the highest level and the union of project access (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub combine_pending_invites: ::std::option::Option<bool>,
        ///First name of the invitee (at most 30 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Level to give: 1 member (default), 8 admin, 15 owner; at most the inviter's own.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<::std::primitive::u8>,
        ///Message for the invitation email (at most 5000 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Private projects (of this organization) to give access to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub private_project_access: ::std::option::Option<
            ::std::vec::Vec<ProjectAccess>,
        >,
        ///Whether to email the invitation (default true; needs SMTP).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_email: ::std::option::Option<bool>,
        ///Address to invite (at most 254 characters).
        pub target_email: ::std::string::String,
    }
    impl OrganizationInviteCreate {
        pub fn builder() -> builder::OrganizationInviteCreate {
            Default::default()
        }
    }
    ///A member of an organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationMember {
        ///Whether the member signs in through a social provider (not kept here).
        pub has_social_auth: bool,
        ///Identifier of the membership.
        pub id: ::uuid::Uuid,
        ///Whether the member uses two-factor authentication (not kept here).
        pub is_2fa_enabled: bool,
        ///When the user joined.
        pub joined_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///When the member last authenticated successfully, with any credential (recorded at most once a minute). Joining took an authenticated request, so it is never before `joined_at`.
        pub last_login: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Membership level: 1 member, 8 admin, 15 owner.
        pub level: u8,
        ///When the membership last changed.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The member.
        pub user: UserBasic,
    }
    impl OrganizationMember {
        pub fn builder() -> builder::OrganizationMember {
            Default::default()
        }
    }
    ///Body of a member update: only the level can change; without `level` nothing changes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationMemberUpdate {
        ///New membership level: 1 member, 8 admin, 15 owner.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<::std::primitive::u8>,
    }
    impl OrganizationMemberUpdate {
        pub fn builder() -> builder::OrganizationMemberUpdate {
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
    pub struct PaginatedCimdVerificationTokenList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<CimdVerificationToken>,
    }
    impl PaginatedCimdVerificationTokenList {
        pub fn builder() -> builder::PaginatedCimdVerificationTokenList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedOrganizationDomainList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<OrganizationDomain>,
    }
    impl PaginatedOrganizationDomainList {
        pub fn builder() -> builder::PaginatedOrganizationDomainList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedOrganizationInviteList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<OrganizationInvite>,
    }
    impl PaginatedOrganizationInviteList {
        pub fn builder() -> builder::PaginatedOrganizationInviteList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedOrganizationList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
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
    pub struct PaginatedOrganizationMemberList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<OrganizationMember>,
    }
    impl PaginatedOrganizationMemberList {
        pub fn builder() -> builder::PaginatedOrganizationMemberList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedPersonalApiKeyList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<PersonalApiKey>,
    }
    impl PaginatedPersonalApiKeyList {
        pub fn builder() -> builder::PaginatedPersonalApiKeyList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedRoleExternalReferenceList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<RoleExternalReference>,
    }
    impl PaginatedRoleExternalReferenceList {
        pub fn builder() -> builder::PaginatedRoleExternalReferenceList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedRoleList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<Role>,
    }
    impl PaginatedRoleList {
        pub fn builder() -> builder::PaginatedRoleList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedRoleMembershipList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<RoleMembership>,
    }
    impl PaginatedRoleMembershipList {
        pub fn builder() -> builder::PaginatedRoleMembershipList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedScimRequestLogList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<ScimRequestLog>,
    }
    impl PaginatedScimRequestLogList {
        pub fn builder() -> builder::PaginatedScimRequestLogList {
            Default::default()
        }
    }
    ///One page of a list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaginatedUserList {
        ///Total number of results across all pages.
        pub count: u64,
        ///Absolute URL of the next page, or null on the last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<::std::string::String>,
        ///Absolute URL of the previous page, or null on the first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///The results on this page.
        pub results: ::std::vec::Vec<User>,
    }
    impl PaginatedUserList {
        pub fn builder() -> builder::PaginatedUserList {
            Default::default()
        }
    }
    ///An invite waiting for the user (to their email address, not expired).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PendingInvite {
        ///When the invite was made.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The invite's id.
        pub id: ::std::string::String,
        ///The organization the invite is to.
        pub organization_id: ::std::string::String,
        ///Its name.
        pub organization_name: ::std::string::String,
        ///Address the invite is for.
        pub target_email: ::std::string::String,
    }
    impl PendingInvite {
        pub fn builder() -> builder::PendingInvite {
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
        ///When the key's value was last rolled (orgbase never rolls: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_rolled_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the key was last used (updated at most once an hour).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///First and last four characters of the key (`phx_...abcd`).
        pub mask_value: ::std::string::String,
        ///Organizations the key is limited to; empty means all of the user's.
        pub scoped_organizations: ::std::vec::Vec<::uuid::Uuid>,
        ///Projects the key is limited to (orgbase has no project scoping: always empty, which means all).
        pub scoped_teams: ::std::vec::Vec<i64>,
        ///What the key may do.
        pub scopes: ::std::vec::Vec<Scope>,
        ///Numeric id of the key's user.
        pub user_id: i64,
        ///The key itself (`phx_...`): only in the response that created it, null everywhere else.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
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
    ///Access to one private project given by an invite.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProjectAccess {
        ///Project id (of this organization).
        pub id: i64,
        ///Level in the project: 1 member or 8 admin.
        pub level: u8,
    }
    impl ProjectAccess {
        pub fn builder() -> builder::ProjectAccess {
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
    ///The outcome of one diagnostic check.
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
    pub enum ProxyCheckStatus {
        ///Nothing to change.
        #[serde(rename = "pass")]
        Pass,
        ///Something must change: see `fix`.
        #[serde(rename = "fail")]
        Fail,
        ///The answer could not be had (the lookup failed); try later.
        #[serde(rename = "unknown")]
        Unknown,
    }
    impl ::std::fmt::Display for ProxyCheckStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pass => f.write_str("pass"),
                Self::Fail => f.write_str("fail"),
                Self::Unknown => f.write_str("unknown"),
            }
        }
    }
    impl ::std::str::FromStr for ProxyCheckStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "pass" => Ok(Self::Pass),
                "fail" => Ok(Self::Fail),
                "unknown" => Ok(Self::Unknown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProxyCheckStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProxyCheckStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A managed reverse proxy: a domain of yours whose CNAME points at `target_cname`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProxyRecord {
        ///When this proxy record was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///ID of the user who created this proxy record.
        pub created_by: i64,
        ///The custom domain to proxy through, e.g. 'e.example.com'.
        pub domain: ::std::string::String,
        ///Unique identifier for the proxy record.
        pub id: ::uuid::Uuid,
        ///Human-readable status message with details about errors, if any.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Current provisioning status.
        pub status: ProxyRecordStatus,
        ///The CNAME target to add as a DNS record for your domain.
        pub target_cname: ::std::string::String,
        ///When this proxy record was last updated.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl ProxyRecord {
        pub fn builder() -> builder::ProxyRecord {
            Default::default()
        }
    }
    ///One check of a proxy record's diagnosis.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProxyRecordCheck {
        ///What was found.
        pub detail: ::std::string::String,
        ///What to change, when the check failed.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub fix: ::std::option::Option<::std::string::String>,
        ///Which check: `cname` (the domain's CNAME points at `target_cname`) or `caa` (CAA records, walked up the domain's tree, allow the certificate authority).
        pub name: ::std::string::String,
        ///Its outcome.
        pub status: ProxyCheckStatus,
    }
    impl ProxyRecordCheck {
        pub fn builder() -> builder::ProxyRecordCheck {
            Default::default()
        }
    }
    ///Body of a proxy record create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProxyRecordCreate {
        ///The custom domain to proxy through, e.g. 'e.example.com': trimmed and lowercased, then a valid host name of at most 64 characters, unique across all organizations.
        pub domain: ::std::string::String,
    }
    impl ProxyRecordCreate {
        pub fn builder() -> builder::ProxyRecordCreate {
            Default::default()
        }
    }
    ///The answer of a proxy record delete.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProxyRecordDeleted {
        ///Always true.
        pub success: bool,
    }
    impl ProxyRecordDeleted {
        pub fn builder() -> builder::ProxyRecordDeleted {
            Default::default()
        }
    }
    ///A structured report on a proxy record's DNS.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProxyRecordDiagnosis {
        ///When the checks ran.
        pub checked_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The checks, in order.
        pub checks: ::std::vec::Vec<ProxyRecordCheck>,
        ///The proxy record.
        pub record: ProxyRecord,
    }
    impl ProxyRecordDiagnosis {
        pub fn builder() -> builder::ProxyRecordDiagnosis {
            Default::default()
        }
    }
    ///The organization's proxy records (not paginated), newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProxyRecordList {
        ///Maximum number of proxy records allowed for this organization.
        pub max_proxy_records: u64,
        ///The proxy records.
        pub results: ::std::vec::Vec<ProxyRecord>,
    }
    impl ProxyRecordList {
        pub fn builder() -> builder::ProxyRecordList {
            Default::default()
        }
    }
    ///Where a proxy record's provisioning stands.
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
    pub enum ProxyRecordStatus {
        ///Waiting for the domain's CNAME to point at `target_cname`.
        #[serde(rename = "waiting")]
        Waiting,
        ///A certificate is being issued (never set by orgbase).
        #[serde(rename = "issuing")]
        Issuing,
        ///The domain's CNAME points at `target_cname`.
        #[serde(rename = "valid")]
        Valid,
        ///Live, with issues (never set by orgbase).
        #[serde(rename = "warning")]
        Warning,
        ///The CNAME points elsewhere (see `message`); retry once fixed.
        #[serde(rename = "erroring")]
        Erroring,
        ///Being removed.
        #[serde(rename = "deleting")]
        Deleting,
        ///The CNAME was not seen within the provisioning window; retry.
        #[serde(rename = "timed_out")]
        TimedOut,
    }
    impl ::std::fmt::Display for ProxyRecordStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Waiting => f.write_str("waiting"),
                Self::Issuing => f.write_str("issuing"),
                Self::Valid => f.write_str("valid"),
                Self::Warning => f.write_str("warning"),
                Self::Erroring => f.write_str("erroring"),
                Self::Deleting => f.write_str("deleting"),
                Self::TimedOut => f.write_str("timed_out"),
            }
        }
    }
    impl ::std::str::FromStr for ProxyRecordStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "waiting" => Ok(Self::Waiting),
                "issuing" => Ok(Self::Issuing),
                "valid" => Ok(Self::Valid),
                "warning" => Ok(Self::Warning),
                "erroring" => Ok(Self::Erroring),
                "deleting" => Ok(Self::Deleting),
                "timed_out" => Ok(Self::TimedOut),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProxyRecordStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProxyRecordStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A role: a named group of members.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Role {
        ///When the role was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Who created it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub created_by: ::std::option::Option<UserBasic>,
        ///Identifier.
        pub id: ::uuid::Uuid,
        ///Whether new members get this role (the organization's `default_role_id`).
        pub is_default: bool,
        ///Members assigned to this role, in the order they were added.
        pub members: ::std::vec::Vec<RoleMembership>,
        ///Name, unique in the organization (case-insensitively).
        pub name: ::std::string::String,
    }
    impl Role {
        pub fn builder() -> builder::Role {
            Default::default()
        }
    }
    ///What the user does at their organization.
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
    pub enum RoleAtOrganization {
        ///Engineering.
        #[serde(rename = "engineering")]
        Engineering,
        ///Data.
        #[serde(rename = "data")]
        Data,
        ///Product management.
        #[serde(rename = "product")]
        Product,
        ///Founder.
        #[serde(rename = "founder")]
        Founder,
        ///Leadership.
        #[serde(rename = "leadership")]
        Leadership,
        ///Marketing.
        #[serde(rename = "marketing")]
        Marketing,
        ///Sales.
        #[serde(rename = "sales")]
        Sales,
        ///Something else.
        #[serde(rename = "other")]
        Other,
    }
    impl ::std::fmt::Display for RoleAtOrganization {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Engineering => f.write_str("engineering"),
                Self::Data => f.write_str("data"),
                Self::Product => f.write_str("product"),
                Self::Founder => f.write_str("founder"),
                Self::Leadership => f.write_str("leadership"),
                Self::Marketing => f.write_str("marketing"),
                Self::Sales => f.write_str("sales"),
                Self::Other => f.write_str("other"),
            }
        }
    }
    impl ::std::str::FromStr for RoleAtOrganization {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "engineering" => Ok(Self::Engineering),
                "data" => Ok(Self::Data),
                "product" => Ok(Self::Product),
                "founder" => Ok(Self::Founder),
                "leadership" => Ok(Self::Leadership),
                "marketing" => Ok(Self::Marketing),
                "sales" => Ok(Self::Sales),
                "other" => Ok(Self::Other),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RoleAtOrganization {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RoleAtOrganization {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Body of a role create or update.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RoleCreate {
        ///Name: not blank, at most 200 characters, unique in the organization (case-insensitively).
        pub name: ::std::string::String,
    }
    impl RoleCreate {
        pub fn builder() -> builder::RoleCreate {
            Default::default()
        }
    }
    ///A role of an external provider (a GitHub team, a Linear team, a Jira project, a Slack channel...) mapped to one of the organization's roles.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RoleExternalReference {
        ///When the reference was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Who created it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub created_by: ::std::option::Option<UserBasic>,
        ///Identifier.
        pub id: ::uuid::Uuid,
        ///Integration kind (e.g., github, linear, jira, slack).
        pub provider: ::std::string::String,
        ///Provider organization/workspace/site identifier.
        pub provider_organization_id: ::std::string::String,
        ///Stable provider role identifier.
        pub provider_role_id: ::std::string::String,
        ///Display name of the provider role.
        pub provider_role_name: ::std::string::String,
        ///Human-friendly provider role identifier.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub provider_role_slug: ::std::option::Option<::std::string::String>,
        ///The organization's role this external role maps to.
        pub role: ::uuid::Uuid,
    }
    impl RoleExternalReference {
        pub fn builder() -> builder::RoleExternalReference {
            Default::default()
        }
    }
    ///Body of a role external reference create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RoleExternalReferenceCreate {
        ///Integration kind (e.g., github, linear, jira, slack): not blank, at most 32 characters.
        pub provider: ::std::string::String,
        ///Provider organization/workspace/site identifier: not blank, at most 255 characters.
        pub provider_organization_id: ::std::string::String,
        ///Stable provider role identifier: not blank, at most 255 characters. Unique per provider organization in this organization (compared case-insensitively).
        pub provider_role_id: ::std::string::String,
        ///Display name of the provider role: not blank, at most 255 characters.
        pub provider_role_name: ::std::string::String,
        ///Human-friendly provider role identifier (at most 255 characters; blank or null: none). Unique like `provider_role_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_role_slug: ::std::option::Option<::std::string::String>,
        ///The role (of this organization) the external role maps to.
        pub role: ::uuid::Uuid,
    }
    impl RoleExternalReferenceCreate {
        pub fn builder() -> builder::RoleExternalReferenceCreate {
            Default::default()
        }
    }
    ///The answer of a role external reference lookup.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RoleLookupResponse {
        ///Matching reference, or null if none exists.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reference: ::std::option::Option<RoleExternalReference>,
    }
    impl RoleLookupResponse {
        pub fn builder() -> builder::RoleLookupResponse {
            Default::default()
        }
    }
    ///A member's assignment to a role.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RoleMembership {
        ///Identifier.
        pub id: ::uuid::Uuid,
        ///When the user was added to the role.
        pub joined_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The user's membership of the organization.
        pub organization_member: OrganizationMember,
        ///The role.
        pub role_id: ::uuid::Uuid,
        ///When the assignment last changed.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The user.
        pub user: UserBasic,
    }
    impl RoleMembership {
        pub fn builder() -> builder::RoleMembership {
            Default::default()
        }
    }
    ///Body of a role membership create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RoleMembershipCreate {
        ///The user to add: an active member of the organization.
        pub user_uuid: ::uuid::Uuid,
    }
    impl RoleMembershipCreate {
        pub fn builder() -> builder::RoleMembershipCreate {
            Default::default()
        }
    }
    ///Body of a role partial update.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RolePatch {
        ///Name: not blank, at most 200 characters, unique in the organization (case-insensitively).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl RolePatch {
        pub fn builder() -> builder::RolePatch {
            Default::default()
        }
    }
    ///A page the user personalised (orgbase keeps none: always empty).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ScenePersonalisation {
        ///The dashboard shown there.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub dashboard: ::std::option::Option<i64>,
        ///The scene.
        pub scene: ::std::string::String,
    }
    impl ScenePersonalisation {
        pub fn builder() -> builder::ScenePersonalisation {
            Default::default()
        }
    }
    ///One request to a domain's SCIM API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ScimRequestLog {
        ///When the request was answered.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Time taken to answer, in milliseconds.
        pub duration_ms: u64,
        ///Identifier of the log entry.
        pub id: ::uuid::Uuid,
        ///Identity provider, from the User-Agent: `okta`, `entra_id`, `google`, `onelogin` or `other`.
        pub identity_provider: ::std::string::String,
        ///The JSON request body with personal values masked, or null.
        pub request_body: ::serde_json::Value,
        ///Request headers kept (`Authorization` masked; cookies left out).
        pub request_headers: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///HTTP method, such as `PATCH`.
        pub request_method: ::std::string::String,
        ///Path and query string.
        pub request_path: ::std::string::String,
        ///The JSON response body with personal values masked, or null.
        pub response_body: ::serde_json::Value,
        ///HTTP status of the response.
        pub response_status: u16,
    }
    impl ScimRequestLog {
        pub fn builder() -> builder::ScimRequestLog {
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
    ///One of a member's personal API keys that can reach the organization.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ScopedApiKey {
        ///When it was last used.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The key's label.
        pub name: ::std::string::String,
    }
    impl ScopedApiKey {
        pub fn builder() -> builder::ScopedApiKey {
            Default::default()
        }
    }
    ///A member's personal API keys that can reach the organization (scoped to it, or to all of the member's organizations).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ScopedApiKeys {
        ///Whether there is any such key.
        pub has_keys: bool,
        ///Whether any such key was used in the last 7 days.
        pub has_keys_active_last_week: bool,
        ///The keys, oldest first.
        pub keys: ::std::vec::Vec<ScopedApiKey>,
    }
    impl ScopedApiKeys {
        pub fn builder() -> builder::ScopedApiKeys {
            Default::default()
        }
    }
    ///Where the keyboard shortcut hint sits (`""`: not chosen).
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
    pub enum ShortcutPosition {
        ///Above.
        #[serde(rename = "above")]
        Above,
        ///Below.
        #[serde(rename = "below")]
        Below,
        ///Hidden.
        #[serde(rename = "hidden")]
        Hidden,
        ///Not chosen.
        #[serde(rename = "")]
        X,
    }
    impl ::std::fmt::Display for ShortcutPosition {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Above => f.write_str("above"),
                Self::Below => f.write_str("below"),
                Self::Hidden => f.write_str("hidden"),
                Self::X => f.write_str(""),
            }
        }
    }
    impl ::std::str::FromStr for ShortcutPosition {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "above" => Ok(Self::Above),
                "below" => Ok(Self::Below),
                "hidden" => Ok(Self::Hidden),
                "" => Ok(Self::X),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ShortcutPosition {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShortcutPosition {
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
        ///Whether the legacy per-project access control is on (false).
        pub access_control: bool,
        ///Project API key used by ingestion.
        pub api_token: ::std::string::String,
        ///Whether the snippet onboarding was completed (orgbase has no ingestion: false).
        pub completed_snippet_onboarding: bool,
        ///Products whose onboarding was completed (none here: null).
        pub has_completed_onboarding_for: ::serde_json::Value,
        ///Numeric id of the environment.
        pub id: i64,
        ///Whether an event was ever ingested (orgbase has no ingestion: false).
        pub ingested_event: bool,
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
    ///Colour theme of the app (`""`: not chosen).
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
    pub enum ThemeMode {
        ///Light.
        #[serde(rename = "light")]
        Light,
        ///Dark.
        #[serde(rename = "dark")]
        Dark,
        ///Follow the system.
        #[serde(rename = "system")]
        System,
        ///Not chosen.
        #[serde(rename = "")]
        X,
    }
    impl ::std::fmt::Display for ThemeMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Light => f.write_str("light"),
                Self::Dark => f.write_str("dark"),
                Self::System => f.write_str("system"),
                Self::X => f.write_str(""),
            }
        }
    }
    impl ::std::str::FromStr for ThemeMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "light" => Ok(Self::Light),
                "dark" => Ok(Self::Dark),
                "system" => Ok(Self::System),
                "" => Ok(Self::X),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ThemeMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ThemeMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///How the toolbar opens (`""`: not chosen).
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
    pub enum ToolbarMode {
        ///Toolbar disabled.
        #[serde(rename = "disabled")]
        Disabled,
        ///Toolbar enabled.
        #[serde(rename = "toolbar")]
        Toolbar,
        ///Not chosen.
        #[serde(rename = "")]
        X,
    }
    impl ::std::fmt::Display for ToolbarMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Disabled => f.write_str("disabled"),
                Self::Toolbar => f.write_str("toolbar"),
                Self::X => f.write_str(""),
            }
        }
    }
    impl ::std::str::FromStr for ToolbarMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "disabled" => Ok(Self::Disabled),
                "toolbar" => Ok(Self::Toolbar),
                "" => Ok(Self::X),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ToolbarMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ToolbarMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A user, as the user sees themself: every field of PostHog's `User`. orgbase has no passwords, sessions, impersonation, social logins or two-factor authentication, so those fields say so (`has_password` and `is_2fa_enabled` false, `is_impersonated` false, ...).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct User {
        ///Whether staff may impersonate the user.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub allow_impersonation: ::std::option::Option<bool>,
        ///Whether the sidebar may suggest things.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub allow_sidebar_suggestions: ::std::option::Option<bool>,
        ///Whether events captured for this user are anonymized.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub anonymize_data: ::std::option::Option<bool>,
        ///When the user was created.
        pub date_joined: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Analytics distinct id (the user's UUID as text).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub distinct_id: ::std::option::Option<::std::string::String>,
        ///Email address, unique case-insensitively.
        pub email: ::std::string::String,
        ///Column settings of the events table, as the user set them.
        pub events_column_config: ::serde_json::Value,
        ///First name.
        pub first_name: ::std::string::String,
        ///Whether the user has a password (orgbase has none: false).
        pub has_password: bool,
        ///Product introductions the user has seen, as the user set them.
        pub has_seen_product_intro_for: ::serde_json::Value,
        ///Whether the user signs in through a social provider (false).
        pub has_social_auth: bool,
        ///Whether a verified domain of the user's email address enforces a login method.
        pub has_sso_enforcement: bool,
        ///Hedgehog settings, as the user set them.
        pub hedgehog_config: ::serde_json::Value,
        ///Numeric id.
        pub id: i64,
        ///Whether two-factor authentication is on (orgbase has none: false).
        pub is_2fa_enabled: bool,
        ///Whether the email address is verified (unknown here: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_email_verified: ::std::option::Option<bool>,
        ///Whether this is an impersonation session (never here: false).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_impersonated: ::std::option::Option<bool>,
        ///Whether the impersonation is read-only (never here: false).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_impersonated_read_only: ::std::option::Option<bool>,
        ///When the impersonation ends (null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_impersonated_until: ::std::option::Option<::std::string::String>,
        ///Whether the user was the first member of the current organization (its oldest membership); null without a current organization.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_organization_first_user: ::std::option::Option<bool>,
        ///Whether the user administers this orgbase instance.
        pub is_staff: bool,
        ///Last name.
        pub last_name: ::std::string::String,
        ///Notification preferences, as the user set them.
        pub notification_settings: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///The current organization; null when there is none, or when the key may not see it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub organization: ::std::option::Option<Organization>,
        ///The user's organizations (those the key may see), oldest first.
        pub organizations: ::std::vec::Vec<OrganizationBasic>,
        ///Whether passkeys count for two-factor authentication.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub passkeys_enabled_for_2fa: ::std::option::Option<bool>,
        ///An email change awaiting verification (orgbase has none: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub pending_email: ::std::option::Option<::std::string::String>,
        ///Invites to the user's address that can still be accepted.
        pub pending_invites: ::std::vec::Vec<PendingInvite>,
        ///What the user does at their organization; left out until the user sets it (see `OMITTED_WHEN_UNSET`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role_at_organization: ::std::option::Option<RoleAtOrganization>,
        ///Personalised pages (none kept here).
        pub scene_personalisation: ::std::vec::Vec<ScenePersonalisation>,
        ///When the sensitive-actions window of the session ends (orgbase has no sessions: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub sensitive_session_expires_at: ::std::option::Option<::std::string::String>,
        ///Where the shortcut hint sits.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub shortcut_position: ::std::option::Option<ShortcutPosition>,
        ///The current project of the current organization; null when there is none, or when the key may not see the current organization.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub team: ::std::option::Option<TeamBasic>,
        ///Colour theme.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub theme_mode: ::std::option::Option<ThemeMode>,
        ///How the toolbar opens.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub toolbar_mode: ::std::option::Option<ToolbarMode>,
        ///Identifier (a UUID).
        pub uuid: ::uuid::Uuid,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///A user as others see them (PostHog's `UserBasic`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UserBasic {
        ///Analytics distinct id.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub distinct_id: ::std::option::Option<::std::string::String>,
        ///Email address.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///Hedgehog settings (not kept here: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub hedgehog_config: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Numeric id.
        pub id: i64,
        ///Whether the email address is verified (unknown here: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_email_verified: ::std::option::Option<bool>,
        ///Last name.
        pub last_name: ::std::string::String,
        ///What the user does at their organization, as they set it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub role_at_organization: ::std::option::Option<RoleAtOrganization>,
        ///Identifier (a UUID).
        pub uuid: ::uuid::Uuid,
    }
    impl UserBasic {
        pub fn builder() -> builder::UserBasic {
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
        ///Whether staff may impersonate the user.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub allow_impersonation: ::std::option::Option<bool>,
        ///Whether the sidebar may suggest things.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub allow_sidebar_suggestions: ::std::option::Option<bool>,
        ///Whether events captured for this user are anonymized.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub anonymize_data: ::std::option::Option<bool>,
        ///When the user was created.
        pub date_joined: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Analytics distinct id (the user's UUID as text).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub distinct_id: ::std::option::Option<::std::string::String>,
        ///Email address, unique case-insensitively.
        pub email: ::std::string::String,
        ///Column settings of the events table, as the user set them.
        pub events_column_config: ::serde_json::Value,
        ///First name.
        pub first_name: ::std::string::String,
        ///Whether the user has a password (orgbase has none: false).
        pub has_password: bool,
        ///Product introductions the user has seen, as the user set them.
        pub has_seen_product_intro_for: ::serde_json::Value,
        ///Whether the user signs in through a social provider (false).
        pub has_social_auth: bool,
        ///Whether a verified domain of the user's email address enforces a login method.
        pub has_sso_enforcement: bool,
        ///Hedgehog settings, as the user set them.
        pub hedgehog_config: ::serde_json::Value,
        ///Numeric id.
        pub id: i64,
        ///Whether two-factor authentication is on (orgbase has none: false).
        pub is_2fa_enabled: bool,
        ///Whether the email address is verified (unknown here: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_email_verified: ::std::option::Option<bool>,
        ///Whether this is an impersonation session (never here: false).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_impersonated: ::std::option::Option<bool>,
        ///Whether the impersonation is read-only (never here: false).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_impersonated_read_only: ::std::option::Option<bool>,
        ///When the impersonation ends (null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_impersonated_until: ::std::option::Option<::std::string::String>,
        ///Whether the user was the first member of the current organization (its oldest membership); null without a current organization.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub is_organization_first_user: ::std::option::Option<bool>,
        ///Whether the user administers this orgbase instance.
        pub is_staff: bool,
        ///Last name.
        pub last_name: ::std::string::String,
        ///Notification preferences, as the user set them.
        pub notification_settings: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///The current organization; null when there is none, or when the key may not see it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub organization: ::std::option::Option<Organization>,
        ///The user's organizations (those the key may see), oldest first.
        pub organizations: ::std::vec::Vec<OrganizationBasic>,
        ///Whether passkeys count for two-factor authentication.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub passkeys_enabled_for_2fa: ::std::option::Option<bool>,
        ///An email change awaiting verification (orgbase has none: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub pending_email: ::std::option::Option<::std::string::String>,
        ///Invites to the user's address that can still be accepted.
        pub pending_invites: ::std::vec::Vec<PendingInvite>,
        ///The new user's personal API key, when one was asked for.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub personal_api_key: ::std::option::Option<PersonalApiKey>,
        ///What the user does at their organization; left out until the user sets it (see `OMITTED_WHEN_UNSET`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role_at_organization: ::std::option::Option<RoleAtOrganization>,
        ///Personalised pages (none kept here).
        pub scene_personalisation: ::std::vec::Vec<ScenePersonalisation>,
        ///When the sensitive-actions window of the session ends (orgbase has no sessions: null).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub sensitive_session_expires_at: ::std::option::Option<::std::string::String>,
        ///Where the shortcut hint sits.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub shortcut_position: ::std::option::Option<ShortcutPosition>,
        ///The current project of the current organization; null when there is none, or when the key may not see the current organization.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub team: ::std::option::Option<TeamBasic>,
        ///Colour theme.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub theme_mode: ::std::option::Option<ThemeMode>,
        ///How the toolbar opens.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub toolbar_mode: ::std::option::Option<ToolbarMode>,
        ///Identifier (a UUID).
        pub uuid: ::uuid::Uuid,
    }
    impl UserCreated {
        pub fn builder() -> builder::UserCreated {
            Default::default()
        }
    }
    ///Body of a user update (`PATCH` or `PUT /api/users/{uuid}/`): every field optional. `email` may only repeat the current address and `password` cannot be set: orgbase has neither email verification nor passwords, so those are refused with 400 rather than ignored. Read-only fields sent here are ignored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserPatch {
        ///Whether staff may impersonate the user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_impersonation: ::std::option::Option<::std::option::Option<bool>>,
        ///Whether the sidebar may suggest things.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_sidebar_suggestions: ::std::option::Option<
            ::std::option::Option<bool>,
        >,
        ///Whether events captured for this user are anonymized.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub anonymize_data: ::std::option::Option<::std::option::Option<bool>>,
        ///Refused: orgbase has no passwords.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_password: ::std::option::Option<::std::string::String>,
        ///Must equal the current address (changing it needs email verification, which orgbase lacks).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Column settings of the events table.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub events_column_config: ::std::option::Option<::serde_json::Value>,
        ///First name, at most 150 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Product introductions the user has seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_seen_product_intro_for: ::std::option::Option<
            ::std::option::Option<::serde_json::Value>,
        >,
        ///Hedgehog settings.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hedgehog_config: ::std::option::Option<
            ::std::option::Option<::serde_json::Value>,
        >,
        ///Whether the user administers this instance. Only a staff user may send it (others get 403, whatever the value); the instance keeps at least one staff user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_staff: ::std::option::Option<bool>,
        ///Last name, at most 150 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Notification preferences: the keys sent replace those keys, the others stay. Only PostHog's keys, each with its type: switches (`plugin_disabled`, `error_tracking_issue_assigned`, `all_weekly_digest_disabled`, `all_weekly_report_disabled`, `organization_member_join_email_disabled`) are booleans; per-project switches (`project_weekly_digest_disabled`, `error_tracking_weekly_digest_project_enabled`, `web_analytics_weekly_digest_project_enabled`) map project ids to booleans (at most 1000 each); `data_pipeline_error_threshold` is a number from 0 to 1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notification_settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Whether passkeys count for two-factor authentication.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub passkeys_enabled_for_2fa: ::std::option::Option<::std::option::Option<bool>>,
        ///Refused: orgbase has no passwords.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        ///What the user does at their organization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role_at_organization: ::std::option::Option<RoleAtOrganization>,
        ///Switch the current organization to this one (its UUID); it must be one of the user's organizations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub set_current_organization: ::std::option::Option<::std::string::String>,
        ///Switch the current project to this one (its numeric id); its organization becomes the current one too.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub set_current_team: ::std::option::Option<::std::string::String>,
        ///Where the shortcut hint sits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shortcut_position: ::std::option::Option<
            ::std::option::Option<ShortcutPosition>,
        >,
        ///Colour theme.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub theme_mode: ::std::option::Option<::std::option::Option<ThemeMode>>,
        ///How the toolbar opens.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub toolbar_mode: ::std::option::Option<::std::option::Option<ToolbarMode>>,
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
                    attr: Err("no value supplied for attr".to_string()),
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
        pub struct CimdMatch {
            organization_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CimdMatch {
            fn default() -> Self {
                Self {
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                }
            }
        }
        impl CimdMatch {
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
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
        impl ::std::convert::TryFrom<CimdMatch> for super::CimdMatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CimdMatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    organization_id: value.organization_id?,
                })
            }
        }
        impl ::std::convert::From<super::CimdMatch> for CimdMatch {
            fn from(value: super::CimdMatch) -> Self {
                Self {
                    organization_id: Ok(value.organization_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CimdMatchRequest {
            cimd_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            document: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CimdMatchRequest {
            fn default() -> Self {
                Self {
                    cimd_url: Err("no value supplied for cimd_url".to_string()),
                    document: Err("no value supplied for document".to_string()),
                }
            }
        }
        impl CimdMatchRequest {
            pub fn cimd_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cimd_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cimd_url: {e}")
                    });
                self
            }
            pub fn document<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.document = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CimdMatchRequest> for super::CimdMatchRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CimdMatchRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cimd_url: value.cimd_url?,
                    document: value.document?,
                })
            }
        }
        impl ::std::convert::From<super::CimdMatchRequest> for CimdMatchRequest {
            fn from(value: super::CimdMatchRequest) -> Self {
                Self {
                    cimd_url: Ok(value.cimd_url),
                    document: Ok(value.document),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CimdVerificationToken {
            cimd_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::UserBasic>,
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
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CimdVerificationToken {
            fn default() -> Self {
                Self {
                    cimd_url: Err("no value supplied for cimd_url".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    label: Err("no value supplied for label".to_string()),
                    last_used_at: Err("no value supplied for last_used_at".to_string()),
                    mask_value: Err("no value supplied for mask_value".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl CimdVerificationToken {
            pub fn cimd_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cimd_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cimd_url: {e}")
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
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
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
        impl ::std::convert::TryFrom<CimdVerificationToken>
        for super::CimdVerificationToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CimdVerificationToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cimd_url: value.cimd_url?,
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    id: value.id?,
                    label: value.label?,
                    last_used_at: value.last_used_at?,
                    mask_value: value.mask_value?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CimdVerificationToken>
        for CimdVerificationToken {
            fn from(value: super::CimdVerificationToken) -> Self {
                Self {
                    cimd_url: Ok(value.cimd_url),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    id: Ok(value.id),
                    label: Ok(value.label),
                    last_used_at: Ok(value.last_used_at),
                    mask_value: Ok(value.mask_value),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CimdVerificationTokenCreate {
            cimd_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CimdVerificationTokenCreate {
            fn default() -> Self {
                Self {
                    cimd_url: Err("no value supplied for cimd_url".to_string()),
                    label: Err("no value supplied for label".to_string()),
                }
            }
        }
        impl CimdVerificationTokenCreate {
            pub fn cimd_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cimd_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cimd_url: {e}")
                    });
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
        }
        impl ::std::convert::TryFrom<CimdVerificationTokenCreate>
        for super::CimdVerificationTokenCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CimdVerificationTokenCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cimd_url: value.cimd_url?,
                    label: value.label?,
                })
            }
        }
        impl ::std::convert::From<super::CimdVerificationTokenCreate>
        for CimdVerificationTokenCreate {
            fn from(value: super::CimdVerificationTokenCreate) -> Self {
                Self {
                    cimd_url: Ok(value.cimd_url),
                    label: Ok(value.label),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GithubLogin {
            github_login: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GithubLogin {
            fn default() -> Self {
                Self {
                    github_login: Err("no value supplied for github_login".to_string()),
                }
            }
        }
        impl GithubLogin {
            pub fn github_login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.github_login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for github_login: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GithubLogin> for super::GithubLogin {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GithubLogin,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    github_login: value.github_login?,
                })
            }
        }
        impl ::std::convert::From<super::GithubLogin> for GithubLogin {
            fn from(value: super::GithubLogin) -> Self {
                Self {
                    github_login: Ok(value.github_login),
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
        pub struct InviteSignupCheck {
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            level: ::std::result::Result<u8, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            organization_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            target_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteSignupCheck {
            fn default() -> Self {
                Self {
                    first_name: Err("no value supplied for first_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    level: Err("no value supplied for level".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    organization_name: Err(
                        "no value supplied for organization_name".to_string(),
                    ),
                    target_email: Err("no value supplied for target_email".to_string()),
                }
            }
        }
        impl InviteSignupCheck {
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
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
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
            pub fn organization_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_name: {e}"
                        )
                    });
                self
            }
            pub fn target_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteSignupCheck> for super::InviteSignupCheck {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteSignupCheck,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    first_name: value.first_name?,
                    id: value.id?,
                    level: value.level?,
                    organization_id: value.organization_id?,
                    organization_name: value.organization_name?,
                    target_email: value.target_email?,
                })
            }
        }
        impl ::std::convert::From<super::InviteSignupCheck> for InviteSignupCheck {
            fn from(value: super::InviteSignupCheck) -> Self {
                Self {
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    level: Ok(value.level),
                    organization_id: Ok(value.organization_id),
                    organization_name: Ok(value.organization_name),
                    target_email: Ok(value.target_email),
                }
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
                    available_product_features: Err(
                        "no value supplied for available_product_features".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    default_anonymize_ips: Err(
                        "no value supplied for default_anonymize_ips".to_string(),
                    ),
                    default_experiment_stats_method: Err(
                        "no value supplied for default_experiment_stats_method"
                            .to_string(),
                    ),
                    default_role_id: Err(
                        "no value supplied for default_role_id".to_string(),
                    ),
                    enforce_2fa: Err("no value supplied for enforce_2fa".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_active: Err("no value supplied for is_active".to_string()),
                    is_ai_data_processing_approved: Err(
                        "no value supplied for is_ai_data_processing_approved"
                            .to_string(),
                    ),
                    is_member_join_email_enabled: Err(
                        "no value supplied for is_member_join_email_enabled".to_string(),
                    ),
                    is_not_active_reason: Err(
                        "no value supplied for is_not_active_reason".to_string(),
                    ),
                    is_pending_deletion: Err(
                        "no value supplied for is_pending_deletion".to_string(),
                    ),
                    logo_media_id: Err(
                        "no value supplied for logo_media_id".to_string(),
                    ),
                    member_count: Err("no value supplied for member_count".to_string()),
                    members_can_create_projects: Err(
                        "no value supplied for members_can_create_projects".to_string(),
                    ),
                    members_can_invite: Err(
                        "no value supplied for members_can_invite".to_string(),
                    ),
                    members_can_use_personal_api_keys: Err(
                        "no value supplied for members_can_use_personal_api_keys"
                            .to_string(),
                    ),
                    membership_level: Err(
                        "no value supplied for membership_level".to_string(),
                    ),
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
            is_pending_deletion: ::std::result::Result<
                ::std::option::Option<bool>,
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
                    is_active: Err("no value supplied for is_active".to_string()),
                    is_not_active_reason: Err(
                        "no value supplied for is_not_active_reason".to_string(),
                    ),
                    is_pending_deletion: Err(
                        "no value supplied for is_pending_deletion".to_string(),
                    ),
                    logo_media_id: Err(
                        "no value supplied for logo_media_id".to_string(),
                    ),
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
                    is_pending_deletion: value.is_pending_deletion?,
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
                    is_pending_deletion: Ok(value.is_pending_deletion),
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
        pub struct OrganizationDomain {
            domain: ::std::result::Result<::std::string::String, ::std::string::String>,
            has_saml: ::std::result::Result<bool, ::std::string::String>,
            has_scim: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_verified: ::std::result::Result<bool, ::std::string::String>,
            jit_provisioning_enabled: ::std::result::Result<bool, ::std::string::String>,
            last_verification_retry: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            saml_acs_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            saml_entity_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            saml_x509_cert: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scim_base_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scim_bearer_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scim_enabled: ::std::result::Result<bool, ::std::string::String>,
            sso_enforcement: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            verification_challenge: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            verified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationDomain {
            fn default() -> Self {
                Self {
                    domain: Err("no value supplied for domain".to_string()),
                    has_saml: Err("no value supplied for has_saml".to_string()),
                    has_scim: Err("no value supplied for has_scim".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_verified: Err("no value supplied for is_verified".to_string()),
                    jit_provisioning_enabled: Err(
                        "no value supplied for jit_provisioning_enabled".to_string(),
                    ),
                    last_verification_retry: Err(
                        "no value supplied for last_verification_retry".to_string(),
                    ),
                    saml_acs_url: Err("no value supplied for saml_acs_url".to_string()),
                    saml_entity_id: Err(
                        "no value supplied for saml_entity_id".to_string(),
                    ),
                    saml_x509_cert: Err(
                        "no value supplied for saml_x509_cert".to_string(),
                    ),
                    scim_base_url: Err(
                        "no value supplied for scim_base_url".to_string(),
                    ),
                    scim_bearer_token: Err(
                        "no value supplied for scim_bearer_token".to_string(),
                    ),
                    scim_enabled: Err("no value supplied for scim_enabled".to_string()),
                    sso_enforcement: Err(
                        "no value supplied for sso_enforcement".to_string(),
                    ),
                    verification_challenge: Err(
                        "no value supplied for verification_challenge".to_string(),
                    ),
                    verified_at: Err("no value supplied for verified_at".to_string()),
                }
            }
        }
        impl OrganizationDomain {
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn has_saml<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_saml = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_saml: {e}")
                    });
                self
            }
            pub fn has_scim<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_scim = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_scim: {e}")
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
            pub fn is_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_verified: {e}")
                    });
                self
            }
            pub fn jit_provisioning_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.jit_provisioning_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for jit_provisioning_enabled: {e}"
                        )
                    });
                self
            }
            pub fn last_verification_retry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_verification_retry = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_verification_retry: {e}"
                        )
                    });
                self
            }
            pub fn saml_acs_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml_acs_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for saml_acs_url: {e}")
                    });
                self
            }
            pub fn saml_entity_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml_entity_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saml_entity_id: {e}"
                        )
                    });
                self
            }
            pub fn saml_x509_cert<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml_x509_cert = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saml_x509_cert: {e}"
                        )
                    });
                self
            }
            pub fn scim_base_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scim_base_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scim_base_url: {e}")
                    });
                self
            }
            pub fn scim_bearer_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scim_bearer_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for scim_bearer_token: {e}"
                        )
                    });
                self
            }
            pub fn scim_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.scim_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scim_enabled: {e}")
                    });
                self
            }
            pub fn sso_enforcement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sso_enforcement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sso_enforcement: {e}"
                        )
                    });
                self
            }
            pub fn verification_challenge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_challenge = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_challenge: {e}"
                        )
                    });
                self
            }
            pub fn verified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.verified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationDomain> for super::OrganizationDomain {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationDomain,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain: value.domain?,
                    has_saml: value.has_saml?,
                    has_scim: value.has_scim?,
                    id: value.id?,
                    is_verified: value.is_verified?,
                    jit_provisioning_enabled: value.jit_provisioning_enabled?,
                    last_verification_retry: value.last_verification_retry?,
                    saml_acs_url: value.saml_acs_url?,
                    saml_entity_id: value.saml_entity_id?,
                    saml_x509_cert: value.saml_x509_cert?,
                    scim_base_url: value.scim_base_url?,
                    scim_bearer_token: value.scim_bearer_token?,
                    scim_enabled: value.scim_enabled?,
                    sso_enforcement: value.sso_enforcement?,
                    verification_challenge: value.verification_challenge?,
                    verified_at: value.verified_at?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationDomain> for OrganizationDomain {
            fn from(value: super::OrganizationDomain) -> Self {
                Self {
                    domain: Ok(value.domain),
                    has_saml: Ok(value.has_saml),
                    has_scim: Ok(value.has_scim),
                    id: Ok(value.id),
                    is_verified: Ok(value.is_verified),
                    jit_provisioning_enabled: Ok(value.jit_provisioning_enabled),
                    last_verification_retry: Ok(value.last_verification_retry),
                    saml_acs_url: Ok(value.saml_acs_url),
                    saml_entity_id: Ok(value.saml_entity_id),
                    saml_x509_cert: Ok(value.saml_x509_cert),
                    scim_base_url: Ok(value.scim_base_url),
                    scim_bearer_token: Ok(value.scim_bearer_token),
                    scim_enabled: Ok(value.scim_enabled),
                    sso_enforcement: Ok(value.sso_enforcement),
                    verification_challenge: Ok(value.verification_challenge),
                    verified_at: Ok(value.verified_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationDomainCreate {
            domain: ::std::result::Result<::std::string::String, ::std::string::String>,
            saml_acs_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            saml_entity_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            saml_x509_cert: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationDomainCreate {
            fn default() -> Self {
                Self {
                    domain: Err("no value supplied for domain".to_string()),
                    saml_acs_url: Ok(Default::default()),
                    saml_entity_id: Ok(Default::default()),
                    saml_x509_cert: Ok(Default::default()),
                }
            }
        }
        impl OrganizationDomainCreate {
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn saml_acs_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml_acs_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for saml_acs_url: {e}")
                    });
                self
            }
            pub fn saml_entity_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml_entity_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saml_entity_id: {e}"
                        )
                    });
                self
            }
            pub fn saml_x509_cert<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml_x509_cert = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saml_x509_cert: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationDomainCreate>
        for super::OrganizationDomainCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationDomainCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain: value.domain?,
                    saml_acs_url: value.saml_acs_url?,
                    saml_entity_id: value.saml_entity_id?,
                    saml_x509_cert: value.saml_x509_cert?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationDomainCreate>
        for OrganizationDomainCreate {
            fn from(value: super::OrganizationDomainCreate) -> Self {
                Self {
                    domain: Ok(value.domain),
                    saml_acs_url: Ok(value.saml_acs_url),
                    saml_entity_id: Ok(value.saml_entity_id),
                    saml_x509_cert: Ok(value.saml_x509_cert),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationDomainPatch {
            jit_provisioning_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            saml_acs_url: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            saml_entity_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            saml_x509_cert: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            scim_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sso_enforcement: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationDomainPatch {
            fn default() -> Self {
                Self {
                    jit_provisioning_enabled: Ok(Default::default()),
                    saml_acs_url: Ok(Default::default()),
                    saml_entity_id: Ok(Default::default()),
                    saml_x509_cert: Ok(Default::default()),
                    scim_enabled: Ok(Default::default()),
                    sso_enforcement: Ok(Default::default()),
                }
            }
        }
        impl OrganizationDomainPatch {
            pub fn jit_provisioning_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.jit_provisioning_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for jit_provisioning_enabled: {e}"
                        )
                    });
                self
            }
            pub fn saml_acs_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.saml_acs_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for saml_acs_url: {e}")
                    });
                self
            }
            pub fn saml_entity_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.saml_entity_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saml_entity_id: {e}"
                        )
                    });
                self
            }
            pub fn saml_x509_cert<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.saml_x509_cert = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for saml_x509_cert: {e}"
                        )
                    });
                self
            }
            pub fn scim_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.scim_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scim_enabled: {e}")
                    });
                self
            }
            pub fn sso_enforcement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sso_enforcement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sso_enforcement: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationDomainPatch>
        for super::OrganizationDomainPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationDomainPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    jit_provisioning_enabled: value.jit_provisioning_enabled?,
                    saml_acs_url: value.saml_acs_url?,
                    saml_entity_id: value.saml_entity_id?,
                    saml_x509_cert: value.saml_x509_cert?,
                    scim_enabled: value.scim_enabled?,
                    sso_enforcement: value.sso_enforcement?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationDomainPatch>
        for OrganizationDomainPatch {
            fn from(value: super::OrganizationDomainPatch) -> Self {
                Self {
                    jit_provisioning_enabled: Ok(value.jit_provisioning_enabled),
                    saml_acs_url: Ok(value.saml_acs_url),
                    saml_entity_id: Ok(value.saml_entity_id),
                    saml_x509_cert: Ok(value.saml_x509_cert),
                    scim_enabled: Ok(value.scim_enabled),
                    sso_enforcement: Ok(value.sso_enforcement),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationInvite {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::UserBasic>,
                ::std::string::String,
            >,
            emailing_attempt_made: ::std::result::Result<bool, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_expired: ::std::result::Result<bool, ::std::string::String>,
            level: ::std::result::Result<u8, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            private_project_access: ::std::result::Result<
                ::std::vec::Vec<super::ProjectAccess>,
                ::std::string::String,
            >,
            target_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationInvite {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    emailing_attempt_made: Err(
                        "no value supplied for emailing_attempt_made".to_string(),
                    ),
                    first_name: Err("no value supplied for first_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_expired: Err("no value supplied for is_expired".to_string()),
                    level: Err("no value supplied for level".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    private_project_access: Err(
                        "no value supplied for private_project_access".to_string(),
                    ),
                    target_email: Err("no value supplied for target_email".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl OrganizationInvite {
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
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn emailing_attempt_made<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.emailing_attempt_made = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for emailing_attempt_made: {e}"
                        )
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
            pub fn is_expired<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_expired = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_expired: {e}")
                    });
                self
            }
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn private_project_access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectAccess>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_project_access = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for private_project_access: {e}"
                        )
                    });
                self
            }
            pub fn target_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_email: {e}")
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
        impl ::std::convert::TryFrom<OrganizationInvite> for super::OrganizationInvite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationInvite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    emailing_attempt_made: value.emailing_attempt_made?,
                    first_name: value.first_name?,
                    id: value.id?,
                    is_expired: value.is_expired?,
                    level: value.level?,
                    message: value.message?,
                    private_project_access: value.private_project_access?,
                    target_email: value.target_email?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationInvite> for OrganizationInvite {
            fn from(value: super::OrganizationInvite) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    emailing_attempt_made: Ok(value.emailing_attempt_made),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    is_expired: Ok(value.is_expired),
                    level: Ok(value.level),
                    message: Ok(value.message),
                    private_project_access: Ok(value.private_project_access),
                    target_email: Ok(value.target_email),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationInviteCreate {
            combine_pending_invites: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            level: ::std::result::Result<
                ::std::option::Option<::std::primitive::u8>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            private_project_access: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ProjectAccess>>,
                ::std::string::String,
            >,
            send_email: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            target_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationInviteCreate {
            fn default() -> Self {
                Self {
                    combine_pending_invites: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    level: Ok(Default::default()),
                    message: Ok(Default::default()),
                    private_project_access: Ok(Default::default()),
                    send_email: Ok(Default::default()),
                    target_email: Err("no value supplied for target_email".to_string()),
                }
            }
        }
        impl OrganizationInviteCreate {
            pub fn combine_pending_invites<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.combine_pending_invites = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for combine_pending_invites: {e}"
                        )
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
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::primitive::u8>>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn private_project_access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ProjectAccess>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.private_project_access = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for private_project_access: {e}"
                        )
                    });
                self
            }
            pub fn send_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_email: {e}")
                    });
                self
            }
            pub fn target_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationInviteCreate>
        for super::OrganizationInviteCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationInviteCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    combine_pending_invites: value.combine_pending_invites?,
                    first_name: value.first_name?,
                    level: value.level?,
                    message: value.message?,
                    private_project_access: value.private_project_access?,
                    send_email: value.send_email?,
                    target_email: value.target_email?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationInviteCreate>
        for OrganizationInviteCreate {
            fn from(value: super::OrganizationInviteCreate) -> Self {
                Self {
                    combine_pending_invites: Ok(value.combine_pending_invites),
                    first_name: Ok(value.first_name),
                    level: Ok(value.level),
                    message: Ok(value.message),
                    private_project_access: Ok(value.private_project_access),
                    send_email: Ok(value.send_email),
                    target_email: Ok(value.target_email),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationMember {
            has_social_auth: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_2fa_enabled: ::std::result::Result<bool, ::std::string::String>,
            joined_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            last_login: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            level: ::std::result::Result<u8, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::UserBasic, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationMember {
            fn default() -> Self {
                Self {
                    has_social_auth: Err(
                        "no value supplied for has_social_auth".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    is_2fa_enabled: Err(
                        "no value supplied for is_2fa_enabled".to_string(),
                    ),
                    joined_at: Err("no value supplied for joined_at".to_string()),
                    last_login: Err("no value supplied for last_login".to_string()),
                    level: Err("no value supplied for level".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl OrganizationMember {
            pub fn has_social_auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_social_auth = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_social_auth: {e}"
                        )
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
            pub fn is_2fa_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_2fa_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_2fa_enabled: {e}"
                        )
                    });
                self
            }
            pub fn joined_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.joined_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for joined_at: {e}")
                    });
                self
            }
            pub fn last_login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login: {e}")
                    });
                self
            }
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
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
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserBasic>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationMember> for super::OrganizationMember {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationMember,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_social_auth: value.has_social_auth?,
                    id: value.id?,
                    is_2fa_enabled: value.is_2fa_enabled?,
                    joined_at: value.joined_at?,
                    last_login: value.last_login?,
                    level: value.level?,
                    updated_at: value.updated_at?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationMember> for OrganizationMember {
            fn from(value: super::OrganizationMember) -> Self {
                Self {
                    has_social_auth: Ok(value.has_social_auth),
                    id: Ok(value.id),
                    is_2fa_enabled: Ok(value.is_2fa_enabled),
                    joined_at: Ok(value.joined_at),
                    last_login: Ok(value.last_login),
                    level: Ok(value.level),
                    updated_at: Ok(value.updated_at),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationMemberUpdate {
            level: ::std::result::Result<
                ::std::option::Option<::std::primitive::u8>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationMemberUpdate {
            fn default() -> Self {
                Self {
                    level: Ok(Default::default()),
                }
            }
        }
        impl OrganizationMemberUpdate {
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::primitive::u8>>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationMemberUpdate>
        for super::OrganizationMemberUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationMemberUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { level: value.level? })
            }
        }
        impl ::std::convert::From<super::OrganizationMemberUpdate>
        for OrganizationMemberUpdate {
            fn from(value: super::OrganizationMemberUpdate) -> Self {
                Self { level: Ok(value.level) }
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
        pub struct PaginatedCimdVerificationTokenList {
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
                ::std::vec::Vec<super::CimdVerificationToken>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedCimdVerificationTokenList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedCimdVerificationTokenList {
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
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CimdVerificationToken>,
                >,
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
        impl ::std::convert::TryFrom<PaginatedCimdVerificationTokenList>
        for super::PaginatedCimdVerificationTokenList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedCimdVerificationTokenList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedCimdVerificationTokenList>
        for PaginatedCimdVerificationTokenList {
            fn from(value: super::PaginatedCimdVerificationTokenList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedOrganizationDomainList {
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
                ::std::vec::Vec<super::OrganizationDomain>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedOrganizationDomainList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedOrganizationDomainList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrganizationDomain>>,
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
        impl ::std::convert::TryFrom<PaginatedOrganizationDomainList>
        for super::PaginatedOrganizationDomainList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedOrganizationDomainList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedOrganizationDomainList>
        for PaginatedOrganizationDomainList {
            fn from(value: super::PaginatedOrganizationDomainList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedOrganizationInviteList {
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
                ::std::vec::Vec<super::OrganizationInvite>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedOrganizationInviteList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedOrganizationInviteList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrganizationInvite>>,
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
        impl ::std::convert::TryFrom<PaginatedOrganizationInviteList>
        for super::PaginatedOrganizationInviteList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedOrganizationInviteList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedOrganizationInviteList>
        for PaginatedOrganizationInviteList {
            fn from(value: super::PaginatedOrganizationInviteList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
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
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
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
        pub struct PaginatedOrganizationMemberList {
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
                ::std::vec::Vec<super::OrganizationMember>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedOrganizationMemberList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedOrganizationMemberList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrganizationMember>>,
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
        impl ::std::convert::TryFrom<PaginatedOrganizationMemberList>
        for super::PaginatedOrganizationMemberList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedOrganizationMemberList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedOrganizationMemberList>
        for PaginatedOrganizationMemberList {
            fn from(value: super::PaginatedOrganizationMemberList) -> Self {
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
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
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
        pub struct PaginatedRoleExternalReferenceList {
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
                ::std::vec::Vec<super::RoleExternalReference>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedRoleExternalReferenceList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedRoleExternalReferenceList {
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
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::RoleExternalReference>,
                >,
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
        impl ::std::convert::TryFrom<PaginatedRoleExternalReferenceList>
        for super::PaginatedRoleExternalReferenceList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedRoleExternalReferenceList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedRoleExternalReferenceList>
        for PaginatedRoleExternalReferenceList {
            fn from(value: super::PaginatedRoleExternalReferenceList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedRoleList {
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
                ::std::vec::Vec<super::Role>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedRoleList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedRoleList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::Role>>,
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
        impl ::std::convert::TryFrom<PaginatedRoleList> for super::PaginatedRoleList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedRoleList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedRoleList> for PaginatedRoleList {
            fn from(value: super::PaginatedRoleList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedRoleMembershipList {
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
                ::std::vec::Vec<super::RoleMembership>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedRoleMembershipList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedRoleMembershipList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoleMembership>>,
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
        impl ::std::convert::TryFrom<PaginatedRoleMembershipList>
        for super::PaginatedRoleMembershipList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedRoleMembershipList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedRoleMembershipList>
        for PaginatedRoleMembershipList {
            fn from(value: super::PaginatedRoleMembershipList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedScimRequestLogList {
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
                ::std::vec::Vec<super::ScimRequestLog>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedScimRequestLogList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedScimRequestLogList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::ScimRequestLog>>,
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
        impl ::std::convert::TryFrom<PaginatedScimRequestLogList>
        for super::PaginatedScimRequestLogList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedScimRequestLogList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedScimRequestLogList>
        for PaginatedScimRequestLogList {
            fn from(value: super::PaginatedScimRequestLogList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedUserList {
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
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedUserList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Err("no value supplied for next".to_string()),
                    previous: Err("no value supplied for previous".to_string()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedUserList {
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
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
        impl ::std::convert::TryFrom<PaginatedUserList> for super::PaginatedUserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedUserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedUserList> for PaginatedUserList {
            fn from(value: super::PaginatedUserList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingInvite {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            target_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PendingInvite {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    organization_name: Err(
                        "no value supplied for organization_name".to_string(),
                    ),
                    target_email: Err("no value supplied for target_email".to_string()),
                }
            }
        }
        impl PendingInvite {
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn organization_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_name: {e}"
                        )
                    });
                self
            }
            pub fn target_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PendingInvite> for super::PendingInvite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PendingInvite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    organization_id: value.organization_id?,
                    organization_name: value.organization_name?,
                    target_email: value.target_email?,
                })
            }
        }
        impl ::std::convert::From<super::PendingInvite> for PendingInvite {
            fn from(value: super::PendingInvite) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    organization_id: Ok(value.organization_id),
                    organization_name: Ok(value.organization_name),
                    target_email: Ok(value.target_email),
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
            last_rolled_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
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
            scoped_teams: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::Scope>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<i64, ::std::string::String>,
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
                    last_rolled_at: Err(
                        "no value supplied for last_rolled_at".to_string(),
                    ),
                    last_used_at: Err("no value supplied for last_used_at".to_string()),
                    mask_value: Err("no value supplied for mask_value".to_string()),
                    scoped_organizations: Err(
                        "no value supplied for scoped_organizations".to_string(),
                    ),
                    scoped_teams: Err("no value supplied for scoped_teams".to_string()),
                    scopes: Err("no value supplied for scopes".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    value: Err("no value supplied for value".to_string()),
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
            pub fn last_rolled_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_rolled_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_rolled_at: {e}"
                        )
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
            pub fn scoped_teams<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.scoped_teams = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scoped_teams: {e}")
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
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
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
                    last_rolled_at: value.last_rolled_at?,
                    last_used_at: value.last_used_at?,
                    mask_value: value.mask_value?,
                    scoped_organizations: value.scoped_organizations?,
                    scoped_teams: value.scoped_teams?,
                    scopes: value.scopes?,
                    user_id: value.user_id?,
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
                    last_rolled_at: Ok(value.last_rolled_at),
                    last_used_at: Ok(value.last_used_at),
                    mask_value: Ok(value.mask_value),
                    scoped_organizations: Ok(value.scoped_organizations),
                    scoped_teams: Ok(value.scoped_teams),
                    scopes: Ok(value.scopes),
                    user_id: Ok(value.user_id),
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
        pub struct ProjectAccess {
            id: ::std::result::Result<i64, ::std::string::String>,
            level: ::std::result::Result<u8, ::std::string::String>,
        }
        impl ::std::default::Default for ProjectAccess {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    level: Err("no value supplied for level".to_string()),
                }
            }
        }
        impl ProjectAccess {
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
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u8>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectAccess> for super::ProjectAccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProjectAccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    level: value.level?,
                })
            }
        }
        impl ::std::convert::From<super::ProjectAccess> for ProjectAccess {
            fn from(value: super::ProjectAccess) -> Self {
                Self {
                    id: Ok(value.id),
                    level: Ok(value.level),
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
        pub struct ProxyRecord {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<i64, ::std::string::String>,
            domain: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::ProxyRecordStatus,
                ::std::string::String,
            >,
            target_cname: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProxyRecord {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    domain: Err("no value supplied for domain".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    target_cname: Err("no value supplied for target_cname".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl ProxyRecord {
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
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
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
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProxyRecordStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn target_cname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_cname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_cname: {e}")
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
        impl ::std::convert::TryFrom<ProxyRecord> for super::ProxyRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProxyRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    domain: value.domain?,
                    id: value.id?,
                    message: value.message?,
                    status: value.status?,
                    target_cname: value.target_cname?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::ProxyRecord> for ProxyRecord {
            fn from(value: super::ProxyRecord) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    domain: Ok(value.domain),
                    id: Ok(value.id),
                    message: Ok(value.message),
                    status: Ok(value.status),
                    target_cname: Ok(value.target_cname),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProxyRecordCheck {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            fix: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                super::ProxyCheckStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProxyRecordCheck {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    fix: Err("no value supplied for fix".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ProxyRecordCheck {
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
            pub fn fix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix: {e}")
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProxyCheckStatus>,
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
        impl ::std::convert::TryFrom<ProxyRecordCheck> for super::ProxyRecordCheck {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProxyRecordCheck,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    fix: value.fix?,
                    name: value.name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ProxyRecordCheck> for ProxyRecordCheck {
            fn from(value: super::ProxyRecordCheck) -> Self {
                Self {
                    detail: Ok(value.detail),
                    fix: Ok(value.fix),
                    name: Ok(value.name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProxyRecordCreate {
            domain: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProxyRecordCreate {
            fn default() -> Self {
                Self {
                    domain: Err("no value supplied for domain".to_string()),
                }
            }
        }
        impl ProxyRecordCreate {
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProxyRecordCreate> for super::ProxyRecordCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProxyRecordCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { domain: value.domain? })
            }
        }
        impl ::std::convert::From<super::ProxyRecordCreate> for ProxyRecordCreate {
            fn from(value: super::ProxyRecordCreate) -> Self {
                Self { domain: Ok(value.domain) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProxyRecordDeleted {
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ProxyRecordDeleted {
            fn default() -> Self {
                Self {
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl ProxyRecordDeleted {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProxyRecordDeleted> for super::ProxyRecordDeleted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProxyRecordDeleted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::ProxyRecordDeleted> for ProxyRecordDeleted {
            fn from(value: super::ProxyRecordDeleted) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProxyRecordDiagnosis {
            checked_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            checks: ::std::result::Result<
                ::std::vec::Vec<super::ProxyRecordCheck>,
                ::std::string::String,
            >,
            record: ::std::result::Result<super::ProxyRecord, ::std::string::String>,
        }
        impl ::std::default::Default for ProxyRecordDiagnosis {
            fn default() -> Self {
                Self {
                    checked_at: Err("no value supplied for checked_at".to_string()),
                    checks: Err("no value supplied for checks".to_string()),
                    record: Err("no value supplied for record".to_string()),
                }
            }
        }
        impl ProxyRecordDiagnosis {
            pub fn checked_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.checked_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for checked_at: {e}")
                    });
                self
            }
            pub fn checks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProxyRecordCheck>>,
                T::Error: ::std::fmt::Display,
            {
                self.checks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for checks: {e}")
                    });
                self
            }
            pub fn record<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProxyRecord>,
                T::Error: ::std::fmt::Display,
            {
                self.record = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProxyRecordDiagnosis>
        for super::ProxyRecordDiagnosis {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProxyRecordDiagnosis,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checked_at: value.checked_at?,
                    checks: value.checks?,
                    record: value.record?,
                })
            }
        }
        impl ::std::convert::From<super::ProxyRecordDiagnosis> for ProxyRecordDiagnosis {
            fn from(value: super::ProxyRecordDiagnosis) -> Self {
                Self {
                    checked_at: Ok(value.checked_at),
                    checks: Ok(value.checks),
                    record: Ok(value.record),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProxyRecordList {
            max_proxy_records: ::std::result::Result<u64, ::std::string::String>,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ProxyRecord>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProxyRecordList {
            fn default() -> Self {
                Self {
                    max_proxy_records: Err(
                        "no value supplied for max_proxy_records".to_string(),
                    ),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl ProxyRecordList {
            pub fn max_proxy_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_proxy_records = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_proxy_records: {e}"
                        )
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProxyRecord>>,
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
        impl ::std::convert::TryFrom<ProxyRecordList> for super::ProxyRecordList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProxyRecordList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_proxy_records: value.max_proxy_records?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::ProxyRecordList> for ProxyRecordList {
            fn from(value: super::ProxyRecordList) -> Self {
                Self {
                    max_proxy_records: Ok(value.max_proxy_records),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Role {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::UserBasic>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_default: ::std::result::Result<bool, ::std::string::String>,
            members: ::std::result::Result<
                ::std::vec::Vec<super::RoleMembership>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Role {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_default: Err("no value supplied for is_default".to_string()),
                    members: Err("no value supplied for members".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Role {
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
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
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
            pub fn is_default<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_default = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_default: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoleMembership>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
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
        impl ::std::convert::TryFrom<Role> for super::Role {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Role,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    id: value.id?,
                    is_default: value.is_default?,
                    members: value.members?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Role> for Role {
            fn from(value: super::Role) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    id: Ok(value.id),
                    is_default: Ok(value.is_default),
                    members: Ok(value.members),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleCreate {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for RoleCreate {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl RoleCreate {
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
        impl ::std::convert::TryFrom<RoleCreate> for super::RoleCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::RoleCreate> for RoleCreate {
            fn from(value: super::RoleCreate) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleExternalReference {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::UserBasic>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_role_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_role_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_role_slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for RoleExternalReference {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    provider: Err("no value supplied for provider".to_string()),
                    provider_organization_id: Err(
                        "no value supplied for provider_organization_id".to_string(),
                    ),
                    provider_role_id: Err(
                        "no value supplied for provider_role_id".to_string(),
                    ),
                    provider_role_name: Err(
                        "no value supplied for provider_role_name".to_string(),
                    ),
                    provider_role_slug: Err(
                        "no value supplied for provider_role_slug".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }
        impl RoleExternalReference {
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
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
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
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn provider_organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_organization_id: {e}"
                        )
                    });
                self
            }
            pub fn provider_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_role_id: {e}"
                        )
                    });
                self
            }
            pub fn provider_role_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_role_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_role_name: {e}"
                        )
                    });
                self
            }
            pub fn provider_role_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_role_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_role_slug: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleExternalReference>
        for super::RoleExternalReference {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleExternalReference,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    id: value.id?,
                    provider: value.provider?,
                    provider_organization_id: value.provider_organization_id?,
                    provider_role_id: value.provider_role_id?,
                    provider_role_name: value.provider_role_name?,
                    provider_role_slug: value.provider_role_slug?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::RoleExternalReference>
        for RoleExternalReference {
            fn from(value: super::RoleExternalReference) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    id: Ok(value.id),
                    provider: Ok(value.provider),
                    provider_organization_id: Ok(value.provider_organization_id),
                    provider_role_id: Ok(value.provider_role_id),
                    provider_role_name: Ok(value.provider_role_name),
                    provider_role_slug: Ok(value.provider_role_slug),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleExternalReferenceCreate {
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_role_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_role_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_role_slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for RoleExternalReferenceCreate {
            fn default() -> Self {
                Self {
                    provider: Err("no value supplied for provider".to_string()),
                    provider_organization_id: Err(
                        "no value supplied for provider_organization_id".to_string(),
                    ),
                    provider_role_id: Err(
                        "no value supplied for provider_role_id".to_string(),
                    ),
                    provider_role_name: Err(
                        "no value supplied for provider_role_name".to_string(),
                    ),
                    provider_role_slug: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }
        impl RoleExternalReferenceCreate {
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn provider_organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_organization_id: {e}"
                        )
                    });
                self
            }
            pub fn provider_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_role_id: {e}"
                        )
                    });
                self
            }
            pub fn provider_role_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_role_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_role_name: {e}"
                        )
                    });
                self
            }
            pub fn provider_role_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_role_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_role_slug: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleExternalReferenceCreate>
        for super::RoleExternalReferenceCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleExternalReferenceCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    provider: value.provider?,
                    provider_organization_id: value.provider_organization_id?,
                    provider_role_id: value.provider_role_id?,
                    provider_role_name: value.provider_role_name?,
                    provider_role_slug: value.provider_role_slug?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::RoleExternalReferenceCreate>
        for RoleExternalReferenceCreate {
            fn from(value: super::RoleExternalReferenceCreate) -> Self {
                Self {
                    provider: Ok(value.provider),
                    provider_organization_id: Ok(value.provider_organization_id),
                    provider_role_id: Ok(value.provider_role_id),
                    provider_role_name: Ok(value.provider_role_name),
                    provider_role_slug: Ok(value.provider_role_slug),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleLookupResponse {
            reference: ::std::result::Result<
                ::std::option::Option<super::RoleExternalReference>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoleLookupResponse {
            fn default() -> Self {
                Self {
                    reference: Err("no value supplied for reference".to_string()),
                }
            }
        }
        impl RoleLookupResponse {
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RoleExternalReference>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleLookupResponse> for super::RoleLookupResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleLookupResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::RoleLookupResponse> for RoleLookupResponse {
            fn from(value: super::RoleLookupResponse) -> Self {
                Self {
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleMembership {
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            joined_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            organization_member: ::std::result::Result<
                super::OrganizationMember,
                ::std::string::String,
            >,
            role_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::UserBasic, ::std::string::String>,
        }
        impl ::std::default::Default for RoleMembership {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    joined_at: Err("no value supplied for joined_at".to_string()),
                    organization_member: Err(
                        "no value supplied for organization_member".to_string(),
                    ),
                    role_id: Err("no value supplied for role_id".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl RoleMembership {
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
            pub fn joined_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.joined_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for joined_at: {e}")
                    });
                self
            }
            pub fn organization_member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationMember>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_member = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_member: {e}"
                        )
                    });
                self
            }
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
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
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserBasic>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleMembership> for super::RoleMembership {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleMembership,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    joined_at: value.joined_at?,
                    organization_member: value.organization_member?,
                    role_id: value.role_id?,
                    updated_at: value.updated_at?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::RoleMembership> for RoleMembership {
            fn from(value: super::RoleMembership) -> Self {
                Self {
                    id: Ok(value.id),
                    joined_at: Ok(value.joined_at),
                    organization_member: Ok(value.organization_member),
                    role_id: Ok(value.role_id),
                    updated_at: Ok(value.updated_at),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleMembershipCreate {
            user_uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for RoleMembershipCreate {
            fn default() -> Self {
                Self {
                    user_uuid: Err("no value supplied for user_uuid".to_string()),
                }
            }
        }
        impl RoleMembershipCreate {
            pub fn user_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.user_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleMembershipCreate>
        for super::RoleMembershipCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleMembershipCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_uuid: value.user_uuid?,
                })
            }
        }
        impl ::std::convert::From<super::RoleMembershipCreate> for RoleMembershipCreate {
            fn from(value: super::RoleMembershipCreate) -> Self {
                Self {
                    user_uuid: Ok(value.user_uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RolePatch {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RolePatch {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                }
            }
        }
        impl RolePatch {
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
        impl ::std::convert::TryFrom<RolePatch> for super::RolePatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RolePatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::RolePatch> for RolePatch {
            fn from(value: super::RolePatch) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScenePersonalisation {
            dashboard: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scene: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ScenePersonalisation {
            fn default() -> Self {
                Self {
                    dashboard: Err("no value supplied for dashboard".to_string()),
                    scene: Err("no value supplied for scene".to_string()),
                }
            }
        }
        impl ScenePersonalisation {
            pub fn dashboard<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.dashboard = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dashboard: {e}")
                    });
                self
            }
            pub fn scene<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.scene = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scene: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScenePersonalisation>
        for super::ScenePersonalisation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScenePersonalisation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dashboard: value.dashboard?,
                    scene: value.scene?,
                })
            }
        }
        impl ::std::convert::From<super::ScenePersonalisation> for ScenePersonalisation {
            fn from(value: super::ScenePersonalisation) -> Self {
                Self {
                    dashboard: Ok(value.dashboard),
                    scene: Ok(value.scene),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScimRequestLog {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            duration_ms: ::std::result::Result<u64, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            identity_provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_body: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            request_headers: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            request_method: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_path: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_body: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            response_status: ::std::result::Result<u16, ::std::string::String>,
        }
        impl ::std::default::Default for ScimRequestLog {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    duration_ms: Err("no value supplied for duration_ms".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    identity_provider: Err(
                        "no value supplied for identity_provider".to_string(),
                    ),
                    request_body: Err("no value supplied for request_body".to_string()),
                    request_headers: Err(
                        "no value supplied for request_headers".to_string(),
                    ),
                    request_method: Err(
                        "no value supplied for request_method".to_string(),
                    ),
                    request_path: Err("no value supplied for request_path".to_string()),
                    response_body: Err(
                        "no value supplied for response_body".to_string(),
                    ),
                    response_status: Err(
                        "no value supplied for response_status".to_string(),
                    ),
                }
            }
        }
        impl ScimRequestLog {
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
            pub fn duration_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_ms: {e}")
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
            pub fn identity_provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.identity_provider = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for identity_provider: {e}"
                        )
                    });
                self
            }
            pub fn request_body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.request_body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_body: {e}")
                    });
                self
            }
            pub fn request_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.request_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_headers: {e}"
                        )
                    });
                self
            }
            pub fn request_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_method: {e}"
                        )
                    });
                self
            }
            pub fn request_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_path: {e}")
                    });
                self
            }
            pub fn response_body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.response_body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_body: {e}")
                    });
                self
            }
            pub fn response_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.response_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_status: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScimRequestLog> for super::ScimRequestLog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScimRequestLog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    duration_ms: value.duration_ms?,
                    id: value.id?,
                    identity_provider: value.identity_provider?,
                    request_body: value.request_body?,
                    request_headers: value.request_headers?,
                    request_method: value.request_method?,
                    request_path: value.request_path?,
                    response_body: value.response_body?,
                    response_status: value.response_status?,
                })
            }
        }
        impl ::std::convert::From<super::ScimRequestLog> for ScimRequestLog {
            fn from(value: super::ScimRequestLog) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    duration_ms: Ok(value.duration_ms),
                    id: Ok(value.id),
                    identity_provider: Ok(value.identity_provider),
                    request_body: Ok(value.request_body),
                    request_headers: Ok(value.request_headers),
                    request_method: Ok(value.request_method),
                    request_path: Ok(value.request_path),
                    response_body: Ok(value.response_body),
                    response_status: Ok(value.response_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScopedApiKey {
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ScopedApiKey {
            fn default() -> Self {
                Self {
                    last_used_at: Err("no value supplied for last_used_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ScopedApiKey {
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
        impl ::std::convert::TryFrom<ScopedApiKey> for super::ScopedApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScopedApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    last_used_at: value.last_used_at?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ScopedApiKey> for ScopedApiKey {
            fn from(value: super::ScopedApiKey) -> Self {
                Self {
                    last_used_at: Ok(value.last_used_at),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScopedApiKeys {
            has_keys: ::std::result::Result<bool, ::std::string::String>,
            has_keys_active_last_week: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            keys: ::std::result::Result<
                ::std::vec::Vec<super::ScopedApiKey>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScopedApiKeys {
            fn default() -> Self {
                Self {
                    has_keys: Err("no value supplied for has_keys".to_string()),
                    has_keys_active_last_week: Err(
                        "no value supplied for has_keys_active_last_week".to_string(),
                    ),
                    keys: Err("no value supplied for keys".to_string()),
                }
            }
        }
        impl ScopedApiKeys {
            pub fn has_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_keys: {e}")
                    });
                self
            }
            pub fn has_keys_active_last_week<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_keys_active_last_week = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_keys_active_last_week: {e}"
                        )
                    });
                self
            }
            pub fn keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ScopedApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScopedApiKeys> for super::ScopedApiKeys {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScopedApiKeys,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_keys: value.has_keys?,
                    has_keys_active_last_week: value.has_keys_active_last_week?,
                    keys: value.keys?,
                })
            }
        }
        impl ::std::convert::From<super::ScopedApiKeys> for ScopedApiKeys {
            fn from(value: super::ScopedApiKeys) -> Self {
                Self {
                    has_keys: Ok(value.has_keys),
                    has_keys_active_last_week: Ok(value.has_keys_active_last_week),
                    keys: Ok(value.keys),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TeamBasic {
            access_control: ::std::result::Result<bool, ::std::string::String>,
            api_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            completed_snippet_onboarding: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            has_completed_onboarding_for: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            ingested_event: ::std::result::Result<bool, ::std::string::String>,
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
                    access_control: Err(
                        "no value supplied for access_control".to_string(),
                    ),
                    api_token: Err("no value supplied for api_token".to_string()),
                    completed_snippet_onboarding: Err(
                        "no value supplied for completed_snippet_onboarding".to_string(),
                    ),
                    has_completed_onboarding_for: Err(
                        "no value supplied for has_completed_onboarding_for".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    ingested_event: Err(
                        "no value supplied for ingested_event".to_string(),
                    ),
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
            pub fn access_control<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.access_control = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_control: {e}"
                        )
                    });
                self
            }
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
            pub fn completed_snippet_onboarding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_snippet_onboarding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_snippet_onboarding: {e}"
                        )
                    });
                self
            }
            pub fn has_completed_onboarding_for<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.has_completed_onboarding_for = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_completed_onboarding_for: {e}"
                        )
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
            pub fn ingested_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.ingested_event = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ingested_event: {e}"
                        )
                    });
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
                    access_control: value.access_control?,
                    api_token: value.api_token?,
                    completed_snippet_onboarding: value.completed_snippet_onboarding?,
                    has_completed_onboarding_for: value.has_completed_onboarding_for?,
                    id: value.id?,
                    ingested_event: value.ingested_event?,
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
                    access_control: Ok(value.access_control),
                    api_token: Ok(value.api_token),
                    completed_snippet_onboarding: Ok(value.completed_snippet_onboarding),
                    has_completed_onboarding_for: Ok(value.has_completed_onboarding_for),
                    id: Ok(value.id),
                    ingested_event: Ok(value.ingested_event),
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
            allow_impersonation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_sidebar_suggestions: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            anonymize_data: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            date_joined: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            distinct_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            events_column_config: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            has_password: ::std::result::Result<bool, ::std::string::String>,
            has_seen_product_intro_for: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            has_social_auth: ::std::result::Result<bool, ::std::string::String>,
            has_sso_enforcement: ::std::result::Result<bool, ::std::string::String>,
            hedgehog_config: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_2fa_enabled: ::std::result::Result<bool, ::std::string::String>,
            is_email_verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_impersonated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_impersonated_read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_impersonated_until: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_organization_first_user: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_staff: ::std::result::Result<bool, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            notification_settings: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            organization: ::std::result::Result<
                ::std::option::Option<super::Organization>,
                ::std::string::String,
            >,
            organizations: ::std::result::Result<
                ::std::vec::Vec<super::OrganizationBasic>,
                ::std::string::String,
            >,
            passkeys_enabled_for_2fa: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            pending_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pending_invites: ::std::result::Result<
                ::std::vec::Vec<super::PendingInvite>,
                ::std::string::String,
            >,
            role_at_organization: ::std::result::Result<
                ::std::option::Option<super::RoleAtOrganization>,
                ::std::string::String,
            >,
            scene_personalisation: ::std::result::Result<
                ::std::vec::Vec<super::ScenePersonalisation>,
                ::std::string::String,
            >,
            sensitive_session_expires_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shortcut_position: ::std::result::Result<
                ::std::option::Option<super::ShortcutPosition>,
                ::std::string::String,
            >,
            team: ::std::result::Result<
                ::std::option::Option<super::TeamBasic>,
                ::std::string::String,
            >,
            theme_mode: ::std::result::Result<
                ::std::option::Option<super::ThemeMode>,
                ::std::string::String,
            >,
            toolbar_mode: ::std::result::Result<
                ::std::option::Option<super::ToolbarMode>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    allow_impersonation: Err(
                        "no value supplied for allow_impersonation".to_string(),
                    ),
                    allow_sidebar_suggestions: Err(
                        "no value supplied for allow_sidebar_suggestions".to_string(),
                    ),
                    anonymize_data: Err(
                        "no value supplied for anonymize_data".to_string(),
                    ),
                    date_joined: Err("no value supplied for date_joined".to_string()),
                    distinct_id: Err("no value supplied for distinct_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    events_column_config: Err(
                        "no value supplied for events_column_config".to_string(),
                    ),
                    first_name: Err("no value supplied for first_name".to_string()),
                    has_password: Err("no value supplied for has_password".to_string()),
                    has_seen_product_intro_for: Err(
                        "no value supplied for has_seen_product_intro_for".to_string(),
                    ),
                    has_social_auth: Err(
                        "no value supplied for has_social_auth".to_string(),
                    ),
                    has_sso_enforcement: Err(
                        "no value supplied for has_sso_enforcement".to_string(),
                    ),
                    hedgehog_config: Err(
                        "no value supplied for hedgehog_config".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    is_2fa_enabled: Err(
                        "no value supplied for is_2fa_enabled".to_string(),
                    ),
                    is_email_verified: Err(
                        "no value supplied for is_email_verified".to_string(),
                    ),
                    is_impersonated: Err(
                        "no value supplied for is_impersonated".to_string(),
                    ),
                    is_impersonated_read_only: Err(
                        "no value supplied for is_impersonated_read_only".to_string(),
                    ),
                    is_impersonated_until: Err(
                        "no value supplied for is_impersonated_until".to_string(),
                    ),
                    is_organization_first_user: Err(
                        "no value supplied for is_organization_first_user".to_string(),
                    ),
                    is_staff: Err("no value supplied for is_staff".to_string()),
                    last_name: Err("no value supplied for last_name".to_string()),
                    notification_settings: Err(
                        "no value supplied for notification_settings".to_string(),
                    ),
                    organization: Err("no value supplied for organization".to_string()),
                    organizations: Err(
                        "no value supplied for organizations".to_string(),
                    ),
                    passkeys_enabled_for_2fa: Err(
                        "no value supplied for passkeys_enabled_for_2fa".to_string(),
                    ),
                    pending_email: Err(
                        "no value supplied for pending_email".to_string(),
                    ),
                    pending_invites: Err(
                        "no value supplied for pending_invites".to_string(),
                    ),
                    role_at_organization: Ok(Default::default()),
                    scene_personalisation: Err(
                        "no value supplied for scene_personalisation".to_string(),
                    ),
                    sensitive_session_expires_at: Err(
                        "no value supplied for sensitive_session_expires_at".to_string(),
                    ),
                    shortcut_position: Err(
                        "no value supplied for shortcut_position".to_string(),
                    ),
                    team: Err("no value supplied for team".to_string()),
                    theme_mode: Err("no value supplied for theme_mode".to_string()),
                    toolbar_mode: Err("no value supplied for toolbar_mode".to_string()),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }
        impl User {
            pub fn allow_impersonation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_impersonation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_impersonation: {e}"
                        )
                    });
                self
            }
            pub fn allow_sidebar_suggestions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_sidebar_suggestions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_sidebar_suggestions: {e}"
                        )
                    });
                self
            }
            pub fn anonymize_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.anonymize_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for anonymize_data: {e}"
                        )
                    });
                self
            }
            pub fn date_joined<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_joined = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_joined: {e}")
                    });
                self
            }
            pub fn distinct_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.distinct_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for distinct_id: {e}")
                    });
                self
            }
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
            pub fn events_column_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.events_column_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for events_column_config: {e}"
                        )
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
            pub fn has_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_password: {e}")
                    });
                self
            }
            pub fn has_seen_product_intro_for<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.has_seen_product_intro_for = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_seen_product_intro_for: {e}"
                        )
                    });
                self
            }
            pub fn has_social_auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_social_auth = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_social_auth: {e}"
                        )
                    });
                self
            }
            pub fn has_sso_enforcement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_sso_enforcement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_sso_enforcement: {e}"
                        )
                    });
                self
            }
            pub fn hedgehog_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.hedgehog_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hedgehog_config: {e}"
                        )
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
            pub fn is_2fa_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_2fa_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_2fa_enabled: {e}"
                        )
                    });
                self
            }
            pub fn is_email_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_email_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_email_verified: {e}"
                        )
                    });
                self
            }
            pub fn is_impersonated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_impersonated = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_impersonated: {e}"
                        )
                    });
                self
            }
            pub fn is_impersonated_read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_impersonated_read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_impersonated_read_only: {e}"
                        )
                    });
                self
            }
            pub fn is_impersonated_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_impersonated_until = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_impersonated_until: {e}"
                        )
                    });
                self
            }
            pub fn is_organization_first_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_organization_first_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_organization_first_user: {e}"
                        )
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
            pub fn notification_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notification_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_settings: {e}"
                        )
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Organization>>,
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
            pub fn passkeys_enabled_for_2fa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.passkeys_enabled_for_2fa = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for passkeys_enabled_for_2fa: {e}"
                        )
                    });
                self
            }
            pub fn pending_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pending_email: {e}")
                    });
                self
            }
            pub fn pending_invites<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PendingInvite>>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_invites = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pending_invites: {e}"
                        )
                    });
                self
            }
            pub fn role_at_organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RoleAtOrganization>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role_at_organization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for role_at_organization: {e}"
                        )
                    });
                self
            }
            pub fn scene_personalisation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ScenePersonalisation>>,
                T::Error: ::std::fmt::Display,
            {
                self.scene_personalisation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for scene_personalisation: {e}"
                        )
                    });
                self
            }
            pub fn sensitive_session_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sensitive_session_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sensitive_session_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn shortcut_position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ShortcutPosition>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.shortcut_position = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shortcut_position: {e}"
                        )
                    });
                self
            }
            pub fn team<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TeamBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.team = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team: {e}")
                    });
                self
            }
            pub fn theme_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ThemeMode>>,
                T::Error: ::std::fmt::Display,
            {
                self.theme_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for theme_mode: {e}")
                    });
                self
            }
            pub fn toolbar_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ToolbarMode>>,
                T::Error: ::std::fmt::Display,
            {
                self.toolbar_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for toolbar_mode: {e}")
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
                    allow_impersonation: value.allow_impersonation?,
                    allow_sidebar_suggestions: value.allow_sidebar_suggestions?,
                    anonymize_data: value.anonymize_data?,
                    date_joined: value.date_joined?,
                    distinct_id: value.distinct_id?,
                    email: value.email?,
                    events_column_config: value.events_column_config?,
                    first_name: value.first_name?,
                    has_password: value.has_password?,
                    has_seen_product_intro_for: value.has_seen_product_intro_for?,
                    has_social_auth: value.has_social_auth?,
                    has_sso_enforcement: value.has_sso_enforcement?,
                    hedgehog_config: value.hedgehog_config?,
                    id: value.id?,
                    is_2fa_enabled: value.is_2fa_enabled?,
                    is_email_verified: value.is_email_verified?,
                    is_impersonated: value.is_impersonated?,
                    is_impersonated_read_only: value.is_impersonated_read_only?,
                    is_impersonated_until: value.is_impersonated_until?,
                    is_organization_first_user: value.is_organization_first_user?,
                    is_staff: value.is_staff?,
                    last_name: value.last_name?,
                    notification_settings: value.notification_settings?,
                    organization: value.organization?,
                    organizations: value.organizations?,
                    passkeys_enabled_for_2fa: value.passkeys_enabled_for_2fa?,
                    pending_email: value.pending_email?,
                    pending_invites: value.pending_invites?,
                    role_at_organization: value.role_at_organization?,
                    scene_personalisation: value.scene_personalisation?,
                    sensitive_session_expires_at: value.sensitive_session_expires_at?,
                    shortcut_position: value.shortcut_position?,
                    team: value.team?,
                    theme_mode: value.theme_mode?,
                    toolbar_mode: value.toolbar_mode?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    allow_impersonation: Ok(value.allow_impersonation),
                    allow_sidebar_suggestions: Ok(value.allow_sidebar_suggestions),
                    anonymize_data: Ok(value.anonymize_data),
                    date_joined: Ok(value.date_joined),
                    distinct_id: Ok(value.distinct_id),
                    email: Ok(value.email),
                    events_column_config: Ok(value.events_column_config),
                    first_name: Ok(value.first_name),
                    has_password: Ok(value.has_password),
                    has_seen_product_intro_for: Ok(value.has_seen_product_intro_for),
                    has_social_auth: Ok(value.has_social_auth),
                    has_sso_enforcement: Ok(value.has_sso_enforcement),
                    hedgehog_config: Ok(value.hedgehog_config),
                    id: Ok(value.id),
                    is_2fa_enabled: Ok(value.is_2fa_enabled),
                    is_email_verified: Ok(value.is_email_verified),
                    is_impersonated: Ok(value.is_impersonated),
                    is_impersonated_read_only: Ok(value.is_impersonated_read_only),
                    is_impersonated_until: Ok(value.is_impersonated_until),
                    is_organization_first_user: Ok(value.is_organization_first_user),
                    is_staff: Ok(value.is_staff),
                    last_name: Ok(value.last_name),
                    notification_settings: Ok(value.notification_settings),
                    organization: Ok(value.organization),
                    organizations: Ok(value.organizations),
                    passkeys_enabled_for_2fa: Ok(value.passkeys_enabled_for_2fa),
                    pending_email: Ok(value.pending_email),
                    pending_invites: Ok(value.pending_invites),
                    role_at_organization: Ok(value.role_at_organization),
                    scene_personalisation: Ok(value.scene_personalisation),
                    sensitive_session_expires_at: Ok(value.sensitive_session_expires_at),
                    shortcut_position: Ok(value.shortcut_position),
                    team: Ok(value.team),
                    theme_mode: Ok(value.theme_mode),
                    toolbar_mode: Ok(value.toolbar_mode),
                    uuid: Ok(value.uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserBasic {
            distinct_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            hedgehog_config: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_email_verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role_at_organization: ::std::result::Result<
                ::std::option::Option<super::RoleAtOrganization>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for UserBasic {
            fn default() -> Self {
                Self {
                    distinct_id: Err("no value supplied for distinct_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    first_name: Err("no value supplied for first_name".to_string()),
                    hedgehog_config: Err(
                        "no value supplied for hedgehog_config".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    is_email_verified: Err(
                        "no value supplied for is_email_verified".to_string(),
                    ),
                    last_name: Err("no value supplied for last_name".to_string()),
                    role_at_organization: Err(
                        "no value supplied for role_at_organization".to_string(),
                    ),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }
        impl UserBasic {
            pub fn distinct_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.distinct_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for distinct_id: {e}")
                    });
                self
            }
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
            pub fn hedgehog_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.hedgehog_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hedgehog_config: {e}"
                        )
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
            pub fn is_email_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_email_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_email_verified: {e}"
                        )
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
            pub fn role_at_organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RoleAtOrganization>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role_at_organization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for role_at_organization: {e}"
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
        impl ::std::convert::TryFrom<UserBasic> for super::UserBasic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserBasic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    distinct_id: value.distinct_id?,
                    email: value.email?,
                    first_name: value.first_name?,
                    hedgehog_config: value.hedgehog_config?,
                    id: value.id?,
                    is_email_verified: value.is_email_verified?,
                    last_name: value.last_name?,
                    role_at_organization: value.role_at_organization?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::UserBasic> for UserBasic {
            fn from(value: super::UserBasic) -> Self {
                Self {
                    distinct_id: Ok(value.distinct_id),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    hedgehog_config: Ok(value.hedgehog_config),
                    id: Ok(value.id),
                    is_email_verified: Ok(value.is_email_verified),
                    last_name: Ok(value.last_name),
                    role_at_organization: Ok(value.role_at_organization),
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
            allow_impersonation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_sidebar_suggestions: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            anonymize_data: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            date_joined: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            distinct_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            events_column_config: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            has_password: ::std::result::Result<bool, ::std::string::String>,
            has_seen_product_intro_for: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            has_social_auth: ::std::result::Result<bool, ::std::string::String>,
            has_sso_enforcement: ::std::result::Result<bool, ::std::string::String>,
            hedgehog_config: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_2fa_enabled: ::std::result::Result<bool, ::std::string::String>,
            is_email_verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_impersonated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_impersonated_read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_impersonated_until: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_organization_first_user: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_staff: ::std::result::Result<bool, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            notification_settings: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            organization: ::std::result::Result<
                ::std::option::Option<super::Organization>,
                ::std::string::String,
            >,
            organizations: ::std::result::Result<
                ::std::vec::Vec<super::OrganizationBasic>,
                ::std::string::String,
            >,
            passkeys_enabled_for_2fa: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            pending_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pending_invites: ::std::result::Result<
                ::std::vec::Vec<super::PendingInvite>,
                ::std::string::String,
            >,
            personal_api_key: ::std::result::Result<
                ::std::option::Option<super::PersonalApiKey>,
                ::std::string::String,
            >,
            role_at_organization: ::std::result::Result<
                ::std::option::Option<super::RoleAtOrganization>,
                ::std::string::String,
            >,
            scene_personalisation: ::std::result::Result<
                ::std::vec::Vec<super::ScenePersonalisation>,
                ::std::string::String,
            >,
            sensitive_session_expires_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shortcut_position: ::std::result::Result<
                ::std::option::Option<super::ShortcutPosition>,
                ::std::string::String,
            >,
            team: ::std::result::Result<
                ::std::option::Option<super::TeamBasic>,
                ::std::string::String,
            >,
            theme_mode: ::std::result::Result<
                ::std::option::Option<super::ThemeMode>,
                ::std::string::String,
            >,
            toolbar_mode: ::std::result::Result<
                ::std::option::Option<super::ToolbarMode>,
                ::std::string::String,
            >,
            uuid: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for UserCreated {
            fn default() -> Self {
                Self {
                    allow_impersonation: Err(
                        "no value supplied for allow_impersonation".to_string(),
                    ),
                    allow_sidebar_suggestions: Err(
                        "no value supplied for allow_sidebar_suggestions".to_string(),
                    ),
                    anonymize_data: Err(
                        "no value supplied for anonymize_data".to_string(),
                    ),
                    date_joined: Err("no value supplied for date_joined".to_string()),
                    distinct_id: Err("no value supplied for distinct_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    events_column_config: Err(
                        "no value supplied for events_column_config".to_string(),
                    ),
                    first_name: Err("no value supplied for first_name".to_string()),
                    has_password: Err("no value supplied for has_password".to_string()),
                    has_seen_product_intro_for: Err(
                        "no value supplied for has_seen_product_intro_for".to_string(),
                    ),
                    has_social_auth: Err(
                        "no value supplied for has_social_auth".to_string(),
                    ),
                    has_sso_enforcement: Err(
                        "no value supplied for has_sso_enforcement".to_string(),
                    ),
                    hedgehog_config: Err(
                        "no value supplied for hedgehog_config".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    is_2fa_enabled: Err(
                        "no value supplied for is_2fa_enabled".to_string(),
                    ),
                    is_email_verified: Err(
                        "no value supplied for is_email_verified".to_string(),
                    ),
                    is_impersonated: Err(
                        "no value supplied for is_impersonated".to_string(),
                    ),
                    is_impersonated_read_only: Err(
                        "no value supplied for is_impersonated_read_only".to_string(),
                    ),
                    is_impersonated_until: Err(
                        "no value supplied for is_impersonated_until".to_string(),
                    ),
                    is_organization_first_user: Err(
                        "no value supplied for is_organization_first_user".to_string(),
                    ),
                    is_staff: Err("no value supplied for is_staff".to_string()),
                    last_name: Err("no value supplied for last_name".to_string()),
                    notification_settings: Err(
                        "no value supplied for notification_settings".to_string(),
                    ),
                    organization: Err("no value supplied for organization".to_string()),
                    organizations: Err(
                        "no value supplied for organizations".to_string(),
                    ),
                    passkeys_enabled_for_2fa: Err(
                        "no value supplied for passkeys_enabled_for_2fa".to_string(),
                    ),
                    pending_email: Err(
                        "no value supplied for pending_email".to_string(),
                    ),
                    pending_invites: Err(
                        "no value supplied for pending_invites".to_string(),
                    ),
                    personal_api_key: Err(
                        "no value supplied for personal_api_key".to_string(),
                    ),
                    role_at_organization: Ok(Default::default()),
                    scene_personalisation: Err(
                        "no value supplied for scene_personalisation".to_string(),
                    ),
                    sensitive_session_expires_at: Err(
                        "no value supplied for sensitive_session_expires_at".to_string(),
                    ),
                    shortcut_position: Err(
                        "no value supplied for shortcut_position".to_string(),
                    ),
                    team: Err("no value supplied for team".to_string()),
                    theme_mode: Err("no value supplied for theme_mode".to_string()),
                    toolbar_mode: Err("no value supplied for toolbar_mode".to_string()),
                    uuid: Err("no value supplied for uuid".to_string()),
                }
            }
        }
        impl UserCreated {
            pub fn allow_impersonation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_impersonation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_impersonation: {e}"
                        )
                    });
                self
            }
            pub fn allow_sidebar_suggestions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_sidebar_suggestions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_sidebar_suggestions: {e}"
                        )
                    });
                self
            }
            pub fn anonymize_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.anonymize_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for anonymize_data: {e}"
                        )
                    });
                self
            }
            pub fn date_joined<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_joined = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_joined: {e}")
                    });
                self
            }
            pub fn distinct_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.distinct_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for distinct_id: {e}")
                    });
                self
            }
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
            pub fn events_column_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.events_column_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for events_column_config: {e}"
                        )
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
            pub fn has_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_password: {e}")
                    });
                self
            }
            pub fn has_seen_product_intro_for<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.has_seen_product_intro_for = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_seen_product_intro_for: {e}"
                        )
                    });
                self
            }
            pub fn has_social_auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_social_auth = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_social_auth: {e}"
                        )
                    });
                self
            }
            pub fn has_sso_enforcement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_sso_enforcement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_sso_enforcement: {e}"
                        )
                    });
                self
            }
            pub fn hedgehog_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.hedgehog_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hedgehog_config: {e}"
                        )
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
            pub fn is_2fa_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_2fa_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_2fa_enabled: {e}"
                        )
                    });
                self
            }
            pub fn is_email_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_email_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_email_verified: {e}"
                        )
                    });
                self
            }
            pub fn is_impersonated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_impersonated = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_impersonated: {e}"
                        )
                    });
                self
            }
            pub fn is_impersonated_read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_impersonated_read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_impersonated_read_only: {e}"
                        )
                    });
                self
            }
            pub fn is_impersonated_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_impersonated_until = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_impersonated_until: {e}"
                        )
                    });
                self
            }
            pub fn is_organization_first_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_organization_first_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_organization_first_user: {e}"
                        )
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
            pub fn notification_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notification_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_settings: {e}"
                        )
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Organization>>,
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
            pub fn passkeys_enabled_for_2fa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.passkeys_enabled_for_2fa = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for passkeys_enabled_for_2fa: {e}"
                        )
                    });
                self
            }
            pub fn pending_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pending_email: {e}")
                    });
                self
            }
            pub fn pending_invites<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PendingInvite>>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_invites = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pending_invites: {e}"
                        )
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
            pub fn role_at_organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RoleAtOrganization>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role_at_organization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for role_at_organization: {e}"
                        )
                    });
                self
            }
            pub fn scene_personalisation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ScenePersonalisation>>,
                T::Error: ::std::fmt::Display,
            {
                self.scene_personalisation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for scene_personalisation: {e}"
                        )
                    });
                self
            }
            pub fn sensitive_session_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sensitive_session_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sensitive_session_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn shortcut_position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ShortcutPosition>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.shortcut_position = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shortcut_position: {e}"
                        )
                    });
                self
            }
            pub fn team<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TeamBasic>>,
                T::Error: ::std::fmt::Display,
            {
                self.team = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team: {e}")
                    });
                self
            }
            pub fn theme_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ThemeMode>>,
                T::Error: ::std::fmt::Display,
            {
                self.theme_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for theme_mode: {e}")
                    });
                self
            }
            pub fn toolbar_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ToolbarMode>>,
                T::Error: ::std::fmt::Display,
            {
                self.toolbar_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for toolbar_mode: {e}")
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
                    allow_impersonation: value.allow_impersonation?,
                    allow_sidebar_suggestions: value.allow_sidebar_suggestions?,
                    anonymize_data: value.anonymize_data?,
                    date_joined: value.date_joined?,
                    distinct_id: value.distinct_id?,
                    email: value.email?,
                    events_column_config: value.events_column_config?,
                    first_name: value.first_name?,
                    has_password: value.has_password?,
                    has_seen_product_intro_for: value.has_seen_product_intro_for?,
                    has_social_auth: value.has_social_auth?,
                    has_sso_enforcement: value.has_sso_enforcement?,
                    hedgehog_config: value.hedgehog_config?,
                    id: value.id?,
                    is_2fa_enabled: value.is_2fa_enabled?,
                    is_email_verified: value.is_email_verified?,
                    is_impersonated: value.is_impersonated?,
                    is_impersonated_read_only: value.is_impersonated_read_only?,
                    is_impersonated_until: value.is_impersonated_until?,
                    is_organization_first_user: value.is_organization_first_user?,
                    is_staff: value.is_staff?,
                    last_name: value.last_name?,
                    notification_settings: value.notification_settings?,
                    organization: value.organization?,
                    organizations: value.organizations?,
                    passkeys_enabled_for_2fa: value.passkeys_enabled_for_2fa?,
                    pending_email: value.pending_email?,
                    pending_invites: value.pending_invites?,
                    personal_api_key: value.personal_api_key?,
                    role_at_organization: value.role_at_organization?,
                    scene_personalisation: value.scene_personalisation?,
                    sensitive_session_expires_at: value.sensitive_session_expires_at?,
                    shortcut_position: value.shortcut_position?,
                    team: value.team?,
                    theme_mode: value.theme_mode?,
                    toolbar_mode: value.toolbar_mode?,
                    uuid: value.uuid?,
                })
            }
        }
        impl ::std::convert::From<super::UserCreated> for UserCreated {
            fn from(value: super::UserCreated) -> Self {
                Self {
                    allow_impersonation: Ok(value.allow_impersonation),
                    allow_sidebar_suggestions: Ok(value.allow_sidebar_suggestions),
                    anonymize_data: Ok(value.anonymize_data),
                    date_joined: Ok(value.date_joined),
                    distinct_id: Ok(value.distinct_id),
                    email: Ok(value.email),
                    events_column_config: Ok(value.events_column_config),
                    first_name: Ok(value.first_name),
                    has_password: Ok(value.has_password),
                    has_seen_product_intro_for: Ok(value.has_seen_product_intro_for),
                    has_social_auth: Ok(value.has_social_auth),
                    has_sso_enforcement: Ok(value.has_sso_enforcement),
                    hedgehog_config: Ok(value.hedgehog_config),
                    id: Ok(value.id),
                    is_2fa_enabled: Ok(value.is_2fa_enabled),
                    is_email_verified: Ok(value.is_email_verified),
                    is_impersonated: Ok(value.is_impersonated),
                    is_impersonated_read_only: Ok(value.is_impersonated_read_only),
                    is_impersonated_until: Ok(value.is_impersonated_until),
                    is_organization_first_user: Ok(value.is_organization_first_user),
                    is_staff: Ok(value.is_staff),
                    last_name: Ok(value.last_name),
                    notification_settings: Ok(value.notification_settings),
                    organization: Ok(value.organization),
                    organizations: Ok(value.organizations),
                    passkeys_enabled_for_2fa: Ok(value.passkeys_enabled_for_2fa),
                    pending_email: Ok(value.pending_email),
                    pending_invites: Ok(value.pending_invites),
                    personal_api_key: Ok(value.personal_api_key),
                    role_at_organization: Ok(value.role_at_organization),
                    scene_personalisation: Ok(value.scene_personalisation),
                    sensitive_session_expires_at: Ok(value.sensitive_session_expires_at),
                    shortcut_position: Ok(value.shortcut_position),
                    team: Ok(value.team),
                    theme_mode: Ok(value.theme_mode),
                    toolbar_mode: Ok(value.toolbar_mode),
                    uuid: Ok(value.uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserPatch {
            allow_impersonation: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            allow_sidebar_suggestions: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            anonymize_data: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            current_password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events_column_config: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_seen_product_intro_for: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::serde_json::Value>>,
                ::std::string::String,
            >,
            hedgehog_config: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::serde_json::Value>>,
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
            notification_settings: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            passkeys_enabled_for_2fa: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_at_organization: ::std::result::Result<
                ::std::option::Option<super::RoleAtOrganization>,
                ::std::string::String,
            >,
            set_current_organization: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            set_current_team: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shortcut_position: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::ShortcutPosition>>,
                ::std::string::String,
            >,
            theme_mode: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::ThemeMode>>,
                ::std::string::String,
            >,
            toolbar_mode: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::ToolbarMode>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserPatch {
            fn default() -> Self {
                Self {
                    allow_impersonation: Ok(Default::default()),
                    allow_sidebar_suggestions: Ok(Default::default()),
                    anonymize_data: Ok(Default::default()),
                    current_password: Ok(Default::default()),
                    email: Ok(Default::default()),
                    events_column_config: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    has_seen_product_intro_for: Ok(Default::default()),
                    hedgehog_config: Ok(Default::default()),
                    is_staff: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    notification_settings: Ok(Default::default()),
                    passkeys_enabled_for_2fa: Ok(Default::default()),
                    password: Ok(Default::default()),
                    role_at_organization: Ok(Default::default()),
                    set_current_organization: Ok(Default::default()),
                    set_current_team: Ok(Default::default()),
                    shortcut_position: Ok(Default::default()),
                    theme_mode: Ok(Default::default()),
                    toolbar_mode: Ok(Default::default()),
                }
            }
        }
        impl UserPatch {
            pub fn allow_impersonation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allow_impersonation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_impersonation: {e}"
                        )
                    });
                self
            }
            pub fn allow_sidebar_suggestions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allow_sidebar_suggestions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_sidebar_suggestions: {e}"
                        )
                    });
                self
            }
            pub fn anonymize_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.anonymize_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for anonymize_data: {e}"
                        )
                    });
                self
            }
            pub fn current_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_password: {e}"
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn events_column_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.events_column_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for events_column_config: {e}"
                        )
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
            pub fn has_seen_product_intro_for<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.has_seen_product_intro_for = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_seen_product_intro_for: {e}"
                        )
                    });
                self
            }
            pub fn hedgehog_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.hedgehog_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hedgehog_config: {e}"
                        )
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
            pub fn notification_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notification_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_settings: {e}"
                        )
                    });
                self
            }
            pub fn passkeys_enabled_for_2fa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.passkeys_enabled_for_2fa = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for passkeys_enabled_for_2fa: {e}"
                        )
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn role_at_organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RoleAtOrganization>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role_at_organization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for role_at_organization: {e}"
                        )
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
            pub fn set_current_team<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.set_current_team = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for set_current_team: {e}"
                        )
                    });
                self
            }
            pub fn shortcut_position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::ShortcutPosition>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.shortcut_position = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shortcut_position: {e}"
                        )
                    });
                self
            }
            pub fn theme_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::ThemeMode>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.theme_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for theme_mode: {e}")
                    });
                self
            }
            pub fn toolbar_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::ToolbarMode>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.toolbar_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for toolbar_mode: {e}")
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
                    allow_impersonation: value.allow_impersonation?,
                    allow_sidebar_suggestions: value.allow_sidebar_suggestions?,
                    anonymize_data: value.anonymize_data?,
                    current_password: value.current_password?,
                    email: value.email?,
                    events_column_config: value.events_column_config?,
                    first_name: value.first_name?,
                    has_seen_product_intro_for: value.has_seen_product_intro_for?,
                    hedgehog_config: value.hedgehog_config?,
                    is_staff: value.is_staff?,
                    last_name: value.last_name?,
                    notification_settings: value.notification_settings?,
                    passkeys_enabled_for_2fa: value.passkeys_enabled_for_2fa?,
                    password: value.password?,
                    role_at_organization: value.role_at_organization?,
                    set_current_organization: value.set_current_organization?,
                    set_current_team: value.set_current_team?,
                    shortcut_position: value.shortcut_position?,
                    theme_mode: value.theme_mode?,
                    toolbar_mode: value.toolbar_mode?,
                })
            }
        }
        impl ::std::convert::From<super::UserPatch> for UserPatch {
            fn from(value: super::UserPatch) -> Self {
                Self {
                    allow_impersonation: Ok(value.allow_impersonation),
                    allow_sidebar_suggestions: Ok(value.allow_sidebar_suggestions),
                    anonymize_data: Ok(value.anonymize_data),
                    current_password: Ok(value.current_password),
                    email: Ok(value.email),
                    events_column_config: Ok(value.events_column_config),
                    first_name: Ok(value.first_name),
                    has_seen_product_intro_for: Ok(value.has_seen_product_intro_for),
                    hedgehog_config: Ok(value.hedgehog_config),
                    is_staff: Ok(value.is_staff),
                    last_name: Ok(value.last_name),
                    notification_settings: Ok(value.notification_settings),
                    passkeys_enabled_for_2fa: Ok(value.passkeys_enabled_for_2fa),
                    password: Ok(value.password),
                    role_at_organization: Ok(value.role_at_organization),
                    set_current_organization: Ok(value.set_current_organization),
                    set_current_team: Ok(value.set_current_team),
                    shortcut_position: Ok(value.shortcut_position),
                    theme_mode: Ok(value.theme_mode),
                    toolbar_mode: Ok(value.toolbar_mode),
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

Needs no credentials.

Sends a `GET` request to `/_health`

```ignore
let response = client.health()
    .send()
    .await;
```*/
    pub fn health(&self) -> builder::Health<'_> {
        builder::Health::new(self)
    }
    /**Check readiness

Answers 200 when the store answers: a read succeeds and a write reaches the disk. Otherwise 503 (`service_unavailable`), so that a load balancer or a test suite waits. Needs no credentials.

Needs no credentials.

Sends a `GET` request to `/_ready`

```ignore
let response = client.ready()
    .send()
    .await;
```*/
    pub fn ready(&self) -> builder::Ready<'_> {
        builder::Ready::new(self)
    }
    /**Match a partner's metadata document (instance administration)

An orgbase extension for staff users. Given the URL a CIMD metadata document was read from and the document, answers the organization whose token the document publishes (at `com.posthog` -> `verification_token`, else the legacy top-level `posthog_verification_token`) and whose token was issued for that URL, and records the token's use; otherwise `organization_id` is null.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/cimd_verification_tokens/match/`

```ignore
let response = client.cimd_verification_token_match()
    .body(body)
    .send()
    .await;
```*/
    pub fn cimd_verification_token_match(
        &self,
    ) -> builder::CimdVerificationTokenMatch<'_> {
        builder::CimdVerificationTokenMatch::new(self)
    }
    /**List organizations

The caller's organizations (narrowed to the key's `scoped_organizations`, when set), oldest first.

Requires a personal API key with the scope `organization:read`.

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

Requires a personal API key with the scope `organization:write`.

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

Requires a personal API key with the scope `organization:read`.

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

Requires a personal API key with the scope `organization:write`.

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

Requires a personal API key with the scope `organization:write`.

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

Requires a personal API key with the scope `organization:write`.

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
    /**List CIMD verification tokens

Newest first. Any member reads.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/cimd_verification_tokens/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.cimd_verification_token_list()
    .organization_id(organization_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn cimd_verification_token_list(
        &self,
    ) -> builder::CimdVerificationTokenList<'_> {
        builder::CimdVerificationTokenList::new(self)
    }
    /**Create a CIMD verification token

Needs membership level 8 (admin) or more. The token's `value` (`phvt_...`) is in this response only.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/cimd_verification_tokens/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.cimd_verification_token_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn cimd_verification_token_create(
        &self,
    ) -> builder::CimdVerificationTokenCreate<'_> {
        builder::CimdVerificationTokenCreate::new(self)
    }
    /**Fetch a CIMD verification token

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/cimd_verification_tokens/{token_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `token_id`: The token's id.
```ignore
let response = client.cimd_verification_token_view()
    .organization_id(organization_id)
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn cimd_verification_token_view(
        &self,
    ) -> builder::CimdVerificationTokenView<'_> {
        builder::CimdVerificationTokenView::new(self)
    }
    /**Revoke a CIMD verification token

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/cimd_verification_tokens/{token_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `token_id`: The token's id.
```ignore
let response = client.cimd_verification_token_delete()
    .organization_id(organization_id)
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn cimd_verification_token_delete(
        &self,
    ) -> builder::CimdVerificationTokenDelete<'_> {
        builder::CimdVerificationTokenDelete::new(self)
    }
    /**List domains

Ordered by domain. Any member reads.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/domains/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.domain_list()
    .organization_id(organization_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn domain_list(&self) -> builder::DomainList<'_> {
        builder::DomainList::new(self)
    }
    /**Add a domain

Needs membership level 8 (admin) or more. The domain is trimmed and lowercased, and must be unique across all organizations.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/domains/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.domain_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn domain_create(&self) -> builder::DomainCreate<'_> {
        builder::DomainCreate::new(self)
    }
    /**Fetch a domain

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/domains/{domain_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
```ignore
let response = client.domain_view()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .send()
    .await;
```*/
    pub fn domain_view(&self) -> builder::DomainView<'_> {
        builder::DomainView::new(self)
    }
    /**Update a domain

Needs membership level 8 (admin) or more. Fields left out keep their values; the domain itself cannot change.

Requires a personal API key with the scope `organization:write`.

Sends a `PUT` request to `/api/organizations/{organization_id}/domains/{domain_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
- `body`
```ignore
let response = client.domain_update()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn domain_update(&self) -> builder::DomainUpdate<'_> {
        builder::DomainUpdate::new(self)
    }
    /**Delete a domain

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/domains/{domain_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
```ignore
let response = client.domain_delete()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .send()
    .await;
```*/
    pub fn domain_delete(&self) -> builder::DomainDelete<'_> {
        builder::DomainDelete::new(self)
    }
    /**Partially update a domain

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `PATCH` request to `/api/organizations/{organization_id}/domains/{domain_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
- `body`
```ignore
let response = client.domain_patch()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn domain_patch(&self) -> builder::DomainPatch<'_> {
        builder::DomainPatch::new(self)
    }
    /**List a domain's SCIM requests

Every request made to the domain's SCIM API, newest first: method, path, headers and bodies (the bearer token, emails, names and other personal values masked, as PostHog masks them), response status, identity provider (from the User-Agent), duration and time. Kept for 180 days, at most the newest 1,000 per domain. Page-number pagination (`page`, `page_size`), unlike the other lists. Needs admin.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/domains/{domain_id}/scim/logs/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
- `after`: Only requests at or after this time.
- `before`: Only requests at or before this time.
- `page`: Page number to return (default 1).
- `page_size`: Number of requests per page (default 20; values above 100 are served as 100).
- `search`: Only requests whose path or (masked) request body contains this text (case-insensitive); an email or a name also matches its masked form.
- `status_max`: Only requests answered with at most this HTTP status, such as 499.
- `status_min`: Only requests answered with at least this HTTP status, such as 400.
```ignore
let response = client.domain_scim_logs()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .after(after)
    .before(before)
    .page(page)
    .page_size(page_size)
    .search(search)
    .status_max(status_max)
    .status_min(status_min)
    .send()
    .await;
```*/
    pub fn domain_scim_logs(&self) -> builder::DomainScimLogs<'_> {
        builder::DomainScimLogs::new(self)
    }
    /**Rotate a domain's SCIM token

The new `scim_bearer_token` is in this response only; the old one stops working. 400 `scim_not_enabled` while SCIM is off. Needs admin; unlike PostHog, API keys (with `organization:write`) may call it.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/domains/{domain_id}/scim/token/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
```ignore
let response = client.domain_scim_token()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .send()
    .await;
```*/
    pub fn domain_scim_token(&self) -> builder::DomainScimToken<'_> {
        builder::DomainScimToken::new(self)
    }
    /**Verify a domain

Looks up the TXT records of `_posthog-challenge.<domain>`; when one equals `verification_challenge` the domain is verified, otherwise (no match, no such name, no answer, timeout) the attempt is recorded in `last_verification_retry`. Always 200 with the domain, except 400 `already_verified`. Needs admin; unlike PostHog, API keys (with `organization:write`) may call it.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/domains/{domain_id}/verify/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `domain_id`: The domain's id.
```ignore
let response = client.domain_verify()
    .organization_id(organization_id)
    .domain_id(domain_id)
    .send()
    .await;
```*/
    pub fn domain_verify(&self) -> builder::DomainVerify<'_> {
        builder::DomainVerify::new(self)
    }
    /**List invites

Newest first.

Requires a personal API key with the scope `organization_member:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/invites/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.invite_list()
    .organization_id(organization_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn invite_list(&self) -> builder::InviteList<'_> {
        builder::InviteList::new(self)
    }
    /**Invite someone

Members may invite when `members_can_invite` allows; admins and owners always. The level may not exceed the inviter's. A new invite replaces the earlier ones for the same address. Invites expire after 3 days.

Requires a personal API key with the scope `organization_member:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/invites/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.invite_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn invite_create(&self) -> builder::InviteCreate<'_> {
        builder::InviteCreate::new(self)
    }
    /**Invite several people at once

A JSON array of at most 20 invites. All are checked before any is made; then all are made together.

Requires a personal API key with the scope `organization_member:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/invites/bulk/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.invite_bulk_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn invite_bulk_create(&self) -> builder::InviteBulkCreate<'_> {
        builder::InviteBulkCreate::new(self)
    }
    /**Delete an invite

Admins, owners, and the member who made the invite.

Requires a personal API key with the scope `organization_member:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/invites/{invite_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `invite_id`: The invite's id.
```ignore
let response = client.invite_delete()
    .organization_id(organization_id)
    .invite_id(invite_id)
    .send()
    .await;
```*/
    pub fn invite_delete(&self) -> builder::InviteDelete<'_> {
        builder::InviteDelete::new(self)
    }
    /**List members

Filters: `email` (exact, case-insensitive), `updated_after`, `search` (in email and names), `levels` (comma-separated), `email_domain`, `outside_verified_domains`; `order` is `joined_at` or `-joined_at` (default). Unknown parameters are ignored.

Requires a personal API key with the scope `organization_member:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/members/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `email`: Only the member with this email address (case-insensitive).
- `email_domain`: Only members whose email address is on this domain (case-insensitive; a leading `@` is ignored).
- `levels`: Only members at these levels: a comma-separated list such as `1,8` (1 member, 8 admin, 15 owner; other entries match nobody).
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
- `order`: Sort order: `joined_at` or `-joined_at` (default).
- `outside_verified_domains`: When true, only members whose email domain is not one of the organization's verified domains.
- `search`: Only members whose email, first or last name contains this text (case-insensitive).
- `updated_after`: Only members whose membership changed after this time.
```ignore
let response = client.member_list()
    .organization_id(organization_id)
    .email(email)
    .email_domain(email_domain)
    .levels(levels)
    .limit(limit)
    .offset(offset)
    .order(order)
    .outside_verified_domains(outside_verified_domains)
    .search(search)
    .updated_after(updated_after)
    .send()
    .await;
```*/
    pub fn member_list(&self) -> builder::MemberList<'_> {
        builder::MemberList::new(self)
    }
    /**Update a member

Only `level` changes; a body without it changes nothing. You cannot change your own level; only an owner makes owners; nobody is raised above the editor's level; only admins edit others, and never someone above themselves.

Requires a personal API key with the scope `organization_member:write`.

Sends a `PUT` request to `/api/organizations/{organization_id}/members/{user_uuid}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `user_uuid`: The member's user UUID, or `@me`.
- `body`
```ignore
let response = client.member_update()
    .organization_id(organization_id)
    .user_uuid(user_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn member_update(&self) -> builder::MemberUpdate<'_> {
        builder::MemberUpdate::new(self)
    }
    /**Remove a member, or leave

Anyone may leave (`@me`); removing others needs admin and a level at least theirs. The last owner can neither leave nor be removed.

Requires a personal API key with the scope `organization_member:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/members/{user_uuid}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `user_uuid`: The member's user UUID, or `@me`.
```ignore
let response = client.member_delete()
    .organization_id(organization_id)
    .user_uuid(user_uuid)
    .send()
    .await;
```*/
    pub fn member_delete(&self) -> builder::MemberDelete<'_> {
        builder::MemberDelete::new(self)
    }
    /**Partially update a member

The same as PUT: only `level` changes, under the same rules.

Requires a personal API key with the scope `organization_member:write`.

Sends a `PATCH` request to `/api/organizations/{organization_id}/members/{user_uuid}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `user_uuid`: The member's user UUID, or `@me`.
- `body`
```ignore
let response = client.member_patch()
    .organization_id(organization_id)
    .user_uuid(user_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn member_patch(&self) -> builder::MemberPatch<'_> {
        builder::MemberPatch::new(self)
    }
    /**Fetch a member's GitHub username

orgbase links no GitHub identities, so `github_login` is always null; an unknown member is not found.

Requires a personal API key with the scope `organization_member:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/members/{user_uuid}/github_login/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `user_uuid`: The member's user UUID, or `@me`.
```ignore
let response = client.member_github_login()
    .organization_id(organization_id)
    .user_uuid(user_uuid)
    .send()
    .await;
```*/
    pub fn member_github_login(&self) -> builder::MemberGithubLogin<'_> {
        builder::MemberGithubLogin::new(self)
    }
    /**Summarize a member's API keys that reach the organization

For the member themself, or for an admin. Unlike PostHog, answers personal API keys (with `organization_member:read`).

Requires a personal API key with the scope `organization_member:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/members/{user_uuid}/scoped_api_keys/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `user_uuid`: The member's user UUID, or `@me`.
```ignore
let response = client.member_scoped_api_keys()
    .organization_id(organization_id)
    .user_uuid(user_uuid)
    .send()
    .await;
```*/
    pub fn member_scoped_api_keys(&self) -> builder::MemberScopedApiKeys<'_> {
        builder::MemberScopedApiKeys::new(self)
    }
    /**List proxy records

Not paginated, as in PostHog: every record, newest first, with the most the organization may have. Any member reads.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/proxy_records/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
```ignore
let response = client.proxy_record_list()
    .organization_id(organization_id)
    .send()
    .await;
```*/
    pub fn proxy_record_list(&self) -> builder::ProxyRecordList<'_> {
        builder::ProxyRecordList::new(self)
    }
    /**Create a proxy record

Needs membership level 8 (admin) or more. Point the domain's CNAME at the `target_cname` of the response: orgbase checks it in the background and moves the record to `valid` once it does (see the book's "Resources, rules and errors" for the schedule). 400 when the organization has `max_proxy_records` already, or another record has the domain. 201, as PostHog's schema says (its server answers 200).

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/proxy_records/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.proxy_record_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn proxy_record_create(&self) -> builder::ProxyRecordCreate<'_> {
        builder::ProxyRecordCreate::new(self)
    }
    /**Fetch a proxy record

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `proxy_record_id`: The proxy record's id.
```ignore
let response = client.proxy_record_view()
    .organization_id(organization_id)
    .proxy_record_id(proxy_record_id)
    .send()
    .await;
```*/
    pub fn proxy_record_view(&self) -> builder::ProxyRecordView<'_> {
        builder::ProxyRecordView::new(self)
    }
    /**Delete a proxy record

Needs membership level 8 (admin) or more. A record in `waiting`, `erroring` or `timed_out` goes at once; any other becomes `deleting` and goes with the next round of the provisioning task. 200 with `{"success": true}`, as PostHog's server answers (its schema says 204).

Requires a personal API key with the scope `organization:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `proxy_record_id`: The proxy record's id.
```ignore
let response = client.proxy_record_delete()
    .organization_id(organization_id)
    .proxy_record_id(proxy_record_id)
    .send()
    .await;
```*/
    pub fn proxy_record_delete(&self) -> builder::ProxyRecordDelete<'_> {
        builder::ProxyRecordDelete::new(self)
    }
    /**Diagnose a proxy record's DNS

Looks up the domain's CNAME and the CAA records up its tree, and says for each check what was found and what to change. At most once a minute per record (429 `throttled` sooner), so that nobody's DNS is hammered. Any member may call it.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/diagnose/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `proxy_record_id`: The proxy record's id.
```ignore
let response = client.proxy_record_diagnose()
    .organization_id(organization_id)
    .proxy_record_id(proxy_record_id)
    .send()
    .await;
```*/
    pub fn proxy_record_diagnose(&self) -> builder::ProxyRecordDiagnose<'_> {
        builder::ProxyRecordDiagnose::new(self)
    }
    /**Retry provisioning a proxy record

Needs membership level 8 (admin) or more. Only from `erroring`, `timed_out` or `issuing` (400 otherwise): back to `waiting`, with a new provisioning window.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/retry/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `proxy_record_id`: The proxy record's id.
```ignore
let response = client.proxy_record_retry()
    .organization_id(organization_id)
    .proxy_record_id(proxy_record_id)
    .send()
    .await;
```*/
    pub fn proxy_record_retry(&self) -> builder::ProxyRecordRetry<'_> {
        builder::ProxyRecordRetry::new(self)
    }
    /**List role external references

Ordered as PostHog orders them: by `provider`, `provider_organization_id` and `provider_role_slug` (compared as bytes; references without a slug after those with one), then by creation. Any member reads.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/role_external_references/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.role_external_reference_list()
    .organization_id(organization_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn role_external_reference_list(
        &self,
    ) -> builder::RoleExternalReferenceList<'_> {
        builder::RoleExternalReferenceList::new(self)
    }
    /**Map an external provider's role to a role

Needs membership level 8 (admin) or more. `role` must be a role of this organization (400 `does_not_exist` otherwise, as for a role that does not exist); the provider role (by `provider`, `provider_organization_id` and `provider_role_id`, or `provider_role_slug`, compared case-insensitively) may be mapped once per organization (400 otherwise).

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/role_external_references/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.role_external_reference_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn role_external_reference_create(
        &self,
    ) -> builder::RoleExternalReferenceCreate<'_> {
        builder::RoleExternalReferenceCreate::new(self)
    }
    /**Look up the role an external provider's role maps to

By `provider`, `provider_organization_id` and `provider_role_id` or `provider_role_slug` (one is needed; with both, either may match; compared case-insensitively). `reference` is null when nothing matches. Any member reads.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/role_external_references/lookup/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `provider`: Integration kind (e.g., github, linear, jira, slack): not blank.
- `provider_organization_id`: Provider organization/workspace/site identifier (compared case-insensitively): not blank.
- `provider_role_id`: Stable provider role identifier (compared case-insensitively).
- `provider_role_slug`: Human-friendly provider role identifier (compared case-insensitively).
```ignore
let response = client.role_external_reference_lookup()
    .organization_id(organization_id)
    .provider(provider)
    .provider_organization_id(provider_organization_id)
    .provider_role_id(provider_role_id)
    .provider_role_slug(provider_role_slug)
    .send()
    .await;
```*/
    pub fn role_external_reference_lookup(
        &self,
    ) -> builder::RoleExternalReferenceLookup<'_> {
        builder::RoleExternalReferenceLookup::new(self)
    }
    /**Delete a role external reference

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/role_external_references/{reference_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `reference_id`: The reference's id.
```ignore
let response = client.role_external_reference_delete()
    .organization_id(organization_id)
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn role_external_reference_delete(
        &self,
    ) -> builder::RoleExternalReferenceDelete<'_> {
        builder::RoleExternalReferenceDelete::new(self)
    }
    /**List roles

Ordered by name. Roles always belong to the organization in the path (a UUID or `@current` alike), never to the caller's current one.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/roles/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.role_list()
    .organization_id(organization_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn role_list(&self) -> builder::RoleList<'_> {
        builder::RoleList::new(self)
    }
    /**Create a role

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/roles/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `body`
```ignore
let response = client.role_create()
    .organization_id(organization_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn role_create(&self) -> builder::RoleCreate<'_> {
        builder::RoleCreate::new(self)
    }
    /**Fetch a role

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/roles/{role_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
```ignore
let response = client.role_view()
    .organization_id(organization_id)
    .role_id(role_id)
    .send()
    .await;
```*/
    pub fn role_view(&self) -> builder::RoleView<'_> {
        builder::RoleView::new(self)
    }
    /**Update a role

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `PUT` request to `/api/organizations/{organization_id}/roles/{role_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
- `body`
```ignore
let response = client.role_update()
    .organization_id(organization_id)
    .role_id(role_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn role_update(&self) -> builder::RoleUpdate<'_> {
        builder::RoleUpdate::new(self)
    }
    /**Delete a role

Needs membership level 8 (admin) or more. Its memberships go with it, and the organization's `default_role_id` is cleared if it named this role.

Requires a personal API key with the scope `organization:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/roles/{role_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
```ignore
let response = client.role_delete()
    .organization_id(organization_id)
    .role_id(role_id)
    .send()
    .await;
```*/
    pub fn role_delete(&self) -> builder::RoleDelete<'_> {
        builder::RoleDelete::new(self)
    }
    /**Partially update a role

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `PATCH` request to `/api/organizations/{organization_id}/roles/{role_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
- `body`
```ignore
let response = client.role_patch()
    .organization_id(organization_id)
    .role_id(role_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn role_patch(&self) -> builder::RolePatch<'_> {
        builder::RolePatch::new(self)
    }
    /**List a role's memberships

In the order they were added.

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.role_membership_list()
    .organization_id(organization_id)
    .role_id(role_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn role_membership_list(&self) -> builder::RoleMembershipList<'_> {
        builder::RoleMembershipList::new(self)
    }
    /**Add a member to a role

Needs membership level 8 (admin) or more. The user must be a member of the organization, and not in the role already.

Requires a personal API key with the scope `organization:write`.

Sends a `POST` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
- `body`
```ignore
let response = client.role_membership_create()
    .organization_id(organization_id)
    .role_id(role_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn role_membership_create(&self) -> builder::RoleMembershipCreate<'_> {
        builder::RoleMembershipCreate::new(self)
    }
    /**Fetch a role membership

Requires a personal API key with the scope `organization:read`.

Sends a `GET` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{role_membership_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
- `role_membership_id`: The role membership's id.
```ignore
let response = client.role_membership_view()
    .organization_id(organization_id)
    .role_id(role_id)
    .role_membership_id(role_membership_id)
    .send()
    .await;
```*/
    pub fn role_membership_view(&self) -> builder::RoleMembershipView<'_> {
        builder::RoleMembershipView::new(self)
    }
    /**Remove a member from a role

Needs membership level 8 (admin) or more.

Requires a personal API key with the scope `organization:write`.

Sends a `DELETE` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{role_membership_id}/`

Arguments:
- `organization_id`: A UUID string identifying this organization, or `@current`.
- `role_id`: The role's id.
- `role_membership_id`: The role membership's id.
```ignore
let response = client.role_membership_delete()
    .organization_id(organization_id)
    .role_id(role_id)
    .role_membership_id(role_membership_id)
    .send()
    .await;
```*/
    pub fn role_membership_delete(&self) -> builder::RoleMembershipDelete<'_> {
        builder::RoleMembershipDelete::new(self)
    }
    /**List the caller's personal API keys

Newest first.

Requires a personal API key with the scope `personal_api_key:read`.

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

Requires a personal API key with the scope `personal_api_key:write`.

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

`@current` is the key making the request; it needs no scope, so that any key can learn its own scopes (as PostHog's clients do before anything else). Another key of the caller's needs `personal_api_key:read`.

Requires a personal API key with the scope `personal_api_key:read`.

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

Requires a personal API key with the scope `personal_api_key:write`.

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
    /**Check an invite before accepting it

Valid when it exists, has not expired, is for the caller's email address (case-insensitively), and the caller is not a member yet; otherwise 400 with code `expired`, `invalid_recipient` or `user_already_member`.

Requires a personal API key with the scope `user:read`.

Sends a `GET` request to `/api/signup/{invite_id}/`

Arguments:
- `invite_id`: The invite's id.
```ignore
let response = client.signup_view()
    .invite_id(invite_id)
    .send()
    .await;
```*/
    pub fn signup_view(&self) -> builder::SignupView<'_> {
        builder::SignupView::new(self)
    }
    /**Accept an invite

Makes the caller a member at the invite's level, consumes the invite and switches the caller's current organization, all at once.

Requires a personal API key with the scope `user:write`.

Sends a `POST` request to `/api/signup/{invite_id}/`

Arguments:
- `invite_id`: The invite's id.
```ignore
let response = client.signup_accept()
    .invite_id(invite_id)
    .send()
    .await;
```*/
    pub fn signup_accept(&self) -> builder::SignupAccept<'_> {
        builder::SignupAccept::new(self)
    }
    /**List users

Staff users see every user; others see only themselves. Ordered by numeric id. Filters: `email` (exact, case-insensitive), `is_staff`.

Requires a personal API key with the scope `user:read`.

Sends a `GET` request to `/api/users/`

Arguments:
- `email`: Only the user with this email address (case-insensitive).
- `is_staff`: Only staff users (true) or only other users (false).
- `limit`: Number of results to return per page (default 100; values above 1000 are served as 1000).
- `offset`: The initial index from which to return the results (default 0).
```ignore
let response = client.user_list()
    .email(email)
    .is_staff(is_staff)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn user_list(&self) -> builder::UserList<'_> {
        builder::UserList::new(self)
    }
    /**Create a user (instance administration)

An orgbase extension for staff users: creates a user and, when asked for, a personal API key whose `value` is shown only in this response.

Requires a personal API key with the scope `user:write`.

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
    /**Fetch a user

`@me` (or the caller's own UUID) is the caller. Staff users may fetch anyone; for others another user is not found. With a key limited by `scoped_organizations`, only those organizations are shown: `organizations` is filtered, and `organization` and `team` are null when the current organization is outside the key's scope (unlike PostHog, which shows them).

Requires a personal API key with the scope `user:read`.

Sends a `GET` request to `/api/users/{uuid}/`

Arguments:
- `uuid`: The user's UUID, or `@me`.
```ignore
let response = client.user_view()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn user_view(&self) -> builder::UserView<'_> {
        builder::UserView::new(self)
    }
    /**Update the calling user

The same as PATCH: every field optional (PostHog requires them all on PUT). Only `@me` or the caller's own UUID.

Requires a personal API key with the scope `user:write`.

Sends a `PUT` request to `/api/users/{uuid}/`

Arguments:
- `uuid`: The user's UUID, or `@me`.
- `body`
```ignore
let response = client.user_update()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn user_update(&self) -> builder::UserUpdate<'_> {
        builder::UserUpdate::new(self)
    }
    /**Partially update the calling user

Names, `role_at_organization`, the preference fields, and the current organization or project (`set_current_organization`, `set_current_team`). Changing `email` or setting a `password` is refused with 400: orgbase has no email verification and no passwords. Only `@me` or the caller's own UUID.

Requires a personal API key with the scope `user:write`.

Sends a `PATCH` request to `/api/users/{uuid}/`

Arguments:
- `uuid`: The user's UUID, or `@me`.
- `body`
```ignore
let response = client.user_patch()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn user_patch(&self) -> builder::UserPatch<'_> {
        builder::UserPatch::new(self)
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
    /**Builder for [`Client::ready`]

[`Client::ready`]: super::Client::ready*/
    #[derive(Debug, Clone)]
    pub struct Ready<'a> {
        client: &'a super::Client,
    }
    impl<'a> Ready<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/_ready`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Health>, Error<types::ApiError>> {
            let Self { client } = self;
            let url = format!("{}/_ready", client.baseurl,);
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
                operation_id: "ready",
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
    /**Builder for [`Client::cimd_verification_token_match`]

[`Client::cimd_verification_token_match`]: super::Client::cimd_verification_token_match*/
    #[derive(Debug, Clone)]
    pub struct CimdVerificationTokenMatch<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CimdMatchRequest, String>,
    }
    impl<'a> CimdVerificationTokenMatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CimdMatchRequest>,
            <V as std::convert::TryInto<
                types::CimdMatchRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CimdMatchRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CimdMatchRequest,
            ) -> types::builder::CimdMatchRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/cimd_verification_tokens/match/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CimdMatch>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CimdMatchRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/cimd_verification_tokens/match/", client.baseurl,);
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
                operation_id: "cimd_verification_token_match",
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
    /**Builder for [`Client::cimd_verification_token_list`]

[`Client::cimd_verification_token_list`]: super::Client::cimd_verification_token_list*/
    #[derive(Debug, Clone)]
    pub struct CimdVerificationTokenList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> CimdVerificationTokenList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/cimd_verification_tokens/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedCimdVerificationTokenList>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, limit, offset } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/cimd_verification_tokens/", client.baseurl,
                encode_path(& organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "cimd_verification_token_list",
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
    /**Builder for [`Client::cimd_verification_token_create`]

[`Client::cimd_verification_token_create`]: super::Client::cimd_verification_token_create*/
    #[derive(Debug, Clone)]
    pub struct CimdVerificationTokenCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::CimdVerificationTokenCreate, String>,
    }
    impl<'a> CimdVerificationTokenCreate<'a> {
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
            V: std::convert::TryInto<types::CimdVerificationTokenCreate>,
            <V as std::convert::TryInto<
                types::CimdVerificationTokenCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CimdVerificationTokenCreate` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CimdVerificationTokenCreate,
            ) -> types::builder::CimdVerificationTokenCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/cimd_verification_tokens/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CimdVerificationToken>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CimdVerificationTokenCreate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/cimd_verification_tokens/", client.baseurl,
                encode_path(& organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "cimd_verification_token_create",
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
    /**Builder for [`Client::cimd_verification_token_view`]

[`Client::cimd_verification_token_view`]: super::Client::cimd_verification_token_view*/
    #[derive(Debug, Clone)]
    pub struct CimdVerificationTokenView<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        token_id: Result<::std::string::String, String>,
    }
    impl<'a> CimdVerificationTokenView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
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
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/cimd_verification_tokens/{token_id}/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CimdVerificationToken>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, token_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/cimd_verification_tokens/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& token_id
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
                operation_id: "cimd_verification_token_view",
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
    /**Builder for [`Client::cimd_verification_token_delete`]

[`Client::cimd_verification_token_delete`]: super::Client::cimd_verification_token_delete*/
    #[derive(Debug, Clone)]
    pub struct CimdVerificationTokenDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        token_id: Result<::std::string::String, String>,
    }
    impl<'a> CimdVerificationTokenDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
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
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/cimd_verification_tokens/{token_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, token_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/cimd_verification_tokens/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& token_id
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
                operation_id: "cimd_verification_token_delete",
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
    /**Builder for [`Client::domain_list`]

[`Client::domain_list`]: super::Client::domain_list*/
    #[derive(Debug, Clone)]
    pub struct DomainList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> DomainList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/domains/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedOrganizationDomainList>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, limit, offset } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "domain_list",
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
    /**Builder for [`Client::domain_create`]

[`Client::domain_create`]: super::Client::domain_create*/
    #[derive(Debug, Clone)]
    pub struct DomainCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationDomainCreate, String>,
    }
    impl<'a> DomainCreate<'a> {
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
            V: std::convert::TryInto<types::OrganizationDomainCreate>,
            <V as std::convert::TryInto<
                types::OrganizationDomainCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationDomainCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationDomainCreate,
            ) -> types::builder::OrganizationDomainCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/domains/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationDomain>, Error<types::ApiError>> {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationDomainCreate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "domain_create",
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
    /**Builder for [`Client::domain_view`]

[`Client::domain_view`]: super::Client::domain_view*/
    #[derive(Debug, Clone)]
    pub struct DomainView<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
    }
    impl<'a> DomainView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/domains/{domain_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationDomain>, Error<types::ApiError>> {
            let Self { client, organization_id, domain_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& domain_id.to_string()),
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
                operation_id: "domain_view",
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
    /**Builder for [`Client::domain_update`]

[`Client::domain_update`]: super::Client::domain_update*/
    #[derive(Debug, Clone)]
    pub struct DomainUpdate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationDomainPatch, String>,
    }
    impl<'a> DomainUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationDomainPatch>,
            <V as std::convert::TryInto<
                types::OrganizationDomainPatch,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationDomainPatch` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationDomainPatch,
            ) -> types::builder::OrganizationDomainPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/organizations/{organization_id}/domains/{domain_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationDomain>, Error<types::ApiError>> {
            let Self { client, organization_id, domain_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationDomainPatch::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& domain_id.to_string()),
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
                operation_id: "domain_update",
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
    /**Builder for [`Client::domain_delete`]

[`Client::domain_delete`]: super::Client::domain_delete*/
    #[derive(Debug, Clone)]
    pub struct DomainDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
    }
    impl<'a> DomainDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/domains/{domain_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, domain_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& domain_id.to_string()),
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
                operation_id: "domain_delete",
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
    /**Builder for [`Client::domain_patch`]

[`Client::domain_patch`]: super::Client::domain_patch*/
    #[derive(Debug, Clone)]
    pub struct DomainPatch<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationDomainPatch, String>,
    }
    impl<'a> DomainPatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationDomainPatch>,
            <V as std::convert::TryInto<
                types::OrganizationDomainPatch,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationDomainPatch` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationDomainPatch,
            ) -> types::builder::OrganizationDomainPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/organizations/{organization_id}/domains/{domain_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationDomain>, Error<types::ApiError>> {
            let Self { client, organization_id, domain_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationDomainPatch::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& domain_id.to_string()),
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
                operation_id: "domain_patch",
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
    /**Builder for [`Client::domain_scim_logs`]

[`Client::domain_scim_logs`]: super::Client::domain_scim_logs*/
    #[derive(Debug, Clone)]
    pub struct DomainScimLogs<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
        after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        before: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        status_max: Result<Option<u64>, String>,
        status_min: Result<Option<u64>, String>,
    }
    impl<'a> DomainScimLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
                after: Ok(None),
                before: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                status_max: Ok(None),
                status_min: Ok(None),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for after failed"
                        .to_string()
                });
            self
        }
        pub fn before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for before failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn status_max<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.status_max = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for status_max failed".to_string());
            self
        }
        pub fn status_min<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.status_min = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for status_min failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/domains/{domain_id}/scim/logs/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedScimRequestLogList>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                organization_id,
                domain_id,
                after,
                before,
                page,
                page_size,
                search,
                status_max,
                status_min,
            } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let after = after.map_err(Error::InvalidRequest)?;
            let before = before.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let status_max = status_max.map_err(Error::InvalidRequest)?;
            let status_min = status_min.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/scim/logs/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& domain_id
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
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("before", &before))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("status_max", &status_max))
                .query(&progenitor_client::QueryParam::new("status_min", &status_min))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "domain_scim_logs",
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
    /**Builder for [`Client::domain_scim_token`]

[`Client::domain_scim_token`]: super::Client::domain_scim_token*/
    #[derive(Debug, Clone)]
    pub struct DomainScimToken<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
    }
    impl<'a> DomainScimToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/domains/{domain_id}/scim/token/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationDomain>, Error<types::ApiError>> {
            let Self { client, organization_id, domain_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/scim/token/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& domain_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "domain_scim_token",
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
    /**Builder for [`Client::domain_verify`]

[`Client::domain_verify`]: super::Client::domain_verify*/
    #[derive(Debug, Clone)]
    pub struct DomainVerify<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        domain_id: Result<::std::string::String, String>,
    }
    impl<'a> DomainVerify<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                domain_id: Err("domain_id was not initialized".to_string()),
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
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for domain_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/domains/{domain_id}/verify/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationDomain>, Error<types::ApiError>> {
            let Self { client, organization_id, domain_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/domains/{}/verify/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& domain_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "domain_verify",
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
    /**Builder for [`Client::invite_list`]

[`Client::invite_list`]: super::Client::invite_list*/
    #[derive(Debug, Clone)]
    pub struct InviteList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> InviteList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/invites/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedOrganizationInviteList>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, limit, offset } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/invites/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invite_list",
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
    /**Builder for [`Client::invite_create`]

[`Client::invite_create`]: super::Client::invite_create*/
    #[derive(Debug, Clone)]
    pub struct InviteCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationInviteCreate, String>,
    }
    impl<'a> InviteCreate<'a> {
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
            V: std::convert::TryInto<types::OrganizationInviteCreate>,
            <V as std::convert::TryInto<
                types::OrganizationInviteCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationInviteCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationInviteCreate,
            ) -> types::builder::OrganizationInviteCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/invites/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationInvite>, Error<types::ApiError>> {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationInviteCreate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/invites/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invite_create",
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
    /**Builder for [`Client::invite_bulk_create`]

[`Client::invite_bulk_create`]: super::Client::invite_bulk_create*/
    #[derive(Debug, Clone)]
    pub struct InviteBulkCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<::std::vec::Vec<types::OrganizationInviteCreate>, String>,
    }
    impl<'a> InviteBulkCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
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
            V: std::convert::TryInto<::std::vec::Vec<types::OrganizationInviteCreate>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < OrganizationInviteCreate >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/invites/bulk/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::OrganizationInvite>>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/invites/bulk/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invite_bulk_create",
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
    /**Builder for [`Client::invite_delete`]

[`Client::invite_delete`]: super::Client::invite_delete*/
    #[derive(Debug, Clone)]
    pub struct InviteDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        invite_id: Result<::std::string::String, String>,
    }
    impl<'a> InviteDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                invite_id: Err("invite_id was not initialized".to_string()),
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
        pub fn invite_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invite_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invite_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/invites/{invite_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, invite_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let invite_id = invite_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/invites/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& invite_id.to_string()),
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
                operation_id: "invite_delete",
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
    /**Builder for [`Client::member_list`]

[`Client::member_list`]: super::Client::member_list*/
    #[derive(Debug, Clone)]
    pub struct MemberList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        email: Result<Option<::std::string::String>, String>,
        email_domain: Result<Option<::std::string::String>, String>,
        levels: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
        order: Result<Option<types::MemberOrder>, String>,
        outside_verified_domains: Result<Option<bool>, String>,
        search: Result<Option<::std::string::String>, String>,
        updated_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> MemberList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                email: Ok(None),
                email_domain: Ok(None),
                levels: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                order: Ok(None),
                outside_verified_domains: Ok(None),
                search: Ok(None),
                updated_after: Ok(None),
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
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn email_domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email_domain = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email_domain failed"
                        .to_string()
                });
            self
        }
        pub fn levels<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.levels = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for levels failed"
                        .to_string()
                });
            self
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
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MemberOrder>,
        {
            self.order = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `MemberOrder` for order failed".to_string());
            self
        }
        pub fn outside_verified_domains<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.outside_verified_domains = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for outside_verified_domains failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn updated_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.updated_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for updated_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/members/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedOrganizationMemberList>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                organization_id,
                email,
                email_domain,
                levels,
                limit,
                offset,
                order,
                outside_verified_domains,
                search,
                updated_after,
            } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let email = email.map_err(Error::InvalidRequest)?;
            let email_domain = email_domain.map_err(Error::InvalidRequest)?;
            let levels = levels.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let order = order.map_err(Error::InvalidRequest)?;
            let outside_verified_domains = outside_verified_domains
                .map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let updated_after = updated_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/members/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(
                    &progenitor_client::QueryParam::new("email_domain", &email_domain),
                )
                .query(&progenitor_client::QueryParam::new("levels", &levels))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("order", &order))
                .query(
                    &progenitor_client::QueryParam::new(
                        "outside_verified_domains",
                        &outside_verified_domains,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(
                    &progenitor_client::QueryParam::new("updated_after", &updated_after),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "member_list",
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
    /**Builder for [`Client::member_update`]

[`Client::member_update`]: super::Client::member_update*/
    #[derive(Debug, Clone)]
    pub struct MemberUpdate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        user_uuid: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationMemberUpdate, String>,
    }
    impl<'a> MemberUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                user_uuid: Err("user_uuid was not initialized".to_string()),
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
        pub fn user_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationMemberUpdate>,
            <V as std::convert::TryInto<
                types::OrganizationMemberUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationMemberUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationMemberUpdate,
            ) -> types::builder::OrganizationMemberUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/organizations/{organization_id}/members/{user_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationMember>, Error<types::ApiError>> {
            let Self { client, organization_id, user_uuid, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let user_uuid = user_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationMemberUpdate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/members/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& user_uuid.to_string()),
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
                operation_id: "member_update",
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
    /**Builder for [`Client::member_delete`]

[`Client::member_delete`]: super::Client::member_delete*/
    #[derive(Debug, Clone)]
    pub struct MemberDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        user_uuid: Result<::std::string::String, String>,
    }
    impl<'a> MemberDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                user_uuid: Err("user_uuid was not initialized".to_string()),
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
        pub fn user_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/members/{user_uuid}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, user_uuid } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let user_uuid = user_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/members/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& user_uuid.to_string()),
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
                operation_id: "member_delete",
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
    /**Builder for [`Client::member_patch`]

[`Client::member_patch`]: super::Client::member_patch*/
    #[derive(Debug, Clone)]
    pub struct MemberPatch<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        user_uuid: Result<::std::string::String, String>,
        body: Result<types::builder::OrganizationMemberUpdate, String>,
    }
    impl<'a> MemberPatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                user_uuid: Err("user_uuid was not initialized".to_string()),
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
        pub fn user_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationMemberUpdate>,
            <V as std::convert::TryInto<
                types::OrganizationMemberUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationMemberUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationMemberUpdate,
            ) -> types::builder::OrganizationMemberUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/organizations/{organization_id}/members/{user_uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationMember>, Error<types::ApiError>> {
            let Self { client, organization_id, user_uuid, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let user_uuid = user_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrganizationMemberUpdate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/members/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& user_uuid.to_string()),
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
                operation_id: "member_patch",
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
    /**Builder for [`Client::member_github_login`]

[`Client::member_github_login`]: super::Client::member_github_login*/
    #[derive(Debug, Clone)]
    pub struct MemberGithubLogin<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        user_uuid: Result<::std::string::String, String>,
    }
    impl<'a> MemberGithubLogin<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                user_uuid: Err("user_uuid was not initialized".to_string()),
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
        pub fn user_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/members/{user_uuid}/github_login/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GithubLogin>, Error<types::ApiError>> {
            let Self { client, organization_id, user_uuid } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let user_uuid = user_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/members/{}/github_login/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& user_uuid
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
                operation_id: "member_github_login",
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
    /**Builder for [`Client::member_scoped_api_keys`]

[`Client::member_scoped_api_keys`]: super::Client::member_scoped_api_keys*/
    #[derive(Debug, Clone)]
    pub struct MemberScopedApiKeys<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        user_uuid: Result<::std::string::String, String>,
    }
    impl<'a> MemberScopedApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                user_uuid: Err("user_uuid was not initialized".to_string()),
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
        pub fn user_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/members/{user_uuid}/scoped_api_keys/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScopedApiKeys>, Error<types::ApiError>> {
            let Self { client, organization_id, user_uuid } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let user_uuid = user_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/members/{}/scoped_api_keys/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& user_uuid
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
                operation_id: "member_scoped_api_keys",
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
    /**Builder for [`Client::proxy_record_list`]

[`Client::proxy_record_list`]: super::Client::proxy_record_list*/
    #[derive(Debug, Clone)]
    pub struct ProxyRecordList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
    }
    impl<'a> ProxyRecordList<'a> {
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/proxy_records/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProxyRecordList>, Error<types::ApiError>> {
            let Self { client, organization_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/proxy_records/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                operation_id: "proxy_record_list",
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
    /**Builder for [`Client::proxy_record_create`]

[`Client::proxy_record_create`]: super::Client::proxy_record_create*/
    #[derive(Debug, Clone)]
    pub struct ProxyRecordCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::ProxyRecordCreate, String>,
    }
    impl<'a> ProxyRecordCreate<'a> {
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
            V: std::convert::TryInto<types::ProxyRecordCreate>,
            <V as std::convert::TryInto<
                types::ProxyRecordCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ProxyRecordCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProxyRecordCreate,
            ) -> types::builder::ProxyRecordCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/proxy_records/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProxyRecord>, Error<types::ApiError>> {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ProxyRecordCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/proxy_records/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "proxy_record_create",
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
    /**Builder for [`Client::proxy_record_view`]

[`Client::proxy_record_view`]: super::Client::proxy_record_view*/
    #[derive(Debug, Clone)]
    pub struct ProxyRecordView<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        proxy_record_id: Result<::std::string::String, String>,
    }
    impl<'a> ProxyRecordView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                proxy_record_id: Err("proxy_record_id was not initialized".to_string()),
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
        pub fn proxy_record_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proxy_record_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proxy_record_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProxyRecord>, Error<types::ApiError>> {
            let Self { client, organization_id, proxy_record_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let proxy_record_id = proxy_record_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/proxy_records/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& proxy_record_id
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
                operation_id: "proxy_record_view",
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
    /**Builder for [`Client::proxy_record_delete`]

[`Client::proxy_record_delete`]: super::Client::proxy_record_delete*/
    #[derive(Debug, Clone)]
    pub struct ProxyRecordDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        proxy_record_id: Result<::std::string::String, String>,
    }
    impl<'a> ProxyRecordDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                proxy_record_id: Err("proxy_record_id was not initialized".to_string()),
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
        pub fn proxy_record_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proxy_record_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proxy_record_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProxyRecordDeleted>, Error<types::ApiError>> {
            let Self { client, organization_id, proxy_record_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let proxy_record_id = proxy_record_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/proxy_records/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& proxy_record_id
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
                operation_id: "proxy_record_delete",
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
    /**Builder for [`Client::proxy_record_diagnose`]

[`Client::proxy_record_diagnose`]: super::Client::proxy_record_diagnose*/
    #[derive(Debug, Clone)]
    pub struct ProxyRecordDiagnose<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        proxy_record_id: Result<::std::string::String, String>,
    }
    impl<'a> ProxyRecordDiagnose<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                proxy_record_id: Err("proxy_record_id was not initialized".to_string()),
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
        pub fn proxy_record_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proxy_record_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proxy_record_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/diagnose/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProxyRecordDiagnosis>, Error<types::ApiError>> {
            let Self { client, organization_id, proxy_record_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let proxy_record_id = proxy_record_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/proxy_records/{}/diagnose/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& proxy_record_id
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
                operation_id: "proxy_record_diagnose",
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
    /**Builder for [`Client::proxy_record_retry`]

[`Client::proxy_record_retry`]: super::Client::proxy_record_retry*/
    #[derive(Debug, Clone)]
    pub struct ProxyRecordRetry<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        proxy_record_id: Result<::std::string::String, String>,
    }
    impl<'a> ProxyRecordRetry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                proxy_record_id: Err("proxy_record_id was not initialized".to_string()),
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
        pub fn proxy_record_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proxy_record_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for proxy_record_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/retry/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProxyRecord>, Error<types::ApiError>> {
            let Self { client, organization_id, proxy_record_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let proxy_record_id = proxy_record_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/proxy_records/{}/retry/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& proxy_record_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "proxy_record_retry",
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
    /**Builder for [`Client::role_external_reference_list`]

[`Client::role_external_reference_list`]: super::Client::role_external_reference_list*/
    #[derive(Debug, Clone)]
    pub struct RoleExternalReferenceList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> RoleExternalReferenceList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/role_external_references/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedRoleExternalReferenceList>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, limit, offset } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/role_external_references/", client.baseurl,
                encode_path(& organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_external_reference_list",
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
    /**Builder for [`Client::role_external_reference_create`]

[`Client::role_external_reference_create`]: super::Client::role_external_reference_create*/
    #[derive(Debug, Clone)]
    pub struct RoleExternalReferenceCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::RoleExternalReferenceCreate, String>,
    }
    impl<'a> RoleExternalReferenceCreate<'a> {
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
            V: std::convert::TryInto<types::RoleExternalReferenceCreate>,
            <V as std::convert::TryInto<
                types::RoleExternalReferenceCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RoleExternalReferenceCreate` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RoleExternalReferenceCreate,
            ) -> types::builder::RoleExternalReferenceCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/role_external_references/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RoleExternalReference>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RoleExternalReferenceCreate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/role_external_references/", client.baseurl,
                encode_path(& organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_external_reference_create",
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
    /**Builder for [`Client::role_external_reference_lookup`]

[`Client::role_external_reference_lookup`]: super::Client::role_external_reference_lookup*/
    #[derive(Debug, Clone)]
    pub struct RoleExternalReferenceLookup<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        provider: Result<::std::string::String, String>,
        provider_organization_id: Result<::std::string::String, String>,
        provider_role_id: Result<Option<::std::string::String>, String>,
        provider_role_slug: Result<Option<::std::string::String>, String>,
    }
    impl<'a> RoleExternalReferenceLookup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                provider: Err("provider was not initialized".to_string()),
                provider_organization_id: Err(
                    "provider_organization_id was not initialized".to_string(),
                ),
                provider_role_id: Ok(None),
                provider_role_slug: Ok(None),
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
        pub fn provider<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.provider = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for provider failed"
                        .to_string()
                });
            self
        }
        pub fn provider_organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.provider_organization_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for provider_organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn provider_role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.provider_role_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for provider_role_id failed"
                        .to_string()
                });
            self
        }
        pub fn provider_role_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.provider_role_slug = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for provider_role_slug failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/role_external_references/lookup/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RoleLookupResponse>, Error<types::ApiError>> {
            let Self {
                client,
                organization_id,
                provider,
                provider_organization_id,
                provider_role_id,
                provider_role_slug,
            } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let provider = provider.map_err(Error::InvalidRequest)?;
            let provider_organization_id = provider_organization_id
                .map_err(Error::InvalidRequest)?;
            let provider_role_id = provider_role_id.map_err(Error::InvalidRequest)?;
            let provider_role_slug = provider_role_slug.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/role_external_references/lookup/", client
                .baseurl, encode_path(& organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("provider", &provider))
                .query(
                    &progenitor_client::QueryParam::new(
                        "provider_organization_id",
                        &provider_organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "provider_role_id",
                        &provider_role_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "provider_role_slug",
                        &provider_role_slug,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_external_reference_lookup",
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
    /**Builder for [`Client::role_external_reference_delete`]

[`Client::role_external_reference_delete`]: super::Client::role_external_reference_delete*/
    #[derive(Debug, Clone)]
    pub struct RoleExternalReferenceDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        reference_id: Result<::std::string::String, String>,
    }
    impl<'a> RoleExternalReferenceDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                reference_id: Err("reference_id was not initialized".to_string()),
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
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for reference_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/role_external_references/{reference_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, reference_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/role_external_references/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& reference_id
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
                operation_id: "role_external_reference_delete",
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
    /**Builder for [`Client::role_list`]

[`Client::role_list`]: super::Client::role_list*/
    #[derive(Debug, Clone)]
    pub struct RoleList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> RoleList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/roles/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedRoleList>, Error<types::ApiError>> {
            let Self { client, organization_id, limit, offset } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_list",
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
    /**Builder for [`Client::role_create`]

[`Client::role_create`]: super::Client::role_create*/
    #[derive(Debug, Clone)]
    pub struct RoleCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        body: Result<types::builder::RoleCreate, String>,
    }
    impl<'a> RoleCreate<'a> {
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
            V: std::convert::TryInto<types::RoleCreate>,
            <V as std::convert::TryInto<types::RoleCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RoleCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RoleCreate,
            ) -> types::builder::RoleCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/roles/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Role>, Error<types::ApiError>> {
            let Self { client, organization_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::RoleCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/", client.baseurl, encode_path(&
                organization_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_create",
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
    /**Builder for [`Client::role_view`]

[`Client::role_view`]: super::Client::role_view*/
    #[derive(Debug, Clone)]
    pub struct RoleView<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
    }
    impl<'a> RoleView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/roles/{role_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Role>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& role_id.to_string()),
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
                operation_id: "role_view",
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
    /**Builder for [`Client::role_update`]

[`Client::role_update`]: super::Client::role_update*/
    #[derive(Debug, Clone)]
    pub struct RoleUpdate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
        body: Result<types::builder::RoleCreate, String>,
    }
    impl<'a> RoleUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RoleCreate>,
            <V as std::convert::TryInto<types::RoleCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RoleCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RoleCreate,
            ) -> types::builder::RoleCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/organizations/{organization_id}/roles/{role_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Role>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::RoleCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& role_id.to_string()),
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
                operation_id: "role_update",
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
    /**Builder for [`Client::role_delete`]

[`Client::role_delete`]: super::Client::role_delete*/
    #[derive(Debug, Clone)]
    pub struct RoleDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
    }
    impl<'a> RoleDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/roles/{role_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& role_id.to_string()),
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
                operation_id: "role_delete",
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
    /**Builder for [`Client::role_patch`]

[`Client::role_patch`]: super::Client::role_patch*/
    #[derive(Debug, Clone)]
    pub struct RolePatch<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
        body: Result<types::builder::RolePatch, String>,
    }
    impl<'a> RolePatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RolePatch>,
            <V as std::convert::TryInto<types::RolePatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RolePatch` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::RolePatch) -> types::builder::RolePatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/organizations/{organization_id}/roles/{role_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Role>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::RolePatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/", client.baseurl, encode_path(&
                organization_id.to_string()), encode_path(& role_id.to_string()),
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
                operation_id: "role_patch",
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
    /**Builder for [`Client::role_membership_list`]

[`Client::role_membership_list`]: super::Client::role_membership_list*/
    #[derive(Debug, Clone)]
    pub struct RoleMembershipList<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> RoleMembershipList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedRoleMembershipList>,
            Error<types::ApiError>,
        > {
            let Self { client, organization_id, role_id, limit, offset } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/role_memberships/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& role_id
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_membership_list",
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
    /**Builder for [`Client::role_membership_create`]

[`Client::role_membership_create`]: super::Client::role_membership_create*/
    #[derive(Debug, Clone)]
    pub struct RoleMembershipCreate<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
        body: Result<types::builder::RoleMembershipCreate, String>,
    }
    impl<'a> RoleMembershipCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RoleMembershipCreate>,
            <V as std::convert::TryInto<
                types::RoleMembershipCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RoleMembershipCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RoleMembershipCreate,
            ) -> types::builder::RoleMembershipCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RoleMembership>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id, body } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RoleMembershipCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/role_memberships/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& role_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "role_membership_create",
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
    /**Builder for [`Client::role_membership_view`]

[`Client::role_membership_view`]: super::Client::role_membership_view*/
    #[derive(Debug, Clone)]
    pub struct RoleMembershipView<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
        role_membership_id: Result<::std::string::String, String>,
    }
    impl<'a> RoleMembershipView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
                role_membership_id: Err(
                    "role_membership_id was not initialized".to_string(),
                ),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn role_membership_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_membership_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_membership_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{role_membership_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RoleMembership>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id, role_membership_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let role_membership_id = role_membership_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/role_memberships/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& role_id
                .to_string()), encode_path(& role_membership_id.to_string()),
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
                operation_id: "role_membership_view",
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
    /**Builder for [`Client::role_membership_delete`]

[`Client::role_membership_delete`]: super::Client::role_membership_delete*/
    #[derive(Debug, Clone)]
    pub struct RoleMembershipDelete<'a> {
        client: &'a super::Client,
        organization_id: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
        role_membership_id: Result<::std::string::String, String>,
    }
    impl<'a> RoleMembershipDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Err("organization_id was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
                role_membership_id: Err(
                    "role_membership_id was not initialized".to_string(),
                ),
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
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn role_membership_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_membership_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_membership_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{role_membership_id}/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, organization_id, role_id, role_membership_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let role_membership_id = role_membership_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/organizations/{}/roles/{}/role_memberships/{}/", client.baseurl,
                encode_path(& organization_id.to_string()), encode_path(& role_id
                .to_string()), encode_path(& role_membership_id.to_string()),
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
                operation_id: "role_membership_delete",
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
    /**Builder for [`Client::signup_view`]

[`Client::signup_view`]: super::Client::signup_view*/
    #[derive(Debug, Clone)]
    pub struct SignupView<'a> {
        client: &'a super::Client,
        invite_id: Result<::std::string::String, String>,
    }
    impl<'a> SignupView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invite_id: Err("invite_id was not initialized".to_string()),
            }
        }
        pub fn invite_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invite_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invite_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/signup/{invite_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InviteSignupCheck>, Error<types::ApiError>> {
            let Self { client, invite_id } = self;
            let invite_id = invite_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/signup/{}/", client.baseurl, encode_path(& invite_id
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
                operation_id: "signup_view",
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
    /**Builder for [`Client::signup_accept`]

[`Client::signup_accept`]: super::Client::signup_accept*/
    #[derive(Debug, Clone)]
    pub struct SignupAccept<'a> {
        client: &'a super::Client,
        invite_id: Result<::std::string::String, String>,
    }
    impl<'a> SignupAccept<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invite_id: Err("invite_id was not initialized".to_string()),
            }
        }
        pub fn invite_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invite_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invite_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/signup/{invite_id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
            let Self { client, invite_id } = self;
            let invite_id = invite_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/signup/{}/", client.baseurl, encode_path(& invite_id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "signup_accept",
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
    /**Builder for [`Client::user_list`]

[`Client::user_list`]: super::Client::user_list*/
    #[derive(Debug, Clone)]
    pub struct UserList<'a> {
        client: &'a super::Client,
        email: Result<Option<::std::string::String>, String>,
        is_staff: Result<Option<bool>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<u64>, String>,
    }
    impl<'a> UserList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email: Ok(None),
                is_staff: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn is_staff<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.is_staff = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for is_staff failed".to_string());
            self
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
        ///Sends a `GET` request to `/api/users/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedUserList>, Error<types::ApiError>> {
            let Self { client, email, is_staff, limit, offset } = self;
            let email = email.map_err(Error::InvalidRequest)?;
            let is_staff = is_staff.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("is_staff", &is_staff))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_list",
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
    /**Builder for [`Client::user_view`]

[`Client::user_view`]: super::Client::user_view*/
    #[derive(Debug, Clone)]
    pub struct UserView<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> UserView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/users/{uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/users/{}/", client.baseurl, encode_path(& uuid.to_string()),
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
                operation_id: "user_view",
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
    /**Builder for [`Client::user_update`]

[`Client::user_update`]: super::Client::user_update*/
    #[derive(Debug, Clone)]
    pub struct UserUpdate<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UserPatch, String>,
    }
    impl<'a> UserUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
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
        ///Sends a `PUT` request to `/api/users/{uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UserPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/users/{}/", client.baseurl, encode_path(& uuid.to_string()),
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
                operation_id: "user_update",
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
    /**Builder for [`Client::user_patch`]

[`Client::user_patch`]: super::Client::user_patch*/
    #[derive(Debug, Clone)]
    pub struct UserPatch<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UserPatch, String>,
    }
    impl<'a> UserPatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
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
        ///Sends a `PATCH` request to `/api/users/{uuid}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UserPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/users/{}/", client.baseurl, encode_path(& uuid.to_string()),
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
                operation_id: "user_patch",
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
