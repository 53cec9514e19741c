//! The `invites` operations: inviting to an organization (one or in
//! bulk), withdrawing an invite, and the invitee's view and acceptance.

use super::authenticate;
use super::list;
use super::paths::PathIds;
use super::require_literal_segment;
use super::Rq;
use super::Subject;
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
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.invite_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn invite_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationInviteCreate>,
) -> Result<HttpResponseCreated<api::OrganizationInvite>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    Ok(HttpResponseCreated(
        app.invite_create(&caller, organization, body.into_inner()?).await?,
    ))
}

pub(super) async fn invite_delete(
    rqctx: Rq,
    path: Path<api::InvitePath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (organization, invite) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.invite_delete(&caller, organization, invite).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn invite_bulk_create(
    rqctx: Rq,
    path: Path<api::InvitePath>,
    body: JsonBody<Vec<api::OrganizationInviteCreate>>,
) -> Result<HttpResponseCreated<Vec<api::OrganizationInvite>>, ApiError> {
    let path = path.into_inner();
    require_literal_segment(&rqctx, &path.invite_id)?;
    let (organization, _) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    Ok(HttpResponseCreated(
        app.invite_bulk_create(&caller, organization, body.into_inner()?)
            .await?,
    ))
}

pub(super) async fn signup_view(
    rqctx: Rq,
    path: Path<api::SignupPath>,
) -> Result<HttpResponseOk<api::InviteSignupCheck>, ApiError> {
    let invite = path.ids();
    let (app, caller) = authenticate(&rqctx, Subject::Other, None).await?;
    Ok(HttpResponseOk(app.signup_view(&caller, invite).await?))
}

pub(super) async fn signup_accept(
    rqctx: Rq,
    path: Path<api::SignupPath>,
) -> Result<HttpResponseCreated<api::User>, ApiError> {
    let invite = path.ids();
    let (app, caller) = authenticate(&rqctx, Subject::Other, None).await?;
    Ok(HttpResponseCreated(app.signup_accept(&caller, invite).await?))
}
