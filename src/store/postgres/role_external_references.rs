//! Role external references on PostgreSQL: a provider role maps to one
//! role per organization through the unique `id_key` and `slug_key`
//! columns; the foreign keys remove references with their role or
//! organization.

use super::sql_count;
use super::statements::CachedStatements;
use super::PgStore;
use crate::page::Page;
use crate::store::records::RoleExternalReferenceRecord;
use crate::store::types::StoreError;
use uuid::Uuid;

impl PgStore {
    /// A page of the organization's references, with the count, in list
    /// order: provider, provider organization and slug (byte order, as
    /// sled's keys; without a slug last), then id.
    pub async fn role_external_reference_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleExternalReferenceRecord>, StoreError> {
        let count: i64 = self
            .connection()
            .await?
            .query_one_cached(
                "SELECT count(*) FROM role_external_references \
                 WHERE organization_id = $1",
                &[&organization_id],
            )
            .await?
            .get(0);
        let items = self
            .read_all(
                "SELECT record FROM role_external_references \
                 WHERE organization_id = $1 \
                 ORDER BY record ->> 'provider' COLLATE \"C\", \
                 record ->> 'provider_organization_id' COLLATE \"C\", \
                 record ->> 'provider_role_slug' COLLATE \"C\" NULLS LAST, \
                 id LIMIT $2 OFFSET $3",
                &[&organization_id, &sql_count(limit), &sql_count(offset)],
            )
            .await?;
        Ok(Page { count: count.unsigned_abs(), items })
    }

    pub async fn role_external_reference_lookup(
        &self,
        organization_id: Uuid,
        keys: &[String],
    ) -> Result<Option<RoleExternalReferenceRecord>, StoreError> {
        self.read_one(
            "SELECT record FROM role_external_references \
             WHERE organization_id = $1 \
             AND (id_key = ANY ($2) OR slug_key = ANY ($2)) \
             ORDER BY id LIMIT 1",
            &[&organization_id, &keys],
        )
        .await
    }
}
