//! Memberships as sled reads them: an organization's page of members
//! through the `member_joined/` index, and members by user. Their changes
//! are written once for both engines, in `store::tx`.

use super::layout::key;
use super::layout::uuid_from;
use super::layout::MEMBER_JOINED;
use super::records::MembershipRecord;
use super::records::UserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use crate::store::types::MemberFilter;
use uuid::Uuid;

impl SledStore {
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
}
