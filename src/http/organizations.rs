//! The `organizations` operations: list, create, view, update, delete.

use super::app_and_caller;
use super::app_and_caller_with_body;
use super::list;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn organization_list(
    rqctx: Rq,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::Organization>>, ApiError> {
    list(&rqctx, query, async |app, caller, _, page| {
        app.organization_list(caller, page).await
    })
    .await
}

pub(super) async fn organization_create(
    rqctx: Rq,
    body: JsonBody<api::OrganizationCreate>,
) -> Result<HttpResponseCreated<api::Organization>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    Ok(HttpResponseCreated(
        app.organization_create(&caller, body.into_inner()?).await?,
    ))
}

pub(super) async fn organization_view(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let id = path.into_inner().organization_id;
    Ok(HttpResponseOk(app.organization_view(&caller, &id).await?))
}

pub(super) async fn organization_update(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationCreate>,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    Ok(HttpResponseOk(
        app.organization_update(&caller, &id, body.into_inner()?).await?,
    ))
}

pub(super) async fn organization_patch(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationPatch>,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    Ok(HttpResponseOk(
        app.organization_patch(&caller, &id, body.into_inner()?).await?,
    ))
}

pub(super) async fn organization_delete(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let id = path.into_inner().organization_id;
    app.organization_delete(&caller, &id).await?;
    Ok(HttpResponseDeleted())
}
