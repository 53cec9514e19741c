//! The `personal_api_keys` operations: the caller's own keys; the
//! calling key, as `@current`, describes itself whatever its scopes.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent_secret;
use super::idempotency::request_and_body;
use super::list;
use super::paths::PathIds;
use super::Rq;
use super::Subject;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::api::Reply;
use crate::app::KeyRef;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn personal_api_key_list(
    rqctx: Rq,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::PersonalApiKey>>, ApiError> {
    list(&rqctx, Subject::Other, query, async |app, caller, _, page| {
        app.personal_api_key_list(caller, page).await
    })
    .await
}

pub(super) async fn personal_api_key_create(
    rqctx: Rq,
    body: JsonBody<api::PersonalApiKeyCreate>,
) -> Result<Reply<HttpResponseCreated<api::PersonalApiKey>>, ApiError> {
    let (app, caller) =
        authenticate(&rqctx, Subject::Other, body.personal_api_key()).await?;
    let (request, params) = request_and_body(body);
    idempotent_secret(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let params = params?;
            let key = app.personal_api_key_create(caller, params).await?;
            Ok(HttpResponseCreated(key))
        },
        // The key itself is shown once: read back, it is not.
        async |caller, added| {
            let key = KeyRef::parse(added.id("PersonalAPIKey")?);
            Ok(HttpResponseCreated(
                app.personal_api_key_view(caller, key).await?,
            ))
        },
    )
    .await
}

pub(super) async fn personal_api_key_view(
    rqctx: Rq,
    path: Path<api::PersonalApiKeyPath>,
) -> Result<HttpResponseOk<api::PersonalApiKey>, ApiError> {
    let key = path.ids();
    let subject = match key {
        KeyRef::Current => Subject::CallingKey,
        KeyRef::Id(_) => Subject::Other,
    };
    let (app, caller) = authenticate(&rqctx, subject, None).await?;
    Ok(HttpResponseOk(app.personal_api_key_view(&caller, key).await?))
}

pub(super) async fn personal_api_key_delete(
    rqctx: Rq,
    path: Path<api::PersonalApiKeyPath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let key = path.ids();
    let (app, caller) = authenticate(&rqctx, Subject::Other, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.personal_api_key_delete(caller, key).await
    })
    .await
}
