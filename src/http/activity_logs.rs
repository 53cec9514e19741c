//! The `activity_logs` operations: the organization's activity log, its
//! filters, and its export.

use super::authenticate;
use super::page_link;
use super::paths::PathIds;
use super::Rq;
use crate::api;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::ListQuery;
use crate::app::activity::PageLinks;
use bytes::Bytes;
use dropshot::Body;
use dropshot::HttpResponseOk;
use dropshot::Path;
use http::Response;
use http_body_util::StreamBody;
use hyper::body::Frame;

pub(super) async fn advanced_activity_log_list(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    query: ListQuery<api::ActivityLogParams>,
) -> Result<HttpResponseOk<api::ActivityLogPage>, ApiError> {
    let organization = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    let params = query.into_inner()?;
    let page = app.activity_log_list(&caller, organization, params).await?;
    let (count, next, previous) = match page.links {
        PageLinks::Numbered { count, next, previous } => {
            let link =
                |number| page_link(&rqctx, &["page"], &[("page", number)]);
            (Some(count), next.map(link), previous.map(link))
        }
        PageLinks::Cursor { next, previous } => {
            let link = |cursor: crate::app::activity::Cursor| {
                page_link(&rqctx, &["cursor"], &[("cursor", cursor.encoded())])
            };
            (None, next.map(link), previous.map(link))
        }
    };
    Ok(HttpResponseOk(api::ActivityLogPage {
        count,
        next,
        previous,
        results: page.results,
    }))
}

pub(super) async fn advanced_activity_log_available_filters(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
) -> Result<HttpResponseOk<api::ActivityLogAvailableFilters>, ApiError> {
    let organization = path.ids();
    let (app, caller) = authenticate(&rqctx, organization, None).await?;
    Ok(HttpResponseOk(
        app.activity_log_available_filters(&caller, organization).await?,
    ))
}

/// The export, streamed as the app writes it: a chunk at a time, so that
/// a slow reader holds back the scan rather than filling memory.
pub(super) async fn advanced_activity_log_export(
    rqctx: Rq,
    path: Path<api::OrganizationPath>,
    body: JsonBody<api::ActivityLogExport>,
) -> Result<Response<Body>, ApiError> {
    let organization = path.ids();
    let (app, caller) =
        authenticate(&rqctx, organization, body.personal_api_key()).await?;
    let export = body.into_inner()?;
    let (format, chunks) =
        app.activity_log_export(&caller, organization, export).await?;
    let (content_type, extension) = match format {
        api::ActivityLogExportFormat::Csv => ("text/csv; charset=utf-8", "csv"),
        api::ActivityLogExportFormat::Ndjson => {
            ("application/x-ndjson", "ndjson")
        }
    };
    let stream = futures::stream::unfold(chunks, |mut chunks| async move {
        let chunk = chunks.recv().await?;
        Some((
            Ok::<_, std::convert::Infallible>(Frame::data(Bytes::from(chunk))),
            chunks,
        ))
    });
    let disposition =
        format!("attachment; filename=\"activity_logs.{extension}\"");
    Ok(Response::builder()
        .status(http::StatusCode::OK)
        .header(http::header::CONTENT_TYPE, content_type)
        .header(http::header::CONTENT_DISPOSITION, disposition)
        .body(Body::wrap(StreamBody::new(stream)))
        .expect("a valid response"))
}
