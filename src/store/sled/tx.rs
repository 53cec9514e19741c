//! [`Tx`] on sled: a transaction of sled's writer (`writer.rs`), and how a
//! change written once (`store::tx`) runs in it.
//!
//! sled's transactional reads and writes never wait, so the change's
//! future is polled once, to its end, inside sled's transaction closure on
//! the writer thread: there is no executor to hand it to there, and none is
//! needed. The writer may run the closure, and so the change, more than
//! once (a conflict, or another write of its batch that aborted).

use super::api_keys::api_key_insert_tx;
use super::api_keys::api_key_remove_tx;
use super::cimd::cimd_token_insert_tx;
use super::cimd::hash_key;
use super::cimd::token_key;
use super::count_from;
use super::domains::domain_insert_tx;
use super::domains::domain_key;
use super::domains::id_key as domain_id_key;
use super::domains::name_key as domain_name_key;
use super::invites::invite_id_key;
use super::invites::invite_insert_tx;
use super::invites::invite_key;
use super::layout::abort;
use super::layout::encode;
use super::layout::key;
use super::layout::record_count_add_tx;
use super::layout::record_count_key;
use super::layout::scim_log_key;
use super::layout::scim_user_key;
use super::layout::tx_get;
use super::layout::uuid_from;
use super::layout::TxResult;
use super::layout::ID_OFFSET;
use super::layout::MEMBER;
use super::layout::ORG;
use super::layout::USER;
use super::order::member_joined_key;
use super::order::org_domain_key;
use super::organizations::membership_entries_remove_tx;
use super::organizations::membership_insert_tx;
use super::organizations::organization_insert_tx;
use super::organizations::slug_key;
use super::proxy_records::proxy_domain_key;
use super::proxy_records::proxy_key;
use super::proxy_records::proxy_record_insert_tx;
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
use super::role_external_references::role_external_reference_insert_tx;
use super::role_external_references::role_external_reference_remove_tx;
use super::roles::claim_role_name;
use super::roles::role_insert_tx;
use super::roles::role_key;
use super::roles::role_member_insert_tx;
use super::roles::role_member_key;
use super::roles::role_member_remove_tx;
use super::roles::role_name_key;
use super::users::email_key;
use super::users::user_insert_tx;
use super::SledStore;
use super::StoreError;
use crate::store::tx::Tx;
use crate::store::types::Counted;
use futures::FutureExt;
use sled::transaction::ConflictableTransactionError;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

/// A change's view of one sled transaction.
pub(crate) struct SledTx<'a>(pub(super) &'a TransactionalTree);

impl From<StoreError> for ConflictableTransactionError<StoreError> {
    fn from(error: StoreError) -> Self {
        abort(error)
    }
}

/// Runs, on the transaction it reads and writes through, a change written
/// once: a sled read or write never waits (see the module doc). For the
/// engine's own changes that call one (`guard_check`, ...).
pub(super) fn now<T>(
    change: impl std::future::Future<Output = TxResult<T>>,
) -> TxResult<T> {
    change.now_or_never().expect("a sled transaction never waits")
}

impl SledStore {
    /// Runs `change` in one durable transaction (see the module doc).
    pub(crate) async fn change<T: Send + 'static>(
        &self,
        change: impl AsyncFn(&mut SledTx<'_>) -> TxResult<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.transaction(move |tree| now(change(&mut SledTx(tree)))).await
    }
}

impl Tx for SledTx<'_> {
    type Error = ConflictableTransactionError<StoreError>;

    async fn invite(
        &mut self,
        invite_id: Uuid,
    ) -> TxResult<Option<InviteRecord>> {
        let Some(organization_id) = self.0.get(invite_id_key(invite_id))?
        else {
            return Ok(None);
        };
        let organization_id = uuid_from(&organization_id).map_err(abort)?;
        tx_get(self.0, &invite_key(organization_id, invite_id))
    }

    async fn invite_insert(&mut self, invite: &InviteRecord) -> TxResult<()> {
        invite_insert_tx(self.0, invite)
    }

    async fn invite_remove(&mut self, invite: &InviteRecord) -> TxResult<()> {
        self.0.remove(invite_key(invite.organization_id, invite.id))?;
        self.0.remove(invite_id_key(invite.id))?;
        Ok(())
    }

    async fn organization(
        &mut self,
        organization_id: Uuid,
    ) -> TxResult<Option<OrganizationRecord>> {
        tx_get(self.0, &key(ORG, &[organization_id.as_bytes()]))
    }

    async fn organization_insert(
        &mut self,
        organization: &OrganizationRecord,
    ) -> TxResult<()> {
        organization_insert_tx(self.0, organization)
    }

    async fn scim_log_insert(&mut self, entry: &ScimLogRecord) -> TxResult<()> {
        self.0
            .insert(scim_log_key(entry.domain_id, entry.id), encode(entry))?;
        Ok(())
    }

    async fn holds_users(&mut self) -> TxResult<bool> {
        let users = self.0.get(record_count_key(Counted::Users))?;
        let count = users.map(|count| count_from(&count)).transpose();
        Ok(count.map_err(abort)?.unwrap_or(0) > 0)
    }

    async fn numeric_ids_after(&mut self, largest: i64) -> TxResult<()> {
        let offset = u64::try_from(largest).unwrap_or(0);
        self.0.insert(ID_OFFSET, &offset.to_be_bytes())?;
        Ok(())
    }

    async fn organization_remove(
        &mut self,
        organization: &OrganizationRecord,
    ) -> TxResult<()> {
        self.0.remove(key(ORG, &[organization.id.as_bytes()]))?;
        self.0.remove(slug_key(&organization.slug))?;
        record_count_add_tx(self.0, Counted::Organizations, -1)
    }

    async fn organization_put(
        &mut self,
        organization: &OrganizationRecord,
    ) -> TxResult<()> {
        self.0.insert(
            key(ORG, &[organization.id.as_bytes()]),
            encode(organization),
        )?;
        Ok(())
    }

    async fn user(&mut self, user_id: Uuid) -> TxResult<Option<UserRecord>> {
        tx_get(self.0, &key(USER, &[user_id.as_bytes()]))
    }

    async fn api_key_insert(&mut self, api_key: &ApiKeyRecord) -> TxResult<()> {
        api_key_insert_tx(self.0, api_key)
    }

    async fn api_key_remove(&mut self, api_key: &ApiKeyRecord) -> TxResult<()> {
        api_key_remove_tx(self.0, api_key)
    }

    async fn user_insert(&mut self, user: &UserRecord) -> TxResult<()> {
        if self.0.get(email_key(&user.email))?.is_some() {
            return Err(abort(StoreError::EmailTaken));
        }
        user_insert_tx(self.0, user)
    }

    async fn user_put(&mut self, user: &UserRecord) -> TxResult<()> {
        self.0.insert(key(USER, &[user.id.as_bytes()]), encode(user))?;
        Ok(())
    }

    async fn membership(
        &mut self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> TxResult<Option<MembershipRecord>> {
        tx_get(
            self.0,
            &key(MEMBER, &[organization_id.as_bytes(), user_id.as_bytes()]),
        )
    }

    async fn membership_put(
        &mut self,
        organization_id: Uuid,
        membership: &MembershipRecord,
    ) -> TxResult<()> {
        let user_id = membership.user_id;
        let at = key(MEMBER, &[organization_id.as_bytes(), user_id.as_bytes()]);
        let stored: MembershipRecord =
            tx_get(self.0, &at)?.ok_or(abort(StoreError::NotFound))?;
        self.0.remove(member_joined_key(organization_id, &stored))?;
        self.0.insert(member_joined_key(organization_id, membership), &[])?;
        self.0.insert(at, encode(membership))?;
        Ok(())
    }

    async fn membership_remove(
        &mut self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> TxResult<()> {
        membership_entries_remove_tx(self.0, organization_id, user_id)
    }

    async fn membership_insert(
        &mut self,
        organization_id: Uuid,
        membership: &MembershipRecord,
    ) -> TxResult<()> {
        membership_insert_tx(self.0, organization_id, membership)
    }

    async fn cimd_token(
        &mut self,
        organization_id: Uuid,
        token_id: Uuid,
    ) -> TxResult<Option<CimdTokenRecord>> {
        tx_get(self.0, &token_key(organization_id, token_id))
    }

    async fn cimd_token_insert(
        &mut self,
        token: &CimdTokenRecord,
    ) -> TxResult<()> {
        cimd_token_insert_tx(self.0, token)
    }

    async fn cimd_token_put(
        &mut self,
        token: &CimdTokenRecord,
    ) -> TxResult<()> {
        self.0.insert(
            token_key(token.organization_id, token.id),
            encode(token),
        )?;
        Ok(())
    }

    async fn cimd_token_remove(
        &mut self,
        token: &CimdTokenRecord,
    ) -> TxResult<()> {
        self.0.remove(token_key(token.organization_id, token.id))?;
        self.0.remove(hash_key(&token.secure_value))?;
        Ok(())
    }

    async fn domain(
        &mut self,
        organization_id: Uuid,
        domain_id: Uuid,
    ) -> TxResult<Option<DomainRecord>> {
        tx_get(self.0, &domain_key(organization_id, domain_id))
    }

    async fn domain_insert(&mut self, domain: &DomainRecord) -> TxResult<()> {
        if self.0.get(domain_name_key(&domain.domain))?.is_some() {
            return Err(abort(StoreError::DomainTaken));
        }
        domain_insert_tx(self.0, domain)
    }

    async fn domain_put(&mut self, domain: &DomainRecord) -> TxResult<()> {
        self.0.insert(
            domain_key(domain.organization_id, domain.id),
            encode(domain),
        )?;
        Ok(())
    }

    async fn role(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
    ) -> TxResult<Option<RoleRecord>> {
        tx_get(self.0, &role_key(organization_id, role_id))
    }

    async fn role_insert(&mut self, role: &RoleRecord) -> TxResult<()> {
        role_insert_tx(self.0, role)
    }

    async fn domain_remove(&mut self, domain: &DomainRecord) -> TxResult<()> {
        self.0.remove(domain_key(domain.organization_id, domain.id))?;
        self.0.remove(domain_name_key(&domain.domain))?;
        self.0.remove(domain_id_key(domain.id))?;
        self.0.remove(org_domain_key(domain))?;
        Ok(())
    }

    async fn scim_log_remove(
        &mut self,
        domain_id: Uuid,
        entry_ids: &[Uuid],
    ) -> TxResult<()> {
        for entry_id in entry_ids {
            self.0.remove(scim_log_key(domain_id, *entry_id))?;
        }
        Ok(())
    }

    async fn role_remove(&mut self, role: &RoleRecord) -> TxResult<()> {
        self.0.remove(role_key(role.organization_id, role.id))?;
        self.0.remove(role_name_key(role.organization_id, &role.name))?;
        Ok(())
    }

    async fn role_put(
        &mut self,
        role: &RoleRecord,
        stored_name: &str,
    ) -> TxResult<()> {
        let organization_id = role.organization_id;
        self.0.remove(role_name_key(organization_id, stored_name))?;
        claim_role_name(self.0, organization_id, &role.name, role.id)?;
        self.0.insert(role_key(organization_id, role.id), encode(role))?;
        Ok(())
    }

    async fn role_member_exists(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
    ) -> TxResult<bool> {
        let member = role_member_key(organization_id, role_id, user_id);
        Ok(self.0.get(member)?.is_some())
    }

    async fn role_member_remove(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
    ) -> TxResult<bool> {
        role_member_remove_tx(self.0, organization_id, role_id, user_id)
    }

    async fn scim_user(
        &mut self,
        domain_id: Uuid,
        user_id: Uuid,
    ) -> TxResult<Option<ScimUserRecord>> {
        tx_get(self.0, &scim_user_key(domain_id, user_id))
    }

    async fn scim_user_put(&mut self, record: &ScimUserRecord) -> TxResult<()> {
        self.0.insert(
            scim_user_key(record.domain_id, record.user_id),
            encode(record),
        )?;
        Ok(())
    }

    async fn scim_user_remove(
        &mut self,
        record: &ScimUserRecord,
    ) -> TxResult<bool> {
        let at = scim_user_key(record.domain_id, record.user_id);
        Ok(self.0.remove(at)?.is_some())
    }

    async fn proxy_record(
        &mut self,
        organization_id: Uuid,
        record_id: Uuid,
    ) -> TxResult<Option<ProxyRecord>> {
        tx_get(self.0, &proxy_key(organization_id, record_id))
    }

    async fn proxy_record_put(&mut self, record: &ProxyRecord) -> TxResult<()> {
        self.0.insert(
            proxy_key(record.organization_id, record.id),
            encode(record),
        )?;
        Ok(())
    }

    async fn proxy_record_insert(
        &mut self,
        record: &ProxyRecord,
    ) -> TxResult<()> {
        if self.0.get(proxy_domain_key(&record.domain))?.is_some() {
            return Err(abort(StoreError::ProxyDomainTaken));
        }
        proxy_record_insert_tx(self.0, record)
    }

    async fn proxy_record_remove(
        &mut self,
        record: &ProxyRecord,
    ) -> TxResult<()> {
        self.0.remove(proxy_key(record.organization_id, record.id))?;
        self.0.remove(proxy_domain_key(&record.domain))?;
        Ok(())
    }

    async fn role_exists(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
    ) -> TxResult<bool> {
        Ok(self.0.get(role_key(organization_id, role_id))?.is_some())
    }

    async fn role_external_reference_insert(
        &mut self,
        reference: &RoleExternalReferenceRecord,
    ) -> TxResult<()> {
        role_external_reference_insert_tx(self.0, reference)
    }

    async fn role_external_reference_remove(
        &mut self,
        reference: &RoleExternalReferenceRecord,
    ) -> TxResult<bool> {
        role_external_reference_remove_tx(self.0, reference)
    }

    async fn role_member_insert(
        &mut self,
        organization_id: Uuid,
        member: &RoleMembershipRecord,
    ) -> TxResult<()> {
        role_member_insert_tx(self.0, organization_id, member)
    }
}
