//! The `Idempotency-Key` header on every write (see `app::idempotency`
//! for the rules): each write operation runs through [`idempotent`], with
//! its write, and with how its answer is read back where the first
//! answer was lost after the write was applied.

use super::Rq;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::Reply;
use crate::app::idempotency::Begun;
use crate::app::idempotency::Created;
use crate::app::App;
use crate::app::Caller;
use crate::app::CommitWitness;
use crate::error::Unavailability;
use dropshot::HttpCodedResponse;
use dropshot::HttpResponseAccepted;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use serde::Serialize;

/// The header.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// What a write's answer keeps: its status and body.
pub(super) trait Kept: HttpCodedResponse {
    fn body(&self) -> String;
}

impl<T: Serialize + schemars::JsonSchema + Send + Sync + 'static> Kept
    for HttpResponseCreated<T>
{
    fn body(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }
}

impl<T: Serialize + schemars::JsonSchema + Send + Sync + 'static> Kept
    for HttpResponseOk<T>
{
    fn body(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }
}

impl<T: Serialize + schemars::JsonSchema + Send + Sync + 'static> Kept
    for HttpResponseAccepted<T>
{
    fn body(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }
}

impl Kept for HttpResponseDeleted {
    fn body(&self) -> String {
        String::new()
    }
}

/// Runs a write (`write`, as `caller`) under the request's
/// `Idempotency-Key` if it sent one: the first answer of the key's
/// request is kept, and given again to the same request sent again
/// (`read_back` makes it from the records the write added where it was
/// lost); the key refused where it names another request or one still
/// running. `body` is the request's body, as its JSON document.
pub(super) async fn idempotent<R: Kept>(
    rqctx: &Rq,
    app: &App,
    caller: &Caller,
    body: &[u8],
    write: impl AsyncFnOnce(&Caller) -> Result<R, ApiError>,
    read_back: impl AsyncFnOnce(&Caller, &Created) -> Result<R, ApiError>,
) -> Result<Reply<R>, ApiError> {
    under_key(rqctx, app, caller, body, write, read_back, Keep::Answer).await
}

/// [`idempotent`], for a write whose answer shows a secret once (a new
/// key, token or signing secret): the answer is not kept, since secrets
/// are stored only hashed, so the same request sent again is answered
/// with what it made read back, without the secret.
pub(super) async fn idempotent_secret<R: Kept>(
    rqctx: &Rq,
    app: &App,
    caller: &Caller,
    body: &[u8],
    write: impl AsyncFnOnce(&Caller) -> Result<R, ApiError>,
    read_back: impl AsyncFnOnce(&Caller, &Created) -> Result<R, ApiError>,
) -> Result<Reply<R>, ApiError> {
    under_key(rqctx, app, caller, body, write, read_back, Keep::Nothing).await
}

/// Whether a write's answer is kept for the same request sent again.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    Answer,
    Nothing,
}

/// [`idempotent`] and [`idempotent_secret`]: the write under the
/// request's key, its answer kept as `keep` says.
async fn under_key<R: Kept>(
    rqctx: &Rq,
    app: &App,
    caller: &Caller,
    body: &[u8],
    write: impl AsyncFnOnce(&Caller) -> Result<R, ApiError>,
    read_back: impl AsyncFnOnce(&Caller, &Created) -> Result<R, ApiError>,
    keep: Keep,
) -> Result<Reply<R>, ApiError> {
    // The request's own copy of its caller, with the witness of its
    // commits: an error after one is not "nothing applied".
    let mut caller = caller.clone();
    let witness = CommitWitness::default();
    caller.witness = Some(witness.clone());
    let headers = rqctx.request.headers();
    let Some(key) = headers.get(IDEMPOTENCY_KEY) else {
        return write(&caller)
            .await
            .map(Reply::Answer)
            .map_err(|error| after_commit(error, &witness));
    };
    let key = key.to_str().unwrap_or("\u{7f}");
    let begun =
        app.idempotency_begin(&caller, key, &request_of(rqctx, body)).await?;
    let claim = match begun {
        Begun::Answer { status, body } => {
            return Ok(Reply::Replayed { status, body });
        }
        Begun::ReadBack(created) => {
            return Ok(Reply::Answer(read_back(&caller, &created).await?));
        }
        Begun::Run(claim) => claim,
    };
    caller.idempotency = Some(claim.clone());
    match write(&caller).await {
        Ok(answer) if keep == Keep::Nothing => Ok(Reply::Answer(answer)),
        Ok(answer) => {
            let (status, body) = (R::STATUS_CODE.as_u16(), answer.body());
            // The write is applied and its key says so: an answer not
            // kept is read back if the request is sent again.
            if let Err(error) =
                app.idempotency_answered(&claim, status, body).await
            {
                slog::warn!(rqctx.log, "keeping an idempotent answer failed";
                    "error" => %error);
            }
            Ok(Reply::Answer(answer))
        }
        // Refused after a change of it committed (a step of it kept): that
        // refusal is its answer, kept as any other.
        Err(error) if witness.committed() && error.status < 500 => {
            let body = serde_json::to_string(&error).unwrap_or_default();
            if let Err(kept) =
                app.idempotency_answered(&claim, error.status, body).await
            {
                slog::warn!(rqctx.log, "keeping an idempotent answer failed";
                    "error" => %kept);
            }
            Err(error)
        }
        Err(error) if witness.committed() => Err(after_commit(error, &witness)),
        Err(error) => {
            // Nothing was applied (the key says so, read in the store's
            // transaction), unless a commit's answer was lost: then the
            // key stays, applied.
            if let Err(error) = app.idempotency_failed(&claim).await {
                slog::warn!(rqctx.log, "letting go of an idempotency key failed";
                    "error" => %error);
            }
            Err(error)
        }
    }
}

/// [`idempotent`], for a write with a body: `write` gets it parsed.
pub(super) async fn idempotent_body<T, R: Kept>(
    rqctx: &Rq,
    app: &App,
    caller: &Caller,
    body: JsonBody<T>,
    write: impl AsyncFnOnce(&Caller, T) -> Result<R, ApiError>,
    read_back: impl AsyncFnOnce(&Caller, &Created) -> Result<R, ApiError>,
) -> Result<Reply<R>, ApiError> {
    let (request, parsed) = request_and_body(body);
    let write = async |caller: &Caller| write(caller, parsed?).await;
    idempotent(rqctx, app, caller, &request, write, read_back).await
}

/// A write's body as its JSON document (what a key is checked to name),
/// and parsed.
pub(super) fn request_and_body<T>(
    body: JsonBody<T>,
) -> (Vec<u8>, Result<T, ApiError>) {
    (body.bytes().to_vec(), body.into_inner())
}

/// A write's error, as said once a change of the write committed: a
/// server error then (the read of its answer failing as the storage goes
/// away) is "applied, answer lost", never a `service_unavailable` that
/// promises nothing was applied.
fn after_commit(error: ApiError, witness: &CommitWitness) -> ApiError {
    if !witness.committed() || error.status < 500 {
        return error;
    }
    let lost = crate::error::Error::Unavailable {
        reason: Unavailability::AnswerLost,
        internal_message: format!("after the commit: {}", error.detail),
    };
    ApiError::from(lost)
}

/// What a key is checked to name: the request's method, its path
/// (without a trailing slash, which names the same resource) and its
/// body.
fn request_of(rqctx: &Rq, body: &[u8]) -> Vec<u8> {
    let path = rqctx.request.uri().path().trim_end_matches('/');
    let mut request = format!("{} {path}\n", rqctx.request.method());
    request.push_str(&String::from_utf8_lossy(body));
    request.into_bytes()
}

/// A delete under the request's `Idempotency-Key` (see [`idempotent`]):
/// its answer has no body, so a lost one is given again as it was.
pub(super) async fn deleted(
    rqctx: &Rq,
    app: &App,
    caller: &Caller,
    delete: impl AsyncFnOnce(&Caller) -> Result<(), crate::error::Error>,
) -> Result<Reply<HttpResponseDeleted>, ApiError> {
    idempotent(
        rqctx,
        app,
        caller,
        &[],
        async |caller| {
            delete(caller).await?;
            Ok(HttpResponseDeleted())
        },
        async |_, _| Ok(HttpResponseDeleted()),
    )
    .await
}
