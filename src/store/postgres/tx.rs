//! [`Tx`] on PostgreSQL: one `SERIALIZABLE` transaction (`transaction!`,
//! retried from the start on a serialization failure), and how a change
//! written once (`store::tx`) runs in it. Rows read to be written back are
//! read `FOR UPDATE`.

use super::by_kind::record_get;
use super::by_kind::record_insert;
use super::by_kind::record_put;
use super::by_kind::record_remove;
use super::by_kind::records_insert;
use super::commit_error;
use super::fetch;
use super::release;
use super::retry_pause;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use super::TRANSACTION_ATTEMPTS;
use crate::store::activity;
use crate::store::activity::Actor;
use crate::store::kinds::Kind;
use crate::store::records::InviteRecord;
use crate::store::records::OrganizationRecord;
use crate::store::tx::import_end;
use crate::store::tx::import_run;
use crate::store::tx::import_start;
use crate::store::tx::ImportRuns;
use crate::store::tx::Tx;
use crate::store::types::StoreError;
use tokio_postgres::IsolationLevel;
use uuid::Uuid;

/// A change's view of one PostgreSQL transaction.
pub(crate) struct PgTx<'a, 't>(
    pub(super) &'a deadpool_postgres::Transaction<'t>,
);

impl PgStore {
    /// Runs `change` in one transaction, retried as `transaction!` does.
    pub(crate) async fn change<T>(
        &self,
        change: impl AsyncFn(&mut PgTx<'_, '_>) -> Result<T, TxError>,
    ) -> Result<T, StoreError> {
        transaction!(self, |tx| { change(&mut PgTx(&tx)).await })
    }

    /// Writes an import's records into this database, which must hold no
    /// user, in one transaction, a run at a time. Run once, not retried as
    /// `transaction!` does: its records are read as they are written, and
    /// nothing else writes to a database without users.
    pub(crate) async fn import(
        &self,
        actor: &Actor,
        runs: &mut ImportRuns<'_>,
    ) -> Result<(), StoreError> {
        let arrival = |organization: &OrganizationRecord| {
            activity::imported(actor, organization)
        };
        let mut connection = self.connection().await?;
        let outcome: Result<(), TxError> = async {
            let transaction = connection
                .build_transaction()
                .isolation_level(IsolationLevel::Serializable)
                .start()
                .await?;
            let mut writes = PgTx(&transaction);
            import_start(&mut writes).await?;
            while let Some(run) = runs.next_run()? {
                import_run(&mut writes, &run, &arrival).await?;
            }
            import_end(&mut writes, runs.largest()).await?;
            transaction.commit().await.map_err(commit_error)?;
            // The tables were filled without the planner's statistics:
            // until autovacuum gathers them (up to a minute later), each
            // connection planned a page of a large list as a sort of all
            // of it (measured: a role's 100,000 members, 170-450 ms a
            // page for each connection's first five). The data is
            // committed: a failure here only leaves it to autovacuum.
            let _ = connection.batch_execute("ANALYZE").await;
            Ok(())
        }
        .await;
        release(connection, &outcome);
        Ok(outcome?)
    }
}

impl Tx for PgTx<'_, '_> {
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

    async fn insert_batch<K: Kind>(
        &mut self,
        records: &[K],
    ) -> Result<(), TxError> {
        records_insert(self.0, records).await
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

    async fn slug_taken(&mut self, slug: &str) -> Result<bool, TxError> {
        let row = self
            .0
            .query_one_cached(
                "SELECT EXISTS (SELECT 1 FROM organizations WHERE slug = $1)",
                &[&slug],
            )
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
