//! Proxy records, and the global index that keeps each proxy domain in one
//! organization only. The per-organization limit is checked in the
//! insert's transaction against a count taken just before it, which holds
//! because every insert and removal bumps the organization's revision and
//! the transaction checks that the revision has not moved.

use super::layout::decode;
use super::layout::PROXY;
use super::records::ProxyRecord;
use super::SledStore;
use super::StoreError;
use chrono::DateTime;
use chrono::Utc;

impl SledStore {
    /// Records the provisioning task should look at by `now`: a scan of
    /// every proxy record (there are at most a few per organization).
    pub fn proxy_record_list_due(
        &self,
        now: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        let mut due = Vec::new();
        for value in self.db.scan_prefix(PROXY).values() {
            let record: ProxyRecord = decode(&value?)?;
            if record.status.is_pending() && record.next_check_at <= now {
                due.push(record);
            }
        }
        due.sort_by_key(|record| (record.next_check_at, record.id));
        due.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(due)
    }
}
