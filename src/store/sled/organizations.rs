//! Organizations, their slugs, their members' index entries, and the
//! table of everything else an organization owns.

use super::layout::abort;
use super::layout::encode;
use super::layout::key;
use super::layout::slug_key;
use super::layout::tx_get;
use super::layout::uuid_from;
use super::layout::TxResult;
use super::layout::MEMBER;
use super::layout::ORG;
use super::layout::USER;
use super::layout::USER_ORG;
use super::records::ActivityRecord;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::UserRecord;
use super::tx::record_insert_tx;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use crate::page::Start;
use crate::store::kinds::Membership;
use crate::store::kinds::ORGANIZATIONS_OF_USER;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

/// The entry that lists an organization among its member's (the reverse
/// of `member/`).
pub(super) fn user_org_key(user_id: Uuid, organization_id: Uuid) -> Vec<u8> {
    key(USER_ORG, &[user_id.as_bytes(), organization_id.as_bytes()])
}

impl SledStore {
    /// Inserts an organization with `owner` as its only member (an owner),
    /// and makes it the owner's current organization. The slug is the
    /// first free one of `slug_candidate(0)`, `slug_candidate(1)`, ... (at
    /// most `attempts`); the record is returned with it.
    pub async fn organization_insert(
        &self,
        organization: &OrganizationRecord,
        owner: Uuid,
        membership: &MembershipRecord,
        slug_candidate: impl Fn(u32) -> String,
        attempts: u32,
        entries: impl Fn(&OrganizationRecord) -> Vec<ActivityRecord>
            + Send
            + 'static,
    ) -> Result<OrganizationRecord, StoreError> {
        let org_id = organization.id;
        let owner_key = key(USER, &[owner.as_bytes()]);
        let candidates: Vec<String> =
            (0..attempts).map(slug_candidate).collect();
        let (organization, membership) =
            (organization.clone(), membership.clone());
        let inserted = self
            .transaction(move |tx| {
                let mut organization = organization.clone();
                organization.slug = free_slug(tx, &candidates)?;
                organization.member_count = 1;
                organization.owner_count = 1;
                organization.revision = 0;
                let mut user: UserRecord = tx_get(tx, &owner_key)?
                    .ok_or(abort(StoreError::NotFound))?;
                user.current_organization = Some(org_id);
                tx.insert(owner_key.as_slice(), encode(&user))?;
                record_insert_tx(tx, &organization)?;
                let record = membership.clone();
                let organization_id = org_id;
                record_insert_tx(tx, &Membership { organization_id, record })?;
                for entry in entries(&organization) {
                    record_insert_tx(tx, &entry)?;
                }
                Ok(organization)
            })
            .await?;
        Ok(inserted)
    }

    pub fn organization_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<OrganizationRecord>, StoreError> {
        self.fetch_remembered(&key(ORG, &[id.as_bytes()]))
    }

    /// The user's membership of the organization, with the organization.
    pub fn membership_and_organization_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<(MembershipRecord, OrganizationRecord)>, StoreError>
    {
        let Some(membership) =
            self.membership_fetch(organization_id, user_id)?
        else {
            return Ok(None);
        };
        Ok(self
            .organization_fetch(organization_id)?
            .map(|organization| (membership, organization)))
    }

    pub fn membership_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<MembershipRecord>, StoreError> {
        self.fetch_remembered(&key(
            MEMBER,
            &[organization_id.as_bytes(), user_id.as_bytes()],
        ))
    }

    /// A page of the organizations `user_id` belongs to (only those that
    /// `only` names, when given), oldest first, each with the membership.
    /// Costs the page, not the number of the user's organizations: the
    /// count is kept in `user_org_count/`, and the scan stops at the end
    /// of the page.
    pub fn organization_list_page_for_user(
        &self,
        user_id: Uuid,
        only: Option<&[Uuid]>,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Page<(OrganizationRecord, MembershipRecord)>, StoreError> {
        let (offset, after) = start.split();
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        let take = usize::try_from(limit).unwrap_or(usize::MAX);
        let (count, ids): (u64, Vec<Uuid>) = match only {
            Some(only) => {
                let mut ids = Vec::new();
                for id in only {
                    if self.db.contains_key(user_org_key(user_id, *id))? {
                        ids.push(*id);
                    }
                }
                // UUIDv7 order is creation order, as in the scan below.
                ids.sort();
                let count = ids.len() as u64;
                let beyond = |id: &Uuid| after.is_none_or(|after| *id > after);
                let page = ids.into_iter().filter(beyond).skip(skip).take(take);
                (count, page.collect())
            }
            None => {
                let prefix = key(USER_ORG, &[user_id.as_bytes()]);
                let after = after.map(|id| id.as_bytes().to_vec());
                let mut ids = Vec::new();
                let entries =
                    self.scan_entries(&prefix, false, after.as_deref());
                for entry in entries.skip(skip).take(take) {
                    let (at, _) = entry?;
                    ids.push(uuid_from(&at[prefix.len()..])?);
                }
                (self.kept_count(&ORGANIZATIONS_OF_USER, user_id)?, ids)
            }
        };
        let mut items = Vec::new();
        for id in ids {
            let organization = self.organization_fetch(id)?;
            let membership = self.membership_fetch(id, user_id)?;
            if let (Some(organization), Some(membership)) =
                (organization, membership)
            {
                items.push((organization, membership));
            }
        }
        Ok(Page { count, items })
    }
}

/// The first free slug among the candidates.
fn free_slug(
    tx: &TransactionalTree,
    candidates: &[String],
) -> TxResult<String> {
    for slug in candidates {
        if tx.get(slug_key(slug))?.is_none() {
            return Ok(slug.clone());
        }
    }
    Err(abort(StoreError::SlugUnavailable))
}

#[cfg(test)]
mod test {
    use super::super::fixture::Fixture;
    use super::key;
    use crate::store::activity::Actor;
    use crate::store::kinds::each_kind;
    use crate::store::kinds::EachKind;
    use crate::store::kinds::Kind;
    use crate::store::records::OrganizationRecord;
    use crate::store::tx;
    use crate::store::types::MembershipChange;
    use std::collections::BTreeSet;

    /// Remembered organizations and memberships are read again once
    /// anything was written: each read answers what is stored.
    #[tokio::test]
    async fn test_remembered_records_follow_every_write() {
        let fixture = Fixture::new().await;
        let store = &fixture.store;
        let (org_id, owner) = (fixture.org.id, fixture.owner.id);
        let read = || {
            let (membership, organization) = store
                .membership_and_organization_fetch(org_id, owner)
                .unwrap()
                .unwrap();
            (organization.name, membership.updated_at)
        };
        let before = read();
        // A second read comes from what was remembered, and is the same.
        assert_eq!(read(), before);
        let guard = fixture.guard.clone();
        let rename = |organization: &mut OrganizationRecord| {
            organization.name = "Renamed".to_string();
        };
        let renamed = store
            .change(async move |tx| {
                tx::organization_update(tx, org_id, &guard, &rename).await
            })
            .await
            .unwrap();
        assert_eq!(renamed.name, "Renamed");
        assert_eq!(read().0, "Renamed");
        // A write of another record moves the generation too, and the
        // membership read after a change of it is the new one.
        let later = before.1 + chrono::Duration::seconds(5);
        let decide = move |change: &MembershipChange| {
            let mut updated = change.target.clone();
            updated.updated_at = later;
            Ok::<_, ()>(updated)
        };
        store
            .change(async move |tx| {
                tx::membership_update(tx, org_id, owner, owner, &decide).await
            })
            .await
            .unwrap()
            .unwrap();
        assert_eq!(read(), ("Renamed".to_string(), later));
        // Removed: nothing remembered answers for it.
        let engines = crate::store::Store::Sled(store.clone());
        engines
            .organization_remove(
                &Actor::system("test", chrono::Utc::now()),
                org_id,
                &fixture.guard,
            )
            .await
            .unwrap();
        assert!(store.organization_fetch(org_id).unwrap().is_none());
        assert!(store.membership_fetch(org_id, owner).unwrap().is_none());
    }

    /// Removing an organization leaves nothing of it: no key of any kind
    /// in the table, and only its users' keys in the store.
    #[tokio::test]
    async fn test_organization_remove_leaves_nothing_of_it() {
        let fixture = Fixture::new().await;
        let store = &fixture.store;
        let org_id = fixture.org.id;
        // Every kind keyed under an organization, by name and prefix.
        struct UnderOrganizations(Vec<(&'static str, &'static [u8])>);
        impl EachKind for UnderOrganizations {
            fn kind<K: Kind>(&mut self) {
                if K::TABLE.key[0] == "organization_id" {
                    self.0.push((K::TABLE.kind, K::TABLE.prefix));
                }
            }
        }
        let mut kinds = UnderOrganizations(Vec::new());
        each_kind(&mut kinds);
        let under = |prefix: &[u8]| {
            store.scan_keys(&key(prefix, &[org_id.as_bytes()])).unwrap()
        };
        for (kind, prefix) in &kinds.0 {
            assert!(!under(prefix).is_empty(), "the fixture has no {kind}");
        }
        let engines = crate::store::Store::Sled(store.clone());
        engines
            .organization_remove(
                &Actor::system("test", chrono::Utc::now()),
                org_id,
                &fixture.guard,
            )
            .await
            .unwrap();
        for (kind, prefix) in &kinds.0 {
            assert_eq!(under(prefix), Vec::<sled::IVec>::new(), "{kind}");
        }
        assert_eq!(store.check().unwrap(), Vec::new());
        let prefixes: BTreeSet<String> = store
            .db
            .iter()
            .keys()
            .map(|at| {
                let at = at.unwrap();
                let end =
                    at.iter().position(|b| *b == b'/').unwrap_or(at.len());
                String::from_utf8_lossy(&at[..end]).into_owned()
            })
            .collect();
        // The users' records and the store's own marks and counts.
        let users_only = [
            "key",
            "key_hash",
            "kept_count",
            "order_indexes",
            "record_count",
            "record_counts",
            "role_names",
            "user",
            "user_email",
            "user_key",
            "user_numeric",
        ];
        assert_eq!(prefixes, BTreeSet::from(users_only.map(String::from)));
    }
}
