//! The `role_external_references` operations: external providers' roles
//! mapped to roles, and looking them up.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent_body;
use super::list;
use super::paths::PathIds;
use super::require_literal_segment;
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

pub(super) async fn role_external_reference_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::RoleExternalReference>>, ApiError>
{
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.role_external_reference_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn role_external_reference_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::RoleExternalReferenceCreate>,
) -> Result<Reply<HttpResponseCreated<api::RoleExternalReference>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let reference = app
                .role_external_reference_create(caller, organization, params)
                .await?;
            Ok(HttpResponseCreated(reference))
        },
        async |caller, added| {
            let id = RecordId::parse(added.id("RoleExternalReference")?);
            let reference = app
                .role_external_reference_read(caller, organization, id)
                .await?;
            Ok(HttpResponseCreated(reference))
        },
    )
    .await
}

pub(super) async fn role_external_reference_delete(
    rqctx: Rq,
    path: Path<api::RoleExternalReferencePath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, reference) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.role_external_reference_delete(caller, organization, reference)
            .await
    })
    .await
}

pub(super) async fn role_external_reference_lookup(
    rqctx: Rq,
    path: Path<api::RoleExternalReferencePath>,
    query: QueryParams<api::RoleExternalReferenceLookupParams>,
) -> Result<HttpResponseOk<api::RoleLookupResponse>, ApiError> {
    let path = path.into_inner();
    require_literal_segment(&rqctx, &path.reference_id)?;
    let (organization, _) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let found = app
        .role_external_reference_lookup(
            &caller,
            organization,
            query.into_inner()?,
        )
        .await?;
    Ok(HttpResponseOk(found))
}
