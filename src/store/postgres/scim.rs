//! SCIM on PostgreSQL: a domain's SCIM user records, each written in one
//! transaction with the user and membership changes it brings, and the
//! domain's request log. Both tables go with their domain (foreign keys).

use super::decode;
use super::record_of;
use super::sql_count;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use crate::page::Page;
use crate::store::records::DomainRecord;
use crate::store::records::ScimLogRecord;
use crate::store::records::ScimUserRecord;
use crate::store::types::FilteredPage;
use crate::store::types::StoreError;
use deadpool_postgres::GenericClient;
use futures::StreamExt;
use uuid::Uuid;

impl PgStore {
    pub async fn domain_fetch_by_id(
        &self,
        domain_id: Uuid,
    ) -> Result<Option<DomainRecord>, StoreError> {
        self.read_one("SELECT record FROM domains WHERE id = $1", &[&domain_id])
            .await
    }

    pub async fn scim_user_fetch(
        &self,
        domain_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<ScimUserRecord>, StoreError> {
        self.read_one(
            "SELECT record FROM scim_users \
             WHERE domain_id = $1 AND user_id = $2",
            &[&domain_id, &user_id],
        )
        .await
    }

    /// The ids of a domain's SCIM log entries, oldest first.
    pub async fn scim_log_ids(
        &self,
        domain_id: Uuid,
    ) -> Result<Vec<Uuid>, StoreError> {
        let connection = self.connection().await?;
        let rows = connection
            .query_cached(
                "SELECT id FROM scim_logs WHERE domain_id = $1 ORDER BY id",
                &[&domain_id],
            )
            .await?;
        Ok(rows.iter().map(|row| row.get(0)).collect())
    }

    pub async fn scim_user_list_page(
        &self,
        domain_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<ScimUserRecord>, StoreError> {
        let connection = self.connection().await?;
        let items = connection
            .query_cached(
                "SELECT record FROM scim_users WHERE domain_id = $1 \
                 ORDER BY user_id OFFSET $2 LIMIT $3",
                &[&domain_id, &sql_count(offset), &sql_count(limit)],
            )
            .await?
            .iter()
            .map(|row| decode(row, 0))
            .collect::<Result<_, _>>()?;
        Ok(items)
    }

    pub async fn scim_log_page(
        &self,
        domain_id: Uuid,
        mut page: FilteredPage<'_, ScimLogRecord>,
    ) -> Result<Page<ScimLogRecord>, StoreError> {
        let connection = self.connection().await?;
        let statement = connection
            .prepare_cached(
                "SELECT record FROM scim_logs WHERE domain_id = $1 \
                 ORDER BY id DESC",
            )
            .await
            .map_err(TxError::from)?;
        let rows = connection
            .query_raw(&statement, [domain_id])
            .await
            .map_err(TxError::from)?;
        let mut rows = std::pin::pin!(rows);
        while let Some(row) = rows.next().await {
            let row = row.map_err(TxError::from)?;
            page.offer(record_of(&row)?);
        }
        Ok(page.finish())
    }
}
