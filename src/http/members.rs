//! The `members` operations: an organization's memberships, by user
//! (`@me` or a UUID); PUT and PATCH set the level alike.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent_body;
use super::list_continued;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::api::Reply;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn member_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::MemberListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::OrganizationMember>>, ApiError> {
    let organization = path.ids();
    list_continued(
        &rqctx,
        organization,
        query,
        async |app, caller, params, page| {
            app.member_list(caller, organization, &params, page).await
        },
    )
    .await
}

pub(super) async fn member_delete(
    rqctx: Rq,
    path: Path<api::MemberPath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, user) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.member_delete(caller, organization, user).await
    })
    .await
}

pub(super) async fn member_scoped_api_keys(
    rqctx: Rq,
    path: Path<api::MemberPath>,
) -> Result<HttpResponseOk<api::ScopedApiKeys>, ApiError> {
    let (organization, user) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let keys = app.member_scoped_api_keys(&caller, organization, user).await?;
    Ok(HttpResponseOk(keys))
}

pub(super) async fn member_github_login(
    rqctx: Rq,
    path: Path<api::MemberPath>,
) -> Result<HttpResponseOk<api::GithubLogin>, ApiError> {
    let (organization, user) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(
        app.member_github_login(&caller, organization, user).await?,
    ))
}

/// PUT and PATCH of a member are the same change: only `level`.
pub(super) async fn member_level_set(
    rqctx: Rq,
    path: Path<api::MemberPath>,
    body: JsonBody<api::OrganizationMemberUpdate>,
) -> Result<Reply<HttpResponseOk<api::OrganizationMember>>, ApiError> {
    let (organization, user) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let member =
                app.member_update(caller, organization, user, params).await?;
            Ok(HttpResponseOk(member))
        },
        // An update that changes nothing answers the member as they are.
        async |caller, _| {
            let unchanged = api::OrganizationMemberUpdate { level: None };
            let member = app
                .member_update(caller, organization, user, unchanged)
                .await?;
            Ok(HttpResponseOk(member))
        },
    )
    .await
}
