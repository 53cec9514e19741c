//! The `orgbase` command: run the server, print the OpenAPI document, or
//! check a stopped server's store.

/// mimalloc instead of the system allocator: the request path allocates
/// on every worker thread at once, and glibc's arenas serialize on their
/// locks and hold on to freed memory (see the book's "How it is built").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::builder::TypedValueParser;
use clap::CommandFactory;
use clap::FromArgMatches;
use clap::Parser;
use clap::Subcommand;
use orgbase::http::client_address::TrustedProxies;
use orgbase::logging::LogFormat;
use orgbase::rate_limit::Rate;
use orgbase::rate_limit::RateLimitSettings;
use orgbase::server;
use orgbase::store::postgres::PgSettings;
use orgbase::store::sled::SledSettings;
use orgbase::store::Backend;
use orgbase::store::ExportRecord;
use orgbase::store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// orgbase: a PostHog-compatible organizations API.
#[derive(Parser)]
#[command(version = orgbase::metrics::BUILD_VERSION, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server.
    ///
    /// On a data directory without users, creates the staff user
    /// admin@localhost with one API key of scope `*`: the value of
    /// ORGBASE_BOOTSTRAP_API_KEY when set, otherwise a generated key that is
    /// printed once to stderr.
    Serve {
        /// Address and port to listen on.
        #[arg(long, env = "ORGBASE_BIND", default_value = "127.0.0.1:8000")]
        bind: SocketAddr,
        #[command(flatten)]
        store: Box<StoreArgs>,
        /// Use a fresh embedded store in a temporary directory, deleted when
        /// the server stops (for contract tests: one server per test).
        #[arg(
            long,
            env = "ORGBASE_EPHEMERAL",
            conflicts_with_all = ["data_dir", "database_url"]
        )]
        ephemeral: bool,
        /// Load this file (as `orgbase export` writes it) into the store
        /// before serving; the store must hold no user yet (with
        /// `--ephemeral`, it never does). For contract tests that start
        /// from a known state.
        #[arg(long, env = "ORGBASE_SEED")]
        seed: Option<PathBuf>,
        /// Serve `GET /metrics` on this address (`ADDR:PORT`) instead of
        /// on the API's.
        #[arg(long, env = "ORGBASE_METRICS_BIND")]
        metrics_bind: Option<SocketAddr>,
        /// Public base URL of this server, used in absolute URLs in
        /// responses (pagination links). Default: from the request's Host.
        #[arg(long, env = "ORGBASE_EXTERNAL_URL")]
        external_url: Option<String>,
        /// SMTP server for invitation emails, as `smtp://host:port` (with
        /// `user:password@` if it needs them). Without it, invites are
        /// stored but not emailed.
        #[arg(long, env = "ORGBASE_SMTP_URL")]
        smtp_url: Option<String>,
        /// Sender address of invitation emails.
        #[arg(long, env = "ORGBASE_EMAIL_FROM", default_value = server::DEFAULT_EMAIL_FROM)]
        email_from: String,
        /// DNS server (`ADDR:PORT`, UDP) for domain verification lookups.
        /// Default: the system's resolver (/etc/resolv.conf).
        #[arg(long, env = "ORGBASE_DNS_RESOLVER")]
        dns_resolver: Option<SocketAddr>,
        /// Base name of proxy records' target CNAMEs: a record for DOMAIN
        /// in an organization gets `<20 hex digits>.<BASE>`, which the
        /// reverse proxy serving these domains must answer for.
        #[arg(
            long,
            env = "ORGBASE_PROXY_CNAME_BASE",
            default_value = orgbase::app::DEFAULT_PROXY_CNAME_BASE,
            value_parser = orgbase::app::clean_cname_base
        )]
        proxy_cname_base: String,
        /// Log format: `json` (one object per line) or `pretty`.
        #[arg(
            long,
            env = "ORGBASE_LOG_FORMAT",
            value_enum,
            default_value = "pretty"
        )]
        log_format: LogFormat,
        /// Days the activity log keeps an entry; older entries are removed
        /// once an hour, a batch at a time.
        #[arg(
            long,
            env = "ORGBASE_ACTIVITY_LOG_RETENTION_DAYS",
            default_value_t = 365,
            value_parser = clap::value_parser!(u32).range(1..=36500)
        )]
        activity_log_retention_days: u32,
        /// Idempotency keys a user may hold at once (each is kept for 24
        /// hours); past it, a write sent with a new key is refused until
        /// keys expire.
        #[arg(
            long,
            env = "ORGBASE_IDEMPOTENCY_KEYS_PER_USER",
            default_value_t = orgbase::app::idempotency_settings::KEYS_PER_USER_DEFAULT,
            value_parser = clap::value_parser!(u32).range(1..=1_000_000)
        )]
        idempotency_keys_per_user: u32,
        #[command(flatten)]
        rate_limits: Box<RateLimitArgs>,
        #[command(flatten)]
        webhooks: Box<WebhookArgs>,
    },
    /// Print the OpenAPI document of this build.
    Openapi,
    /// Write every record of a store to a file (or stdout), as
    /// newline-delimited JSON that `orgbase import` and `serve --seed`
    /// read: to move from sled to PostgreSQL and back, or to make a
    /// fixture.
    Export {
        #[command(flatten)]
        store: StoreArgs,
        /// The file to write (default: stdout).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Load a file that `orgbase export` wrote into an empty store: every
    /// record, or none.
    Import {
        #[command(flatten)]
        store: StoreArgs,
        /// The file to read.
        file: PathBuf,
    },
    /// Check the invariants of a store (offline: the server must be
    /// stopped).
    ///
    /// Prints one line per violation and exits with 1 if there is any;
    /// prints one "ok" line and exits with 0 otherwise.
    Check {
        #[command(flatten)]
        store: StoreArgs,
    },
}

/// The rate limits (see the book's "Rate limits").
#[derive(clap::Args)]
struct RateLimitArgs {
    /// Rate limits: `on` (PostHog's figures) or `off` (for benchmarks and
    /// bulk jobs). Default: on, except with --ephemeral, where a local
    /// stand-in starts with them off; `on` turns them on there too, for
    /// suites that test a client's handling of 429.
    #[arg(long, env = "ORGBASE_RATE_LIMITS", value_enum)]
    rate_limits: Option<Switch>,
    /// Requests per personal API key, all at once and refilled evenly
    /// (PostHog's burst window): `<count>/<second|minute|hour|day>`.
    #[arg(long, env = "ORGBASE_RATE_LIMIT_BURST", default_value_t = RateLimitSettings::POSTHOG_BURST)]
    rate_limit_burst: Rate,
    /// Requests per personal API key (PostHog's sustained window).
    #[arg(long, env = "ORGBASE_RATE_LIMIT_SUSTAINED", default_value_t = RateLimitSettings::POSTHOG_SUSTAINED)]
    rate_limit_sustained: Rate,
    /// Failed authentications (a wrong key or SCIM token) per client
    /// address (IPv6: per /64); past it, the address's requests with
    /// credentials are answered 429 until it may try again.
    #[arg(long, env = "ORGBASE_RATE_LIMIT_FAILED_AUTHENTICATION", default_value_t = RateLimitSettings::DEFAULT_FAILED_AUTHENTICATION)]
    rate_limit_failed_authentication: Rate,
    /// Requests per SCIM token (one per domain).
    #[arg(long, env = "ORGBASE_RATE_LIMIT_SCIM", default_value_t = RateLimitSettings::DEFAULT_SCIM)]
    rate_limit_scim: Rate,
    /// Proxies in front of orgbase (addresses or networks, comma-separated:
    /// `10.0.0.0/8,::1`) whose `X-Forwarded-For` names the client. Default:
    /// none; the peer is the client.
    #[arg(long, env = "ORGBASE_TRUSTED_PROXIES", value_delimiter = ',', value_parser = network)]
    trusted_proxies: Vec<ipnet::IpNet>,
}

/// How webhooks are delivered. Durations are a number and a unit: `ms`,
/// `s`, `m`, `h` or `d`.
#[derive(clap::Args)]
struct WebhookArgs {
    /// Let webhook endpoints be at loopback and private addresses (and
    /// use `http`): for development and tests, never for a service whose
    /// users are not all trusted.
    #[arg(long, env = "ORGBASE_WEBHOOK_ALLOW_PRIVATE_ADDRESSES")]
    webhook_allow_private_addresses: bool,
    /// The waits before each attempt after the first, comma-separated
    /// (each with up to a fifth more or less, at random); when they run
    /// out, the event is given up on.
    #[arg(
        long,
        env = "ORGBASE_WEBHOOK_RETRY_SCHEDULE",
        default_value = "5s,5m,30m,2h,5h,10h,10h",
        value_delimiter = ',',
        value_parser = orgbase::app::parse_duration
    )]
    webhook_retry_schedule: Vec<std::time::Duration>,
    /// An endpoint whose every attempt has failed for this long is
    /// disabled (an activity log entry says so).
    #[arg(long, env = "ORGBASE_WEBHOOK_DISABLE_AFTER", default_value = "5d", value_parser = orgbase::app::parse_duration)]
    webhook_disable_after: std::time::Duration,
    /// Time allowed for one attempt: connection, request and response.
    #[arg(long, env = "ORGBASE_WEBHOOK_TIMEOUT", default_value = "15s", value_parser = orgbase::app::parse_duration)]
    webhook_timeout: std::time::Duration,
    /// How long a replica holds an endpoint it sends to: another takes it
    /// over after this if the first died mid-delivery.
    #[arg(long, env = "ORGBASE_WEBHOOK_LEASE", default_value = "60s", value_parser = orgbase::app::parse_duration)]
    webhook_lease: std::time::Duration,
    /// How often the delivery worker looks for endpoints with events.
    #[arg(long, env = "ORGBASE_WEBHOOK_POLL_INTERVAL", default_value = "1s", value_parser = orgbase::app::parse_duration)]
    webhook_poll_interval: std::time::Duration,
}

impl WebhookArgs {
    fn settings(&self) -> orgbase::app::WebhookSettings {
        let defaults = orgbase::app::WebhookSettings::default();
        orgbase::app::WebhookSettings {
            allow_private_addresses: self.webhook_allow_private_addresses,
            schedule: self.webhook_retry_schedule.clone(),
            disable_after: self.webhook_disable_after,
            connect_timeout: defaults.connect_timeout.min(self.webhook_timeout),
            timeout: self.webhook_timeout,
            lease: self.webhook_lease.max(self.webhook_timeout),
            poll: self.webhook_poll_interval,
            ..defaults
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Switch {
    On,
    Off,
}

impl RateLimitArgs {
    fn settings(&self, ephemeral: bool) -> RateLimitSettings {
        let enabled = match self.rate_limits {
            Some(switch) => matches!(switch, Switch::On),
            None => !ephemeral,
        };
        RateLimitSettings {
            enabled,
            burst: self.rate_limit_burst,
            sustained: self.rate_limit_sustained,
            failed_authentication: self.rate_limit_failed_authentication,
            scim: self.rate_limit_scim,
        }
    }
}

/// A network (`10.0.0.0/8`), or one address as the network of itself.
fn network(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("{text:?} is not an address or a network"))
}

/// Where the store is: a sled directory (the default) or a PostgreSQL
/// database, never both.
#[derive(clap::Args)]
struct StoreArgs {
    /// Directory of the embedded sled store (created if missing).
    /// Default: ./orgbase-data, unless --database-url is given.
    #[arg(long, env = "ORGBASE_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// PostgreSQL database to use instead of the embedded store, as
    /// `postgres://user:password@host:port/database` (`?sslmode=...` and
    /// the other libpq parameters as PostgreSQL reads them). Several
    /// orgbase processes may share one database.
    #[arg(long, env = "ORGBASE_DATABASE_URL")]
    database_url: Option<String>,
    /// The most connections to PostgreSQL this process holds open at once;
    /// requests beyond it wait for one. Each replica holds its own:
    /// replicas times this must stay below the database's
    /// `max_connections`. Not used with the embedded store.
    #[arg(long, env = "ORGBASE_DATABASE_POOL_SIZE", default_value_t = PgSettings::DEFAULT_POOL_SIZE, value_parser = clap::value_parser!(u16).range(1..).map(usize::from))]
    database_pool_size: usize,
    /// Free space (MiB) that the embedded store keeps on its file system:
    /// writes are refused with 503 `storage_full` below it, and resume by
    /// themselves once space is freed. Not used with --database-url.
    #[arg(long, env = "ORGBASE_MIN_FREE_SPACE_MIB", default_value_t = SledSettings::DEFAULT_MIN_FREE_BYTES >> 20)]
    min_free_space_mib: u64,
    /// Memory (MiB) for the embedded store's caches: a quarter for its
    /// page cache, the rest for decoded organizations and memberships. Smaller
    /// keeps the server's resident size down on a large store, at the
    /// cost of reading more pages back from the file system and decoding
    /// more records. Not used with --database-url.
    #[arg(long, env = "ORGBASE_CACHE_MIB", default_value_t = SledSettings::DEFAULT_CACHE_BYTES >> 20)]
    cache_mib: u64,
}

impl StoreArgs {
    fn backend(self) -> anyhow::Result<Backend> {
        match (&self.data_dir, &self.database_url) {
            (Some(_), Some(_)) => anyhow::bail!(
                "--data-dir (ORGBASE_DATA_DIR) and --database-url \
                 (ORGBASE_DATABASE_URL) name two stores: give one"
            ),
            (None, Some(url)) => Ok(Backend::Postgres(PgSettings {
                url: url.clone(),
                pool_size: self.database_pool_size,
            })),
            (data_dir, None) => Ok(self.sled_in(
                data_dir.clone().unwrap_or_else(|| "./orgbase-data".into()),
            )),
        }
    }

    /// An embedded store in `path`, with these settings.
    fn sled_in(&self, path: PathBuf) -> Backend {
        Backend::Sled(SledSettings {
            path,
            min_free_bytes: self.min_free_space_mib.saturating_mul(1 << 20),
            cache_bytes: self.cache_mib.saturating_mul(1 << 20),
        })
    }
}

/// The command line, with the values of environment variables hidden from
/// `--help` for every option, present and future: several carry secrets
/// (`ORGBASE_SMTP_URL` may hold a password).
fn parse_command_line() -> Cli {
    let hide_env_values = |arg: clap::Arg| arg.hide_env_values(true);
    let command = Cli::command()
        .mut_args(hide_env_values)
        .mut_subcommands(|command| command.mut_args(hide_env_values));
    Cli::from_arg_matches(&command.get_matches())
        .unwrap_or_else(|error| error.exit())
}

fn main() -> ExitCode {
    server::run_process(run())
}

async fn run() -> ExitCode {
    match parse_command_line().command {
        Command::Export { store, output } => {
            exit_code(export(store, output.as_deref()).await)
        }
        Command::Import { store, file } => {
            exit_code(import(store, &file).await)
        }
        Command::Openapi => {
            print!("{}", orgbase::OPENAPI_DOCUMENT);
            ExitCode::SUCCESS
        }
        Command::Check { store } => match check(store).await {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(error) => {
                eprintln!("orgbase: {error:#}");
                ExitCode::FAILURE
            }
        },
        Command::Serve {
            bind,
            store,
            ephemeral,
            seed,
            metrics_bind,
            external_url,
            smtp_url,
            email_from,
            dns_resolver,
            proxy_cname_base,
            log_format,
            activity_log_retention_days,
            idempotency_keys_per_user,
            rate_limits,
            webhooks,
        } => {
            // Deleted when dropped, once the server has stopped.
            let ephemeral_dir = match ephemeral.then(tempfile::tempdir) {
                Some(Err(error)) => {
                    eprintln!(
                        "orgbase: cannot create a temporary store: {error}"
                    );
                    return ExitCode::FAILURE;
                }
                Some(Ok(dir)) => Some(dir),
                None => None,
            };
            let backend = match &ephemeral_dir {
                Some(dir) => Ok(store.sled_in(dir.path().to_path_buf())),
                None => store.backend(),
            };
            let backend = match backend {
                Ok(backend) => backend,
                Err(error) => {
                    eprintln!("orgbase: {error:#}");
                    return ExitCode::FAILURE;
                }
            };
            let seed = match seed.as_deref().map(read_export).transpose() {
                Ok(seed) => seed,
                Err(error) => {
                    eprintln!("orgbase: {error:#}");
                    return ExitCode::FAILURE;
                }
            };
            let log = orgbase::logging::logger(log_format);
            let config = server::Config {
                bind,
                metrics_bind,
                seed,
                external_url,
                bootstrap_api_key: std::env::var("ORGBASE_BOOTSTRAP_API_KEY")
                    .ok(),
                smtp_url,
                email_from,
                dns_resolver,
                proxy: orgbase::app::ProxySettings {
                    cname_base: proxy_cname_base,
                    ..Default::default()
                },
                rate_limits: rate_limits.settings(ephemeral),
                trusted_proxies: TrustedProxies::new(
                    rate_limits.trusted_proxies.clone(),
                ),
                activity_log: orgbase::app::activity::ActivityLogSettings {
                    retention: chrono::Duration::days(
                        activity_log_retention_days.into(),
                    ),
                    ..Default::default()
                },
                webhooks: webhooks.settings(),
                idempotency_keys_per_user: idempotency_keys_per_user as usize,
                ..server::Config::new(backend)
            };
            let result = serve(config, ephemeral_dir.is_none(), &log).await;
            // Let the asynchronous log drain before exiting.
            drop(log);
            drop(ephemeral_dir);
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("orgbase: {error:#}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Serves until a signal (or a store that can no longer write). With
/// `store_outlives` (the store is not `--ephemeral`'s), a clean stop
/// prepares the store's next start.
async fn serve(
    config: server::Config,
    store_outlives: bool,
    log: &slog::Logger,
) -> anyhow::Result<()> {
    let store = config.backend.to_string();
    let backend = config.backend.clone();
    let running = server::start_server(config, log).await?;
    if let Some(key) = &running.generated_api_key {
        eprintln!(
            "orgbase: created staff user admin@localhost with personal API key\n\n    {key}\n\n\
             This key is shown only this once."
        );
    }
    let metrics_address =
        running.metrics_server.as_ref().map(|server| server.local_addr());
    slog::info!(log, "ready";
        "address" => %running.local_addr(),
        "metrics_address" => metrics_address.map(|address| address.to_string()),
        "store" => store,
    );
    let store_failure = tokio::select! {
        signal = wait_for_signal() => {
            signal?;
            None
        }
        failure = running.store.failed() => Some(failure),
    };
    match store_failure {
        None => {
            slog::info!(log, "shutting down");
            running.shutdown().await.map_err(anyhow::Error::msg)?;
            if store_outlives {
                prepare_next_start(&backend, log).await;
            }
            Ok(())
        }
        Some(failure) => {
            // sled fails every write after its first I/O error: a server
            // that stayed up could serve reads but never write again.
            slog::error!(log, "the store can no longer write: exiting, \
                to be restarted (the store recovers from its log at start)";
                "error" => &failure);
            let _ = running.shutdown().await;
            anyhow::bail!(
                "the store can no longer write ({failure}): exiting so that \
                 a supervisor restarts orgbase"
            )
        }
    }
}

/// After a clean stop: spares the next start a replay of the store's log
/// where the store can (see `Store::prepare_next_start`). A failure costs
/// only that: everything written is already on disk.
async fn prepare_next_start(backend: &Backend, log: &slog::Logger) {
    match Store::prepare_next_start(backend).await {
        Ok(Some(took)) => slog::info!(log,
            "wrote a snapshot of the store: the next start reads it instead \
             of replaying the log";
            "seconds" => took.as_secs_f64()),
        Ok(None) => {}
        Err(error) => slog::warn!(log,
            "could not write a snapshot of the store: the next start \
             replays its log"; "error" => %error),
    }
}

/// Checks the store, printing each violation; returns whether there was
/// none.
async fn check(store: StoreArgs) -> anyhow::Result<bool> {
    let backend = store.backend()?;
    // Opening a directory that holds no store would create one.
    if let Backend::Sled(settings) = &backend {
        if !settings.path.is_dir() {
            anyhow::bail!("no data directory at {}", settings.path.display());
        }
    }
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let store = Store::open(&backend, &log).await?;
    let violations = store.check().await?;
    // Values the API would never store (an import before they were
    // refused, a hand-edited database), by the import's own rules.
    let bad_values =
        orgbase::export::value_problems(&store.export_decodable().await?);
    store.close()?;
    for violation in &violations {
        println!("{violation}");
    }
    for problem in &bad_values {
        println!("record_values: {problem}");
    }
    let clean = violations.is_empty() && bad_values.is_empty();
    if clean {
        println!("ok: every invariant holds");
    }
    Ok(clean)
}

/// Waits for SIGINT or SIGTERM.
async fn wait_for_signal() -> anyhow::Result<()> {
    use tokio::signal::unix::signal;
    use tokio::signal::unix::SignalKind;
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    tokio::select! {
        _ = interrupt.recv() => {}
        _ = terminate.recv() => {}
    }
    Ok(())
}

fn exit_code(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("orgbase: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// A progress bar on stderr (drawn only when stderr is a terminal).
fn progress_bar(length: usize, what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(length as u64);
    bar.set_message(what.to_string());
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} {wide_bar} {pos}/{len} ({eta})",
        )
        .expect("a valid template"),
    );
    bar
}

/// A bar for work whose length is not known, drawn by `template`.
fn spinner(template: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template(template)
            .expect("a valid template"),
    );
    bar
}

/// Reads and checks a file in the export format.
fn read_export(path: &std::path::Path) -> anyhow::Result<Vec<ExportRecord>> {
    let file = std::fs::File::open(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    orgbase::export::read(std::io::BufReader::new(file))
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

async fn export(
    store: StoreArgs,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let store = Store::open(&store.backend()?, &log).await?;
    // The records are written as they are read: the export never holds
    // the store in memory.
    let bar = spinner("exporting {pos} records");
    let written = match output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            let written =
                orgbase::export::write_store(&store, &mut out, || bar.inc(1))
                    .await;
            written.and_then(|written| {
                out.into_inner()
                    .map_err(std::io::IntoInnerError::into_error)?
                    .sync_all()?;
                Ok(written)
            })
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout());
            orgbase::export::write_store(&store, &mut out, || bar.inc(1)).await
        }
    };
    bar.finish_and_clear();
    store.close()?;
    eprintln!("orgbase: exported {} records", written?);
    Ok(())
}

async fn import(
    store: StoreArgs,
    path: &std::path::Path,
) -> anyhow::Result<()> {
    // Checked whole before anything is written, in passes over the file
    // that never hold its records (`export::check_file`).
    let checking = spinner("checking the file {spinner} {elapsed}");
    checking.enable_steady_tick(std::time::Duration::from_millis(200));
    let checked = orgbase::export::check_file(path);
    checking.finish_and_clear();
    let checked =
        checked.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let backend = store.backend()?;
    let store = Store::open(&backend, &log).await?;
    let bar = progress_bar(checked.len() as usize, "importing");
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    let importer = orgbase::store::activity::Actor::system(
        "orgbase import",
        chrono::Utc::now(),
    );
    let mut records = checked.records().inspect(|_| bar.inc(1));
    let imported = store.import(&importer, &mut records).await;
    bar.finish_and_clear();
    let closed = store.close();
    if closed.is_ok() && imported.is_ok() {
        // The first start then reads a snapshot rather than replaying
        // the whole import (see `Store::prepare_next_start`).
        if let Err(error) = Store::prepare_next_start(&backend).await {
            eprintln!(
                "orgbase: could not write a snapshot of the store ({error}): \
                 the first start replays its log"
            );
        }
    }
    imported.map_err(|error| match error {
        orgbase::store::StoreError::NotEmpty => anyhow::anyhow!(
            "the store already has users: import loads into an empty one"
        ),
        error => anyhow::anyhow!("import failed, nothing was written: {error}"),
    })?;
    closed?;
    eprintln!("orgbase: imported {} records", checked.len());
    Ok(())
}
