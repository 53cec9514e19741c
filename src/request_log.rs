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
        let Fields {
            method: Some(method),
            path: Some(path),
            response_code: Some(status),
            latency_us: Some(latency_us),
        } = fields
        else {
            return Drain::log(&self.log, record, values);
        };
        let operation_id = (self.operation_of)(&method, &path);
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
/// Dropshot logs the status as a `u16`, the latency as a `u128`, the
/// method and URI as strings: those are taken as they come, without
/// formatting them first (a request line is written for every request);
/// any other type is formatted and parsed.
#[derive(Default)]
struct Fields {
    method: Option<http::Method>,
    /// The URI's path.
    path: Option<String>,
    response_code: Option<http::StatusCode>,
    latency_us: Option<u64>,
}

impl Fields {
    /// Takes `text` as the value of the field `key`. The first value wins:
    /// the record's own come before the logger's.
    fn take_text(&mut self, key: &str, text: &str) {
        match key {
            "method" if self.method.is_none() => {
                self.method = text.parse().ok();
            }
            "uri" if self.path.is_none() => {
                self.path = path_of(text);
            }
            "response_code" if self.response_code.is_none() => {
                self.response_code =
                    http::StatusCode::from_bytes(text.as_bytes()).ok();
            }
            "latency_us" if self.latency_us.is_none() => {
                self.latency_us = text.parse().ok();
            }
            _ => {}
        }
    }
}

/// The path of a request's URI: of its request target as sent (`/path?query`
/// from a client, a whole URL through a proxy).
fn path_of(uri: &str) -> Option<String> {
    if uri.starts_with('/') {
        let path = uri.split_once('?').map_or(uri, |(path, _)| path);
        return Some(path.to_string());
    }
    uri.parse::<http::Uri>().ok().map(|uri| uri.path().to_string())
}

impl slog::Serializer for Fields {
    fn emit_arguments(
        &mut self,
        key: slog::Key,
        value: &std::fmt::Arguments,
    ) -> slog::Result {
        let name: &str = key.as_ref();
        if matches!(name, "method" | "uri" | "response_code" | "latency_us") {
            self.take_text(name, &value.to_string());
        }
        Ok(())
    }

    fn emit_str(&mut self, key: slog::Key, value: &str) -> slog::Result {
        self.take_text(key.as_ref(), value);
        Ok(())
    }

    fn emit_u16(&mut self, key: slog::Key, value: u16) -> slog::Result {
        let name: &str = key.as_ref();
        if name == "response_code" && self.response_code.is_none() {
            self.response_code = http::StatusCode::from_u16(value).ok();
        }
        Ok(())
    }

    fn emit_u128(&mut self, key: slog::Key, value: u128) -> slog::Result {
        let name: &str = key.as_ref();
        if name == "latency_us" && self.latency_us.is_none() {
            self.latency_us = u64::try_from(value).ok();
        }
        Ok(())
    }
}

#[cfg(test)]
mod test {
    use super::path_of;

    #[test]
    fn test_path_of_a_request_target() {
        assert_eq!(path_of("/api/x/?limit=1").as_deref(), Some("/api/x/"));
        assert_eq!(path_of("/api/x/").as_deref(), Some("/api/x/"));
        assert_eq!(path_of("http://h:1/api/x?y").as_deref(), Some("/api/x"));
        assert_eq!(path_of("*").as_deref(), Some("*"));
    }
}
