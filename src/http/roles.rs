//! The `roles` operations: an organization's roles and their
//! memberships. A PUT of a role is the PATCH of its one field.

use super::authenticate;
use super::list;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn role_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::Role>>, ApiError> {
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.role_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn role_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::RoleCreate>,
) -> Result<HttpResponseCreated<api::Role>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    Ok(HttpResponseCreated(
        app.role_create(&caller, organization, body.into_inner()?).await?,
    ))
}

pub(super) async fn role_view(
    rqctx: Rq,
    path: Path<api::RolePath>,
) -> Result<HttpResponseOk<api::Role>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(app.role_view(&caller, organization, role).await?))
}

pub(super) async fn role_update(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RoleCreate>,
) -> Result<HttpResponseOk<api::Role>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let patch = api::RolePatch { name: Some(body.into_inner()?.name) };
    let role = app.role_patch(&caller, organization, role, patch).await?;
    Ok(HttpResponseOk(role))
}

pub(super) async fn role_patch(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RolePatch>,
) -> Result<HttpResponseOk<api::Role>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let role =
        app.role_patch(&caller, organization, role, body.into_inner()?).await?;
    Ok(HttpResponseOk(role))
}

pub(super) async fn role_delete(
    rqctx: Rq,
    path: Path<api::RolePath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.role_delete(&caller, organization, role).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn role_membership_list(
    rqctx: Rq,
    path: Path<api::RolePath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::RoleMembership>>, ApiError> {
    let (organization, role) = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.role_membership_list(caller, organization, role, page).await
    })
    .await
}

pub(super) async fn role_membership_create(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RoleMembershipCreate>,
) -> Result<HttpResponseCreated<api::RoleMembership>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let member = app
        .role_membership_create(&caller, organization, role, body.into_inner()?)
        .await?;
    Ok(HttpResponseCreated(member))
}

pub(super) async fn role_membership_view(
    rqctx: Rq,
    path: Path<api::RoleMembershipPath>,
) -> Result<HttpResponseOk<api::RoleMembership>, ApiError> {
    let (organization, role, membership) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let member = app
        .role_membership_view(&caller, organization, role, membership)
        .await?;
    Ok(HttpResponseOk(member))
}

pub(super) async fn role_membership_delete(
    rqctx: Rq,
    path: Path<api::RoleMembershipPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (organization, role, membership) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.role_membership_delete(&caller, organization, role, membership).await?;
    Ok(HttpResponseDeleted())
}
