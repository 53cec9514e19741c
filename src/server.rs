//! Starting and stopping orgbase: the one `start_server` that both the
//! binary and the integration tests use.

use crate::app::App;
use crate::app::Bootstrap;
use crate::app::Clock;
use crate::dns::TxtResolver;
use crate::email::Mailer;
use crate::http_entrypoints::api;
use crate::http_entrypoints::ServerContext;
use crate::store::Backend;
use crate::store::Store;
use std::net::SocketAddr;
use std::sync::Arc;

/// Largest request body accepted (Dropshot's default is 1 KiB).
pub const REQUEST_BODY_MAX_BYTES: usize = 1024 * 1024;

/// How to run the server.
pub struct Config {
    pub bind: SocketAddr,
    /// Where the store lives.
    pub backend: Backend,
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
}

/// Default sender address of orgbase's emails.
pub const DEFAULT_EMAIL_FROM: &str = "orgbase <orgbase@localhost>";

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(chrono::Utc::now)
}

/// A running server.
pub struct RunningServer {
    pub server: dropshot::HttpServer<ServerContext>,
    pub store: Store,
    /// The generated bootstrap key, when this start created it.
    pub generated_api_key: Option<String>,
}

impl RunningServer {
    pub fn local_addr(&self) -> SocketAddr {
        self.server.local_addr()
    }

    /// Stops accepting requests, lets in-flight ones finish, and flushes
    /// the store.
    pub async fn shutdown(self) -> Result<(), String> {
        self.server.close().await?;
        self.store.close().map_err(|e| e.to_string())
    }
}

/// Opens the store, bootstraps it if empty, and starts serving.
pub async fn start_server(
    config: Config,
    log: &slog::Logger,
) -> Result<RunningServer, anyhow::Error> {
    let store = Store::open(&config.backend, log).await?;
    let mailer = Mailer::new(config.smtp_url.as_deref(), &config.email_from)?;
    let dns = TxtResolver::new(config.dns_resolver, config.dns_timeout);
    let app = App::new(store.clone(), config.clock, mailer, dns, log);
    let generated_api_key = match app
        .bootstrap(config.bootstrap_api_key.as_deref())
        .await
        .map_err(|e| anyhow::anyhow!("bootstrap failed: {e}"))?
    {
        Bootstrap::WithGeneratedKey(value) => Some(value),
        Bootstrap::AlreadyDone | Bootstrap::WithGivenKey => None,
    };
    let context = ServerContext { app, external_url: config.external_url };
    let dropshot_config = dropshot::ConfigDropshot {
        bind_address: config.bind,
        default_request_body_max_bytes: REQUEST_BODY_MAX_BYTES,
        // Requests run to completion even if the client goes away, so a
        // write is never cut between its commit and its flush.
        default_handler_task_mode: dropshot::HandlerTaskMode::Detached,
        ..Default::default()
    };
    let server =
        dropshot::ServerBuilder::new(api(), context, log.new(slog::o!()))
            .config(dropshot_config)
            .start()
            .map_err(|e| {
                anyhow::anyhow!("cannot start the HTTP server: {e}")
            })?;
    Ok(RunningServer { server, store, generated_api_key })
}
