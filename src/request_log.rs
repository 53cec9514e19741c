//! The request line: one log line per request with its operation id,
//! status and latency, and the request metrics counted from that line.
//!
//! Dropshot has no middleware, and its handlers cannot be wrapped (its
//! `RouteHandler` trait is private). The one place that sees every request,
//! routed or not, with its status and latency, is the line Dropshot logs
//! when it has answered ("request completed", with `response_code` and
//! `latency_us`, on a logger that carries `method` and `uri`). So the
//! logger handed to Dropshot passes its records through [`RequestLines`],
//! which looks each answered request's method and path up in a router
//! built from the same API description, adds `operation_id` to the line,
//! and counts the request in the metrics. Everything else Dropshot logs
//! goes through unchanged. The tests of the log and of the metrics fail if
//! Dropshot changes those names.

use crate::metrics::Metrics;
use dropshot::ApiDescription;
use dropshot::ServerContext;
use slog::Drain;
use slog::Logger;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

/// The message of Dropshot's line for an answered request.
const REQUEST_COMPLETED: &str = "request completed";

/// The operation label of requests that no route matched (404, 405).
pub const UNROUTED: &str = "unrouted";

type OperationOf = dyn Fn(&http::Method, &str) -> Option<String> + Send + Sync;

/// The logger to hand to the Dropshot server that serves `api`: the
/// request lines it logs reach `log` with their operation id, and are
/// counted in `metrics`.
pub fn dropshot_logger<C: ServerContext>(
    log: &Logger,
    api: ApiDescription<C>,
    metrics: Arc<Metrics>,
) -> Logger {
    let router = api.into_router();
    let operation_of = move |method: &http::Method, path: &str| {
        router
            .lookup_route(method, path.into(), None)
            .ok()
            .map(|found| found.endpoint.operation_id)
    };
    // slog asks a drain to be unwind-safe. The router is only read, and
    // the metrics are only added to (a counter, a histogram), which cannot
    // panic midway: a panic elsewhere leaves neither half-changed.
    let lines = RequestLines {
        log: log.clone(),
        operation_of: AssertUnwindSafe(Box::new(operation_of)),
        metrics: AssertUnwindSafe(metrics),
    };
    Logger::root(lines, slog::o!())
}

/// The operation ids of `api`'s routes, and [`UNROUTED`]: what the
/// request lines of a server serving `api` count.
pub fn operation_ids<C: ServerContext>(
    api: ApiDescription<C>,
) -> impl Iterator<Item = String> {
    let router = api.into_router();
    let routed: Vec<String> = router
        .endpoints(None)
        .map(|(_, _, endpoint)| endpoint.operation_id.clone())
        .collect();
    routed.into_iter().chain([UNROUTED.to_string()])
}

/// See the module documentation.
struct RequestLines {
    log: Logger,
    operation_of: AssertUnwindSafe<Box<OperationOf>>,
    metrics: AssertUnwindSafe<Arc<Metrics>>,
}

impl Drain for RequestLines {
    type Ok = ();
    type Err = slog::Never;

    fn log(
        &self,
        record: &slog::Record,
        values: &slog::OwnedKVList,
    ) -> Result<(), slog::Never> {
        if record.msg().as_str() != Some(REQUEST_COMPLETED) {
            return Drain::log(&self.log, record, values);
        }
        let mut fields = Fields::default();
        // The record's own fields (status, latency), then the logger's
        // (method, URI); neither step can fail with this serializer.
        let _ = slog::KV::serialize(&record.kv(), record, &mut fields);
        let _ = slog::KV::serialize(values, record, &mut fields);
        let (Some(method), Some(uri), Some(status), Some(latency_us)) = (
            fields.method.and_then(|method| method.parse().ok()),
            fields.uri.and_then(|uri| uri.parse::<http::Uri>().ok()),
            fields.response_code.and_then(|code| {
                http::StatusCode::from_bytes(code.as_bytes()).ok()
            }),
            fields.latency_us.and_then(|latency| latency.parse().ok()),
        ) else {
            return Drain::log(&self.log, record, values);
        };
        let operation_id = (self.operation_of)(&method, uri.path());
        self.metrics.request_observe(
            operation_id.as_deref().unwrap_or(UNROUTED),
            status,
            Duration::from_micros(latency_us),
        );
        match operation_id {
            Some(operation_id) => Drain::log(
                &self.log.new(slog::o!("operation_id" => operation_id)),
                record,
                values,
            ),
            None => Drain::log(&self.log, record, values),
        }
    }
}

/// The fields of a request line that name the request and its answer.
#[derive(Default)]
struct Fields {
    method: Option<String>,
    uri: Option<String>,
    response_code: Option<String>,
    latency_us: Option<String>,
}

impl slog::Serializer for Fields {
    fn emit_arguments(
        &mut self,
        key: slog::Key,
        value: &std::fmt::Arguments,
    ) -> slog::Result {
        let name: &str = key.as_ref();
        let field = match name {
            "method" => &mut self.method,
            "uri" => &mut self.uri,
            "response_code" => &mut self.response_code,
            "latency_us" => &mut self.latency_us,
            _ => return Ok(()),
        };
        // The first value wins: the record's own comes before the
        // logger's.
        if field.is_none() {
            *field = Some(value.to_string());
        }
        Ok(())
    }
}
