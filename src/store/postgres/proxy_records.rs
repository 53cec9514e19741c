//! Proxy records on PostgreSQL: the domain is unique across organizations
//! by its column's constraint; the per-organization limit is counted in
//! the insert's transaction after locking the organization's row, so two
//! concurrent inserts cannot both pass it; `status` and `next_check_at`
//! are columns for the provisioning task's query of what is due.

use super::json;
use super::sql_count;
use super::statements::CachedStatements;
use super::PgStore;
use crate::store::records::ProxyRecord;
use crate::store::types::StoreError;
use chrono::DateTime;
use chrono::Utc;
use deadpool_postgres::GenericClient;
use uuid::Uuid;

impl PgStore {
    pub async fn proxy_record_list(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        self.read_all(
            "SELECT record FROM proxy_records WHERE organization_id = $1 \
             ORDER BY id DESC",
            &[&organization_id],
        )
        .await
    }

    pub async fn proxy_record_fetch(
        &self,
        organization_id: Uuid,
        id: Uuid,
    ) -> Result<Option<ProxyRecord>, StoreError> {
        self.read_one(
            "SELECT record FROM proxy_records \
             WHERE id = $1 AND organization_id = $2",
            &[&id, &organization_id],
        )
        .await
    }

    pub async fn proxy_record_list_due(
        &self,
        now: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        self.read_all(
            "SELECT record FROM proxy_records \
             WHERE status IN ('waiting', 'deleting') AND next_check_at <= $1 \
             ORDER BY next_check_at, id LIMIT $2",
            &[&now, &sql_count(limit)],
        )
        .await
    }
}

pub(super) async fn proxy_record_insert_row(
    tx: &impl GenericClient,
    record: &ProxyRecord,
) -> Result<(), tokio_postgres::Error> {
    tx.execute_cached(
        "INSERT INTO proxy_records \
         (id, organization_id, domain, status, next_check_at, record) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            &record.id,
            &record.organization_id,
            &record.domain,
            &record.status.as_str(),
            &record.next_check_at,
            &json(record),
        ],
    )
    .await?;
    Ok(())
}
