//! What `orgbase check` holds sled's own layout to: every index holds
//! exactly the entries its records want, the kept counts match what they
//! count, and every record decodes and names the ids its key names. What
//! records must say about each other (owners, counts, references, ...) is
//! checked once for both engines (`store::invariants`), over the records
//! this engine exports.
//!
//! ## Why a checker
//! The store keeps these by writing every multi-key change in one
//! transaction. A crash, a bug in a new write path or a hand-edited data
//! directory could still break them, and nothing on the request path
//! would notice until a user did. The crash test runs this after every
//! kill; an operator can run it on a stopped server's directory.
//!
//! ## Shape
//! Each check of a count is one small function in [`INVARIANTS`] that
//! scans what it needs and reports each broken instance as a
//! [`Violation`]. The rest comes from the table of kinds
//! (`store::kinds`): each kind's records are checked by one function (they
//! decode, their ids match their key), under the kind's name, and each
//! index by one function that compares it with its records both ways,
//! under the index's name. The checker never stops at the first problem:
//! it reports everything it finds.

use super::indexes::Difference;
use super::layout::count_from;
use super::layout::counted_prefix;
use super::layout::decode;
use super::layout::ids_in;
use super::layout::indexes;
use super::layout::kept_count_key;
use super::layout::record_count_key;
use super::SledStore;
use super::StoreError;
use crate::store::kinds;
use crate::store::kinds::each_kind;
use crate::store::kinds::EachKind;
use crate::store::kinds::KeptCount;
use crate::store::kinds::Kind;
use crate::store::types::Counted;
use crate::store::types::Violation;

/// Collects the violations one invariant finds.
struct Report<'a> {
    invariant: &'static str,
    found: &'a mut Vec<Violation>,
}

impl Report<'_> {
    fn violation(&mut self, at: &[u8], detail: impl Into<String>) {
        self.found.push(Violation {
            invariant: self.invariant,
            key: printable(at),
            detail: detail.into(),
        });
    }
}

type Invariant = fn(&SledStore, &mut Report) -> Result<(), StoreError>;

/// Every invariant about records, by name. Add a line here for each new
/// one.
const INVARIANTS: &[(&str, Invariant)] = &[("record_counts", record_counts)];

impl SledStore {
    /// Checks every invariant of the store and returns what is broken
    /// (empty: all hold). Meant for a store nobody writes to meanwhile:
    /// the scans are not one snapshot.
    pub fn check(&self) -> Result<Vec<Violation>, StoreError> {
        let mut found = Vec::new();
        for (table, count) in kinds::kept_counts() {
            let mut report =
                Report { invariant: count.name, found: &mut found };
            kept_count_check(self, &table, count, &mut report)?;
        }
        for (invariant, check) in INVARIANTS {
            check(self, &mut Report { invariant, found: &mut found })?;
        }
        let mut keyed = KeyedRecords { store: self, found, failed: None };
        each_kind(&mut keyed);
        let KeyedRecords { mut found, failed, .. } = keyed;
        if let Some(error) = failed {
            return Err(error);
        }
        for index in indexes() {
            let mut report =
                Report { invariant: index.index.name, found: &mut found };
            for (at, difference) in self.index_differences(&index)? {
                report.violation(&at, described(difference));
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
}

/// Checks each kind's records, under the kind's name: each decodes, and
/// names the key it is stored at.
struct KeyedRecords<'a> {
    store: &'a SledStore,
    found: Vec<Violation>,
    failed: Option<StoreError>,
}

impl EachKind for KeyedRecords<'_> {
    fn kind<K: Kind>(&mut self) {
        let table = K::TABLE;
        let mut report =
            Report { invariant: table.kind, found: &mut self.found };
        for entry in self.store.entries(table.prefix) {
            let (at, value) = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    self.failed.get_or_insert(error);
                    return;
                }
            };
            let ids = ids_in(&at, table.prefix)
                .filter(|ids| ids.len() == table.key.len());
            let Some(ids) = ids else {
                let ids = table.key.len();
                report.violation(&at, format!("key does not end in {ids} ids"));
                continue;
            };
            match decode::<K::Stored>(&value) {
                Err(error) => report.violation(&at, error.to_string()),
                Ok(stored) => {
                    if K::from_stored(&ids, stored).key() != ids {
                        report.violation(&at, "record differs from its key")
                    }
                }
            }
        }
    }
}

/// What is wrong with an index entry, in words.
fn described(difference: Difference) -> String {
    let named = |records: &[Vec<u8>]| {
        let named: Vec<_> = records.iter().map(|at| printable(at)).collect();
        named.join(", ")
    };
    match difference {
        Difference::Stray => "no record has this entry".into(),
        Difference::WrongValue { record } => {
            format!("holds another value than {} gives it", printable(&record))
        }
        Difference::Missing { records } => {
            format!("missing: {} should have it", named(&records))
        }
        Difference::Shared { records } => {
            format!("{} should have it too (only one may)", named(&records))
        }
    }
}

/// Each count that `count` keeps equals the number of `table`'s records
/// under its id, and none is kept where there are none.
fn kept_count_check(
    store: &SledStore,
    table: &kinds::Table,
    count: &KeptCount,
    report: &mut Report,
) -> Result<(), StoreError> {
    let mut counted = store.kept_count_tally(table, count)?;
    for entry in store.entries(count.prefix) {
        let (at, value) = entry?;
        let id = ids_in(&at, count.prefix).and_then(|ids| match ids[..] {
            [id] => Some(id),
            _ => None,
        });
        let Some(id) = id else {
            report.violation(&at, "not a count under one id");
            continue;
        };
        let actual = counted.remove(&id).unwrap_or(0);
        match count_from(&value) {
            Ok(stored) if stored == actual && stored > 0 => {}
            Ok(stored) => report.violation(
                &at,
                format!("says {stored}, but {actual} {} records", table.kind),
            ),
            Err(error) => report.violation(&at, error.to_string()),
        }
    }
    for (id, actual) in counted {
        report.violation(
            &kept_count_key(count, id),
            format!("absent, but {actual} {} records", table.kind),
        );
    }
    Ok(())
}

/// The `record_count/` of each counted kind is the number of its records.
fn record_counts(
    store: &SledStore,
    report: &mut Report,
) -> Result<(), StoreError> {
    for kind in Counted::ALL {
        let actual = store.entries(counted_prefix(kind)).count() as u64;
        let stored = store.count(kind)?;
        if stored != actual {
            report.violation(
                &record_count_key(kind),
                format!("says {stored}, but {actual} records"),
            );
        }
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
    use super::super::fixture::Fixture;
    use super::super::layout::encode;
    use super::super::layout::entry_bytes;
    use super::super::layout::indexes;
    use super::super::layout::key;
    use super::super::layout::Index;
    use super::super::layout::CIMD_HASH;
    use super::super::layout::DOMAIN_ID;
    use super::super::layout::DOMAIN_NAME;
    use super::super::layout::KEPT_COUNT;
    use super::super::layout::MEMBER;
    use super::super::layout::ORG;
    use super::super::layout::ORG_SLUG;
    use super::super::layout::ROLE;
    use super::super::layout::ROLE_NAME;
    use super::super::layout::SCIM_LOG;
    use super::super::layout::SCIM_USER;
    use super::super::layout::USER;
    use super::super::layout::USER_EMAIL;
    use super::super::layout::USER_ORG;
    use super::super::order::BUILT;
    use super::super::records::RoleRecord;
    use super::super::records::ScimLogRecord;
    use super::super::records::ScimUserRecord;
    use super::super::roles::role_key;
    use super::super::roles::role_name_key;
    use super::*;
    use crate::store::kinds::Membership;
    use crate::store::kinds::MEMBER_JOINED;
    use crate::store::kinds::ORGANIZATIONS_OF_USER;
    use crate::store::kinds::ROLES_OF_ORGANIZATION;
    use uuid::Uuid;

    /// What `orgbase check` finds: this engine's checks, then the
    /// invariants between records.
    async fn violations(store: &SledStore) -> Vec<Violation> {
        crate::store::Store::Sled(store.clone()).check().await.unwrap()
    }

    /// The names of the invariants `orgbase check` finds broken.
    async fn invariants_broken(store: &SledStore) -> Vec<&'static str> {
        let mut names: Vec<_> =
            violations(store).await.iter().map(|v| v.invariant).collect();
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

        // A kept count that is wrong is reported under its name, and a
        // store from before a count (not marked as keeping it) gets it
        // counted at open: the user's organizations, the organization's
        // roles.
        let db = &fixture.store.db;
        let user_orgs = kept_count_key(&ORGANIZATIONS_OF_USER, owner_id);
        db.remove(&user_orgs).unwrap();
        let roles = kept_count_key(&ROLES_OF_ORGANIZATION, org_id);
        db.insert(&roles, &7u64.to_be_bytes()).unwrap();
        assert_eq!(
            invariants_broken(&fixture.store).await,
            ["organizations_of_user", "roles_of_organization"]
        );
        let fixture = fixture.reopen();
        assert_eq!(invariants_broken(&fixture.store).await.len(), 2, "marked");
        for count in [&ORGANIZATIONS_OF_USER, &ROLES_OF_ORGANIZATION] {
            fixture
                .store
                .db
                .remove(key(KEPT_COUNT, &[count.name.as_bytes()]))
                .unwrap();
        }
        let fixture = fixture.reopen();
        assert_eq!(fixture.store.check().unwrap(), Vec::new());
        assert_eq!(
            fixture.store.kept_count(&ROLES_OF_ORGANIZATION, org_id).unwrap(),
            1
        );

        // A store from before `record_count/` gets its counts at open
        // (until then they read 0); so does a wrong count, until reopened
        // without the mark.
        let db = &fixture.store.db;
        for kind in Counted::ALL {
            db.remove(record_count_key(kind)).unwrap();
        }
        assert_eq!(invariants_broken(&fixture.store).await, ["record_counts"]);
        assert_eq!(fixture.store.count(Counted::Organizations).unwrap(), 0);
        let fixture = fixture.reopen();
        assert_eq!(invariants_broken(&fixture.store).await, ["record_counts"]);
        fixture
            .store
            .db
            .remove(super::super::layout::RECORD_COUNTS_KEPT)
            .unwrap();
        let fixture = fixture.reopen();
        assert_eq!(fixture.store.check().unwrap(), Vec::new());
        let organizations = fixture.store.entries(ORG).count() as u64;
        assert!(organizations > 0);
        assert_eq!(
            fixture.store.count(Counted::Organizations).unwrap(),
            organizations
        );

        // A role name index written by an older comparison of names is
        // rebuilt once at open, when the store is not marked as having
        // the current one.
        let db = &fixture.store.db;
        let stale = db
            .scan_prefix(ROLE_NAME)
            .next()
            .expect("the fixture has a role")
            .unwrap();
        db.remove(&stale.0).unwrap();
        db.insert(b"role_name/stale", stale.1).unwrap();
        let broken = invariants_broken(&fixture.store).await;
        assert_eq!(broken, ["role_name_index"]);
        let fixture = fixture.reopen();
        assert_eq!(
            invariants_broken(&fixture.store).await,
            broken,
            "marked current"
        );
        fixture
            .store
            .db
            .remove(super::super::layout::ROLE_NAMES_CURRENT)
            .unwrap();
        let fixture = fixture.reopen();
        assert_eq!(fixture.store.check().unwrap(), Vec::new());

        // A store from before the order indexes gets them at open; until
        // then, each missing entry is reported.
        let db = &fixture.store.db;
        db.remove(BUILT).unwrap();
        let record = membership.clone();
        let listed = Membership { organization_id: org_id, record }.entries();
        let joined =
            listed.iter().find(|e| std::ptr::eq(e.index, &MEMBER_JOINED));
        db.remove(entry_bytes(joined.unwrap()).0).unwrap();
        db.insert(b"user_numeric/stray", &[]).unwrap();
        let broken = fixture.store.check().unwrap();
        assert_eq!(
            broken.iter().map(|v| v.invariant).collect::<Vec<_>>(),
            ["user_numeric_index", "member_joined_index"],
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
            invariants_broken(store).await,
            ["user_email_index", "org_slug_index"]
        );
        db.remove(key(USER_EMAIL, &[b"ghost@example.com"])).unwrap();
        db.insert(key(ORG_SLUG, &[b"checked"]), org_id.as_bytes()).unwrap();

        // A membership without its reverse entry, and an organization
        // left without an owner whose counts are wrong.
        db.remove(key(USER_ORG, &[owner_id.as_bytes(), org_id.as_bytes()]))
            .unwrap();
        let mut demoted = membership.clone();
        demoted.level = crate::store::records::Level::Member;
        db.insert(
            key(MEMBER, &[org_id.as_bytes(), owner_id.as_bytes()]),
            encode(&demoted),
        )
        .unwrap();
        let broken = violations(store).await;
        assert_eq!(
            broken.iter().map(|v| v.invariant).collect::<Vec<_>>(),
            ["user_org_index", "owners", "counts"],
            "{broken:?}"
        );

        // A record that does not decode is reported, not fatal.
        db.insert(org_key.as_slice(), b"not json".as_slice()).unwrap();
        assert!(invariants_broken(store).await.contains(&"organization"));
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
            invariants_broken(store).await,
            ["role_name_index", "cimd_hash_index", "domain_name_index"]
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
        let scim_user =
            ScimUserRecord { domain_id: ghost, ..fixture.scim_user.clone() };
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
            invariants_broken(store).await,
            ["scim_users_of_domain", "domain_id_index", "references"]
        );
        db.remove(user_key).unwrap();
        db.remove(log_key).unwrap();
        assert_eq!(invariants_broken(store).await, ["domain_id_index"]);

        // A store written before domains were indexed by id gets the index
        // when it opens.
        let (org_id, role_id, domain_id) = (org.id, role.id, domain.id);
        let fixture = fixture.reopen();
        let store = &fixture.store;
        assert_eq!(store.check().unwrap(), Vec::new());
        let found = store.domain_fetch_by_id(domain_id).unwrap().unwrap();
        assert_eq!(found.domain, "example.com");
        assert!(store.domain_fetch_by_id(Uuid::now_v7()).unwrap().is_none());

        // A role removed behind the store's back leaves its count, an
        // assignment, a membership listing it, a default role and an
        // external reference pointing nowhere.
        let db = &store.db;
        db.remove(key(ROLE, &[org_id.as_bytes(), role_id.as_bytes()])).unwrap();
        assert_eq!(
            invariants_broken(store).await,
            [
                "roles_of_organization",
                "role_name_index",
                "default_role",
                "references"
            ]
        );
    }

    /// Every index of both tables is compared with its records: an entry
    /// removed, changed or added behind the store's back is reported under
    /// the index's name, at the entry.
    #[tokio::test]
    async fn test_check_compares_every_index_with_its_records() {
        let fixture = Fixture::new().await;
        let store = &fixture.store;
        let db = &store.db;
        assert_eq!(store.check().unwrap(), Vec::new());
        let broken_in = |index: &Index| -> Vec<(String, String)> {
            let found = store.check().unwrap().into_iter();
            found
                .filter(|violation| violation.invariant == index.index.name)
                .map(|violation| (violation.key, violation.detail))
                .collect()
        };
        for index in &indexes() {
            let name = index.index.name;
            let (at, value) = db
                .scan_prefix(index.index.prefix)
                .next()
                .unwrap_or_else(|| panic!("no {name} entry in the fixture"))
                .unwrap();

            db.remove(&at).unwrap();
            let [(found_at, detail)] = &broken_in(index)[..] else {
                panic!("{name}: {:?}", store.check());
            };
            assert_eq!(found_at, &printable(&at), "{name}");
            assert!(detail.starts_with("missing: "), "{name}: {detail}");
            assert!(detail.contains(&printable(index.records)), "{name}");

            db.insert(&at, [value.as_ref(), b"?"].concat()).unwrap();
            let [(found_at, detail)] = &broken_in(index)[..] else {
                panic!("{name}: {:?}", store.check());
            };
            assert_eq!(found_at, &printable(&at), "{name}");
            assert!(detail.starts_with("holds another value"), "{name}");
            db.insert(&at, value).unwrap();

            let stray = key(index.index.prefix, &[b"stray"]);
            db.insert(&stray, b"".as_slice()).unwrap();
            let detail = "no record has this entry".to_string();
            assert_eq!(
                broken_in(index),
                [(printable(&stray), detail)],
                "{name}"
            );
            db.remove(&stray).unwrap();
        }
        assert_eq!(store.check().unwrap(), Vec::new());
    }

    /// The lookup indexes in detail: an entry naming the wrong record, one
    /// missing, and a unique name that two records claim.
    #[tokio::test]
    async fn test_check_reports_wrong_missing_and_shared_lookup_entries() {
        let fixture = Fixture::new().await;
        let store = &fixture.store;
        let db = &store.db;
        let user_at = key(USER, &[fixture.owner.id.as_bytes()]);
        let org_at = key(ORG, &[fixture.org.id.as_bytes()]);
        db.insert(key(ORG_SLUG, &[b"checked"]), Uuid::now_v7().as_bytes())
            .unwrap();
        db.remove(key(USER_EMAIL, &[b"owner@example.com"])).unwrap();
        assert_eq!(
            store.check().unwrap(),
            [
                Violation {
                    invariant: "user_email_index",
                    key: "user_email/owner@example.com".into(),
                    detail: format!(
                        "missing: {} should have it",
                        printable(&user_at)
                    ),
                },
                Violation {
                    invariant: "org_slug_index",
                    key: "org_slug/checked".into(),
                    detail: format!(
                        "holds another value than {} gives it",
                        printable(&org_at)
                    ),
                },
            ]
        );
        db.insert(key(ORG_SLUG, &[b"checked"]), fixture.org.id.as_bytes())
            .unwrap();
        db.insert(
            key(USER_EMAIL, &[b"owner@example.com"]),
            fixture.owner.id.as_bytes(),
        )
        .unwrap();

        // A role whose name compares equal to another's, written behind
        // the store's back: the older keeps the name, the other is named
        // for an operator to rename.
        let twin = RoleRecord {
            id: Uuid::now_v7(),
            name: "ADMINS".into(),
            ..fixture.role.clone()
        };
        let twin_at = role_key(twin.organization_id, twin.id);
        db.insert(&twin_at, encode(&twin)).unwrap();
        let name_at = role_name_key(twin.organization_id, &twin.name);
        // Written behind the store's back, it is not counted either.
        assert_eq!(
            store.check().unwrap(),
            [
                Violation {
                    invariant: "roles_of_organization",
                    key: printable(&kept_count_key(
                        &crate::store::kinds::ROLES_OF_ORGANIZATION,
                        twin.organization_id
                    )),
                    detail: "says 1, but 2 role records".into(),
                },
                Violation {
                    invariant: "role_name_index",
                    key: printable(&name_at),
                    detail: format!(
                        "{} should have it too (only one may)",
                        printable(&twin_at)
                    ),
                },
            ]
        );
    }

    /// An organization removed behind the store's back leaves every
    /// record kept under it (of every kind the fixture has) reported, at
    /// the record.
    #[tokio::test]
    async fn test_check_reports_every_record_left_without_its_organization() {
        let fixture = Fixture::new().await;
        let store = &fixture.store;
        let mut under_it: Vec<String> = Vec::new();
        let mut sink = |record: crate::store::ExportRecord| {
            if record.organization_id() == Some(fixture.org.id) {
                under_it.push(record.describe());
            }
            Ok(())
        };
        store
            .export(crate::store::types::Unreadable::Refuse, &mut sink)
            .unwrap();
        assert!(under_it.len() >= 9, "{under_it:?}");
        store.db.remove(key(ORG, &[fixture.org.id.as_bytes()])).unwrap();
        let broken = violations(store).await;
        for record in under_it {
            let reported = broken.iter().any(|violation| {
                violation.invariant == "references" && violation.key == record
            });
            assert!(reported, "{record}: {broken:#?}");
        }
    }
}
