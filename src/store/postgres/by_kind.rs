//! The table of kinds (`store::kinds`) on PostgreSQL: a record of any
//! kind read, written, listed and exported by its table's line (its table,
//! key columns and other columns), and a unique constraint's violation
//! answered with the error its index names. Statements are built from the
//! line and prepared once per connection, as every statement is.

use super::decode;
use super::fetch;
use super::json;
use super::sql_count;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use crate::page::Start;
use crate::store::kinds::counts_of;
use crate::store::kinds::each_kind;
use crate::store::kinds::EachKind;
use crate::store::kinds::ExportSink;
use crate::store::kinds::Kind;
use crate::store::kinds::Part;
use crate::store::kinds::Uniqueness;
use crate::store::types::StoreError;
use crate::store::types::Unreadable;
use deadpool_postgres::GenericClient;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::ToSql;
use uuid::Uuid;

/// A part as a statement's parameter.
fn param(part: &Part) -> &(dyn ToSql + Sync) {
    match part {
        Part::Id(id) => id,
        Part::Text(text) | Part::Field(text) => text,
        Part::Time(at) => at,
        Part::Number(number) => number,
        Part::Optional(text) => text,
    }
}

/// A key's ids as a statement's parameters.
pub(super) fn key_params(key: &[Uuid]) -> Vec<&(dyn ToSql + Sync)> {
    key.iter().map(|id| id as &(dyn ToSql + Sync)).collect()
}

/// `column = $n AND ...` for these key columns, their parameters from
/// `$first`.
pub(super) fn key_matches(columns: &[&str], first: usize) -> String {
    let columns = columns.iter().enumerate();
    let matches: Vec<String> = columns
        .map(|(at, column)| format!("{column} = ${}", first + at))
        .collect();
    matches.join(" AND ")
}

/// A write's failure: a unique constraint of the kind's table is the
/// error the table gives it.
fn write_error<K: Kind>(error: tokio_postgres::Error) -> TxError {
    if error.code() == Some(&SqlState::UNIQUE_VIOLATION) {
        let violated = error.as_db_error().and_then(|db| db.constraint());
        let table = K::TABLE;
        for index in table.indexes {
            if let Uniqueness::Unique { taken, constraints } = index.uniqueness
            {
                if violated.is_some_and(|name| constraints.contains(&name)) {
                    return TxError::Store(taken());
                }
            }
        }
        if let Some(duplicate) = table.duplicate {
            if violated == Some(duplicate.constraint) {
                return TxError::Store((duplicate.error)());
            }
        }
    }
    TxError::from(error)
}

/// The record of kind `K` at `key`, locked when the table says so.
pub(super) async fn record_get<K: Kind>(
    client: &impl GenericClient,
    key: &[Uuid],
) -> Result<Option<K>, TxError> {
    let table = K::TABLE;
    let lock = if table.locked { " FOR UPDATE" } else { "" };
    let sql = format!(
        "SELECT record FROM {} WHERE {}{lock}",
        table.table,
        key_matches(table.key, 1)
    );
    let params = key_params(key);
    let stored = fetch(client, &sql, &params).await?;
    Ok(stored.map(|stored| K::from_stored(key, stored)))
}

/// Adds a record's row.
pub(super) async fn record_insert<K: Kind>(
    client: &impl GenericClient,
    record: &K,
) -> Result<(), TxError> {
    let table = K::TABLE;
    let (key, columns) = (record.key(), record.columns());
    let names: Vec<&str> =
        table.key.iter().chain(table.columns).copied().collect();
    let placeholders: Vec<String> =
        (1..=names.len() + 1).map(|at| format!("${at}")).collect();
    let sql = format!(
        "INSERT INTO {} ({}, record) VALUES ({})",
        table.table,
        names.join(", "),
        placeholders.join(", ")
    );
    let stored = json(record.stored());
    let mut params = key_params(&key);
    params.extend(columns.iter().map(param));
    params.push(&stored);
    client.execute_cached(&sql, &params).await.map_err(write_error::<K>)?;
    counts_add(client, record, 1).await
}

/// Inserts new records of one kind (an import's run) by binary `COPY`,
/// each column in its table's type, then moves their counts: no statement
/// to parse or plan per row, as `INSERT` would have. A unique constraint
/// violated is that index's error, as on a single insert.
pub(super) async fn records_insert<K: Kind>(
    transaction: &deadpool_postgres::Transaction<'_>,
    records: &[K],
) -> Result<(), TxError> {
    let table = K::TABLE;
    let columns = table.key.iter().chain(table.columns).chain(&["record"]);
    let columns: Vec<&str> = columns.copied().collect();
    let columns = columns.join(", ");
    // The columns' types as the table declares them: binary COPY sends
    // each value in its type's own form.
    let types: Vec<tokio_postgres::types::Type> = transaction
        .prepare_cached(&format!(
            "SELECT {columns} FROM {} LIMIT 0",
            table.table
        ))
        .await?
        .columns()
        .iter()
        .map(|column| column.type_().clone())
        .collect();
    let sink = transaction
        .copy_in(&format!(
            "COPY {} ({columns}) FROM STDIN (FORMAT binary)",
            table.table
        ))
        .await?;
    let writer =
        tokio_postgres::binary_copy::BinaryCopyInWriter::new(sink, &types);
    futures::pin_mut!(writer);
    for record in records {
        let (key, parts) = (record.key(), record.columns());
        let stored = json(record.stored());
        let mut row = key_params(&key);
        row.extend(parts.iter().map(param));
        row.push(&stored);
        writer.as_mut().write(&row).await.map_err(write_error::<K>)?;
    }
    writer.finish().await.map_err(write_error::<K>)?;
    counts_add_many(transaction, records).await
}

/// As [`counts_add`] for every record of `records`, each count moved
/// once, by the sum of its records.
async fn counts_add_many<K: Kind>(
    client: &impl GenericClient,
    records: &[K],
) -> Result<(), TxError> {
    let mut deltas: std::collections::BTreeMap<(&str, Uuid), i64> =
        std::collections::BTreeMap::new();
    for (count, id) in records.iter().flat_map(counts_of) {
        *deltas.entry((count.name, id)).or_default() += 1;
    }
    // One statement for all: each count comes once (the map's keys), as
    // `ON CONFLICT DO UPDATE` requires.
    let deltas: Vec<(&str, Uuid, i64)> = deltas
        .into_iter()
        .map(|((counter, id), delta)| (counter, id, delta))
        .collect();
    for batch in deltas.chunks(1000) {
        let rows: Vec<String> = (0..batch.len())
            .map(|row| {
                format!(
                    "(${}, ${}, ${})",
                    3 * row + 1,
                    3 * row + 2,
                    3 * row + 3
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO entry_counts (counter, id, count) VALUES {} \
             ON CONFLICT (counter, id) DO UPDATE \
             SET count = entry_counts.count + EXCLUDED.count",
            rows.join(", ")
        );
        let params: Vec<&(dyn ToSql + Sync)> = batch
            .iter()
            .flat_map(|(counter, id, delta)| {
                [counter as &(dyn ToSql + Sync), id as _, delta as _]
            })
            .collect();
        client.execute(&sql, &params).await?;
    }
    Ok(())
}

/// The statement that moves a kept count (`entry_counts`).
pub(super) const ENTRY_COUNT_ADD: &str =
    "INSERT INTO entry_counts (counter, id, count) VALUES ($1, $2, $3) \
     ON CONFLICT (counter, id) DO UPDATE \
     SET count = entry_counts.count + EXCLUDED.count";

/// Moves by `delta` the counts kept of the records under an id of the
/// record's key (see [`KeptCount`]); a count that reaches zero goes, so
/// that an organization or user removed leaves none behind.
///
/// [`KeptCount`]: crate::store::kinds::KeptCount
async fn counts_add<K: Kind>(
    client: &impl GenericClient,
    record: &K,
    delta: i64,
) -> Result<(), TxError> {
    for (count, id) in counts_of(record) {
        client
            .execute_cached(ENTRY_COUNT_ADD, &[&count.name, &id, &delta])
            .await?;
        if delta < 0 {
            client
                .execute_cached(
                    "DELETE FROM entry_counts \
                     WHERE counter = $1 AND id = $2 AND count = 0",
                    &[&count.name, &id],
                )
                .await?;
        }
    }
    Ok(())
}

/// Writes a stored record's row anew (else `NotFound`).
pub(super) async fn record_put<K: Kind>(
    client: &impl GenericClient,
    record: &K,
) -> Result<(), TxError> {
    let table = K::TABLE;
    let (key, columns) = (record.key(), record.columns());
    let first = table.key.len() + 1;
    let sets: Vec<String> = (table.columns.iter().chain(&["record"]))
        .enumerate()
        .map(|(at, column)| format!("{column} = ${}", first + at))
        .collect();
    let sql = format!(
        "UPDATE {} SET {} WHERE {}",
        table.table,
        sets.join(", "),
        key_matches(table.key, 1)
    );
    let stored = json(record.stored());
    let mut params = key_params(&key);
    params.extend(columns.iter().map(param));
    params.push(&stored);
    let written =
        client.execute_cached(&sql, &params).await.map_err(write_error::<K>)?;
    if written == 0 {
        return Err(StoreError::NotFound.into());
    }
    Ok(())
}

/// Removes the row at `key`; the record it held, if any.
pub(super) async fn record_remove<K: Kind>(
    client: &impl GenericClient,
    key: &[Uuid],
) -> Result<Option<K>, TxError> {
    let table = K::TABLE;
    let sql = format!(
        "DELETE FROM {} WHERE {} RETURNING record",
        table.table,
        key_matches(table.key, 1)
    );
    let params = key_params(key);
    let removed = client.query_opt_cached(&sql, &params).await?;
    let stored = removed.map(|row| decode(&row, 0)).transpose()?;
    let removed = stored.map(|stored| K::from_stored(key, stored));
    if let Some(removed) = &removed {
        counts_add(client, removed, -1).await?;
    }
    Ok(removed)
}

/// The record of kind `K` in a row of its record and its key's columns.
fn kind_of_row<K: Kind>(row: &tokio_postgres::Row) -> Result<K, TxError> {
    let ids: Vec<Uuid> = (1..row.len()).map(|at| row.get(at)).collect();
    Ok(K::from_stored(&ids, decode(row, 0)?))
}

impl PgStore {
    /// The record of kind `K` at `key`.
    pub(crate) async fn fetch<K: Kind>(
        &self,
        key: &[Uuid],
    ) -> Result<Option<K>, StoreError> {
        let table = K::TABLE;
        let sql = format!(
            "SELECT record, {} FROM {} WHERE {}",
            table.key.join(", "),
            table.table,
            key_matches(table.key, 1)
        );
        let connection = self.connection().await?;
        let row = connection.query_opt_cached(&sql, &key_params(key)).await?;
        Ok(row.map(|row| kind_of_row::<K>(&row)).transpose()?)
    }

    /// How many records of kind `K` are under `parent` (an index-only
    /// count of the key's prefix).
    pub(crate) async fn count_under<K: Kind>(
        &self,
        parent: &[Uuid],
    ) -> Result<u64, StoreError> {
        let table = K::TABLE;
        let matches = key_matches(&table.key[..parent.len()], 1);
        let sql =
            format!("SELECT count(*) FROM {} WHERE {matches}", table.table);
        let connection = self.connection().await?;
        let row =
            connection.query_one_cached(&sql, &key_params(parent)).await?;
        Ok(u64::try_from(row.get::<_, i64>(0)).unwrap_or(0))
    }

    /// As `SledStore::page_under`: a page of the records of kind `K`
    /// whose key begins with `parent`, from `offset` or after `after`.
    pub(crate) async fn page_under<K: Kind>(
        &self,
        parent: &[Uuid],
        reverse: bool,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Vec<K>, StoreError> {
        let table = K::TABLE;
        let (offset, after) = start.split();
        let mut matches = key_matches(&table.key[..parent.len()], 1);
        let (direction, beyond) =
            if reverse { (" DESC", "<") } else { ("", ">") };
        let mut params = key_params(parent);
        if let Some(after) = &after {
            params.push(after);
            let next = table.key[parent.len()];
            matches =
                format!("{matches} AND {next} {beyond} ${}", params.len());
        }
        let (limit, offset) = (sql_count(limit), sql_count(offset));
        params.extend([&limit as &(dyn ToSql + Sync), &offset]);
        let order: Vec<String> = (table.key[parent.len()..].iter())
            .map(|column| format!("{column}{direction}"))
            .collect();
        let sql = format!(
            "SELECT record, {} FROM {} WHERE {matches} ORDER BY {} \
             LIMIT ${} OFFSET ${}",
            table.key.join(", "),
            table.table,
            order.join(", "),
            params.len() - 1,
            params.len()
        );
        let connection = self.connection().await?;
        let rows = connection.query_cached(&sql, &params).await?;
        Ok(rows.iter().map(kind_of_row::<K>).collect::<Result<_, _>>()?)
    }

    /// As `SledStore::scan_kind`: at most `limit` records of kind `K`, in
    /// key order after the whole key `after`.
    pub(crate) async fn scan_kind<K: Kind>(
        &self,
        after: Option<&[Uuid]>,
        limit: usize,
    ) -> Result<Vec<K>, StoreError> {
        let table = K::TABLE;
        let columns = table.key.join(", ");
        let mut params = after.map(key_params).unwrap_or_default();
        let after = match params.is_empty() {
            true => String::new(),
            false => {
                let places: Vec<String> =
                    (1..=params.len()).map(|at| format!("${at}")).collect();
                format!(" WHERE ({columns}) > ({})", places.join(", "))
            }
        };
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        params.push(&limit);
        let sql = format!(
            "SELECT record, {columns} FROM {}{after} ORDER BY {columns} LIMIT ${}",
            table.table,
            params.len()
        );
        let connection = self.connection().await?;
        let rows = connection.query_cached(&sql, &params).await?;
        Ok(rows.iter().map(kind_of_row::<K>).collect::<Result<_, _>>()?)
    }

    /// The keys of the records of kind `K` whose key begins with `parent`.
    pub(crate) async fn keys_under<K: Kind>(
        &self,
        parent: &[Uuid],
    ) -> Result<Vec<Vec<Uuid>>, StoreError> {
        let table = K::TABLE;
        let filter = match parent.is_empty() {
            true => String::new(),
            false => {
                format!(" WHERE {}", key_matches(&table.key[..parent.len()], 1))
            }
        };
        let sql = format!(
            "SELECT {} FROM {}{filter}",
            table.key.join(", "),
            table.table,
        );
        let connection = self.connection().await?;
        let rows = connection.query_cached(&sql, &key_params(parent)).await?;
        Ok(rows
            .iter()
            .map(|row| (0..table.key.len()).map(|at| row.get(at)).collect())
            .collect())
    }

    /// Every record, in the export's order (each table by its key),
    /// handed to `sink` as it is read: in one read-only transaction, so
    /// that the export is the database at one moment even while servers
    /// write to it, each table read [`EXPORT_BATCH`] rows at a time
    /// through a portal, so that its memory does not grow with the
    /// database. One that does not decode is an error, or left out, as
    /// `unreadable` says.
    pub async fn export(
        &self,
        unreadable: Unreadable,
        sink: &mut ExportSink<'_>,
    ) -> Result<(), StoreError> {
        let mut connection = self.connection().await?;
        let tx = connection
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let mut exports = Exports(Vec::new());
        each_kind(&mut exports);
        for export in exports.0 {
            export(&tx, unreadable, sink).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The rows an export reads at a time.
const EXPORT_BATCH: i32 = 1000;

/// The export of one kind's table.
type Export =
    for<'a, 's> fn(
        &'a deadpool_postgres::Transaction<'a>,
        Unreadable,
        &'a mut ExportSink<'s>,
    )
        -> futures::future::BoxFuture<'a, Result<(), StoreError>>;

/// Every kind's export, in the table of kinds' order.
struct Exports(Vec<Export>);

impl EachKind for Exports {
    fn kind<K: Kind>(&mut self) {
        self.0.push(|tx, unreadable, sink| {
            Box::pin(export_kind::<K>(tx, unreadable, sink))
        });
    }
}

/// Every record of kind `K`, in key order, to `sink`; one that does not
/// decode is an error, or left out, as `unreadable` says.
async fn export_kind<K: Kind>(
    tx: &deadpool_postgres::Transaction<'_>,
    unreadable: Unreadable,
    sink: &mut ExportSink<'_>,
) -> Result<(), StoreError> {
    let table = K::TABLE;
    let key = table.key.join(", ");
    let sql =
        format!("SELECT record, {key} FROM {} ORDER BY {key}", table.table);
    let portal = tx.bind(&sql, &[]).await?;
    loop {
        let rows = tx.query_portal(&portal, EXPORT_BATCH).await?;
        if rows.is_empty() {
            return Ok(());
        }
        for row in &rows {
            match (kind_of_row::<K>(row), unreadable) {
                (Ok(record), _) => sink(record.exported())?,
                (Err(_), Unreadable::Skip) => {}
                (Err(error), Unreadable::Refuse) => return Err(error.into()),
            }
        }
    }
}
