//! The HTTP-agnostic error of the application layer, and its one mapping
//! to the wire's [`ApiError`] (status, `type`, `code`, `detail`, `attr`).

use crate::api::ApiError;
use crate::api::ErrorType;
use crate::store::StoreError;

pub const DETAIL_NOT_AUTHENTICATED: &str =
    "Authentication credentials were not provided.";
pub const DETAIL_LEVEL_INSUFFICIENT: &str =
    "Your organization access level is insufficient.";
/// PostHog's detail for an organization that does not exist (or that the
/// caller may not see).
pub const DETAIL_ORGANIZATION_NOT_FOUND: &str = "Not found.";

/// The `code` of a validation error (400), as PostHog names each: Django
/// REST framework's field codes (`invalid`, `required`, `unique`, ...) and
/// PostHog's own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Code {
    AlreadyMember,
    AlreadyVerified,
    Blank,
    DoesNotExist,
    Expired,
    Invalid,
    InvalidChoice,
    InvalidRecipient,
    LastOwner,
    LastStaff,
    MaxLength,
    MaxProxyRecords,
    MinValue,
    Required,
    SamlRequired,
    ScimNotEnabled,
    Unique,
    Unsupported,
    UserAlreadyMember,
    VerificationRequired,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::AlreadyMember => "already_member",
            Code::AlreadyVerified => "already_verified",
            Code::Blank => "blank",
            Code::DoesNotExist => "does_not_exist",
            Code::Expired => "expired",
            Code::Invalid => "invalid",
            Code::InvalidChoice => "invalid_choice",
            Code::InvalidRecipient => "invalid_recipient",
            Code::LastOwner => "last_owner",
            Code::LastStaff => "last_staff",
            Code::MaxLength => "max_length",
            Code::MaxProxyRecords => "max_proxy_records",
            Code::MinValue => "min_value",
            Code::Required => "required",
            Code::SamlRequired => "saml_required",
            Code::ScimNotEnabled => "scim_not_enabled",
            Code::Unique => "unique",
            Code::Unsupported => "unsupported",
            Code::UserAlreadyMember => "user_already_member",
            Code::VerificationRequired => "verification_required",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why an application operation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No credentials were sent.
    #[error("not authenticated")]
    NotAuthenticated,
    /// Credentials were sent (where `found_in` says, in PostHog's words:
    /// "Authorization header", "body", "query string") but are not valid.
    #[error("authentication failed")]
    AuthenticationFailed { found_in: &'static str },
    /// The caller may not do this.
    #[error("permission denied: {detail}")]
    PermissionDenied { detail: String },
    /// The object does not exist, or the caller may not see it.
    #[error("not found: {detail}")]
    NotFound { detail: String },
    /// The request conflicts with what is stored (a name taken).
    #[error("conflict: {detail}")]
    Conflict { detail: String },
    /// The request's `Idempotency-Key` cannot be used for it.
    #[error("idempotency key refused: {0:?}")]
    Idempotency(IdempotencyRefusal),
    /// A field (or the request as a whole, `attr` None) is invalid.
    #[error("invalid {attr:?} ({code}): {detail}")]
    Invalid { code: Code, detail: String, attr: Option<String> },
    /// Asked again too soon; may be asked again after `wait_seconds`.
    #[error("throttled for {wait_seconds} s")]
    Throttled { wait_seconds: u64 },
    /// Something failed inside orgbase; the message is logged, not sent.
    #[error("internal error: {internal_message}")]
    Internal { internal_message: String },
    /// orgbase cannot serve now, for `reason`; the message is logged,
    /// not sent.
    #[error("unavailable: {internal_message}")]
    Unavailable { reason: Unavailability, internal_message: String },
}

/// Why a request's `Idempotency-Key` was refused (the IETF draft's
/// answers, and Stripe's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdempotencyRefusal {
    /// Not 1 to 255 printable ASCII characters (400).
    Malformed,
    /// The key is held by a request still running (409).
    InUse,
    /// The key was used for another request (422).
    Reused,
}

/// Why orgbase cannot serve a request now (each a 503 with its own code).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unavailability {
    /// The store does not answer (a database that is down or restarting).
    Store,
    /// The storage is full: the write was refused before anything changed.
    StorageFull,
    /// The storage failed while saving a write: the server restarts to
    /// recover.
    StorageFailed,
    /// The connection to the database was lost after the write's commit
    /// was sent: it may or may not have been applied.
    OutcomeUnknown,
    /// The write was applied, but its answer could not be made (the
    /// storage went away before it was read back).
    AnswerLost,
}

impl Error {
    pub fn permission_denied(detail: impl Into<String>) -> Error {
        Error::PermissionDenied { detail: detail.into() }
    }

    pub fn not_found(detail: impl Into<String>) -> Error {
        Error::NotFound { detail: detail.into() }
    }

    /// Not found, for an object other than an organization.
    pub fn object_not_found() -> Error {
        Error::not_found("Not found.")
    }

    pub fn organization_not_found() -> Error {
        Error::not_found(DETAIL_ORGANIZATION_NOT_FOUND)
    }

    pub fn invalid(attr: &str, code: Code, detail: impl Into<String>) -> Error {
        Error::Invalid {
            code,
            detail: detail.into(),
            attr: Some(attr.to_string()),
        }
    }
}

impl From<StoreError> for Error {
    fn from(error: StoreError) -> Error {
        match error {
            StoreError::EmailTaken => Error::invalid(
                "email",
                Code::Unique,
                "A user with this email address already exists.",
            ),
            StoreError::NotFound => Error::object_not_found(),
            StoreError::GuardNotMember => Error::organization_not_found(),
            StoreError::GuardLevel => {
                Error::permission_denied(DETAIL_LEVEL_INSUFFICIENT)
            }
            StoreError::RoleNameTaken => Error::invalid(
                "name",
                Code::Unique,
                "A role with this name already exists in this organization.",
            ),
            StoreError::UnknownRole => Error::invalid(
                "default_role_id",
                Code::Invalid,
                "Role does not exist in this organization.",
            ),
            StoreError::NotAMember => Error::invalid(
                "user_uuid",
                Code::Invalid,
                "User is not a member of this organization.",
            ),
            StoreError::AlreadyInRole => Error::invalid(
                "user_uuid",
                Code::Unique,
                "User is already in this role.",
            ),
            StoreError::DomainTaken => Error::invalid(
                "domain",
                Code::Unique,
                "organization domain with this domain already exists.",
            ),
            StoreError::ReferenceTaken => Error::Invalid {
                code: Code::Invalid,
                detail: "A role external reference with this provider, \
                         organization, and role identifier already exists."
                    .to_string(),
                attr: None,
            },
            StoreError::ProxyDomainTaken => Error::invalid(
                "domain",
                Code::Unique,
                "proxy record with this domain already exists.",
            ),
            StoreError::LimitReached { max } => Error::Invalid {
                code: Code::Invalid,
                detail: format!("Maximum of {max} per organization."),
                attr: None,
            },
            StoreError::LastOwner => Error::Invalid {
                code: Code::LastOwner,
                detail: "An organization must keep at least one owner."
                    .to_string(),
                attr: None,
            },
            StoreError::Unavailable(internal_message) => Error::Unavailable {
                reason: Unavailability::Store,
                internal_message,
            },
            StoreError::IdempotencyKeyTaken => {
                Error::Idempotency(IdempotencyRefusal::InUse)
            }
            StoreError::OutcomeUnknown(internal_message) => {
                Error::Unavailable {
                    reason: Unavailability::OutcomeUnknown,
                    internal_message,
                }
            }
            StoreError::StorageFull(internal_message) => Error::Unavailable {
                reason: Unavailability::StorageFull,
                internal_message,
            },
            StoreError::StorageFailed(internal_message) => Error::Unavailable {
                reason: Unavailability::StorageFailed,
                internal_message,
            },
            StoreError::SlugUnavailable
            | StoreError::ScimOwner
            | StoreError::StaffWitness
            | StoreError::Stale
            | StoreError::NotEmpty
            | StoreError::ImportSource(_)
            | StoreError::Open(_)
            | StoreError::Internal(_) => {
                Error::Internal { internal_message: error.to_string() }
            }
        }
    }
}

impl From<Error> for ApiError {
    fn from(error: Error) -> ApiError {
        match error {
            Error::NotAuthenticated => ApiError::new(
                401,
                ErrorType::AuthenticationError,
                "not_authenticated",
                DETAIL_NOT_AUTHENTICATED,
                None,
            ),
            Error::AuthenticationFailed { found_in } => ApiError::new(
                401,
                ErrorType::AuthenticationError,
                "authentication_failed",
                format!(
                    "Personal API key found in request {found_in} is invalid."
                ),
                None,
            ),
            Error::PermissionDenied { detail } => ApiError::new(
                403,
                ErrorType::AuthenticationError,
                "permission_denied",
                detail,
                None,
            ),
            Error::NotFound { detail } => ApiError::new(
                404,
                ErrorType::InvalidRequest,
                "not_found",
                detail,
                None,
            ),
            Error::Invalid { code, detail, attr } => {
                ApiError::validation(code.as_str(), detail, attr)
            }
            // PostHog's `Conflict`.
            Error::Conflict { detail } => ApiError::new(
                409,
                ErrorType::InvalidRequest,
                "conflict",
                detail,
                None,
            ),
            Error::Idempotency(refusal) => {
                let (status, kind, code, detail) = match refusal {
                    IdempotencyRefusal::Malformed => (
                        400,
                        ErrorType::ValidationError,
                        "invalid_idempotency_key",
                        "The Idempotency-Key header must be 1 to 255 \
                         printable ASCII characters.",
                    ),
                    IdempotencyRefusal::InUse => (
                        409,
                        ErrorType::InvalidRequest,
                        "idempotency_key_in_use",
                        "A request with this Idempotency-Key is still being \
                         processed. Try again later.",
                    ),
                    IdempotencyRefusal::Reused => (
                        422,
                        ErrorType::InvalidRequest,
                        "idempotency_key_reused",
                        "This Idempotency-Key was used for a different \
                         request. Use a new key for a new request.",
                    ),
                };
                ApiError::new(status, kind, code, detail, None)
            }
            // Django REST framework's `Throttled`, with its `Retry-After`.
            Error::Throttled { wait_seconds } => ApiError {
                retry_after: Some(wait_seconds),
                ..ApiError::new(
                    429,
                    ErrorType::ThrottledError,
                    "throttled",
                    throttled_detail(wait_seconds),
                    None,
                )
            },
            Error::Internal { internal_message } => server_error(
                500,
                "error",
                "A server error occurred.",
                internal_message,
            ),
            Error::Unavailable { reason, internal_message } => {
                let (code, detail) = match reason {
                    // Django REST framework's `ServiceUnavailable`.
                    Unavailability::Store => (
                        "service_unavailable",
                        "Service temporarily unavailable, try again later.",
                    ),
                    Unavailability::StorageFull => (
                        "storage_full",
                        "The server's storage is full: nothing was changed. \
                         Try again later.",
                    ),
                    Unavailability::StorageFailed => (
                        "storage_failed",
                        "The server's storage failed while saving: the \
                         change may or may not have been kept, and the \
                         server restarts to recover. Read it back before \
                         trying again.",
                    ),
                    Unavailability::AnswerLost => (
                        "answer_unavailable",
                        "The change was applied, but its answer could not be \
                         read. Read it back, or send the request again with \
                         the same Idempotency-Key.",
                    ),
                    Unavailability::OutcomeUnknown => (
                        "outcome_unknown",
                        "The connection to the database was lost after the \
                         change was sent: it may or may not have been \
                         applied. Read it back before trying again.",
                    ),
                };
                server_error(503, code, detail, internal_message)
            }
        }
    }
}

/// A server-side error: the detail is generic, the cause is logged only.
fn server_error(
    status: u16,
    code: &str,
    detail: &str,
    internal_message: String,
) -> ApiError {
    let mut api_error =
        ApiError::new(status, ErrorType::ServerError, code, detail, None);
    api_error.internal_message = Some(internal_message);
    api_error
}

/// Django REST framework's detail of a 429 (`Throttled`), for a wait of
/// `wait_seconds`.
pub fn throttled_detail(wait_seconds: u64) -> String {
    let unit = if wait_seconds == 1 { "second" } else { "seconds" };
    format!(
        "Request was throttled. Expected available in {wait_seconds} {unit}."
    )
}
