//! The `domains` operations: verified domains, their SSO and SCIM
//! settings and SCIM request logs. Views carry absolute SCIM URLs, so
//! each call passes the base URL.

use super::app_and_caller;
use super::app_and_caller_with_body;
use super::base_url;
use super::list;
use super::page_numbered;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn domain_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::OrganizationDomain>>, ApiError> {
    let path = path.into_inner();
    list(&rqctx, query, async |app, caller, _, page| {
        let base_url = base_url(&rqctx);
        app.domain_list(caller, &path.organization_id, page, &base_url).await
    })
    .await
}

pub(super) async fn domain_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationDomainCreate>,
) -> Result<HttpResponseCreated<api::OrganizationDomain>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let id = path.into_inner().organization_id;
    let domain = app
        .domain_create(&caller, &id, body.into_inner()?, &base_url(&rqctx))
        .await?;
    Ok(HttpResponseCreated(domain))
}

pub(super) async fn domain_view(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let domain = app
        .domain_view(
            &caller,
            &path.organization_id,
            &path.domain_id,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_delete(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    app.domain_delete(&caller, &path.organization_id, &path.domain_id).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn domain_verify(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let domain = app
        .domain_verify(
            &caller,
            &path.organization_id,
            &path.domain_id,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_scim_token(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let path = path.into_inner();
    let domain = app
        .domain_scim_token(
            &caller,
            &path.organization_id,
            &path.domain_id,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_scim_logs(
    rqctx: Rq,
    path: Path<api::DomainPath>,
    query: QueryParams<api::ScimLogParams>,
) -> Result<HttpResponseOk<api::Paginated<api::ScimRequestLog>>, ApiError> {
    let (app, caller) = app_and_caller(&rqctx).await?;
    let params = query.into_inner()?;
    let path = path.into_inner();
    let (page, number, size) = app
        .domain_scim_logs(
            &caller,
            &path.organization_id,
            &path.domain_id,
            &params,
        )
        .await?;
    Ok(HttpResponseOk(page_numbered(&rqctx, number, size, page)))
}

/// PUT and PATCH of a domain are the same change (every field optional;
/// the domain itself never changes).
pub(super) async fn domain_change(
    rqctx: Rq,
    path: Path<api::DomainPath>,
    body: JsonBody<api::OrganizationDomainPatch>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let domain = app
        .domain_patch(
            &caller,
            &path.organization_id,
            &path.domain_id,
            body.into_inner()?,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseOk(domain))
}
