//! The `domains` operations: verified domains, their SSO and SCIM
//! settings and SCIM request logs. Views carry absolute SCIM URLs, so
//! each call passes the base URL.

use super::authenticate;
use super::base_url;
use super::idempotency::deleted;
use super::idempotency::idempotent;
use super::idempotency::idempotent_body;
use super::idempotency::idempotent_secret;
use super::list_continued;
use super::page_numbered;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use crate::api::Reply;
use crate::app::App;
use crate::app::Caller;
use crate::app::OrganizationRef;
use crate::app::RecordId;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn domain_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ContinuedListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::OrganizationDomain>>, ApiError> {
    let organization = path.ids();
    list_continued(&rqctx, organization, query, async |app, caller, _, page| {
        let base_url = base_url(&rqctx);
        app.domain_list(caller, organization, page, &base_url).await
    })
    .await
}

pub(super) async fn domain_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::OrganizationDomainCreate>,
) -> Result<Reply<HttpResponseCreated<api::OrganizationDomain>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let base_url = base_url(&rqctx);
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let domain = app
                .domain_create(caller, organization, params, &base_url)
                .await?;
            Ok(HttpResponseCreated(domain))
        },
        async |caller, added| {
            let domain = RecordId::parse(added.id("OrganizationDomain")?);
            let domain = app
                .domain_view(caller, organization, domain, &base_url)
                .await?;
            Ok(HttpResponseCreated(domain))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.domain_delete(caller, organization, domain).await
    })
    .await
}

pub(super) async fn domain_verify(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let base_url = base_url(&rqctx);
    idempotent(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            let verified = app
                .domain_verify(caller, organization, domain, &base_url)
                .await?;
            Ok(HttpResponseOk(verified))
        },
        async |caller, _| {
            view(app, caller, organization, domain, &base_url).await
        },
    )
    .await
}

/// The domain as it is now: a lost answer read back.
async fn view(
    app: &App,
    caller: &Caller,
    organization: OrganizationRef,
    domain: RecordId,
    base_url: &str,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let domain =
        app.domain_view(caller, organization, domain, base_url).await?;
    Ok(HttpResponseOk(domain))
}

pub(super) async fn domain_scim_token(
    rqctx: Rq,
    path: Path<api::DomainPath>,
) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let base_url = base_url(&rqctx);
    idempotent_secret(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            let rotated = app
                .domain_scim_token(caller, organization, domain, &base_url)
                .await?;
            Ok(HttpResponseOk(rotated))
        },
        // The new token is shown once: read back, it is not.
        async |caller, _| {
            view(app, caller, organization, domain, &base_url).await
        },
    )
    .await
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
) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
    let (organization, domain) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let base_url = base_url(&rqctx);
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let patched = app
                .domain_patch(caller, organization, domain, params, &base_url)
                .await?;
            Ok(HttpResponseOk(patched))
        },
        async |caller, _| {
            view(app, caller, organization, domain, &base_url).await
        },
    )
    .await
}
