//! Export and import on sled: every record read by prefix, and an import
//! written in one transaction with the indexes each record needs, so that
//! it lands whole or not at all.
//!
//! Numeric ids (users, projects) come with the records, and sled's own id
//! generator starts afresh in a new directory: the import stores the
//! largest imported id as an offset (`id_offset`) that `next_id` adds, so
//! that new ids never meet imported ones.

use super::layout::decode;
use super::layout::CIMD;
use super::layout::DOMAIN;
use super::layout::INVITE;
use super::layout::KEY;
use super::layout::MEMBER;
use super::layout::ORG;
use super::layout::PROXY;
use super::layout::ROLE;
use super::layout::ROLE_MEMBER;
use super::layout::ROLE_REF;
use super::layout::SCIM_LOG;
use super::layout::SCIM_USER;
use super::layout::USER;
use super::SledStore;
use super::StoreError;
use crate::store::tx;
use crate::store::types::ExportRecord;
use crate::store::types::Unreadable;
use serde::de::DeserializeOwned;

impl SledStore {
    /// Every record under `prefix`, with its key; one that does not
    /// decode is an error, or left out, as `unreadable` says.
    fn all<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
        unreadable: Unreadable,
    ) -> Result<Vec<(sled::IVec, T)>, StoreError> {
        let mut all = Vec::new();
        for entry in self.db.scan_prefix(prefix) {
            let (at, value) = entry?;
            match (decode(&value), unreadable) {
                (Ok(record), _) => all.push((at, record)),
                (Err(_), Unreadable::Skip) => {}
                (Err(error), Unreadable::Refuse) => return Err(error),
            }
        }
        Ok(all)
    }

    /// Every record, in [`ExportRecord`]'s order.
    pub fn export(
        &self,
        unreadable: Unreadable,
    ) -> Result<Vec<ExportRecord>, StoreError> {
        let organization_of = |at: &[u8], prefix: &[u8]| {
            super::layout::uuid_from(&at[prefix.len()..][..16])
        };
        let mut records = Vec::new();
        for (_, record) in self.all(USER, unreadable)? {
            records.push(ExportRecord::User { record });
        }
        for (_, record) in self.all(KEY, unreadable)? {
            records.push(ExportRecord::ApiKey { record });
        }
        for (_, record) in self.all(ORG, unreadable)? {
            records.push(ExportRecord::Organization { record });
        }
        for (at, record) in self.all(MEMBER, unreadable)? {
            let organization_id = organization_of(&at, MEMBER)?;
            records.push(ExportRecord::Membership { organization_id, record });
        }
        for (_, record) in self.all(INVITE, unreadable)? {
            records.push(ExportRecord::Invite { record });
        }
        for (_, record) in self.all(ROLE, unreadable)? {
            records.push(ExportRecord::Role { record });
        }
        for (at, record) in self.all(ROLE_MEMBER, unreadable)? {
            let organization_id = organization_of(&at, ROLE_MEMBER)?;
            records.push(ExportRecord::RoleMember { organization_id, record });
        }
        for (_, record) in self.all(CIMD, unreadable)? {
            records.push(ExportRecord::CimdToken { record });
        }
        for (_, record) in self.all(DOMAIN, unreadable)? {
            records.push(ExportRecord::Domain { record });
        }
        for (_, record) in self.all(ROLE_REF, unreadable)? {
            records.push(ExportRecord::RoleExternalReference { record });
        }
        for (_, record) in self.all(PROXY, unreadable)? {
            records.push(ExportRecord::ProxyRecord { record });
        }
        for (_, record) in self.all(SCIM_USER, unreadable)? {
            records.push(ExportRecord::ScimUser { record });
        }
        for (_, record) in self.all(SCIM_LOG, unreadable)? {
            records.push(ExportRecord::ScimLog { record });
        }
        Ok(records)
    }

    /// Writes `records` into this store, which must hold no user: in one
    /// transaction (`tx::import`), then flushed.
    pub async fn import(
        &self,
        records: &[ExportRecord],
    ) -> Result<(), StoreError> {
        let records = records.to_vec();
        self.change(async move |tx| tx::import(tx, &records).await).await?;
        // Ids taken before the offset was set may be imported ones.
        self.ids.clear();
        Ok(())
    }
}
