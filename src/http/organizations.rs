//! The `organizations` operations: list, create, view, update, delete.

use super::authenticate;
use super::list;
use super::paths::PathIds;
use super::Rq;
use super::Subject;
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
    list(&rqctx, Subject::Other, query, async |app, caller, _, page| {
        app.organization_list(caller, page).await
    })
    .await
}

pub(super) async fn organization_create(
    rqctx: Rq,
    body: JsonBody<api::OrganizationCreate>,
) -> Result<HttpResponseCreated<api::Organization>, ApiError> {
    let (app, caller) =
        authenticate(&rqctx, Subject::Other, body.personal_api_key()).await?;
    Ok(HttpResponseCreated(
        app.organization_create(&caller, body.into_inner()?).await?,
    ))
}

pub(super) async fn organization_view(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    let organization = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(app.organization_view(&caller, organization).await?))
}

pub(super) async fn organization_update(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationCreate>,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    Ok(HttpResponseOk(
        app.organization_update(&caller, organization, body.into_inner()?)
            .await?,
    ))
}

pub(super) async fn organization_patch(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationPatch>,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    Ok(HttpResponseOk(
        app.organization_patch(&caller, organization, body.into_inner()?)
            .await?,
    ))
}

pub(super) async fn organization_delete(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let organization = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.organization_delete(&caller, organization).await?;
    Ok(HttpResponseDeleted())
}
