//! Starting and stopping orgbase: the one `start_server` that both the
//! binary and the integration tests use.
//!
//! One Dropshot server serves the API, the operator routes and, unless
//! they have an address of their own (`metrics_bind`), the metrics; a
//! second one serves the metrics there.

use crate::app::activity::ActivityLogSettings;
use crate::app::App;
use crate::app::Bootstrap;
use crate::app::Clock;
use crate::app::ProxySettings;
use crate::app::WebhookSettings;
use crate::dns::Resolver;
use crate::email::Mailer;
use crate::http::api;
use crate::http::client_address::TrustedProxies;
use crate::http::operator;
use crate::http::scim;
use crate::http::ServerContext;
use crate::jobs::Jobs;
use crate::metrics::Metrics;
use crate::metrics::WebhookMetrics;
use crate::rate_limit::RateLimitSettings;
use crate::rate_limit::RateLimiter;
use crate::request_log;
use crate::store::activity::Actor;
use crate::store::Backend;
use crate::store::ExportRecord;
use crate::store::Store;
use crate::store::StoreError;
use dropshot::ApiDescription;
use dropshot::HttpServer;
use std::net::SocketAddr;
use std::sync::Arc;

/// Largest request body accepted (Dropshot's default is 1 KiB).
pub const REQUEST_BODY_MAX_BYTES: usize = 1024 * 1024;

/// How to run the server.
pub struct Config {
    pub bind: SocketAddr,
    /// Where to serve the metrics instead of `bind`; none: on `bind`.
    pub metrics_bind: Option<SocketAddr>,
    /// Where the store lives.
    pub backend: Backend,
    /// Records to load into the (empty) store before anything else, as
    /// `orgbase export` writes them (`serve --seed`).
    pub seed: Option<Vec<ExportRecord>>,
    /// Base of absolute URLs in responses, e.g. `https://orgs.example.com`.
    pub external_url: Option<String>,
    /// Key for the staff user created on a store without users.
    pub bootstrap_api_key: Option<String>,
    /// SMTP server for invitation emails (`smtp://host:port`); none: no
    /// emails are sent.
    pub smtp_url: Option<String>,
    /// Sender address of orgbase's emails.
    pub email_from: String,
    /// DNS server for domain verification; none: the system's resolver.
    pub dns_resolver: Option<SocketAddr>,
    /// Time allowed for one domain verification lookup.
    pub dns_timeout: std::time::Duration,
    /// The time source (tests inject their own).
    pub clock: Clock,
    /// Where proxy records' target CNAMEs live, and when their
    /// provisioning checks run.
    pub proxy: ProxySettings,
    /// The rate limits, and whether they apply.
    pub rate_limits: RateLimitSettings,
    /// The proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: TrustedProxies,
    /// How long the activity log keeps entries, and how often it is
    /// pruned.
    pub activity_log: ActivityLogSettings,
    /// How webhooks are delivered.
    pub webhooks: WebhookSettings,
    /// How many idempotency keys a user may hold at once.
    pub idempotency_keys_per_user: usize,
}

impl Config {
    /// A server on `backend`, with every other setting at its default:
    /// loopback on a port the system picks, the metrics beside the API, no
    /// seed, absolute URLs from the request's `Host`, a generated bootstrap
    /// key, no emails, the system's resolver with the default timeout, the
    /// system clock, the rate limits on with their default figures, no
    /// trusted proxies.
    pub fn new(backend: Backend) -> Config {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            metrics_bind: None,
            backend,
            seed: None,
            external_url: None,
            bootstrap_api_key: None,
            smtp_url: None,
            email_from: DEFAULT_EMAIL_FROM.to_string(),
            dns_resolver: None,
            dns_timeout: crate::dns::DEFAULT_TIMEOUT,
            clock: system_clock(),
            proxy: ProxySettings::default(),
            rate_limits: RateLimitSettings::on(),
            trusted_proxies: TrustedProxies::default(),
            activity_log: ActivityLogSettings::default(),
            webhooks: WebhookSettings::default(),
            idempotency_keys_per_user:
                crate::app::idempotency_settings::KEYS_PER_USER_DEFAULT as usize,
        }
    }
}

/// Default sender address of orgbase's emails.
pub const DEFAULT_EMAIL_FROM: &str = "orgbase <orgbase@localhost>";

/// Runs `main` as the `orgbase` binary runs its commands (the load
/// benchmark runs the same way): transparent huge pages off for the
/// process before anything else touches memory (see `memory`), then on
/// tokio's multi-threaded runtime.
pub fn run_process<F: std::future::Future>(main: F) -> F::Output {
    crate::memory::disable_transparent_huge_pages();
    crate::open_files::raise_open_files_limit();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("starting the async runtime")
        .block_on(main)
}

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(chrono::Utc::now)
}

/// A running server.
pub struct RunningServer {
    pub server: HttpServer<ServerContext>,
    /// The server of the metrics, when they have their own address.
    pub metrics_server: Option<HttpServer<ServerContext>>,
    pub store: Store,
    /// The generated bootstrap key, when this start created it.
    pub generated_api_key: Option<String>,
    /// The background jobs, stopped with the server.
    jobs: Jobs,
}

impl RunningServer {
    pub fn local_addr(&self) -> SocketAddr {
        self.server.local_addr()
    }

    /// Stops accepting requests, lets in-flight ones finish, and flushes
    /// the store.
    pub async fn shutdown(mut self) -> Result<(), String> {
        self.jobs.stop().await;
        self.server.close().await?;
        if let Some(metrics_server) = self.metrics_server {
            metrics_server.close().await?;
        }
        self.store.close().map_err(|e| e.to_string())
    }
}

/// Opens the store, bootstraps it if empty, and starts serving.
pub async fn start_server(
    config: Config,
    log: &slog::Logger,
) -> Result<RunningServer, anyhow::Error> {
    let store = Store::open(&config.backend, log).await?;
    if let Some(records) = &config.seed {
        let seeder = Actor::system("orgbase serve --seed", (config.clock)());
        let mut read = records.iter().cloned().map(Ok);
        store.import(&seeder, &mut read).await.map_err(
            |error| match error {
                StoreError::NotEmpty => anyhow::anyhow!(
                    "--seed loads into an empty store, and this one has users"
                ),
                error => anyhow::anyhow!("seeding the store: {error}"),
            },
        )?;
        slog::info!(log, "store seeded"; "records" => records.len());
    }
    let mailer = Mailer::new(config.smtp_url.as_deref(), &config.email_from)?;
    let dns = Resolver::new(config.dns_resolver, config.dns_timeout);
    let rate_limits =
        Arc::new(RateLimiter::new(&config.rate_limits, config.clock.clone()));
    let app = App::new(
        store.clone(),
        config.clock,
        mailer,
        dns,
        config.proxy,
        config.webhooks,
        log,
    )
    .with_idempotency_keys_per_user(config.idempotency_keys_per_user);
    let generated_api_key = match app
        .bootstrap(config.bootstrap_api_key.as_deref())
        .await
        .map_err(|e| anyhow::anyhow!("bootstrap failed: {e}"))?
    {
        Bootstrap::WithGeneratedKey(value) => Some(value),
        Bootstrap::AlreadyDone | Bootstrap::WithGivenKey => None,
    };
    let with_metrics = config.metrics_bind.is_none();
    let routes = || {
        let mut routes = api();
        operator::register(&mut routes, with_metrics);
        scim::register(&mut routes);
        routes
    };
    let operation_ids = request_log::operation_ids(routes())
        .chain(request_log::operation_ids(operator::metrics_api()));
    let webhook_metrics = WebhookMetrics::default();
    let metrics =
        Arc::new(Metrics::new(&store, operation_ids, &webhook_metrics));
    let context = ServerContext {
        app,
        external_url: config.external_url,
        metrics: Arc::clone(&metrics),
        rate_limits,
        trusted_proxies: Arc::new(config.trusted_proxies),
    };
    let server = serve(config.bind, routes, context.clone(), &metrics, log)?;
    let jobs =
        Jobs::start(&context.app, config.activity_log, webhook_metrics, log);
    let metrics_server = config
        .metrics_bind
        .map(|bind| {
            let routes = operator::metrics_api;
            serve(bind, routes, context, &metrics, log)
        })
        .transpose()?;
    Ok(RunningServer { server, metrics_server, store, generated_api_key, jobs })
}

/// The Dropshot settings orgbase serves with, on `bind` (the load
/// benchmark's bare baseline uses them too).
pub fn dropshot_config(bind: SocketAddr) -> dropshot::ConfigDropshot {
    dropshot::ConfigDropshot {
        bind_address: bind,
        default_request_body_max_bytes: REQUEST_BODY_MAX_BYTES,
        // Requests run to completion even if the client goes away, so a
        // write is never cut between its commit and its flush.
        default_handler_task_mode: dropshot::HandlerTaskMode::Detached,
        ..Default::default()
    }
}

/// Starts one Dropshot server on `bind` with the routes that `routes`
/// describes.
fn serve(
    bind: SocketAddr,
    routes: impl Fn() -> ApiDescription<ServerContext>,
    context: ServerContext,
    metrics: &Arc<Metrics>,
    log: &slog::Logger,
) -> Result<HttpServer<ServerContext>, anyhow::Error> {
    let log = request_log::dropshot_logger(log, routes(), Arc::clone(metrics));
    dropshot::ServerBuilder::new(routes(), context, log)
        .config(dropshot_config(bind))
        .start()
        .map_err(|e| {
            anyhow::anyhow!("cannot start the HTTP server on {bind}: {e}")
        })
}
