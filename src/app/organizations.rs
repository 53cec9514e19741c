//! Organizations: list, create, view, update, delete.

use super::check_standing;
use super::clean_text;
use super::path_id;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::error::Code;
use crate::error::Error;
use crate::error::DETAIL_LEVEL_INSUFFICIENT;
use crate::page::Page;
use crate::secrets;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::ProjectRecord;
use crate::store::records::UserRecord;
use crate::store::Guard;
use crate::store::NamedOrganization;
use crate::store::StoreError;
use rand::Rng;
use std::collections::BTreeMap;
use std::future::Future;
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

/// Longest organization name.
const NAME_MAX: usize = 64;
/// Longest slug, as PostHog's `MAX_SLUG_LENGTH`.
const SLUG_MAX: usize = 48;
/// Slug candidates tried: the base, three with PostHog's four random
/// letters, then longer suffixes (see [`slug_candidate`]).
const SLUG_ATTEMPTS: u32 = 12;
/// Random letters of PostHog's collision suffix.
const SLUG_SUFFIX: usize = 4;
/// Candidates with PostHog's suffix before it grows.
const SLUG_POSTHOG_ATTEMPTS: u32 = 3;
/// The most random letters a suffix takes (the rest of the slug keeps at
/// least a few characters of the name).
const SLUG_SUFFIX_MAX: usize = SLUG_MAX - 8;
/// Plugin access level of a self-hosted organization (root).
const PLUGINS_ACCESS_ROOT: u8 = 9;

/// PostHog's slug for a name: Django's `slugify` (ASCII-folded, lowercase,
/// runs of spaces and dashes made one dash), cut to 48 characters.
pub fn slugify(name: &str) -> String {
    let folded: String = name.nfkd().filter(char::is_ascii).collect();
    let kept: String = folded
        .chars()
        .filter(|c| {
            c.is_ascii_alphanumeric()
                || *c == '_'
                || *c == '-'
                || c.is_whitespace()
        })
        .collect::<String>()
        .to_lowercase();
    let mut slug = String::new();
    for word in kept.split(|c: char| c == '-' || c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    let slug = slug.trim_matches(|c| c == '-' || c == '_');
    let slug = if slug.is_empty() { "organization" } else { slug };
    slug.chars()
        .take(SLUG_MAX)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// The slug tried at `attempt`: the base first, then the base cut to make
/// room for `-` and random letters: four of them (PostHog's collision
/// rule) for the first attempts, then two more at each attempt, as far as
/// the slug's length allows. So a create never fails for a name that many
/// organizations share: once four letters' 456,976 suffixes run short,
/// twelve attempts reach 16 letters (26^16 suffixes).
fn slug_candidate(base: &str, attempt: u32) -> String {
    if attempt == 0 {
        return base.to_string();
    }
    let grown = attempt.saturating_sub(SLUG_POSTHOG_ATTEMPTS) as usize;
    let letters = (SLUG_SUFFIX + 2 * grown).min(SLUG_SUFFIX_MAX);
    let mut rng = rand::thread_rng();
    let suffix: String =
        (0..letters).map(|_| char::from(rng.gen_range(b'a'..=b'z'))).collect();
    let head: String = base.chars().take(SLUG_MAX - 1 - letters).collect();
    format!("{}-{suffix}", head.trim_end_matches('-'))
}

/// Checks the settings of a new organization: it has no roles yet, so its
/// default role can only be null. (On updates the store checks, in the
/// write's transaction, that the default role is one of the
/// organization's.)
fn check_new_settings(settings: &api::OrganizationPatch) -> Result<(), Error> {
    if let Some(Some(role)) = settings.default_role_id {
        return Err(Error::invalid(
            "default_role_id",
            Code::Invalid,
            format!("Role {role} does not exist in this organization."),
        ));
    }
    Ok(())
}

/// Applies the fields present in `settings`, other than the name, to
/// `organization`.
fn apply_settings(
    organization: &mut OrganizationRecord,
    settings: &api::OrganizationPatch,
) {
    let s = settings;
    if let Some(value) = s.logo_media_id {
        organization.logo_media_id = value;
    }
    if let Some(value) = s.enforce_2fa {
        organization.enforce_2fa = value;
    }
    if let Some(value) = s.members_can_invite {
        organization.members_can_invite = value;
    }
    if let Some(value) = s.members_can_create_projects {
        organization.members_can_create_projects = value;
    }
    if let Some(value) = s.members_can_use_personal_api_keys {
        organization.members_can_use_personal_api_keys = value;
    }
    if let Some(value) = s.allow_publicly_shared_resources {
        organization.allow_publicly_shared_resources = value;
    }
    if let Some(value) = s.is_ai_data_processing_approved {
        organization.is_ai_data_processing_approved = value;
    }
    if let Some(value) = s.default_experiment_stats_method {
        organization.default_experiment_stats_method =
            value.map(stats_method_name);
    }
    if let Some(value) = s.default_anonymize_ips {
        organization.default_anonymize_ips = value;
    }
    if let Some(value) = s.default_role_id {
        organization.default_role_id = value;
    }
}

fn stats_method_name(method: api::ExperimentStatsMethod) -> String {
    match method {
        api::ExperimentStatsMethod::Bayesian => "bayesian",
        api::ExperimentStatsMethod::Frequentist => "frequentist",
        api::ExperimentStatsMethod::Blank => "",
    }
    .to_string()
}

fn stats_method(name: &str) -> Option<api::ExperimentStatsMethod> {
    match name {
        "bayesian" => Some(api::ExperimentStatsMethod::Bayesian),
        "frequentist" => Some(api::ExperimentStatsMethod::Frequentist),
        "" => Some(api::ExperimentStatsMethod::Blank),
        _ => None,
    }
}

/// The caller's level in `project`, if they may see it (see `projects`'
/// module doc).
pub fn project_level(
    membership: &MembershipRecord,
    project: &ProjectRecord,
) -> Option<Level> {
    if !project.access_control || membership.level >= Level::Admin {
        return Some(membership.level);
    }
    membership
        .project_access
        .iter()
        .find(|(id, _)| *id == project.id)
        .and_then(|(_, level)| Level::try_from(*level).ok())
}

/// The name of an organization's first project, and of a project made
/// without one (numbered when taken).
pub const DEFAULT_PROJECT_NAME: &str = "Default project";

/// The environment (team) of a project of organization `organization_id`.
pub fn team_to_view(
    organization_id: Uuid,
    project: &ProjectRecord,
) -> api::TeamBasic {
    api::TeamBasic {
        id: project.id,
        uuid: project.team_uuid,
        organization: organization_id,
        project_id: project.id,
        api_token: project.api_token.clone(),
        name: project.name.clone(),
        is_demo: project.is_demo,
        timezone: project.timezone.clone(),
        completed_snippet_onboarding: false,
        has_completed_onboarding_for: None,
        ingested_event: false,
        access_control: project.access_control,
    }
}

/// The projects of `organization` that `membership` sees.
pub fn visible_projects<'a>(
    organization: &'a OrganizationRecord,
    membership: &'a MembershipRecord,
) -> impl Iterator<Item = &'a ProjectRecord> {
    organization
        .projects
        .iter()
        .filter(|project| project_level(membership, project).is_some())
}

/// The user's current project in `organization` (their current one),
/// seen through `membership`: the one they chose, or (when it is gone, or
/// they no longer see it) the first they see.
pub fn current_project<'a>(
    organization: &'a OrganizationRecord,
    membership: &'a MembershipRecord,
    user: &UserRecord,
) -> Option<&'a ProjectRecord> {
    visible_projects(organization, membership)
        .find(|project| Some(project.id) == user.current_team)
        .or_else(|| visible_projects(organization, membership).next())
}

/// The wire view of an organization, as `membership` sees it.
pub fn organization_to_view(
    organization: OrganizationRecord,
    membership: &MembershipRecord,
) -> api::Organization {
    let id = organization.id;
    let visible: Vec<&ProjectRecord> =
        visible_projects(&organization, membership).collect();
    let teams = visible.iter().map(|project| team_to_view(id, project));
    let projects = visible.iter().map(|project| api::ProjectBasic {
        id: project.id,
        organization_id: id,
        name: project.name.clone(),
    });
    let (teams, projects) = (teams.collect(), projects.collect());
    api::Organization {
        id,
        name: organization.name,
        slug: organization.slug,
        logo_media_id: organization.logo_media_id,
        created_at: organization.created_at,
        updated_at: organization.updated_at,
        membership_level: Some(membership.level.into()),
        plugins_access_level: organization.plugins_access_level,
        teams,
        projects,
        available_product_features: None,
        is_member_join_email_enabled: true,
        metadata: BTreeMap::from([(
            "instance_tag".to_string(),
            "none".to_string(),
        )]),
        customer_id: None,
        enforce_2fa: organization.enforce_2fa,
        members_can_invite: organization.members_can_invite,
        members_can_create_projects: organization.members_can_create_projects,
        members_can_use_personal_api_keys: organization
            .members_can_use_personal_api_keys,
        allow_publicly_shared_resources: organization
            .allow_publicly_shared_resources,
        member_count: organization.member_count,
        is_ai_data_processing_approved: organization
            .is_ai_data_processing_approved,
        default_experiment_stats_method: organization
            .default_experiment_stats_method
            .as_deref()
            .and_then(stats_method),
        default_anonymize_ips: organization.default_anonymize_ips,
        default_role_id: organization.default_role_id,
        is_active: Some(true),
        is_not_active_reason: None,
        is_pending_deletion: Some(false),
    }
}

/// The caller's access to an organization, established by
/// [`App::organization_access`].
pub(crate) struct Access {
    pub organization: OrganizationRecord,
    pub membership: MembershipRecord,
    /// The level required, for the store to check again inside the
    /// write's transaction (it may change in between).
    pub guard: Guard,
}

impl App {
    /// The one opening of every operation on an organization: resolves
    /// `{organization_id}` (a UUID or `@current`) to an organization the
    /// caller may see (not found otherwise) and requires the caller's
    /// membership to have at least `level` (403 otherwise).
    pub(crate) async fn organization_access(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        level: Level,
    ) -> Result<Access, Error> {
        let (organization, membership) =
            self.organization_membership(caller, organization).await?;
        let guard = require_level(caller, &membership, level)?;
        Ok(Access { organization, membership, guard })
    }

    /// [`App::organization_access`] to one record of the organization:
    /// `record_id` read by `fetch` (organization id, record id); not found
    /// when it is not a UUID or names nothing there. The level is required
    /// after the record is found, so that a missing record is a 404 for
    /// everyone.
    pub(crate) async fn record_access<T, F>(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        record_id: RecordId,
        level: Level,
        fetch: impl FnOnce(Uuid, Uuid) -> F,
    ) -> Result<(Access, T), Error>
    where
        F: Future<Output = Result<Option<T>, StoreError>>,
    {
        let (organization, membership) =
            self.organization_membership(caller, organization).await?;
        let record = fetch(organization.id, path_id(record_id)?)
            .await?
            .ok_or_else(Error::object_not_found)?;
        let guard = require_level(caller, &membership, level)?;
        Ok((Access { organization, membership, guard }, record))
    }

    /// The organization `{organization_id}` names and the caller's
    /// membership of it, whatever its level.
    async fn organization_membership(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
    ) -> Result<(OrganizationRecord, MembershipRecord), Error> {
        let id = match organization.named() {
            Some(NamedOrganization::Id(id)) => id,
            Some(NamedOrganization::Current) => caller
                .user
                .current_organization
                .ok_or_else(Error::organization_not_found)?,
            None => return Err(Error::organization_not_found()),
        };
        if !caller.key_reaches(id) {
            return Err(Error::organization_not_found());
        }
        // Read with the caller where the store could (PostgreSQL), else
        // now.
        let opened =
            caller.organization.as_ref().filter(|opened| opened.id == id);
        let found = match opened {
            Some(opened) => opened.found.clone(),
            None => {
                self.store
                    .membership_and_organization_fetch(id, caller.user.id)
                    .await?
            }
        };
        let (membership, organization) =
            found.ok_or_else(Error::organization_not_found)?;
        check_standing(&organization, &membership)?;
        Ok((organization, membership))
    }

    pub async fn organization_list(
        &self,
        caller: &Caller,
        page: PageRequest,
    ) -> Result<Page<api::Organization>, Error> {
        let scoped = &caller.key.scoped_organizations;
        let only = (!scoped.is_empty()).then_some(scoped.as_slice());
        let page = self
            .store
            .organization_list_page_for_user(
                caller.user.id,
                only,
                page.start_at_id()?,
                page.limit,
            )
            .await?;
        Ok(page.map(|(organization, membership)| {
            organization_to_view(organization, &membership)
        }))
    }

    pub async fn organization_create(
        &self,
        caller: &Caller,
        params: api::OrganizationCreate,
    ) -> Result<api::Organization, Error> {
        let name = clean_text("name", &params.name, NAME_MAX, false)?;
        let params = api::OrganizationPatch::from(params);
        check_new_settings(&params)?;
        let now = self.now();
        let id = Uuid::now_v7();
        let project_id = self.store.next_id().await?;
        let mut organization = OrganizationRecord {
            id,
            slug: String::new(),
            logo_media_id: None,
            created_at: now,
            updated_at: now,
            plugins_access_level: PLUGINS_ACCESS_ROOT,
            enforce_2fa: None,
            members_can_invite: Some(true),
            members_can_create_projects: Some(false),
            members_can_use_personal_api_keys: true,
            allow_publicly_shared_resources: true,
            is_ai_data_processing_approved: None,
            default_experiment_stats_method: Some("bayesian".to_string()),
            default_anonymize_ips: false,
            default_role_id: None,
            member_count: 0,
            owner_count: 0,
            revision: 0,
            projects: vec![ProjectRecord {
                id: project_id,
                team_uuid: Uuid::now_v7(),
                name: DEFAULT_PROJECT_NAME.to_string(),
                api_token: secrets::generate(secrets::PROJECT_TOKEN_PREFIX),
                timezone: "UTC".to_string(),
                is_demo: false,
                access_control: false,
            }],
            name: name.clone(),
        };
        apply_settings(&mut organization, &params);
        let membership = MembershipRecord {
            id: Uuid::now_v7(),
            user_id: caller.user.id,
            level: Level::Owner,
            roles: Vec::new(),
            project_access: Vec::new(),
            joined_at: now,
            updated_at: now,
        };
        let base = slugify(&name);
        let organization = self
            .store
            .organization_insert(
                &self.actor(caller, None),
                &organization,
                caller.user.id,
                &membership,
                |attempt| slug_candidate(&base, attempt),
                SLUG_ATTEMPTS,
            )
            .await?;
        Ok(organization_to_view(organization, &membership))
    }

    pub async fn organization_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
    ) -> Result<api::Organization, Error> {
        let Access { organization, membership, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        Ok(organization_to_view(organization, &membership))
    }

    /// PUT: as PATCH, with `name` required.
    pub async fn organization_update(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::OrganizationCreate,
    ) -> Result<api::Organization, Error> {
        self.organization_patch(caller, organization_id, params.into()).await
    }

    pub async fn organization_patch(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::OrganizationPatch,
    ) -> Result<api::Organization, Error> {
        let Access { organization, membership, guard } = self
            .organization_access(caller, organization_id, Level::Admin)
            .await?;
        let name = params
            .name
            .as_deref()
            .map(|name| clean_text("name", name, NAME_MAX, false))
            .transpose()?;
        let now = self.now();
        let updated = self
            .store
            .organization_update(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                &guard,
                move |organization| {
                    if let Some(name) = &name {
                        organization.name = name.clone();
                    }
                    apply_settings(organization, &params);
                    organization.updated_at = now;
                },
            )
            .await?;
        Ok(organization_to_view(updated, &membership))
    }

    pub async fn organization_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
    ) -> Result<(), Error> {
        let Access { organization, guard, .. } = self
            .organization_access(caller, organization_id, Level::Owner)
            .await?;
        self.store
            .organization_remove(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                &guard,
            )
            .await?;
        Ok(())
    }
}

/// 403 unless the caller's membership has at least `level`; else the guard
/// with which the store checks the same again inside the write's
/// transaction (the level may change in between).
fn require_level(
    caller: &Caller,
    membership: &MembershipRecord,
    level: Level,
) -> Result<Guard, Error> {
    if membership.level < level {
        return Err(Error::permission_denied(DETAIL_LEVEL_INSUFFICIENT));
    }
    Ok(Guard::Member {
        user_id: caller.user.id,
        level,
        level_if_member_keys_off: Level::Admin,
    })
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn test_slugify_follows_django() {
        assert_eq!(slugify("Acme Inc."), "acme-inc");
        assert_eq!(slugify("  Héllo -- Wörld_ "), "hello-world");
        assert_eq!(slugify("!!!"), "organization");
        assert_eq!(slugify(&"a".repeat(80)).len(), 48);
    }

    #[test]
    fn test_slug_candidates_keep_within_max() {
        let base = "x".repeat(48);
        assert_eq!(slug_candidate(&base, 0), base);
        let other = slug_candidate(&base, 1);
        assert_eq!(other.len(), 48);
        assert!(other.starts_with(&"x".repeat(43)));
        assert_eq!(&other[43..44], "-");
    }

    #[test]
    fn test_slug_suffix_grows_once_posthogs_candidates_collide() {
        let suffix_len = |slug: &str| slug.rsplit('-').next().unwrap().len();
        for base in ["acme", &"x".repeat(48)] {
            for attempt in 1..=SLUG_POSTHOG_ATTEMPTS {
                assert_eq!(suffix_len(&slug_candidate(base, attempt)), 4);
            }
            let lengths: Vec<usize> = (SLUG_POSTHOG_ATTEMPTS + 1
                ..SLUG_ATTEMPTS)
                .map(|attempt| suffix_len(&slug_candidate(base, attempt)))
                .collect();
            assert!(lengths.windows(2).all(|w| w[0] < w[1]), "{lengths:?}");
            assert!(*lengths.last().unwrap() >= 16, "{lengths:?}");
            for attempt in 0..100 {
                let slug = slug_candidate(base, attempt);
                assert!(slug.len() <= SLUG_MAX, "{slug}");
                assert!(!slug.starts_with('-') && !slug.contains("--"));
            }
        }
    }
}
