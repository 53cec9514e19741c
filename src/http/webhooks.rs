//! The `webhooks` operations: an organization's webhook endpoints, their
//! deliveries, retries and replays.

use super::authenticate;
use super::list;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::QueryParams;
use dropshot::HttpResponseAccepted;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

pub(super) async fn webhook_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::Webhook>>, ApiError> {
    let organization = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.webhook_list(caller, organization, page).await
    })
    .await
}

pub(super) async fn webhook_create(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::WebhookCreate>,
) -> Result<HttpResponseCreated<api::Webhook>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let webhook =
        app.webhook_create(&caller, organization, body.into_inner()?).await?;
    Ok(HttpResponseCreated(webhook))
}

pub(super) async fn webhook_view(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
) -> Result<HttpResponseOk<api::Webhook>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(app.webhook_view(&caller, organization, webhook).await?))
}

pub(super) async fn webhook_patch(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
    body: JsonBody<api::WebhookPatch>,
) -> Result<HttpResponseOk<api::Webhook>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let params = body.into_inner()?;
    Ok(HttpResponseOk(
        app.webhook_patch(&caller, organization, webhook, params).await?,
    ))
}

pub(super) async fn webhook_delete(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
) -> Result<HttpResponseDeleted, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    app.webhook_delete(&caller, organization, webhook).await?;
    Ok(HttpResponseDeleted())
}

pub(super) async fn webhook_rotate_secret(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
) -> Result<HttpResponseOk<api::Webhook>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(
        app.webhook_rotate_secret(&caller, organization, webhook).await?,
    ))
}

pub(super) async fn webhook_delivery_list(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
    query: QueryParams<api::ListParams>,
) -> Result<HttpResponseOk<api::Paginated<api::WebhookDelivery>>, ApiError> {
    let (organization, webhook) = path.ids();
    list(&rqctx, organization, query, async |app, caller, _, page| {
        app.webhook_delivery_list(caller, organization, webhook, page).await
    })
    .await
}

pub(super) async fn webhook_delivery_retry(
    rqctx: Rq,
    path: Path<api::WebhookDeliveryPath>,
) -> Result<HttpResponseAccepted<api::WebhookQueued>, ApiError> {
    let (organization, webhook, event) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseAccepted(
        app.webhook_delivery_retry(&caller, organization, webhook, event)
            .await?,
    ))
}

pub(super) async fn webhook_replay(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
    body: JsonBody<api::WebhookReplay>,
) -> Result<HttpResponseAccepted<api::WebhookQueued>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let params = body.into_inner()?;
    Ok(HttpResponseAccepted(
        app.webhook_replay(&caller, organization, webhook, params).await?,
    ))
}
