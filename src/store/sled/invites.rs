//! Invites, and accepting them (which makes a membership).

use super::layout::key;
use super::layout::uuid_from;
use super::layout::INVITE;
use super::layout::INVITE_ID;
use super::layout::ORG;
use super::records::InviteRecord;
use super::records::OrganizationRecord;
use super::SledStore;
use super::StoreError;
use uuid::Uuid;

pub(super) fn invite_key(organization_id: Uuid, invite_id: Uuid) -> Vec<u8> {
    key(INVITE, &[organization_id.as_bytes(), invite_id.as_bytes()])
}

pub(super) fn invite_id_key(invite_id: Uuid) -> Vec<u8> {
    key(INVITE_ID, &[invite_id.as_bytes()])
}

impl SledStore {
    /// Every invite to `email` (compared case-insensitively), in any
    /// organization, with that organization's name.
    ///
    /// TODO-scalability: reads every invite of the store; an index by
    /// address would make it a prefix scan.
    pub fn invite_list_for_email(
        &self,
        email: &str,
    ) -> Result<Vec<(InviteRecord, String)>, StoreError> {
        let email = email.to_lowercase();
        let mut found = Vec::new();
        for value in self.db.scan_prefix(INVITE).values() {
            let invite: InviteRecord = super::layout::decode(&value?)?;
            if invite.target_email.to_lowercase() != email {
                continue;
            }
            let organization: Option<OrganizationRecord> =
                self.fetch(&key(ORG, &[invite.organization_id.as_bytes()]))?;
            if let Some(organization) = organization {
                found.push((invite, organization.name));
            }
        }
        Ok(found)
    }

    /// An invite, by id alone.
    pub fn invite_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<InviteRecord>, StoreError> {
        let Some(organization_id) = self.db.get(invite_id_key(id))? else {
            return Ok(None);
        };
        self.fetch(&invite_key(uuid_from(&organization_id)?, id))
    }
}
