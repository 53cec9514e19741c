//! The `proxy_records` operations: managed reverse proxies: create, list,
//! view, delete, retry and diagnose.

use super::app_and_caller;
use super::app_and_caller_with_body;
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
    let (app, caller) = app_and_caller(&rqctx).await?;
    let id = path.into_inner().organization_id;
    Ok(HttpResponseOk(app.proxy_record_list(&caller, &id).await?))
}

pub(super) async fn proxy_record_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::ProxyRecordCreate>,
) -> Result<HttpResponseCreated<api::ProxyRecord>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    let record =
        app.proxy_record_create(&caller, &id, body.into_inner()?).await?;
    Ok(HttpResponseCreated(record))
}

pub(super) async fn proxy_record_view(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecord>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let record = app
        .proxy_record_view(
            &caller,
            &path.organization_id,
            &path.proxy_record_id,
        )
        .await?;
    Ok(HttpResponseOk(record))
}

pub(super) async fn proxy_record_delete(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecordDeleted>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.proxy_record_delete(
        &caller,
        &path.organization_id,
        &path.proxy_record_id,
    )
    .await?;
    Ok(HttpResponseOk(api::ProxyRecordDeleted { success: true }))
}

pub(super) async fn proxy_record_retry(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecord>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let record = app
        .proxy_record_retry(
            &caller,
            &path.organization_id,
            &path.proxy_record_id,
        )
        .await?;
    Ok(HttpResponseOk(record))
}

pub(super) async fn proxy_record_diagnose(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<HttpResponseOk<api::ProxyRecordDiagnosis>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let diagnosis = app
        .proxy_record_diagnose(
            &caller,
            &path.organization_id,
            &path.proxy_record_id,
        )
        .await?;
    Ok(HttpResponseOk(diagnosis))
}
