//! The `cimd_verification_tokens` operations: tokens that link a
//! partner's OAuth app to an organization, and matching a metadata
//! document against them.

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
use crate::app::RecordId;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn cimd_verification_token_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::CimdVerificationToken>>, ApiError>
{
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.cimd_verification_token_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn cimd_verification_token_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::CimdVerificationTokenCreate>,
) -> Result<Reply<HttpResponseCreated<api::CimdVerificationToken>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let (request, params) = request_and_body(body);
    idempotent_secret(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let params = params?;
            let token = app
                .cimd_verification_token_create(caller, organization, params)
                .await?;
            Ok(HttpResponseCreated(token))
        },
        // The token itself is shown once: read back, it is not.
        async |caller, added| {
            let token = RecordId::parse(added.id("CimdToken")?);
            let token = app
                .cimd_verification_token_view(caller, organization, token)
                .await?;
            Ok(HttpResponseCreated(token))
        },
    )
    .await
}

pub(super) async fn cimd_verification_token_view(
    rqctx: Rq,
    path: Path<api::CimdVerificationTokenPath>,
) -> Result<HttpResponseOk<api::CimdVerificationToken>, ApiError> {
    let (organization, token) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let token =
        app.cimd_verification_token_view(&caller, organization, token).await?;
    Ok(HttpResponseOk(token))
}

pub(super) async fn cimd_verification_token_delete(
    rqctx: Rq,
    path: Path<api::CimdVerificationTokenPath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, token) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.cimd_verification_token_delete(caller, organization, token).await
    })
    .await
}

pub(super) async fn cimd_verification_token_match(
    rqctx: Rq,
    body: JsonBody<api::CimdMatchRequest>,
) -> Result<HttpResponseOk<api::CimdMatch>, ApiError> {
    let (app, caller) =
        authenticate(&rqctx, Subject::Other, body.personal_api_key()).await?;
    let found =
        app.cimd_verification_token_match(&caller, body.into_inner()?).await?;
    Ok(HttpResponseOk(found))
}
