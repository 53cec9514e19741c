//! Export and import on sled: every record read by prefix, and an import
//! written in one transaction with the indexes each record needs, so that
//! it lands whole or not at all.
//!
//! Numeric ids (users, projects) come with the records, and sled's own id
//! generator starts afresh in a new directory: the import stores the
//! largest imported id as an offset (`id_offset`) that `next_id` adds, so
//! that new ids never meet imported ones.

use super::api_keys::api_key_insert_tx;
use super::cimd::hash_key;
use super::cimd::token_key;
use super::decode;
use super::domains::domain_key;
use super::domains::name_key;
use super::encode;
use super::key;
use super::organizations::membership_insert_tx;
use super::roles::role_key;
use super::roles::role_member_key;
use super::roles::role_name_key;
use super::SledStore;
use super::StoreError;
use super::CIMD;
use super::DOMAIN;
use super::INVITE;
use super::INVITE_ID;
use super::KEY;
use super::MEMBER;
use super::ORG;
use super::ORG_SLUG;
use super::ROLE;
use super::ROLE_MEMBER;
use super::USER;
use super::USER_EMAIL;
use crate::store::ExportRecord;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// The key of the numeric-id offset (see the module docs).
pub(super) const ID_OFFSET: &[u8] = b"id_offset";

impl SledStore {
    /// Every record under `prefix`, with its key.
    fn all<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
    ) -> Result<Vec<(sled::IVec, T)>, StoreError> {
        self.db
            .scan_prefix(prefix)
            .map(|entry| {
                let (at, value) = entry?;
                Ok((at, decode(&value)?))
            })
            .collect()
    }

    /// Every record, in [`ExportRecord`]'s order.
    pub fn export(&self) -> Result<Vec<ExportRecord>, StoreError> {
        let organization_of = |at: &[u8], prefix: &[u8]| {
            super::uuid_from(&at[prefix.len()..][..16])
        };
        let mut records = Vec::new();
        for (_, record) in self.all(USER)? {
            records.push(ExportRecord::User { record });
        }
        for (_, record) in self.all(KEY)? {
            records.push(ExportRecord::ApiKey { record });
        }
        for (_, record) in self.all(ORG)? {
            records.push(ExportRecord::Organization { record });
        }
        for (at, record) in self.all(MEMBER)? {
            let organization_id = organization_of(&at, MEMBER)?;
            records.push(ExportRecord::Membership { organization_id, record });
        }
        for (_, record) in self.all(INVITE)? {
            records.push(ExportRecord::Invite { record });
        }
        for (_, record) in self.all(ROLE)? {
            records.push(ExportRecord::Role { record });
        }
        for (at, record) in self.all(ROLE_MEMBER)? {
            let organization_id = organization_of(&at, ROLE_MEMBER)?;
            records.push(ExportRecord::RoleMember { organization_id, record });
        }
        for (_, record) in self.all(CIMD)? {
            records.push(ExportRecord::CimdToken { record });
        }
        for (_, record) in self.all(DOMAIN)? {
            records.push(ExportRecord::Domain { record });
        }
        Ok(records)
    }

    /// Writes `records` into this store, which must hold no user: in one
    /// transaction, then flushed.
    pub async fn import(
        &self,
        records: &[ExportRecord],
    ) -> Result<(), StoreError> {
        if self.user_any()? {
            return Err(StoreError::NotEmpty);
        }
        let id_offset = records
            .iter()
            .flat_map(|record| match record {
                ExportRecord::User { record } => vec![record.numeric_id],
                ExportRecord::Organization { record } => {
                    record.projects.iter().map(|project| project.id).collect()
                }
                _ => Vec::new(),
            })
            .max()
            .unwrap_or(0)
            .max(0) as u64;
        self.db.transaction(|tx| {
            let set = |at: Vec<u8>, value: &[u8]| tx.insert(at, value);
            for record in records {
                match record {
                    ExportRecord::User { record } => {
                        set(
                            key(USER, &[record.id.as_bytes()]),
                            &encode(record),
                        )?;
                        set(
                            key(
                                USER_EMAIL,
                                &[record.email.to_lowercase().as_bytes()],
                            ),
                            record.id.as_bytes(),
                        )?;
                    }
                    ExportRecord::ApiKey { record } => {
                        api_key_insert_tx(tx, record)?;
                    }
                    ExportRecord::Organization { record } => {
                        set(
                            key(ORG, &[record.id.as_bytes()]),
                            &encode(record),
                        )?;
                        set(
                            key(ORG_SLUG, &[record.slug.as_bytes()]),
                            record.id.as_bytes(),
                        )?;
                    }
                    ExportRecord::Membership { organization_id, record } => {
                        membership_insert_tx(tx, *organization_id, record)?;
                    }
                    ExportRecord::Invite { record } => {
                        let ids = [record.organization_id, record.id];
                        set(
                            key(
                                INVITE,
                                &[ids[0].as_bytes(), ids[1].as_bytes()],
                            ),
                            &encode(record),
                        )?;
                        set(
                            key(INVITE_ID, &[record.id.as_bytes()]),
                            record.organization_id.as_bytes(),
                        )?;
                    }
                    ExportRecord::Role { record } => {
                        set(
                            role_key(record.organization_id, record.id),
                            &encode(record),
                        )?;
                        set(
                            role_name_key(record.organization_id, &record.name),
                            record.id.as_bytes(),
                        )?;
                    }
                    ExportRecord::RoleMember { organization_id, record } => {
                        set(
                            role_member_key(
                                *organization_id,
                                record.role_id,
                                record.user_id,
                            ),
                            &encode(record),
                        )?;
                    }
                    ExportRecord::CimdToken { record } => {
                        set(
                            token_key(record.organization_id, record.id),
                            &encode(record),
                        )?;
                        set(
                            hash_key(&record.secure_value),
                            &owned_ids(record.organization_id, record.id),
                        )?;
                    }
                    ExportRecord::Domain { record } => {
                        set(
                            domain_key(record.organization_id, record.id),
                            &encode(record),
                        )?;
                        set(
                            name_key(&record.domain),
                            &owned_ids(record.organization_id, record.id),
                        )?;
                    }
                }
            }
            set(ID_OFFSET.to_vec(), &id_offset.to_be_bytes())?;
            Ok(())
        })?;
        self.count_all()?;
        self.flush().await
    }
}

/// An index value naming an object under its organization.
fn owned_ids(organization_id: Uuid, id: Uuid) -> Vec<u8> {
    [organization_id.as_bytes().as_slice(), id.as_bytes()].concat()
}
