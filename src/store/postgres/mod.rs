//! The PostgreSQL backend: several orgbase processes on one database.
//!
//! ## Tables
//! One table per kind of record (see `migrations/`): the record itself as
//! JSON in `record`, beside the columns the database enforces: primary
//! keys, the unique indexes that make uniqueness hold across processes
//! (emails, slugs, role names per organization, domains, key hashes), and
//! foreign keys that remove what lives under an organization, a role or a
//! membership with it.
//!
//! ## Transactions
//! Every change but the organization create runs in one `SERIALIZABLE`
//! transaction, retried from the start when PostgreSQL reports a serialization failure or deadlock
//! (SQLSTATE 40001, 40P01): the invariants the store keeps (a last owner,
//! counts, a writer's level through [`Guard`]) are checked inside it, so
//! they hold between processes as they hold between tasks on sled. The
//! closures some operations take may therefore run more than once, as
//! they may on sled. Rows that a change reads and then writes are read
//! `FOR UPDATE`. The organization create is one statement of its own, at
//! `READ COMMITTED`, whose unique index on the slug decides between
//! concurrent creates (see [`ORGANIZATION_CREATE`] for why that is enough).
//! A commit with `synchronous_commit` on (PostgreSQL's default) is durable
//! before the response.
//!
//! ## Portability
//! The SQL keeps to what CockroachDB also runs (`SERIALIZABLE` is its only
//! isolation, `FOR UPDATE`, sequences), except where a comment says
//! otherwise: the organization create's `ON CONFLICT DO NOTHING` and its
//! `READ COMMITTED` (CockroachDB has both, the second only when enabled).
//!
//! ## Failures
//! A database that cannot be reached (down, restarting, a network cut) is
//! [`StoreError::Unavailable`] (503), never a hang: the pool waits a
//! bounded time for a connection, and connections are made anew after a
//! failure.

// The one place that may name PostgreSQL (see clippy.toml).
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]

use super::kinds::KeptCount;
use super::kinds::ORGANIZATIONS_OF_USER;
use super::records::ActivityRecord;
use super::records::ApiKeyRecord;
use super::records::CimdTokenRecord;
use super::records::DomainRecord;
use super::records::InviteRecord;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::records::UserRecord;
use super::types::Counted;
use super::types::MemberFilter;
use super::types::NamedOrganization;
use super::types::OpenedOrganization;
use super::types::StoreError;
use super::types::TakenIds;
use super::types::UserFilter;
use crate::page::JoinedPlace;
use crate::page::Page;
use crate::page::Start;
use crate::store::types::filtered_members;
use chrono::DateTime;
use chrono::Utc;
use deadpool_postgres::GenericClient;
use serde::de::DeserializeOwned;
use serde::Serialize;
use slog::Logger;
use statements::CachedStatements;
use std::sync::Arc;
use std::time::Duration;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Json;
use tokio_postgres::types::ToSql;
use tokio_postgres::IsolationLevel;
use uuid::Uuid;

mod check;
mod statements;
mod embedded {
    refinery::embed_migrations!("src/store/postgres/migrations");
}

/// The most records of one kind an import copies in one `COPY`
/// (`tx::ImportRuns`): each statement's own costs (its start, and the
/// foreign keys checked at its end) are shared by its rows. Measured at
/// 100,000 organizations: 15 s with runs of 1,000, 10.3 s with 5,000, and
/// no faster with 20,000 (which held twice the memory).
pub(crate) const IMPORT_RUN: usize = 5000;

/// How long a request waits for a connection (or for one to be made)
/// before the database counts as unavailable.
const CONNECTION_WAIT: Duration = Duration::from_secs(5);
/// Attempts of a transaction that keeps meeting serialization failures.
const TRANSACTION_ATTEMPTS: u32 = 48;
/// Numeric ids taken from the database's sequence at once (see
/// [`PgStore::next_id`]).
const ID_BLOCK: i64 = 32;

/// Which database to use and how many connections to hold to it.
#[derive(Clone)]
pub struct PgSettings {
    /// A `postgres://` URL (which may carry a password: never print it).
    pub url: String,
    /// The most connections this process holds open at once. Requests
    /// beyond it wait for one (up to [`CONNECTION_WAIT`]). Each replica
    /// holds its own, so replicas times this must stay below the
    /// server's `max_connections` (100 by default).
    pub pool_size: usize,
}

impl PgSettings {
    /// The default pool: measured with the load benchmark on 2 cores, 64
    /// connections' creates ran as fast with 32 as with 64, and two
    /// replicas of 32 stay inside PostgreSQL's default of 100.
    pub const DEFAULT_POOL_SIZE: usize = 32;

    /// The database at `url`, with the default pool.
    pub fn at(url: impl Into<String>) -> PgSettings {
        PgSettings { url: url.into(), pool_size: PgSettings::DEFAULT_POOL_SIZE }
    }
}

/// The connection pool's state, for the metrics.
pub struct PoolStatus {
    /// The most connections the pool holds ([`PgSettings::pool_size`]).
    pub max: usize,
    /// Connections open now.
    pub open: usize,
    /// Connections lent to a request now.
    pub in_use: usize,
    /// Requests waiting for a connection now.
    pub waiting: usize,
}

/// The PostgreSQL store. Cheap to clone.
#[derive(Clone)]
pub struct PgStore {
    pool: deadpool_postgres::Pool,
    /// Numeric ids taken from the sequence (see [`PgStore::next_id`]).
    ids: TakenIds,
}

/// Why a transaction's body stopped.
pub(crate) enum TxError {
    /// A serialization failure or deadlock: run the transaction again.
    Retry,
    /// The server takes no writes (SQLSTATE 25006: a standby, or a primary
    /// being demoted): its connection must not serve again, and the write
    /// is unavailable (nothing was applied).
    ReadOnly(String),
    Store(StoreError),
}

impl From<StoreError> for TxError {
    fn from(error: StoreError) -> TxError {
        TxError::Store(error)
    }
}

impl From<tokio_postgres::Error> for TxError {
    fn from(error: tokio_postgres::Error) -> TxError {
        let code = error.code();
        if code == Some(&SqlState::T_R_SERIALIZATION_FAILURE)
            || code == Some(&SqlState::T_R_DEADLOCK_DETECTED)
        {
            return TxError::Retry;
        }
        if code == Some(&SqlState::READ_ONLY_SQL_TRANSACTION) {
            return TxError::ReadOnly(error.to_string());
        }
        TxError::Store(database_error(error))
    }
}

/// Gives a connection back to the pool after `outcome`, or closes it when
/// it met a server that takes no writes ([`TxError::ReadOnly`]).
pub(crate) fn release<T>(
    connection: deadpool_postgres::Object,
    outcome: &Result<T, TxError>,
) {
    if let Err(TxError::ReadOnly(_)) = outcome {
        drop(deadpool_postgres::Object::take(connection));
    }
}

/// What a failed commit means: the database's answer when it gave one
/// (nothing was applied), else (the connection was lost once the commit
/// was sent: a failover, a network cut) that the write may or may not
/// have been applied, which the client must be told apart from a write
/// that was not.
pub(crate) fn commit_error(error: tokio_postgres::Error) -> TxError {
    match error.code() {
        Some(_) => TxError::from(error),
        None => TxError::Store(StoreError::OutcomeUnknown(error.to_string())),
    }
}

/// A failure of the database itself: storage full when its disk is
/// (53100); unavailable when it cannot be reached or cannot work now (the
/// connection is gone; SQLSTATE classes 08 connection exception, 53
/// insufficient resources, 57 operator intervention such as a shutdown);
/// internal otherwise.
fn database_error(error: tokio_postgres::Error) -> StoreError {
    if error.code() == Some(&SqlState::DISK_FULL) {
        // The transaction is rolled back: nothing changed.
        return StoreError::StorageFull(error.to_string());
    }
    let class = error.code().map(|code| &code.code()[..2]);
    match class {
        None | Some("08" | "53" | "57") => {
            StoreError::Unavailable(error.to_string())
        }
        Some(_) if error.is_closed() => {
            StoreError::Unavailable(error.to_string())
        }
        Some(_) => StoreError::Internal(error.to_string()),
    }
}

impl From<TxError> for StoreError {
    fn from(error: TxError) -> StoreError {
        match error {
            TxError::Retry => StoreError::Internal(
                "a statement outside a transaction was told to retry".into(),
            ),
            TxError::ReadOnly(message) => StoreError::Unavailable(message),
            TxError::Store(error) => error,
        }
    }
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(error: tokio_postgres::Error) -> StoreError {
        TxError::from(error).into()
    }
}

/// Runs `$body` (a block using the transaction `$tx`, returning
/// `Result<T, TxError>`) in a serializable transaction, committed when the
/// body succeeds, rolled back otherwise, and run again on a serialization
/// failure.
macro_rules! transaction {
    ($store:expr, |$tx:ident| $body:block) => {{
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut connection = $store.connection().await?;
            let outcome: Result<_, TxError> = async {
                let $tx = connection
                    .build_transaction()
                    .isolation_level(IsolationLevel::Serializable)
                    .start()
                    .await?;
                let value = $body?;
                $tx.commit()
                    .await
                    .map_err($crate::store::postgres::commit_error)?;
                Ok(value)
            }
            .await;
            // The connection goes back to the pool before any pause: a
            // transaction waiting to run again holds none, so that the
            // ones colliding do not starve every other request of one.
            // One that met a read-only server is closed instead: the
            // pool's next connection finds the writable primary.
            $crate::store::postgres::release(connection, &outcome);
            match outcome {
                Ok(value) => break Ok::<_, StoreError>(value),
                Err(TxError::Retry) if attempt < TRANSACTION_ATTEMPTS => {
                    retry_pause(attempt).await
                }
                // Still colliding: the service is too busy for this
                // write now (503, worth retrying), nothing was written.
                Err(TxError::Retry) => {
                    break Err(StoreError::Unavailable(
                        "too many serialization failures".into(),
                    ))
                }
                Err(TxError::ReadOnly(message)) => {
                    break Err(StoreError::Unavailable(message))
                }
                Err(TxError::Store(error)) => break Err(error),
            }
        }
    }};
}

mod proxy_records;
mod role_external_references;
// After `transaction!`, which they use.
mod by_kind;
mod scim;
mod tx;

/// Waits before running a transaction again after a serialization
/// failure: a random pause that grows with the attempts (up to about 256
/// ms), so that transactions that collided do not collide again in step,
/// and many writers of one row (a user creating organizations at once)
/// spread out enough for each to commit.
async fn retry_pause(attempt: u32) {
    use rand::Rng;
    let ceiling = 1u64 << attempt.min(8);
    let pause = rand::thread_rng().gen_range(0..=ceiling * 1000);
    tokio::time::sleep(Duration::from_micros(pause)).await;
}

/// The record in `column` of `row`.
fn decode<T: DeserializeOwned>(
    row: &tokio_postgres::Row,
    column: usize,
) -> Result<T, TxError> {
    decode_optional(row, column)?.ok_or_else(|| unreadable("a null record"))
}

/// The record in `column` of `row`, where the column may be null (the
/// other side of an outer join).
fn decode_optional<T: DeserializeOwned>(
    row: &tokio_postgres::Row,
    column: usize,
) -> Result<Option<T>, TxError> {
    row.try_get::<_, Option<Json<T>>>(column)
        .map(|record| record.map(|record| record.0))
        .map_err(|error| unreadable(with_causes(&error)))
}

/// An error and what caused it, in words: a record that does not decode
/// is named by its column, and why by the cause.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(next) = cause {
        text = format!("{text}: {next}");
        cause = next.source();
    }
    text
}

fn unreadable(error: impl std::fmt::Display) -> TxError {
    TxError::Store(StoreError::Internal(format!("unreadable record: {error}")))
}

fn json<T: Serialize>(record: &T) -> Json<&T> {
    Json(record)
}

/// Members by joining time, ties in user id order, as on sled (the index
/// `memberships_by_joined` holds them so).
fn member_order(newest_first: bool) -> &'static str {
    if newest_first {
        "joined_at DESC, user_id DESC"
    } else {
        "joined_at ASC, user_id ASC"
    }
}

/// A count or offset for SQL (which has no unsigned integers).
fn sql_count(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

type SqlParams<'a> = [&'a (dyn tokio_postgres::types::ToSql + Sync)];

/// A place in a list's order, as the parameters its columns compare with
/// (see `PgStore::read_from`).
trait SqlPlace: Send + Sync {
    fn params(&self) -> Vec<&(dyn ToSql + Sync)>;
}

/// A name (a role's name key, a domain).
impl SqlPlace for String {
    fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        vec![self]
    }
}

impl SqlPlace for JoinedPlace {
    fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        vec![&self.joined_at, &self.id]
    }
}

/// Reads the record in the first column of the first row, if any.
async fn fetch<T: DeserializeOwned>(
    client: &impl GenericClient,
    sql: &str,
    params: &SqlParams<'_>,
) -> Result<Option<T>, TxError> {
    client
        .query_opt_cached(sql, params)
        .await?
        .map(|row| decode(&row, 0))
        .transpose()
}

/// The record in a row's first column.
fn record_of<T: DeserializeOwned>(
    row: &tokio_postgres::Row,
) -> Result<T, TxError> {
    decode(row, 0)
}

/// The records in a row's first two columns.
fn records_of<T: DeserializeOwned, U: DeserializeOwned>(
    row: &tokio_postgres::Row,
) -> Result<(T, U), TxError> {
    Ok((decode(row, 0)?, decode(row, 1)?))
}

/// A kept count (`$1` its name, `$2` the id it counts under): 0 where no
/// row holds one.
const KEPT_COUNT_READ: &str =
    "SELECT COALESCE((SELECT count FROM entry_counts \
     WHERE counter = $1 AND id = $2), 0)";

/// The order of a role's members: by joining time, then id (as sled's
/// `role_member_joined/` index).
const ROLE_MEMBER_ORDER: &[&str] = &["joined_at", "member_id"];

/// Reads the record in the first column of every row.
async fn fetch_all<T: DeserializeOwned>(
    client: &impl GenericClient,
    sql: &str,
    params: &SqlParams<'_>,
) -> Result<Vec<T>, TxError> {
    client.query_cached(sql, params).await?.iter().map(record_of).collect()
}

/// Reads the records in the first two columns of every row.
async fn fetch_pairs<T: DeserializeOwned, U: DeserializeOwned>(
    client: &impl GenericClient,
    sql: &str,
    params: &SqlParams<'_>,
) -> Result<Vec<(T, U)>, TxError> {
    client.query_cached(sql, params).await?.iter().map(records_of).collect()
}

async fn membership_of(
    tx: &impl GenericClient,
    organization_id: Uuid,
    user_id: Uuid,
) -> Result<Option<MembershipRecord>, TxError> {
    fetch(
        tx,
        "SELECT record FROM memberships \
         WHERE organization_id = $1 AND user_id = $2",
        &[&organization_id, &user_id],
    )
    .await
}

async fn user_for_update(
    tx: &impl GenericClient,
    user_id: Uuid,
) -> Result<Option<UserRecord>, TxError> {
    fetch(tx, "SELECT record FROM users WHERE id = $1 FOR UPDATE", &[&user_id])
        .await
}

async fn user_write(
    tx: &impl GenericClient,
    user: &UserRecord,
) -> Result<(), tokio_postgres::Error> {
    tx.execute_cached(
        "UPDATE users SET record = $2 WHERE id = $1",
        &[&user.id, &json(user)],
    )
    .await?;
    Ok(())
}

/// TLS to the database, for URLs whose `sslmode` asks for it (`prefer`,
/// libpq's default, uses it when the server offers it; `require` insists):
/// rustls, with the system's trusted certificate authorities, verifying
/// the server's certificate and host name.
fn tls_connector(
) -> Result<tokio_postgres_rustls::MakeRustlsConnect, StoreError> {
    let mut roots = rustls::RootCertStore::empty();
    for certificate in rustls_native_certs::load_native_certs().certs {
        // A certificate the system lists but rustls cannot read is skipped,
        // as the system's own TLS would skip it.
        let _ = roots.add(certificate);
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| StoreError::Open(format!("TLS set-up: {error}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// The advisory lock key that serializes migrations across processes
/// (any number that no other user of the database takes: "orgbase" in
/// ASCII).
const MIGRATION_LOCK: i64 = 0x006f_7267_6261_7365;

impl PgStore {
    /// Connects to the database of `settings` (a `postgres://` URL;
    /// `sslmode` and the other libpq parameters as PostgreSQL reads them)
    /// and brings its schema up to date. A schema newer than this binary's
    /// is refused.
    pub async fn connect(
        settings: &PgSettings,
        log: &Logger,
    ) -> Result<PgStore, StoreError> {
        let parsed = settings.url.parse::<tokio_postgres::Config>();
        let mut config = parsed.map_err(|error| {
            StoreError::Open(format!("invalid database URL: {error}"))
        })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECTION_WAIT);
        }
        let manager = deadpool_postgres::Manager::from_config(
            config,
            tls_connector()?,
            deadpool_postgres::ManagerConfig {
                recycling_method: deadpool_postgres::RecyclingMethod::Fast,
            },
        );
        let pool = deadpool_postgres::Pool::builder(manager)
            .max_size(settings.pool_size)
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(CONNECTION_WAIT))
            .create_timeout(Some(CONNECTION_WAIT))
            .recycle_timeout(Some(CONNECTION_WAIT))
            .build()
            .map_err(|error| StoreError::Open(error.to_string()))?;
        let store = PgStore { pool, ids: TakenIds::default() };
        store.migrate(log).await?;
        Ok(store)
    }

    /// Applies the migrations this binary has and the database lacks, one
    /// process at a time: replicas of a rolling deployment start together,
    /// and two migration runners on one database would both try to create
    /// the same tables. A session-level advisory lock (held by the
    /// migrating connection, released when it is done or its session ends)
    /// makes the others wait, then find the schema up to date.
    async fn migrate(&self, log: &Logger) -> Result<(), StoreError> {
        let open = |error: String| StoreError::Open(error);
        let mut connection =
            self.pool.get().await.map_err(|e| open(e.to_string()))?;
        connection
            .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(|e| {
                open(format!("waiting to migrate the database: {e}"))
            })?;
        let migrated = self.migrate_locked(&mut connection, log).await;
        let unlocked = connection
            .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
            .await;
        if unlocked.is_err() {
            // The session may hold the lock still: never hand it back to
            // the pool (its end releases the lock).
            let _ = deadpool_postgres::Object::take(connection);
        }
        migrated
    }

    async fn migrate_locked(
        &self,
        connection: &mut deadpool_postgres::Object,
        log: &Logger,
    ) -> Result<(), StoreError> {
        let open = |error: String| StoreError::Open(error);
        let runner = embedded::migrations::runner();
        let newest_known = runner
            .get_migrations()
            .iter()
            .map(|m| m.version())
            .max()
            .unwrap_or(0);
        let has_history = connection
            .query_one_cached(
                "SELECT count(*) FROM information_schema.tables \
                 WHERE table_name = 'refinery_schema_history'",
                &[],
            )
            .await
            .map_err(|e| open(e.to_string()))?
            .get::<_, i64>(0)
            > 0;
        if has_history {
            let applied: Option<i32> = connection
                .query_one_cached(
                    "SELECT max(version) FROM refinery_schema_history",
                    &[],
                )
                .await
                .map_err(|e| open(e.to_string()))?
                .get(0);
            if let Some(applied) = applied.filter(|v| *v > newest_known) {
                return Err(open(format!(
                    "the database's schema is version {applied}, newer than \
                     this orgbase knows ({newest_known}): run a newer orgbase"
                )));
            }
        }
        let client: &mut tokio_postgres::Client = connection;
        let report =
            runner
                .set_abort_divergent(true)
                .run_async(client)
                .await
                .map_err(|e| open(format!("migrating the database: {e}")))?;
        for migration in report.applied_migrations() {
            slog::info!(log, "applied a database migration";
                "version" => migration.version(), "name" => migration.name());
        }
        Ok(())
    }

    /// The record in the first column of the first row a read finds.
    async fn read_one<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: &SqlParams<'_>,
    ) -> Result<Option<T>, StoreError> {
        Ok(fetch(&self.connection().await?, sql, params).await?)
    }

    /// The records in the first two columns of the first row a read
    /// finds, if any.
    async fn read_one_pair<T: DeserializeOwned, U: DeserializeOwned>(
        &self,
        sql: &str,
        params: &SqlParams<'_>,
    ) -> Result<Option<(T, U)>, StoreError> {
        let connection = self.connection().await?;
        let pairs = fetch_pairs(&connection, sql, params).await?;
        Ok(pairs.into_iter().next())
    }

    /// The record in the first column of every row a read finds.
    async fn read_all<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: &SqlParams<'_>,
    ) -> Result<Vec<T>, StoreError> {
        Ok(fetch_all(&self.connection().await?, sql, params).await?)
    }

    /// A page of a list: the number that `count_sql` counts, and the rows
    /// that `rows_sql` reads with `LIMIT` and `OFFSET` added (as its next
    /// two parameters), each decoded by `decode_row`.
    async fn read_page<T>(
        &self,
        count_sql: &str,
        rows_sql: &str,
        params: &SqlParams<'_>,
        decode_row: fn(&tokio_postgres::Row) -> Result<T, TxError>,
        offset: u64,
        limit: u64,
    ) -> Result<Page<T>, StoreError> {
        let connection = self.connection().await?;
        let count: i64 =
            connection.query_one_cached(count_sql, params).await?.get(0);
        let (limit, offset) = (sql_count(limit), sql_count(offset));
        let page_params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
            params.iter().copied().chain([&limit as _, &offset as _]).collect();
        let rows = connection
            .query_cached(
                &format!(
                    "{rows_sql} LIMIT ${} OFFSET ${}",
                    params.len() + 1,
                    params.len() + 2
                ),
                &page_params,
            )
            .await?;
        let items = rows.iter().map(decode_row).collect::<Result<_, _>>()?;
        Ok(Page { count: count.unsigned_abs(), items })
    }

    /// The records that `rows_sql` reads (its first column), in the order
    /// of the columns `order` (which an index of the list has in that
    /// order): from `start`, an offset or (keyset) the rows whose columns
    /// come beyond the place given, at most `limit`.
    async fn read_from<T: DeserializeOwned, P: SqlPlace>(
        &self,
        rows_sql: &str,
        order: &[&str],
        params: &SqlParams<'_>,
        start: Start<P>,
        limit: u64,
    ) -> Result<Vec<T>, StoreError> {
        let (offset, after) = start.split();
        let (limit, offset) = (sql_count(limit), sql_count(offset));
        let mut all: Vec<&(dyn ToSql + Sync)> = params.to_vec();
        all.extend([&limit as &(dyn ToSql + Sync), &offset]);
        let mut beyond = String::new();
        if let Some(after) = &after {
            let first = all.len() + 1;
            all.extend(after.params());
            let places: Vec<String> =
                (first..=all.len()).map(|at| format!("${at}")).collect();
            beyond =
                format!("AND ({}) > ({})", order.join(", "), places.join(", "));
        }
        let sql = format!(
            "{rows_sql} {beyond} ORDER BY {} LIMIT ${} OFFSET ${}",
            order.join(", "),
            params.len() + 1,
            params.len() + 2
        );
        self.read_all(&sql, &all).await
    }

    async fn connection(
        &self,
    ) -> Result<deadpool_postgres::Object, StoreError> {
        // Whatever keeps the pool from handing out a connection (none can
        // be made, or none is free in time) is the database being
        // unavailable.
        self.pool
            .get()
            .await
            .map_err(|error| StoreError::Unavailable(error.to_string()))
    }

    /// The number of records that `count` keeps under `id`.
    pub(crate) async fn kept_count(
        &self,
        count: &KeptCount,
        id: Uuid,
    ) -> Result<u64, StoreError> {
        let row = self
            .connection()
            .await?
            .query_one_cached(KEPT_COUNT_READ, &[&count.name, &id])
            .await?;
        Ok(row.get::<_, i64>(0).unsigned_abs())
    }

    /// How many records of `kind` the database holds.
    pub async fn count(&self, kind: Counted) -> Result<u64, StoreError> {
        let table = match kind {
            Counted::Organizations => "organizations",
            Counted::Users => "users",
            Counted::ApiKeys => "api_keys",
        };
        let row = self
            .connection()
            .await?
            .query_one_cached(&format!("SELECT count(*) FROM {table}"), &[])
            .await?;
        Ok(row.get::<_, i64>(0).unsigned_abs())
    }

    /// Whether the database answers and can write (a transaction that
    /// takes a numeric id commits).
    pub async fn ready(&self) -> Result<(), StoreError> {
        transaction!(self, |tx| {
            tx.query_one_cached("SELECT nextval('numeric_ids')", &[]).await?;
            Ok::<_, TxError>(())
        })
    }

    /// The connection pool's state now.
    pub fn pool_status(&self) -> PoolStatus {
        let status = self.pool.status();
        PoolStatus {
            max: status.max_size,
            open: status.size,
            in_use: status.size.saturating_sub(status.available),
            waiting: status.waiting,
        }
    }

    pub fn close(self) {
        self.pool.close();
    }

    /// A numeric id unique across every process on the database: from the
    /// ids this process took from the sequence, taking [`ID_BLOCK`] more
    /// in one round trip when none is left. A create then costs no round
    /// trip of its own for its id, where it cost one. The ids a process
    /// holds when it stops are never used (a sequence has gaps anyway, and
    /// nothing orders by these ids).
    pub async fn next_id(&self) -> Result<i64, StoreError> {
        if let Some(id) = self.ids.take() {
            return Ok(id);
        }
        let rows = self
            .connection()
            .await?
            .query_cached(
                "SELECT nextval('numeric_ids') FROM generate_series(1, $1::int8)",
                &[&ID_BLOCK],
            )
            .await?;
        self.ids.take_from(rows.iter().map(|row| row.get(0))).ok_or_else(|| {
            StoreError::Internal("the sequence gave no ids".into())
        })
    }

    // Users.

    pub async fn user_any(&self) -> Result<bool, StoreError> {
        let row = self
            .connection()
            .await?
            .query_one_cached("SELECT EXISTS (SELECT 1 FROM users)", &[])
            .await?;
        Ok(row.get(0))
    }

    pub async fn user_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<UserRecord>, StoreError> {
        self.read_one("SELECT record FROM users WHERE id = $1", &[&id]).await
    }

    pub async fn user_list_page(
        &self,
        filter: Option<UserFilter<'_>>,
        offset: u64,
        limit: u64,
    ) -> Result<Page<UserRecord>, StoreError> {
        let rows = "SELECT record FROM users \
                    ORDER BY (record->>'numeric_id')::BIGINT";
        match filter {
            None => {
                self.read_page(
                    "SELECT count(*) FROM users",
                    rows,
                    &[],
                    record_of,
                    offset,
                    limit,
                )
                .await
            }
            Some(filter) => {
                let users: Vec<UserRecord> = self.read_all(rows, &[]).await?;
                Page::filtered(users.into_iter().map(Ok), filter, offset, limit)
            }
        }
    }

    pub async fn user_fetch_many(
        &self,
        ids: &[Uuid],
    ) -> Result<Vec<UserRecord>, StoreError> {
        self.read_all("SELECT record FROM users WHERE id = ANY($1)", &[&ids])
            .await
    }

    pub async fn user_fetch_by_email(
        &self,
        email: &str,
    ) -> Result<Option<UserRecord>, StoreError> {
        self.read_one(
            "SELECT record FROM users WHERE email_key = $1",
            &[&email.to_lowercase()],
        )
        .await
    }

    // Personal API keys.

    pub async fn api_key_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<ApiKeyRecord>, StoreError> {
        self.read_one("SELECT record FROM api_keys WHERE id = $1", &[&id]).await
    }

    pub async fn api_key_and_user_fetch_by_hash(
        &self,
        secure_value: &str,
        organization: Option<NamedOrganization>,
    ) -> Result<
        Option<(ApiKeyRecord, UserRecord, Option<OpenedOrganization>)>,
        StoreError,
    > {
        let Some(organization) = organization else {
            let pair = self
                .read_one_pair(CALLER_BY_KEY_HASH, &[&secure_value])
                .await?;
            return Ok(pair.map(|(key, user)| (key, user, None)));
        };
        let named = match organization {
            NamedOrganization::Id(id) => Some(id),
            NamedOrganization::Current => None,
        };
        // `$2` null: the user's current organization, from the same row
        // of the user that the caller is read from.
        let row = self
            .connection()
            .await?
            .query_opt_cached(
                CALLER_AND_ORGANIZATION_BY_KEY_HASH,
                &[&secure_value, &named],
            )
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let (key, user) = records_of(&row)?;
        let id: Option<Uuid> = row.try_get(2).map_err(unreadable)?;
        let opened = match id {
            Some(id) => {
                let membership = decode_optional(&row, 3)?;
                let organization = decode_optional(&row, 4)?;
                Some(OpenedOrganization {
                    id,
                    found: membership.zip(organization),
                })
            }
            None => None,
        };
        Ok(Some((key, user, opened)))
    }

    pub async fn api_key_list_page(
        &self,
        user_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<ApiKeyRecord>, StoreError> {
        self.read_page(
            "SELECT count(*) FROM api_keys WHERE user_id = $1",
            "SELECT record FROM api_keys WHERE user_id = $1 ORDER BY id DESC",
            &[&user_id],
            record_of,
            offset,
            limit,
        )
        .await
    }

    pub async fn authentication_record(
        &self,
        key_id: Option<Uuid>,
        user_id: Option<Uuid>,
        when: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        transaction!(self, |tx| {
            if let Some(key_id) = key_id {
                let stored: Option<ApiKeyRecord> = fetch(
                    &tx,
                    "SELECT record FROM api_keys WHERE id = $1 FOR UPDATE",
                    &[&key_id],
                )
                .await?;
                if let Some(mut api_key) = stored {
                    api_key.last_used_at = Some(when);
                    tx.execute_cached(
                        "UPDATE api_keys SET record = $2 WHERE id = $1",
                        &[&key_id, &json(&api_key)],
                    )
                    .await?;
                }
            }
            if let Some(user_id) = user_id {
                if let Some(mut user) = user_for_update(&tx, user_id).await? {
                    user.last_login = Some(when);
                    user_write(&tx, &user).await?;
                }
            }
            Ok::<_, TxError>(())
        })
    }

    // Organizations and memberships.

    pub async fn organization_insert(
        &self,
        organization: &OrganizationRecord,
        owner: Uuid,
        membership: &MembershipRecord,
        slug_candidate: impl Fn(u32) -> String,
        attempts: u32,
        entries: impl Fn(&OrganizationRecord) -> Vec<ActivityRecord>,
    ) -> Result<OrganizationRecord, StoreError> {
        let mut organization = organization.clone();
        organization.member_count = 1;
        organization.owner_count = 1;
        organization.revision = 0;
        let connection = self.connection().await?;
        for attempt in 0..attempts {
            organization.slug = slug_candidate(attempt);
            // One statement, committed by itself: once sent, a connection
            // lost before its answer leaves its outcome unknown.
            if connection.is_closed() {
                return Err(StoreError::Unavailable(
                    "connection closed".into(),
                ));
            }
            let answered = connection
                .query_one_cached(
                    ORGANIZATION_CREATE,
                    &[
                        &owner,
                        &organization.id,
                        &organization.slug,
                        &json(&organization),
                        &json(membership),
                        &membership.joined_at,
                        &json(&entries(&organization)),
                    ],
                )
                .await
                .map_err(commit_error);
            let row = match answered {
                Ok(row) => row,
                Err(error) => {
                    let failed: Result<OrganizationRecord, TxError> =
                        Err(error);
                    release(connection, &failed);
                    return failed.map_err(StoreError::from);
                }
            };
            let (owner_found, inserted): (bool, bool) =
                (row.get(0), row.get(1));
            if !owner_found {
                return Err(StoreError::NotFound);
            }
            if inserted {
                return Ok(organization);
            }
        }
        Err(StoreError::SlugUnavailable)
    }

    pub async fn organization_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<OrganizationRecord>, StoreError> {
        self.read_one("SELECT record FROM organizations WHERE id = $1", &[&id])
            .await
    }

    pub async fn membership_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<MembershipRecord>, StoreError> {
        let connection = self.connection().await?;
        Ok(membership_of(&connection, organization_id, user_id).await?)
    }

    pub async fn membership_and_organization_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<(MembershipRecord, OrganizationRecord)>, StoreError>
    {
        self.read_one_pair(
            "SELECT m.record, o.record FROM memberships m \
             JOIN organizations o ON o.id = m.organization_id \
             WHERE m.organization_id = $1 AND m.user_id = $2",
            &[&organization_id, &user_id],
        )
        .await
    }

    pub async fn organization_list_page_for_user(
        &self,
        user_id: Uuid,
        only: Option<&[Uuid]>,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Page<(OrganizationRecord, MembershipRecord)>, StoreError> {
        let connection = self.connection().await?;
        // Without `only`, every organization: an empty filter means none.
        let filter: Option<Vec<Uuid>> = only.map(<[Uuid]>::to_vec);
        // Without a filter, the count the store keeps (one read, whatever
        // the user's number of organizations).
        let counted =
            match &filter {
                None => {
                    connection
                        .query_one_cached(
                            KEPT_COUNT_READ,
                            &[&ORGANIZATIONS_OF_USER.name, &user_id],
                        )
                        .await?
                }
                Some(_) => connection
                    .query_one_cached(
                        "SELECT count(*) FROM memberships WHERE user_id = $1 \
                         AND organization_id = ANY($2)",
                        &[&user_id, &filter],
                    )
                    .await?,
            };
        let count: i64 = counted.get(0);
        let (offset, after) = start.split();
        // The page of memberships first, in the index's order (from just
        // after `after`, by keyset), then their organizations: a user of
        // many organizations costs the page, not a join and sort of all.
        let items = fetch_pairs(
            &connection,
            "SELECT o.record, m.record FROM ( \
                 SELECT organization_id, record FROM memberships \
                 WHERE user_id = $1 \
                 AND ($2::UUID[] IS NULL OR organization_id = ANY($2)) \
                 AND organization_id > COALESCE($5, '00000000-0000-0000-0000-000000000000'::UUID) \
                 ORDER BY organization_id LIMIT $3 OFFSET $4 \
             ) m JOIN organizations o ON o.id = m.organization_id \
             ORDER BY m.organization_id",
            &[&user_id, &filter, &sql_count(limit), &sql_count(offset), &after],
        )
        .await?;
        Ok(Page { count: count as u64, items })
    }

    /// As `SledStore::member_page`: the page of memberships first, in
    /// the order of the index `memberships_by_joined`, then their users.
    pub async fn member_page(
        &self,
        organization_id: Uuid,
        newest_first: bool,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Vec<(MembershipRecord, UserRecord)>, StoreError> {
        let order = member_order(newest_first);
        let (offset, after) = start.split();
        let (limit, offset) = (sql_count(limit), sql_count(offset));
        let beyond = if newest_first { "<" } else { ">" };
        let (after_joined, after_user) =
            (after.map(|place| place.joined_at), after.map(|place| place.id));
        let mut params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
            vec![&organization_id, &limit, &offset];
        // Keyset when continuing after a place: the index's range from it.
        let from = if after.is_some() {
            params.push(&after_joined);
            params.push(&after_user);
            format!("AND (joined_at, user_id) {beyond} ($4, $5)")
        } else {
            String::new()
        };
        let rows = format!(
            "SELECT m.record, u.record FROM ( \
                 SELECT user_id, joined_at, record FROM memberships \
                 WHERE organization_id = $1 {from} ORDER BY {order} \
                 LIMIT $2 OFFSET $3 \
             ) m JOIN users u ON u.id = m.user_id ORDER BY {order}"
        );
        let connection = self.connection().await?;
        let items = fetch_pairs(&connection, &rows, &params).await?;
        Ok(items)
    }

    /// As `SledStore::member_list_filtered`: every member is read.
    pub async fn member_list_filtered(
        &self,
        organization_id: Uuid,
        filter: MemberFilter<'_>,
        newest_first: bool,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Page<(MembershipRecord, UserRecord)>, StoreError> {
        let rows = format!(
            "SELECT m.record, u.record FROM memberships m \
             JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 \
             ORDER BY {}",
            member_order(newest_first)
        );
        let connection = self.connection().await?;
        let members: Vec<(MembershipRecord, UserRecord)> =
            fetch_pairs(&connection, &rows, &[&organization_id]).await?;
        filtered_members(
            members.into_iter().map(Ok),
            filter,
            newest_first,
            start,
            limit,
        )
    }

    pub async fn member_fetch_many(
        &self,
        organization_id: Uuid,
        user_ids: &[Uuid],
    ) -> Result<Vec<(MembershipRecord, UserRecord)>, StoreError> {
        let connection = self.connection().await?;
        Ok(fetch_pairs(
            &connection,
            "SELECT m.record, u.record FROM memberships m \
             JOIN users u ON u.id = m.user_id \
             WHERE m.organization_id = $1 AND m.user_id = ANY($2)",
            &[&organization_id, &user_ids],
        )
        .await?)
    }

    // Invites.

    pub async fn invite_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<InviteRecord>, StoreError> {
        self.read_one("SELECT record FROM invites WHERE id = $1", &[&id]).await
    }

    pub async fn invite_list_for_email(
        &self,
        email: &str,
    ) -> Result<Vec<(InviteRecord, String)>, StoreError> {
        let connection = self.connection().await?;
        let rows = connection
            .query_cached(
                "SELECT i.record, o.record FROM invites i \
                 JOIN organizations o ON o.id = i.organization_id \
                 WHERE lower(i.record ->> 'target_email') = $1 \
                 ORDER BY i.organization_id, i.id",
                &[&email.to_lowercase()],
            )
            .await?;
        rows.iter()
            .map(|row| {
                let invite: InviteRecord = decode(row, 0)?;
                let organization: OrganizationRecord = decode(row, 1)?;
                Ok((invite, organization.name))
            })
            .collect::<Result<_, TxError>>()
            .map_err(StoreError::from)
    }

    // Roles.

    /// By name key in byte order (`COLLATE "C"`), as sled's `role_name/`
    /// index orders them, whatever the database's collation (the index
    /// `roles_by_name`), from `start` (after a name key).
    pub async fn role_list_page(
        &self,
        organization_id: Uuid,
        start: Start<String>,
        limit: u64,
    ) -> Result<Vec<RoleRecord>, StoreError> {
        self.read_from(
            "SELECT record FROM roles WHERE organization_id = $1",
            &["name_key COLLATE \"C\""],
            &[&organization_id],
            start,
            limit,
        )
        .await
    }

    /// By joining time and id (the index `role_members_by_joined`), from
    /// `start`.
    pub async fn role_member_list_page(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Vec<RoleMembershipRecord>, StoreError> {
        self.read_from(
            "SELECT record FROM role_members \
             WHERE organization_id = $1 AND role_id = $2",
            ROLE_MEMBER_ORDER,
            &[&organization_id, &role_id],
            start,
            limit,
        )
        .await
    }

    pub async fn role_members_of(
        &self,
        organization_id: Uuid,
        role_ids: &[Uuid],
    ) -> Result<Vec<RoleMembershipRecord>, StoreError> {
        self.read_all(
            &format!(
                "SELECT record FROM role_members \
                 WHERE organization_id = $1 AND role_id = ANY($2) \
                 ORDER BY {}",
                ROLE_MEMBER_ORDER.join(", ")
            ),
            &[&organization_id, &role_ids],
        )
        .await
    }

    // CIMD verification tokens.

    pub async fn cimd_token_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        self.read_one(
            "SELECT record FROM cimd_tokens WHERE secure_value = $1",
            &[&secure_value],
        )
        .await
    }

    // Domains.

    /// By name in byte order (`COLLATE "C"`), as sled's `org_domain/`
    /// index orders them (the index `domains_by_name`), from `start`
    /// (after a name).
    pub async fn domain_list_page(
        &self,
        organization_id: Uuid,
        start: Start<String>,
        limit: u64,
    ) -> Result<Vec<DomainRecord>, StoreError> {
        self.read_from(
            "SELECT record FROM domains WHERE organization_id = $1",
            &["domain COLLATE \"C\""],
            &[&organization_id],
            start,
            limit,
        )
        .await
    }

    pub async fn domain_fetch_by_name(
        &self,
        domain: &str,
    ) -> Result<Option<DomainRecord>, StoreError> {
        self.read_one(
            "SELECT record FROM domains WHERE domain = $1",
            &[&domain],
        )
        .await
    }
}

/// The key whose hash is `$1` and its user, as records: how a request
/// that names no organization is authenticated. Public for the load
/// benchmark, which runs the store's statements raw to measure the
/// database's share of a request.
pub const CALLER_BY_KEY_HASH: &str =
    "SELECT k.record, u.record FROM api_keys k \
     JOIN users u ON u.id = k.user_id WHERE k.secure_value = $1";

/// The key whose hash is `$1`, its user, and the organization `$2` (null:
/// the user's current one) with the user's membership of it, as records:
/// how a request about an organization is authenticated, in one query at
/// one snapshot. Public for the load benchmark (see
/// [`CALLER_BY_KEY_HASH`]).
pub const CALLER_AND_ORGANIZATION_BY_KEY_HASH: &str = "\
    SELECT k.record, u.record, t.id, m.record, o.record \
    FROM api_keys k \
    JOIN users u ON u.id = k.user_id \
    CROSS JOIN LATERAL (SELECT COALESCE($2::uuid, \
        (u.record->>'current_organization')::uuid) AS id) t \
    LEFT JOIN memberships m \
        ON m.organization_id = t.id AND m.user_id = u.id \
    LEFT JOIN organizations o ON o.id = m.organization_id \
    WHERE k.secure_value = $1";

/// An organization create, whole, as one statement (one round trip, where
/// a transaction of its steps took six), with `$1` the owner, `$2` the
/// organization's id, `$3` its slug, `$4` its record, `$5` the owner's
/// membership, `$6` when it began and `$7` its activity log entries (a
/// JSON array). It answers whether the owner exists and whether the
/// organization was inserted (not: the slug is taken, and nothing
/// changed).
///
/// Run on its own it is a READ COMMITTED transaction, which is enough
/// here: the owner's row is locked first (a concurrent deletion of the
/// owner waits, or has won and nothing is inserted), the slug's unique
/// index decides between concurrent creates (`ON CONFLICT DO NOTHING`
/// waits for the other to commit), and the owner is changed and made a
/// member only when the organization was inserted. No read of the slug
/// index can make it conflict with a concurrent create. Public for the
/// load benchmark (see [`CALLER_BY_KEY_HASH`]).
pub const ORGANIZATION_CREATE: &str = "\
    WITH owner AS ( \
        SELECT id FROM users WHERE id = $1 FOR UPDATE \
    ), organization AS ( \
        INSERT INTO organizations (id, slug, record) \
        SELECT $2, $3, $4 FROM owner \
        ON CONFLICT (slug) DO NOTHING \
        RETURNING id \
    ), membership AS ( \
        INSERT INTO memberships (organization_id, user_id, joined_at, record) \
        SELECT organization.id, $1, $6, $5 FROM organization \
    ), counted AS ( \
        INSERT INTO entry_counts (counter, id, count) \
        SELECT 'organizations_of_user', $1, 1 FROM organization \
        ON CONFLICT (counter, id) DO UPDATE \
        SET count = entry_counts.count + 1 \
    ), current_organization AS ( \
        UPDATE users \
        SET record = jsonb_set(record, '{current_organization}', to_jsonb($2::uuid)) \
        WHERE id = $1 AND EXISTS (SELECT 1 FROM organization) \
    ), activity AS ( \
        INSERT INTO activity_log (organization_id, id, record) \
        SELECT organization.id, (entry ->> 'id')::uuid, entry \
        FROM organization, jsonb_array_elements($7::jsonb) AS entry \
    ) \
    SELECT EXISTS (SELECT 1 FROM owner), EXISTS (SELECT 1 FROM organization)";
