//! The `users` operations (and orgbase's `user_create`): a user is seen
//! and changed through `@me` or their UUID; PUT and PATCH are one change.

use super::app_and_caller;
use super::app_and_caller_with_body;
use super::list;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn user_list(
    rqctx: Rq,
    query: QueryParams<api::UserListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::User>>, ApiError> {
    list(&rqctx, query, async |app, caller, params, page| {
        app.user_list(caller, &params, page).await
    })
    .await
}

pub(super) async fn user_view(
    rqctx: Rq,
    path: Path<api::UserPath>,
) -> Result<HttpResponseOk<api::User>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let uuid = path.into_inner().uuid;
    Ok(HttpResponseOk(app.user_view(&caller, &uuid).await?))
}

pub(super) async fn user_create(
    rqctx: Rq,
    body: JsonBody<api::UserCreate>,
) -> Result<HttpResponseCreated<api::UserCreated>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    Ok(HttpResponseCreated(app.user_create(&caller, body.into_inner()?).await?))
}

/// PUT and PATCH of a user are the same change (every field optional).
pub(super) async fn user_change(
    rqctx: Rq,
    path: Path<api::UserPath>,
    body: JsonBody<api::UserPatch>,
) -> Result<HttpResponseOk<api::User>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let uuid = path.into_inner().uuid;
    Ok(HttpResponseOk(
        app.user_patch(&caller, &uuid, body.into_inner()?).await?,
    ))
}
