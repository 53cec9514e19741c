//! Invites: making, listing and deleting them, emailing them, and
//! accepting them (PostHog's signup with an invite).

use super::check_standing;
use super::clean_text;
use super::is_expired;
use super::members::check_level;
use super::members::user_basic;
use super::organizations::Access;
use super::path_id;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::app::users::clean_email;
use crate::error::Code;
use crate::error::Error;
use crate::error::DETAIL_LEVEL_INSUFFICIENT;
use crate::page::Page;
use crate::store::records::InviteRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::UserRecord;
use crate::store::InviteAcceptance;
use crate::store::InviteChanges;
use crate::store::InvitePlanning;
use chrono::DateTime;
use chrono::Utc;
use std::collections::BTreeMap;
use std::collections::HashMap;
use uuid::Uuid;

/// Most invites in one bulk request.
pub const BULK_MAX: usize = 20;
const FIRST_NAME_MAX: usize = 30;
const MESSAGE_MAX: usize = 5000;

/// The address with its domain part lowercased, as PostHog stores it.
fn normalize_email(attr: &str, email: &str) -> Result<String, Error> {
    let email = clean_email(attr, email)?;
    let (local, domain) =
        email.split_once('@').expect("checked by clean_email");
    Ok(format!("{local}@{}", domain.to_lowercase()))
}

/// A validated invite request, before it meets the invites that exist.
struct InviteDraft {
    target_email: String,
    first_name: String,
    level: Level,
    message: Option<String>,
    private_project_access: Vec<(i64, u8)>,
    send_email: bool,
    combine_pending_invites: bool,
}

/// What storing `drafts` (by `inviter_id`, at `now`) changes in an
/// organization as `planning` shows it: each draft replaces the earlier
/// invites to its address, with the level and projects that
/// [`invite_grant`] allows. The store runs it inside the write's
/// transaction, perhaps more than once, so it only computes.
fn plan_invites(
    planning: &InvitePlanning,
    drafts: &[InviteDraft],
    inviter_id: Uuid,
    now: DateTime<Utc>,
    mailer_ready: bool,
) -> Result<InviteChanges, Error> {
    let inviter = planning.inviter.ok_or_else(Error::organization_not_found)?;
    check_may_invite(planning.organization, inviter)?;
    let mut changes = InviteChanges { remove: Vec::new(), insert: Vec::new() };
    for draft in drafts {
        let earlier: Vec<&InviteRecord> = planning
            .existing
            .iter()
            .filter(|invite| {
                invite.target_email.eq_ignore_ascii_case(&draft.target_email)
            })
            .collect();
        let (level, access) = invite_grant(draft, &earlier, inviter, now)?;
        changes.remove.extend(earlier.iter().map(|invite| invite.id));
        changes.insert.push(InviteRecord {
            id: Uuid::now_v7(),
            organization_id: planning.organization.id,
            target_email: draft.target_email.clone(),
            first_name: draft.first_name.clone(),
            level,
            created_by: inviter_id,
            created_at: now,
            updated_at: now,
            message: draft.message.clone(),
            private_project_access: access,
            emailing_attempt_made: draft.send_email && mailer_ready,
        });
    }
    Ok(changes)
}

/// Why an invite cannot be accepted by this user, if it cannot.
fn acceptance_problem(
    invite: &InviteRecord,
    email: &str,
    already_member: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let refuse = |code, detail: &str| {
        Err(Error::Invalid { code, detail: detail.to_string(), attr: None })
    };
    if is_expired(invite, now) {
        return refuse(
            Code::Expired,
            "This invite has expired. Please ask your admin for a new one.",
        );
    }
    if !invite.target_email.eq_ignore_ascii_case(email) {
        return refuse(
            Code::InvalidRecipient,
            "This invite is intended for another email address.",
        );
    }
    if already_member {
        return refuse(
            Code::UserAlreadyMember,
            "You already are a member of this organization.",
        );
    }
    Ok(())
}

/// Whether members may invite in `organization` as `inviter` stands in it
/// (`members_can_invite`, besides the rules of every operation).
fn check_may_invite(
    organization: &OrganizationRecord,
    inviter: &MembershipRecord,
) -> Result<(), Error> {
    check_standing(organization, inviter)?;
    if inviter.level < Level::Admin
        && organization.members_can_invite == Some(false)
    {
        return Err(Error::permission_denied(
            "Your organization does not allow members to invite others.",
        ));
    }
    Ok(())
}

/// Whether the member at `membership` may delete `invite`: admins and
/// owners, or whoever made it. Replacing an invite deletes it, so the same
/// rule decides whether a new invite may replace it.
fn may_delete_invite(
    membership: &MembershipRecord,
    invite: &InviteRecord,
) -> bool {
    membership.level >= Level::Admin || invite.created_by == membership.user_id
}

/// The level and project access of the invite that `draft` makes, which
/// replaces `earlier` (the invites for the same address). The inviter must
/// be allowed to delete each of them, and may not grant more than their own
/// level. With `combine_pending_invites`, the unexpired earlier invites'
/// levels and project access are merged in (the highest of each).
fn invite_grant(
    draft: &InviteDraft,
    earlier: &[&InviteRecord],
    inviter: &MembershipRecord,
    now: DateTime<Utc>,
) -> Result<(Level, Vec<(i64, u8)>), Error> {
    if draft.level > inviter.level {
        return Err(Error::permission_denied(
            "You cannot invite someone at a level above your own.",
        ));
    }
    if earlier.iter().any(|invite| !may_delete_invite(inviter, invite)) {
        return Err(Error::permission_denied(format!(
            "An invite for {} made by someone else is pending, and only \
             admins, owners or whoever made it may replace it.",
            draft.target_email
        )));
    }
    let mut level = draft.level;
    let mut access: BTreeMap<i64, u8> =
        draft.private_project_access.iter().copied().collect();
    if draft.combine_pending_invites {
        for invite in earlier.iter().filter(|invite| !is_expired(invite, now)) {
            level = level.max(invite.level);
            for (project, project_level) in &invite.private_project_access {
                let entry = access.entry(*project).or_insert(*project_level);
                *entry = (*entry).max(*project_level);
            }
        }
        if level > inviter.level {
            return Err(Error::permission_denied(format!(
                "Combining pending invites for {} would grant a level above \
                 your own.",
                draft.target_email
            )));
        }
    }
    Ok((level, access.into_iter().collect()))
}

impl App {
    /// Invites as the API shows them, their creators read in one batch.
    async fn invites_to_views(
        &self,
        invites: Vec<InviteRecord>,
        now: DateTime<Utc>,
    ) -> Result<Vec<api::OrganizationInvite>, Error> {
        let creators = self
            .users_by_id(invites.iter().map(|invite| invite.created_by))
            .await?;
        Ok(invites
            .into_iter()
            .map(|invite| invite_to_view(invite, &creators, now))
            .collect())
    }
}

/// An invite as the API shows it; `creators` holds its creator if they
/// still exist.
fn invite_to_view(
    invite: InviteRecord,
    creators: &HashMap<Uuid, UserRecord>,
    now: DateTime<Utc>,
) -> api::OrganizationInvite {
    api::OrganizationInvite {
        created_by: creators.get(&invite.created_by).map(user_basic),
        id: invite.id,
        is_expired: is_expired(&invite, now),
        target_email: invite.target_email,
        first_name: invite.first_name,
        emailing_attempt_made: invite.emailing_attempt_made,
        level: invite.level.into(),
        created_at: invite.created_at,
        updated_at: invite.updated_at,
        message: invite.message,
        private_project_access: invite
            .private_project_access
            .into_iter()
            .map(|(id, level)| api::ProjectAccess { id, level })
            .collect(),
    }
}

impl App {
    /// The organization's invites with these ids that still exist, as the
    /// API shows them (a write's lost answer read back).
    pub async fn invite_views(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        ids: impl IntoIterator<Item = RecordId>,
    ) -> Result<Vec<api::OrganizationInvite>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let mut invites = Vec::new();
        for id in ids.into_iter().filter_map(RecordId::uuid) {
            let invite = self.store.invite_fetch(id).await?;
            invites
                .extend(invite.filter(|invite| {
                    invite.organization_id == organization.id
                }));
        }
        self.invites_to_views(invites, self.now()).await
    }

    pub async fn invite_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        page: PageRequest,
    ) -> Result<Page<api::OrganizationInvite>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let now = self.now();
        let invites = self
            .store
            .list_under(
                &[organization.id],
                true,
                page.start_at_id()?,
                page.limit,
            )
            .await?;
        Ok(Page {
            count: invites.count,
            items: self.invites_to_views(invites.items, now).await?,
        })
    }

    /// Checks one invite request (field names prefixed for bulk bodies).
    async fn invite_draft(
        &self,
        organization: &OrganizationRecord,
        params: api::OrganizationInviteCreate,
        attr_prefix: &str,
    ) -> Result<InviteDraft, Error> {
        let attr = |name: &str| format!("{attr_prefix}{name}");
        let target_email =
            normalize_email(&attr("target_email"), &params.target_email)?;
        let first_name = clean_text(
            &attr("first_name"),
            params.first_name.as_deref().unwrap_or(""),
            FIRST_NAME_MAX,
            true,
        )?;
        let level = check_level(
            &attr("level"),
            params.level.unwrap_or(Level::Member.into()),
        )?;
        let message = params
            .message
            .as_deref()
            .map(|message| {
                clean_text(&attr("message"), message, MESSAGE_MAX, true)
            })
            .transpose()?
            .filter(|message| !message.is_empty());
        let mut private_project_access = Vec::new();
        for access in params.private_project_access.unwrap_or_default() {
            let attr = attr("private_project_access");
            if organization.project(access.id).is_none() {
                return Err(Error::invalid(
                    &attr,
                    Code::Invalid,
                    format!(
                        "Project {} does not belong to this organization.",
                        access.id
                    ),
                ));
            }
            if ![Level::Member, Level::Admin]
                .map(u8::from)
                .contains(&access.level)
            {
                return Err(Error::invalid(
                    &attr,
                    Code::InvalidChoice,
                    format!(
                        "\"{}\" is not a valid project access level.",
                        access.level
                    ),
                ));
            }
            private_project_access.push((access.id, access.level));
        }
        if let Some(user) =
            self.store.user_fetch_by_email(&target_email).await?
        {
            if self
                .store
                .membership_fetch(organization.id, user.id)
                .await?
                .is_some()
            {
                return Err(Error::invalid(
                    &attr("target_email"),
                    Code::AlreadyMember,
                    "A user with this email address already belongs to the organization.",
                ));
            }
        }
        Ok(InviteDraft {
            target_email,
            first_name,
            level,
            message,
            private_project_access,
            send_email: params.send_email.unwrap_or(true),
            combine_pending_invites: params
                .combine_pending_invites
                .unwrap_or(false),
        })
    }

    pub async fn invite_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::OrganizationInviteCreate,
    ) -> Result<api::OrganizationInvite, Error> {
        let mut invites = self
            .invites_make(caller, organization_id, vec![params], false)
            .await?;
        Ok(invites.remove(0))
    }

    pub async fn invite_bulk_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: Vec<api::OrganizationInviteCreate>,
    ) -> Result<Vec<api::OrganizationInvite>, Error> {
        if params.len() > BULK_MAX {
            return Err(Error::Invalid {
                code: Code::MaxLength,
                detail: format!(
                    "A maximum of {BULK_MAX} invites can be sent at once."
                ),
                attr: None,
            });
        }
        self.invites_make(caller, organization_id, params, true).await
    }

    /// Validates every request, then replaces the earlier invites for the
    /// same addresses (merging them when asked) and stores the new ones,
    /// all in one transaction; then sends the emails.
    async fn invites_make(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: Vec<api::OrganizationInviteCreate>,
        bulk: bool,
    ) -> Result<Vec<api::OrganizationInvite>, Error> {
        let Access { organization, membership, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        check_may_invite(&organization, &membership)?;
        let mut drafts: Vec<InviteDraft> = Vec::new();
        for (index, params) in params.into_iter().enumerate() {
            let prefix =
                if bulk { format!("{index}__") } else { String::new() };
            let draft =
                self.invite_draft(&organization, params, &prefix).await?;
            if drafts.iter().any(|other| {
                other.target_email.eq_ignore_ascii_case(&draft.target_email)
            }) {
                return Err(Error::invalid(
                    &format!("{prefix}target_email"),
                    Code::Unique,
                    "This address is invited twice in one request.",
                ));
            }
            drafts.push(draft);
        }
        let now = self.now();
        let mailer_ready = self.mailer.is_configured();
        let created = self
            .store
            .invite_replace(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                caller.user.id,
                |planning| {
                    plan_invites(
                        planning,
                        &drafts,
                        caller.user.id,
                        now,
                        mailer_ready,
                    )
                },
            )
            .await??;
        for (invite, draft) in created.iter().zip(&drafts) {
            if draft.send_email {
                self.invite_email(invite, &organization, caller).await;
            }
        }
        self.invites_to_views(created, now).await
    }

    /// Emails an invite, or logs why not; never fails the request.
    async fn invite_email(
        &self,
        invite: &InviteRecord,
        organization: &OrganizationRecord,
        caller: &Caller,
    ) {
        if !self.mailer.is_configured() {
            slog::info!(self.log, "invite email not sent: no SMTP server configured";
                "invite_id" => %invite.id);
            return;
        }
        let inviter = match caller.user.first_name.trim() {
            "" => caller.user.email.clone(),
            name => name.to_string(),
        };
        match self
            .mailer
            .send_invite(invite, &organization.name, &inviter)
            .await
        {
            Ok(()) => {
                slog::info!(self.log, "invite email sent"; "invite_id" => %invite.id)
            }
            Err(error) => slog::warn!(self.log, "invite email failed";
                "invite_id" => %invite.id, "error" => error),
        }
    }

    /// Deletes an invite: admins and owners, or whoever made it.
    pub async fn invite_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        invite_id: RecordId,
    ) -> Result<(), Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let id = path_id(invite_id)?;
        self.store
            .invite_replace(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                caller.user.id,
                |planning| {
                    let deleter = planning
                        .inviter
                        .ok_or_else(Error::organization_not_found)?;
                    check_standing(planning.organization, deleter)?;
                    let invite = planning
                        .existing
                        .iter()
                        .find(|invite| invite.id == id)
                        .ok_or_else(Error::object_not_found)?;
                    if !may_delete_invite(deleter, invite) {
                        return Err(Error::permission_denied(
                            DETAIL_LEVEL_INSUFFICIENT,
                        ));
                    }
                    Ok(InviteChanges { remove: vec![id], insert: Vec::new() })
                },
            )
            .await??;
        Ok(())
    }

    /// An invite as the caller may accept it, or why they cannot.
    pub async fn signup_view(
        &self,
        caller: &Caller,
        invite_id: RecordId,
    ) -> Result<api::InviteSignupCheck, Error> {
        let not_found = Error::object_not_found;
        let id = path_id(invite_id)?;
        let invite = self
            .store
            .invite_fetch(id)
            .await?
            .filter(|invite| caller.key_reaches(invite.organization_id))
            .ok_or_else(not_found)?;
        let organization = self
            .store
            .organization_fetch(invite.organization_id)
            .await?
            .ok_or_else(not_found)?;
        let already_member = self
            .store
            .membership_fetch(organization.id, caller.user.id)
            .await?
            .is_some();
        acceptance_problem(
            &invite,
            &caller.user.email,
            already_member,
            self.now(),
        )?;
        Ok(api::InviteSignupCheck {
            id: invite.id,
            target_email: invite.target_email,
            first_name: invite.first_name,
            organization_id: organization.id,
            organization_name: organization.name,
            level: invite.level.into(),
        })
    }

    /// Accepts an invite: the caller joins at its level, the invite is
    /// consumed, and the organization becomes the caller's current one.
    pub async fn signup_accept(
        &self,
        caller: &Caller,
        invite_id: RecordId,
    ) -> Result<api::User, Error> {
        let id = path_id(invite_id)?;
        let now = self.now();
        let accepting = caller.clone();
        self.store
            .invite_accept(
                &self.actor(caller, None),
                id,
                caller.user.id,
                move |acceptance: &InviteAcceptance| {
                    let caller = &accepting;
                    // An organization outside the key's scope is, to it,
                    // not found: no invite of it either.
                    if !caller.key_reaches(acceptance.organization.id) {
                        return Err(Error::object_not_found());
                    }
                    acceptance_problem(
                        &acceptance.invite,
                        &acceptance.user.email,
                        acceptance.already_member,
                        now,
                    )?;
                    Ok::<_, Error>(MembershipRecord {
                        id: Uuid::now_v7(),
                        user_id: caller.user.id,
                        level: acceptance.invite.level,
                        // A user who joins gets the organization's default role.
                        roles: acceptance
                            .organization
                            .default_role_id
                            .into_iter()
                            .collect(),
                        // Access to the invite's private projects (a
                        // project's removal takes it out of its invites).
                        project_access: acceptance
                            .invite
                            .private_project_access
                            .clone(),
                        joined_at: now,
                        updated_at: now,
                    })
                },
            )
            .await??;
        let user = self
            .store
            .user_fetch(caller.user.id)
            .await?
            .ok_or_else(Error::object_not_found)?;
        self.user_to_view(caller, &user).await
    }
}

#[cfg(test)]
mod test {
    use super::*;

    fn membership(level: Level) -> MembershipRecord {
        let now = Utc::now();
        MembershipRecord {
            id: Uuid::now_v7(),
            user_id: Uuid::now_v7(),
            level,
            joined_at: now,
            updated_at: now,
            roles: Vec::new(),
            project_access: Vec::new(),
        }
    }

    fn invite(by: Uuid, level: Level, access: &[(i64, u8)]) -> InviteRecord {
        let now = Utc::now();
        InviteRecord {
            id: Uuid::now_v7(),
            organization_id: Uuid::now_v7(),
            target_email: "dana@example.com".to_string(),
            first_name: String::new(),
            level,
            created_by: by,
            created_at: now,
            updated_at: now,
            message: None,
            private_project_access: access.to_vec(),
            emailing_attempt_made: false,
        }
    }

    fn draft(level: Level, access: &[(i64, u8)], combine: bool) -> InviteDraft {
        InviteDraft {
            target_email: "dana@example.com".to_string(),
            first_name: String::new(),
            level,
            message: None,
            private_project_access: access.to_vec(),
            send_email: false,
            combine_pending_invites: combine,
        }
    }

    #[test]
    fn test_combining_takes_the_highest_of_unexpired_invites() {
        let admin = membership(Level::Admin);
        let now = Utc::now();
        let mut expired = invite(admin.user_id, Level::Admin, &[(9, 8)]);
        expired.created_at = now - chrono::Duration::days(4);
        let pending = invite(admin.user_id, Level::Member, &[(1, 8), (2, 1)]);
        let earlier = [&expired, &pending];
        let combined = draft(Level::Member, &[(1, 1), (3, 1)], true);
        assert_eq!(
            invite_grant(&combined, &earlier, &admin, now).unwrap(),
            (Level::Member, vec![(1, 8), (2, 1), (3, 1)]),
            "the expired invite's level and project are not merged"
        );
        let replacing = draft(Level::Member, &[(1, 1)], false);
        assert_eq!(
            invite_grant(&replacing, &earlier, &admin, now).unwrap(),
            (Level::Member, vec![(1, 1)])
        );
    }

    #[test]
    fn test_no_grant_above_the_inviter_or_over_others_invites() {
        let member = membership(Level::Member);
        let admin = membership(Level::Admin);
        let now = Utc::now();
        let above = draft(Level::Admin, &[], false);
        assert!(invite_grant(&above, &[], &member, now).is_err());
        let admins = invite(admin.user_id, Level::Admin, &[]);
        let own = invite(member.user_id, Level::Member, &[]);
        let plain = draft(Level::Member, &[], false);
        assert!(invite_grant(&plain, &[&admins], &member, now).is_err());
        assert!(invite_grant(&plain, &[&own], &member, now).is_ok());
        assert!(invite_grant(&plain, &[&own], &admin, now).is_ok());
        // Combining the member's own invite with an admin-level one the
        // member made earlier (when they were admin) would grant too much.
        let own_high = invite(member.user_id, Level::Admin, &[]);
        let combine = draft(Level::Member, &[], true);
        assert!(invite_grant(&combine, &[&own_high], &member, now).is_err());
    }

    /// Each draft replaces the invites to its address (any case), and
    /// only those; what is stored is the draft with its grant, by the
    /// inviter, now.
    #[test]
    fn test_plan_replaces_earlier_invites_to_each_address() {
        let admin = membership(Level::Admin);
        let now = Utc::now();
        let organization = OrganizationRecord::for_tests();
        let mut same = invite(admin.user_id, Level::Member, &[(1, 8)]);
        same.target_email = "DANA@example.com".to_string();
        let other = InviteRecord {
            target_email: "eve@example.com".to_string(),
            ..invite(admin.user_id, Level::Member, &[])
        };
        let existing = [same.clone(), other];
        let planning = InvitePlanning {
            organization: &organization,
            inviter: Some(&admin),
            existing: &existing,
        };
        let drafts = [draft(Level::Member, &[(2, 1)], true)];
        let changes =
            plan_invites(&planning, &drafts, admin.user_id, now, true).unwrap();
        assert_eq!(changes.remove, [same.id]);
        let [stored] = &changes.insert[..] else { panic!("one invite") };
        assert_eq!(
            (
                stored.organization_id,
                stored.target_email.as_str(),
                stored.level,
                &stored.private_project_access,
                stored.created_by,
                stored.created_at,
                stored.emailing_attempt_made,
            ),
            (
                organization.id,
                "dana@example.com",
                Level::Member,
                &vec![(1, 8), (2, 1)],
                admin.user_id,
                now,
                false,
            )
        );

        // An inviter who is no longer a member, or a member where members
        // may not invite, plans nothing.
        let gone = InvitePlanning { inviter: None, ..planning };
        assert!(plan_invites(&gone, &drafts, admin.user_id, now, true).is_err());
        let member = membership(Level::Member);
        let closed = OrganizationRecord {
            members_can_invite: Some(false),
            ..OrganizationRecord::for_tests()
        };
        let refused = InvitePlanning {
            organization: &closed,
            inviter: Some(&member),
            existing: &[],
        };
        assert!(
            plan_invites(&refused, &drafts, member.user_id, now, true).is_err()
        );
    }
}
