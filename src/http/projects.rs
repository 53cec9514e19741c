//! The `projects` operations: an organization's projects, their settings
//! and tokens, and moving one to another organization.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent;
use super::idempotency::idempotent_body;
use super::list;
use super::paths::PathIds;
use super::Rq;
use super::Subject;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::api::Reply;
use crate::app::projects::TokenAction;
use crate::app::App;
use crate::app::Caller;
use crate::app::OrganizationRef;
use crate::app::ProjectRef;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;
use std::sync::Arc;

pub(super) async fn project_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ProjectListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::TeamBasic>>, ApiError> {
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, params, page| {
        app.project_list(caller, organization, params.search, page).await
    })
    .await
}

pub(super) async fn project_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::ProjectWrite>,
) -> Result<Reply<HttpResponseCreated<api::Project>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let project =
                app.project_create(caller, organization, params).await?;
            Ok(HttpResponseCreated(project))
        },
        async |caller, added| {
            let id = added.id("Project")?;
            let project = app.project_view(caller, organization, id).await?;
            Ok(HttpResponseCreated(project))
        },
    )
    .await
}

pub(super) async fn project_view_root(
    rqctx: Rq,
    path: Path<api::ProjectRootPath>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    let id = path.into_inner().id;
    let subject = Subject::Project(None, ProjectRef::parse(&id));
    let (app, caller) = authenticate(&rqctx, subject, None).await?;
    Ok(HttpResponseOk(app.project_view_root(&caller, &id).await?))
}

/// The caller of an operation on the project the path names, with the
/// path's ids (authenticated before any body is read).
async fn project_caller<'a>(
    rqctx: &'a Rq,
    path: Path<api::ProjectPath>,
    key_in_body: Option<&str>,
) -> Result<(&'a App, Arc<Caller>, OrganizationRef, String), ApiError> {
    let (organization, id) = path.ids();
    let subject = Subject::Project(Some(organization), ProjectRef::parse(&id));
    let (app, caller) = authenticate(rqctx, subject, key_in_body).await?;
    Ok((app, caller, organization, id))
}

pub(super) async fn project_view(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    let (app, caller, organization, id) =
        project_caller(&rqctx, path, None).await?;
    Ok(HttpResponseOk(app.project_view(&caller, organization, &id).await?))
}

pub(super) async fn project_update(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
    body: JsonBody<api::ProjectWrite>,
) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
    let (app, caller, organization, id) =
        project_caller(&rqctx, path, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, write| {
            let project =
                app.project_update(caller, organization, &id, write).await?;
            Ok(HttpResponseOk(project))
        },
        async |caller, _| {
            Ok(HttpResponseOk(
                app.project_view(caller, organization, &id).await?,
            ))
        },
    )
    .await
}

pub(super) async fn project_delete(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (app, caller, organization, id) =
        project_caller(&rqctx, path, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.project_delete(caller, organization, &id).await
    })
    .await
}

pub(super) async fn project_change_organization(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
    body: JsonBody<api::ProjectMove>,
) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
    let (app, caller, organization, id) =
        project_caller(&rqctx, path, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, target| {
            let project = app
                .project_change_organization(caller, organization, &id, target)
                .await?;
            Ok(HttpResponseOk(project))
        },
        // Moved, the project is read where it is now.
        async |caller, _| {
            Ok(HttpResponseOk(app.project_view_root(caller, &id).await?))
        },
    )
    .await
}

/// One of a project's token actions.
async fn project_token_action(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
    action: TokenAction,
) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
    let (app, caller, organization, id) =
        project_caller(&rqctx, path, None).await?;
    idempotent(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            let project = app
                .project_token_action(caller, organization, &id, action)
                .await?;
            Ok(HttpResponseOk(project))
        },
        async |caller, _| {
            Ok(HttpResponseOk(
                app.project_view(caller, organization, &id).await?,
            ))
        },
    )
    .await
}

pub(super) async fn project_reset_token(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
    project_token_action(rqctx, path, TokenAction::ResetPublic).await
}

pub(super) async fn project_rotate_secret_token(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
    project_token_action(rqctx, path, TokenAction::RotateSecret).await
}

pub(super) async fn project_delete_secret_token_backup(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
    project_token_action(rqctx, path, TokenAction::DeleteSecretBackup).await
}

pub(super) async fn project_is_generating_demo_data(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::DemoDataStatus>, ApiError> {
    let (app, caller, organization, id) =
        project_caller(&rqctx, path, None).await?;
    let status =
        app.project_is_generating_demo_data(&caller, organization, &id).await?;
    Ok(HttpResponseOk(status))
}
