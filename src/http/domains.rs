//! The `domains` operations: verified domains, their SSO and SCIM
//! settings and SCIM request logs. Views carry absolute SCIM URLs, so
//! each call passes the base URL.

use super::authenticate;
use super::base_url;
use super::list;
use super::page_numbered;
use super::paths::PathIds;
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
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        let base_url = base_url(&rqctx);
        app.domain_list(caller, organization, page, &base_url).await
    })
    .await
}

pub(super) async fn domain_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationDomainCreate>,
) -> Result<HttpResponseCreated<api::OrganizationDomain>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let domain = app
        .domain_create(
            &caller,
            organization,
            body.into_inner()?,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseCreated(domain))
}

pub(super) async fn domain_view(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let domain = app
        .domain_view(&caller, organization, domain, &base_url(&rqctx))
        .await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_delete(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.domain_delete(&caller, organization, domain).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn domain_verify(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let domain = app
        .domain_verify(&caller, organization, domain, &base_url(&rqctx))
        .await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_scim_token(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let domain = app
        .domain_scim_token(&caller, organization, domain, &base_url(&rqctx))
        .await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_scim_logs(
    rqctx: Rq,
    path: Path<api::DomainPath>,
    query: QueryParams<api::ScimLogParams>,
) -> Result<HttpResponseOk<api::Paginated<api::ScimRequestLog>>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let params = query.into_inner()?;
    let (page, number, size) =
        app.domain_scim_logs(&caller, organization, domain, &params).await?;
    Ok(HttpResponseOk(page_numbered(&rqctx, number, size, page)))
}

/// PUT and PATCH of a domain are the same change (every field optional;
/// the domain itself never changes).
pub(super) async fn domain_change(
    rqctx: Rq,
    path: Path<api::DomainPath>,
    body: JsonBody<api::OrganizationDomainPatch>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let domain = app
        .domain_patch(
            &caller,
            organization,
            domain,
            body.into_inner()?,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseOk(domain))
}
