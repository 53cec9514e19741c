//! Requests answered and their latency, by operation: counted without a
//! lock or a shared counter.
//!
//! ## Why not prometheus_client's own metrics
//! Every request is counted, so whatever the count takes, every request
//! takes. A `Family` of counters and histograms looks each label set up
//! behind one `RwLock`, and each `Histogram` is one `Mutex`: every read of
//! an organization, on every core, would take the same read lock twice and
//! the same mutex once, and write the same cache lines. The load benchmark
//! found authenticated reads to stop scaling with connections where bare
//! Dropshot went on; this is one of the points they all met at.
//!
//! ## How
//! The operations are known when the server starts (its routes), so each
//! has its slot from the start and finding it takes no lock. A slot keeps
//! its counts in shards, as many as the machine has cores, each on its own
//! cache line: a thread adds to the atomics of its shard (threads are
//! numbered as they first count, modulo the shards), and a scrape sums the
//! shards.
//! The scrape then writes the same series as before
//! (`http_requests_total{operation_id, status_class}` and the
//! `http_request_duration_seconds` histogram), through prometheus_client's
//! encoder, and only those that counted something.

use crossbeam_utils::CachePadded;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::DescriptorEncoder;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::EncodeMetric;
use prometheus_client::encoding::NoLabelSet;
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::histogram::exponential_buckets;
use prometheus_client::metrics::MetricType;
use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// Latency buckets with an upper bound (and one more past them all).
const LATENCY_BOUNDED: usize = 16;

/// `1xx` to `5xx`.
const STATUS_CLASSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];

#[derive(EncodeLabelSet)]
struct RequestLabels {
    operation_id: String,
    /// `2xx`, `4xx`, ...
    status_class: String,
}

#[derive(EncodeLabelSet)]
struct OperationLabels {
    operation_id: String,
}

/// One operation's counts from the threads that share this shard.
#[derive(Default)]
struct Shard {
    /// By status class.
    answered: [AtomicU64; STATUS_CLASSES.len()],
    /// By latency bucket, the last one past every bound (`+Inf`).
    latency_buckets: [AtomicU64; LATENCY_BOUNDED + 1],
    latency_sum_nanos: AtomicU64,
}

/// One operation's counts.
struct Operation {
    id: String,
    shards: Box<[CachePadded<Shard>]>,
}

impl std::fmt::Debug for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Operation").field("id", &self.id).finish()
    }
}

/// The sums of an operation's shards.
struct Totals {
    answered: [u64; STATUS_CLASSES.len()],
    latency_buckets: [u64; LATENCY_BOUNDED + 1],
    latency_sum_nanos: u64,
}

impl Operation {
    fn totals(&self) -> Totals {
        let mut totals = Totals {
            answered: [0; STATUS_CLASSES.len()],
            latency_buckets: [0; LATENCY_BOUNDED + 1],
            latency_sum_nanos: 0,
        };
        let add = |total: &mut u64, count: &AtomicU64| {
            *total += count.load(Ordering::Relaxed);
        };
        for shard in &self.shards {
            for (total, count) in
                totals.answered.iter_mut().zip(&shard.answered)
            {
                add(total, count);
            }
            for (total, count) in
                totals.latency_buckets.iter_mut().zip(&shard.latency_buckets)
            {
                add(total, count);
            }
            add(&mut totals.latency_sum_nanos, &shard.latency_sum_nanos);
        }
        totals
    }
}

/// The request counts of every operation a server routes, and of the
/// requests it routed nowhere.
#[derive(Debug)]
pub struct RequestCounts {
    /// Upper bounds of the latency buckets, in seconds: 100 µs to about
    /// 3 s.
    latency_bounds: Vec<f64>,
    operations: Vec<Operation>,
    index: HashMap<String, usize>,
}

/// The shard the calling thread counts in, of `shards`.
fn shard_of_this_thread(shards: usize) -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static THIS: usize = NEXT.fetch_add(1, Ordering::Relaxed);
    }
    THIS.with(|this| this % shards)
}

impl RequestCounts {
    /// Counts for each of `operation_ids` (any repeated id once).
    pub fn new(operation_ids: impl IntoIterator<Item = String>) -> Self {
        // One shard per core, so that the threads of a runtime sized to
        // the machine each count in their own.
        let shards =
            std::thread::available_parallelism().map_or(1, |cores| cores.get());
        let mut counts = RequestCounts {
            latency_bounds: exponential_buckets(
                0.0001,
                2.0,
                LATENCY_BOUNDED as u16,
            )
            .collect(),
            operations: Vec::new(),
            index: HashMap::new(),
        };
        for id in operation_ids {
            if counts.index.contains_key(&id) {
                continue;
            }
            counts.index.insert(id.clone(), counts.operations.len());
            counts.operations.push(Operation {
                id,
                shards: (0..shards).map(|_| CachePadded::default()).collect(),
            });
        }
        counts
    }

    /// Counts one answered request of `operation_id` (ignored for an
    /// operation that was not named at the start, which no route has).
    pub fn observe(
        &self,
        operation_id: &str,
        status: http::StatusCode,
        latency: Duration,
    ) {
        let Some(operation) =
            self.index.get(operation_id).map(|at| &self.operations[*at])
        else {
            return;
        };
        let shard =
            &operation.shards[shard_of_this_thread(operation.shards.len())];
        let class = usize::from(status.as_u16() / 100).clamp(1, 5) - 1;
        shard.answered[class].fetch_add(1, Ordering::Relaxed);
        let seconds = latency.as_secs_f64();
        let bucket = self
            .latency_bounds
            .iter()
            .position(|bound| seconds <= *bound)
            .unwrap_or(LATENCY_BOUNDED);
        shard.latency_buckets[bucket].fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(latency.as_nanos()).unwrap_or(u64::MAX);
        shard.latency_sum_nanos.fetch_add(nanos, Ordering::Relaxed);
    }
}

impl Collector for RequestCounts {
    fn encode(&self, mut encoder: DescriptorEncoder) -> std::fmt::Result {
        let totals: Vec<(&Operation, Totals)> = self
            .operations
            .iter()
            .map(|operation| (operation, operation.totals()))
            .filter(|(_, totals)| totals.answered.iter().any(|n| *n > 0))
            .collect();
        let mut requests = encoder.encode_descriptor(
            "http_requests",
            "HTTP requests answered, by operation id and status class",
            None,
            MetricType::Counter,
        )?;
        for (operation, totals) in &totals {
            for (class, answered) in STATUS_CLASSES.iter().zip(totals.answered)
            {
                if answered == 0 {
                    continue;
                }
                let labels = RequestLabels {
                    operation_id: operation.id.clone(),
                    status_class: class.to_string(),
                };
                ConstCounter::new(answered)
                    .encode(requests.encode_family(&labels)?)?;
            }
        }
        let mut latency = encoder.encode_descriptor(
            "http_request_duration_seconds",
            "Time from routing a request to its response, by operation id",
            None,
            MetricType::Histogram,
        )?;
        for (operation, totals) in &totals {
            let labels = OperationLabels { operation_id: operation.id.clone() };
            let buckets: Vec<(f64, u64)> = self
                .latency_bounds
                .iter()
                .copied()
                .chain([f64::INFINITY])
                .zip(totals.latency_buckets)
                .collect();
            latency.encode_family(&labels)?.encode_histogram::<NoLabelSet>(
                totals.latency_sum_nanos as f64 / 1e9,
                totals.answered.iter().sum(),
                &buckets,
                None,
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod test {
    use super::RequestCounts;
    use http::StatusCode;
    use std::sync::Arc;
    use std::time::Duration;

    /// Requests counted on different threads (so in different shards)
    /// come out summed, by status class, with their latencies in the
    /// histogram's cumulative buckets; an operation that counted nothing
    /// writes no series, and an unknown one is ignored.
    #[test]
    fn test_counts_from_every_thread_are_summed() {
        let counts = Arc::new(RequestCounts::new(
            ["view", "quiet", "view"].map(str::to_string),
        ));
        let observe = |status: u16, micros: u64| {
            let counts = Arc::clone(&counts);
            std::thread::spawn(move || {
                counts.observe(
                    "view",
                    StatusCode::from_u16(status).unwrap(),
                    Duration::from_micros(micros),
                );
            })
            .join()
            .unwrap();
        };
        observe(200, 50);
        observe(200, 150);
        observe(404, 3_000);
        counts.observe("elsewhere", StatusCode::OK, Duration::ZERO);
        let mut registry = prometheus_client::registry::Registry::default();
        registry.register_collector(Box::new(Arc::clone(&counts)));
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &registry)
            .unwrap();
        for line in [
            r#"http_requests_total{operation_id="view",status_class="2xx"} 2"#,
            r#"http_requests_total{operation_id="view",status_class="4xx"} 1"#,
            r#"http_request_duration_seconds_count{operation_id="view"} 3"#,
            r#"http_request_duration_seconds_sum{operation_id="view"} 0.0032"#,
            r#"http_request_duration_seconds_bucket{le="0.0001",operation_id="view"} 1"#,
            r#"http_request_duration_seconds_bucket{le="0.0002",operation_id="view"} 2"#,
            r#"http_request_duration_seconds_bucket{le="0.0016",operation_id="view"} 2"#,
            r#"http_request_duration_seconds_bucket{le="0.0032",operation_id="view"} 3"#,
            r#"http_request_duration_seconds_bucket{le="+Inf",operation_id="view"} 3"#,
        ] {
            assert!(text.lines().any(|l| l == line), "{line} in:\n{text}");
        }
        assert!(!text.contains("quiet"), "{text}");
        assert!(!text.contains("elsewhere"), "{text}");
        assert!(!text.contains("3xx"), "{text}");
    }
}
