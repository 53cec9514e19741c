//! The test harness: a real orgbase server on 127.0.0.1:0 with a store of
//! its own, and generated clients for users holding different keys.
//!
//! The store's backend is sled (a temporary directory) unless
//! `ORGBASE_TEST_BACKEND=postgres`: then a database of its own on the test
//! run's throwaway PostgreSQL cluster (`postgres_cluster`). The README's
//! test command runs the suite both ways.

use orgbase::client::types;
use orgbase::client::Client;
use orgbase::server;
use orgbase::server::RunningServer;
use orgbase::store::postgres::PgSettings;
use orgbase::store::Backend;
use std::sync::Arc;
use std::sync::Mutex;

/// The bootstrap key every test server starts with.
pub const ADMIN_KEY: &str = "phx_testadminkey0123456789abcdefghijklmnopqrs";

/// A running server and what a test needs to talk to it. Each test's
/// evidence (its servers' log, its sled directory) lives in a directory
/// named after the test: removed when the test passes, kept, with its path
/// printed, when it fails.
pub struct TestContext {
    server: Option<RunningServer>,
    storage: TestStorage,
    pub base_url: String,
    /// Returned by the server's clock; tests move it instead of sleeping.
    pub now: Arc<Mutex<chrono::DateTime<chrono::Utc>>>,
    options: Options,
    evidence: std::path::PathBuf,
    /// The servers' log, into `evidence/server.log`.
    log: slog::Logger,
}

/// The directory for the evidence of the test running on this thread
/// (the test harness names the thread after the test), emptied.
fn evidence_directory() -> std::path::PathBuf {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("unnamed").replace("::", "-");
    let dir = std::env::temp_dir()
        .join(format!("orgbase-tests-{}", std::process::id()))
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("an evidence directory");
    dir
}

/// A logger writing JSON lines into `dir/server.log`.
fn file_log(dir: &std::path::Path) -> slog::Logger {
    use slog::Drain;
    let file = std::fs::File::create(dir.join("server.log")).unwrap();
    let drain = Mutex::new(slog_json::Json::default(file)).fuse();
    slog::Logger::root(drain, slog::o!())
}

/// Where a test server's store lives.
enum TestStorage {
    /// A directory in the test's evidence directory.
    Sled(std::path::PathBuf),
    Postgres {
        url: String,
    },
}

/// The files below `dir` (at any depth) whose names end in `.extension`,
/// sorted: the sources and pages the book's and the layers' tests read.
pub fn files_below(
    dir: &std::path::Path,
    extension: &str,
) -> Vec<std::path::PathBuf> {
    fn walk(
        dir: &std::path::Path,
        extension: &str,
        found: &mut Vec<std::path::PathBuf>,
    ) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, extension, found);
            } else if path.extension().is_some_and(|ext| ext == extension) {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(dir, extension, &mut found);
    found.sort();
    found
}

/// Whether this run tests the PostgreSQL backend
/// (`ORGBASE_TEST_BACKEND=postgres`) rather than sled.
pub fn testing_postgres() -> bool {
    match std::env::var("ORGBASE_TEST_BACKEND").as_deref() {
        Ok("postgres") => true,
        Ok("sled") | Err(_) => false,
        Ok(other) => panic!("ORGBASE_TEST_BACKEND={other}: sled or postgres"),
    }
}

impl TestStorage {
    async fn new(evidence: &std::path::Path) -> TestStorage {
        if testing_postgres() {
            TestStorage::Postgres {
                url: crate::postgres_cluster::cluster().create_database().await,
            }
        } else {
            TestStorage::Sled(evidence.join("sled"))
        }
    }

    fn backend(&self) -> Backend {
        match self {
            TestStorage::Sled(dir) => {
                Backend::Sled(orgbase::store::sled::SledSettings::at(dir))
            }
            TestStorage::Postgres { url } => {
                Backend::Postgres(PgSettings::at(url))
            }
        }
    }
}

/// Server options a test may set.
#[derive(Clone, Default)]
pub struct Options {
    pub external_url: Option<String>,
    pub smtp_url: Option<String>,
    pub dns_resolver: Option<std::net::SocketAddr>,
    /// Serve the metrics on an address of their own.
    pub metrics_bind: Option<std::net::SocketAddr>,
    /// How often the proxy provisioning task looks for due records
    /// (default: the server's own, 1 s); tests of provisioning look often.
    pub proxy_tick: Option<std::time::Duration>,
    /// How long a DNS lookup may take (default 300 ms in tests).
    pub dns_timeout: Option<std::time::Duration>,
    /// The rate limits (default: off, as the binary's `--ephemeral`, so
    /// that no test is refused for its pace on the frozen test clock).
    pub rate_limits: Option<orgbase::rate_limit::RateLimitSettings>,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The activity log's retention and pruning (default: the server's).
    pub activity_log: Option<orgbase::app::activity::ActivityLogSettings>,
    /// How webhooks are delivered (default: the server's).
    pub webhooks: Option<orgbase::app::WebhookSettings>,
    /// Idempotency keys a user may hold (default: the server's).
    pub idempotency_keys_per_user: Option<usize>,
}

/// A user created for a test, with a client using their key.
pub struct TestUser {
    pub uuid: uuid::Uuid,
    pub email: String,
    pub key: String,
    pub client: Client,
}

pub fn test_log() -> slog::Logger {
    slog::Logger::root(slog::Discard, slog::o!())
}

impl TestContext {
    pub async fn new() -> TestContext {
        TestContext::with_options(Options::default()).await
    }

    pub async fn with_options(options: Options) -> TestContext {
        let evidence = evidence_directory();
        let storage = TestStorage::new(&evidence).await;
        TestContext::on(storage, options, evidence).await
    }

    /// A server on PostgreSQL, whichever backend the run chose (for what
    /// only PostgreSQL does: several replicas, a database going away).
    pub async fn on_postgres() -> TestContext {
        let url = crate::postgres_cluster::cluster().create_database().await;
        let storage = TestStorage::Postgres { url };
        TestContext::on(storage, Options::default(), evidence_directory()).await
    }

    /// A server on the PostgreSQL database at `url` (a test's own route
    /// to one of the cluster's databases).
    pub async fn on_postgres_url(url: String) -> TestContext {
        let storage = TestStorage::Postgres { url };
        TestContext::on(storage, Options::default(), evidence_directory()).await
    }

    /// A server on the backend named (PostgreSQL or sled, whichever the
    /// run chose), its evidence in `evidence` (an empty directory): for a
    /// test that runs both backends side by side.
    pub async fn on_backend(
        postgres: bool,
        options: Options,
        evidence: std::path::PathBuf,
    ) -> TestContext {
        let storage = if postgres {
            let url =
                crate::postgres_cluster::cluster().create_database().await;
            TestStorage::Postgres { url }
        } else {
            TestStorage::Sled(evidence.join("sled"))
        };
        TestContext::on(storage, options, evidence).await
    }

    async fn on(
        storage: TestStorage,
        options: Options,
        evidence: std::path::PathBuf,
    ) -> TestContext {
        let log = file_log(&evidence);
        let now = Arc::new(Mutex::new(chrono::Utc::now()));
        let server = start(storage.backend(), &now, &options, &log).await;
        let base_url = format!("http://{}", server.local_addr());
        TestContext {
            server: Some(server),
            storage,
            base_url,
            now,
            options,
            evidence,
            log,
        }
    }

    /// Whether anything the store keeps contains `needle` (for checking
    /// that secrets are stored only hashed; every acknowledged write is
    /// already stored): any file of a sled directory, any row of a
    /// PostgreSQL database.
    pub async fn stored_data_contains(&self, needle: &[u8]) -> bool {
        match &self.storage {
            TestStorage::Sled(dir) => files_under(dir).iter().any(|path| {
                let bytes = std::fs::read(path).unwrap();
                bytes.windows(needle.len()).any(|window| window == needle)
            }),
            TestStorage::Postgres { url } => {
                let client = crate::postgres_cluster::connect(url).await;
                let needle = String::from_utf8_lossy(needle).to_string();
                let tables = client
                    .query(
                        "SELECT table_name::TEXT FROM information_schema.tables \
                         WHERE table_schema = 'public'",
                        &[],
                    )
                    .await
                    .unwrap();
                for table in tables {
                    let table: String = table.get(0);
                    let rows = client
                        .query(&format!("SELECT t::TEXT FROM {table} t"), &[])
                        .await
                        .unwrap();
                    if rows
                        .iter()
                        .any(|row| row.get::<_, String>(0).contains(&needle))
                    {
                        return true;
                    }
                }
                false
            }
        }
    }

    /// Moves the server's clock forward.
    /// The test clock's time.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        *self.now.lock().unwrap()
    }

    pub fn advance_clock(&self, by: chrono::Duration) {
        *self.now.lock().unwrap() += by;
    }

    /// A generated client sending `key` as its bearer token.
    pub fn client(&self, key: &str) -> Client {
        client_for(&self.base_url, Some(key))
    }

    /// The bootstrap staff user's client (scope `*`).
    pub fn admin(&self) -> Client {
        self.client(ADMIN_KEY)
    }

    /// Creates a user with one key of the given scopes.
    pub async fn user(&self, email: &str, scopes: &[types::Scope]) -> TestUser {
        self.user_scoped(email, scopes, &[]).await
    }

    /// Creates a user with one key of the given scopes, limited to the
    /// given organizations (which the user must belong to; pass none for a
    /// new user).
    pub async fn user_scoped(
        &self,
        email: &str,
        scopes: &[types::Scope],
        organizations: &[uuid::Uuid],
    ) -> TestUser {
        let created = self
            .admin()
            .user_create()
            .body(types::UserCreate {
                email: email.to_string(),
                first_name: Some("Test".to_string()),
                last_name: None,
                is_staff: None,
                personal_api_key: Some(types::PersonalApiKeyCreate {
                    label: "test".to_string(),
                    scopes: scopes.to_vec(),
                    scoped_organizations: Some(organizations.to_vec()),
                    scoped_teams: None,
                }),
            })
            .send()
            .await
            .expect("user created")
            .into_inner();
        let key = created.personal_api_key.unwrap().value.unwrap();
        TestUser {
            uuid: created.uuid,
            email: created.email,
            client: self.client(&key),
            key,
        }
    }

    /// Stops the server (gracefully) and starts a new one on the same data
    /// directory, on a new port.
    pub async fn restart(&mut self) {
        self.server.take().unwrap().shutdown().await.expect("clean shutdown");
        // The old server's last references to its store (a connection
        // task ending) may outlive its shutdown by a moment, and a sled
        // directory opens once they are gone: wait for that, bounded.
        let deadline =
            std::time::Instant::now() + std::time::Duration::from_secs(10);
        let server = loop {
            let backend = self.storage.backend();
            match try_start(backend, &self.now, &self.options, &self.log).await
            {
                Ok(server) => break server,
                Err(error)
                    if std::time::Instant::now() < deadline
                        && error.to_string().contains("lock") =>
                {
                    tokio::time::sleep(std::time::Duration::from_millis(5))
                        .await
                }
                Err(error) => panic!("server restarts: {error:#}"),
            }
        };
        self.base_url = format!("http://{}", server.local_addr());
        self.server = Some(server);
    }

    /// Another server on the same store (a replica; PostgreSQL only, as a
    /// sled directory admits one process), sharing the test clock.
    pub async fn replica(&self) -> RunningServer {
        assert!(matches!(self.storage, TestStorage::Postgres { .. }));
        start(self.storage.backend(), &self.now, &self.options, &self.log).await
    }

    /// The URL of the PostgreSQL database (None on sled).
    pub fn database_url(&self) -> Option<&str> {
        match &self.storage {
            TestStorage::Postgres { url } => Some(url),
            TestStorage::Sled(_) => None,
        }
    }

    /// Base URL of the metrics' own server (`Options::metrics_bind`).
    pub fn metrics_url(&self) -> Option<String> {
        let server = self.server.as_ref().unwrap().metrics_server.as_ref()?;
        Some(format!("http://{}", server.local_addr()))
    }

    /// The running server's store, for tests of what the store itself
    /// guarantees.
    pub fn store(&self) -> &orgbase::store::Store {
        &self.server.as_ref().unwrap().store
    }

    /// Asserts that the store's invariants hold (what `orgbase check`
    /// checks), on the running server: call it when no request is in
    /// flight.
    pub async fn assert_store_consistent(&self) {
        let violations = self.store().check().await.unwrap();
        assert!(violations.is_empty(), "store damaged: {violations:#?}");
    }

    pub async fn cleanup(mut self) {
        if let Some(server) = self.server.take() {
            server.shutdown().await.expect("clean shutdown");
        }
    }
}

impl Drop for TestContext {
    /// A passing test's evidence goes; a failing one's stays, and the
    /// test's output says where.
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "the failed test's server log and data are kept in {}",
                self.evidence.display()
            );
        } else {
            let _ = std::fs::remove_dir_all(&self.evidence);
        }
    }
}

async fn start(
    backend: Backend,
    now: &Arc<Mutex<chrono::DateTime<chrono::Utc>>>,
    options: &Options,
    log: &slog::Logger,
) -> RunningServer {
    try_start(backend, now, options, log).await.expect("server starts")
}

async fn try_start(
    backend: Backend,
    now: &Arc<Mutex<chrono::DateTime<chrono::Utc>>>,
    options: &Options,
    log: &slog::Logger,
) -> anyhow::Result<RunningServer> {
    let now = Arc::clone(now);
    let defaults = orgbase::app::ProvisioningSchedule::default();
    let config = server::Config {
        metrics_bind: options.metrics_bind,
        external_url: options.external_url.clone(),
        bootstrap_api_key: Some(ADMIN_KEY.to_string()),
        smtp_url: options.smtp_url.clone(),
        dns_resolver: options.dns_resolver,
        dns_timeout: options
            .dns_timeout
            .unwrap_or(std::time::Duration::from_millis(300)),
        clock: Arc::new(move || *now.lock().unwrap()),
        // A record's own schedule runs on the test clock, which the tests
        // move.
        proxy: orgbase::app::ProxySettings {
            schedule: orgbase::app::ProvisioningSchedule {
                tick: options.proxy_tick.unwrap_or(defaults.tick),
                ..defaults
            },
            ..Default::default()
        },
        rate_limits: options
            .rate_limits
            .clone()
            .unwrap_or_else(orgbase::rate_limit::RateLimitSettings::off),
        trusted_proxies: orgbase::http::client_address::TrustedProxies::new(
            options.trusted_proxies.clone(),
        ),
        activity_log: options.activity_log.unwrap_or_default(),
        webhooks: options.webhooks.clone().unwrap_or_default(),
        idempotency_keys_per_user: options.idempotency_keys_per_user.unwrap_or(
            server::Config::new(backend.clone()).idempotency_keys_per_user,
        ),
        ..server::Config::new(backend)
    };
    server::start_server(config, log).await
}

pub fn client_for(base_url: &str, key: Option<&str>) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(key) = key {
        headers.insert(
            reqwest::header::AUTHORIZATION,
            format!("Bearer {key}").parse().unwrap(),
        );
    }
    let http =
        reqwest::Client::builder().default_headers(headers).build().unwrap();
    Client::new_with_client(base_url, http)
}

/// What a generated client call returns.
pub type ApiResult<T> = Result<
    orgbase::client::ResponseValue<T>,
    orgbase::client::Error<types::ApiError>,
>;

/// The error body and status of a failed call; panics on success.
pub fn api_error<T: std::fmt::Debug>(
    result: ApiResult<T>,
) -> (u16, types::ApiError) {
    match result {
        Err(orgbase::client::Error::ErrorResponse(response)) => {
            (response.status().as_u16(), response.into_inner())
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

/// Asserts a failed call's status, `code` and `attr`.
#[track_caller]
pub fn assert_error(
    (status, error): (u16, types::ApiError),
    expected_status: u16,
    code: &str,
    attr: Option<&str>,
) {
    assert_eq!(
        (status, error.code.as_str(), error.attr.as_deref()),
        (expected_status, code, attr),
        "unexpected error: {error:?}"
    );
}

/// Creates an organization with the given client.
pub async fn create_organization(
    client: &Client,
    name: &str,
) -> types::Organization {
    client
        .organization_create()
        .body(types::OrganizationCreate::builder().name(name))
        .send()
        .await
        .expect("organization created")
        .into_inner()
}

/// An invite request for `email` at `level`, with no email sent.
pub fn invite_request(
    email: &str,
    level: u8,
) -> types::OrganizationInviteCreate {
    types::OrganizationInviteCreate {
        target_email: email.to_string(),
        level: Some(level),
        first_name: None,
        message: None,
        private_project_access: None,
        send_email: Some(false),
        combine_pending_invites: None,
    }
}

/// Invites `user` to the organization at `level` (with `inviter`) and has
/// them accept.
pub async fn join(
    inviter: &Client,
    organization_id: uuid::Uuid,
    user: &TestUser,
    level: u8,
) -> types::User {
    let invite = inviter
        .invite_create()
        .organization_id(organization_id.to_string())
        .body(invite_request(&user.email, level))
        .send()
        .await
        .expect("invite created")
        .into_inner();
    user.client
        .signup_accept()
        .invite_id(invite.id.to_string())
        .send()
        .await
        .expect("invite accepted")
        .into_inner()
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Every operation in the OpenAPI document, as (method, path as written
/// there, the operation object): tests that walk it cover new operations
/// as they are added.
pub fn document_operations() -> Vec<(reqwest::Method, String, serde_json::Value)>
{
    let document: serde_json::Value =
        serde_json::from_str(orgbase::OPENAPI_DOCUMENT).unwrap();
    let mut operations = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let method = method.to_uppercase().parse().unwrap();
            operations.push((method, path.clone(), operation.clone()));
        }
    }
    operations
}

/// A document path with each `{parameter}` replaced by `value(parameter)`.
pub fn fill_path(path: &str, value: impl Fn(&str) -> String) -> String {
    path.split('/')
        .map(|segment| match segment.strip_prefix('{') {
            Some(name) => value(name.trim_end_matches('}')),
            None => segment.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

// The calls tests make over and over, each expecting success.

/// Creates an invite to `organization` (an id or `@current`).
pub async fn create_invite(
    client: &Client,
    organization: impl std::fmt::Display,
    request: types::OrganizationInviteCreate,
) -> types::OrganizationInvite {
    let organization = organization.to_string();
    let call = client.invite_create().organization_id(&organization);
    call.body(request).send().await.expect("invite created").into_inner()
}

/// The first page of an organization's invites.
pub async fn list_invites(
    client: &Client,
    organization: impl std::fmt::Display,
) -> types::PaginatedOrganizationInviteList {
    let organization = organization.to_string();
    let call = client.invite_list().organization_id(&organization);
    call.send().await.expect("invites listed").into_inner()
}

/// Creates a role named `name` in `organization`.
pub async fn create_role(
    client: &Client,
    organization: impl std::fmt::Display,
    name: &str,
) -> types::Role {
    let organization = organization.to_string();
    let call = client.role_create().organization_id(&organization);
    let body = types::RoleCreate { name: name.to_string() };
    call.body(body).send().await.expect("role created").into_inner()
}

/// A role of `organization`.
pub async fn view_role(
    client: &Client,
    organization: impl std::fmt::Display,
    role: impl std::fmt::Display,
) -> types::Role {
    let (organization, role) = (organization.to_string(), role.to_string());
    let call = client.role_view().organization_id(&organization).role_id(&role);
    call.send().await.expect("role read").into_inner()
}
