//! The `proxy_records` operations: managed reverse proxies: create, list,
//! view, delete, retry and diagnose.

use super::authenticate;
use super::idempotency::idempotent;
use super::idempotency::idempotent_body;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::Reply;
use crate::app::RecordId;
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
) -> Result<Reply<HttpResponseCreated<api::ProxyRecord>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let record =
                app.proxy_record_create(caller, organization, params).await?;
            Ok(HttpResponseCreated(record))
        },
        async |caller, added| {
            let record = RecordId::parse(added.id("ProxyRecord")?);
            let record =
                app.proxy_record_view(caller, organization, record).await?;
            Ok(HttpResponseCreated(record))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseOk<api::ProxyRecordDeleted>>, ApiError> {
    let (organization, proxy_record) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let success = HttpResponseOk(api::ProxyRecordDeleted { success: true });
    idempotent(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            app.proxy_record_delete(caller, organization, proxy_record).await?;
            Ok(success)
        },
        async |_, _| {
            Ok(HttpResponseOk(api::ProxyRecordDeleted { success: true }))
        },
    )
    .await
}

pub(super) async fn proxy_record_retry(
    rqctx: Rq,
    path: Path<api::ProxyRecordPath>,
) -> Result<Reply<HttpResponseOk<api::ProxyRecord>>, ApiError> {
    let (organization, proxy_record) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    idempotent(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            let record = app
                .proxy_record_retry(caller, organization, proxy_record)
                .await?;
            Ok(HttpResponseOk(record))
        },
        async |caller, _| {
            let record = app
                .proxy_record_view(caller, organization, proxy_record)
                .await?;
            Ok(HttpResponseOk(record))
        },
    )
    .await
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
