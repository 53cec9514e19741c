//! Load benchmark: orgbase's hot endpoints against the limits of the
//! stack under them. Not a test: it prints figures. It asserts only what
//! keeps a figure honest: every answer of a phase is a 2xx, and the list
//! sees every organization loaded for it.
//!
//! ```sh
//! cargo bench --bench load
//! ORGBASE_BENCH_ORGS=2000 ORGBASE_BENCH_SECONDS=2 cargo bench --bench load
//! ```
//!
//! It starts orgbase in this process on the backend that
//! `ORGBASE_BENCH_BACKEND` names: `sled` (default, a temporary data
//! directory) or `postgres` (a new database for each server started, on
//! the server of `ORGBASE_BENCH_DATABASE_URL`, else on a throwaway cluster
//! with PostgreSQL's shipped durability settings, started from the
//! binaries on the machine as the tests start theirs). It loads
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
//! and, in the same run, baselines: a bare Dropshot endpoint that answers
//! a constant JSON body (the HTTP stack's limit, same Dropshot settings and
//! logger as orgbase), the same server answering an organization's JSON
//! (what the HTTP stack alone does with the reads' body), and the
//! storage's own durable write limit, with as
//! many writers as the POST phase has connections: on sled, loops of
//! insert then flush, without and with the `fdatasync` of sled's log that
//! orgbase's group commit adds (their ratio is what that `fdatasync`
//! costs), and of the keys an organization create writes, in one
//! transaction; on PostgreSQL, loops of a one-row insert, each its own
//! committed transaction, and of the statements the store runs for a
//! create (the caller read by its key's hash, then the create). The last
//! of each splits a create's gap to a raw insert into the storage's share
//! and orgbase's. On PostgreSQL the reads by id take turns with the query
//! the store runs for one, raw, in the same way. Last, it compares
//! the list's latency with 1,000 and 100,000 organizations
//! (`ORGBASE_BENCH_LIST_SIZES`, default `1000,100000`), and the member,
//! invite and role member lists' with as many members, invites and
//! members of one role in one organization (loaded through the store's
//! import), in turns; and the largest organization list's last
//! page, read by `offset` and by the `after` its `next` link carries
//! (keyset), with its first page. On sled it then
//! loads stores of `ORGBASE_BENCH_DISK_SIZES` organizations (default
//! `100000,1000000`) and starts the `orgbase` binary on each twice: after
//! the snapshot that a clean stop writes (timed too), and on a copy of the
//! store without it, as a crash leaves it; it times each start to its
//! first healthy answer, and reads the binary's peak RSS.
//!
//! With `ORGBASE_BENCH_BINARY` set to an older build's `orgbase` binary,
//! it last compares the two builds: each serves a store of the same
//! organizations, and their reads by id, lists, creates and changes
//! (`PATCH`, a write through the store's transactional interface) take
//! turns; it prints this build's figures over the older build's.
//!
//! Every server runs with its rate limits off, as a benchmark should
//! (`--rate-limits off`), but one: beside the reads by id and in turns with
//! them, a second server with the same organizations runs the same reads
//! with its limits on at figures too high to bite, so that their ratio is
//! what the limiter costs a request.
//!
//! Phases whose figures are divided by each other take turns, in five
//! rounds of a fifth of a phase each: the bare endpoints with the reads by
//! id, the storage baselines with the POST phase, the list sizes with each
//! other. A machine's drift during a run then falls on both sides of a
//! ratio alike; measured one after the other, the same ratios moved by a
//! third between runs.
//!
//! For each phase it prints requests per second, p50 and p99 latency, and
//! the peak RSS of this process during the phase (server and load
//! generator together; the peak is reset between phases through
//! `/proc/self/clear_refs`). Both servers log to a discarding logger, so
//! the figures measure the API, not the log.
//!
//! The load generator is a minimal HTTP/1.1 client over one TCP stream per
//! connection, so that it takes as little of the (shared) CPU as possible.

// The storage baselines measure the engines themselves (see clippy.toml).
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]

// The tests' throwaway PostgreSQL cluster, for runs on PostgreSQL without
// a server of their own (only some of it is used here).
#[allow(dead_code)]
#[path = "../tests/integration/postgres_cluster.rs"]
mod postgres_cluster;

/// The allocator the `orgbase` binary runs with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use orgbase::app::App;
use orgbase::app::Caller;
use orgbase::app::Credentials;
use orgbase::rate_limit::Rate;
use orgbase::rate_limit::RateLimitSettings;
use orgbase::server;
use orgbase::store::postgres::PgSettings;
use orgbase::store::records::InviteRecord;
use orgbase::store::records::Level;
use orgbase::store::records::MembershipRecord;
use orgbase::store::records::RoleMembershipRecord;
use orgbase::store::records::RoleRecord;
use orgbase::store::records::UserRecord;
use orgbase::store::sled::SledSettings;
use orgbase::store::ExportRecord;
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
    backend: BenchBackend,
    organizations: usize,
    connections: usize,
    phase: Duration,
    list_sizes: Vec<usize>,
    /// Sizes of the stores the `orgbase` binary is started on (sled).
    disk_sizes: Vec<usize>,
    /// Which of those are also imported, into sled and PostgreSQL.
    move_sizes: Vec<usize>,
}

/// A comma-separated list of sizes from `name`, else `default`.
fn sizes_or(name: &str, default: &str) -> Vec<usize> {
    std::env::var(name)
        .unwrap_or_else(|_| default.to_string())
        .split(',')
        .filter(|size| !size.trim().is_empty())
        .map(|size| size.trim().parse().expect("a list of numbers"))
        .collect()
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
        let backend = match std::env::var("ORGBASE_BENCH_BACKEND").as_deref() {
            Ok("sled") | Err(_) => BenchBackend::Sled,
            Ok("postgres") => BenchBackend::Postgres(PostgresServer::new()),
            Ok(other) => {
                panic!("ORGBASE_BENCH_BACKEND={other}: sled or postgres")
            }
        };
        Settings {
            backend,
            organizations: env_or("ORGBASE_BENCH_ORGS", 10_000),
            connections: env_or("ORGBASE_BENCH_CONNECTIONS", 64),
            phase: Duration::from_secs_f64(env_or(
                "ORGBASE_BENCH_SECONDS",
                5.0,
            )),
            list_sizes: sizes_or("ORGBASE_BENCH_LIST_SIZES", "1000,100000"),
            disk_sizes: sizes_or("ORGBASE_BENCH_DISK_SIZES", "100000,1000000"),
            move_sizes: sizes_or("ORGBASE_BENCH_MOVE_SIZES", "100000"),
        }
    }
}

/// The backend the servers of the run use.
enum BenchBackend {
    Sled,
    Postgres(PostgresServer),
}

/// The PostgreSQL server of the run: the one named, or a throwaway
/// cluster of the run's own.
struct PostgresServer {
    /// A database URL of that server (its database is only connected to).
    url: url::Url,
    _cluster: Option<postgres_cluster::Cluster>,
}

impl PostgresServer {
    fn new() -> PostgresServer {
        match std::env::var("ORGBASE_BENCH_DATABASE_URL") {
            Ok(url) => PostgresServer {
                url: url.parse().expect("ORGBASE_BENCH_DATABASE_URL"),
                _cluster: None,
            },
            Err(_) => {
                let cluster = postgres_cluster::Cluster::private(true);
                PostgresServer {
                    url: cluster.url("postgres").parse().unwrap(),
                    _cluster: Some(cluster),
                }
            }
        }
    }

    /// A new, empty database; its URL.
    async fn create_database(&self) -> String {
        let name = format!("bench_{}", uuid::Uuid::new_v4().simple());
        postgres_cluster::connect(self.url.as_str())
            .await
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let mut url = self.url.clone();
        url.set_path(&name);
        url.to_string()
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
    /// A finished phase: its operations' latencies, and the peak RSS now.
    fn new(
        name: impl Into<String>,
        elapsed: Duration,
        mut latencies: Vec<Duration>,
    ) -> Measurement {
        latencies.sort();
        Measurement {
            name: name.into(),
            operations: latencies.len(),
            elapsed,
            latencies,
            peak_rss_kib: peak_rss_kib(),
        }
    }

    /// The rounds of one phase as one measurement (named as the first,
    /// with the highest peak).
    fn merged(rounds: Vec<Measurement>) -> Measurement {
        let mut rounds = rounds.into_iter();
        let mut merged = rounds.next().expect("at least one round");
        for round in rounds {
            merged.operations += round.operations;
            merged.elapsed += round.elapsed;
            merged.latencies.extend(round.latencies);
            merged.peak_rss_kib = merged.peak_rss_kib.max(round.peak_rss_kib);
        }
        merged.latencies.sort();
        merged
    }

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
    peak_rss_kib_of("/proc/self/status")
}

/// A child process's peak RSS.
fn status_peak_rss_kib(child: &tokio::process::Child) -> u64 {
    peak_rss_kib_of(&format!("/proc/{}/status", child.id().unwrap()))
}

/// The peak RSS in a process's `status` file.
fn peak_rss_kib_of(status: &str) -> u64 {
    peak_rss_kib_in(&std::fs::read_to_string(status).unwrap()).unwrap_or(0)
}

/// The peak RSS (`VmHWM`) in the text of a process's `status` file, if
/// it has one (an exited process has none).
fn peak_rss_kib_in(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
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
    json_request("POST", path, key, body)
}

fn json_request(method: &str, path: &str, key: &str, body: &str) -> Vec<u8> {
    format!(
        "{method} {path} HTTP/1.1\r\nhost: bench\r\nauthorization: Bearer {key}\r\n\
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
    Measurement::new(name, started.elapsed(), latencies)
}

/// The sled baseline: `writers` threads, each a loop of insert then
/// flush, and then an `fdatasync` of sled's log when `sync` (as orgbase's
/// group commit does), for `duration`. With `transaction`, each write is
/// instead one sled transaction of the keys an organization create writes
/// (see [`organization_create_keys`]).
fn raw_sled_durable_writes(
    writers: usize,
    sync: bool,
    transaction: bool,
    duration: Duration,
) -> Measurement {
    let dir = tempfile::tempdir().unwrap();
    let db = sled::Config::new().path(dir.path()).open().unwrap();
    let log_file = std::fs::File::open(dir.path().join("db")).unwrap();
    let value = vec![7u8; 512];
    reset_peak_rss();
    let started = Instant::now();
    let deadline = started + duration;
    let latencies = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..writers as u64)
            .map(|writer| {
                let (db, log_file, value) = (&db, &log_file, &value);
                scope.spawn(move || {
                    let mut latencies = Vec::new();
                    while Instant::now() < deadline {
                        let write = Instant::now();
                        let key = [writer, latencies.len() as u64];
                        if transaction {
                            organization_create_keys(db, writer, &key, value);
                        } else {
                            db.insert(
                                format!("{key:?}").as_bytes(),
                                value.as_slice(),
                            )
                            .unwrap();
                        }
                        db.flush().unwrap();
                        if sync {
                            log_file.sync_data().unwrap();
                        }
                        latencies.push(write.elapsed());
                    }
                    latencies
                })
            })
            .collect();
        threads.into_iter().flat_map(|t| t.join().unwrap()).collect()
    });
    let sync = if sync { " + fdatasync" } else { "" };
    let what = if transaction { "org transaction" } else { "insert" };
    Measurement::new(
        format!("raw sled {what} + flush{sync} ({writers} writers)"),
        started.elapsed(),
        latencies,
    )
}

/// One sled transaction shaped like an organization create's: the owner's
/// record read and rewritten (the current organization), the slug checked
/// and taken, the organization, the membership with its order and reverse
/// entries written, and two counters moved (the owner's organizations and
/// the store's).
fn organization_create_keys(
    db: &sled::Db,
    writer: u64,
    key: &[u64; 2],
    value: &[u8],
) {
    let id = format!("{key:?}");
    let user = format!("user/{writer}");
    db.transaction(|tx| {
        let slug = format!("org_slug/{id}");
        assert!(tx.get(slug.as_bytes())?.is_none());
        tx.insert(slug.as_bytes(), id.as_bytes())?;
        let owner = tx.get(user.as_bytes())?;
        tx.insert(user.as_bytes(), owner.unwrap_or_else(|| value.into()))?;
        tx.insert(format!("org/{id}").as_bytes(), value)?;
        tx.insert(format!("member/{id}/{writer}").as_bytes(), &value[..256])?;
        tx.insert(format!("member_joined/{id}/{writer}").as_bytes(), &[])?;
        tx.insert(format!("user_org/{writer}/{id}").as_bytes(), &[])?;
        for counter in [format!("user_org_count/{writer}"), "count".into()] {
            let count = tx.get(counter.as_bytes())?.map_or(0, |bytes| {
                u64::from_be_bytes(bytes.as_ref().try_into().unwrap())
            });
            tx.insert(counter.as_bytes(), &(count + 1).to_be_bytes())?;
        }
        Ok::<_, sled::transaction::ConflictableTransactionError<()>>(())
    })
    .unwrap();
}

/// `clients` connections to the database at `url`, each preparing
/// `statements`, then running `operation` (given its connection, the
/// prepared statements, its number and the run's) again and again for
/// `duration`, each run timed: the PostgreSQL baselines. The connections
/// are made and their statements prepared before the clock starts
/// (password authentication alone costs each a few milliseconds of CPU).
async fn raw_postgres_loops<O>(
    name: String,
    url: &str,
    clients: usize,
    duration: Duration,
    statements: &'static [&'static str],
    operation: O,
) -> Measurement
where
    O: for<'a> Fn(
            &'a tokio_postgres::Client,
            &'a [tokio_postgres::Statement],
            usize,
            usize,
        ) -> futures::future::BoxFuture<'a, ()>
        + Send
        + Sync
        + 'static,
{
    let connected = futures::future::join_all((0..clients).map(|_| async {
        let client = postgres_cluster::connect(url).await;
        let mut prepared = Vec::new();
        for statement in statements {
            prepared.push(client.prepare(statement).await.unwrap());
        }
        (client, prepared)
    }))
    .await;
    let operation = Arc::new(operation);
    reset_peak_rss();
    let started = Instant::now();
    let deadline = started + duration;
    let tasks: Vec<_> = connected
        .into_iter()
        .enumerate()
        .map(|(c, (client, prepared))| {
            let operation = Arc::clone(&operation);
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                for i in 0.. {
                    let run = Instant::now();
                    if run >= deadline {
                        break;
                    }
                    operation(&client, &prepared, c, i).await;
                    latencies.push(run.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    Measurement::new(name, started.elapsed(), latencies)
}

/// The PostgreSQL baseline: `writers` connections, each a loop of one-row
/// inserts (each its own committed transaction), for `duration`.
async fn raw_postgres_durable_writes(
    url: &str,
    writers: usize,
    duration: Duration,
) -> Measurement {
    postgres_cluster::connect(url)
        .await
        .batch_execute(
            "CREATE TABLE raw_writes (id BIGSERIAL PRIMARY KEY, record JSONB)",
        )
        .await
        .unwrap();
    let record = Arc::new(serde_json::json!({ "value": "7".repeat(512) }));
    raw_postgres_loops(
        format!("raw PostgreSQL insert + commit ({writers} writers)"),
        url,
        writers,
        duration,
        &["INSERT INTO raw_writes (record) VALUES ($1)"],
        move |client, insert, _, _| {
            let record = Arc::clone(&record);
            Box::pin(async move {
                client.execute(&insert[0], &[&*record]).await.unwrap();
            })
        },
    )
    .await
}

/// The database's share of a create on PostgreSQL: `keys.len()`
/// connections to orgbase's database `url`, each a loop of the statements
/// the store runs for a create by the user of its key (the caller read by
/// the key's hash, then the create itself, on prepared statements), with
/// records as orgbase writes them, for `duration`.
async fn raw_postgres_creates(
    url: &str,
    keys: &[String],
    duration: Duration,
) -> Measurement {
    use orgbase::store::postgres::CALLER_BY_KEY_HASH;
    use orgbase::store::postgres::ORGANIZATION_CREATE;
    use tokio_postgres::types::Json;
    let templates = postgres_cluster::connect(url)
        .await
        .query_one(
            "SELECT o.record, m.record, \
             (SELECT coalesce(jsonb_agg(a.record), '[]') FROM activity_log a \
              WHERE a.organization_id = o.id) \
             FROM memberships m \
             JOIN organizations o ON o.id = m.organization_id LIMIT 1",
            &[],
        )
        .await
        .unwrap();
    // An organization's record, its owner's membership and the activity
    // log entries of its creation.
    let templates: Arc<(
        serde_json::Value,
        serde_json::Value,
        serde_json::Value,
    )> = Arc::new((templates.get(0), templates.get(1), templates.get(2)));
    let hashes: Arc<Vec<String>> =
        Arc::new(keys.iter().map(|key| orgbase::secrets::hash(key)).collect());
    raw_postgres_loops(
        format!("raw PostgreSQL create statements ({} writers)", keys.len()),
        url,
        keys.len(),
        duration,
        &[CALLER_BY_KEY_HASH, ORGANIZATION_CREATE],
        move |client, statements, c, _| {
            let (templates, hashes) =
                (Arc::clone(&templates), Arc::clone(&hashes));
            Box::pin(async move {
                let [caller, create] = statements else {
                    unreachable!("two statements")
                };
                let row =
                    client.query_one(caller, &[&hashes[c]]).await.unwrap();
                let user: serde_json::Value = row.get(1);
                let owner: uuid::Uuid =
                    user["id"].as_str().unwrap().parse().unwrap();
                let (mut organization, membership) =
                    (templates.0.clone(), &templates.1);
                let id = uuid::Uuid::now_v7();
                let slug = format!("raw-{id}");
                let joined_at: chrono::DateTime<chrono::Utc> =
                    membership["joined_at"].as_str().unwrap().parse().unwrap();
                organization["id"] = id.to_string().into();
                organization["slug"] = slug.clone().into();
                let row = client
                    .query_one(
                        create,
                        &[
                            &owner,
                            &id,
                            &slug,
                            &Json(&organization),
                            &Json(membership),
                            &joined_at,
                            &Json(&templates.2),
                        ],
                    )
                    .await
                    .unwrap();
                assert!(row.get::<_, bool>(1), "created");
            })
        },
    )
    .await
}

/// The database's share of a read by id on PostgreSQL: `connections`
/// connections to orgbase's database `url`, each a loop of the one query
/// the store runs for `GET /api/organizations/{id}/` (the caller, its
/// membership and the organization, by the key's hash), ids spread over
/// `ids` as the view phase spreads them, records decoded, for `duration`.
async fn raw_postgres_reads(
    url: &str,
    ids: &[String],
    connections: usize,
    duration: Duration,
) -> Measurement {
    use orgbase::store::postgres::CALLER_AND_ORGANIZATION_BY_KEY_HASH;
    let ids: Arc<Vec<uuid::Uuid>> =
        Arc::new(ids.iter().map(|id| id.parse().unwrap()).collect());
    let hash = Arc::new(orgbase::secrets::hash(KEY));
    raw_postgres_loops(
        format!("raw PostgreSQL reads by id ({connections} readers)"),
        url,
        connections,
        duration,
        &[CALLER_AND_ORGANIZATION_BY_KEY_HASH],
        move |client, read, c, i| {
            let (ids, hash) = (Arc::clone(&ids), Arc::clone(&hash));
            Box::pin(async move {
                let id = Some(ids[view_index(c, i, ids.len())]);
                let row =
                    client.query_one(&read[0], &[&*hash, &id]).await.unwrap();
                let records: Vec<Option<serde_json::Value>> =
                    [0, 1, 3, 4].map(|column| row.get(column)).into();
                assert!(records.iter().all(Option::is_some), "found");
            })
        },
    )
    .await
}

/// The HTTP stack's baselines: Dropshot answering a constant JSON body,
/// and answering the body of an organization (as `GET
/// /api/organizations/{id}/` answers it), a constant value serialized for
/// each request. The second shows how much of the reads' gap to the first
/// is the size of what they answer rather than orgbase's work.
mod bare {
    use dropshot::HttpError;
    use dropshot::HttpResponseOk;
    use dropshot::RequestContext;

    #[dropshot::endpoint { method = GET, path = "/constant" }]
    async fn constant(
        _rqctx: RequestContext<serde_json::Value>,
    ) -> Result<HttpResponseOk<serde_json::Value>, HttpError> {
        Ok(HttpResponseOk(serde_json::json!({"status": "ok"})))
    }

    #[dropshot::endpoint { method = GET, path = "/organization" }]
    async fn organization(
        rqctx: RequestContext<serde_json::Value>,
    ) -> Result<HttpResponseOk<serde_json::Value>, HttpError> {
        Ok(HttpResponseOk(rqctx.context().clone()))
    }

    /// Serves both, the second answering `body`.
    pub fn start(
        body: serde_json::Value,
    ) -> dropshot::HttpServer<serde_json::Value> {
        let mut api = dropshot::ApiDescription::new();
        api.register(constant).unwrap();
        api.register(organization).unwrap();
        dropshot::ServerBuilder::new(api, body, super::quiet_log())
            .config(orgbase::server::dropshot_config(
                "127.0.0.1:0".parse().unwrap(),
            ))
            .start()
            .unwrap()
    }
}

/// `ORGBASE_CACHE_MIB`, as the binary reads it (so that the servers
/// started by `orgbase serve` use it too).
fn cache_mib_from_env() -> Option<u64> {
    std::env::var("ORGBASE_CACHE_MIB")
        .ok()
        .map(|mib| mib.parse().expect("ORGBASE_CACHE_MIB: a number"))
}

fn quiet_log() -> slog::Logger {
    slog::Logger::root(slog::Discard, slog::o!())
}

/// orgbase on a new, empty store, with the staff user's caller.
struct Orgbase {
    running: server::RunningServer,
    caller: Arc<Caller>,
    /// Organizations created at once while loading (see `load`).
    loading_concurrency: usize,
    dir: tempfile::TempDir,
    /// Its database, on PostgreSQL.
    database_url: Option<String>,
}

impl Orgbase {
    /// A server without rate limits.
    async fn start(backend: &BenchBackend) -> Orgbase {
        Orgbase::start_with(backend, RateLimitSettings::off()).await
    }

    async fn start_with(
        backend: &BenchBackend,
        rate_limits: RateLimitSettings,
    ) -> Orgbase {
        let (dir, database_url) = Orgbase::new_store(backend).await;
        Orgbase::serve_on(backend, dir, database_url, rate_limits).await
    }

    /// Where a new server's store is: a new directory (sled), and a new
    /// database (PostgreSQL).
    async fn new_store(
        backend: &BenchBackend,
    ) -> (tempfile::TempDir, Option<String>) {
        let dir = tempfile::tempdir().unwrap();
        let database_url = match backend {
            BenchBackend::Sled => None,
            BenchBackend::Postgres(server) => {
                Some(server.create_database().await)
            }
        };
        (dir, database_url)
    }

    /// The store's settings for a server on `dir` or `database_url`.
    fn store_backend(
        dir: &tempfile::TempDir,
        database_url: Option<&str>,
    ) -> orgbase::store::Backend {
        match database_url {
            None => orgbase::store::Backend::Sled(SledSettings {
                cache_bytes: cache_mib_from_env()
                    .map_or(SledSettings::DEFAULT_CACHE_BYTES, |mib| mib << 20),
                ..SledSettings::at(dir.path())
            }),
            Some(url) => orgbase::store::Backend::Postgres(PgSettings::at(url)),
        }
    }

    /// A server on the store at `dir` or `database_url` (its staff user
    /// holding the key `KEY`, made now if the store is empty).
    async fn serve_on(
        backend: &BenchBackend,
        dir: tempfile::TempDir,
        database_url: Option<String>,
        rate_limits: RateLimitSettings,
    ) -> Orgbase {
        // Every organization loaded is the staff user's, and each create
        // changes that user's current organization: on PostgreSQL so many
        // writers of one row mostly collide, so fewer go at once there.
        let loading_concurrency = match backend {
            BenchBackend::Sled => 64,
            BenchBackend::Postgres(_) => 4,
        };
        let config = server::Config {
            bootstrap_api_key: Some(KEY.to_string()),
            rate_limits,
            ..server::Config::new(Orgbase::store_backend(
                &dir,
                database_url.as_deref(),
            ))
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
                None,
                None,
            )
            .await
            .unwrap();
        Orgbase { running, caller, loading_concurrency, dir, database_url }
    }

    /// A server whose staff user's one organization has `members` more
    /// members, each a user of its own and each in one role of the
    /// organization, and as many invites; the organization's id and the
    /// role's. They are loaded through the store's import (`orgbase
    /// import`): the API would only be slower.
    async fn with_members(
        backend: &BenchBackend,
        members: usize,
    ) -> (Orgbase, String, String) {
        let started = Instant::now();
        // The staff user and its organization, as the API writes them.
        let seed = Orgbase::start(backend).await;
        let organization = seed.load(1).await.remove(0);
        let database_url = seed.database_url.clone();
        let dir = seed.stop_keeping_data().await;
        let log = quiet_log();
        let source = Orgbase::store_backend(&dir, database_url.as_deref());
        let store = orgbase::store::Store::open(&source, &log).await.unwrap();
        let mut records = store.export().await.unwrap();
        store.close().unwrap();
        let (organization_id, membership) = records
            .iter()
            .find_map(|record| match record {
                ExportRecord::Membership { organization_id, record } => {
                    Some((*organization_id, record.clone()))
                }
                _ => None,
            })
            .expect("the organization's membership");
        let owner = records
            .iter()
            .find_map(|record| match record {
                ExportRecord::User { record }
                    if record.id == membership.user_id =>
                {
                    Some(record.clone())
                }
                _ => None,
            })
            .expect("the owner");
        let role = RoleRecord {
            id: uuid::Uuid::now_v7(),
            organization_id,
            name: "Everyone".into(),
            created_by: owner.id,
            created_at: membership.joined_at,
            external_id: None,
            updated_at: None,
        };
        records.push(ExportRecord::Role { record: role.clone() });
        for n in 0..members {
            let id = uuid::Uuid::now_v7();
            let joined_at = membership.joined_at
                + chrono::Duration::milliseconds(n as i64 + 1);
            records.push(ExportRecord::RoleMember {
                organization_id,
                record: RoleMembershipRecord {
                    id: uuid::Uuid::now_v7(),
                    role_id: role.id,
                    user_id: id,
                    joined_at,
                    updated_at: joined_at,
                },
            });
            records.push(ExportRecord::Invite {
                record: InviteRecord {
                    id: uuid::Uuid::now_v7(),
                    organization_id,
                    target_email: format!("invited{n}@bench.example"),
                    first_name: String::new(),
                    level: Level::Member,
                    created_by: owner.id,
                    created_at: joined_at,
                    updated_at: joined_at,
                    message: None,
                    private_project_access: Vec::new(),
                    emailing_attempt_made: false,
                },
            });
            records.push(ExportRecord::User {
                record: UserRecord {
                    id,
                    numeric_id: owner.numeric_id + 1_000_000 + n as i64,
                    email: format!("member{n}@bench.example"),
                    is_staff: false,
                    current_organization: Some(organization_id),
                    created_at: joined_at,
                    last_login: None,
                    ..owner.clone()
                },
            });
            records.push(ExportRecord::Membership {
                organization_id,
                record: MembershipRecord {
                    id: uuid::Uuid::now_v7(),
                    user_id: id,
                    level: Level::Member,
                    joined_at,
                    updated_at: joined_at,
                    ..membership.clone()
                },
            });
        }
        let numbered = records.into_iter().enumerate().collect();
        let records = orgbase::export::prepare(numbered).unwrap();
        let (dir, database_url) = Orgbase::new_store(backend).await;
        let target = Orgbase::store_backend(&dir, database_url.as_deref());
        let store = orgbase::store::Store::open(&target, &log).await.unwrap();
        let importer = orgbase::store::activity::Actor::system(
            "bench",
            chrono::Utc::now(),
        );
        store
            .import(&importer, &mut records.into_iter().map(Ok))
            .await
            .unwrap();
        store.close().unwrap();
        orgbase::store::Store::prepare_next_start(&target).await.unwrap();
        println!(
            "(loaded an organization of {} members in {:.1} s)",
            members + 1,
            started.elapsed().as_secs_f64()
        );
        let orgbase = Orgbase::serve_on(
            backend,
            dir,
            database_url,
            RateLimitSettings::off(),
        )
        .await;
        assert_eq!(organization, organization_id.to_string());
        (orgbase, organization, role.id.to_string())
    }

    fn app(&self) -> &App {
        &self.running.server.app_private().app
    }

    fn address(&self) -> SocketAddr {
        self.running.local_addr()
    }

    /// Creates `count` organizations for the staff user, several at a time
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
            .buffer_unordered(self.loading_concurrency)
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

    /// Stops the server and hands over its data directory.
    async fn stop_keeping_data(self) -> tempfile::TempDir {
        self.running.shutdown().await.unwrap();
        self.dir
    }
}

/// What the `orgbase` binary does on a data directory it did not write:
/// how long it took to answer, and its own peak RSS under load.
struct FromDisk {
    organizations: usize,
    load_seconds: f64,
    /// `orgbase export` of the store, and `orgbase import` of its file
    /// into an empty sled store and an empty PostgreSQL database.
    moves: Vec<Moved>,
    /// The snapshot that `orgbase serve` writes when it stops
    /// (`Store::prepare_next_start`), after the load.
    snapshot_seconds: f64,
    /// The first start after that clean stop.
    start_seconds: f64,
    /// The first start on the store as the load left it without that
    /// snapshot, as a crash would.
    crash_start_seconds: f64,
    /// That server's peak RSS, once it answered (sled's replay of its
    /// log).
    crash_start_peak_rss_kib: u64,
    /// The server started after the clean stop: its peak RSS after the
    /// view phase, before lists.
    view_peak_rss_kib: u64,
    view: Measurement,
    list: Measurement,
    server_peak_rss_kib: u64,
}

/// The requests of a view phase: `GET /api/organizations/{id}/`, the
/// ids spread over `ids` (the `i`th request of connection `c`).
fn view_requests(
    ids: Arc<Vec<String>>,
) -> impl Fn(usize, usize) -> Vec<u8> + Send + Sync + 'static {
    move |c, i| {
        let id = &ids[view_index(c, i, ids.len())];
        get(&format!("/api/organizations/{id}/"), Some(KEY))
    }
}

/// Which of `count` ids the `i`th read of connection `c` reads: spread
/// over all of them.
fn view_index(c: usize, i: usize, count: usize) -> usize {
    (c * 7919 + i * 104_729) % count
}

/// Starts `orgbase serve` on `dir`, listening on `address`; returns it
/// once it answers `/_health`, with the seconds that took.
async fn serve(
    dir: &std::path::Path,
    address: SocketAddr,
) -> (tokio::process::Child, f64) {
    let store = [std::ffi::OsStr::new("--data-dir"), dir.as_os_str()];
    serve_build(env!("CARGO_BIN_EXE_orgbase"), &store, address).await
}

/// Starts `binary serve` with the store arguments `store`, listening on
/// `address`; returns it once it answers `/_health`, with the seconds
/// that took.
async fn serve_build(
    binary: &str,
    store: &[&std::ffi::OsStr],
    address: SocketAddr,
) -> (tokio::process::Child, f64) {
    let started = Instant::now();
    let server = tokio::process::Command::new(binary)
        .arg("serve")
        .args(store)
        .arg("--bind")
        .arg(address.to_string())
        // As a benchmark runs (an environment variable, which a build from
        // before the rate limits ignores).
        .env("ORGBASE_RATE_LIMITS", "off")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    loop {
        if TcpStream::connect(address).await.is_ok() {
            let mut connection = Connection::open(address).await;
            if connection.exchange(&get("/_health", None)).await == 200 {
                break;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(120), "no answer");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    (server, started.elapsed().as_secs_f64())
}

/// Loads `count` organizations into a sled directory (in this process),
/// then starts the real `orgbase serve` on it with the default settings:
/// once after the snapshot that a clean stop writes, and once on a copy
/// of the store as the load left it (what a crash leaves: sled replays
/// its log). Times each first healthy answer, drives the organization view
/// and list against the first and reads the server process's peak RSS.
async fn from_disk(
    count: usize,
    connections: usize,
    phase: Duration,
    imported: bool,
) -> FromDisk {
    let loader = Orgbase::start(&BenchBackend::Sled).await;
    let started = Instant::now();
    let ids = Arc::new(loader.load(count).await);
    let load_seconds = started.elapsed().as_secs_f64();
    let dir = loader.stop_keeping_data().await;
    let crashed = tempfile::tempdir().unwrap();
    let copied = std::process::Command::new("cp")
        .arg("-a")
        .arg(dir.path().join("."))
        .arg(crashed.path())
        .status()
        .unwrap();
    assert!(copied.success(), "copy of the store");
    // The copy on disk before the start, so that writing it back does not
    // slow the start's reads.
    let synced = std::process::Command::new("sync").status().unwrap();
    assert!(synced.success());
    let stopped = orgbase::store::Backend::Sled(SledSettings::at(dir.path()));
    let snapshot_seconds = orgbase::store::Store::prepare_next_start(&stopped)
        .await
        .unwrap()
        .expect("sled writes a snapshot")
        .as_secs_f64();
    let address = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };

    let (mut server, crash_start_seconds) =
        serve(crashed.path(), address).await;
    let crash_start_peak_rss_kib = status_peak_rss_kib(&server);
    server.kill().await.unwrap();
    drop(crashed);

    let (mut server, start_seconds) = serve(dir.path(), address).await;
    let view = drive(
        &format!("GET /api/organizations/{{id}}/, server of N={count}"),
        address,
        connections,
        phase,
        view_requests(ids),
    )
    .await;
    let view_peak_rss_kib = status_peak_rss_kib(&server);
    let list = drive(
        &format!("GET /api/organizations/?limit=100, server of N={count}"),
        address,
        connections,
        phase,
        |_, _| get("/api/organizations/?limit=100", Some(KEY)),
    )
    .await;
    let server_peak_rss_kib = status_peak_rss_kib(&server);
    server.kill().await.unwrap();
    let moves = moved(count, dir.path(), imported).await;
    FromDisk {
        organizations: count,
        load_seconds,
        moves,
        snapshot_seconds,
        start_seconds,
        crash_start_seconds,
        crash_start_peak_rss_kib,
        view_peak_rss_kib,
        view,
        list,
        server_peak_rss_kib,
    }
}

/// One run of `orgbase export` or `orgbase import`, or of an engine's
/// own bulk load of the same records (no RSS: it runs in this process).
struct Moved {
    what: String,
    records: u64,
    seconds: f64,
    peak_rss_kib: Option<u64>,
}

impl Moved {
    /// Printed as soon as measured too, while the run goes on.
    fn measured(self) -> Moved {
        self.print();
        self
    }

    fn print(&self) {
        println!(
            "{:<44} {:>10} {:>9.1} {:>12.0} {:>9}",
            self.what,
            self.records,
            self.seconds,
            self.records as f64 / self.seconds,
            match self.peak_rss_kib {
                Some(kib) => format!("{:.1}", kib as f64 / 1024.0),
                None => "-".to_string(),
            }
        );
    }
}

/// Exports the sled store at `dir` (`count` organizations) with the
/// `orgbase` binary, then, when `imported`, imports the file into an
/// empty sled store and an empty PostgreSQL database: each timed, with
/// the binary's peak RSS.
async fn moved(
    count: usize,
    dir: &std::path::Path,
    imported: bool,
) -> Vec<Moved> {
    let file = tempfile::NamedTempFile::new().unwrap();
    let binary = env!("CARGO_BIN_EXE_orgbase");
    let export = run_measured(
        std::process::Command::new(binary)
            .arg("export")
            .arg("--data-dir")
            .arg(dir)
            .arg("--output")
            .arg(file.path()),
    );
    let records = std::io::BufRead::lines(std::io::BufReader::new(
        std::fs::File::open(file.path()).unwrap(),
    ))
    .count() as u64
        - 1;
    let mut moves = vec![Moved {
        what: format!("orgbase export, N={count}"),
        records,
        seconds: export.0,
        peak_rss_kib: Some(export.1),
    }
    .measured()];
    if !imported {
        return moves;
    }
    // One import, and its engine's bulk load of what it wrote.
    let import_into = |engine: &str, target: &[&std::ffi::OsStr]| {
        let (seconds, peak) = run_measured(
            std::process::Command::new(binary)
                .arg("import")
                .args(target)
                .arg(file.path()),
        );
        let what = format!("orgbase import into {engine}, N={count}");
        Moved { what, records, seconds, peak_rss_kib: Some(peak) }.measured()
    };
    let bulk = |what: &str, seconds| {
        let what = format!("  {what}, N={count}");
        Moved { what, records, seconds, peak_rss_kib: None }.measured()
    };
    let into_sled = tempfile::tempdir().unwrap();
    let data_dir = ["--data-dir".as_ref(), into_sled.path().as_os_str()];
    moves.push(import_into("sled", &data_dir));
    let seconds = sled_bulk_load(into_sled.path());
    moves.push(bulk("sled batched inserts of its keys", seconds));
    drop(into_sled);
    let postgres = PostgresServer::new();
    let database = postgres.create_database().await;
    let database_url = ["--database-url".as_ref(), database.as_ref()];
    moves.push(import_into("PostgreSQL", &database_url));
    let seconds = postgres_bulk_load(&postgres, &database).await;
    moves.push(bulk("COPY of its rows", seconds));
    moves
}

/// sled's own bulk load of what an import wrote into the sled store at
/// `imported`: every key and value read first (untimed), then written
/// into a new sled database in batches of 1,000 (`apply_batch`) and
/// flushed. Its seconds.
fn sled_bulk_load(imported: &std::path::Path) -> f64 {
    let pairs: Vec<(sled::IVec, sled::IVec)> = {
        let db = sled::open(imported).unwrap();
        db.iter().collect::<Result<_, _>>().unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let db = sled::open(dir.path()).unwrap();
    let started = Instant::now();
    for chunk in pairs.chunks(1000) {
        let mut batch = sled::Batch::default();
        for (key, value) in chunk {
            batch.insert(key.clone(), value.clone());
        }
        db.apply_batch(batch).unwrap();
    }
    db.flush().unwrap();
    started.elapsed().as_secs_f64()
}

/// PostgreSQL's own bulk load of the rows an import wrote into
/// `database`: each table copied out (untimed), then into a new database
/// with orgbase's schema by `COPY ... FROM STDIN (FORMAT binary)` in one
/// transaction with triggers off, as bulk loaders do. Its seconds.
async fn postgres_bulk_load(postgres: &PostgresServer, database: &str) -> f64 {
    use futures::SinkExt;
    use futures::StreamExt;
    let source = postgres_cluster::connect(database).await;
    let copy_url = postgres.create_database().await;
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let schema = orgbase::store::Backend::Postgres(
        orgbase::store::postgres::PgSettings::at(&copy_url),
    );
    orgbase::store::Store::open(&schema, &log).await.unwrap().close().unwrap();
    let target = postgres_cluster::connect(&copy_url).await;
    let tables = source
        .query(
            "SELECT tablename::text FROM pg_tables \
             WHERE schemaname = 'public' ORDER BY tablename",
            &[],
        )
        .await
        .unwrap();
    let mut dumps = Vec::new();
    for table in tables.iter().map(|row| row.get::<_, String>(0)) {
        // What the schema's creation wrote (its migrations' history) is
        // there already.
        let empty = format!("SELECT NOT EXISTS (SELECT 1 FROM {table})");
        if !target.query_one(&empty, &[]).await.unwrap().get::<_, bool>(0) {
            continue;
        }
        let out = format!("COPY {table} TO STDOUT (FORMAT binary)");
        let mut copied = Box::pin(source.copy_out(&out).await.unwrap());
        let mut chunks = Vec::new();
        while let Some(chunk) = copied.next().await {
            chunks.push(chunk.unwrap());
        }
        dumps.push((table, chunks));
    }
    let started = Instant::now();
    target
        .batch_execute("BEGIN; SET LOCAL session_replication_role = replica")
        .await
        .unwrap();
    for (table, chunks) in dumps {
        let into = format!("COPY {table} FROM STDIN (FORMAT binary)");
        let mut sink = Box::pin(target.copy_in(&into).await.unwrap());
        for chunk in chunks {
            sink.feed(chunk).await.unwrap();
        }
        sink.as_mut().finish().await.unwrap();
    }
    target.batch_execute("COMMIT").await.unwrap();
    started.elapsed().as_secs_f64()
}

/// Runs `command` to its successful end: the seconds it took and its
/// peak RSS (KiB): the last `VmHWM` its `/proc` status showed, read every
/// 5 ms. Not `wait4`'s figure: Linux counts in a spawned child's peak
/// the peak of the process it was spawned from (the memory it shares
/// until it runs its program), and this process holds whole stores.
fn run_measured(command: &mut std::process::Command) -> (f64, u64) {
    let started = Instant::now();
    let mut child = command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let exited = loop {
        // Once the child has exited its status holds no `VmHWM`: the
        // last figure read is its peak.
        let text = std::fs::read_to_string(&status).unwrap_or_default();
        peak = peak_rss_kib_in(&text).unwrap_or(peak);
        if let Some(exited) = child.try_wait().unwrap() {
            break exited;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let seconds = started.elapsed().as_secs_f64();
    assert!(exited.success(), "{command:?} failed ({exited})");
    (seconds, peak)
}

/// A build of `orgbase` serving a store loaded for it, for the builds'
/// comparison (`builds_in_turns`).
struct Build {
    name: &'static str,
    server: tokio::process::Child,
    address: SocketAddr,
    ids: Arc<Vec<String>>,
    /// A user's key for each connection.
    keys: Arc<Vec<String>>,
    /// An organization that user `c` owns, for connection `c`'s changes.
    owned: Arc<Vec<String>>,
    _dir: Option<tempfile::TempDir>,
}

impl Build {
    /// Loads a store (in this process, with this build's code: the layout
    /// is the older build's too), then serves it with `binary`.
    async fn start(
        name: &'static str,
        binary: &str,
        backend: &BenchBackend,
        organizations: usize,
        connections: usize,
    ) -> Build {
        let loader = Orgbase::start(backend).await;
        let ids = Arc::new(loader.load(organizations).await);
        let mut keys = Vec::new();
        for c in 0..connections {
            let key = loader.user(&format!("{name}-{c}@example.com")).await;
            let body = serde_json::json!({ "name": format!("Patched {c}") });
            let created = loader
                .app()
                .organization_create(
                    &loader
                        .app()
                        .authenticate(
                            &Credentials {
                                authorization: Some(
                                    format!("Bearer {key}").as_bytes(),
                                ),
                                ..Credentials::default()
                            },
                            None,
                            None,
                            None,
                        )
                        .await
                        .unwrap(),
                    serde_json::from_value(body).unwrap(),
                )
                .await
                .unwrap();
            keys.push((key, created.id.to_string()));
        }
        let database_url = loader.database_url.clone();
        let dir = loader.stop_keeping_data().await;
        let address = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap()
        };
        let (server, dir) = match &database_url {
            Some(url) => {
                let store =
                    [std::ffi::OsStr::new("--database-url"), url.as_ref()];
                (serve_build(binary, &store, address).await.0, None)
            }
            None => {
                let store = [
                    std::ffi::OsStr::new("--data-dir"),
                    dir.path().as_os_str(),
                ];
                (serve_build(binary, &store, address).await.0, Some(dir))
            }
        };
        let (keys, owned): (Vec<String>, Vec<String>) =
            keys.into_iter().unzip();
        Build {
            name,
            server,
            address,
            ids,
            keys: Arc::new(keys),
            owned: Arc::new(owned),
            _dir: dir,
        }
    }

    /// The phases both builds run, in turns with the other's.
    fn phases(&self) -> Vec<Phase<'static>> {
        let name = self.name;
        let (keys, owned) = (Arc::clone(&self.keys), Arc::clone(&self.owned));
        let created = std::sync::atomic::AtomicUsize::new(0);
        let (patch_keys, patched) = (Arc::clone(&keys), Arc::clone(&owned));
        vec![
            Phase::http(
                format!("GET /api/organizations/{{id}}/ ({name})"),
                self.address,
                view_requests(Arc::clone(&self.ids)),
            ),
            Phase::http(
                format!("GET /api/organizations/?limit=100 ({name})"),
                self.address,
                |_, _| get("/api/organizations/?limit=100", Some(KEY)),
            ),
            Phase::http(
                format!("POST /api/organizations/ ({name})"),
                self.address,
                move |c, _| {
                    let n = created
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    post_json(
                        "/api/organizations/",
                        &keys[c],
                        &format!("{{\"name\": \"Bench {c} {n}\"}}"),
                    )
                },
            ),
            // A write through the store's transactional interface: each
            // connection renames an organization of its own.
            Phase::http(
                format!("PATCH /api/organizations/{{id}}/ ({name})"),
                self.address,
                move |c, i| {
                    json_request(
                        "PATCH",
                        &format!("/api/organizations/{}/", patched[c]),
                        &patch_keys[c],
                        &format!("{{\"name\": \"Renamed {c} {i}\"}}"),
                    )
                },
            ),
        ]
    }
}

/// This build against the older `orgbase` binary of
/// `ORGBASE_BENCH_BINARY`, each serving a store of the same organizations:
/// their reads by id, lists, creates and changes (a write through the
/// store's transactional interface) take turns, and the ratios of this
/// build's figures to the older build's are printed.
async fn builds_in_turns(older: &str, settings: &Settings) {
    let (k, n) = (settings.connections, settings.organizations);
    let this = env!("CARGO_BIN_EXE_orgbase");
    let mut old = Build::start("older", older, &settings.backend, n, k).await;
    let mut new = Build::start("this", this, &settings.backend, n, k).await;
    let pairs: Vec<_> = old.phases().into_iter().zip(new.phases()).collect();
    let measured = pairs_in_turns(pairs, k, settings.phase).await;
    old.server.kill().await.unwrap();
    new.server.kill().await.unwrap();
    println!();
    println!(
        "{:<44} {:>10} {:>9} {:>9} {:>9}",
        "phase (builds in turns)", "ops/s", "p50 ms", "p99 ms", "peak MiB"
    );
    for (older, this) in &measured {
        older.print();
        this.print();
    }
    println!();
    for (older, this) in &measured {
        let name = older.name.trim_end_matches(" (older)");
        ratio(
            &format!("{name}, this build / older (ops/s)"),
            this.per_second() / older.per_second(),
            ">= 1 within the noise",
        );
    }
}

/// The rounds of phases that take turns (`in_turns`).
const ROUNDS: u32 = 5;

/// What a phase drives.
enum Phase<'a> {
    /// HTTP requests to a server: the `i`th request of connection `c` is
    /// `request(c, i)`.
    Http {
        name: String,
        address: SocketAddr,
        request: Arc<dyn Fn(usize, usize) -> Vec<u8> + Send + Sync>,
    },
    /// sled's own durable writes (`raw_sled_durable_writes`).
    RawSled { sync: bool, transaction: bool },
    /// PostgreSQL's own durable writes, on a new database of the server
    /// (`raw_postgres_durable_writes`).
    RawPostgres(&'a PostgresServer),
    /// The statements of a create, in orgbase's database `url`, one writer
    /// per key (`raw_postgres_creates`).
    RawPostgresCreates { url: String, keys: Vec<String> },
    /// The query of a read by id, in orgbase's database `url`
    /// (`raw_postgres_reads`).
    RawPostgresReads { url: String, ids: Arc<Vec<String>> },
}

impl Phase<'_> {
    fn http(
        name: impl Into<String>,
        address: SocketAddr,
        request: impl Fn(usize, usize) -> Vec<u8> + Send + Sync + 'static,
    ) -> Phase<'static> {
        Phase::Http { name: name.into(), address, request: Arc::new(request) }
    }

    /// Runs the phase for `duration`, with `connections` clients (or
    /// writers).
    async fn run(&self, connections: usize, duration: Duration) -> Measurement {
        match self {
            Phase::Http { name, address, request } => {
                let request = Arc::clone(request);
                drive(name, *address, connections, duration, move |c, i| {
                    request(c, i)
                })
                .await
            }
            Phase::RawSled { sync, transaction } => {
                let (sync, transaction) = (*sync, *transaction);
                tokio::task::spawn_blocking(move || {
                    raw_sled_durable_writes(
                        connections,
                        sync,
                        transaction,
                        duration,
                    )
                })
                .await
                .unwrap()
            }
            Phase::RawPostgres(server) => {
                let url = server.create_database().await;
                raw_postgres_durable_writes(&url, connections, duration).await
            }
            Phase::RawPostgresCreates { url, keys } => {
                raw_postgres_creates(url, keys, duration).await
            }
            Phase::RawPostgresReads { url, ids } => {
                raw_postgres_reads(url, ids, connections, duration).await
            }
        }
    }
}

/// Phases whose figures are compared, taking turns: `ROUNDS` rounds in
/// which each runs for its share of `phase`, each measured as the sum of
/// its rounds. The machine's drift during a run (2 cores, shared with the
/// load generator) then falls on each alike, not on whichever ran last.
async fn in_turns(
    phases: Vec<Phase<'_>>,
    connections: usize,
    phase: Duration,
) -> Vec<Measurement> {
    let mut rounds: Vec<Vec<Measurement>> =
        phases.iter().map(|_| Vec::new()).collect();
    for _ in 0..ROUNDS {
        for (phase_of, measured) in phases.iter().zip(&mut rounds) {
            measured.push(phase_of.run(connections, phase / ROUNDS).await);
        }
    }
    rounds.into_iter().map(Measurement::merged).collect()
}

/// Pairs of phases compared with each other, taking turns as `in_turns`
/// does, with the pair's order swapped every round: a phase that runs
/// right after the other's writes (a server still flushing them) is then
/// neither side's alone.
async fn pairs_in_turns(
    pairs: Vec<(Phase<'_>, Phase<'_>)>,
    connections: usize,
    phase: Duration,
) -> Vec<(Measurement, Measurement)> {
    let mut rounds: Vec<(Vec<Measurement>, Vec<Measurement>)> =
        pairs.iter().map(|_| (Vec::new(), Vec::new())).collect();
    for round in 0..ROUNDS {
        for ((first, second), (firsts, seconds)) in
            pairs.iter().zip(&mut rounds)
        {
            let share = phase / ROUNDS;
            if round % 2 == 0 {
                firsts.push(first.run(connections, share).await);
                seconds.push(second.run(connections, share).await);
            } else {
                seconds.push(second.run(connections, share).await);
                firsts.push(first.run(connections, share).await);
            }
        }
    }
    (rounds.into_iter())
        .map(|(firsts, seconds)| {
            (Measurement::merged(firsts), Measurement::merged(seconds))
        })
        .collect()
}

fn ratio(name: &str, value: f64, target: &str) {
    println!("{name:<52} {value:>6.2}   (target {target})");
}

fn main() {
    server::run_process(run());
}

async fn run() {
    let settings = Settings::from_env();
    let (k, phase) = (settings.connections, settings.phase);
    let backend_name = match &settings.backend {
        BenchBackend::Sled => "sled",
        BenchBackend::Postgres(_) => "PostgreSQL",
    };
    println!(
        "orgbase load benchmark on {backend_name}: {} organizations, {k} \
         connections, {:.1} s per phase, {} cores",
        settings.organizations,
        phase.as_secs_f64(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
    );

    // The storage's durable write limit, at the POST phase's concurrency
    // (the last one is what orgbase's writes do); measured in turns with
    // the POST phase.
    let storage_phases = match &settings.backend {
        BenchBackend::Sled => [(false, false), (true, false), (true, true)]
            .map(|(sync, transaction)| Phase::RawSled { sync, transaction })
            .into(),
        BenchBackend::Postgres(server) => vec![Phase::RawPostgres(server)],
    };

    // The reads by id and their baselines take turns (see `in_turns`).
    let orgbase = Orgbase::start(&settings.backend).await;
    let ids = Arc::new(orgbase.load(settings.organizations).await);
    let address = orgbase.address();
    let mut connection = Connection::open(address).await;
    connection
        .exchange(&get(&format!("/api/organizations/{}/", ids[0]), Some(KEY)))
        .await;
    let bare = bare::start(serde_json::from_slice(&connection.body).unwrap());
    let mut read_phases = vec![
        Phase::http(
            "bare Dropshot GET (constant JSON)",
            bare.local_addr(),
            |_, _| get("/constant", None),
        ),
        Phase::http(
            "bare Dropshot GET (an organization's JSON)",
            bare.local_addr(),
            |_, _| get("/organization", None),
        ),
        Phase::http(
            "GET /api/organizations/{id}/",
            address,
            view_requests(Arc::clone(&ids)),
        ),
    ];
    // The same reads with the rate limits on, at figures no client of the
    // phase reaches: what counting a request costs.
    let too_high = Rate::new(std::num::NonZeroU32::MAX, Duration::from_secs(1));
    let limited = Orgbase::start_with(
        &settings.backend,
        RateLimitSettings {
            burst: too_high,
            sustained: too_high,
            ..RateLimitSettings::on()
        },
    )
    .await;
    let limited_ids = Arc::new(limited.load(settings.organizations).await);
    read_phases.push(Phase::http(
        "GET /api/organizations/{id}/, rate limits on",
        limited.address(),
        view_requests(limited_ids),
    ));
    if let Some(url) = &orgbase.database_url {
        // The database's share of the reads, of the same organizations.
        read_phases.push(Phase::RawPostgresReads { url: url.clone(), ids });
    }
    let mut reads = in_turns(read_phases, k, phase).await;
    let raw_reads = (reads.len() == 5).then(|| reads.pop().unwrap());
    let [constant, same_body, view, limited_view] =
        reads.try_into().unwrap_or_else(|_| unreachable!("four phases"));
    bare.close().await.unwrap();
    limited.stop().await;
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
    let mut phases = storage_phases;
    if let Some(url) = &orgbase.database_url {
        // The database's share of the creates, by the same users.
        phases.push(Phase::RawPostgresCreates {
            url: url.clone(),
            keys: keys.clone(),
        });
    }
    // Names unique across the rounds, so that no create searches for a
    // free slug.
    let created = std::sync::atomic::AtomicUsize::new(0);
    phases.push(Phase::http(
        "POST /api/organizations/",
        address,
        move |c, _| {
            let n = created.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            post_json(
                "/api/organizations/",
                &keys[c],
                &format!("{{\"name\": \"Bench {c} {n}\"}}"),
            )
        },
    ));
    let mut storage = in_turns(phases, k, phase).await;
    let create = storage.pop().expect("the POST phase");
    orgbase.stop().await;

    // Every size's server is loaded first, then their list phases take
    // turns (see `in_turns`).
    let mut list_servers = Vec::new();
    let mut last_page_place = None;
    for &size in &settings.list_sizes {
        let orgbase = Orgbase::start(&settings.backend).await;
        let ids = orgbase.load(size).await;
        // The last page's place, for the deep pages below: the list is in
        // id order.
        last_page_place =
            ids.len().checked_sub(101).map(|at| ids[at].replace('-', ""));
        // The list must see every loaded organization (count), or this
        // phase would not measure what it says.
        let mut connection = Connection::open(orgbase.address()).await;
        connection
            .exchange(&get("/api/organizations/?limit=1", Some(KEY)))
            .await;
        let page: serde_json::Value =
            serde_json::from_slice(&connection.body).unwrap();
        assert_eq!(page["count"], size, "{page}");
        list_servers.push((size, orgbase));
    }
    // And an organization's lists: as many members in one organization
    // (besides its owner), all in one role, and as many invites.
    let mut member_servers = Vec::new();
    for &size in &settings.list_sizes {
        let (orgbase, organization, role) =
            Orgbase::with_members(&settings.backend, size).await;
        let organization = format!("/api/organizations/{organization}");
        let mut paths = Vec::new();
        for (list, shown, count) in [
            ("members/".to_string(), "members/", size + 1),
            ("invites/".to_string(), "invites/", size),
            (
                format!("roles/{role}/role_memberships/"),
                "roles/{id}/role_memberships/",
                size,
            ),
        ] {
            // Each list must see every loaded item (count), or its phase
            // would not measure what it says.
            let path = format!("{organization}/{list}");
            let mut connection = Connection::open(orgbase.address()).await;
            connection
                .exchange(&get(&format!("{path}?limit=1"), Some(KEY)))
                .await;
            let page: serde_json::Value =
                serde_json::from_slice(&connection.body).unwrap();
            assert_eq!(page["count"], count, "{path}: {page}");
            paths.push((
                format!("{path}?limit=100"),
                format!("{shown}?limit=100"),
            ));
        }
        member_servers.push((size, orgbase, paths));
    }
    let organization_lists = list_servers.iter().map(|(size, orgbase)| {
        Phase::http(
            format!("GET /api/organizations/?limit=100, N={size}"),
            orgbase.address(),
            |_, _| get("/api/organizations/?limit=100", Some(KEY)),
        )
    });
    // Members, invites and role members, each list's sizes in turn.
    let organization_item_lists = (0..3).flat_map(|list| {
        member_servers.iter().map(move |(size, orgbase, paths)| {
            let (path, shown) = paths[list].clone();
            Phase::http(
                format!("GET {{id}}/{shown}, N={size}"),
                orgbase.address(),
                move |_, _| get(&path, Some(KEY)),
            )
        })
    });
    // The largest list's last page: by offset, and by the `after` that
    // the `next` link before it carries.
    let deep_pages = list_servers.last().zip(last_page_place).map(
        |((size, orgbase), after)| {
            let by_offset =
                format!("/api/organizations/?limit=100&offset={}", size - 100);
            let by_place = format!("{by_offset}&after={after}");
            [
                Phase::http(
                    format!("GET last page by offset, N={size}"),
                    orgbase.address(),
                    move |_, _| get(&by_offset, Some(KEY)),
                ),
                Phase::http(
                    format!("GET last page by its next link, N={size}"),
                    orgbase.address(),
                    move |_, _| get(&by_place, Some(KEY)),
                ),
            ]
        },
    );
    let mut lists = in_turns(
        organization_lists
            .chain(organization_item_lists)
            .chain(deep_pages.into_iter().flatten())
            .collect(),
        k,
        phase,
    )
    .await;
    let sizes = settings.list_sizes.len();
    let mut member_lists = lists.split_off(sizes);
    let mut invite_lists = member_lists.split_off(sizes);
    let mut role_member_lists = invite_lists.split_off(sizes);
    let deep_pages = role_member_lists.split_off(sizes);
    for (_, orgbase) in list_servers {
        orgbase.stop().await;
    }
    for (_, orgbase, _) in member_servers {
        orgbase.stop().await;
    }

    let mut disks = Vec::new();
    if let BenchBackend::Sled = settings.backend {
        for &size in &settings.disk_sizes {
            let imported = settings.move_sizes.contains(&size);
            disks.push(from_disk(size, k, phase, imported).await);
        }
    }

    println!();
    println!(
        "{:<44} {:>10} {:>9} {:>9} {:>9}",
        "phase", "ops/s", "p50 ms", "p99 ms", "peak MiB"
    );
    for measurement in storage
        .iter()
        .chain([&constant, &same_body, &view, &limited_view])
        .chain(&raw_reads)
        .chain([&list, &create])
        .chain(&lists)
        .chain(&member_lists)
        .chain(&invite_lists)
        .chain(&role_member_lists)
        .chain(&deep_pages)
    {
        measurement.print();
    }
    for disk in &disks {
        disk.view.print();
        disk.list.print();
    }
    if disks.iter().any(|disk| !disk.moves.is_empty()) {
        println!();
        println!(
            "{:<44} {:>10} {:>9} {:>12} {:>9}",
            "moving a store", "records", "s", "records/s", "peak MiB"
        );
        for disk in &disks {
            for moved in &disk.moves {
                moved.print();
            }
        }
        // Each import's rate over its engine's bulk load of the same
        // records (the row after it).
        for disk in &disks {
            for pair in disk.moves[1..].chunks(2) {
                if let [import, bulk] = pair {
                    println!(
                        "{:<60} {:>6.2}",
                        format!("{} / its engine's bulk load", import.what),
                        bulk.seconds / import.seconds
                    );
                }
            }
        }
    }
    if !disks.is_empty() {
        println!();
        println!(
            "{:<44} {:>8} {:>8} {:>8} {:>8} {:>14} {:>14} {:>14}",
            "orgbase serve on a store of N organizations",
            "load s",
            "stop s",
            "start s",
            "crash s",
            "crash peak MiB",
            "views peak MiB",
            "serve peak MiB"
        );
        for disk in &disks {
            println!(
                "{:<44} {:>8.1} {:>8.3} {:>8.3} {:>8.3} {:>14.1} {:>14.1} {:>14.1}",
                format!("N={}", disk.organizations),
                disk.load_seconds,
                disk.snapshot_seconds,
                disk.start_seconds,
                disk.crash_start_seconds,
                disk.crash_start_peak_rss_kib as f64 / 1024.0,
                disk.view_peak_rss_kib as f64 / 1024.0,
                disk.server_peak_rss_kib as f64 / 1024.0,
            );
        }
    }
    println!();
    // The storage's durable one-key write, and its own work of a create:
    // sled's insert + flush + fdatasync and the org transaction, or
    // PostgreSQL's insert and the store's create statements.
    let (durable, raw_creates, raw_creates_name) = match &storage[..] {
        [without_sync, with_sync, transaction] => {
            ratio(
                "raw sled writes/s with fdatasync / without",
                with_sync.per_second() / without_sync.per_second(),
                "the cost of power-cut durability",
            );
            (with_sync, transaction, "raw sled org transactions")
        }
        [insert, creates] => {
            (insert, creates, "raw PostgreSQL create statements")
        }
        _ => unreachable!("each backend's storage phases"),
    };
    ratio(
        &format!("{raw_creates_name} / raw durable inserts"),
        raw_creates.per_second() / durable.per_second(),
        "the storage's share of the gap",
    );
    ratio(
        &format!("POST /api/organizations/ / {raw_creates_name}"),
        create.per_second() / raw_creates.per_second(),
        "orgbase's share of the gap (PostgreSQL >= 0.9)",
    );
    ratio(
        "GET /api/organizations/{id}/ / bare Dropshot (ops/s)",
        view.per_second() / constant.per_second(),
        ">= 0.8",
    );
    ratio(
        "bare Dropshot, an organization's JSON / constant JSON",
        same_body.per_second() / constant.per_second(),
        "the body's share of the gap",
    );
    ratio(
        "GET /api/organizations/{id}/ / bare, same JSON",
        view.per_second() / same_body.per_second(),
        "orgbase's share of the gap (sled >= 0.9)",
    );
    ratio(
        "GET by id, rate limits on (too high to bite) / off",
        limited_view.per_second() / view.per_second(),
        ">= 0.95",
    );
    if let Some(raw_reads) = &raw_reads {
        ratio(
            "raw PostgreSQL reads by id / bare Dropshot",
            raw_reads.per_second() / constant.per_second(),
            "the database's limit",
        );
        ratio(
            "GET /api/organizations/{id}/ / raw reads by id",
            view.per_second() / raw_reads.per_second(),
            "orgbase's share of the gap (>= 0.9)",
        );
    }
    ratio(
        "POST /api/organizations/ / raw durable writes",
        create.per_second() / durable.per_second(),
        "sled >= 0.7, PostgreSQL >= 0.4",
    );
    for (list, measured) in [
        ("organizations", &lists),
        ("members", &member_lists),
        ("invites", &invite_lists),
        ("role members", &role_member_lists),
    ] {
        if let (Some(first), Some(last)) = (measured.first(), measured.last()) {
            let p50 = |m: &Measurement| m.percentile(0.5).as_secs_f64();
            ratio(
                &format!(
                    "{list} list p50 at N={} / at N={}",
                    settings.list_sizes.last().unwrap(),
                    settings.list_sizes[0]
                ),
                p50(last) / p50(first),
                "<= 1.2",
            );
        }
    }
    if let [by_offset, by_place] = &deep_pages[..] {
        let p50 = |m: &Measurement| m.percentile(0.5).as_secs_f64();
        ratio(
            "last page p50 by its next link / by offset",
            p50(by_place) / p50(by_offset),
            "what keyset saves",
        );
        ratio(
            "last page p50 by its next link / first page",
            p50(by_place) / p50(lists.last().expect("a list size")),
            "<= 1.2",
        );
    }
    for disk in &disks {
        let n = disk.organizations;
        ratio(
            &format!("orgbase serve start after a stop, N={n} (s)"),
            disk.start_seconds,
            "<= 2 at N=1000000",
        );
        ratio(
            &format!("orgbase serve start after a crash, N={n} (s)"),
            disk.crash_start_seconds,
            "<= 2 at N=1000000",
        );
        ratio(
            &format!("orgbase serve peak RSS serving, N={n} (MiB)"),
            disk.server_peak_rss_kib as f64 / 1024.0,
            "<= 150 at N=100000",
        );
    }

    if let Ok(older) = std::env::var("ORGBASE_BENCH_BINARY") {
        builds_in_turns(&older, &settings).await;
    }
}
