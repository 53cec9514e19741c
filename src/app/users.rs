//! Users: the caller's own profile and preferences, the user list, and
//! instance administration.
//!
//! ## What a user sees of their organizations
//! A key limited by `scoped_organizations` shows only those organizations
//! in the user view: `organizations` is filtered, and `organization` and
//! `team` are null while the current organization is outside the key's
//! scope, and `pending_invites` lists only invites to those organizations.
//! PostHog shows them all; orgbase promises that a key reveals nothing
//! about organizations it may not see.
//!
//! ## Fields orgbase has no feature for
//! There are no passwords and no email verification, so a body that sets
//! `password` or a different `email` is refused with 400 (never ignored),
//! and the view says `has_password: false`, `is_2fa_enabled: false`.

use super::api_keys::check_key_grant;
use super::clean_text;
use super::is_expired;
use super::organizations::current_project;
use super::organizations::organization_to_view;
use super::organizations::team_to_view;
use super::organizations::visible_projects;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::UserRef;
use crate::api;
use crate::api::Scope;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::page::Start;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::UserPreferences;
use crate::store::records::UserRecord;
use crate::store::StoreError;
use crate::store::UserFilter;
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

const NAME_MAX: usize = 150;
const EMAIL_MAX: usize = 254;

/// The wire name of a choice (`dark`, `engineering`, `""`).
fn choice_name<T: Serialize>(choice: T) -> String {
    match serde_json::to_value(choice) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// A stored choice back as its wire type; None for a name it lacks.
fn choice<T: DeserializeOwned>(name: &Option<String>) -> Option<T> {
    name.as_ref().and_then(|name| {
        serde_json::from_value(serde_json::Value::String(name.clone())).ok()
    })
}

/// Applies the preference fields present in `params`.
fn apply_preferences(prefs: &mut UserPreferences, params: &api::UserPatch) {
    let p = params;
    if let Some(role) = p.role_at_organization {
        prefs.role_at_organization = Some(choice_name(role));
    }
    if let Some(settings) = &p.notification_settings {
        for (name, value) in settings {
            prefs.notification_settings.insert(name.clone(), value.clone());
        }
    }
    if let Some(value) = p.anonymize_data {
        prefs.anonymize_data = value;
    }
    if let Some(value) = p.allow_impersonation {
        prefs.allow_impersonation = value;
    }
    if let Some(value) = p.toolbar_mode {
        prefs.toolbar_mode = value.map(choice_name);
    }
    if let Some(value) = &p.events_column_config {
        prefs.events_column_config = Some(value.clone());
    }
    if let Some(value) = &p.has_seen_product_intro_for {
        prefs.has_seen_product_intro_for = value.clone();
    }
    if let Some(value) = p.theme_mode {
        prefs.theme_mode = value.map(choice_name);
    }
    if let Some(value) = &p.hedgehog_config {
        prefs.hedgehog_config = value.clone();
    }
    if let Some(value) = p.allow_sidebar_suggestions {
        prefs.allow_sidebar_suggestions = value;
    }
    if let Some(value) = p.shortcut_position {
        prefs.shortcut_position = value.map(choice_name);
    }
    if let Some(value) = p.passkeys_enabled_for_2fa {
        prefs.passkeys_enabled_for_2fa = value;
    }
}

/// The type of a notification setting's value, as PostHog's
/// `Notifications` declares it.
#[derive(Clone, Copy)]
enum NotificationType {
    /// On or off.
    Switch,
    /// Project ids (as text) to on or off.
    PerProject,
    /// A number from 0 to 1.
    Fraction,
}

/// The notification settings PostHog knows, with their types. Any other
/// key is refused (as PostHog refuses it): the settings are stored with
/// the user, so a free-form map would let one user grow their record, and
/// every read of it, without bound.
const NOTIFICATION_SETTINGS: [(&str, NotificationType); 9] = [
    ("plugin_disabled", NotificationType::Switch),
    ("error_tracking_issue_assigned", NotificationType::Switch),
    ("all_weekly_digest_disabled", NotificationType::Switch),
    ("all_weekly_report_disabled", NotificationType::Switch),
    ("organization_member_join_email_disabled", NotificationType::Switch),
    ("project_weekly_digest_disabled", NotificationType::PerProject),
    (
        "error_tracking_weekly_digest_project_enabled",
        NotificationType::PerProject,
    ),
    (
        "web_analytics_weekly_digest_project_enabled",
        NotificationType::PerProject,
    ),
    ("data_pipeline_error_threshold", NotificationType::Fraction),
];
/// Projects a per-project notification setting may name.
const NOTIFICATION_PROJECTS_MAX: usize = 1000;
/// Digits of a project id.
const PROJECT_ID_DIGITS_MAX: usize = 20;

/// Refuses a notification setting PostHog does not know, or a value of
/// another type than its own, with PostHog's errors.
fn check_notification_settings(
    settings: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), Error> {
    use serde_json::Value;
    const ATTR: &str = "notification_settings";
    for (key, value) in settings {
        let Some((_, kind)) =
            NOTIFICATION_SETTINGS.iter().find(|(name, _)| name == key)
        else {
            return Err(Error::invalid(
                ATTR,
                Code::Invalid,
                format!(
                    "Key {key} is not valid as a key for notification \
                     settings"
                ),
            ));
        };
        let (valid, expected) = match kind {
            NotificationType::Switch => (value.is_boolean(), "bool"),
            NotificationType::Fraction => (
                value.as_f64().is_some_and(|v| (0.0..=1.0).contains(&v)),
                "a number from 0 to 1",
            ),
            NotificationType::PerProject => (
                value.as_object().is_some_and(|projects| {
                    projects.len() <= NOTIFICATION_PROJECTS_MAX
                        && projects.iter().all(|(id, on)| {
                            !id.is_empty()
                                && id.len() <= PROJECT_ID_DIGITS_MAX
                                && id.bytes().all(|b| b.is_ascii_digit())
                                && matches!(on, Value::Bool(_))
                        })
                }),
                "a map of at most 1000 project ids to booleans",
            ),
        };
        if !valid {
            return Err(Error::invalid(
                ATTR,
                Code::Invalid,
                format!(
                    "{value} is not a valid type for notification settings, \
                     should be {expected}"
                ),
            ));
        }
    }
    Ok(())
}

/// PostHog's answer to a user who is not staff and sends `is_staff`.
fn not_staff() -> Error {
    Error::permission_denied(
        "You are not a staff user, contact your instance admin.",
    )
}

/// What the user does at their organization, as stored.
pub(crate) fn role_at_organization(
    user: &UserRecord,
) -> Option<api::RoleAtOrganization> {
    choice(&user.preferences.role_at_organization)
}

/// Refuses what orgbase has no feature for: a new email address (needs
/// verification) and passwords.
fn refuse_unsupported(
    user: &UserRecord,
    params: &api::UserPatch,
) -> Result<(), Error> {
    if let Some(email) = &params.email {
        if !email.trim().eq_ignore_ascii_case(&user.email) {
            return Err(Error::invalid(
                "email",
                Code::Unsupported,
                "orgbase cannot change an email address: it has no email \
                 verification.",
            ));
        }
    }
    for (attr, value) in [
        ("password", &params.password),
        ("current_password", &params.current_password),
    ] {
        if value.is_some() {
            return Err(Error::invalid(
                attr,
                Code::Unsupported,
                "orgbase has no passwords: authenticate with personal API \
                 keys.",
            ));
        }
    }
    Ok(())
}

/// A plausible address: one `@`, something on both sides, no spaces.
pub(crate) fn clean_email(attr: &str, email: &str) -> Result<String, Error> {
    let email = clean_text(attr, email, EMAIL_MAX, false)?;
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if !valid {
        return Err(Error::invalid(
            attr,
            Code::Invalid,
            "Enter a valid email address.",
        ));
    }
    Ok(email)
}

impl App {
    /// The user view, as `caller`'s key may see it (see the module docs).
    pub(super) async fn user_to_view(
        &self,
        caller: &Caller,
        user: &UserRecord,
    ) -> Result<api::User, Error> {
        let memberships = self.user_organizations(caller, user.id).await?;
        let current = user.current_organization.and_then(|current| {
            memberships.iter().find(|(o, _)| o.id == current)
        });
        let team = current.and_then(|(organization, membership)| {
            current_project(organization, membership, user)
                .map(|project| team_to_view(organization.id, project))
        });
        let is_organization_first_user = match current {
            Some((organization, membership)) => {
                let first = self
                    .store
                    .member_list_page(
                        organization.id,
                        None,
                        false,
                        Start::Offset(0),
                        1,
                    )
                    .await?;
                Some(
                    first
                        .items
                        .first()
                        .is_some_and(|(first, _)| first.id == membership.id),
                )
            }
            None => None,
        };
        let organization = current.map(|(organization, membership)| {
            organization_to_view(organization.clone(), membership)
        });
        let now = self.now();
        let pending_invites = self
            .store
            .invite_list_for_email(&user.email)
            .await?
            .into_iter()
            .filter(|(invite, _)| {
                !is_expired(invite, now)
                    && caller.key_reaches(invite.organization_id)
            })
            .map(|(invite, organization_name)| api::PendingInvite {
                id: invite.id.to_string(),
                target_email: invite.target_email,
                organization_id: invite.organization_id.to_string(),
                organization_name,
                created_at: invite.created_at,
            })
            .collect();
        let prefs = &user.preferences;
        Ok(api::User {
            date_joined: user.created_at,
            uuid: user.id,
            distinct_id: Some(user.id.to_string()),
            first_name: user.first_name.clone(),
            last_name: user.last_name.clone(),
            email: user.email.clone(),
            pending_email: None,
            is_email_verified: None,
            notification_settings: prefs.notification_settings.clone(),
            anonymize_data: prefs.anonymize_data,
            allow_impersonation: prefs.allow_impersonation,
            toolbar_mode: choice(&prefs.toolbar_mode),
            has_password: false,
            id: user.numeric_id,
            is_staff: user.is_staff,
            is_impersonated: Some(false),
            is_impersonated_until: None,
            is_impersonated_read_only: Some(false),
            sensitive_session_expires_at: None,
            team,
            organization,
            organizations: memberships
                .iter()
                .map(|(organization, membership)| {
                    organization_basic(organization, membership)
                })
                .collect(),
            events_column_config: prefs
                .events_column_config
                .clone()
                .unwrap_or_else(|| serde_json::json!({"active": "DEFAULT"})),
            is_2fa_enabled: false,
            has_social_auth: false,
            has_sso_enforcement: self.has_sso_enforcement(&user.email).await?,
            has_seen_product_intro_for: prefs
                .has_seen_product_intro_for
                .clone(),
            scene_personalisation: Vec::new(),
            theme_mode: choice(&prefs.theme_mode),
            hedgehog_config: prefs.hedgehog_config.clone(),
            allow_sidebar_suggestions: prefs.allow_sidebar_suggestions,
            shortcut_position: choice(&prefs.shortcut_position),
            role_at_organization: role_at_organization(user),
            passkeys_enabled_for_2fa: prefs.passkeys_enabled_for_2fa,
            is_organization_first_user,
            pending_invites,
        })
    }

    /// `user_id`'s organizations that `caller`'s key may see, oldest
    /// first, with the user's memberships.
    pub(super) async fn user_organizations(
        &self,
        caller: &Caller,
        user_id: Uuid,
    ) -> Result<Vec<(OrganizationRecord, MembershipRecord)>, Error> {
        let scoped = &caller.key.scoped_organizations;
        let only = (!scoped.is_empty()).then_some(scoped.as_slice());
        Ok(self
            .store
            .organization_list_page_for_user(
                user_id,
                only,
                Start::Offset(0),
                u64::MAX,
            )
            .await?
            .items)
    }

    /// Whether a verified domain of this address enforces a login method.
    async fn has_sso_enforcement(&self, email: &str) -> Result<bool, Error> {
        let Some((_, domain)) = email.rsplit_once('@') else {
            return Ok(false);
        };
        Ok(self
            .store
            .domain_fetch_by_name(&domain.to_lowercase())
            .await?
            .is_some_and(|domain| {
                domain.verified_at.is_some()
                    && !domain.sso_enforcement.is_empty()
            }))
    }

    /// The user a user path names: `@me` or the caller's own UUID is the
    /// caller; staff users may name anyone; for others, another user is
    /// not found.
    async fn user_by_path(
        &self,
        caller: &Caller,
        uuid: UserRef,
    ) -> Result<UserRecord, Error> {
        let id = self.member_user_id(caller, uuid)?;
        if id == caller.user.id {
            return Ok(caller.user.clone());
        }
        if !caller.user.is_staff {
            return Err(Error::object_not_found());
        }
        self.store.user_fetch(id).await?.ok_or_else(Error::object_not_found)
    }

    pub async fn user_view(
        &self,
        caller: &Caller,
        uuid: UserRef,
    ) -> Result<api::User, Error> {
        let user = self.user_by_path(caller, uuid).await?;
        self.user_to_view(caller, &user).await
    }

    /// Staff users list everyone; others only themselves.
    pub async fn user_list(
        &self,
        caller: &Caller,
        params: &api::UserListParams,
        page: PageRequest,
    ) -> Result<Page<api::User>, Error> {
        let email = params.email.as_deref().map(str::trim);
        let matches = |user: &UserRecord| {
            email.is_none_or(|email| user.email.eq_ignore_ascii_case(email))
                && params.is_staff.is_none_or(|staff| user.is_staff == staff)
        };
        let filtered = email.is_some() || params.is_staff.is_some();
        let users = if caller.user.is_staff {
            let filter: Option<UserFilter> = filtered.then_some(&matches);
            self.store.user_list_page(filter, page.offset, page.limit).await?
        } else {
            Page::filtered(
                [Ok::<_, Error>(caller.user.clone())],
                matches,
                page.offset,
                page.limit,
            )?
        };
        users
            .try_map_async(|user| async move {
                self.user_to_view(caller, &user).await
            })
            .await
    }

    /// PATCH (and PUT) of the caller's own user.
    pub async fn user_patch(
        &self,
        caller: &Caller,
        uuid: UserRef,
        params: api::UserPatch,
    ) -> Result<api::User, Error> {
        if self.user_by_path(caller, uuid).await?.id != caller.user.id {
            return Err(Error::permission_denied(
                "Only your own account can be changed.",
            ));
        }
        refuse_unsupported(&caller.user, &params)?;
        if let Some(settings) = &params.notification_settings {
            check_notification_settings(settings)?;
        }
        let staff_witness = self.staff_witness(caller, params.is_staff).await?;
        let first_name = params
            .first_name
            .as_deref()
            .map(|name| clean_text("first_name", name, NAME_MAX, true))
            .transpose()?;
        let last_name = params
            .last_name
            .as_deref()
            .map(|name| clean_text("last_name", name, NAME_MAX, true))
            .transpose()?;
        let (current, current_team) =
            self.current_choice(caller, &params).await?;
        let user = self
            .store
            .user_update(
                &self.actor(caller, None),
                caller.user.id,
                staff_witness,
                move |user| {
                    if let Some(is_staff) = params.is_staff {
                        // Checked again on the record as this write reads it.
                        if !user.is_staff {
                            return Err(not_staff());
                        }
                        user.is_staff = is_staff;
                    }
                    if let Some(name) = &first_name {
                        user.first_name = name.clone();
                    }
                    if let Some(name) = &last_name {
                        user.last_name = name.clone();
                    }
                    if let Some(current) = current {
                        // Switching to the organization already current keeps
                        // its chosen project.
                        if user.current_organization != Some(current)
                            || current_team.is_some()
                        {
                            user.current_team = current_team;
                        }
                        user.current_organization = Some(current);
                    }
                    apply_preferences(&mut user.preferences, &params);
                    Ok::<(), Error>(())
                },
            )
            .await
            .map_err(|error| match error {
                // Left (or lost) the organization meanwhile.
                StoreError::NotAMember => not_yours("set_current_organization"),
                // The other staff user stopped being one meanwhile.
                StoreError::StaffWitness => last_staff(),
                error => error.into(),
            })??;
        self.user_to_view(caller, &user).await
    }

    /// For a PATCH that sends `is_staff`: refuses a caller who is not
    /// staff (403, as PostHog), and for a staff user who gives it up,
    /// another staff user who must still be one when the write commits (the
    /// store checks in the write's transaction), so that the instance keeps
    /// one.
    async fn staff_witness(
        &self,
        caller: &Caller,
        is_staff: Option<bool>,
    ) -> Result<Option<Uuid>, Error> {
        let Some(is_staff) = is_staff else {
            return Ok(None);
        };
        if !caller.user.is_staff {
            return Err(not_staff());
        }
        if is_staff {
            return Ok(None);
        }
        let other_staff =
            |user: &UserRecord| user.is_staff && user.id != caller.user.id;
        let filter: UserFilter = &other_staff;
        let others = self.store.user_list_page(Some(filter), 0, 1).await?;
        match others.items.first() {
            Some(other) => Ok(Some(other.id)),
            None => Err(last_staff()),
        }
    }

    /// The current organization (and project) a PATCH asks for:
    /// `set_current_team` names a project, whose organization becomes the
    /// current one; else `set_current_organization` names an organization
    /// (its current project then falls back to its first).
    async fn current_choice(
        &self,
        caller: &Caller,
        params: &api::UserPatch,
    ) -> Result<(Option<Uuid>, Option<i64>), Error> {
        if let Some(team) = params.set_current_team.as_deref() {
            let attr = "set_current_team";
            let team: i64 = team.trim().parse().map_err(|_| not_yours(attr))?;
            let organization = self
                .user_organizations(caller, caller.user.id)
                .await?
                .into_iter()
                .find(|(o, m)| visible_projects(o, m).any(|p| p.id == team))
                .ok_or_else(|| not_yours(attr))?;
            return Ok((Some(organization.0.id), Some(team)));
        }
        match params.set_current_organization.as_deref() {
            Some(id) => {
                let access = self
                    .organization_access(
                        caller,
                        OrganizationRef::parse(id),
                        Level::Member,
                    )
                    .await
                    .map_err(|_| not_yours("set_current_organization"))?;
                Ok((Some(access.organization.id), None))
            }
            None => Ok((None, None)),
        }
    }

    /// Creates a user (staff only), with a first key when asked for.
    pub async fn user_create(
        &self,
        caller: &Caller,
        params: api::UserCreate,
    ) -> Result<api::UserCreated, Error> {
        if !caller.user.is_staff {
            return Err(Error::permission_denied(
                "Only staff users may create users.",
            ));
        }
        let email = clean_email("email", &params.email)?;
        let clean_name = |attr: &str, name: &Option<String>| {
            clean_text(attr, name.as_deref().unwrap_or(""), NAME_MAX, true)
        };
        let user = UserRecord {
            id: Uuid::now_v7(),
            numeric_id: self.store.next_id().await?,
            email,
            first_name: clean_name("first_name", &params.first_name)?,
            last_name: clean_name("last_name", &params.last_name)?,
            is_staff: params.is_staff.unwrap_or(false),
            current_organization: None,
            created_at: self.now(),
            current_team: None,
            last_login: None,
            preferences: Default::default(),
        };
        // Staff status is instance-wide power: only a key with every scope,
        // for every organization, may hand it on.
        let full_key = caller.holds(Scope::All)
            && caller.key.scoped_organizations.is_empty();
        if user.is_staff && !full_key {
            return Err(Error::permission_denied(
                "Only an API key with the scope '*' for all organizations may \
                 create a staff user.",
            ));
        }
        let key = match &params.personal_api_key {
            Some(key) => Some(
                self.api_key_new(user.id, key, "personal_api_key__").await?,
            ),
            None => None,
        };
        if let Some((record, _)) = &key {
            check_key_grant(caller, record)?;
        }
        self.store
            .user_insert(
                &self.actor(caller, None),
                &user,
                key.as_ref().map(|(record, _)| record),
            )
            .await?;
        Ok(api::UserCreated {
            user: self.user_to_view(caller, &user).await?,
            personal_api_key: key.map(|(record, value)| {
                super::api_keys::api_key_to_view(record, &user, Some(value))
            }),
        })
    }
}

/// An organization as it appears on a user.
fn organization_basic(
    organization: &OrganizationRecord,
    membership: &MembershipRecord,
) -> api::OrganizationBasic {
    api::OrganizationBasic {
        id: organization.id,
        name: organization.name.clone(),
        slug: organization.slug.clone(),
        logo_media_id: organization.logo_media_id,
        membership_level: membership.level.into(),
        members_can_use_personal_api_keys: organization
            .members_can_use_personal_api_keys,
        is_active: Some(true),
        is_not_active_reason: None,
        is_pending_deletion: Some(false),
    }
}

/// 400 for giving up the instance's last staff user.
fn last_staff() -> Error {
    Error::invalid(
        "is_staff",
        Code::LastStaff,
        "You are the instance's only staff user: make another user staff \
         first.",
    )
}

/// 400 for a current organization or project that is not the caller's.
fn not_yours(attr: &str) -> Error {
    Error::invalid(
        attr,
        Code::Invalid,
        if attr == "set_current_team" {
            "Project not found or not one of yours."
        } else {
            "Organization not found or not one of yours."
        },
    )
}
