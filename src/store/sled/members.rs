//! Memberships: listing, level changes, removal. Every change keeps the
//! organization's member and owner counts and revision in step, in the
//! same transaction, and never leaves an organization without an owner.

use super::abort;
use super::encode;
use super::key;
use super::order::member_joined_key;
use super::order::MEMBER_JOINED;
use super::organizations::membership_remove_tx;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::UserRecord;
use super::tx::now;
use super::tx::SledTx;
use super::tx_get;
use super::uuid_from;
use super::SledStore;
use super::StoreError;
use super::TxResult;
use super::MEMBER;
use super::ORG;
use crate::page::Page;
use crate::store::records::LEVEL_OWNER;
use crate::store::tx;
use crate::store::Guard;
use crate::store::MemberFilter;
use crate::store::MembershipChange;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

impl SledStore {
    /// Every membership of an organization, with its user, oldest first.
    /// A page of an organization's memberships with their users, through
    /// the `member_joined/` index: unfiltered, only the page's records are
    /// read.
    pub fn member_list_page(
        &self,
        organization_id: Uuid,
        filter: Option<MemberFilter<'_>>,
        newest_first: bool,
        offset: u64,
        limit: u64,
    ) -> Result<Page<(MembershipRecord, UserRecord)>, StoreError> {
        let prefix = key(MEMBER_JOINED, &[organization_id.as_bytes()]);
        let member_at = |at: &[u8]| {
            let user_id = uuid_from(&at[at.len() - 16..])?;
            self.member_fetch(organization_id, user_id)
        };
        let Some(filter) = filter else {
            let page =
                self.page_of_entries(&prefix, newest_first, offset, limit)?;
            let mut items = Vec::with_capacity(page.items.len());
            for (at, _) in &page.items {
                items.extend(member_at(at)?);
            }
            return Ok(Page { count: page.count, items });
        };
        let scan = self.db.scan_prefix(&prefix);
        let entries: Box<dyn Iterator<Item = _>> =
            if newest_first { Box::new(scan.rev()) } else { Box::new(scan) };
        let members = entries.filter_map(|entry| match entry {
            Ok((at, _)) => member_at(&at).transpose(),
            Err(error) => Some(Err(StoreError::from(error))),
        });
        Page::filtered(members, |(m, user)| filter(m, user), offset, limit)
    }

    /// A membership with its user (None: either is gone).
    fn member_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<(MembershipRecord, UserRecord)>, StoreError> {
        let Some(membership) =
            self.membership_fetch(organization_id, user_id)?
        else {
            return Ok(None);
        };
        Ok(self.user_fetch(user_id)?.map(|user| (membership, user)))
    }

    pub fn member_fetch_many(
        &self,
        organization_id: Uuid,
        user_ids: &[Uuid],
    ) -> Result<Vec<(MembershipRecord, UserRecord)>, StoreError> {
        let mut members = Vec::with_capacity(user_ids.len());
        for user_id in user_ids {
            members.extend(self.member_fetch(organization_id, *user_id)?);
        }
        Ok(members)
    }

    /// Sets the level of `target`'s membership to what `decide` returns,
    /// inside a transaction; `decide` sees the current records (it may run
    /// more than once) and may refuse.
    pub async fn membership_update<E: Send + 'static>(
        &self,
        organization_id: Uuid,
        actor: Uuid,
        target: Uuid,
        decide: impl Fn(&MembershipChange) -> Result<MembershipRecord, E>
            + Send
            + 'static,
    ) -> Result<Result<MembershipRecord, E>, StoreError> {
        let outcome = self
            .transaction(move |tx| {
                let change = read_change(tx, organization_id, actor, target)?;
                let updated = match decide(&change) {
                    Ok(updated) => updated,
                    Err(error) => return Ok(Err(error)),
                };
                let mut organization = change.organization;
                organization.owner_count = (organization.owner_count
                    + u64::from(updated.level == LEVEL_OWNER))
                .saturating_sub(u64::from(change.target.level == LEVEL_OWNER));
                write_organization(tx, organization)?;
                tx.remove(member_joined_key(organization_id, &change.target))?;
                tx.insert(member_joined_key(organization_id, &updated), &[])?;
                tx.insert(
                    key(
                        MEMBER,
                        &[organization_id.as_bytes(), target.as_bytes()],
                    ),
                    encode(&updated),
                )?;
                Ok(Ok(updated))
            })
            .await?;
        Ok(outcome)
    }

    /// Removes `target`'s membership if `allow` agrees, inside a
    /// transaction (`allow` may run more than once).
    pub async fn membership_remove<E: Send + 'static>(
        &self,
        organization_id: Uuid,
        actor: Uuid,
        target: Uuid,
        allow: impl Fn(&MembershipChange) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<(), E>, StoreError> {
        let outcome = self
            .transaction(move |tx| {
                let change = read_change(tx, organization_id, actor, target)?;
                if let Err(error) = allow(&change) {
                    return Ok(Err(error));
                }
                let mut organization = change.organization;
                // Saturating: a count already wrong on disk (reported by
                // `orgbase check`) must not panic here.
                organization.member_count =
                    organization.member_count.saturating_sub(1);
                organization.owner_count =
                    organization.owner_count.saturating_sub(u64::from(
                        change.target.level == LEVEL_OWNER,
                    ));
                write_organization(tx, organization)?;
                membership_remove_tx(tx, organization_id, target)?;
                Ok(Ok(()))
            })
            .await?;
        Ok(outcome)
    }
}

fn read_change(
    tx: &TransactionalTree,
    organization_id: Uuid,
    actor: Uuid,
    target: Uuid,
) -> TxResult<MembershipChange> {
    let not_found = || abort(StoreError::NotFound);
    let organization: OrganizationRecord =
        tx_get(tx, &key(ORG, &[organization_id.as_bytes()]))?
            .ok_or_else(not_found)?;
    let membership = |user: Uuid| {
        tx_get::<MembershipRecord>(
            tx,
            &key(MEMBER, &[organization_id.as_bytes(), user.as_bytes()]),
        )
    };
    let actor = membership(actor)?;
    let target = membership(target)?.ok_or_else(not_found)?;
    Ok(MembershipChange { organization, actor, target })
}

/// Checks `guard` (see `store::tx::guard_check`) on this transaction.
pub(super) fn guard_check(
    tx: &TransactionalTree,
    organization: &OrganizationRecord,
    guard: &Guard,
) -> TxResult<()> {
    now(tx::guard_check(&mut SledTx(tx), organization, guard))
}

/// Checks `guard` and bumps the organization's revision (see
/// `store::tx::touch_organization`) on this transaction.
pub(super) fn touch_organization(
    tx: &TransactionalTree,
    organization_id: Uuid,
    guard: &Guard,
) -> TxResult<OrganizationRecord> {
    now(tx::touch_organization(&mut SledTx(tx), organization_id, guard))
}

/// The organization as the transaction sees it, if its revision is still
/// `seen` (None: something under it changed since the caller listed it,
/// and the caller lists again; transactions cannot scan).
pub(super) fn organization_if_unchanged(
    tx: &TransactionalTree,
    organization_id: Uuid,
    seen: u64,
) -> TxResult<Option<OrganizationRecord>> {
    let organization: OrganizationRecord =
        tx_get(tx, &key(ORG, &[organization_id.as_bytes()]))?
            .ok_or(abort(StoreError::NotFound))?;
    Ok((organization.revision == seen).then_some(organization))
}

/// Writes an organization whose member or owner counts changed, bumping
/// its revision; refuses to leave it without an owner.
pub(super) fn write_organization(
    tx: &TransactionalTree,
    organization: OrganizationRecord,
) -> TxResult<()> {
    now(tx::organization_write(&mut SledTx(tx), organization))?;
    Ok(())
}
