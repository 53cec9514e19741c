//! Load benchmark: orgbase's hot endpoints against the limits of the
//! stack under them. Not a test: it prints figures and checks nothing.
//!
//! ```sh
//! cargo bench --bench load
//! ORGBASE_BENCH_ORGS=2000 ORGBASE_BENCH_SECONDS=2 cargo bench --bench load
//! ```
//!
//! It starts orgbase in this process on a temporary data directory, loads
//! `ORGBASE_BENCH_ORGS` organizations (default 10,000) for the staff user
//! through the application layer (loading over HTTP would only be slower),
//! then drives `ORGBASE_BENCH_CONNECTIONS` keep-alive HTTP/1.1 connections
//! (default 64) for `ORGBASE_BENCH_SECONDS` each (default 5) against:
//!
//! - `GET /api/organizations/{id}/` (authenticated, ids spread over the
//!   loaded organizations);
//! - `GET /api/organizations/?limit=100`;
//! - `POST /api/organizations/` (one user per connection);
//!
//! and, in the same run, two baselines: a bare Dropshot endpoint that
//! answers a constant JSON body (the HTTP stack's limit, same Dropshot
//! settings and logger as orgbase), and a loop of raw sled
//! insert-then-flush (the storage's durable write limit). Last, it compares
//! the list's latency with 1,000 and 100,000 organizations
//! (`ORGBASE_BENCH_LIST_SIZES`, default `1000,100000`).
//!
//! For each phase it prints requests per second, p50 and p99 latency, and
//! the peak RSS of this process during the phase (server and load
//! generator together; the peak is reset between phases through
//! `/proc/self/clear_refs`). Both servers log to a discarding logger, so
//! the figures measure the API, not the log.
//!
//! The load generator is a minimal HTTP/1.1 client over one TCP stream per
//! connection, so that it takes as little of the (shared) CPU as possible.

use orgbase::app::App;
use orgbase::app::Caller;
use orgbase::app::Credentials;
use orgbase::server;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use std::time::Instant;
use tokio::io::AsyncBufReadExt;
use tokio::io::AsyncReadExt;
use tokio::io::AsyncWriteExt;
use tokio::io::BufReader;
use tokio::net::TcpStream;

const KEY: &str = "phx_benchmarkkey0123456789abcdefghijklmnopqrs";

struct Settings {
    organizations: usize,
    connections: usize,
    phase: Duration,
    list_sizes: Vec<usize>,
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(value) => value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value} is not a number")),
        Err(_) => default,
    }
}

impl Settings {
    fn from_env() -> Settings {
        let list_sizes = std::env::var("ORGBASE_BENCH_LIST_SIZES")
            .unwrap_or_else(|_| "1000,100000".to_string())
            .split(',')
            .map(|size| size.trim().parse().expect("a list of numbers"))
            .collect();
        Settings {
            organizations: env_or("ORGBASE_BENCH_ORGS", 10_000),
            connections: env_or("ORGBASE_BENCH_CONNECTIONS", 64),
            phase: Duration::from_secs_f64(env_or(
                "ORGBASE_BENCH_SECONDS",
                5.0,
            )),
            list_sizes,
        }
    }
}

/// What one phase measured.
struct Measurement {
    name: String,
    operations: usize,
    elapsed: Duration,
    /// Sorted.
    latencies: Vec<Duration>,
    peak_rss_kib: u64,
}

impl Measurement {
    fn per_second(&self) -> f64 {
        self.operations as f64 / self.elapsed.as_secs_f64()
    }

    fn percentile(&self, fraction: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let at = ((self.latencies.len() - 1) as f64 * fraction).round();
        self.latencies[at as usize]
    }

    fn print(&self) {
        println!(
            "{:<44} {:>10.0} {:>9.3} {:>9.3} {:>9.1}",
            self.name,
            self.per_second(),
            self.percentile(0.5).as_secs_f64() * 1e3,
            self.percentile(0.99).as_secs_f64() * 1e3,
            self.peak_rss_kib as f64 / 1024.0,
        );
    }
}

/// Starts a phase: resets the process's peak RSS.
fn reset_peak_rss() {
    // "5" resets VmHWM to the current RSS (Linux 4.0 and later).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// One keep-alive HTTP/1.1 connection.
struct Connection {
    stream: BufReader<TcpStream>,
    line: String,
    body: Vec<u8>,
}

impl Connection {
    async fn open(address: SocketAddr) -> Connection {
        let stream = TcpStream::connect(address).await.unwrap();
        stream.set_nodelay(true).unwrap();
        Connection {
            stream: BufReader::new(stream),
            line: String::new(),
            body: Vec::new(),
        }
    }

    /// Sends one request and reads the whole response; returns its status.
    async fn exchange(&mut self, request: &[u8]) -> u16 {
        self.stream.get_mut().write_all(request).await.unwrap();
        self.line.clear();
        self.stream.read_line(&mut self.line).await.unwrap();
        let status = self.line.split(' ').nth(1).and_then(|s| s.parse().ok());
        let status =
            status.unwrap_or_else(|| panic!("bad status line {:?}", self.line));
        let mut length = 0;
        loop {
            self.line.clear();
            self.stream.read_line(&mut self.line).await.unwrap();
            let header = self.line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap();
                }
            }
        }
        self.body.resize(length, 0);
        self.stream.read_exact(&mut self.body).await.unwrap();
        status
    }
}

fn get(path: &str, key: Option<&str>) -> Vec<u8> {
    let auth = key
        .map(|key| format!("authorization: Bearer {key}\r\n"))
        .unwrap_or_default();
    format!("GET {path} HTTP/1.1\r\nhost: bench\r\n{auth}\r\n").into_bytes()
}

fn post_json(path: &str, key: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nhost: bench\r\nauthorization: Bearer {key}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Drives `connections` connections for `duration`; `request(c, i)` is the
/// `i`th request of connection `c`. Every answer must be a 2xx.
async fn drive(
    name: &str,
    address: SocketAddr,
    connections: usize,
    duration: Duration,
    request: impl Fn(usize, usize) -> Vec<u8> + Send + Sync + 'static,
) -> Measurement {
    let request = Arc::new(request);
    reset_peak_rss();
    let started = Instant::now();
    let deadline = started + duration;
    let tasks: Vec<_> = (0..connections)
        .map(|c| {
            let request = Arc::clone(&request);
            tokio::spawn(async move {
                let mut connection = Connection::open(address).await;
                let mut latencies = Vec::new();
                while Instant::now() < deadline {
                    let bytes = request(c, latencies.len());
                    let sent = Instant::now();
                    let status = connection.exchange(&bytes).await;
                    latencies.push(sent.elapsed());
                    assert!((200..300).contains(&status), "status {status}");
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    Measurement {
        name: name.to_string(),
        operations: latencies.len(),
        elapsed,
        latencies,
        peak_rss_kib: peak_rss_kib(),
    }
}

/// The storage baseline: one loop of insert, then flush, for `duration`.
fn raw_sled_durable_writes(duration: Duration) -> Measurement {
    let dir = tempfile::tempdir().unwrap();
    let db = sled::Config::new().path(dir.path()).open().unwrap();
    let value = vec![7u8; 512];
    reset_peak_rss();
    let started = Instant::now();
    let mut latencies = Vec::new();
    while started.elapsed() < duration {
        let write = Instant::now();
        db.insert((latencies.len() as u64).to_be_bytes(), value.as_slice())
            .unwrap();
        db.flush().unwrap();
        latencies.push(write.elapsed());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    Measurement {
        name: "raw sled insert + flush (1 writer)".to_string(),
        operations: latencies.len(),
        elapsed,
        latencies,
        peak_rss_kib: peak_rss_kib(),
    }
}

/// The HTTP stack's baseline: Dropshot answering a constant JSON body.
mod bare {
    use dropshot::HttpError;
    use dropshot::HttpResponseOk;
    use dropshot::RequestContext;

    #[dropshot::endpoint { method = GET, path = "/constant" }]
    async fn constant(
        _rqctx: RequestContext<()>,
    ) -> Result<HttpResponseOk<serde_json::Value>, HttpError> {
        Ok(HttpResponseOk(serde_json::json!({"status": "ok"})))
    }

    pub fn start() -> dropshot::HttpServer<()> {
        let mut api = dropshot::ApiDescription::new();
        api.register(constant).unwrap();
        dropshot::ServerBuilder::new(api, (), super::quiet_log())
            .config(super::dropshot_config())
            .start()
            .unwrap()
    }
}

fn quiet_log() -> slog::Logger {
    slog::Logger::root(slog::Discard, slog::o!())
}

/// The settings orgbase's server uses (see `server::start_server`).
fn dropshot_config() -> dropshot::ConfigDropshot {
    dropshot::ConfigDropshot {
        bind_address: "127.0.0.1:0".parse().unwrap(),
        default_request_body_max_bytes: server::REQUEST_BODY_MAX_BYTES,
        default_handler_task_mode: dropshot::HandlerTaskMode::Detached,
        ..Default::default()
    }
}

/// orgbase on a temporary directory, with the staff user's caller.
struct Orgbase {
    running: server::RunningServer,
    caller: Arc<Caller>,
    _dir: tempfile::TempDir,
}

impl Orgbase {
    async fn start() -> Orgbase {
        let dir = tempfile::tempdir().unwrap();
        let config = server::Config {
            bind: "127.0.0.1:0".parse().unwrap(),
            metrics_bind: None,
            backend: orgbase::store::Backend::Sled(dir.path().to_path_buf()),
            seed: None,
            external_url: None,
            bootstrap_api_key: Some(KEY.to_string()),
            smtp_url: None,
            email_from: server::DEFAULT_EMAIL_FROM.to_string(),
            dns_resolver: None,
            dns_timeout: orgbase::dns::DEFAULT_TIMEOUT,
            clock: server::system_clock(),
            proxy: Default::default(),
        };
        let running = server::start_server(config, &quiet_log()).await.unwrap();
        let caller = running
            .server
            .app_private()
            .app
            .authenticate(
                &Credentials {
                    authorization: Some(format!("Bearer {KEY}").as_bytes()),
                    ..Credentials::default()
                },
                None,
            )
            .await
            .unwrap();
        Orgbase { running, caller, _dir: dir }
    }

    fn app(&self) -> &App {
        &self.running.server.app_private().app
    }

    fn address(&self) -> SocketAddr {
        self.running.local_addr()
    }

    /// Creates `count` organizations for the staff user, many at a time
    /// (so group commit batches their flushes); returns their ids.
    async fn load(&self, count: usize) -> Vec<String> {
        use futures::StreamExt;
        let started = Instant::now();
        let mut ids: Vec<String> = futures::stream::iter(0..count)
            .map(|i| async move {
                let body = serde_json::json!({ "name": format!("Loaded {i}") });
                let body = serde_json::from_value(body).unwrap();
                self.app()
                    .organization_create(&self.caller, body)
                    .await
                    .unwrap()
                    .id
                    .to_string()
            })
            .buffer_unordered(64)
            .collect()
            .await;
        ids.sort();
        println!(
            "(loaded {count} organizations in {:.1} s)",
            started.elapsed().as_secs_f64()
        );
        ids
    }

    /// Creates a user with a key of scope `*`; returns the key.
    async fn user(&self, email: &str) -> String {
        let body = serde_json::json!({
            "email": email,
            "personal_api_key": {"label": "bench", "scopes": ["*"]},
        });
        let created = self
            .app()
            .user_create(&self.caller, serde_json::from_value(body).unwrap())
            .await
            .unwrap();
        created.personal_api_key.unwrap().value.unwrap()
    }

    async fn stop(self) {
        self.running.shutdown().await.unwrap();
    }
}

fn ratio(name: &str, value: f64, target: &str) {
    println!("{name:<52} {value:>6.2}   (target {target})");
}

#[tokio::main]
async fn main() {
    let settings = Settings::from_env();
    let (k, phase) = (settings.connections, settings.phase);
    println!(
        "orgbase load benchmark: {} organizations, {k} connections, {:.1} s per phase",
        settings.organizations,
        phase.as_secs_f64()
    );

    let sled =
        tokio::task::spawn_blocking(move || raw_sled_durable_writes(phase))
            .await
            .unwrap();

    let bare = bare::start();
    let constant = drive(
        "bare Dropshot GET (constant JSON)",
        bare.local_addr(),
        k,
        phase,
        |_, _| get("/constant", None),
    )
    .await;
    bare.close().await.unwrap();

    let orgbase = Orgbase::start().await;
    let ids = Arc::new(orgbase.load(settings.organizations).await);
    let address = orgbase.address();
    let view = drive(
        "GET /api/organizations/{id}/",
        address,
        k,
        phase,
        move |c, i| {
            let id = &ids[(c * 7919 + i * 104_729) % ids.len()];
            get(&format!("/api/organizations/{id}/"), Some(KEY))
        },
    )
    .await;
    let list = drive(
        "GET /api/organizations/?limit=100",
        address,
        k,
        phase,
        |_, _| get("/api/organizations/?limit=100", Some(KEY)),
    )
    .await;
    let mut keys = Vec::new();
    for c in 0..k {
        keys.push(orgbase.user(&format!("bench-{c}@example.com")).await);
    }
    let create =
        drive("POST /api/organizations/", address, k, phase, move |c, i| {
            post_json(
                "/api/organizations/",
                &keys[c],
                &format!("{{\"name\": \"Bench {c} {i}\"}}"),
            )
        })
        .await;
    orgbase.stop().await;

    let mut lists = Vec::new();
    for &size in &settings.list_sizes {
        let orgbase = Orgbase::start().await;
        orgbase.load(size).await;
        // The list must see every loaded organization (count), or this
        // phase would not measure what it says.
        let mut connection = Connection::open(orgbase.address()).await;
        connection
            .exchange(&get("/api/organizations/?limit=1", Some(KEY)))
            .await;
        let page: serde_json::Value =
            serde_json::from_slice(&connection.body).unwrap();
        assert_eq!(page["count"], size, "{page}");
        let name = format!("GET /api/organizations/?limit=100, N={size}");
        lists.push(
            drive(&name, orgbase.address(), k, phase, |_, _| {
                get("/api/organizations/?limit=100", Some(KEY))
            })
            .await,
        );
        orgbase.stop().await;
    }

    println!();
    println!(
        "{:<44} {:>10} {:>9} {:>9} {:>9}",
        "phase", "ops/s", "p50 ms", "p99 ms", "peak MiB"
    );
    for measurement in
        [&sled, &constant, &view, &list, &create].into_iter().chain(&lists)
    {
        measurement.print();
    }
    println!();
    ratio(
        "GET /api/organizations/{id}/ / bare Dropshot (ops/s)",
        view.per_second() / constant.per_second(),
        ">= 0.5",
    );
    ratio(
        "POST /api/organizations/ / raw sled durable writes",
        create.per_second() / sled.per_second(),
        ">= 0.5",
    );
    if let (Some(first), Some(last)) = (lists.first(), lists.last()) {
        let p50 = |m: &Measurement| m.percentile(0.5).as_secs_f64();
        ratio(
            &format!(
                "list p50 at N={} / at N={}",
                settings.list_sizes.last().unwrap(),
                settings.list_sizes[0]
            ),
            p50(last) / p50(first),
            "<= 1.5",
        );
    }
}
