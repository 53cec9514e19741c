//! The `invites` operations: inviting to an organization (one or in
//! bulk), withdrawing an invite, and the invitee's view and acceptance.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent;
use super::idempotency::idempotent_body;
use super::list_continued;
use super::paths::PathIds;
use super::require_literal_segment;
use super::Rq;
use super::Subject;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::api::Reply;
use crate::app::RecordId;
use crate::app::UserRef;
use crate::error::Error;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn invite_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ContinuedListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::OrganizationInvite>>, ApiError> {
    let organization = path.ids();
    list_continued(&rqctx, organization, query, async |app, caller, _, page| {
        app.invite_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn invite_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationInviteCreate>,
) -> Result<Reply<HttpResponseCreated<api::OrganizationInvite>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let invite =
                app.invite_create(caller, organization, params).await?;
            Ok(HttpResponseCreated(invite))
        },
        async |caller, added| {
            let id = RecordId::parse(added.id("OrganizationInvite")?);
            let invites = app.invite_views(caller, organization, [id]).await?;
            let invite = invites.into_iter().next();
            Ok(HttpResponseCreated(invite.ok_or_else(Error::object_not_found)?))
        },
    )
    .await
}

pub(super) async fn invite_delete(
    rqctx: Rq,
    path: Path<api::InvitePath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, invite) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.invite_delete(caller, organization, invite).await
    })
    .await
}

pub(super) async fn invite_bulk_create(
    rqctx: Rq,
    path: Path<api::InvitePath>,
    body: JsonBody<Vec<api::OrganizationInviteCreate>>,
) -> Result<Reply<HttpResponseCreated<Vec<api::OrganizationInvite>>>, ApiError>
{
    let path = path.into_inner();
    require_literal_segment(&rqctx, &path.invite_id)?;
    let (organization, _) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let invites =
                app.invite_bulk_create(caller, organization, params).await?;
            Ok(HttpResponseCreated(invites))
        },
        async |caller, added| {
            let ids = added.ids("OrganizationInvite").map(RecordId::parse);
            let invites = app.invite_views(caller, organization, ids).await?;
            Ok(HttpResponseCreated(invites))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseCreated<api::User>>, ApiError> {
    let invite = path.ids();
    let (app, caller) = authenticate(&rqctx, Subject::Other, None).await?;
    idempotent(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            Ok(HttpResponseCreated(app.signup_accept(caller, invite).await?))
        },
        async |caller, _| {
            Ok(HttpResponseCreated(app.user_view(caller, UserRef::Me).await?))
        },
    )
    .await
}
