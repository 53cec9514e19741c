//! The `roles` operations: an organization's roles and their
//! memberships. A PUT of a role is the PATCH of its one field.

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

pub(super) async fn role_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::Role>>, ApiError> {
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, _, page| {
        app.role_list(caller, &path.organization_id, page).await
    })
    .await
}

pub(super) async fn role_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::RoleCreate>,
) -> Result<HttpResponseCreated<api::Role>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    Ok(HttpResponseCreated(
        app.role_create(&caller, &id, body.into_inner()?).await?,
    ))
}

pub(super) async fn role_view(
    rqctx: Rq,
    path: Path<api::RolePath>,
) -> Result<HttpResponseOk<api::Role>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    Ok(HttpResponseOk(
        app.role_view(&caller, &path.organization_id, &path.role_id).await?,
    ))
}

pub(super) async fn role_update(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RoleCreate>,
) -> Result<HttpResponseOk<api::Role>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let patch = api::RolePatch { name: Some(body.into_inner()?.name) };
    let role = app
        .role_patch(&caller, &path.organization_id, &path.role_id, patch)
        .await?;
    Ok(HttpResponseOk(role))
}

pub(super) async fn role_patch(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RolePatch>,
) -> Result<HttpResponseOk<api::Role>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let role = app
        .role_patch(
            &caller,
            &path.organization_id,
            &path.role_id,
            body.into_inner()?,
        )
        .await?;
    Ok(HttpResponseOk(role))
}

pub(super) async fn role_delete(
    rqctx: Rq,
    path: Path<api::RolePath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.role_delete(&caller, &path.organization_id, &path.role_id).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn role_membership_list(
    rqctx: Rq,
    path: Path<api::RolePath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::RoleMembership>>, ApiError> {
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, _, page| {
        app.role_membership_list(
            caller,
            &path.organization_id,
            &path.role_id,
            page,
        )
        .await
    })
    .await
}

pub(super) async fn role_membership_create(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RoleMembershipCreate>,
) -> Result<HttpResponseCreated<api::RoleMembership>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let member = app
        .role_membership_create(
            &caller,
            &path.organization_id,
            &path.role_id,
            body.into_inner()?,
        )
        .await?;
    Ok(HttpResponseCreated(member))
}

pub(super) async fn role_membership_view(
    rqctx: Rq,
    path: Path<api::RoleMembershipPath>,
) -> Result<HttpResponseOk<api::RoleMembership>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let member = app
        .role_membership_view(
            &caller,
            &path.organization_id,
            &path.role_id,
            &path.role_membership_id,
        )
        .await?;
    Ok(HttpResponseOk(member))
}

pub(super) async fn role_membership_delete(
    rqctx: Rq,
    path: Path<api::RoleMembershipPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.role_membership_delete(
        &caller,
        &path.organization_id,
        &path.role_id,
        &path.role_membership_id,
    )
    .await?;
    Ok(HttpResponseDeleted())
}
