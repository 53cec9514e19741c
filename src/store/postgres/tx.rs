//! [`Tx`] on PostgreSQL: one `SERIALIZABLE` transaction (`transaction!`,
//! retried from the start on a serialization failure), and how a change
//! written once (`store::tx`) runs in it. Rows read to be written back are
//! read `FOR UPDATE`.

use super::by_kind::record_get;
use super::by_kind::record_insert;
use super::by_kind::record_put;
use super::by_kind::record_remove;
use super::by_kind::records_insert;
use super::fetch;
use super::retry_pause;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use super::TRANSACTION_ATTEMPTS;
use crate::store::kinds::Kind;
use crate::store::records::InviteRecord;
use crate::store::tx::Tx;
use crate::store::types::StoreError;
use deadpool_postgres::GenericClient;
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
