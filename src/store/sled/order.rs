//! Order indexes: entries that hold a kind of record in the order its list
//! shows it, so that a page of a list is a bounded scan of keys rather
//! than a read of every record and a sort.
//!
//! | key                                                  | value       |
//! |------------------------------------------------------|-------------|
//! | `member_joined/` org_id joined_at user_id            | empty       |
//! | `role_member_joined/` org_id role_id joined_at id    | user_id     |
//! | `org_domain/` org_id domain (lowercase)              | domain_id   |
//! | `user_numeric/` numeric_id user_id                   | empty       |
//!
//! Times are microseconds since the epoch and numbers are signed 64-bit,
//! both written so that byte order is numeric order. Each entry is written
//! and removed in the same transaction as its record (by the record kind's
//! writer). Stores written before these indexes existed get them built
//! once at open ([`SledStore::order_indexes_build`]) from
//! [`ORDER_INDEXES`], which describes each (see `indexes.rs`); `orgbase
//! check` compares each with its records.

use super::layout::decode;
use super::layout::key;
use super::layout::organization_in;
use super::layout::Index;
use super::layout::DOMAIN;
use super::layout::MEMBER;
use super::layout::ROLE_MEMBER;
use super::layout::USER;
use super::records::DomainRecord;
use super::records::MembershipRecord;
use super::records::RoleMembershipRecord;
use super::records::UserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use chrono::DateTime;
use chrono::Utc;
use serde::de::DeserializeOwned;
use uuid::Uuid;

pub(super) const MEMBER_JOINED: &[u8] = b"member_joined/";
pub(super) const ROLE_MEMBER_JOINED: &[u8] = b"role_member_joined/";
pub(super) const ORG_DOMAIN: &[u8] = b"org_domain/";
pub(super) const USER_NUMERIC: &[u8] = b"user_numeric/";

/// Which generation of order indexes a store holds (absent: none).
pub(super) const BUILT: &[u8] = b"order_indexes";
const GENERATION: u32 = 1;

/// A signed number as bytes whose order is the numbers' order.
fn ordered(number: i64) -> [u8; 8] {
    ((number as u64) ^ (1 << 63)).to_be_bytes()
}

fn ordered_time(at: DateTime<Utc>) -> [u8; 8] {
    ordered(at.timestamp_micros())
}

pub(super) fn member_joined_key(
    organization_id: Uuid,
    membership: &MembershipRecord,
) -> Vec<u8> {
    key(
        MEMBER_JOINED,
        &[
            organization_id.as_bytes(),
            &ordered_time(membership.joined_at),
            membership.user_id.as_bytes(),
        ],
    )
}

pub(super) fn role_member_joined_key(
    organization_id: Uuid,
    member: &RoleMembershipRecord,
) -> Vec<u8> {
    key(
        ROLE_MEMBER_JOINED,
        &[
            organization_id.as_bytes(),
            member.role_id.as_bytes(),
            &ordered_time(member.joined_at),
            member.id.as_bytes(),
        ],
    )
}

pub(super) fn org_domain_key(domain: &DomainRecord) -> Vec<u8> {
    key(
        ORG_DOMAIN,
        &[domain.organization_id.as_bytes(), domain.domain.as_bytes()],
    )
}

pub(super) fn user_numeric_key(user: &UserRecord) -> Vec<u8> {
    key(USER_NUMERIC, &[&ordered(user.numeric_id), user.id.as_bytes()])
}

pub(super) const ORDER_INDEXES: &[Index] = &[
    Index {
        name: "member_joined_index",
        prefix: MEMBER_JOINED,
        records: MEMBER,
        entries: |at, value| {
            let membership: MembershipRecord = decode(value)?;
            let organization_id = organization_in(at, MEMBER)?;
            Ok(vec![(
                member_joined_key(organization_id, &membership),
                Vec::new(),
            )])
        },
    },
    Index {
        name: "role_member_joined_index",
        prefix: ROLE_MEMBER_JOINED,
        records: ROLE_MEMBER,
        entries: |at, value| {
            let member: RoleMembershipRecord = decode(value)?;
            let organization_id = organization_in(at, ROLE_MEMBER)?;
            Ok(vec![(
                role_member_joined_key(organization_id, &member),
                member.user_id.as_bytes().to_vec(),
            )])
        },
    },
    Index {
        name: "org_domain_index",
        prefix: ORG_DOMAIN,
        records: DOMAIN,
        entries: |_, value| {
            let domain: DomainRecord = decode(value)?;
            Ok(vec![(org_domain_key(&domain), domain.id.as_bytes().to_vec())])
        },
    },
    Index {
        name: "user_numeric_index",
        prefix: USER_NUMERIC,
        records: USER,
        entries: |_, value| {
            let user: UserRecord = decode(value)?;
            Ok(vec![(user_numeric_key(&user), Vec::new())])
        },
    },
];

impl SledStore {
    /// Builds every order index from its records, once, for a store
    /// written before they existed: at open, before any request.
    pub(super) fn order_indexes_build(&self) -> Result<(), StoreError> {
        if self.db.get(BUILT)?.is_some() {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        let mut entries = 0;
        for index in ORDER_INDEXES {
            for stale in self.scan_keys(index.prefix)? {
                batch.remove(stale);
            }
            for (entry, value) in self.index_entries_wanted(index)? {
                batch.insert(entry, value);
                entries += 1;
            }
        }
        batch.insert(BUILT, &GENERATION.to_be_bytes());
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        slog::info!(self.log, "built the order indexes"; "entries" => entries);
        Ok(())
    }

    /// The entries under `prefix` from `offset` on (at most `limit`), in
    /// key order or its reverse, with the number under `prefix` (which
    /// counts keys and decodes nothing).
    pub(super) fn page_of_entries(
        &self,
        prefix: &[u8],
        reverse: bool,
        offset: u64,
        limit: u64,
    ) -> Result<Page<(sled::IVec, sled::IVec)>, StoreError> {
        let count = self.db.scan_prefix(prefix).count() as u64;
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        let take = usize::try_from(limit).unwrap_or(usize::MAX);
        let scan = self.db.scan_prefix(prefix);
        let items = if reverse {
            scan.rev().skip(skip).take(take).collect::<Result<_, _>>()?
        } else {
            scan.skip(skip).take(take).collect::<Result<_, _>>()?
        };
        Ok(Page { count, items })
    }

    /// As [`SledStore::page_of_entries`], for index entries: the records
    /// they name (`record_key` of an entry's key and value), skipping any
    /// removed since the scan.
    pub(super) fn page_of_records<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
        reverse: bool,
        offset: u64,
        limit: u64,
        record_key: impl Fn(&[u8], &[u8]) -> Result<Vec<u8>, StoreError>,
    ) -> Result<Page<T>, StoreError> {
        let page = self.page_of_entries(prefix, reverse, offset, limit)?;
        let mut records = Vec::with_capacity(page.items.len());
        for (at, value) in &page.items {
            records.extend(self.fetch(&record_key(at, value)?)?);
        }
        Ok(Page { count: page.count, items: records })
    }
}
