//! Proxy records on PostgreSQL: the domain is unique across organizations
//! by its column's constraint; the per-organization limit is counted in
//! the insert's transaction after locking the organization's row, so two
//! concurrent inserts cannot both pass it; `status` and `next_check_at`
//! are columns for the provisioning task's query of what is due.

use super::sql_count;
use super::PgStore;
use crate::store::records::ProxyRecord;
use crate::store::types::StoreError;
use chrono::DateTime;
use chrono::Utc;

impl PgStore {
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
