//! [`Tx`] on PostgreSQL: one `SERIALIZABLE` transaction (`transaction!`,
//! retried from the start on a serialization failure), and how a change
//! written once (`store::tx`) runs in it. Rows read to be written back are
//! read `FOR UPDATE`.

use super::decode;
use super::fetch;
use super::json;
use super::retry_pause;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use super::TRANSACTION_ATTEMPTS;
use crate::store::kinds::Kind;
use crate::store::kinds::Part;
use crate::store::kinds::Table;
use crate::store::kinds::Uniqueness;
use crate::store::records::InviteRecord;
use crate::store::tx::Tx;
use crate::store::types::StoreError;
use deadpool_postgres::GenericClient;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::ToSql;
use tokio_postgres::IsolationLevel;
use uuid::Uuid;

/// A change's view of one PostgreSQL transaction.
pub(crate) struct PgTx<'a, C>(pub(super) &'a C);

impl PgStore {
    /// Runs `change` in one transaction, retried as `transaction!` does.
    pub(crate) async fn change<T>(
        &self,
        change: impl AsyncFn(
            &mut PgTx<'_, deadpool_postgres::Transaction<'_>>,
        ) -> Result<T, TxError>,
    ) -> Result<T, StoreError> {
        transaction!(self, |tx| { change(&mut PgTx(&tx)).await })
    }
}

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
fn key_params(key: &[Uuid]) -> Vec<&(dyn ToSql + Sync)> {
    key.iter().map(|id| id as &(dyn ToSql + Sync)).collect()
}

/// `column = $n AND ...` for the table's key, its parameters from `$first`.
fn key_matches(table: &Table, first: usize) -> String {
    let columns = table.key.iter().enumerate();
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
        key_matches(&table, 1)
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
        key_matches(&table, 1)
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
        key_matches(&table, 1)
    );
    let params = key_params(key);
    let removed = client.query_opt_cached(&sql, &params).await?;
    let stored = removed.map(|row| decode(&row, 0)).transpose()?;
    Ok(stored.map(|stored| K::from_stored(key, stored)))
}

impl<C: GenericClient> Tx for PgTx<'_, C> {
    type Error = TxError;

    async fn get<K: Kind>(
        &mut self,
        key: &[Uuid],
    ) -> Result<Option<K>, TxError> {
        record_get(self.0, key).await
    }

    async fn insert<K: Kind>(&mut self, record: &K) -> Result<(), TxError> {
        record_insert(self.0, record).await
    }

    async fn put<K: Kind>(&mut self, record: &K) -> Result<(), TxError> {
        record_put(self.0, record).await
    }

    async fn remove<K: Kind>(
        &mut self,
        key: &[Uuid],
    ) -> Result<Option<K>, TxError> {
        record_remove(self.0, key).await
    }

    async fn invite_by_id(
        &mut self,
        invite_id: Uuid,
    ) -> Result<Option<InviteRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM invites WHERE id = $1 FOR UPDATE",
            &[&invite_id],
        )
        .await
    }

    async fn holds_users(&mut self) -> Result<bool, TxError> {
        let row = self
            .0
            .query_one_cached("SELECT EXISTS (SELECT 1 FROM users)", &[])
            .await?;
        Ok(row.get(0))
    }

    async fn numeric_ids_after(&mut self, largest: i64) -> Result<(), TxError> {
        if largest > 0 {
            self.0
                .query_one_cached(
                    "SELECT setval('numeric_ids', $1)",
                    &[&largest],
                )
                .await?;
        }
        Ok(())
    }
}
