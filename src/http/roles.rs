//! The `roles` operations: an organization's roles and their
//! memberships. A PUT of a role is the PATCH of its one field.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent;
use super::list_continued;
use super::paths::PathIds;
use super::Rq;
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

pub(super) async fn role_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ContinuedListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::Role>>, ApiError> {
    let organization = path.ids();
    list_continued(&rqctx, organization, query, async |app, caller, _, page| {
        app.role_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn role_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::RoleCreate>,
) -> Result<Reply<HttpResponseCreated<api::Role>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let request = body.bytes().to_vec();
    idempotent(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let params = body.into_inner()?;
            Ok(HttpResponseCreated(
                app.role_create(caller, organization, params).await?,
            ))
        },
        async |caller, added| {
            let role = RecordId::parse(added.id("Role")?);
            Ok(HttpResponseCreated(
                app.role_view(caller, organization, role).await?,
            ))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let request = body.bytes().to_vec();
    idempotent(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let patch = api::RolePatch { name: Some(body.into_inner()?.name) };
            let role =
                app.role_patch(caller, organization, role, patch).await?;
            Ok(HttpResponseOk(role))
        },
        async |caller, _| {
            Ok(HttpResponseOk(app.role_view(caller, organization, role).await?))
        },
    )
    .await
}

pub(super) async fn role_patch(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RolePatch>,
) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let request = body.bytes().to_vec();
    idempotent(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let patch = body.into_inner()?;
            let role =
                app.role_patch(caller, organization, role, patch).await?;
            Ok(HttpResponseOk(role))
        },
        async |caller, _| {
            Ok(HttpResponseOk(app.role_view(caller, organization, role).await?))
        },
    )
    .await
}

pub(super) async fn role_delete(
    rqctx: Rq,
    path: Path<api::RolePath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.role_delete(caller, organization, role).await
    })
    .await
}

pub(super) async fn role_membership_list(
    rqctx: Rq,
    path: Path<api::RolePath>,
    query: QueryParams<api::JoinedListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::RoleMembership>>, ApiError> {
    let (organization, role) = path.ids();
    list_continued(&rqctx, organization, query, async |app, caller, _, page| {
        app.role_membership_list(caller, organization, role, page).await
    })
    .await
}

pub(super) async fn role_membership_create(
    rqctx: Rq,
    path: Path<api::RolePath>,
    body: JsonBody<api::RoleMembershipCreate>,
) -> Result<Reply<HttpResponseCreated<api::RoleMembership>>, ApiError> {
    let (organization, role) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let request = body.bytes().to_vec();
    idempotent(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let params = body.into_inner()?;
            let member = app
                .role_membership_create(caller, organization, role, params)
                .await?;
            Ok(HttpResponseCreated(member))
        },
        async |caller, added| {
            let membership = RecordId::parse(added.id("RoleMembership")?);
            let member = app
                .role_membership_view(caller, organization, role, membership)
                .await?;
            Ok(HttpResponseCreated(member))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, role, membership) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.role_membership_delete(caller, organization, role, membership).await
    })
    .await
}
