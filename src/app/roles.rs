//! Roles and role memberships. Always of the organization in the path
//! (a UUID or `@current` alike), never of the caller's current one; a role
//! or membership id of another organization is not found.

use super::clean_text;
use super::members::member_view;
use super::members::user_basic;
use super::require_level;
use super::App;
use super::Caller;
use super::PageRequest;
use super::LEVEL_ADMIN;
use crate::api;
use crate::error::Error;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::RoleMembershipRecord;
use crate::store::records::RoleRecord;
use crate::store::Page;
use uuid::Uuid;

const ROLE_NAME_MAX: usize = 200;

impl App {
    /// The organization (as the caller may see it), the caller's
    /// membership, and the role of that organization named in the path.
    async fn role_access(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
    ) -> Result<(OrganizationRecord, MembershipRecord, RoleRecord), Error> {
        let (organization, membership) =
            self.organization_access(caller, organization_id).await?;
        let role_id =
            Uuid::parse_str(role_id).map_err(|_| Error::object_not_found())?;
        let role = self
            .store
            .role_fetch(organization.id, role_id)
            .await?
            .ok_or_else(Error::object_not_found)?;
        Ok((organization, membership, role))
    }

    async fn role_membership_view(
        &self,
        organization_id: Uuid,
        member: RoleMembershipRecord,
    ) -> Result<api::RoleMembership, Error> {
        let user = self
            .store
            .user_fetch(member.user_id)
            .await?
            .ok_or_else(Error::object_not_found)?;
        let membership = self
            .store
            .membership_fetch(organization_id, member.user_id)
            .await?
            .ok_or_else(Error::object_not_found)?;
        Ok(api::RoleMembership {
            id: member.id,
            role_id: member.role_id,
            organization_member: member_view(membership, &user),
            user: user_basic(&user),
            joined_at: member.joined_at,
            updated_at: member.updated_at,
        })
    }

    async fn role_view(
        &self,
        organization: &OrganizationRecord,
        role: RoleRecord,
    ) -> Result<api::Role, Error> {
        let members = futures::future::try_join_all(
            self.store
                .role_member_list(organization.id, role.id)
                .await?
                .into_iter()
                .map(|member| {
                    self.role_membership_view(organization.id, member)
                }),
        )
        .await?;
        let created_by = self
            .store
            .user_fetch(role.created_by)
            .await?
            .map(|user| user_basic(&user));
        Ok(api::Role {
            is_default: organization.default_role_id == Some(role.id),
            id: role.id,
            name: role.name,
            created_at: role.created_at,
            created_by,
            members,
        })
    }

    pub async fn role_list(
        &self,
        caller: &Caller,
        organization_id: &str,
        page: PageRequest,
    ) -> Result<Page<api::Role>, Error> {
        let (organization, _) =
            self.organization_access(caller, organization_id).await?;
        let mut roles = self.store.role_list(organization.id).await?;
        roles.sort_by_cached_key(|role| {
            (crate::names::comparison_key(&role.name), role.id)
        });
        page.slice(roles)
            .try_map_async(|role| self.role_view(&organization, role))
            .await
    }

    pub async fn role_create(
        &self,
        caller: &Caller,
        organization_id: &str,
        params: api::RoleCreate,
    ) -> Result<api::Role, Error> {
        let (organization, membership) =
            self.organization_access(caller, organization_id).await?;
        let guard = require_level(caller, &membership, LEVEL_ADMIN)?;
        let role = RoleRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            name: clean_text("name", &params.name, ROLE_NAME_MAX, false)?,
            created_by: caller.user.id,
            created_at: self.now(),
            external_id: None,
        };
        self.store.role_insert(&role, &guard).await?;
        self.role_view(&organization, role).await
    }

    pub async fn role_view_for(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
    ) -> Result<api::Role, Error> {
        let (organization, _, role) =
            self.role_access(caller, organization_id, role_id).await?;
        self.role_view(&organization, role).await
    }

    /// PUT and PATCH: only the name changes.
    pub async fn role_patch(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
        params: api::RolePatch,
    ) -> Result<api::Role, Error> {
        let (organization, membership, role) =
            self.role_access(caller, organization_id, role_id).await?;
        let guard = require_level(caller, &membership, LEVEL_ADMIN)?;
        let role = match params.name {
            Some(name) => {
                let name = clean_text("name", &name, ROLE_NAME_MAX, false)?;
                self.store
                    .role_update(organization.id, role.id, &guard, |role| {
                        role.name = name.clone()
                    })
                    .await?
            }
            None => role,
        };
        self.role_view(&organization, role).await
    }

    pub async fn role_delete(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
    ) -> Result<(), Error> {
        let (organization, membership, role) =
            self.role_access(caller, organization_id, role_id).await?;
        let guard = require_level(caller, &membership, LEVEL_ADMIN)?;
        self.store.role_remove(organization.id, role.id, &guard).await?;
        Ok(())
    }

    pub async fn role_membership_list(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
        page: PageRequest,
    ) -> Result<Page<api::RoleMembership>, Error> {
        let (organization, _, role) =
            self.role_access(caller, organization_id, role_id).await?;
        page.slice(self.store.role_member_list(organization.id, role.id).await?)
            .try_map_async(|member| {
                self.role_membership_view(organization.id, member)
            })
            .await
    }

    pub async fn role_membership_create(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
        params: api::RoleMembershipCreate,
    ) -> Result<api::RoleMembership, Error> {
        let (organization, membership, role) =
            self.role_access(caller, organization_id, role_id).await?;
        let guard = require_level(caller, &membership, LEVEL_ADMIN)?;
        let now = self.now();
        let member = RoleMembershipRecord {
            id: Uuid::now_v7(),
            role_id: role.id,
            user_id: params.user_uuid,
            joined_at: now,
            updated_at: now,
        };
        self.store.role_member_insert(organization.id, &member, &guard).await?;
        self.role_membership_view(organization.id, member).await
    }

    /// The role membership named in the path.
    async fn role_membership_find(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
        role_membership_id: &str,
    ) -> Result<
        (OrganizationRecord, MembershipRecord, RoleMembershipRecord),
        Error,
    > {
        let (organization, membership, role) =
            self.role_access(caller, organization_id, role_id).await?;
        let id = Uuid::parse_str(role_membership_id)
            .map_err(|_| Error::object_not_found())?;
        let member = self
            .store
            .role_member_list(organization.id, role.id)
            .await?
            .into_iter()
            .find(|member| member.id == id)
            .ok_or_else(Error::object_not_found)?;
        Ok((organization, membership, member))
    }

    pub async fn role_membership_view_for(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
        role_membership_id: &str,
    ) -> Result<api::RoleMembership, Error> {
        let (organization, _, member) = self
            .role_membership_find(
                caller,
                organization_id,
                role_id,
                role_membership_id,
            )
            .await?;
        self.role_membership_view(organization.id, member).await
    }

    pub async fn role_membership_delete(
        &self,
        caller: &Caller,
        organization_id: &str,
        role_id: &str,
        role_membership_id: &str,
    ) -> Result<(), Error> {
        let (organization, membership, member) = self
            .role_membership_find(
                caller,
                organization_id,
                role_id,
                role_membership_id,
            )
            .await?;
        let guard = require_level(caller, &membership, LEVEL_ADMIN)?;
        self.store
            .role_member_remove(
                organization.id,
                member.role_id,
                member.user_id,
                &guard,
            )
            .await?;
        Ok(())
    }
}
