//! The metrics that `GET /metrics` serves, in Prometheus' text format
//! (OpenMetrics).
//!
//! Operators watch a service through a scraper, not through its log, so
//! what they need to alert on is counted here: requests by operation and
//! status class, latency by operation, how the store's group commit
//! behaves (flush latency, batch sizes, how long a write waits to be
//! durable), how busy PostgreSQL's connection pool is, how much the store
//! holds, SCIM requests refused for their token (a guessing or misconfigured
//! identity provider), requests refused by a rate limit (by limit), and which
//! build runs. Everything is kept up to date as it
//! happens or read cheaply from the store (on sled, counts the store keeps
//! with its records; on PostgreSQL, a count over each table's primary key,
//! and the pool's own state).

mod requests;

use crate::rate_limit::Limit;
use crate::store::Counted;
use crate::store::Store;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;
use requests::RequestCounts;
use std::sync::Arc;
use std::time::Duration;

/// The content type of [`Metrics::encode`]'s text.
pub const CONTENT_TYPE: &str =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The version and the git commit of this build (see build.rs).
pub const BUILD_VERSION: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (", env!("ORGBASE_GIT_COMMIT"), ")");

/// The webhook delivery worker's figures: attempts by outcome, and what
/// waits (this process's view: each replica reports the endpoints it
/// sent to).
#[derive(Clone, Default)]
pub struct WebhookMetrics {
    deliveries: Family<OutcomeLabels, Counter>,
    queue_depth: Gauge,
    oldest_undelivered_seconds: Gauge,
}

#[derive(Clone, Debug, EncodeLabelSet, Eq, Hash, PartialEq)]
struct OutcomeLabels {
    outcome: &'static str,
}

impl WebhookMetrics {
    /// Counts one attempt's outcome (`delivered`, `retrying`, `failed`).
    pub fn attempted(&self, outcome: &'static str) {
        self.deliveries.get_or_create(&OutcomeLabels { outcome }).inc();
    }

    /// Sets what waits: the undelivered events of every endpoint (each
    /// counted up to a bound), and the age of the oldest.
    pub fn waiting(&self, events: usize, oldest: Option<Duration>) {
        self.queue_depth.set(i64::try_from(events).unwrap_or(i64::MAX));
        let age = oldest.map_or(0, |age| age.as_secs());
        (self.oldest_undelivered_seconds)
            .set(i64::try_from(age).unwrap_or(i64::MAX));
    }

    fn register(&self, registry: &mut Registry) {
        for outcome in ["delivered", "retrying", "failed"] {
            self.deliveries.get_or_create(&OutcomeLabels { outcome }).inc_by(0);
        }
        registry.register(
            "webhook_deliveries",
            "Webhook delivery attempts by outcome (delivered; retrying: \
             failed, to be tried again; failed: given up on)",
            self.deliveries.clone(),
        );
        registry.register(
            "webhook_queue_depth",
            "Events waiting for delivery, over every endpoint this process \
             sends to (each endpoint's counted up to 1,000)",
            self.queue_depth.clone(),
        );
        registry.register(
            "webhook_oldest_undelivered_seconds",
            "Age of the oldest event waiting for delivery (0: none waits)",
            self.oldest_undelivered_seconds.clone(),
        );
    }
}

/// Every metric of the server, registered once at start.
pub struct Metrics {
    registry: Registry,
    requests: Arc<RequestCounts>,
    counts: [(Counted, Gauge); 3],
    /// SCIM requests to an existing domain with a missing or wrong token.
    scim_authentication_failures: Counter,
    /// Requests answered 429 by a rate limit, by limit.
    throttled: Family<ThrottleLabels, Counter>,
    /// PostgreSQL only: the connection pool's gauges.
    pool: Option<PoolGauges>,
    store: Store,
}

#[derive(Clone, Debug, EncodeLabelSet, Eq, Hash, PartialEq)]
struct ThrottleLabels {
    limit: &'static str,
}

/// The connection pool's state, read at each scrape: whether
/// `--database-pool-size` is too small for the load (requests waiting)
/// or larger than it needs.
#[derive(Default)]
struct PoolGauges {
    max: Gauge,
    open: Gauge,
    in_use: Gauge,
    waiting: Gauge,
}

impl Metrics {
    /// The metrics of a server whose routes have `operation_ids`.
    pub fn new(
        store: &Store,
        operation_ids: impl IntoIterator<Item = String>,
        webhooks: &WebhookMetrics,
    ) -> Metrics {
        let mut registry = Registry::with_prefix("orgbase");
        webhooks.register(&mut registry);
        let requests = Arc::new(RequestCounts::new(operation_ids));
        registry.register_collector(Box::new(Arc::clone(&requests)));
        // The group commit's figures: sled's (PostgreSQL commits each
        // transaction itself).
        if let Some(flush) = store.flush_stats() {
            registry.register(
                "store_flush_duration_seconds",
                "Time one group-commit flush of the store took",
                flush.flush_seconds.clone(),
            );
            registry.register(
                "store_flush_batch_size",
                "Writes made durable by one group-commit flush",
                flush.batch_size.clone(),
            );
            registry.register(
                "store_write_durable_wait_seconds",
                "Time a committed write waited until it was on disk",
                flush.durable_wait_seconds.clone(),
            );
        }
        let pool = store.pool_status().map(|_| {
            let gauges = PoolGauges::default();
            let mut register = |name: &str, help: &str, gauge: &Gauge| {
                registry.register(name, help, gauge.clone());
            };
            register(
                "store_connections_max",
                "The most connections to the database this process holds",
                &gauges.max,
            );
            register(
                "store_connections",
                "Connections to the database open now",
                &gauges.open,
            );
            register(
                "store_connections_in_use",
                "Connections to the database serving a request now",
                &gauges.in_use,
            );
            register(
                "store_connection_waiters",
                "Requests waiting for a connection to the database now",
                &gauges.waiting,
            );
            gauges
        });
        let counts = [
            (Counted::Organizations, "organizations", "Organizations stored"),
            (Counted::Users, "users", "Users stored"),
            (Counted::ApiKeys, "personal_api_keys", "Personal API keys stored"),
        ]
        .map(|(kind, name, help)| {
            let gauge = Gauge::default();
            registry.register(name, help, gauge.clone());
            (kind, gauge)
        });
        let scim_authentication_failures = Counter::default();
        registry.register(
            "scim_authentication_failures",
            "SCIM requests to an existing domain refused for a missing or \
             wrong token",
            scim_authentication_failures.clone(),
        );
        let throttled = Family::<ThrottleLabels, Counter>::default();
        // A zero for each limit, so that every series is there to alert on.
        for limit in Limit::ALL {
            throttled
                .get_or_create(&ThrottleLabels { limit: limit.as_str() })
                .inc_by(0);
        }
        registry.register(
            "requests_throttled",
            "Requests answered 429 by a rate limit (burst, sustained: per \
             personal API key; failed_authentication: per client address; \
             scim: per SCIM token)",
            throttled.clone(),
        );
        registry.register(
            "build",
            "The version and git commit of the running build",
            Info::new(vec![
                ("version", env!("CARGO_PKG_VERSION")),
                ("commit", env!("ORGBASE_GIT_COMMIT")),
            ]),
        );
        Metrics {
            registry,
            requests,
            counts,
            scim_authentication_failures,
            throttled,
            pool,
            store: store.clone(),
        }
    }

    /// Counts one SCIM request refused for its token.
    pub fn scim_authentication_failure(&self) {
        self.scim_authentication_failures.inc();
    }

    /// Counts one request refused by `limit`.
    pub fn throttled(&self, limit: Limit) {
        self.throttled
            .get_or_create(&ThrottleLabels { limit: limit.as_str() })
            .inc();
    }

    /// Counts one answered request of `operation_id`.
    pub fn request_observe(
        &self,
        operation_id: &str,
        status: http::StatusCode,
        latency: Duration,
    ) {
        self.requests.observe(operation_id, status, latency);
    }

    /// The text a scrape answers. A count the store cannot give now keeps
    /// its last value (readiness reports the store's state).
    pub async fn encode(&self) -> String {
        for (kind, gauge) in &self.counts {
            if let Ok(count) = self.store.count(*kind).await {
                gauge.set(i64::try_from(count).unwrap_or(i64::MAX));
            }
        }
        if let (Some(gauges), Some(status)) =
            (&self.pool, self.store.pool_status())
        {
            let set = |gauge: &Gauge, value: usize| {
                gauge.set(i64::try_from(value).unwrap_or(i64::MAX));
            };
            set(&gauges.max, status.max);
            set(&gauges.open, status.open);
            set(&gauges.in_use, status.in_use);
            set(&gauges.waiting, status.waiting);
        }
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)
            .expect("writing to a String cannot fail");
        text
    }
}
