//! The liveness and readiness probes (`/_health`, `/_ready`): no
//! credentials, and the readiness probe asks the store.

use super::Rq;
use crate::api;
use crate::api::ApiError;
use dropshot::HttpResponseOk;

pub(super) async fn health(
    _rqctx: Rq,
) -> Result<HttpResponseOk<api::Health>, ApiError> {
    Ok(HttpResponseOk(api::Health { status: "ok".to_string() }))
}

pub(super) async fn ready(
    rqctx: Rq,
) -> Result<HttpResponseOk<api::Health>, ApiError> {
    rqctx.context().app.ready().await?;
    Ok(HttpResponseOk(api::Health { status: "ok".to_string() }))
}
