//! The SCIM 2.0 service provider's routes, `/scim/v2/<domain id>/...`,
//! beside the API.
//!
//! ## Why outside the API trait
//! SCIM is not part of PostHog's OpenAPI document, so its routes are
//! `unpublished` Dropshot endpoints registered next to the API trait's
//! operations (as the operator routes are): `spec/openapi.json` and the
//! generated client stay PostHog's. One wildcard route per method takes
//! everything under a domain and `routes` routes it to the application's
//! operation, so that an unknown SCIM path gets a SCIM error body (RFC
//! 7644 §3.12) rather than the router's. Bodies are read untyped and
//! parsed by the application: SCIM clients send `application/scim+json`,
//! which Dropshot's typed JSON body refuses. Every answer is
//! `application/scim+json`.
//!
//! Each authenticated request is kept in its domain's SCIM log (see
//! `app::scim`), after it is answered and before the response is sent. A
//! request that fails authentication is stored nowhere: it is counted
//! (`orgbase_scim_authentication_failures_total`) and logged by the server,
//! so that no one without the token can fill or evict a domain's log.

use super::base_url;
use super::ServerContext;
use crate::app::scim_refuse_nul;
use crate::app::RecordId;
use crate::app::ScimErrorKind;
use crate::app::ScimExchange;
use dropshot::ApiDescription;
use dropshot::Body;
use dropshot::ErrorStatusCode;
use dropshot::HttpError;
use dropshot::HttpResponseError;
use dropshot::Path;
use dropshot::RequestContext;
use dropshot::UntypedBody;
use http::header;
use http::Response;
use routes::ScimAnswer;
use routes::ScimRequest;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::Serialize;
use std::time::Instant;

mod routes;

const SCIM_CONTENT_TYPE: &str = "application/scim+json";
/// Request headers kept in the SCIM log (the token masked).
const LOGGED_HEADERS: [&str; 4] =
    ["authorization", "user-agent", "content-type", "if-match"];

/// Adds the SCIM routes to `api`.
pub fn register(api: &mut ApiDescription<ServerContext>) {
    api.register(scim_get).expect("a valid endpoint");
    api.register(scim_post).expect("a valid endpoint");
    api.register(scim_put).expect("a valid endpoint");
    api.register(scim_patch).expect("a valid endpoint");
    api.register(scim_delete).expect("a valid endpoint");
}

/// An error that Dropshot raises before the application sees the request
/// (a body too large, unreadable), in SCIM's error body.
#[derive(Debug, JsonSchema, Serialize)]
pub struct ScimHttpError {
    schemas: [&'static str; 1],
    status: String,
    detail: String,
    #[serde(skip)]
    #[schemars(skip)]
    code: u16,
}

impl std::fmt::Display for ScimHttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status, self.detail)
    }
}

impl From<HttpError> for ScimHttpError {
    fn from(error: HttpError) -> ScimHttpError {
        let code = error.status_code.as_u16();
        ScimHttpError {
            schemas: [routes::ERROR_SCHEMA],
            status: code.to_string(),
            detail: if code >= 500 {
                "A server error occurred.".to_string()
            } else {
                error.external_message
            },
            code,
        }
    }
}

impl HttpResponseError for ScimHttpError {
    fn status_code(&self) -> ErrorStatusCode {
        ErrorStatusCode::from_u16(self.code)
            .unwrap_or(ErrorStatusCode::INTERNAL_SERVER_ERROR)
    }
}

#[derive(Deserialize, JsonSchema)]
struct ScimPath {
    domain_id: String,
    path: Vec<String>,
}

type Rq = RequestContext<ServerContext>;
type ScimResult = Result<Response<Body>, ScimHttpError>;

async fn serve(rqctx: Rq, path: ScimPath, body: &[u8]) -> ScimResult {
    let started = Instant::now();
    let request = &rqctx.request;
    let header = |name: &str| {
        request.headers().get(name).and_then(|value| value.to_str().ok())
    };
    let context = rqctx.context();
    let address = context.client_address(&rqctx.request);
    let throttled =
        |wait_seconds| Ok(response(ScimAnswer::throttled(wait_seconds)));
    if let Err(refused) = context.rate_limits.address_refused(address) {
        return throttled(context.refused(refused));
    }
    let base_url = format!("{}/scim/v2/{}", base_url(&rqctx), path.domain_id);
    let domain_id = RecordId::parse(&path.domain_id);
    let tenant = context
        .app
        .scim_tenant(
            domain_id,
            header("authorization"),
            base_url,
            super::origin(request.headers(), address),
        )
        .await;
    let tenant = match tenant {
        Ok(tenant) => tenant,
        Err(error) => {
            if error.kind == ScimErrorKind::Unauthorized {
                context.metrics.scim_authentication_failure();
                slog::warn!(rqctx.log, "SCIM authentication failed";
                    "domain_id" => &path.domain_id,
                    "client_address" => %address);
                if let Err(refused) =
                    context.rate_limits.authentication_failed(address)
                {
                    return throttled(context.refused(refused));
                }
            }
            return Ok(response(ScimAnswer::failure(&rqctx.log, error)));
        }
    };
    if let Err(refused) = context.rate_limits.scim_token(tenant.domain_id()) {
        return throttled(context.refused(refused));
    }
    let scim_request = ScimRequest {
        method: request.method().as_str(),
        path: &path.path.join("/"),
        query: request.uri().query(),
        body,
        if_match: header("if-match"),
    };
    let answer = match scim_refuse_nul(scim_request.query) {
        Ok(()) => routes::route(&context.app, &tenant, &scim_request).await,
        Err(error) => Err(error),
    }
    .unwrap_or_else(|error| ScimAnswer::failure(&rqctx.log, error));
    let headers = LOGGED_HEADERS
        .iter()
        .filter_map(|name| Some((name.to_string(), header(name)?.to_string())))
        .collect();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map_or(request.uri().path(), |p| p.as_str());
    let exchange = ScimExchange {
        method: scim_request.method,
        path_and_query,
        headers,
        request_body: body,
        response_status: answer.status,
        response_body: answer.body.as_ref(),
        duration: started.elapsed(),
    };
    context.app.scim_log(&tenant, exchange).await;
    Ok(response(answer))
}

fn response(answer: ScimAnswer) -> Response<Body> {
    let mut builder = Response::builder().status(answer.status);
    if let Some(etag) = &answer.etag {
        builder = builder.header(header::ETAG, etag);
    }
    if let Some(location) = &answer.location {
        builder = builder.header(header::LOCATION, location);
    }
    if let Some(seconds) = answer.retry_after {
        builder = builder.header(header::RETRY_AFTER, seconds);
    }
    let body = match &answer.body {
        Some(body) => {
            builder = builder.header(header::CONTENT_TYPE, SCIM_CONTENT_TYPE);
            Body::from(body.to_string())
        }
        None => Body::empty(),
    };
    builder.body(body).expect("a valid response")
}

/// SCIM reads.
#[dropshot::endpoint { method = GET, path = "/scim/v2/{domain_id}/{path:.*}", unpublished = true }]
async fn scim_get(rqctx: Rq, path: Path<ScimPath>) -> ScimResult {
    serve(rqctx, path.into_inner(), &[]).await
}

/// SCIM creates.
#[dropshot::endpoint { method = POST, path = "/scim/v2/{domain_id}/{path:.*}", unpublished = true }]
async fn scim_post(
    rqctx: Rq,
    path: Path<ScimPath>,
    body: UntypedBody,
) -> ScimResult {
    serve(rqctx, path.into_inner(), body.as_bytes()).await
}

/// SCIM replacements.
#[dropshot::endpoint { method = PUT, path = "/scim/v2/{domain_id}/{path:.*}", unpublished = true }]
async fn scim_put(
    rqctx: Rq,
    path: Path<ScimPath>,
    body: UntypedBody,
) -> ScimResult {
    serve(rqctx, path.into_inner(), body.as_bytes()).await
}

/// SCIM patches.
#[dropshot::endpoint { method = PATCH, path = "/scim/v2/{domain_id}/{path:.*}", unpublished = true }]
async fn scim_patch(
    rqctx: Rq,
    path: Path<ScimPath>,
    body: UntypedBody,
) -> ScimResult {
    serve(rqctx, path.into_inner(), body.as_bytes()).await
}

/// SCIM deletes.
#[dropshot::endpoint { method = DELETE, path = "/scim/v2/{domain_id}/{path:.*}", unpublished = true }]
async fn scim_delete(rqctx: Rq, path: Path<ScimPath>) -> ScimResult {
    serve(rqctx, path.into_inner(), &[]).await
}
