//! The `organizations` operations: list, create, view, update, delete.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent_body;
use super::list_continued;
use super::paths::PathIds;
use super::Rq;
use super::Subject;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::api::Reply;
use crate::app::App;
use crate::app::Caller;
use crate::app::OrganizationRef;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn organization_list(
    rqctx: Rq,
    query: QueryParams<api::ContinuedListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::Organization>>, ApiError> {
    list_continued(
        &rqctx,
        Subject::Other,
        query,
        async |app, caller, _, page| app.organization_list(caller, page).await,
    )
    .await
}

pub(super) async fn organization_create(
    rqctx: Rq,
    body: JsonBody<api::OrganizationCreate>,
) -> Result<Reply<HttpResponseCreated<api::Organization>>, ApiError> {
    let (app, caller) =
        authenticate(&rqctx, Subject::Other, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            Ok(HttpResponseCreated(
                app.organization_create(caller, params).await?,
            ))
        },
        async |caller, added| {
            let created = OrganizationRef::parse(added.id("Organization")?);
            Ok(HttpResponseCreated(
                app.organization_view(caller, created).await?,
            ))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let updated =
                app.organization_update(caller, organization, params).await?;
            Ok(HttpResponseOk(updated))
        },
        async |caller, _| view(app, caller, organization).await,
    )
    .await
}

pub(super) async fn organization_patch(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationPatch>,
) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let patched =
                app.organization_patch(caller, organization, params).await?;
            Ok(HttpResponseOk(patched))
        },
        async |caller, _| view(app, caller, organization).await,
    )
    .await
}

/// The organization as it is now: a lost answer read back.
async fn view(
    app: &App,
    caller: &Caller,
    organization: OrganizationRef,
) -> Result<HttpResponseOk<api::Organization>, ApiError> {
    Ok(HttpResponseOk(app.organization_view(caller, organization).await?))
}

pub(super) async fn organization_delete(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let organization = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.organization_delete(caller, organization).await
    })
    .await
}
