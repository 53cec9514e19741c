//! The `personal_api_keys` operations: the caller's own keys; the
//! calling key, as `@current`, describes itself whatever its scopes.

use super::app_and_caller;
use super::app_and_caller_with_body;
use super::authenticate;
use super::list;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::app::CURRENT_KEY;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn personal_api_key_list(
    rqctx: Rq,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::PersonalApiKey>>, ApiError> {
    list(&rqctx, query, async |app, caller, _, page| {
        app.personal_api_key_list(caller, page).await
    })
    .await
}

pub(super) async fn personal_api_key_create(
    rqctx: Rq,
    body: JsonBody<api::PersonalApiKeyCreate>,
) -> Result<HttpResponseCreated<api::PersonalApiKey>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    Ok(HttpResponseCreated(
        app.personal_api_key_create(&caller, body.into_inner()?).await?,
    ))
}

pub(super) async fn personal_api_key_view(
    rqctx: Rq,
    path: Path<api::PersonalApiKeyPath>,
) -> Result<HttpResponseOk<api::PersonalApiKey>, ApiError> {
    let id = path.into_inner().id;
    // The calling key describes itself without any scope.
    let (app, caller) = if id == CURRENT_KEY {
        (&rqctx.context().app, authenticate(&rqctx, None, None).await?)
    } else {
        app_and_caller(&rqctx).await?
    };
    Ok(HttpResponseOk(app.personal_api_key_view(&caller, &id).await?))
}

pub(super) async fn personal_api_key_delete(
    rqctx: Rq,
    path: Path<api::PersonalApiKeyPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let id = path.into_inner().id;
    app.personal_api_key_delete(&caller, &id).await?;
    Ok(HttpResponseDeleted())
}
