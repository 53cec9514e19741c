//! The `role_external_references` operations: external providers' roles
//! mapped to roles, and looking them up.

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

pub(super) async fn role_external_reference_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::RoleExternalReference>>, ApiError>
{
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, _, page| {
        app.role_external_reference_list(caller, &path.organization_id, page)
            .await
    })
    .await
}

pub(super) async fn role_external_reference_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::RoleExternalReferenceCreate>,
) -> Result<HttpResponseCreated<api::RoleExternalReference>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    let reference = app
        .role_external_reference_create(&caller, &id, body.into_inner()?)
        .await?;
    Ok(HttpResponseCreated(reference))
}

pub(super) async fn role_external_reference_delete(
    rqctx: Rq,
    path: Path<api::RoleExternalReferencePath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.role_external_reference_delete(
        &caller,
        &path.organization_id,
        &path.reference_id,
    )
    .await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn role_external_reference_lookup(
    rqctx: Rq,
    path: Path<api::RoleExternalReferencePath>,
    query: QueryParams<api::RoleExternalReferenceLookupParams>,
) -> Result<HttpResponseOk<api::RoleLookupResponse>, ApiError> {
    let path = path.into_inner();
    require_literal_segment(&rqctx, &path.reference_id)?;
    let (app, caller) = app_and_caller(&rqctx).await?;
    let found = app
        .role_external_reference_lookup(
            &caller,
            &path.organization_id,
            query.into_inner()?,
        )
        .await?;
    Ok(HttpResponseOk(found))
}
