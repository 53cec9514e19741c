//! The `proxy_records` operations: managed reverse proxies: create, list,
//! view, delete, retry and diagnose.

use super::authenticate;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn proxy_record_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<HttpResponseOk<api::ProxyRecordList>, ApiError> {
    let organization = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(app.proxy_record_list(&caller, organization).await?))
}

pub(super) async fn proxy_record_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::ProxyRecordCreate>,
) -> Result<HttpResponseCreated<api::ProxyRecord>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let record = app
        .proxy_record_create(&caller, organization, body.into_inner()?)
        .await?;
    Ok(HttpResponseCreated(record))
}

pub(super) async fn proxy_record_view(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecord>, ApiError> {
    let (organization, proxy_record) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let record =
        app.proxy_record_view(&caller, organization, proxy_record).await?;
    Ok(HttpResponseOk(record))
}

pub(super) async fn proxy_record_delete(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecordDeleted>, ApiError> {
    let (organization, proxy_record) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.proxy_record_delete(&caller, organization, proxy_record).await?;
    Ok(HttpResponseOk(api::ProxyRecordDeleted { success: true }))
}

pub(super) async fn proxy_record_retry(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecord>, ApiError> {
    let (organization, proxy_record) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let record =
        app.proxy_record_retry(&caller, organization, proxy_record).await?;
    Ok(HttpResponseOk(record))
}

pub(super) async fn proxy_record_diagnose(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecordDiagnosis>, ApiError> {
    let (organization, proxy_record) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let diagnosis =
        app.proxy_record_diagnose(&caller, organization, proxy_record).await?;
    Ok(HttpResponseOk(diagnosis))
}
