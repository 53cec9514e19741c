//! The one error body every orgbase response uses: PostHog's
//! `{type, code, detail, attr}` (drf-exceptions-hog).
//!
//! ## Why a custom `HttpResponseError`
//! Dropshot's default error body is `{request_id, error_code, message}`.
//! PostHog clients parse `type`, `code`, `detail` and `attr`, so every
//! endpoint returns [`ApiError`]. Dropshot routes the errors that its own
//! extractors raise through `From<HttpError>`, so those come out in the same
//! shape. The one exception is the router: an unknown path (404) or a wrong
//! method on a known path (405) is answered before any handler runs, with
//! Dropshot's own body (see the book's "Where orgbase differs from PostHog").

use dropshot::ErrorStatusCode;
use dropshot::HttpError;
use dropshot::HttpResponseError;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Serialize;

/// The class of an error, as PostHog's `type` field names it.
#[derive(
    Clone, Copy, Debug, Deserialize, Eq, JsonSchema, PartialEq, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ErrorType {
    /// The request body or a parameter failed validation.
    ValidationError,
    /// Missing or invalid credentials, or not allowed to do this.
    AuthenticationError,
    /// The request cannot be served as sent (not found, bad syntax, ...).
    InvalidRequest,
    /// Something failed inside the server.
    ServerError,
    /// Too many requests.
    ThrottledError,
}

/// An error response: `{type, code, detail, attr}`.
#[derive(Clone, Debug, Deserialize, JsonSchema, Serialize)]
#[schemars(rename = "ApiError")]
pub struct ApiError {
    /// The class of the error.
    #[serde(rename = "type")]
    pub error_type: ErrorType,
    /// A stable machine-readable code, such as `required`, `max_length`,
    /// `not_found` or `permission_denied`.
    pub code: String,
    /// A human-readable message.
    pub detail: String,
    /// The request field the error is about (nested names joined with
    /// `__`), or null.
    pub attr: Option<String>,
    /// The HTTP status this error is sent with.
    #[serde(skip)]
    #[schemars(skip)]
    pub status: u16,
    /// What went wrong inside the server: logged, never sent.
    #[serde(skip)]
    #[schemars(skip)]
    pub internal_message: Option<String>,
    /// For a 429: the seconds to wait, sent as `Retry-After` (see
    /// [`super::reply`]).
    #[serde(skip)]
    #[schemars(skip)]
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with the given status and fields.
    pub fn new(
        status: u16,
        error_type: ErrorType,
        code: impl Into<String>,
        detail: impl Into<String>,
        attr: Option<String>,
    ) -> ApiError {
        ApiError {
            error_type,
            code: code.into(),
            detail: detail.into(),
            attr,
            status,
            internal_message: None,
            retry_after: None,
        }
    }

    /// A 400 validation error about one field.
    pub fn validation(
        code: impl Into<String>,
        detail: impl Into<String>,
        attr: Option<String>,
    ) -> ApiError {
        ApiError::new(400, ErrorType::ValidationError, code, detail, attr)
    }

    /// A 400 `invalid_request` error that names no field.
    pub fn invalid_request(
        code: impl Into<String>,
        detail: impl Into<String>,
    ) -> ApiError {
        ApiError::new(400, ErrorType::InvalidRequest, code, detail, None)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.status, self.code, self.detail)?;
        match &self.internal_message {
            Some(message) => write!(f, " [{message}]"),
            None => Ok(()),
        }
    }
}

impl HttpResponseError for ApiError {
    fn status_code(&self) -> ErrorStatusCode {
        ErrorStatusCode::from_u16(self.status)
            .unwrap_or(ErrorStatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// Errors that Dropshot itself raises (body size, path or header
/// extraction, ...) are given PostHog's shape by their status code.
impl From<HttpError> for ApiError {
    fn from(error: HttpError) -> ApiError {
        let status = error.status_code.as_u16();
        let detail = error.external_message;
        let (status, error_type, code) = match status {
            400 if detail.contains("exceeded maximum size") => {
                (413, ErrorType::InvalidRequest, "request_too_large")
            }
            400 => (400, ErrorType::InvalidRequest, "parse_error"),
            401 => (401, ErrorType::AuthenticationError, "not_authenticated"),
            403 => (403, ErrorType::AuthenticationError, "permission_denied"),
            404 => (404, ErrorType::InvalidRequest, "not_found"),
            405 => (405, ErrorType::InvalidRequest, "method_not_allowed"),
            406 => (406, ErrorType::InvalidRequest, "not_acceptable"),
            413 => (413, ErrorType::InvalidRequest, "request_too_large"),
            415 => (415, ErrorType::InvalidRequest, "unsupported_media_type"),
            429 => (429, ErrorType::ThrottledError, "throttled"),
            _ if status < 500 => {
                (status, ErrorType::InvalidRequest, "invalid_request")
            }
            _ => (status, ErrorType::ServerError, "error"),
        };
        let detail = if error_type == ErrorType::ServerError {
            "A server error occurred.".to_string()
        } else {
            detail
        };
        ApiError::new(status, error_type, code, detail, None)
    }
}
