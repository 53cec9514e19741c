//! What every operation answers: its response, or an error that carries
//! headers.
//!
//! ## Why not just `Result<R, ApiError>`
//! Dropshot renders a handler's error from its body alone: an error type
//! has no way to add a header (`HttpResponseError` is a body and a status).
//! PostHog's 429 carries `Retry-After`, the seconds to wait, which Django
//! REST framework sets from the throttle and clients read to back off. So
//! each operation answers a [`Reply`], which Dropshot treats as a response
//! of `R`'s status and body in the document, and which renders an error
//! that needs headers itself, with them. Errors that need none stay the
//! handler's `Err`, which Dropshot logs as it does every error.

use super::error::ApiError;
use dropshot::Body;
use dropshot::HttpCodedResponse;
use http::Response;
use http::StatusCode;

/// `R`, or an error that needs headers (see the module doc).
pub enum Reply<R> {
    Answer(R),
    Refusal(ApiError),
    /// The answer kept for the request's `Idempotency-Key`, given again:
    /// its status and body (JSON, or empty).
    Replayed {
        status: u16,
        body: String,
    },
}

impl<R: HttpCodedResponse> HttpCodedResponse for Reply<R> {
    type Body = R::Body;
    const STATUS_CODE: StatusCode = R::STATUS_CODE;
    const DESCRIPTION: &'static str = R::DESCRIPTION;
}

/// How Dropshot turns a reply into its response (its handler result is
/// `Result<Response<Body>, E>`, with an error type it does not export).
impl<R, E> From<Reply<R>> for Result<Response<Body>, E>
where
    R: Into<Result<Response<Body>, E>>,
{
    fn from(reply: Reply<R>) -> Self {
        match reply {
            Reply::Answer(response) => response.into(),
            Reply::Refusal(error) => Ok(error.response()),
            Reply::Replayed { status, body } => Ok(replayed(status, body)),
        }
    }
}

/// A kept answer given again (see [`Reply::Replayed`]), marked so.
pub fn replayed(status: u16, body: String) -> Response<Body> {
    let status = StatusCode::from_u16(status)
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut builder = Response::builder()
        .status(status)
        .header("idempotent-replayed", "true");
    if !body.is_empty() {
        builder =
            builder.header(http::header::CONTENT_TYPE, "application/json");
    }
    builder.body(Body::from(body)).expect("a valid response")
}

/// Runs an operation's handler: its errors that carry headers become
/// refusals, the others stay errors.
pub async fn reply<R>(
    handler: impl std::future::Future<Output = Result<R, ApiError>>,
) -> Result<Reply<R>, ApiError> {
    replied(async { Ok(Reply::Answer(handler.await?)) }).await
}

/// Runs a write operation's handler, which answers a [`Reply`] itself (a
/// kept answer given again), as [`reply`] runs the others.
pub async fn replied<R>(
    handler: impl std::future::Future<Output = Result<Reply<R>, ApiError>>,
) -> Result<Reply<R>, ApiError> {
    match handler.await {
        Ok(reply) => Ok(reply),
        Err(error) if error.retry_after.is_some() => Ok(Reply::Refusal(error)),
        Err(error) => Err(error),
    }
}

impl ApiError {
    /// This error as a response, with its headers.
    pub fn response(&self) -> Response<Body> {
        let status = StatusCode::from_u16(self.status)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut builder = Response::builder()
            .status(status)
            .header(http::header::CONTENT_TYPE, "application/json");
        if let Some(seconds) = self.retry_after {
            builder = builder.header(http::header::RETRY_AFTER, seconds);
        }
        let body =
            serde_json::to_string(self).expect("an error body is plain JSON");
        builder.body(Body::from(body)).expect("a valid response")
    }
}
