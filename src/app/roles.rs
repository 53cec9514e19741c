//! Roles and role memberships. Always of the organization in the path
//! (a UUID or `@current` alike), never of the caller's current one; a role
//! or membership id of another organization is not found.

use super::clean_text;
use super::members::member_to_view;
use super::members::user_basic;
use super::organizations::Access;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::error::Error;
use crate::page::Page;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::RoleMembershipRecord;
use crate::store::records::RoleRecord;
use crate::store::records::UserRecord;
use std::collections::HashMap;
use uuid::Uuid;

const ROLE_NAME_MAX: usize = 200;

impl App {
    /// The organization (as the caller may see it), the caller's
    /// membership, and the role of that organization named in the path.
    async fn role_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        level: Level,
    ) -> Result<(Access, RoleRecord), Error> {
        self.record_access(
            caller,
            organization_id,
            role_id,
            level,
            |organization, id| async move {
                self.store.fetch(&[organization, id]).await
            },
        )
        .await
    }

    /// Role memberships as the API shows them, with the members'
    /// organization memberships and users read in one batch; a member
    /// removed meanwhile is left out.
    async fn role_memberships_to_views(
        &self,
        organization_id: Uuid,
        members: Vec<RoleMembershipRecord>,
    ) -> Result<Vec<api::RoleMembership>, Error> {
        let user_ids: Vec<Uuid> =
            members.iter().map(|member| member.user_id).collect();
        let found: HashMap<Uuid, (MembershipRecord, UserRecord)> = self
            .store
            .member_fetch_many(organization_id, &user_ids)
            .await?
            .into_iter()
            .map(|(membership, user)| (user.id, (membership, user)))
            .collect();
        Ok(members
            .into_iter()
            .filter_map(|member| {
                let (membership, user) = found.get(&member.user_id)?;
                Some(api::RoleMembership {
                    id: member.id,
                    role_id: member.role_id,
                    organization_member: member_to_view(
                        membership.clone(),
                        user,
                    ),
                    user: user_basic(user),
                    joined_at: member.joined_at,
                    updated_at: member.updated_at,
                })
            })
            .collect())
    }

    /// One role membership as the API shows it; not found when the member
    /// is gone.
    async fn role_membership_to_view(
        &self,
        organization_id: Uuid,
        member: RoleMembershipRecord,
    ) -> Result<api::RoleMembership, Error> {
        self.role_memberships_to_views(organization_id, vec![member])
            .await?
            .pop()
            .ok_or_else(Error::object_not_found)
    }

    /// Roles as the API shows them, with their members and creators read
    /// in batches: a few reads, whatever the number of roles and members.
    async fn roles_to_views(
        &self,
        organization: &OrganizationRecord,
        roles: Vec<RoleRecord>,
    ) -> Result<Vec<api::Role>, Error> {
        let role_ids: Vec<Uuid> = roles.iter().map(|role| role.id).collect();
        let members =
            self.store.role_members_of(organization.id, &role_ids).await?;
        let mut members_by_role: HashMap<Uuid, Vec<api::RoleMembership>> =
            HashMap::new();
        for member in
            self.role_memberships_to_views(organization.id, members).await?
        {
            members_by_role.entry(member.role_id).or_default().push(member);
        }
        let creators =
            self.users_by_id(roles.iter().map(|role| role.created_by)).await?;
        Ok(roles
            .into_iter()
            .map(|role| api::Role {
                is_default: organization.default_role_id == Some(role.id),
                members: members_by_role.remove(&role.id).unwrap_or_default(),
                created_by: creators.get(&role.created_by).map(user_basic),
                id: role.id,
                name: role.name,
                created_at: role.created_at,
            })
            .collect())
    }

    async fn role_to_view(
        &self,
        organization: &OrganizationRecord,
        role: RoleRecord,
    ) -> Result<api::Role, Error> {
        let mut views = self.roles_to_views(organization, vec![role]).await?;
        Ok(views.remove(0))
    }

    pub async fn role_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        page: PageRequest,
    ) -> Result<Page<api::Role>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let roles = self
            .store
            .role_list_page(
                organization.id,
                page.offset,
                page.after_id()?,
                page.limit,
            )
            .await?;
        Ok(Page {
            count: roles.count,
            items: self.roles_to_views(&organization, roles.items).await?,
        })
    }

    pub async fn role_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::RoleCreate,
    ) -> Result<api::Role, Error> {
        let Access { organization, guard, .. } = self
            .organization_access(caller, organization_id, Level::Admin)
            .await?;
        let role = RoleRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            name: clean_text("name", &params.name, ROLE_NAME_MAX, false)?,
            created_by: caller.user.id,
            created_at: self.now(),
            external_id: None,
            updated_at: None,
        };
        self.store
            .role_insert(
                &self.actor(caller, Some(organization.id)),
                &role,
                &guard,
            )
            .await?;
        self.role_to_view(&organization, role).await
    }

    pub async fn role_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
    ) -> Result<api::Role, Error> {
        let (Access { organization, .. }, role) = self
            .role_access(caller, organization_id, role_id, Level::Member)
            .await?;
        self.role_to_view(&organization, role).await
    }

    /// PUT and PATCH: only the name changes.
    pub async fn role_patch(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        params: api::RolePatch,
    ) -> Result<api::Role, Error> {
        let (Access { organization, guard, .. }, role) = self
            .role_access(caller, organization_id, role_id, Level::Admin)
            .await?;
        let role = match params.name {
            Some(name) => {
                let name = clean_text("name", &name, ROLE_NAME_MAX, false)?;
                let now = self.now();
                self.store
                    .role_update(
                        &self.actor(caller, Some(organization.id)),
                        organization.id,
                        role.id,
                        &guard,
                        move |role| {
                            role.name = name.clone();
                            role.updated_at = Some(now);
                        },
                    )
                    .await?
            }
            None => role,
        };
        self.role_to_view(&organization, role).await
    }

    pub async fn role_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { organization, guard, .. }, role) = self
            .role_access(caller, organization_id, role_id, Level::Admin)
            .await?;
        self.store
            .role_remove(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                role.id,
                &guard,
            )
            .await?;
        Ok(())
    }

    pub async fn role_membership_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        page: PageRequest,
    ) -> Result<Page<api::RoleMembership>, Error> {
        let (Access { organization, .. }, role) = self
            .role_access(caller, organization_id, role_id, Level::Member)
            .await?;
        let members = self
            .store
            .role_member_list_page(
                organization.id,
                role.id,
                page.start_at_joined()?,
                page.limit,
            )
            .await?;
        Ok(Page {
            count: members.count,
            items: self
                .role_memberships_to_views(organization.id, members.items)
                .await?,
        })
    }

    pub async fn role_membership_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        params: api::RoleMembershipCreate,
    ) -> Result<api::RoleMembership, Error> {
        let (Access { organization, guard, .. }, role) = self
            .role_access(caller, organization_id, role_id, Level::Admin)
            .await?;
        let now = self.now();
        let member = RoleMembershipRecord {
            id: Uuid::now_v7(),
            role_id: role.id,
            user_id: params.user_uuid,
            joined_at: now,
            updated_at: now,
        };
        self.store
            .role_member_insert(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                &member,
                &guard,
            )
            .await?;
        self.role_membership_to_view(organization.id, member).await
    }

    /// The role membership named in the path, of the role named in the
    /// path (a role id that is not one names nothing).
    async fn role_membership_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        role_membership_id: RecordId,
        level: Level,
    ) -> Result<(Access, RoleMembershipRecord), Error> {
        let role_id = role_id.uuid();
        self.record_access(
            caller,
            organization_id,
            role_membership_id,
            level,
            |organization, id| async move {
                let Some(role_id) = role_id else { return Ok(None) };
                let members = self
                    .store
                    .role_members_of(organization, &[role_id])
                    .await?;
                Ok(members.into_iter().find(|member| member.id == id))
            },
        )
        .await
    }

    pub async fn role_membership_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        role_membership_id: RecordId,
    ) -> Result<api::RoleMembership, Error> {
        let (Access { organization, .. }, member) = self
            .role_membership_access(
                caller,
                organization_id,
                role_id,
                role_membership_id,
                Level::Member,
            )
            .await?;
        self.role_membership_to_view(organization.id, member).await
    }

    pub async fn role_membership_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        role_id: RecordId,
        role_membership_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { organization, guard, .. }, member) = self
            .role_membership_access(
                caller,
                organization_id,
                role_id,
                role_membership_id,
                Level::Admin,
            )
            .await?;
        self.store
            .role_member_remove(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                member.role_id,
                member.user_id,
                &guard,
            )
            .await?;
        Ok(())
    }
}
