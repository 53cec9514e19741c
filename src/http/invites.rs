//! The `invites` operations: inviting to an organization (one or in
//! bulk), withdrawing an invite, and the invitee's view and acceptance.

use super::app_and_caller;
use super::app_and_caller_with_body;
use super::list;
use super::require_literal_segment;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn invite_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::OrganizationInvite>>, ApiError> {
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, _, page| {
        app.invite_list(caller, &path.organization_id, page).await
    })
    .await
}

pub(super) async fn invite_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationInviteCreate>,
) -> Result<HttpResponseCreated<api::OrganizationInvite>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    Ok(HttpResponseCreated(
        app.invite_create(&caller, &id, body.into_inner()?).await?,
    ))
}

pub(super) async fn invite_delete(
    rqctx: Rq,
    path: Path<api::InvitePath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.invite_delete(&caller, &path.organization_id, &path.invite_id).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn invite_bulk_create(
    rqctx: Rq,
    path: Path<api::InvitePath>,
    body: JsonBody<Vec<api::OrganizationInviteCreate>>,
) -> Result<HttpResponseCreated<Vec<api::OrganizationInvite>>, ApiError> {
    let path = path.into_inner();
    require_literal_segment(&rqctx, &path.invite_id)?;
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.organization_id;
    Ok(HttpResponseCreated(
        app.invite_bulk_create(&caller, &id, body.into_inner()?).await?,
    ))
}

pub(super) async fn signup_view(
    rqctx: Rq,
    path: Path<api::SignupPath>,
) -> Result<HttpResponseOk<api::InviteSignupCheck>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let id = path.into_inner().invite_id;
    Ok(HttpResponseOk(app.signup_view(&caller, &id).await?))
}

pub(super) async fn signup_accept(
    rqctx: Rq,
    path: Path<api::SignupPath>,
) -> Result<HttpResponseCreated<api::User>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let id = path.into_inner().invite_id;
    Ok(HttpResponseCreated(app.signup_accept(&caller, &id).await?))
}
