//! What each index should hold. An index is a set of entries made from
//! records of one kind: an [`Index`] names where its entries live, where
//! its records live, and the entries (key and value) a record wants,
//! computed with the key functions its writers use. The writers write and
//! remove the entries with their records, in one transaction; this module
//! writes nothing. It serves what reads an index whole: `orgbase check`
//! compares every index with its records through one function
//! ([`SledStore::index_differences`]), and the store builds the order
//! indexes from their records at open (`order.rs`).
//!
//! Two tables list the indexes: `ORDER_INDEXES` (in `order.rs`), the
//! entries that hold lists in the order they are shown, which stores
//! written before them get at open; and [`LOOKUP_INDEXES`], every other
//! index (a record found by another key than its own, a name kept unique,
//! and the list order of role external references, which was written with
//! its records from the start).

use super::api_keys;
use super::cimd;
use super::domains;
use super::invites::invite_id_key;
use super::layout::decode;
use super::layout::organization_in;
use super::layout::owned_ids;
use super::layout::Entry;
use super::layout::Index;
use super::layout::CIMD;
use super::layout::CIMD_HASH;
use super::layout::DOMAIN;
use super::layout::DOMAIN_ID;
use super::layout::DOMAIN_NAME;
use super::layout::INVITE;
use super::layout::INVITE_ID;
use super::layout::KEY;
use super::layout::KEY_HASH;
use super::layout::MEMBER;
use super::layout::ORG;
use super::layout::ORG_SLUG;
use super::layout::PROXY;
use super::layout::PROXY_DOMAIN;
use super::layout::ROLE;
use super::layout::ROLE_NAME;
use super::layout::ROLE_REF;
use super::layout::ROLE_REF_KEY;
use super::layout::ROLE_REF_ORDER;
use super::layout::USER;
use super::layout::USER_EMAIL;
use super::layout::USER_KEY;
use super::layout::USER_ORG;
use super::organizations::slug_key;
use super::organizations::user_org_key;
use super::proxy_records::proxy_domain_key;
use super::records::ApiKeyRecord;
use super::records::CimdTokenRecord;
use super::records::DomainRecord;
use super::records::InviteRecord;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::ProxyRecord;
use super::records::RoleExternalReferenceRecord;
use super::records::RoleRecord;
use super::records::UserRecord;
use super::role_external_references::order_key;
use super::role_external_references::unique_keys;
use super::roles::role_name_key;
use super::users::email_key;
use super::SledStore;
use super::StoreError;
use std::collections::BTreeMap;
use uuid::Uuid;

/// A record's id as an entry's value.
fn id_value(id: Uuid) -> Vec<u8> {
    id.as_bytes().to_vec()
}

pub(super) const LOOKUP_INDEXES: &[Index] = &[
    Index {
        name: "user_email_index",
        prefix: USER_EMAIL,
        records: USER,
        entries: |_, value| {
            let user: UserRecord = decode(value)?;
            Ok(vec![(email_key(&user.email), id_value(user.id))])
        },
    },
    Index {
        name: "key_hash_index",
        prefix: KEY_HASH,
        records: KEY,
        entries: |_, value| {
            let api_key: ApiKeyRecord = decode(value)?;
            let hash = api_keys::hash_key(&api_key.secure_value);
            Ok(vec![(hash, id_value(api_key.id))])
        },
    },
    Index {
        name: "user_key_index",
        prefix: USER_KEY,
        records: KEY,
        entries: |_, value| {
            let api_key: ApiKeyRecord = decode(value)?;
            let listed = api_keys::user_key(api_key.user_id, api_key.id);
            Ok(vec![(listed, Vec::new())])
        },
    },
    Index {
        name: "org_slug_index",
        prefix: ORG_SLUG,
        records: ORG,
        entries: |_, value| {
            let organization: OrganizationRecord = decode(value)?;
            let slug = slug_key(&organization.slug);
            Ok(vec![(slug, id_value(organization.id))])
        },
    },
    Index {
        name: "user_org_index",
        prefix: USER_ORG,
        records: MEMBER,
        entries: |at, value| {
            let membership: MembershipRecord = decode(value)?;
            let organization_id = organization_in(at, MEMBER)?;
            let listed = user_org_key(membership.user_id, organization_id);
            Ok(vec![(listed, Vec::new())])
        },
    },
    Index {
        name: "invite_id_index",
        prefix: INVITE_ID,
        records: INVITE,
        entries: |_, value| {
            let invite: InviteRecord = decode(value)?;
            let id = invite_id_key(invite.id);
            Ok(vec![(id, id_value(invite.organization_id))])
        },
    },
    Index {
        name: "role_name_index",
        prefix: ROLE_NAME,
        records: ROLE,
        entries: |_, value| {
            let role: RoleRecord = decode(value)?;
            let name = role_name_key(role.organization_id, &role.name);
            Ok(vec![(name, id_value(role.id))])
        },
    },
    Index {
        name: "cimd_hash_index",
        prefix: CIMD_HASH,
        records: CIMD,
        entries: |_, value| {
            let token: CimdTokenRecord = decode(value)?;
            let hash = cimd::hash_key(&token.secure_value);
            Ok(vec![(hash, owned_ids(token.organization_id, token.id))])
        },
    },
    Index {
        name: "domain_name_index",
        prefix: DOMAIN_NAME,
        records: DOMAIN,
        entries: |_, value| {
            let domain: DomainRecord = decode(value)?;
            let name = domains::name_key(&domain.domain);
            Ok(vec![(name, owned_ids(domain.organization_id, domain.id))])
        },
    },
    Index {
        name: "domain_id_index",
        prefix: DOMAIN_ID,
        records: DOMAIN,
        entries: |_, value| {
            let domain: DomainRecord = decode(value)?;
            let id = domains::id_key(domain.id);
            Ok(vec![(id, id_value(domain.organization_id))])
        },
    },
    Index {
        name: "proxy_domain_index",
        prefix: PROXY_DOMAIN,
        records: PROXY,
        entries: |_, value| {
            let record: ProxyRecord = decode(value)?;
            let domain = proxy_domain_key(&record.domain);
            Ok(vec![(domain, owned_ids(record.organization_id, record.id))])
        },
    },
    Index {
        name: "role_ref_key_index",
        prefix: ROLE_REF_KEY,
        records: ROLE_REF,
        entries: |_, value| {
            let reference: RoleExternalReferenceRecord = decode(value)?;
            let keys = unique_keys(&reference).into_iter();
            Ok(keys.map(|unique| (unique, id_value(reference.id))).collect())
        },
    },
    Index {
        name: "role_ref_order_index",
        prefix: ROLE_REF_ORDER,
        records: ROLE_REF,
        entries: |_, value| {
            let reference: RoleExternalReferenceRecord = decode(value)?;
            Ok(vec![(order_key(&reference), Vec::new())])
        },
    },
];

/// Where an index and its records disagree, at one entry. Records are
/// named by their keys.
#[derive(Debug, PartialEq)]
pub(super) enum Difference {
    /// No record wants the entry.
    Stray,
    /// A record wants the entry with another value.
    WrongValue { record: Vec<u8> },
    /// These records want the entry, which is absent.
    Missing { records: Vec<Vec<u8>> },
    /// These records want the entry too, besides the one whose value it
    /// holds: an entry only one record may have (a name, an address) that
    /// several claim.
    Shared { records: Vec<Vec<u8>> },
}

/// An entry an index should hold: the value that the first record
/// wanting it (in key order) gives it, and every such record.
struct Wanted {
    value: Vec<u8>,
    records: Vec<Vec<u8>>,
}

impl SledStore {
    /// The entries `index` should hold, from its records (those that do
    /// not decode are left to the checks of their own kind).
    fn index_wanted(
        &self,
        index: &Index,
    ) -> Result<BTreeMap<Vec<u8>, Wanted>, StoreError> {
        let mut wanted = BTreeMap::<Vec<u8>, Wanted>::new();
        for record in self.db.scan_prefix(index.records) {
            let (at, value) = record?;
            let Ok(entries) = (index.entries)(&at, &value) else {
                continue;
            };
            for (entry, value) in entries {
                wanted
                    .entry(entry)
                    .or_insert_with(|| Wanted { value, records: Vec::new() })
                    .records
                    .push(at.to_vec());
            }
        }
        Ok(wanted)
    }

    /// The entries (key and value) `index` should hold, from its records.
    pub(super) fn index_entries_wanted(
        &self,
        index: &Index,
    ) -> Result<Vec<Entry>, StoreError> {
        let wanted = self.index_wanted(index)?;
        Ok(wanted
            .into_iter()
            .map(|(entry, wanted)| (entry, wanted.value))
            .collect())
    }

    /// Where `index` and its records disagree: each entry that is stray,
    /// missing, holds the wrong value or is wanted by several records.
    pub(super) fn index_differences(
        &self,
        index: &Index,
    ) -> Result<Vec<(Vec<u8>, Difference)>, StoreError> {
        let mut wanted = self.index_wanted(index)?;
        let mut differences = Vec::new();
        for entry in self.db.scan_prefix(index.prefix) {
            let (at, value) = entry?;
            let Some(Wanted { value: expected, mut records }) =
                wanted.remove(at.as_ref())
            else {
                differences.push((at.to_vec(), Difference::Stray));
                continue;
            };
            let first = records.remove(0);
            if expected != value.as_ref() {
                let record = first;
                differences
                    .push((at.to_vec(), Difference::WrongValue { record }));
            }
            if !records.is_empty() {
                differences.push((at.to_vec(), Difference::Shared { records }));
            }
        }
        differences.extend(wanted.into_iter().map(|(missing, wanted)| {
            (missing, Difference::Missing { records: wanted.records })
        }));
        Ok(differences)
    }
}
