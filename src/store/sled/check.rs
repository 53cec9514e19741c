//! The store's invariants, checked offline (`orgbase check`) or on a
//! quiescent store (tests): every index entry has its record and every
//! record its index entries, every organization keeps an owner and its
//! counts match its memberships, a user's current organization is theirs,
//! everything under an organization (invites, roles and their members,
//! CIMD tokens, domains, role external references, proxy records) belongs
//! to one that exists, a domain's SCIM users and log entries belong to a
//! domain of their organization (and SCIM users to a user), a default role
//! and a referenced role are roles of their organization, and every record
//! decodes.
//!
//! ## Why a checker
//! The store keeps these invariants by writing every multi-key change in
//! one transaction. A crash, a bug in a new write path or a hand-edited
//! data directory could still break them, and nothing on the request path
//! would notice until a user did. The crash test runs this after every
//! kill; an operator can run it on a stopped server's directory.
//!
//! ## Shape
//! Each invariant is one small function in [`INVARIANTS`] that scans what
//! it needs and reports each broken instance as a [`Violation`]. A new key
//! prefix gets its own function (record decodes, index <-> record both
//! ways) and one line in the table. The order indexes (`order.rs`) are
//! all compared with their records by one function, each under its own
//! invariant name. The checker never stops at the first problem: it
//! reports everything it finds.

use super::decode;
use super::key;
use super::order::ORDER_INDEXES;
use super::organizations::count_from;
use super::records::ApiKeyRecord;
use super::records::CimdTokenRecord;
use super::records::DomainRecord;
use super::records::InviteRecord;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::ProxyRecord;
use super::records::RoleExternalReferenceRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::records::ScimLogRecord;
use super::records::ScimUserRecord;
use super::records::UserRecord;
use super::role_external_references::order_key;
use super::role_external_references::unique_keys;
use super::roles::role_key;
use super::roles::role_name_key;
use super::uuid_from;
use super::SledStore;
use super::StoreError;
use super::CIMD;
use super::CIMD_HASH;
use super::DOMAIN;
use super::DOMAIN_ID;
use super::DOMAIN_NAME;
use super::INVITE;
use super::INVITE_ID;
use super::KEY;
use super::KEY_HASH;
use super::MEMBER;
use super::ORG;
use super::ORG_SLUG;
use super::PROXY;
use super::PROXY_DOMAIN;
use super::ROLE;
use super::ROLE_MEMBER;
use super::ROLE_NAME;
use super::ROLE_REF;
use super::ROLE_REF_KEY;
use super::ROLE_REF_ORDER;
use super::SCIM_LOG;
use super::SCIM_USER;
use super::USER;
use super::USER_EMAIL;
use super::USER_KEY;
use super::USER_ORG;
use super::USER_ORG_COUNT;
use crate::store::records::LEVEL_OWNER;
use crate::store::Violation;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Collects the violations one invariant finds.
struct Report<'a> {
    invariant: &'static str,
    found: &'a mut Vec<Violation>,
}

impl Report<'_> {
    /// Reports `missing` at `at` unless `target` exists.
    fn require(
        &mut self,
        store: &SledStore,
        at: &[u8],
        target: &[u8],
        missing: impl FnOnce() -> String,
    ) -> Result<(), StoreError> {
        if !store.db.contains_key(target)? {
            self.violation(at, missing());
        }
        Ok(())
    }

    fn violation(&mut self, at: &[u8], detail: impl Into<String>) {
        self.found.push(Violation {
            invariant: self.invariant,
            key: printable(at),
            detail: detail.into(),
        });
    }
}

type Invariant = fn(&SledStore, &mut Report) -> Result<(), StoreError>;

/// Every invariant, by name. Add a line here for each new one.
const INVARIANTS: &[(&str, Invariant)] = &[
    ("users_decode", users_decode),
    ("user_email_index", user_email_index),
    ("api_keys_decode", api_keys_decode),
    ("api_key_indexes", api_key_indexes),
    ("organizations_decode", organizations_decode),
    ("org_slug_index", org_slug_index),
    ("memberships", memberships),
    ("user_org_index", user_org_index),
    ("user_org_count", user_org_count),
    ("organization_counts", organization_counts),
    ("invites", invites),
    ("invite_id_index", invite_id_index),
    ("roles", roles),
    ("role_name_index", role_name_index),
    ("role_members", role_members),
    ("default_roles", default_roles),
    ("cimd_tokens", cimd_tokens),
    ("cimd_hash_index", cimd_hash_index),
    ("domains", domains),
    ("domain_name_index", domain_name_index),
    ("role_external_references", role_external_references),
    ("role_ref_key_index", role_ref_key_index),
    ("role_ref_order_index", role_ref_order_index),
    ("proxy_records", proxy_records),
    ("proxy_domain_index", proxy_domain_index),
    ("domain_id_index", domain_id_index),
    ("scim_users", scim_users),
    ("scim_logs", scim_logs),
];

impl SledStore {
    /// Checks every invariant of the store and returns what is broken
    /// (empty: all hold). Meant for a store nobody writes to meanwhile:
    /// the scans are not one snapshot.
    pub fn check(&self) -> Result<Vec<Violation>, StoreError> {
        let mut found = Vec::new();
        for (invariant, check) in INVARIANTS {
            check(self, &mut Report { invariant, found: &mut found })?;
        }
        for index in ORDER_INDEXES {
            let mut report =
                Report { invariant: index.name, found: &mut found };
            for (at, detail) in self.order_index_differences(index)? {
                report.violation(&at, detail);
            }
        }
        Ok(found)
    }

    /// Every entry under `prefix` as (key, value), in key order.
    fn entries(
        &self,
        prefix: &[u8],
    ) -> impl Iterator<Item = Result<(sled::IVec, sled::IVec), StoreError>> + '_
    {
        self.db.scan_prefix(prefix).map(|entry| Ok(entry?))
    }

    /// Every record under `prefix` that decodes, with its key; those that
    /// do not are reported.
    fn records<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
        report: &mut Report,
    ) -> Result<Vec<(Vec<u8>, T)>, StoreError> {
        let mut records = Vec::new();
        for (at, decoded) in self.decoded(prefix)? {
            match decoded {
                Ok(record) => records.push((at, record)),
                Err(error) => report.violation(&at, error.to_string()),
            }
        }
        Ok(records)
    }

    /// Every entry under `prefix`, decoded or not.
    #[allow(clippy::type_complexity)]
    fn decoded<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
    ) -> Result<Vec<(Vec<u8>, Result<T, StoreError>)>, StoreError> {
        self.entries(prefix)
            .map(|entry| {
                let (at, value) = entry?;
                Ok((at.to_vec(), decode(&value)))
            })
            .collect()
    }
}

/// The two ids a key ends with (after `prefix`), or a report that it
/// does not.
fn two_ids_after(
    at: &[u8],
    prefix: &[u8],
    report: &mut Report,
) -> Option<(Uuid, Uuid)> {
    two_ids(&at[prefix.len()..]).or_else(|| {
        report.violation(at, "key does not end in two ids");
        None
    })
}

fn two_ids(bytes: &[u8]) -> Option<(Uuid, Uuid)> {
    if bytes.len() != 32 {
        return None;
    }
    Some((uuid_from(&bytes[..16]).ok()?, uuid_from(&bytes[16..]).ok()?))
}

/// The id a one-id key (`user/`, `org/`, ...) names.
fn single_id(at: &[u8], prefix: &[u8]) -> Option<Uuid> {
    Uuid::from_slice(&at[prefix.len()..]).ok()
}

/// Reports a record whose key does not name its own id.
fn check_own_id(at: &[u8], prefix: &[u8], id: Uuid, report: &mut Report) {
    if single_id(at, prefix) != Some(id) {
        report.violation(at, format!("record id {id} differs from its key"));
    }
}

/// `user/` records: they decode, have their `user_email/` entry, and their
/// current organization (if any) is one they belong to.
fn users_decode(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, user) in store.records::<UserRecord>(USER, report)? {
        check_own_id(&at, USER, user.id, report);
        if let Some(org_id) = user.current_organization {
            let membership =
                key(MEMBER, &[org_id.as_bytes(), user.id.as_bytes()]);
            report.require(store, &at, &membership, || {
                format!("current organization {org_id} is not theirs")
            })?;
        }
        let email = user.email.to_lowercase();
        if !indexed_as(store, USER_EMAIL, email.as_bytes(), user.id)? {
            report.violation(&at, format!("no user_email/ entry for {email}"));
        }
    }
    Ok(())
}

/// Whether `index_prefix` + `part` holds exactly `id`.
fn indexed_as(
    store: &SledStore,
    index_prefix: &[u8],
    part: &[u8],
    id: Uuid,
) -> Result<bool, StoreError> {
    Ok(store
        .db
        .get(key(index_prefix, &[part]))?
        .is_some_and(|value| value.as_ref() == id.as_bytes()))
}

fn user_email_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    text_index(store, report, USER_EMAIL, SledStore::user_fetch, |user| {
        user.email.to_lowercase()
    })
}

/// An index from text to a record id (`prefix` text -> id): each entry
/// names a record whose text (`text_of`) is the entry's.
fn text_index<T>(
    store: &SledStore,
    report: &mut Report,
    prefix: &[u8],
    fetch: impl Fn(&SledStore, Uuid) -> Result<Option<T>, StoreError>,
    text_of: impl Fn(&T) -> String,
) -> Result<(), StoreError> {
    for entry in store.entries(prefix) {
        let (at, value) = entry?;
        let text = String::from_utf8_lossy(&at[prefix.len()..]);
        match uuid_from(&value).and_then(|id| fetch(store, id)) {
            Ok(Some(record)) if text_of(&record) == text => {}
            Ok(Some(record)) => report
                .violation(&at, format!("its record has {}", text_of(&record))),
            Ok(None) => report.violation(&at, "no such record"),
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    Ok(())
}

fn api_keys_decode(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, api_key) in store.records::<ApiKeyRecord>(KEY, report)? {
        check_own_id(&at, KEY, api_key.id, report);
        let hash = api_key.secure_value.as_bytes();
        if !indexed_as(store, KEY_HASH, hash, api_key.id)? {
            report.violation(&at, "no key_hash/ entry for it");
        }
        let user_key =
            key(USER_KEY, &[api_key.user_id.as_bytes(), api_key.id.as_bytes()]);
        report.require(store, &at, &user_key, || {
            "no user_key/ entry for it".into()
        })?;
        report.require(
            store,
            &at,
            &key(USER, &[api_key.user_id.as_bytes()]),
            || format!("no user {}", api_key.user_id),
        )?;
    }
    Ok(())
}

fn api_key_indexes(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    text_index(store, report, KEY_HASH, SledStore::api_key_fetch, |api_key| {
        api_key.secure_value.clone()
    })?;
    for entry in store.entries(USER_KEY) {
        let (at, _) = entry?;
        let Some((user_id, key_id)) = two_ids_after(&at, USER_KEY, report)
        else {
            continue;
        };
        match store.api_key_fetch(key_id) {
            Ok(Some(api_key)) if api_key.user_id == user_id => {}
            Ok(Some(_)) => report.violation(&at, "key has another user"),
            Ok(None) => report.violation(&at, "no such key"),
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    Ok(())
}

fn organizations_decode(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, organization) in
        store.records::<OrganizationRecord>(ORG, report)?
    {
        check_own_id(&at, ORG, organization.id, report);
        let slug = organization.slug.as_bytes();
        if !indexed_as(store, ORG_SLUG, slug, organization.id)? {
            report.violation(
                &at,
                format!("no org_slug/ entry for {}", organization.slug),
            );
        }
    }
    Ok(())
}

fn org_slug_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    text_index(store, report, ORG_SLUG, SledStore::organization_fetch, |org| {
        org.slug.clone()
    })
}

/// `member/` entries: they decode, name their user, and have their
/// `user_org/` entry, their organization and their user.
fn memberships(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, membership) in store.records::<MembershipRecord>(MEMBER, report)? {
        let Some((org_id, user_id)) = two_ids_after(&at, MEMBER, report) else {
            continue;
        };
        if membership.user_id != user_id {
            report.violation(&at, "record names another user");
        }
        let reverse = key(USER_ORG, &[user_id.as_bytes(), org_id.as_bytes()]);
        report.require(store, &at, &reverse, || {
            "no user_org/ entry for it".into()
        })?;
        report.require(store, &at, &key(ORG, &[org_id.as_bytes()]), || {
            format!("no organization {org_id}")
        })?;
        report.require(
            store,
            &at,
            &key(USER, &[user_id.as_bytes()]),
            || format!("no user {user_id}"),
        )?;
    }
    Ok(())
}

fn user_org_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for entry in store.entries(USER_ORG) {
        let (at, _) = entry?;
        let Some((user_id, org_id)) = two_ids_after(&at, USER_ORG, report)
        else {
            continue;
        };
        let membership = key(MEMBER, &[org_id.as_bytes(), user_id.as_bytes()]);
        report.require(store, &at, &membership, || {
            "no member/ entry for it".into()
        })?;
    }
    Ok(())
}

/// Each user's `user_org_count/` equals their `user_org/` entries.
fn user_org_count(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    let mut counted = BTreeMap::<Vec<u8>, u64>::new();
    for entry in store.entries(USER_ORG) {
        let (at, _) = entry?;
        let user = at[USER_ORG.len()..].iter().take(16).copied().collect();
        *counted.entry(user).or_default() += 1;
    }
    for entry in store.entries(USER_ORG_COUNT) {
        let (at, value) = entry?;
        let actual = counted.remove(&at[USER_ORG_COUNT.len()..]).unwrap_or(0);
        match count_from(&value) {
            Ok(stored) if stored == actual => {}
            Ok(stored) => report.violation(
                &at,
                format!("says {stored}, but {actual} user_org/ entries"),
            ),
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    for (user, actual) in counted {
        report.violation(
            &key(USER_ORG_COUNT, &[&user]),
            format!("absent, but {actual} user_org/ entries"),
        );
    }
    Ok(())
}

/// Every organization has an owner, and its `member_count` and
/// `owner_count` match its `member/` entries.
fn organization_counts(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    // Records that do not decode are reported by the `_decode` and
    // `memberships` invariants, not again here.
    for (at, organization) in store.decoded::<OrganizationRecord>(ORG)? {
        let Ok(organization) = organization else { continue };
        let prefix = key(MEMBER, &[organization.id.as_bytes()]);
        let (mut members, mut owners) = (0u64, 0u64);
        for (_, membership) in store.decoded::<MembershipRecord>(&prefix)? {
            members += 1;
            owners +=
                u64::from(membership.is_ok_and(|m| m.level == LEVEL_OWNER));
        }
        if owners == 0 {
            report.violation(&at, "no owner membership");
        }
        if (organization.member_count, organization.owner_count)
            != (members, owners)
        {
            report.violation(
                &at,
                format!(
                    "member_count {} and owner_count {}, but {members} \
                     memberships and {owners} owners",
                    organization.member_count, organization.owner_count
                ),
            );
        }
    }
    Ok(())
}

/// `invite/` entries: they decode, belong to the organization in their key
/// (which exists), and have their `invite_id/` entry.
fn invites(store: &SledStore, report: &mut Report) -> Result<(), StoreError> {
    for (at, invite) in store.records::<InviteRecord>(INVITE, report)? {
        let ids = (invite.organization_id, invite.id);
        let Some((org_id, invite_id)) =
            owned_record(store, report, &at, INVITE, ids)?
        else {
            continue;
        };
        if !indexed_as(store, INVITE_ID, invite_id.as_bytes(), org_id)? {
            report.violation(&at, "no invite_id/ entry for it");
        }
    }
    Ok(())
}

fn invite_id_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for entry in store.entries(INVITE_ID) {
        let (at, value) = entry?;
        let Some(invite_id) = single_id(&at, INVITE_ID) else {
            report.violation(&at, "key does not end in an id");
            continue;
        };
        let Ok(org_id) = uuid_from(&value) else {
            report.violation(&at, "value is not an organization id");
            continue;
        };
        let record = key(INVITE, &[org_id.as_bytes(), invite_id.as_bytes()]);
        report.require(store, &at, &record, || {
            "no invite/ entry for it".into()
        })?;
    }
    Ok(())
}

/// A record of an organization, under `prefix` organization_id id: its
/// ids match its key, and its organization exists. Returns the ids.
fn owned_record(
    store: &SledStore,
    report: &mut Report,
    at: &[u8],
    prefix: &[u8],
    record_ids: (Uuid, Uuid),
) -> Result<Option<(Uuid, Uuid)>, StoreError> {
    let Some(ids) = two_ids_after(at, prefix, report) else {
        return Ok(None);
    };
    if ids != record_ids {
        report.violation(at, "record differs from its key");
    }
    let (org_id, _) = ids;
    report.require(store, at, &key(ORG, &[org_id.as_bytes()]), || {
        format!("no organization {org_id}")
    })?;
    Ok(Some(ids))
}

/// Whether `index_prefix` + `part` holds exactly `organization_id` `id`.
fn indexed_as_pair(
    store: &SledStore,
    index_prefix: &[u8],
    part: &[u8],
    (organization_id, id): (Uuid, Uuid),
) -> Result<bool, StoreError> {
    let expected =
        [organization_id.as_bytes().as_slice(), id.as_bytes()].concat();
    Ok(store
        .db
        .get(key(index_prefix, &[part]))?
        .is_some_and(|value| value.as_ref() == expected.as_slice()))
}

/// An index from text to an organization's record (`prefix` text ->
/// organization_id id): each entry names a record whose text is the
/// entry's.
fn pair_text_index<T: DeserializeOwned>(
    store: &SledStore,
    report: &mut Report,
    prefix: &[u8],
    record_prefix: &[u8],
    text_of: impl Fn(&T) -> String,
) -> Result<(), StoreError> {
    for entry in store.entries(prefix) {
        let (at, value) = entry?;
        let text = String::from_utf8_lossy(&at[prefix.len()..]);
        let Some((org_id, id)) = two_ids(&value) else {
            report.violation(&at, "value is not two ids");
            continue;
        };
        let record = key(record_prefix, &[org_id.as_bytes(), id.as_bytes()]);
        match store.db.get(record)?.map(|bytes| decode::<T>(&bytes)) {
            Some(Ok(record)) if text_of(&record) == text => {}
            Some(Ok(record)) => report
                .violation(&at, format!("its record has {}", text_of(&record))),
            Some(Err(error)) => report.violation(&at, error.to_string()),
            None => report.violation(&at, "no such record"),
        }
    }
    Ok(())
}

/// `role/` entries: they decode, belong to their key's organization (which
/// exists), and have their `role_name/` entry.
fn roles(store: &SledStore, report: &mut Report) -> Result<(), StoreError> {
    for (at, role) in store.records::<RoleRecord>(ROLE, report)? {
        let ids = (role.organization_id, role.id);
        if owned_record(store, report, &at, ROLE, ids)?.is_none() {
            continue;
        }
        let name = role_name_key(role.organization_id, &role.name);
        if store.db.get(&name)?.as_deref()
            != Some(role.id.as_bytes().as_slice())
        {
            report.violation(
                &at,
                format!("no role_name/ entry for {}", role.name),
            );
        }
    }
    Ok(())
}

/// `role_name/` entries name a role of their organization with that name.
fn role_name_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    organization_index(
        store,
        report,
        ROLE_NAME,
        |org_id, id| store.role_fetch(org_id, id),
        |role: &RoleRecord, at| {
            (role_name_key(role.organization_id, &role.name)[..] == *at)
                .then_some(())
                .ok_or_else(|| format!("its role is named {}", role.name))
        },
    )
}

/// Index entries `prefix` organization_id ... -> id: each names a record
/// of its organization (`fetch`) that `owns` says has this entry.
fn organization_index<T>(
    store: &SledStore,
    report: &mut Report,
    prefix: &[u8],
    fetch: impl Fn(Uuid, Uuid) -> Result<Option<T>, StoreError>,
    owns: impl Fn(&T, &[u8]) -> Result<(), String>,
) -> Result<(), StoreError> {
    for entry in store.entries(prefix) {
        let (at, value) = entry?;
        let rest = &at[prefix.len()..];
        let (Some(org_id), Ok(id)) = (
            rest.get(..16).and_then(|id| Uuid::from_slice(id).ok()),
            uuid_from(&value),
        ) else {
            report.violation(&at, "key or value is not an id");
            continue;
        };
        match fetch(org_id, id) {
            Ok(Some(record)) => {
                if let Err(detail) = owns(&record, &at) {
                    report.violation(&at, detail);
                }
            }
            Ok(None) => report.violation(&at, "no such record"),
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    Ok(())
}

/// `role_member/` entries: they decode, their role exists and the user is
/// a member whose membership lists the role; and every role a membership
/// lists has its entry.
fn role_members(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, member) in
        store.records::<RoleMembershipRecord>(ROLE_MEMBER, report)?
    {
        let rest = &at[ROLE_MEMBER.len()..];
        let ids = (rest.len() == 48).then(|| {
            (
                uuid_from(&rest[..16]),
                uuid_from(&rest[16..32]),
                uuid_from(&rest[32..]),
            )
        });
        let Some((Ok(org_id), Ok(role_id), Ok(user_id))) = ids else {
            report.violation(&at, "key does not end in three ids");
            continue;
        };
        if (member.role_id, member.user_id) != (role_id, user_id) {
            report.violation(&at, "record differs from its key");
        }
        report.require(
            store,
            &at,
            &key(ROLE, &[org_id.as_bytes(), role_id.as_bytes()]),
            || format!("no role {role_id}"),
        )?;
        match store.membership_fetch(org_id, user_id) {
            Ok(Some(membership)) if membership.roles.contains(&role_id) => {}
            Ok(Some(_)) => {
                report.violation(&at, "the membership does not list the role")
            }
            Ok(None) => {
                report.violation(&at, format!("user {user_id} is not a member"))
            }
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    // Memberships that do not decode are reported by `memberships`.
    for (at, membership) in store.decoded::<MembershipRecord>(MEMBER)? {
        let Ok(membership) = membership else { continue };
        let Some((org_id, user_id)) = two_ids(&at[MEMBER.len()..]) else {
            continue;
        };
        for role in &membership.roles {
            let entry = key(
                ROLE_MEMBER,
                &[org_id.as_bytes(), role.as_bytes(), user_id.as_bytes()],
            );
            report.require(store, &at, &entry, || {
                format!("no role_member/ entry for role {role}")
            })?;
        }
    }
    Ok(())
}

/// An organization's `default_role_id` names one of its roles.
fn default_roles(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, organization) in store.decoded::<OrganizationRecord>(ORG)? {
        let Ok(organization) = organization else { continue };
        if let Some(role) = organization.default_role_id {
            let role_key =
                key(ROLE, &[organization.id.as_bytes(), role.as_bytes()]);
            report.require(store, &at, &role_key, || {
                format!("default role {role} does not exist")
            })?;
        }
    }
    Ok(())
}

/// `cimd/` entries: they decode, belong to their key's organization, and
/// have their `cimd_hash/` entry.
fn cimd_tokens(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, token) in store.records::<CimdTokenRecord>(CIMD, report)? {
        let ids = (token.organization_id, token.id);
        let Some(ids) = owned_record(store, report, &at, CIMD, ids)? else {
            continue;
        };
        if !indexed_as_pair(
            store,
            CIMD_HASH,
            token.secure_value.as_bytes(),
            ids,
        )? {
            report.violation(&at, "no cimd_hash/ entry for it");
        }
    }
    Ok(())
}

fn cimd_hash_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    pair_text_index(
        store,
        report,
        CIMD_HASH,
        CIMD,
        |token: &CimdTokenRecord| token.secure_value.clone(),
    )
}

/// `domain/` entries: they decode, belong to their key's organization, and
/// have their `domain_name/` entry.
fn domains(store: &SledStore, report: &mut Report) -> Result<(), StoreError> {
    named_records(
        store,
        report,
        DOMAIN,
        DOMAIN_NAME,
        |domain: &DomainRecord| {
            ((domain.organization_id, domain.id), domain.domain.clone())
        },
    )
}

/// Records under `prefix` with a name unique across organizations
/// (`ids_and_name`): they decode, belong to their key's organization
/// (which exists), and have their entry under `index_prefix`.
fn named_records<T: DeserializeOwned>(
    store: &SledStore,
    report: &mut Report,
    prefix: &[u8],
    index_prefix: &[u8],
    ids_and_name: impl Fn(&T) -> ((Uuid, Uuid), String),
) -> Result<(), StoreError> {
    for (at, record) in store.records::<T>(prefix, report)? {
        let (ids, name) = ids_and_name(&record);
        let Some(ids) = owned_record(store, report, &at, prefix, ids)? else {
            continue;
        };
        if !indexed_as_pair(store, index_prefix, name.as_bytes(), ids)? {
            report.violation(
                &at,
                format!("no {} entry for {name}", printable(index_prefix)),
            );
        }
    }
    Ok(())
}

fn domain_name_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    pair_text_index(
        store,
        report,
        DOMAIN_NAME,
        DOMAIN,
        |domain: &DomainRecord| domain.domain.clone(),
    )
}

/// `role_ref/` entries: they decode, belong to their key's organization
/// (which exists), refer to a role of it, and have their `role_ref_key/`
/// entries.
fn role_external_references(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    let records =
        store.records::<RoleExternalReferenceRecord>(ROLE_REF, report)?;
    for (at, reference) in records {
        let ids = (reference.organization_id, reference.id);
        let Some((org_id, _)) =
            owned_record(store, report, &at, ROLE_REF, ids)?
        else {
            continue;
        };
        report.require(
            store,
            &at,
            &role_key(org_id, reference.role_id),
            || format!("no role {} in its organization", reference.role_id),
        )?;
        let order = order_key(&reference);
        report.require(store, &at, &order, || {
            format!("no role_ref_order/ entry {}", printable(&order))
        })?;
        for unique in unique_keys(&reference) {
            if store.db.get(&unique)?.as_deref()
                != Some(reference.id.as_bytes().as_slice())
            {
                report.violation(
                    &at,
                    format!("no role_ref_key/ entry {}", printable(&unique)),
                );
            }
        }
    }
    Ok(())
}

/// `domain_id/` entries and `domain/` records match both ways: each
/// domain has its entry naming its organization, and each entry its
/// domain.
fn domain_id_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, domain) in store.records::<DomainRecord>(DOMAIN, report)? {
        let entry = key(DOMAIN_ID, &[domain.id.as_bytes()]);
        let indexed = store.db.get(&entry)?;
        if indexed.as_deref() != Some(domain.organization_id.as_bytes()) {
            report
                .violation(&at, "no domain_id/ entry naming its organization");
        }
    }
    for entry in store.entries(DOMAIN_ID) {
        let (at, organization_id) = entry?;
        let ids = (uuid_from(&organization_id), single_id(&at, DOMAIN_ID));
        let (Ok(organization_id), Some(domain_id)) = ids else {
            report.violation(&at, "not an id entry");
            continue;
        };
        let domain =
            key(DOMAIN, &[organization_id.as_bytes(), domain_id.as_bytes()]);
        report.require(store, &at, &domain, || {
            format!("no domain {domain_id} in organization {organization_id}")
        })?;
    }
    Ok(())
}

/// `role_ref_key/` entries name a reference of their organization that
/// has that key.
fn role_ref_key_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    organization_index(
        store,
        report,
        ROLE_REF_KEY,
        |org_id, id| store.role_external_reference_fetch(org_id, id),
        |reference, at| {
            unique_keys(reference)
                .iter()
                .any(|key| key[..] == *at)
                .then_some(())
                .ok_or_else(|| "its reference has other keys".to_string())
        },
    )
}

/// `role_ref_order/` entries name a reference of their organization whose
/// order entry they are.
fn role_ref_order_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for entry in store.entries(ROLE_REF_ORDER) {
        let (at, _) = entry?;
        let rest = &at[ROLE_REF_ORDER.len()..];
        let ids = (rest.len() >= 32).then(|| {
            let org_id = Uuid::from_slice(&rest[..16]).ok()?;
            let id = Uuid::from_slice(&rest[rest.len() - 16..]).ok()?;
            Some((org_id, id))
        });
        let Some(Some((org_id, id))) = ids else {
            report.violation(&at, "key does not hold two ids");
            continue;
        };
        match store.role_external_reference_fetch(org_id, id) {
            Ok(Some(reference)) if order_key(&reference)[..] == at[..] => {}
            Ok(Some(_)) => {
                report.violation(&at, "its reference orders elsewhere")
            }
            Ok(None) => report.violation(&at, "no such reference"),
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    Ok(())
}

/// A SCIM record under `prefix` domain_id id: its ids match its key, and
/// its domain is one of its organization's.
fn under_domain(
    store: &SledStore,
    report: &mut Report,
    at: &[u8],
    prefix: &[u8],
    record_ids: (Uuid, Uuid),
    organization_id: Uuid,
) -> Result<(), StoreError> {
    let Some(ids) = two_ids_after(at, prefix, report) else {
        return Ok(());
    };
    if ids != record_ids {
        report.violation(at, "record differs from its key");
    }
    let domain_id = ids.0;
    let domain =
        key(DOMAIN, &[organization_id.as_bytes(), domain_id.as_bytes()]);
    report.require(store, at, &domain, || {
        format!("no domain {domain_id} in organization {organization_id}")
    })
}

/// `scim_user/` entries: they decode, match their key, belong to a domain
/// of their organization, and their user exists.
fn scim_users(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for (at, record) in store.records::<ScimUserRecord>(SCIM_USER, report)? {
        let ids = (record.domain_id, record.user_id);
        under_domain(
            store,
            report,
            &at,
            SCIM_USER,
            ids,
            record.organization_id,
        )?;
        let user_id = record.user_id;
        report.require(
            store,
            &at,
            &key(USER, &[user_id.as_bytes()]),
            || format!("no user {user_id}"),
        )?;
    }
    Ok(())
}

/// `proxy/` entries: see [`named_records`].
fn proxy_records(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    named_records(store, report, PROXY, PROXY_DOMAIN, |record: &ProxyRecord| {
        ((record.organization_id, record.id), record.domain.clone())
    })
}

fn proxy_domain_index(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    pair_text_index(
        store,
        report,
        PROXY_DOMAIN,
        PROXY,
        |record: &ProxyRecord| record.domain.clone(),
    )
}

/// `scim_log/` entries: they decode, match their key, and belong to a
/// domain of their organization.
fn scim_logs(store: &SledStore, report: &mut Report) -> Result<(), StoreError> {
    for (at, log) in store.records::<ScimLogRecord>(SCIM_LOG, report)? {
        let ids = (log.domain_id, log.id);
        under_domain(store, report, &at, SCIM_LOG, ids, log.organization_id)?;
    }
    Ok(())
}

/// A at with its ASCII prefix as text and the rest in hex.
fn printable(at: &[u8]) -> String {
    let split = at.iter().position(|b| *b == b'/').map_or(0, |at| at + 1);
    let (prefix, rest) = at.split_at(split);
    let text = rest.iter().all(|b| b.is_ascii_graphic() || *b == b' ');
    let rest = if text {
        String::from_utf8_lossy(rest).into()
    } else {
        hex::encode(rest)
    };
    format!("{}{rest}", String::from_utf8_lossy(prefix))
}

#[cfg(test)]
mod test {
    use super::super::encode;
    use super::super::fixture::Fixture;
    use super::super::order::member_joined_key;
    use super::super::order::BUILT;
    use super::*;

    fn invariants_broken(store: &SledStore) -> Vec<&'static str> {
        let mut names: Vec<_> =
            store.check().unwrap().iter().map(|v| v.invariant).collect();
        names.dedup();
        names
    }

    /// A consistent store passes; each kind of damage is reported by the
    /// invariant that covers it.
    #[tokio::test]
    async fn test_check_reports_each_kind_of_damage() {
        let fixture = Fixture::new().await;
        let (owner_id, org_id) = (fixture.owner.id, fixture.org.id);
        let membership =
            fixture.store.membership_fetch(org_id, owner_id).unwrap().unwrap();
        assert_eq!(fixture.store.check().unwrap(), Vec::new());

        // A store from before `user_org_count/` gets its counts at open.
        let db = &fixture.store.db;
        db.remove(key(USER_ORG_COUNT, &[owner_id.as_bytes()])).unwrap();
        assert_eq!(invariants_broken(&fixture.store), ["user_org_count"]);
        let fixture = fixture.reopen();
        assert_eq!(fixture.store.check().unwrap(), Vec::new());

        // A store from before the order indexes gets them at open; until
        // then, each missing entry is reported.
        let db = &fixture.store.db;
        db.remove(BUILT).unwrap();
        db.remove(member_joined_key(org_id, &membership)).unwrap();
        db.insert(b"user_numeric/stray", &[]).unwrap();
        let broken = fixture.store.check().unwrap();
        assert_eq!(
            broken.iter().map(|v| v.invariant).collect::<Vec<_>>(),
            ["member_joined_index", "user_numeric_index"],
            "{broken:?}"
        );
        let fixture = fixture.reopen();
        let store = &fixture.store;
        assert_eq!(store.check().unwrap(), Vec::new());

        let db = &store.db;
        let org_key = key(ORG, &[org_id.as_bytes()]);
        // An index entry without its record, and a record without its
        // index entry.
        db.insert(key(USER_EMAIL, &[b"ghost@example.com"]), &[7u8; 16])
            .unwrap();
        db.remove(key(ORG_SLUG, &[b"checked"])).unwrap();
        assert_eq!(
            invariants_broken(store),
            ["user_email_index", "organizations_decode"]
        );
        db.remove(key(USER_EMAIL, &[b"ghost@example.com"])).unwrap();
        db.insert(key(ORG_SLUG, &[b"checked"]), org_id.as_bytes()).unwrap();

        // A membership without its reverse entry, and an organization
        // left without an owner whose counts are wrong.
        db.remove(key(USER_ORG, &[owner_id.as_bytes(), org_id.as_bytes()]))
            .unwrap();
        let mut demoted = membership.clone();
        demoted.level = 1;
        db.insert(
            key(MEMBER, &[org_id.as_bytes(), owner_id.as_bytes()]),
            encode(&demoted),
        )
        .unwrap();
        let broken = store.check().unwrap();
        assert_eq!(
            broken.iter().map(|v| v.invariant).collect::<Vec<_>>(),
            [
                "memberships",
                "user_org_count",
                "organization_counts",
                "organization_counts"
            ],
            "{broken:?}"
        );

        // A record that does not decode is reported, not fatal.
        db.insert(org_key.as_slice(), b"not json".as_slice()).unwrap();
        assert!(invariants_broken(store).contains(&"organizations_decode"));
    }

    /// Roles, role memberships, CIMD tokens, domains and SCIM records: a
    /// consistent store passes, and each kind of damage is reported.
    #[tokio::test]
    async fn test_check_reports_damage_under_an_organization() {
        let fixture = Fixture::new().await;
        let (owner, org) = (&fixture.owner, &fixture.org);
        let (role, token, domain) =
            (&fixture.role, &fixture.token, &fixture.domain);
        let store = &fixture.store;
        assert_eq!(store.check().unwrap(), Vec::new());

        let db = &store.db;
        let org_bytes = org.id.as_bytes();
        db.remove(key(ROLE_NAME, &[org_bytes, b"admins"])).unwrap();
        db.remove(key(CIMD_HASH, &[b"sha256$00"])).unwrap();
        db.insert(
            key(DOMAIN_NAME, &[b"ghost.example.com"]),
            [org_bytes.as_slice(), &[9u8; 16]].concat(),
        )
        .unwrap();
        assert_eq!(
            invariants_broken(store),
            ["roles", "cimd_tokens", "domain_name_index"]
        );
        db.insert(key(ROLE_NAME, &[org_bytes, b"admins"]), role.id.as_bytes())
            .unwrap();
        db.insert(
            key(CIMD_HASH, &[b"sha256$00"]),
            [org_bytes.as_slice(), token.id.as_bytes()].concat(),
        )
        .unwrap();
        db.remove(key(DOMAIN_NAME, &[b"ghost.example.com"])).unwrap();
        assert_eq!(store.check().unwrap(), Vec::new());

        // SCIM records of a domain that is not there, and a domain whose
        // id entry is gone.
        let ghost = Uuid::now_v7();
        let now = chrono::Utc::now();
        let scim_user = ScimUserRecord {
            organization_id: org.id,
            domain_id: ghost,
            user_id: owner.id,
            external_id: None,
            given_name: None,
            family_name: None,
            formatted_name: None,
            display_name: None,
            emails: Vec::new(),
            created_at: now,
            updated_at: now,
            version: 1,
        };
        let user_key = key(SCIM_USER, &[ghost.as_bytes(), owner.id.as_bytes()]);
        db.insert(&user_key, encode(&scim_user)).unwrap();
        let entry = ScimLogRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            domain_id: ghost,
            request_method: "GET".into(),
            request_path: "/".into(),
            request_headers: Default::default(),
            request_body: None,
            response_status: 200,
            response_body: None,
            identity_provider: "other".into(),
            duration_ms: 0,
            created_at: now,
        };
        let log_key = key(SCIM_LOG, &[ghost.as_bytes(), entry.id.as_bytes()]);
        db.insert(&log_key, encode(&entry)).unwrap();
        db.remove(key(DOMAIN_ID, &[domain.id.as_bytes()])).unwrap();
        assert_eq!(
            invariants_broken(store),
            ["domain_id_index", "scim_users", "scim_logs"]
        );
        db.remove(user_key).unwrap();
        db.remove(log_key).unwrap();
        assert_eq!(invariants_broken(store), ["domain_id_index"]);

        // A store written before domains were indexed by id gets the index
        // when it opens.
        let (org_id, role_id, domain_id) = (org.id, role.id, domain.id);
        let fixture = fixture.reopen();
        let store = &fixture.store;
        assert_eq!(store.check().unwrap(), Vec::new());
        let found = store.domain_fetch_by_id(domain_id).unwrap().unwrap();
        assert_eq!(found.domain, "example.com");
        assert!(store.domain_fetch_by_id(Uuid::now_v7()).unwrap().is_none());

        // A role removed behind the store's back leaves an assignment, a
        // membership listing it, a default role and an external reference
        // pointing nowhere.
        let db = &store.db;
        db.remove(key(ROLE, &[org_id.as_bytes(), role_id.as_bytes()])).unwrap();
        assert_eq!(
            invariants_broken(store),
            [
                "role_name_index",
                "role_members",
                "default_roles",
                "role_external_references"
            ]
        );
    }
}
