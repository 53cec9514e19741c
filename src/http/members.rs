//! The `members` operations: an organization's memberships, by user
//! (`@me` or a UUID); PUT and PATCH set the level alike.

use super::app_and_caller;
use super::app_and_caller_with_body;
use super::list;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn member_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::MemberListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::OrganizationMember>>, ApiError> {
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, params, page| {
        app.member_list(caller, &path.organization_id, &params, page).await
    })
    .await
}

pub(super) async fn member_delete(
    rqctx: Rq,
    path: Path<api::MemberPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.member_delete(&caller, &path.organization_id, &path.user_uuid).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn member_scoped_api_keys(
    rqctx: Rq,
    path: Path<api::MemberPath>,
) -> Result<HttpResponseOk<api::ScopedApiKeys>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let keys = app
        .member_scoped_api_keys(&caller, &path.organization_id, &path.user_uuid)
        .await?;
    Ok(HttpResponseOk(keys))
}

pub(super) async fn member_github_login(
    rqctx: Rq,
    path: Path<api::MemberPath>,
) -> Result<HttpResponseOk<api::GithubLogin>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    Ok(HttpResponseOk(
        app.member_github_login(
            &caller,
            &path.organization_id,
            &path.user_uuid,
        )
        .await?,
    ))
}

/// PUT and PATCH of a member are the same change: only `level`.
pub(super) async fn member_level_set(
    rqctx: Rq,
    path: Path<api::MemberPath>,
    body: JsonBody<api::OrganizationMemberUpdate>,
) -> Result<HttpResponseOk<api::OrganizationMember>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let member = app
        .member_update(
            &caller,
            &path.organization_id,
            &path.user_uuid,
            body.into_inner()?,
        )
        .await?;
    Ok(HttpResponseOk(member))
}
