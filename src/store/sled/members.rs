//! Memberships as sled reads them: an organization's page of members
//! through the `member_joined/` index, and members by user. Their changes
//! are written once for both engines, in `store::tx`.

use super::layout::joined_place;
use super::layout::key;
use super::layout::uuid_from;
use super::layout::MEMBER_JOINED;
use super::records::MembershipRecord;
use super::records::UserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::JoinedPlace;
use crate::page::Page;
use crate::page::Start;
use crate::store::types::filtered_members;
use crate::store::types::MemberFilter;
use uuid::Uuid;

impl SledStore {
    /// A page of an organization's memberships with their users, through
    /// the `member_joined/` index: only the page's records are read.
    pub fn member_page(
        &self,
        organization_id: Uuid,
        newest_first: bool,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Vec<(MembershipRecord, UserRecord)>, StoreError> {
        let prefix = key(MEMBER_JOINED, &[organization_id.as_bytes()]);
        let (offset, after) = start.split();
        let after = after.as_ref().map(joined_place);
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        let take = usize::try_from(limit).unwrap_or(usize::MAX);
        let entries =
            self.scan_entries(&prefix, newest_first, after.as_deref());
        let mut items = Vec::with_capacity(take.min(1000));
        for entry in entries.skip(skip).take(take) {
            let (at, _) = entry?;
            items.extend(self.member_at(organization_id, &at)?);
        }
        Ok(items)
    }

    /// The page from `start` of the organization's memberships that
    /// `filter` accepts, with their number: every member is read.
    pub fn member_list_filtered(
        &self,
        organization_id: Uuid,
        filter: MemberFilter<'_>,
        newest_first: bool,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Page<(MembershipRecord, UserRecord)>, StoreError> {
        let prefix = key(MEMBER_JOINED, &[organization_id.as_bytes()]);
        let members = (self.scan_entries(&prefix, newest_first, None))
            .filter_map(|entry| match entry {
                Ok((at, _)) => self.member_at(organization_id, &at).transpose(),
                Err(error) => Some(Err(error)),
            });
        filtered_members(members, filter, newest_first, start, limit)
    }

    /// The membership and user that a `member_joined/` entry names.
    fn member_at(
        &self,
        organization_id: Uuid,
        at: &[u8],
    ) -> Result<Option<(MembershipRecord, UserRecord)>, StoreError> {
        let user_id = uuid_from(&at[at.len() - 16..])?;
        self.member_fetch(organization_id, user_id)
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
