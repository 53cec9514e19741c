//! Routes for the people who operate orgbase or integrate with it, beside
//! the API: the OpenAPI document, an interactive reference of it, and the
//! metrics.
//!
//! They are not part of PostHog's API, so they are registered next to the
//! API trait's operations as `unpublished` endpoints: the document in
//! `spec/openapi.json` and the generated client do not list them. None
//! needs credentials.
//!
//! The reference is Swagger UI, served from the `utoipa-swagger-ui` crate,
//! which carries its files inside the binary (`vendored`): the page works
//! without network access, and nothing is fetched at build time.

use super::ServerContext;
use crate::api::ApiError;
use dropshot::ApiDescription;
use dropshot::Body;
use dropshot::RequestContext;
use http::header;
use http::Response;
use http::StatusCode;
use schemars::JsonSchema;
use serde::Deserialize;
use std::sync::Arc;

/// Where the reference is served (its index is `/docs/`).
const DOCS_ROOT: &str = "/docs";

/// Adds the document and the reference to `api`; the metrics too when
/// `with_metrics` (they may be served on an address of their own instead,
/// see [`metrics_api`]).
pub fn register(api: &mut ApiDescription<ServerContext>, with_metrics: bool) {
    api.register(openapi_document).expect("a valid endpoint");
    api.register(docs).expect("a valid endpoint");
    if with_metrics {
        api.register(metrics).expect("a valid endpoint");
    }
}

/// An API description with the metrics alone, for a separate address.
pub fn metrics_api() -> ApiDescription<ServerContext> {
    let mut api = ApiDescription::new();
    api.register(metrics).expect("a valid endpoint");
    api
}

fn response(
    status: StatusCode,
    content_type: &str,
    body: impl Into<Body>,
) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .expect("a valid response")
}

/// The OpenAPI document (the same as `spec/openapi.json`).
#[dropshot::endpoint { method = GET, path = "/openapi.json", unpublished = true }]
async fn openapi_document(
    _rqctx: RequestContext<ServerContext>,
) -> Result<Response<Body>, ApiError> {
    Ok(response(StatusCode::OK, "application/json", crate::OPENAPI_DOCUMENT))
}

#[derive(Deserialize, JsonSchema)]
struct DocsPath {
    path: Vec<String>,
}

/// Swagger UI over `/openapi.json`: its page at `/docs/`, its files below.
#[dropshot::endpoint { method = GET, path = "/docs/{path:.*}", unpublished = true }]
async fn docs(
    rqctx: RequestContext<ServerContext>,
    path: dropshot::Path<DocsPath>,
) -> Result<Response<Body>, ApiError> {
    // This route also matches `/docs`, where the page's relative links to
    // its files would miss the `/docs/` prefix.
    if rqctx.request.uri().path() == DOCS_ROOT {
        return Ok(Response::builder()
            .status(StatusCode::MOVED_PERMANENTLY)
            .header(header::LOCATION, format!("{DOCS_ROOT}/"))
            .body(Body::empty())
            .expect("a valid response"));
    }
    let config = utoipa_swagger_ui::Config::new(["/openapi.json"])
        // The default validator is a remote service: never call it.
        .validator_url("none")
        .try_it_out_enabled(true);
    let tail = path.into_inner().path.join("/");
    match utoipa_swagger_ui::serve(&tail, Arc::new(config)) {
        Ok(Some(file)) => {
            let mut answer = response(
                StatusCode::OK,
                &file.content_type,
                file.bytes.to_vec(),
            );
            if file.gzpipped {
                answer.headers_mut().insert(
                    header::CONTENT_ENCODING,
                    header::HeaderValue::from_static("gzip"),
                );
            }
            Ok(answer)
        }
        Ok(None) => Err(crate::error::Error::object_not_found().into()),
        Err(error) => Err(crate::error::Error::Internal {
            internal_message: format!("Swagger UI: {error}"),
        }
        .into()),
    }
}

/// The metrics, in Prometheus' text format.
#[dropshot::endpoint { method = GET, path = "/metrics", unpublished = true }]
async fn metrics(
    rqctx: RequestContext<ServerContext>,
) -> Result<Response<Body>, ApiError> {
    let text = rqctx.context().metrics.encode().await;
    Ok(response(StatusCode::OK, crate::metrics::CONTENT_TYPE, text))
}
