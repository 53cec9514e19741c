//! What SCIM's operations and the HTTP layer (`http::scim`) exchange:
//! the request's tenant, the resource answered, the change and its
//! precondition, the error by meaning, the request and answer to log,
//! and the protocol's schema names and page sizes. A leaf of `app::scim`:
//! `app` re-exports these, and the operations, the discovery documents
//! and the log all take them from here.

use super::patch;
use crate::store::activity::Actor;
use crate::store::records::DomainRecord;
use crate::store::Guard;
use crate::store::StoreError;
use serde_json::Value;
use std::time::Duration;
use uuid::Uuid;

pub(super) const USER_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:core:2.0:User";
pub(super) const GROUP_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:core:2.0:Group";
pub(super) const LIST_SCHEMA: &str =
    "urn:ietf:params:scim:api:messages:2.0:ListResponse";
/// Default and largest page of a list.
pub(super) const DEFAULT_COUNT: u64 = 100;
pub(super) const MAX_COUNT: u64 = 1000;

/// The domain and the guard of an authenticated SCIM request.
pub struct ScimTenant {
    pub(super) domain: DomainRecord,
    pub(super) guard: Guard,
    /// `<external URL>/scim/v2/<domain id>`, for `location`s.
    pub(super) base_url: String,
    /// The identity provider, as the activity log names who makes its
    /// changes: no user, its client, the domain in each entry's context.
    pub(super) actor: Actor,
}

impl ScimTenant {
    pub fn domain_id(&self) -> Uuid {
        self.domain.id
    }
}

/// A resource as an operation answers it: its representation, with its
/// version (`meta.version`, which HTTP sends as `ETag`) and its
/// `meta.location`.
pub struct ScimResource {
    pub body: Value,
    pub version: String,
    pub location: String,
}

/// What a write to one resource does.
pub enum ScimChange<'a> {
    /// The body (JSON) is the whole resource (PUT).
    Replace(&'a [u8]),
    /// The body (JSON) is a PatchOp (PATCH).
    Patch(&'a [u8]),
    Delete,
}

/// A write's condition on the resource's version (HTTP's `If-Match`).
pub enum ScimPrecondition {
    Unconditional,
    /// Whatever its version (`*`).
    AnyVersion,
    /// One of these entity tags, compared weakly (without `W/`).
    OneOf(Vec<String>),
}

/// Refuses a request with a NUL character in its query, before any work
/// (its body: [`parse_body`](super::parse_body)): no attribute, filter or name may hold one.
/// PostgreSQL cannot store it in text or JSON, and no identity provider
/// sends it, so both stores answer the same, and nothing is changed that
/// its log could not record.
pub fn scim_refuse_nul(query: Option<&str>) -> Result<(), ScimError> {
    let in_query = query.is_some_and(|query| {
        form_urlencoded::parse(query.as_bytes())
            .any(|(name, value)| name.contains('\0') || value.contains('\0'))
    });
    if in_query {
        return Err(nul_refused());
    }
    Ok(())
}

pub(super) fn nul_refused() -> ScimError {
    ScimError::invalid_value(
        "NUL characters (U+0000) are not allowed in SCIM requests.",
    )
}

/// Whether any name or string in `value` holds a NUL character.
pub(super) fn holds_nul(value: &Value) -> bool {
    match value {
        Value::String(text) => text.contains('\0'),
        Value::Array(items) => items.iter().any(holds_nul),
        Value::Object(object) => object
            .iter()
            .any(|(name, value)| name.contains('\0') || holds_nul(value)),
        _ => false,
    }
}

/// A SCIM error (RFC 7644 §3.12), by meaning: the HTTP layer answers each
/// kind with its status and `scimType`.
#[derive(Debug)]
pub struct ScimError {
    pub kind: ScimErrorKind,
    pub detail: String,
    /// What went wrong inside the server: logged, never sent.
    pub internal: Option<String>,
}

/// What a SCIM error is about.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum ScimErrorKind {
    /// A value that is not allowed.
    InvalidValue,
    /// A body that is not a JSON object, or a PatchOp that is not one.
    InvalidSyntax,
    /// A filter that does not parse.
    InvalidFilter,
    /// A PATCH path that does not parse or names nothing known.
    InvalidPath,
    /// A PATCH path whose filter matches nothing.
    NoTarget,
    /// A change to what cannot change (a user's address, the last owner).
    Mutability,
    /// A name or address already taken.
    Uniqueness,
    /// Concurrent writes kept coming first.
    Conflict,
    /// The domain's token is missing or wrong, or SCIM is off.
    Unauthorized,
    /// What SCIM, acting with an admin's rights, may not do.
    Forbidden,
    NotFound,
    /// The resource's version is not one the request allows.
    PreconditionFailed,
    /// The store cannot serve now.
    Unavailable,
    Internal,
}

impl ScimError {
    pub(super) fn new(
        kind: ScimErrorKind,
        detail: impl Into<String>,
    ) -> ScimError {
        ScimError { kind, detail: detail.into(), internal: None }
    }

    pub(super) fn invalid_value(detail: impl Into<String>) -> ScimError {
        ScimError::new(ScimErrorKind::InvalidValue, detail)
    }

    pub fn not_found() -> ScimError {
        ScimError::new(ScimErrorKind::NotFound, "Resource not found.")
    }

    pub(super) fn unauthorized() -> ScimError {
        ScimError::new(
            ScimErrorKind::Unauthorized,
            "Authentication credentials were not provided or are not valid.",
        )
    }
}

impl From<StoreError> for ScimError {
    fn from(error: StoreError) -> ScimError {
        match error {
            StoreError::NotFound => ScimError::not_found(),
            StoreError::GuardNotMember | StoreError::GuardLevel => ScimError::unauthorized(),
            StoreError::EmailTaken | StoreError::Stale => ScimError::new(
                ScimErrorKind::Uniqueness,
                "A user with this userName already exists.",
            ),
            StoreError::RoleNameTaken => ScimError::new(
                ScimErrorKind::Uniqueness,
                "A group with this displayName already exists.",
            ),
            StoreError::AlreadyInRole => ScimError::new(ScimErrorKind::Uniqueness, "Already a member of the group."),
            StoreError::NotAMember => ScimError::invalid_value(
                "A group member must be an active user of the organization.",
            ),
            StoreError::LastOwner => ScimError::new(
                ScimErrorKind::Mutability,
                "This user is the organization's last owner: an organization must keep an owner, so their membership cannot be removed. Make someone else an owner first.",
            ),
            StoreError::ScimOwner => ScimError::new(
                ScimErrorKind::Forbidden,
                "This user is an owner of the organization: SCIM acts with an admin's rights, and an admin cannot remove, deactivate or change an owner. An owner must change their level first (in orgbase's API).",
            ),
            StoreError::Unavailable(internal) => ScimError {
                internal: Some(internal),
                ..ScimError::new(ScimErrorKind::Unavailable, "The service is unavailable; try again.")
            },
            error => ScimError {
                internal: Some(error.to_string()),
                ..ScimError::new(ScimErrorKind::Internal, "A server error occurred.")
            },
        }
    }
}

impl From<patch::PatchError> for ScimError {
    fn from(error: patch::PatchError) -> ScimError {
        match error {
            patch::PatchError::InvalidSyntax(why) => {
                ScimError::new(ScimErrorKind::InvalidSyntax, why)
            }
            patch::PatchError::InvalidPath(why) => {
                ScimError::new(ScimErrorKind::InvalidPath, why)
            }
            patch::PatchError::NoTarget(why) => {
                ScimError::new(ScimErrorKind::NoTarget, why)
            }
            patch::PatchError::InvalidValue(why) => {
                ScimError::invalid_value(why)
            }
        }
    }
}

/// One SCIM request and its answer, as the HTTP layer saw them.
pub struct ScimExchange<'a> {
    pub method: &'a str,
    pub path_and_query: &'a str,
    pub headers: Vec<(String, String)>,
    pub request_body: &'a [u8],
    pub response_status: u16,
    pub response_body: Option<&'a Value>,
    pub duration: Duration,
}
