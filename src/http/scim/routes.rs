//! SCIM's protocol on HTTP: which operation a method and path name, and
//! how each outcome is answered (status, `ETag`, `Location`, the error
//! body of RFC 7644 §3.12); `If-Match` read into the precondition the app
//! checks. The operations themselves, and their rules, are `app::scim`'s.
//!
//! ## Paths
//! Resource type and endpoint names are matched without regard to case
//! (`/Users`, `/users`). A resource id that is not a UUID names nothing:
//! 404 whatever the method, as for an id that names no resource.

use crate::app::App;
use crate::app::RecordId;
use crate::app::ScimChange;
use crate::app::ScimError;
use crate::app::ScimErrorKind;
use crate::app::ScimPrecondition;
use crate::app::ScimResource;
use crate::app::ScimTenant;
use serde_json::json;
use serde_json::Value;

/// The schema of SCIM's error body.
pub(super) const ERROR_SCHEMA: &str =
    "urn:ietf:params:scim:api:messages:2.0:Error";

/// A SCIM request, as the route reads it.
pub(super) struct ScimRequest<'a> {
    pub method: &'a str,
    /// The path below `/scim/v2/<domain id>/`.
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub body: &'a [u8],
    pub if_match: Option<&'a str>,
}

/// A SCIM answer, as it goes on the wire.
#[derive(Debug)]
pub(super) struct ScimAnswer {
    pub status: u16,
    pub body: Option<Value>,
    pub etag: Option<String>,
    pub location: Option<String>,
    /// For a 429: the seconds to wait (`Retry-After`).
    pub retry_after: Option<u64>,
}

impl ScimAnswer {
    fn ok(body: Value) -> ScimAnswer {
        ScimAnswer {
            status: 200,
            body: Some(body),
            etag: None,
            location: None,
            retry_after: None,
        }
    }

    /// A resource with its version as `ETag`; created (201, with its
    /// `Location`) or not (200).
    fn resource(resource: ScimResource, created: bool) -> ScimAnswer {
        let (status, location) =
            if created { (201, Some(resource.location)) } else { (200, None) };
        ScimAnswer {
            status,
            body: Some(resource.body),
            etag: Some(resource.version),
            location,
            retry_after: None,
        }
    }

    /// A resource changed (200), or removed (204, no body).
    fn changed(resource: Option<ScimResource>) -> ScimAnswer {
        match resource {
            Some(resource) => ScimAnswer::resource(resource, false),
            None => ScimAnswer {
                status: 204,
                body: None,
                etag: None,
                location: None,
                retry_after: None,
            },
        }
    }

    /// An error body (RFC 7644 §3.12).
    fn error(
        status: u16,
        scim_type: Option<&str>,
        detail: impl Into<String>,
    ) -> ScimAnswer {
        let mut body = json!({
            "schemas": [ERROR_SCHEMA],
            "status": status.to_string(),
            "detail": detail.into(),
        });
        if let Some(scim_type) = scim_type {
            body["scimType"] = json!(scim_type);
        }
        ScimAnswer {
            status,
            body: Some(body),
            etag: None,
            location: None,
            retry_after: None,
        }
    }

    /// A request refused by a rate limit: 429, told to wait
    /// `wait_seconds`.
    pub fn throttled(wait_seconds: u64) -> ScimAnswer {
        let detail = crate::error::throttled_detail(wait_seconds);
        ScimAnswer {
            retry_after: Some(wait_seconds),
            ..ScimAnswer::error(429, None, detail)
        }
    }

    /// The app's error, with the status and `scimType` of its kind; what
    /// went wrong inside the server is logged, never sent.
    pub fn failure(log: &slog::Logger, error: ScimError) -> ScimAnswer {
        if let Some(internal) = &error.internal {
            slog::error!(log, "SCIM request failed"; "error" => internal);
        }
        let (status, scim_type) = match error.kind {
            ScimErrorKind::InvalidValue => (400, Some("invalidValue")),
            ScimErrorKind::InvalidSyntax => (400, Some("invalidSyntax")),
            ScimErrorKind::InvalidFilter => (400, Some("invalidFilter")),
            ScimErrorKind::InvalidPath => (400, Some("invalidPath")),
            ScimErrorKind::NoTarget => (400, Some("noTarget")),
            ScimErrorKind::Mutability => (400, Some("mutability")),
            ScimErrorKind::Unauthorized => (401, None),
            ScimErrorKind::Forbidden => (403, None),
            ScimErrorKind::NotFound => (404, None),
            ScimErrorKind::Uniqueness => (409, Some("uniqueness")),
            ScimErrorKind::Conflict => (409, None),
            ScimErrorKind::PreconditionFailed => (412, None),
            ScimErrorKind::Internal => (500, None),
            ScimErrorKind::Unavailable => (503, None),
        };
        ScimAnswer::error(status, scim_type, error.detail)
    }
}

/// The precondition `If-Match` sets on a write: any version (`*`), or one
/// of the entity tags listed, compared weakly (the `W/` prefix ignored).
fn if_match_precondition(if_match: Option<&str>) -> ScimPrecondition {
    match if_match {
        None => ScimPrecondition::Unconditional,
        Some(tags) if tags.trim() == "*" => ScimPrecondition::AnyVersion,
        Some(tags) => ScimPrecondition::OneOf(
            tags.split(',')
                .map(|tag| tag.trim().trim_start_matches("W/").to_string())
                .collect(),
        ),
    }
}

/// Serves `request` to the authenticated `tenant`: the operation its
/// method and path name, answered as SCIM answers it.
pub(super) async fn route(
    app: &App,
    tenant: &ScimTenant,
    request: &ScimRequest<'_>,
) -> Result<ScimAnswer, ScimError> {
    let segments: Vec<&str> =
        request.path.split('/').filter(|s| !s.is_empty()).collect();
    let lower: Vec<String> =
        segments.iter().map(|s| s.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let method_not_allowed =
        || Ok(ScimAnswer::error(405, None, "This method is not allowed here."));
    let query = request.query;
    match (lower.as_slice(), request.method) {
        (["serviceproviderconfig"], "GET") => {
            Ok(ScimAnswer::ok(app.scim_service_provider_config(tenant)))
        }
        (["resourcetypes"], "GET") => {
            Ok(ScimAnswer::ok(app.scim_resource_types(tenant, None)?))
        }
        (["resourcetypes", _], "GET") => Ok(ScimAnswer::ok(
            app.scim_resource_types(tenant, Some(segments[1]))?,
        )),
        (["schemas"], "GET") => {
            Ok(ScimAnswer::ok(app.scim_schemas(tenant, None)?))
        }
        (["schemas", _], "GET") => {
            Ok(ScimAnswer::ok(app.scim_schemas(tenant, Some(segments[1]))?))
        }
        (["serviceproviderconfig" | "resourcetypes" | "schemas", ..], _) => {
            method_not_allowed()
        }
        ([".search"], "POST") => Ok(ScimAnswer::error(
            501,
            None,
            "Searching several resource types at once is not supported: \
             search /Users/.search or /Groups/.search.",
        )),
        (["users"], "GET") => {
            Ok(ScimAnswer::ok(app.scim_user_list(tenant, query).await?))
        }
        (["users", ".search"], "POST") => Ok(ScimAnswer::ok(
            app.scim_user_search(tenant, request.body).await?,
        )),
        (["users"], "POST") => Ok(ScimAnswer::resource(
            app.scim_user_create(tenant, request.body).await?,
            true,
        )),
        (["users", _], method) => {
            let Some(user_id) = RecordId::parse(segments[1]).uuid() else {
                return Err(ScimError::not_found());
            };
            let change = match change(method, request.body) {
                Some(change) => change,
                None if method == "GET" => {
                    let user = app.scim_user_get(tenant, user_id, query);
                    return Ok(ScimAnswer::resource(user.await?, false));
                }
                None => return method_not_allowed(),
            };
            let precondition = if_match_precondition(request.if_match);
            let changed =
                app.scim_user_change(tenant, user_id, change, &precondition);
            Ok(ScimAnswer::changed(changed.await?))
        }
        (["groups"], "GET") => {
            Ok(ScimAnswer::ok(app.scim_group_list(tenant, query).await?))
        }
        (["groups", ".search"], "POST") => Ok(ScimAnswer::ok(
            app.scim_group_search(tenant, request.body).await?,
        )),
        (["groups"], "POST") => Ok(ScimAnswer::resource(
            app.scim_group_create(tenant, request.body).await?,
            true,
        )),
        (["groups", _], method) => {
            let Some(role_id) = RecordId::parse(segments[1]).uuid() else {
                return Err(ScimError::not_found());
            };
            let change = match change(method, request.body) {
                Some(change) => change,
                None if method == "GET" => {
                    let group = app.scim_group_get(tenant, role_id, query);
                    return Ok(ScimAnswer::resource(group.await?, false));
                }
                None => return method_not_allowed(),
            };
            let precondition = if_match_precondition(request.if_match);
            let changed =
                app.scim_group_change(tenant, role_id, change, &precondition);
            Ok(ScimAnswer::changed(changed.await?))
        }
        (["users" | "groups"], _) => method_not_allowed(),
        _ => Err(ScimError::not_found()),
    }
}

/// The change a method makes to a resource, if it makes one.
fn change<'a>(method: &str, body: &'a [u8]) -> Option<ScimChange<'a>> {
    match method {
        "PUT" => Some(ScimChange::Replace(body)),
        "PATCH" => Some(ScimChange::Patch(body)),
        "DELETE" => Some(ScimChange::Delete),
        _ => None,
    }
}
