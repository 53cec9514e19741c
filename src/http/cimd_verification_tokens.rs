//! The `cimd_verification_tokens` operations: tokens that link a
//! partner's OAuth app to an organization, and matching a metadata
//! document against them.

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

pub(super) async fn cimd_verification_token_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::CimdVerificationToken>>, ApiError>
{
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, _, page| {
        app.cimd_verification_token_list(caller, &path.organization_id, page)
            .await
    })
    .await
}

pub(super) async fn cimd_verification_token_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::CimdVerificationTokenCreate>,
) -> Result<HttpResponseCreated<api::CimdVerificationToken>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    let token = app
        .cimd_verification_token_create(&caller, &id, body.into_inner()?)
        .await?;
    Ok(HttpResponseCreated(token))
}

pub(super) async fn cimd_verification_token_view(
    rqctx: Rq,
    path: Path<api::CimdVerificationTokenPath>,
) -> Result<HttpResponseOk<api::CimdVerificationToken>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let token = app
        .cimd_verification_token_view(
            &caller,
            &path.organization_id,
            &path.token_id,
        )
        .await?;
    Ok(HttpResponseOk(token))
}

pub(super) async fn cimd_verification_token_delete(
    rqctx: Rq,
    path: Path<api::CimdVerificationTokenPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.cimd_verification_token_delete(
        &caller,
        &path.organization_id,
        &path.token_id,
    )
    .await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn cimd_verification_token_match(
    rqctx: Rq,
    body: JsonBody<api::CimdMatchRequest>,
) -> Result<HttpResponseOk<api::CimdMatch>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let found =
        app.cimd_verification_token_match(&caller, body.into_inner()?).await?;
    Ok(HttpResponseOk(found))
}
