//! The `users` operations (and orgbase's `user_create`): a user is seen
//! and changed through `@me` or their UUID; PUT and PATCH are one change.

use super::authenticate;
use super::idempotency::idempotent_body;
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
use crate::app::UserRef;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn user_list(
    rqctx: Rq,
    query: QueryParams<api::UserListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::User>>, ApiError> {
    list(&rqctx, Subject::Other, query, async |app, caller, params, page| {
        app.user_list(caller, &params, page).await
    })
    .await
}

pub(super) async fn user_view(
    rqctx: Rq,
    path: Path<api::UserPath>,
) -> Result<HttpResponseOk<api::User>, ApiError> {
    let user = path.ids();
    let (app, caller) = authenticate(&rqctx, Subject::Other, None).await?;
    Ok(HttpResponseOk(app.user_view(&caller, user).await?))
}

pub(super) async fn user_create(
    rqctx: Rq,
    body: JsonBody<api::UserCreate>,
) -> Result<Reply<HttpResponseCreated<api::UserCreated>>, ApiError> {
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
            Ok(HttpResponseCreated(app.user_create(caller, params).await?))
        },
        // A key made with the user is shown once: read back, it is not.
        async |caller, added| {
            let user = UserRef::parse(added.id("User")?);
            let user = app.user_view(caller, user).await?;
            let created = api::UserCreated { user, personal_api_key: None };
            Ok(HttpResponseCreated(created))
        },
    )
    .await
}

/// PUT and PATCH of a user are the same change (every field optional).
pub(super) async fn user_change(
    rqctx: Rq,
    path: Path<api::UserPath>,
    body: JsonBody<api::UserPatch>,
) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
    let user = path.ids();
    let (app, caller) =
        authenticate(&rqctx, Subject::Other, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            Ok(HttpResponseOk(app.user_patch(caller, user, params).await?))
        },
        async |caller, _| {
            Ok(HttpResponseOk(app.user_view(caller, user).await?))
        },
    )
    .await
}
