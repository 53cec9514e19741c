//! The `webhooks` operations: an organization's webhook endpoints, their
//! deliveries, retries and replays.

use super::authenticate;
use super::idempotency::deleted;
use super::idempotency::idempotent;
use super::idempotency::idempotent_body;
use super::idempotency::idempotent_secret;
use super::idempotency::request_and_body;
use super::list;
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
) -> Result<Reply<HttpResponseCreated<api::Webhook>>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let (request, params) = request_and_body(body);
    idempotent_secret(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let params = params?;
            let webhook =
                app.webhook_create(caller, organization, params).await?;
            Ok(HttpResponseCreated(webhook))
        },
        // The secret is shown once: read back, it is not.
        async |caller, added| {
            let webhook = RecordId::parse(added.id("Webhook")?);
            let webhook =
                app.webhook_view(caller, organization, webhook).await?;
            Ok(HttpResponseCreated(webhook))
        },
    )
    .await
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
) -> Result<Reply<HttpResponseOk<api::Webhook>>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    idempotent_body(
        &rqctx,
        app,
        &caller,
        body,
        async |caller, params| {
            let patched = app
                .webhook_patch(caller, organization, webhook, params)
                .await?;
            Ok(HttpResponseOk(patched))
        },
        async |caller, _| view(app, caller, organization, webhook).await,
    )
    .await
}

/// The endpoint as it is now: a lost answer read back.
async fn view(
    app: &App,
    caller: &Caller,
    organization: OrganizationRef,
    webhook: RecordId,
) -> Result<HttpResponseOk<api::Webhook>, ApiError> {
    Ok(HttpResponseOk(app.webhook_view(caller, organization, webhook).await?))
}

pub(super) async fn webhook_delete(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    deleted(&rqctx, app, &caller, async |caller| {
        app.webhook_delete(caller, organization, webhook).await
    })
    .await
}

pub(super) async fn webhook_rotate_secret(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
) -> Result<Reply<HttpResponseOk<api::Webhook>>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    idempotent_secret(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            let rotated = app
                .webhook_rotate_secret(caller, organization, webhook)
                .await?;
            Ok(HttpResponseOk(rotated))
        },
        // The new secret is shown once: read back, it is not.
        async |caller, _| view(app, caller, organization, webhook).await,
    )
    .await
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
) -> Result<Reply<HttpResponseAccepted<api::WebhookQueued>>, ApiError> {
    let (organization, webhook, event) = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    idempotent(
        &rqctx,
        app,
        &caller,
        &[],
        async |caller| {
            let queued = app
                .webhook_delivery_retry(caller, organization, webhook, event)
                .await?;
            Ok(HttpResponseAccepted(queued))
        },
        async |_, _| {
            let queued = api::WebhookQueued { from_event: event.uuid() };
            Ok(HttpResponseAccepted(queued))
        },
    )
    .await
}

pub(super) async fn webhook_replay(
    rqctx: Rq,
    path: Path<api::WebhookPath>,
    body: JsonBody<api::WebhookReplay>,
) -> Result<Reply<HttpResponseAccepted<api::WebhookQueued>>, ApiError> {
    let (organization, webhook) = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let (request, params) = request_and_body(body);
    let params = params?;
    idempotent(
        &rqctx,
        app,
        &caller,
        &request,
        async |caller| {
            let queued = app
                .webhook_replay(caller, organization, webhook, params.clone())
                .await?;
            Ok(HttpResponseAccepted(queued))
        },
        async |caller, _| {
            let queued = app
                .webhook_replay_queued(
                    caller,
                    organization,
                    webhook,
                    params.clone(),
                )
                .await?;
            Ok(HttpResponseAccepted(queued))
        },
    )
    .await
}
