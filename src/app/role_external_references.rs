//! Role external references: a role of an external provider (a GitHub
//! team, a Linear team, a Slack channel...) mapped to one of the
//! organization's roles, and the lookup that integrations use to find it.
//!
//! ## Rules
//! - The role is one of the path organization's roles: another
//!   organization's role is refused exactly as a role that does not exist
//!   (400 `does_not_exist` on `role`), so the answer tells nothing about
//!   other organizations.
//! - A provider role maps to one role per organization, by its id and by
//!   its slug, each compared case-insensitively with the provider
//!   organization (PostHog's two unique constraints); the store checks
//!   both in the insert's transaction.
//! - A blank slug is no slug (PostHog would store `""`, which then
//!   collides with every other blank slug).
//! - Reads for any member; writes for admins, as PostHog's
//!   `OrganizationAdminWritePermissions`.

use super::clean_text;
use super::members::user_basic;
use super::organizations::Access;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::store::records::reference_key;
use crate::store::records::RoleExternalReferenceRecord;
use crate::store::StoreError;
use uuid::Uuid;

const PROVIDER_MAX: usize = 32;
const IDENTIFIER_MAX: usize = 255;

/// PostHog's answer for a `role` that is not one of the organization's.
fn role_does_not_exist(role: Uuid) -> Error {
    Error::invalid(
        "role",
        Code::DoesNotExist,
        format!("Invalid pk \"{role}\" - object does not exist."),
    )
}

/// A lookup value: trimmed; none when blank.
fn lookup_value(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|value| !value.is_empty())
}

impl App {
    async fn role_external_reference_view(
        &self,
        reference: RoleExternalReferenceRecord,
    ) -> Result<api::RoleExternalReference, Error> {
        let created_by = self
            .store
            .user_fetch(reference.created_by)
            .await?
            .map(|user| user_basic(&user));
        Ok(api::RoleExternalReference {
            id: reference.id,
            provider: reference.provider,
            provider_organization_id: reference.provider_organization_id,
            provider_role_id: reference.provider_role_id,
            provider_role_slug: reference.provider_role_slug,
            provider_role_name: reference.provider_role_name,
            role: reference.role_id,
            created_at: reference.created_at,
            created_by,
        })
    }

    pub async fn role_external_reference_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        page: PageRequest,
    ) -> Result<Page<api::RoleExternalReference>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        self.store
            .role_external_reference_list_page(
                organization.id,
                page.offset,
                page.limit,
            )
            .await?
            .try_map_async(|reference| {
                self.role_external_reference_view(reference)
            })
            .await
    }

    pub async fn role_external_reference_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::RoleExternalReferenceCreate,
    ) -> Result<api::RoleExternalReference, Error> {
        let Access { organization, guard, .. } = self
            .organization_access(caller, organization_id, Level::Admin)
            .await?;
        let slug = params
            .provider_role_slug
            .as_deref()
            .map(|slug| {
                clean_text("provider_role_slug", slug, IDENTIFIER_MAX, true)
            })
            .transpose()?
            .filter(|slug| !slug.is_empty());
        let reference = RoleExternalReferenceRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            role_id: params.role,
            provider: clean_text(
                "provider",
                &params.provider,
                PROVIDER_MAX,
                false,
            )?,
            provider_organization_id: clean_text(
                "provider_organization_id",
                &params.provider_organization_id,
                IDENTIFIER_MAX,
                false,
            )?,
            provider_role_id: clean_text(
                "provider_role_id",
                &params.provider_role_id,
                IDENTIFIER_MAX,
                false,
            )?,
            provider_role_slug: slug,
            provider_role_name: clean_text(
                "provider_role_name",
                &params.provider_role_name,
                IDENTIFIER_MAX,
                false,
            )?,
            created_by: caller.user.id,
            created_at: self.now(),
        };
        // The store checks the role again in the write's transaction (it
        // may be deleted in between).
        self.store
            .role_external_reference_insert(
                &self.actor(caller, Some(organization.id)),
                &reference,
                &guard,
            )
            .await
            .map_err(|error| match error {
                StoreError::UnknownRole => role_does_not_exist(params.role),
                error => error.into(),
            })?;
        self.role_external_reference_view(reference).await
    }

    pub async fn role_external_reference_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        reference_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { guard, organization, .. }, reference) = self
            .reference_access(
                caller,
                organization_id,
                reference_id,
                Level::Admin,
            )
            .await?;
        let key = [reference.organization_id, reference.id];
        (self.store)
            .remove_under::<RoleExternalReferenceRecord>(
                &self.actor(caller, Some(organization.id)),
                &key,
                &guard,
            )
            .await?;
        Ok(())
    }

    /// One of the organization's references, as the API shows it (a
    /// write's lost answer read back).
    pub async fn role_external_reference_read(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        reference_id: RecordId,
    ) -> Result<api::RoleExternalReference, Error> {
        let (_, reference) = self
            .reference_access(
                caller,
                organization_id,
                reference_id,
                Level::Member,
            )
            .await?;
        self.role_external_reference_view(reference).await
    }

    /// The reference `reference_id` of the organization, if the caller
    /// holds `level` there.
    async fn reference_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        reference_id: RecordId,
        level: Level,
    ) -> Result<(Access, RoleExternalReferenceRecord), Error> {
        self.record_access(
            caller,
            organization_id,
            reference_id,
            level,
            |organization, id| async move {
                self.store
                    .fetch::<RoleExternalReferenceRecord>(&[organization, id])
                    .await
            },
        )
        .await
    }

    pub async fn role_external_reference_lookup(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::RoleExternalReferenceLookupParams,
    ) -> Result<api::RoleLookupResponse, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let provider =
            clean_text("provider", &params.provider, usize::MAX, false)?;
        let provider_organization_id = clean_text(
            "provider_organization_id",
            &params.provider_organization_id,
            usize::MAX,
            false,
        )?;
        let role_id = lookup_value(params.provider_role_id.as_deref());
        let slug = lookup_value(params.provider_role_slug.as_deref());
        if role_id.is_none() && slug.is_none() {
            return Err(Error::Invalid {
                code: Code::Invalid,
                detail: "Either provider_role_slug or provider_role_id must \
                         be provided."
                    .to_string(),
                attr: None,
            });
        }
        let keys: Vec<String> = [("id", role_id), ("slug", slug)]
            .into_iter()
            .filter_map(|(kind, value)| Some((kind, value?)))
            .map(|(kind, value)| {
                reference_key(kind, &provider, &provider_organization_id, value)
            })
            .collect();
        // No stored value holds a null character (bodies with one are
        // refused), and PostgreSQL cannot compare one.
        let values = [
            Some(provider.as_str()),
            Some(&provider_organization_id),
            role_id,
            slug,
        ];
        let reference =
            if values.iter().flatten().any(|value| value.contains('\0')) {
                None
            } else {
                self.store
                    .role_external_reference_lookup(organization.id, &keys)
                    .await?
            };
        let reference = match reference {
            Some(reference) => {
                Some(self.role_external_reference_view(reference).await?)
            }
            None => None,
        };
        Ok(api::RoleLookupResponse { reference })
    }
}
