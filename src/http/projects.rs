//! The `projects` operations: an organization's projects, their settings
//! and tokens, and moving one to another organization.

use super::authenticate;
use super::list;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::app::App;
use crate::app::Caller;
use crate::app::OrganizationRef;
use crate::error::Error;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

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
) -> Result<HttpResponseCreated<api::Project>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let project =
        app.project_create(&caller, organization, body.into_inner()?).await?;
    Ok(HttpResponseCreated(project))
}

/// Runs `operation` on the project the path names, for its caller.
async fn on_project<T>(
    rqctx: &Rq,
    path: Path<api::ProjectPath>,
    key_in_body: Option<&str>,
    operation: impl AsyncFnOnce(
        &App,
        &Caller,
        OrganizationRef,
        &str,
    ) -> Result<T, Error>,
) -> Result<T, ApiError> {
    let (organization, id) = path.ids();
    let (app, caller) = authenticate(rqctx, organization, key_in_body).await?;
    Ok(operation(app, &caller, organization, &id).await?)
}

pub(super) async fn project_view(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    on_project(&rqctx, path, None, async |app, caller, organization, id| {
        app.project_view(caller, organization, id).await
    })
    .await
    .map(HttpResponseOk)
}

pub(super) async fn project_update(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
    body: JsonBody<api::ProjectWrite>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    let key = body.personal_api_key().map(str::to_string);
    let write = body.into_inner()?;
    on_project(
        &rqctx,
        path,
        key.as_deref(),
        async |app, caller, organization, id| {
            app.project_update(caller, organization, id, write).await
        },
    )
    .await
    .map(HttpResponseOk)
}

pub(super) async fn project_delete(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    on_project(&rqctx, path, None, async |app, caller, organization, id| {
        app.project_delete(caller, organization, id).await
    })
    .await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn project_change_organization(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
    body: JsonBody<api::ProjectMove>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    let key = body.personal_api_key().map(str::to_string);
    let target = body.into_inner()?;
    on_project(
        &rqctx,
        path,
        key.as_deref(),
        async |app, caller, organization, id| {
            app.project_change_organization(caller, organization, id, target)
                .await
        },
    )
    .await
    .map(HttpResponseOk)
}

pub(super) async fn project_reset_token(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    on_project(&rqctx, path, None, async |app, caller, organization, id| {
        app.project_reset_token(caller, organization, id).await
    })
    .await
    .map(HttpResponseOk)
}

pub(super) async fn project_rotate_secret_token(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    on_project(&rqctx, path, None, async |app, caller, organization, id| {
        app.project_rotate_secret_token(caller, organization, id).await
    })
    .await
    .map(HttpResponseOk)
}

pub(super) async fn project_delete_secret_token_backup(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::Project>, ApiError> {
    on_project(&rqctx, path, None, async |app, caller, organization, id| {
        app.project_delete_secret_token_backup(caller, organization, id).await
    })
    .await
    .map(HttpResponseOk)
}

pub(super) async fn project_is_generating_demo_data(
    rqctx: Rq,
    path: Path<api::ProjectPath>,
) -> Result<HttpResponseOk<api::DemoDataStatus>, ApiError> {
    on_project(&rqctx, path, None, async |app, caller, organization, id| {
        app.project_is_generating_demo_data(caller, organization, id).await
    })
    .await
    .map(HttpResponseOk)
}
