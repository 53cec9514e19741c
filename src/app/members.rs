//! Members: listing, level changes, removal and leaving, with PostHog's
//! level rules. The rules run inside the store's transaction, against the
//! records as they are at that moment.

use super::check_standing;
use super::organizations::Access;
use super::path_id;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::UserRef;
use crate::api;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::page::Start;
use crate::store::records::ActorUser;
use crate::store::records::DomainRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::UserRecord;
use crate::store::MemberFilter;
use crate::store::MembershipChange;
use uuid::Uuid;

/// Keys used within this many days count as active.
const ACTIVE_KEY_DAYS: i64 = 7;

/// A user as others see them.
pub fn user_basic(user: &UserRecord) -> api::UserBasic {
    api::UserBasic {
        role_at_organization: super::users::role_at_organization(user),
        ..user_basic_of(&ActorUser::of(user))
    }
}

/// The user who made a change, as the activity log remembers them (what
/// they do at their organization is not remembered).
pub fn user_basic_of(user: &ActorUser) -> api::UserBasic {
    api::UserBasic {
        id: user.numeric_id,
        uuid: user.id,
        distinct_id: Some(user.id.to_string()),
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        email: user.email.clone(),
        is_email_verified: None,
        hedgehog_config: None,
        role_at_organization: None,
    }
}

pub fn member_to_view(
    membership: MembershipRecord,
    user: &UserRecord,
) -> api::OrganizationMember {
    api::OrganizationMember {
        id: membership.id,
        user: user_basic(user),
        level: membership.level.into(),
        joined_at: membership.joined_at,
        updated_at: membership.updated_at,
        is_2fa_enabled: false,
        has_social_auth: false,
        // Creating the organization or accepting the invite was an
        // authentication of this user, so `joined_at` bounds it from below
        // (and stands in for stores older than `last_login`).
        last_login: user.last_login.map_or(membership.joined_at, |login| {
            login.max(membership.joined_at)
        }),
    }
}

/// Checks a membership level from a request.
pub(crate) fn check_level(attr: &str, level: u8) -> Result<Level, Error> {
    Level::try_from(level).map_err(|_| {
        Error::invalid(
            attr,
            Code::InvalidChoice,
            format!("\"{level}\" is not a valid choice."),
        )
    })
}

/// PostHog's rules for changing another member's level (each a 403).
fn check_level_change(
    caller: Uuid,
    change: &MembershipChange,
    new_level: Level,
) -> Result<(), Error> {
    let actor =
        change.actor.as_ref().ok_or_else(Error::organization_not_found)?;
    check_standing(&change.organization, actor)?;
    let refuse = |detail: &str| Err(Error::permission_denied(detail));
    if change.target.user_id == caller {
        return refuse("You can't change your own access level.");
    }
    if new_level == Level::Owner && actor.level < Level::Owner {
        return refuse(
            "You can only make another member owner if you're this \
             organization's owner.",
        );
    }
    if new_level > actor.level {
        return refuse(
            "You can only change access level of others to lower or equal to \
             your current one.",
        );
    }
    if actor.level < Level::Admin {
        return refuse("You can only edit others if you are an admin.");
    }
    if change.target.level > actor.level {
        return refuse(
            "You can only edit others with level lower or equal to you.",
        );
    }
    Ok(())
}

/// Anyone may leave; removing someone else needs admin and a level at
/// least theirs.
fn check_removal(caller: Uuid, change: &MembershipChange) -> Result<(), Error> {
    let actor =
        change.actor.as_ref().ok_or_else(Error::organization_not_found)?;
    check_standing(&change.organization, actor)?;
    if change.target.user_id == caller {
        return Ok(());
    }
    if actor.level < Level::Admin || actor.level < change.target.level {
        return Err(Error::permission_denied(
            "You can only remove others if you are an admin and your level is \
             at least theirs.",
        ));
    }
    Ok(())
}

/// The member list's filters, read once from the query.
struct MemberFilters<'a> {
    params: &'a api::MemberListParams,
    /// From `levels`: entries that are not numbers match nobody.
    levels: Option<Vec<u8>>,
    /// From `email_domain`: lowercase, without a leading `@`.
    email_domain: Option<String>,
    /// The organization's verified domains, when
    /// `outside_verified_domains` is true.
    verified_domains: Option<Vec<String>>,
}

/// The domain part of an address, lowercase.
fn email_domain(email: &str) -> String {
    email.rsplit_once('@').map(|(_, d)| d).unwrap_or("").to_lowercase()
}

impl MemberFilters<'_> {
    /// Whether any filter was asked for (else every member matches).
    fn filters_anything(&self) -> bool {
        let params = self.params;
        params.email.is_some()
            || params.updated_after.is_some()
            || params.search.is_some()
            || self.levels.is_some()
            || self.email_domain.is_some()
            || self.verified_domains.is_some()
    }

    fn matches(
        &self,
        membership: &MembershipRecord,
        user: &UserRecord,
    ) -> bool {
        let params = self.params;
        let email_matches = params
            .email
            .as_deref()
            .is_none_or(|email| user.email.eq_ignore_ascii_case(email.trim()));
        let updated_matches = params
            .updated_after
            .is_none_or(|after| membership.updated_at > after);
        let search_matches = params.search.as_deref().is_none_or(|search| {
            let search = search.trim().to_lowercase();
            [&user.email, &user.first_name, &user.last_name]
                .iter()
                .any(|field| field.to_lowercase().contains(&search))
        });
        let level_matches = self
            .levels
            .as_ref()
            .is_none_or(|levels| levels.contains(&membership.level.into()));
        let domain = email_domain(&user.email);
        let domain_matches =
            self.email_domain.as_ref().is_none_or(|wanted| *wanted == domain);
        let outside_matches = self
            .verified_domains
            .as_ref()
            .is_none_or(|verified| !verified.contains(&domain));
        email_matches
            && updated_matches
            && search_matches
            && level_matches
            && domain_matches
            && outside_matches
    }
}

impl App {
    /// The user's membership of the organization; not found when there is
    /// none.
    async fn membership_of(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<MembershipRecord, Error> {
        self.store
            .membership_fetch(organization_id, user_id)
            .await?
            .ok_or_else(Error::object_not_found)
    }

    /// The user a member or user path names (`@me` is the caller).
    pub(super) fn member_user_id(
        &self,
        caller: &Caller,
        user_uuid: UserRef,
    ) -> Result<Uuid, Error> {
        match user_uuid {
            UserRef::Me => Ok(caller.user.id),
            UserRef::Id(id) => path_id(id),
        }
    }

    pub async fn member_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: &api::MemberListParams,
        page: PageRequest,
    ) -> Result<Page<api::OrganizationMember>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let verified_domains = match params.outside_verified_domains {
            Some(true) => Some(
                self.store
                    .list_under::<DomainRecord>(
                        &[organization.id],
                        false,
                        Start::Offset(0),
                        u64::MAX,
                    )
                    .await?
                    .items
                    .into_iter()
                    .filter(|domain| domain.verified_at.is_some())
                    .map(|domain| domain.domain)
                    .collect(),
            ),
            _ => None,
        };
        let filters = MemberFilters {
            params,
            levels: params.levels.as_deref().map(|levels| {
                levels
                    .split(',')
                    .filter_map(|level| level.trim().parse().ok())
                    .collect()
            }),
            email_domain: params.email_domain.as_deref().map(|domain| {
                domain.trim().trim_start_matches('@').to_lowercase()
            }),
            verified_domains,
        };
        let matches = |membership: &MembershipRecord, user: &UserRecord| {
            filters.matches(membership, user)
        };
        let filter: Option<MemberFilter> =
            filters.filters_anything().then_some(&matches);
        let newest_first = params.order.unwrap_or_default()
            == api::MemberOrder::JoinedAtDescending;
        Ok(self
            .store
            .member_list_page(
                organization.id,
                filter,
                newest_first,
                page.start_at_joined()?,
                page.limit,
            )
            .await?
            .map(|(membership, user)| member_to_view(membership, &user)))
    }

    pub async fn member_update(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        user_uuid: UserRef,
        params: api::OrganizationMemberUpdate,
    ) -> Result<api::OrganizationMember, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let target = self.member_user_id(caller, user_uuid)?;
        let Some(level) = params.level else {
            // Nothing to change (PostHog's schema makes `level` optional).
            let membership =
                self.membership_of(organization.id, target).await?;
            let user = self
                .store
                .user_fetch(target)
                .await?
                .ok_or_else(Error::object_not_found)?;
            return Ok(member_to_view(membership, &user));
        };
        let level = check_level("level", level)?;
        let now = self.now();
        let actor = caller.user.id;
        let updated = self
            .store
            .membership_update(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                actor,
                target,
                move |change| {
                    check_level_change(actor, change, level)?;
                    let mut updated = change.target.clone();
                    updated.level = level;
                    updated.updated_at = now;
                    Ok::<_, Error>(updated)
                },
            )
            .await??;
        let user = self
            .store
            .user_fetch(target)
            .await?
            .ok_or_else(Error::object_not_found)?;
        Ok(member_to_view(updated, &user))
    }

    pub async fn member_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        user_uuid: UserRef,
    ) -> Result<(), Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let target = self.member_user_id(caller, user_uuid)?;
        let actor = caller.user.id;
        self.store
            .membership_remove(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                actor,
                target,
                move |change| check_removal(actor, change),
            )
            .await??;
        Ok(())
    }

    /// A member's GitHub login: orgbase links none.
    pub async fn member_github_login(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        user_uuid: UserRef,
    ) -> Result<api::GithubLogin, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let target = self.member_user_id(caller, user_uuid)?;
        self.membership_of(organization.id, target).await?;
        Ok(api::GithubLogin { github_login: None })
    }

    /// A member's keys that can reach the organization: for the member
    /// themself, or an admin.
    pub async fn member_scoped_api_keys(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        user_uuid: UserRef,
    ) -> Result<api::ScopedApiKeys, Error> {
        let Access { organization, membership, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let target = self.member_user_id(caller, user_uuid)?;
        if target != caller.user.id && membership.level < Level::Admin {
            return Err(Error::permission_denied(
                "Only admins can see other members' API keys.",
            ));
        }
        self.membership_of(organization.id, target).await?;
        let now = self.now();
        let mut keys =
            self.store.api_key_list_page(target, 0, u64::MAX).await?.items;
        keys.retain(|key| {
            key.scoped_organizations.is_empty()
                || key.scoped_organizations.contains(&organization.id)
        });
        keys.reverse();
        let active = keys.iter().any(|key| {
            key.last_used_at
                .is_some_and(|used| (now - used).num_days() < ACTIVE_KEY_DAYS)
        });
        Ok(api::ScopedApiKeys {
            has_keys: !keys.is_empty(),
            has_keys_active_last_week: active,
            keys: keys
                .into_iter()
                .map(|key| api::ScopedApiKey {
                    name: key.label,
                    last_used_at: key.last_used_at,
                })
                .collect(),
        })
    }
}
