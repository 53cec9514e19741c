//! [`Tx`] on PostgreSQL: one `SERIALIZABLE` transaction (`transaction!`,
//! retried from the start on a serialization failure), and how a change
//! written once (`store::tx`) runs in it. Rows read to be written back are
//! read `FOR UPDATE`.

use super::api_key_insert_tx;
use super::cimd_token_insert_row;
use super::domain_insert_row;
use super::fetch;
use super::invite_insert_row;
use super::json;
use super::membership_insert;
use super::membership_of;
use super::membership_write;
use super::retry_pause;
use super::role_external_references::role_external_reference_insert_row;
use super::role_insert_row;
use super::role_member_insert_row;
use super::scim::scim_user_upsert;
use super::statements::CachedStatements;
use super::user_for_update;
use super::user_insert_row;
use super::user_write;
use super::PgStore;
use super::TxError;
use super::TRANSACTION_ATTEMPTS;
use crate::names;
use crate::store::records::ApiKeyRecord;
use crate::store::records::CimdTokenRecord;
use crate::store::records::DomainRecord;
use crate::store::records::InviteRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::ProxyRecord;
use crate::store::records::RoleExternalReferenceRecord;
use crate::store::records::RoleMembershipRecord;
use crate::store::records::RoleRecord;
use crate::store::records::ScimLogRecord;
use crate::store::records::ScimUserRecord;
use crate::store::records::UserRecord;
use crate::store::tx::Tx;
use crate::store::types::StoreError;
use deadpool_postgres::GenericClient;
use tokio_postgres::IsolationLevel;
use uuid::Uuid;

/// A change's view of one PostgreSQL transaction.
pub(crate) struct PgTx<'a, C>(pub(super) &'a C);

impl PgStore {
    /// Runs `change` in one transaction, retried as `transaction!` does.
    pub(crate) async fn change<T>(
        &self,
        change: impl AsyncFn(
            &mut PgTx<'_, deadpool_postgres::Transaction<'_>>,
        ) -> Result<T, TxError>,
    ) -> Result<T, StoreError> {
        transaction!(self, |tx| { change(&mut PgTx(&tx)).await })
    }
}

impl<C: GenericClient> Tx for PgTx<'_, C> {
    type Error = TxError;

    async fn invite(
        &mut self,
        invite_id: Uuid,
    ) -> Result<Option<InviteRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM invites WHERE id = $1 FOR UPDATE",
            &[&invite_id],
        )
        .await
    }

    async fn invite_insert(
        &mut self,
        invite: &InviteRecord,
    ) -> Result<(), TxError> {
        invite_insert_row(self.0, invite).await?;
        Ok(())
    }

    async fn invite_remove(
        &mut self,
        invite: &InviteRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached("DELETE FROM invites WHERE id = $1", &[&invite.id])
            .await?;
        Ok(())
    }

    async fn organization(
        &mut self,
        organization_id: Uuid,
    ) -> Result<Option<OrganizationRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM organizations WHERE id = $1 FOR UPDATE",
            &[&organization_id],
        )
        .await
    }

    async fn organization_insert(
        &mut self,
        organization: &OrganizationRecord,
    ) -> Result<(), TxError> {
        super::organization_insert_row(self.0, organization).await?;
        Ok(())
    }

    async fn scim_log_insert(
        &mut self,
        entry: &ScimLogRecord,
    ) -> Result<(), TxError> {
        super::scim::scim_log_insert_row(self.0, entry).await?;
        Ok(())
    }

    async fn holds_users(&mut self) -> Result<bool, TxError> {
        let row = self
            .0
            .query_one_cached("SELECT EXISTS (SELECT 1 FROM users)", &[])
            .await?;
        Ok(row.get(0))
    }

    async fn numeric_ids_after(&mut self, largest: i64) -> Result<(), TxError> {
        if largest > 0 {
            self.0
                .query_one_cached(
                    "SELECT setval('numeric_ids', $1)",
                    &[&largest],
                )
                .await?;
        }
        Ok(())
    }

    async fn organization_remove(
        &mut self,
        organization: &OrganizationRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM organizations WHERE id = $1",
                &[&organization.id],
            )
            .await?;
        Ok(())
    }

    async fn organization_put(
        &mut self,
        organization: &OrganizationRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "UPDATE organizations SET record = $2 WHERE id = $1",
                &[&organization.id, &json(organization)],
            )
            .await?;
        Ok(())
    }

    async fn user(
        &mut self,
        user_id: Uuid,
    ) -> Result<Option<UserRecord>, TxError> {
        user_for_update(self.0, user_id).await
    }

    async fn api_key_insert(
        &mut self,
        api_key: &ApiKeyRecord,
    ) -> Result<(), TxError> {
        api_key_insert_tx(self.0, api_key).await?;
        Ok(())
    }

    async fn api_key_remove(
        &mut self,
        api_key: &ApiKeyRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM api_keys WHERE id = $1",
                &[&api_key.id],
            )
            .await?;
        Ok(())
    }

    async fn user_insert(&mut self, user: &UserRecord) -> Result<(), TxError> {
        user_insert_row(self.0, user).await?;
        Ok(())
    }

    async fn user_put(&mut self, user: &UserRecord) -> Result<(), TxError> {
        user_write(self.0, user).await?;
        Ok(())
    }

    async fn membership(
        &mut self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<MembershipRecord>, TxError> {
        membership_of(self.0, organization_id, user_id).await
    }

    async fn membership_put(
        &mut self,
        organization_id: Uuid,
        membership: &MembershipRecord,
    ) -> Result<(), TxError> {
        membership_write(self.0, organization_id, membership).await?;
        Ok(())
    }

    async fn membership_remove(
        &mut self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM memberships \
                 WHERE organization_id = $1 AND user_id = $2",
                &[&organization_id, &user_id],
            )
            .await?;
        Ok(())
    }

    async fn membership_insert(
        &mut self,
        organization_id: Uuid,
        membership: &MembershipRecord,
    ) -> Result<(), TxError> {
        membership_insert(self.0, organization_id, membership).await?;
        Ok(())
    }

    async fn cimd_token(
        &mut self,
        organization_id: Uuid,
        token_id: Uuid,
    ) -> Result<Option<CimdTokenRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM cimd_tokens \
             WHERE id = $1 AND organization_id = $2 FOR UPDATE",
            &[&token_id, &organization_id],
        )
        .await
    }

    async fn cimd_token_insert(
        &mut self,
        token: &CimdTokenRecord,
    ) -> Result<(), TxError> {
        cimd_token_insert_row(self.0, token).await?;
        Ok(())
    }

    async fn cimd_token_put(
        &mut self,
        token: &CimdTokenRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "UPDATE cimd_tokens SET record = $2 WHERE id = $1",
                &[&token.id, &json(token)],
            )
            .await?;
        Ok(())
    }

    async fn cimd_token_remove(
        &mut self,
        token: &CimdTokenRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM cimd_tokens WHERE id = $1",
                &[&token.id],
            )
            .await?;
        Ok(())
    }

    async fn domain(
        &mut self,
        organization_id: Uuid,
        domain_id: Uuid,
    ) -> Result<Option<DomainRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM domains \
             WHERE id = $1 AND organization_id = $2 FOR UPDATE",
            &[&domain_id, &organization_id],
        )
        .await
    }

    async fn domain_insert(
        &mut self,
        domain: &DomainRecord,
    ) -> Result<(), TxError> {
        domain_insert_row(self.0, domain).await?;
        Ok(())
    }

    async fn domain_put(
        &mut self,
        domain: &DomainRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "UPDATE domains SET record = $2 WHERE id = $1",
                &[&domain.id, &json(domain)],
            )
            .await?;
        Ok(())
    }

    async fn role(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
    ) -> Result<Option<RoleRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM roles \
             WHERE id = $1 AND organization_id = $2 FOR UPDATE",
            &[&role_id, &organization_id],
        )
        .await
    }

    async fn role_insert(&mut self, role: &RoleRecord) -> Result<(), TxError> {
        role_insert_row(self.0, role).await?;
        Ok(())
    }

    async fn domain_remove(
        &mut self,
        domain: &DomainRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached("DELETE FROM domains WHERE id = $1", &[&domain.id])
            .await?;
        Ok(())
    }

    async fn scim_log_remove(
        &mut self,
        domain_id: Uuid,
        entry_ids: &[Uuid],
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM scim_logs WHERE domain_id = $1 AND id = ANY($2)",
                &[&domain_id, &entry_ids],
            )
            .await?;
        Ok(())
    }

    async fn role_remove(&mut self, role: &RoleRecord) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM roles WHERE id = $1 AND organization_id = $2",
                &[&role.id, &role.organization_id],
            )
            .await?;
        Ok(())
    }

    async fn role_put(
        &mut self,
        role: &RoleRecord,
        _stored_name: &str,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "UPDATE roles SET name_key = $2, record = $3 WHERE id = $1",
                &[&role.id, &names::comparison_key(&role.name), &json(role)],
            )
            .await?;
        Ok(())
    }

    async fn role_member_exists(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
    ) -> Result<bool, TxError> {
        let row = self
            .0
            .query_one_cached(
                "SELECT EXISTS (SELECT 1 FROM role_members WHERE \
                 organization_id = $1 AND role_id = $2 AND user_id = $3)",
                &[&organization_id, &role_id, &user_id],
            )
            .await?;
        Ok(row.get(0))
    }

    async fn role_member_remove(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
    ) -> Result<bool, TxError> {
        let removed = self
            .0
            .execute_cached(
                "DELETE FROM role_members WHERE organization_id = $1 \
                 AND role_id = $2 AND user_id = $3",
                &[&organization_id, &role_id, &user_id],
            )
            .await?;
        Ok(removed > 0)
    }

    async fn scim_user(
        &mut self,
        domain_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<ScimUserRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM scim_users \
             WHERE domain_id = $1 AND user_id = $2 FOR UPDATE",
            &[&domain_id, &user_id],
        )
        .await
    }

    async fn scim_user_put(
        &mut self,
        record: &ScimUserRecord,
    ) -> Result<(), TxError> {
        scim_user_upsert(self.0, record).await?;
        Ok(())
    }

    async fn scim_user_remove(
        &mut self,
        record: &ScimUserRecord,
    ) -> Result<bool, TxError> {
        let removed = self
            .0
            .execute_cached(
                "DELETE FROM scim_users WHERE domain_id = $1 AND user_id = $2",
                &[&record.domain_id, &record.user_id],
            )
            .await?;
        Ok(removed > 0)
    }

    async fn proxy_record(
        &mut self,
        organization_id: Uuid,
        record_id: Uuid,
    ) -> Result<Option<ProxyRecord>, TxError> {
        fetch(
            self.0,
            "SELECT record FROM proxy_records \
             WHERE id = $1 AND organization_id = $2 FOR UPDATE",
            &[&record_id, &organization_id],
        )
        .await
    }

    async fn proxy_record_put(
        &mut self,
        record: &ProxyRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "UPDATE proxy_records SET status = $2, \
                 next_check_at = $3, record = $4 WHERE id = $1",
                &[
                    &record.id,
                    &record.status.as_str(),
                    &record.next_check_at,
                    &json(record),
                ],
            )
            .await?;
        Ok(())
    }

    async fn proxy_record_insert(
        &mut self,
        record: &ProxyRecord,
    ) -> Result<(), TxError> {
        super::proxy_records::proxy_record_insert_row(self.0, record).await?;
        Ok(())
    }

    async fn proxy_record_remove(
        &mut self,
        record: &ProxyRecord,
    ) -> Result<(), TxError> {
        self.0
            .execute_cached(
                "DELETE FROM proxy_records WHERE id = $1",
                &[&record.id],
            )
            .await?;
        Ok(())
    }

    async fn role_exists(
        &mut self,
        organization_id: Uuid,
        role_id: Uuid,
    ) -> Result<bool, TxError> {
        let row = self
            .0
            .query_one_cached(
                "SELECT EXISTS (SELECT 1 FROM roles \
                 WHERE id = $1 AND organization_id = $2)",
                &[&role_id, &organization_id],
            )
            .await?;
        Ok(row.get(0))
    }

    async fn role_external_reference_insert(
        &mut self,
        reference: &RoleExternalReferenceRecord,
    ) -> Result<(), TxError> {
        role_external_reference_insert_row(self.0, reference).await?;
        Ok(())
    }

    async fn role_external_reference_remove(
        &mut self,
        reference: &RoleExternalReferenceRecord,
    ) -> Result<bool, TxError> {
        let removed = self
            .0
            .execute_cached(
                "DELETE FROM role_external_references \
                 WHERE id = $1 AND organization_id = $2",
                &[&reference.id, &reference.organization_id],
            )
            .await?;
        Ok(removed > 0)
    }

    async fn role_member_insert(
        &mut self,
        organization_id: Uuid,
        member: &RoleMembershipRecord,
    ) -> Result<(), TxError> {
        role_member_insert_row(self.0, organization_id, member).await?;
        Ok(())
    }
}
