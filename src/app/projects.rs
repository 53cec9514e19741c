//! An organization's projects, as PostHog's `ProjectViewSet` serves them:
//! who sees and changes which, their tokens, their settings, and moving
//! one to another organization.
//!
//! ## Where a project lives
//! A project's entry on its organization's record (`ProjectRecord`: id,
//! name, tokens shown publicly, time zone, whether it is private) is what
//! the organization's views, `@me` and invites read, with the
//! organization, in one read; the rest (`ProjectSettingsRecord`:
//! description, times, secret tokens, product settings) is a record of
//! its own, read only by these operations. Every change writes both in
//! one transaction (`Store::project_write`), with the rules that depend
//! on the organization (how many projects, whose name, who may create)
//! checked there, on the organization as that transaction reads it.
//!
//! ## Who sees what
//! As PostHog's `team_ids_visible_for_user`: every member sees a project
//! unless it is private (`access_control`); a private one only the
//! organization's admins and the members given access to it by the
//! invite they joined by (`MembershipRecord::project_access`). The level
//! in the project is the organization's, or that access's. Reading and
//! changing settings needs a level in the project; deleting it and its
//! token actions need admin in it; making it private or public needs
//! admin of the organization.

use super::check_list_length;
use super::clean_text;
use super::ids::ProjectRef;
use super::organizations::current_project;
use super::organizations::project_level;
use super::organizations::team_to_view;
use super::organizations::visible_projects;
use super::organizations::Access;
use super::organizations::DEFAULT_PROJECT_NAME;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use crate::api;
use crate::error::Code;
use crate::error::Error;
use crate::error::DETAIL_LEVEL_INSUFFICIENT;
use crate::page::Page;
use crate::secrets;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::ProjectRecord;
use crate::store::records::ProjectSettingsRecord;
use crate::store::records::StoredSecret;
use crate::store::Guard;
use crate::store::ProjectTarget;
use chrono::DateTime;
use chrono::Utc;
use serde_json::json;
use serde_json::Map;
use serde_json::Value;
use uuid::Uuid;

/// Most projects an organization keeps: its record lists them all (as
/// PostHog caps them, at `MAX_ALLOWED_PROJECTS_PER_ORG`, though lower).
pub const PROJECTS_MAX: usize = 200;
const NAME_MAX: usize = 200;
const DESCRIPTION_MAX: usize = 1000;
/// Largest product settings of one project, as stored JSON.
const SETTINGS_MAX_BYTES: usize = 64 * 1024;
/// Most items in one of a project's list settings.
const LIST_ITEMS_MAX: usize = 1000;
/// The settings that are lists of text, with the longest item each takes
/// (PostHog's model's `max_length`, else a bound of orgbase's).
const TEXT_LISTS: [(&str, usize); 5] = [
    ("app_urls", 200),
    ("recording_domains", 200),
    ("person_display_name_properties", 400),
    ("live_events_columns", 1000),
    ("session_recording_event_trigger_config", 1000),
];
/// The fields of a write that are the project's own (the rest are product
/// settings, kept as written).
const OWN_FIELDS: [&str; 5] =
    ["name", "product_description", "is_demo", "timezone", "access_control"];
/// Setup tasks a project may show, as PostHog lists them.
const SETUP_TASKS: &[&str] = &[
    "ingest_first_event",
    "set_up_reverse_proxy",
    "create_first_insight",
    "create_first_dashboard",
    "track_custom_events",
    "define_actions",
    "set_up_cohorts",
    "explore_trends_insight",
    "create_funnel",
    "explore_retention_insight",
    "explore_paths_insight",
    "explore_stickiness_insight",
    "explore_lifecycle_insight",
    "add_authorized_domain",
    "set_up_web_vitals",
    "review_web_analytics_dashboard",
    "filter_web_analytics",
    "set_up_web_analytics_conversion_goals",
    "visit_web_vitals_dashboard",
    "setup_session_recordings",
    "watch_session_recording",
    "configure_recording_settings",
    "create_recording_playlist",
    "enable_console_logs",
    "create_feature_flag",
    "implement_flag_in_code",
    "update_feature_flag_release_conditions",
    "create_multivariate_flag",
    "set_up_flag_payloads",
    "set_up_flag_evaluation_runtimes",
    "create_experiment",
    "implement_experiment_variants",
    "launch_experiment",
    "review_experiment_results",
    "create_survey",
    "launch_survey",
    "collect_survey_responses",
    "connect_source",
    "run_first_query",
    "join_external_data",
    "create_saved_view",
    "enable_error_tracking",
    "upload_source_maps",
    "view_first_error",
    "resolve_first_error",
    "ingest_first_llm_event",
    "view_first_trace",
    "track_costs",
    "set_up_llm_evaluation",
    "run_ai_playground",
    "enable_revenue_analytics_viewset",
    "connect_revenue_source",
    "set_up_revenue_goal",
    "enable_log_capture",
    "view_first_logs",
    "create_first_workflow",
    "set_up_first_workflow_channel",
    "configure_workflow_trigger",
    "add_workflow_action",
    "launch_workflow",
    "create_first_endpoint",
    "configure_endpoint",
    "test_endpoint",
    "create_early_access_feature",
    "update_feature_stage",
];

/// The product settings of a project that never set them, as PostHog's
/// `Team` model defaults them.
fn settings_defaults() -> Map<String, Value> {
    let defaults = [
        ("app_urls", json!([])),
        ("anonymize_ips", json!(false)),
        ("completed_snippet_onboarding", json!(false)),
        ("test_account_filters", json!([])),
        ("test_account_filters_default_checked", json!(null)),
        ("path_cleaning_filters", json!([])),
        ("data_attributes", json!(["data-attr"])),
        ("person_display_name_properties", json!(null)),
        ("correlation_config", json!({})),
        ("autocapture_opt_out", json!(null)),
        ("autocapture_exceptions_opt_in", json!(null)),
        ("autocapture_web_vitals_opt_in", json!(null)),
        ("autocapture_web_vitals_allowed_metrics", json!(null)),
        ("autocapture_exceptions_errors_to_ignore", json!(null)),
        ("capture_console_log_opt_in", json!(true)),
        ("capture_performance_opt_in", json!(true)),
        ("session_recording_opt_in", json!(false)),
        ("session_recording_sample_rate", json!(null)),
        ("session_recording_minimum_duration_milliseconds", json!(null)),
        ("session_recording_linked_flag", json!(null)),
        ("session_recording_network_payload_capture_config", json!(null)),
        ("session_recording_masking_config", json!(null)),
        ("session_recording_url_trigger_config", json!([])),
        ("session_recording_url_blocklist_config", json!([])),
        ("session_recording_event_trigger_config", json!([])),
        ("session_recording_trigger_match_type_config", json!(null)),
        ("session_recording_trigger_groups", json!(null)),
        ("session_recording_retention_period", json!("30d")),
        ("session_replay_config", json!(null)),
        ("survey_config", json!(null)),
        ("week_start_day", json!(null)),
        ("primary_dashboard", json!(null)),
        ("live_events_columns", json!(null)),
        ("recording_domains", json!(null)),
        ("inject_web_apps", json!(null)),
        ("extra_settings", json!(null)),
        ("modifiers", json!(null)),
        ("has_completed_onboarding_for", json!(null)),
        ("surveys_opt_in", json!(null)),
        ("heatmaps_opt_in", json!(null)),
        ("flags_persistence_default", json!(false)),
        ("receive_org_level_activity_logs", json!(false)),
        ("business_model", json!(null)),
        ("conversations_enabled", json!(null)),
        ("conversations_settings", json!(null)),
        ("logs_settings", json!(null)),
        ("proactive_tasks_enabled", json!(false)),
    ];
    defaults
        .into_iter()
        .map(|(field, value)| (field.to_string(), value))
        .collect()
}

/// What a project's path segment names (see [`ProjectRef`]), with
/// Django's error for what is not a number.
fn project_ref(id: &str) -> Result<ProjectRef, Error> {
    match ProjectRef::parse(id) {
        ProjectRef::NotANumber => Err(Error::Invalid {
            code: Code::Invalid,
            detail: format!("Field 'id' expected a number but got '{id}'."),
            attr: None,
        }),
        named => Ok(named),
    }
}

/// A project's name, trimmed, unless another project of `organization`
/// (other than `except`) has it, compared without case (PostHog's 409).
fn name_free(
    organization: &OrganizationRecord,
    name: &str,
    except: Option<i64>,
) -> Result<(), Error> {
    if organization.project_named(name, except).is_some() {
        return Err(Error::Conflict {
            detail: format!(
                "There is already a project called \"{name}\" in this \
                 organization. Choose a different name."
            ),
        });
    }
    Ok(())
}

/// A name no project of `organization` has: the default one, numbered
/// when taken.
fn unused_name(organization: &OrganizationRecord) -> String {
    (1..)
        .map(|n| match n {
            1 => DEFAULT_PROJECT_NAME.to_string(),
            n => format!("{DEFAULT_PROJECT_NAME} {n}"),
        })
        .find(|name| organization.project_named(name, None).is_none())
        .expect("a free name among unboundedly many")
}

/// A project write's fields, checked: what the project's own fields
/// become, and its product settings as they will be stored.
struct CheckedWrite {
    name: Option<String>,
    product_description: Option<Option<String>>,
    is_demo: Option<bool>,
    timezone: Option<String>,
    access_control: Option<bool>,
    settings: Map<String, Value>,
}

fn check_write(write: api::ProjectWrite) -> Result<CheckedWrite, Error> {
    let name = write
        .name
        .as_deref()
        .map(|name| clean_text("name", name, NAME_MAX, false))
        .transpose()?;
    let product_description = write
        .product_description
        .clone()
        .map(|text| {
            text.map(|text| {
                clean_text("product_description", &text, DESCRIPTION_MAX, true)
            })
            .transpose()
        })
        .transpose()?;
    if let Some(zone) = &write.timezone {
        if zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(Error::invalid(
                "timezone",
                Code::InvalidChoice,
                format!("\"{zone}\" is not a valid choice."),
            ));
        }
    }
    if let Some(Some(rate)) = &write.session_recording_sample_rate {
        let valid = rate.len() <= 5
            && rate
                .parse::<f64>()
                .is_ok_and(|rate| (0.0..=1.0).contains(&rate))
            && rate
                .split_once('.')
                .is_none_or(|(_, decimals)| decimals.len() <= 2);
        if !valid {
            return Err(Error::invalid(
                "session_recording_sample_rate",
                Code::Invalid,
                "Ensure this value is a decimal between 0.00 and 1.00 with \
                 at most 2 decimal places.",
            ));
        }
    }
    if let Some(Some(duration)) =
        write.session_recording_minimum_duration_milliseconds
    {
        if !(0..=30_000).contains(&duration) {
            return Err(Error::invalid(
                "session_recording_minimum_duration_milliseconds",
                Code::Invalid,
                "Ensure this value is between 0 and 30000.",
            ));
        }
    }
    if let Some(Some(day)) = write.week_start_day {
        if day > 1 {
            return Err(Error::invalid(
                "week_start_day",
                Code::InvalidChoice,
                format!("\"{day}\" is not a valid choice."),
            ));
        }
    }
    if let Some(Some(config)) =
        &write.session_recording_trigger_match_type_config
    {
        clean_text(
            "session_recording_trigger_match_type_config",
            config,
            24,
            true,
        )?;
    }
    let (is_demo, timezone, access_control) =
        (write.is_demo, write.timezone.clone(), write.access_control);
    let mut settings = match serde_json::to_value(&write) {
        Ok(Value::Object(map)) => map,
        _ => {
            return Err(Error::Internal {
                internal_message: "a project write is a JSON object".into(),
            })
        }
    };
    for field in OWN_FIELDS {
        settings.remove(field);
    }
    check_text_lists(&settings)?;
    Ok(CheckedWrite {
        name,
        product_description,
        is_demo,
        timezone,
        access_control,
        settings,
    })
}

/// Each list of text in `settings` within [`LIST_ITEMS_MAX`] items, each
/// item within its field's length ([`TEXT_LISTS`]); `attr` names the item
/// (`app_urls__0`).
fn check_text_lists(settings: &Map<String, Value>) -> Result<(), Error> {
    for (field, max) in TEXT_LISTS {
        let Some(items) = settings.get(field).and_then(Value::as_array) else {
            continue;
        };
        check_list_length(field, items.len(), LIST_ITEMS_MAX)?;
        for (index, item) in items.iter().enumerate() {
            let text = item.as_str().unwrap_or_default();
            if text.chars().count() > max {
                return Err(Error::invalid(
                    &format!("{field}__{index}"),
                    Code::MaxLength,
                    format!(
                        "Ensure this field has no more than {max} characters."
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The settings a project has when none were kept for it: made when it
/// was, with its organization.
fn settings_of_old(
    organization: &OrganizationRecord,
    project: &ProjectRecord,
) -> ProjectSettingsRecord {
    ProjectSettingsRecord {
        organization_id: organization.id,
        team_uuid: project.team_uuid,
        project_id: project.id,
        created_at: organization.created_at,
        updated_at: organization.created_at,
        product_description: None,
        secret_api_token: None,
        secret_api_token_backup: None,
        settings: Map::new(),
    }
}

/// A new secret token, and how it is kept.
fn new_secret() -> (String, StoredSecret) {
    let value = secrets::generate(secrets::PROJECT_SECRET_PREFIX);
    let stored = StoredSecret {
        secure_value: secrets::hash(&value),
        mask_value: secrets::mask(&value),
    };
    (value, stored)
}

/// Applies a checked write to a project's entry and its settings.
fn apply_write(
    write: &CheckedWrite,
    project: &mut ProjectRecord,
    settings: &mut ProjectSettingsRecord,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    if let Some(name) = &write.name {
        project.name = name.clone();
    }
    if let Some(zone) = &write.timezone {
        project.timezone = zone.clone();
    }
    if let Some(access_control) = write.access_control {
        project.access_control = access_control;
    }
    if let Some(description) = &write.product_description {
        settings.product_description = description.clone();
    }
    for (field, value) in &write.settings {
        settings.settings.insert(field.clone(), value.clone());
    }
    let size = serde_json::to_vec(&settings.settings).map_or(0, |v| v.len());
    if size > SETTINGS_MAX_BYTES {
        return Err(Error::invalid(
            "settings",
            Code::MaxLength,
            format!(
                "A project's settings may take at most {SETTINGS_MAX_BYTES} \
                 bytes as JSON."
            ),
        ));
    }
    settings.updated_at = now;
    Ok(())
}

/// What an operation on a project needs of the caller.
#[derive(Clone, Copy)]
enum Needed {
    /// At least this level in the project.
    InProject(Level),
    /// Admin of the organization (the project's privacy).
    OrganizationAdmin,
}

/// A project's token actions.
#[derive(Clone, Copy)]
pub enum TokenAction {
    /// A new public token (`reset_token`).
    ResetPublic,
    /// A new secret token, the current one kept as the backup
    /// (`rotate_secret_token`).
    RotateSecret,
    /// The backup secret token dropped (`delete_secret_token_backup`).
    DeleteSecretBackup,
}

impl App {
    /// The wire view of project `id` of `organization` as `membership`
    /// sees it; `secret` is the secret token just made, shown this once.
    fn project_to_view(
        organization: &OrganizationRecord,
        membership: &MembershipRecord,
        id: i64,
        settings: Option<&ProjectSettingsRecord>,
        secret: Option<String>,
    ) -> Result<api::Project, Error> {
        let project =
            organization.project(id).ok_or_else(Error::object_not_found)?;
        let old;
        let settings = match settings {
            Some(settings) => settings,
            None => {
                old = settings_of_old(organization, project);
                &old
            }
        };
        let mut view = settings_defaults();
        view.extend(settings.settings.clone());
        let masked = |secret: &Option<StoredSecret>| {
            secret.as_ref().map(|secret| secret.mask_value.clone())
        };
        let own = json!({
            "id": project.id,
            "organization": organization.id,
            "name": project.name,
            "product_description": settings.product_description,
            "created_at": settings.created_at,
            "effective_membership_level":
                project_level(membership, project).map(u8::from),
            "has_group_types": false,
            "group_types": [],
            "live_events_token": null,
            "updated_at": settings.updated_at,
            "uuid": project.team_uuid,
            "api_token": project.api_token,
            "ingested_event": false,
            "is_demo": project.is_demo,
            "timezone": project.timezone,
            "access_control": project.access_control,
            "person_on_events_querying_enabled": false,
            "default_modifiers": {},
            "product_intents": [],
            "secret_api_token":
                secret.or_else(|| masked(&settings.secret_api_token)),
            "secret_api_token_backup": masked(&settings.secret_api_token_backup),
            "available_setup_task_ids": SETUP_TASKS,
        });
        if let Value::Object(own) = own {
            view.extend(own);
        }
        serde_json::from_value(Value::Object(view)).map_err(|error| {
            Error::Internal {
                internal_message: format!("a stored project's view: {error}"),
            }
        })
    }

    pub async fn project_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        search: Option<String>,
        page: PageRequest,
    ) -> Result<Page<api::TeamBasic>, Error> {
        let Access { organization, membership, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let words: Vec<String> = search
            .iter()
            .flat_map(|search| search.split_whitespace())
            .map(|word| word.to_lowercase())
            .collect();
        let matches = |project: &&ProjectRecord| {
            let name = project.name.to_lowercase();
            words.iter().all(|word| name.contains(word.as_str()))
        };
        let projects =
            visible_projects(&organization, &membership).map(Ok::<_, Error>);
        let page = Page::filtered(projects, matches, page.offset, page.limit)?;
        Ok(page.map(|project| team_to_view(organization.id, project)))
    }

    pub async fn project_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        write: api::ProjectWrite,
    ) -> Result<api::Project, Error> {
        let Access { organization, membership, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let write = check_write(write)?;
        let is_demo = write.is_demo.unwrap_or(false);
        // Making a project private is for the organization's admins.
        if write.access_control.is_some() && membership.level < Level::Admin {
            return Err(Error::permission_denied(DETAIL_LEVEL_INSUFFICIENT));
        }
        // Admins create projects; members where the organization lets
        // them, and demo projects: checked again on the organization the
        // write reads.
        let level = if membership.level >= Level::Admin {
            Level::Admin
        } else {
            Level::Member
        };
        let guard = Guard::Member {
            user_id: caller.user.id,
            level,
            level_if_member_keys_off: Level::Admin,
        };
        let now = self.now();
        let id = self.store.next_id().await?;
        let team_uuid = Uuid::now_v7();
        let api_token = secrets::generate(secrets::PROJECT_TOKEN_PREFIX);
        let (secret, stored_secret) = new_secret();
        let written = self
            .store
            .project_write(
                &self.actor(caller, Some(organization.id)),
                ProjectTarget {
                    organization_id: organization.id,
                    team_uuid,
                    moved_to: None,
                    made_current_for: Some(caller.user.id),
                },
                &guard,
                move |organization, _, settings| {
                    if level < Level::Admin
                        && !is_demo
                        && organization.members_can_create_projects
                            != Some(true)
                    {
                        return Err(Error::permission_denied(
                            DETAIL_LEVEL_INSUFFICIENT,
                        ));
                    }
                    let demo = organization.projects.iter().any(|p| p.is_demo);
                    if is_demo && demo {
                        return Err(Error::permission_denied(
                            "An organization has one demo project at most.",
                        ));
                    }
                    if organization.projects.len() >= PROJECTS_MAX {
                        return Err(Error::permission_denied(format!(
                            "You have reached the maximum limit of \
                             {PROJECTS_MAX} projects per organization."
                        )));
                    }
                    let name = match &write.name {
                        Some(name) => {
                            name_free(organization, name, None)?;
                            name.clone()
                        }
                        None => unused_name(organization),
                    };
                    let mut project = ProjectRecord {
                        id,
                        team_uuid,
                        name,
                        api_token: api_token.clone(),
                        timezone: "UTC".to_string(),
                        is_demo,
                        access_control: false,
                    };
                    let mut record = ProjectSettingsRecord {
                        settings: Map::from_iter([(
                            "anonymize_ips".to_string(),
                            Value::Bool(organization.default_anonymize_ips),
                        )]),
                        created_at: now,
                        secret_api_token: Some(stored_secret.clone()),
                        ..settings_of_old(organization, &project)
                    };
                    apply_write(&write, &mut project, &mut record, now)?;
                    organization.projects.push(project);
                    *settings = Some(record);
                    Ok(())
                },
            )
            .await??;
        Self::project_to_view(
            &written.organization,
            &membership,
            id,
            written.settings.as_ref(),
            Some(secret),
        )
    }

    /// The project `{id}` of the organization in the path that the caller
    /// sees (else not found), with the caller's level in it, which must be
    /// at least `level` (else 403), and the guard its write checks.
    async fn project_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
        needed: Needed,
    ) -> Result<(Access, ProjectRecord, Guard), Error> {
        let access = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let organization = &access.organization;
        // `@current`: the caller's current project, if it is of this
        // organization.
        let current = caller.user.current_organization == Some(organization.id);
        let project = match project_ref(id)? {
            ProjectRef::Id(id) => organization.project(id),
            _ if current => {
                current_project(organization, &access.membership, &caller.user)
            }
            _ => None,
        };
        let project = project.cloned().ok_or_else(Error::object_not_found)?;
        let in_project = project_level(&access.membership, &project)
            .ok_or_else(Error::object_not_found)?;
        // A level that comes from the organization is checked again in
        // the write; one given by an invite stays as it was given.
        let guarded = match needed {
            Needed::OrganizationAdmin => {
                if access.membership.level < Level::Admin {
                    return Err(Error::permission_denied(
                        DETAIL_LEVEL_INSUFFICIENT,
                    ));
                }
                Level::Admin
            }
            Needed::InProject(level) if in_project < level => {
                return Err(Error::permission_denied(
                    "You don't have sufficient permissions in the project.",
                ));
            }
            Needed::InProject(level)
                if in_project == access.membership.level =>
            {
                level
            }
            Needed::InProject(_) => Level::Member,
        };
        let guard = Guard::Member {
            user_id: caller.user.id,
            level: guarded,
            level_if_member_keys_off: Level::Admin,
        };
        Ok((access, project, guard))
    }

    pub async fn project_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
    ) -> Result<api::Project, Error> {
        let (Access { organization, membership, .. }, project, _) = self
            .project_access(
                caller,
                organization_id,
                id,
                Needed::InProject(Level::Member),
            )
            .await?;
        self.project_read(&organization, &membership, &project).await
    }

    /// The project `id` names alone (PostHog's root project route): in
    /// whichever of the caller's organizations (that their key reaches)
    /// they see it; `@current` is their current project.
    pub async fn project_view_root(
        &self,
        caller: &Caller,
        id: &str,
    ) -> Result<api::Project, Error> {
        let id = match project_ref(id)? {
            ProjectRef::Id(id) => Some(id),
            _ => None,
        };
        let organizations =
            self.user_organizations(caller, caller.user.id).await?;
        let found =
            organizations.iter().find_map(|(organization, membership)| {
                let project = match id {
                    Some(id) => organization.project(id).filter(|project| {
                        project_level(membership, project).is_some()
                    }),
                    None if caller.user.current_organization
                        == Some(organization.id) =>
                    {
                        current_project(organization, membership, &caller.user)
                    }
                    None => None,
                };
                project.map(|project| (organization, membership, project))
            });
        let (organization, membership, project) =
            found.ok_or_else(Error::object_not_found)?;
        self.project_read(organization, membership, project).await
    }

    /// The view of `project` of `organization` as `membership` sees it,
    /// with its settings read.
    async fn project_read(
        &self,
        organization: &OrganizationRecord,
        membership: &MembershipRecord,
        project: &ProjectRecord,
    ) -> Result<api::Project, Error> {
        let key = [organization.id, project.team_uuid];
        let settings = self.store.fetch::<ProjectSettingsRecord>(&key).await?;
        Self::project_to_view(
            organization,
            membership,
            project.id,
            settings.as_ref(),
            None,
        )
    }

    /// Changes a project of the organization in the path as `change`
    /// decides on its entry and settings (as the write reads them, the
    /// caller still seeing it there), once the caller was found to have
    /// what `needed` says; answers its view, showing `secret` (the secret
    /// token the change stores) this once.
    async fn project_change(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
        needed: Needed,
        secret: Option<String>,
        change: impl Fn(
                &OrganizationRecord,
                &mut ProjectRecord,
                &mut ProjectSettingsRecord,
            ) -> Result<(), Error>
            + Send
            + Sync
            + 'static,
    ) -> Result<api::Project, Error> {
        let (Access { organization, membership, .. }, project, guard) =
            self.project_access(caller, organization_id, id, needed).await?;
        let id = project.id;
        let seen = membership.clone();
        let written = self
            .store
            .project_write(
                &self.actor(caller, Some(organization.id)),
                ProjectTarget::of(&organization, &project),
                &guard,
                move |organization, _, settings| {
                    let Some(at) =
                        organization.projects.iter().position(|p| p.id == id)
                    else {
                        return Err(Error::object_not_found());
                    };
                    let mut entry = organization.projects[at].clone();
                    if project_level(&seen, &entry).is_none() {
                        return Err(Error::object_not_found());
                    }
                    let mut record = settings.take().unwrap_or_else(|| {
                        settings_of_old(organization, &entry)
                    });
                    change(organization, &mut entry, &mut record)?;
                    organization.projects[at] = entry;
                    *settings = Some(record);
                    Ok(())
                },
            )
            .await??;
        Self::project_to_view(
            &written.organization,
            &membership,
            id,
            written.settings.as_ref(),
            secret,
        )
    }

    pub async fn project_update(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
        write: api::ProjectWrite,
    ) -> Result<api::Project, Error> {
        let write = check_write(write)?;
        // Making a project private or public is for the organization's
        // admins.
        let needed = match write.access_control {
            Some(_) => Needed::OrganizationAdmin,
            None => Needed::InProject(Level::Member),
        };
        let now = self.now();
        self.project_change(
            caller,
            organization_id,
            id,
            needed,
            None,
            move |organization, project, settings| {
                if let Some(name) = &write.name {
                    name_free(organization, name, Some(project.id))?;
                }
                apply_write(&write, project, settings, now)
            },
        )
        .await
    }

    /// One of a project's token actions; needs admin in the project.
    pub async fn project_token_action(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
        action: TokenAction,
    ) -> Result<api::Project, Error> {
        let now = self.now();
        let (shown, stored) = match action {
            TokenAction::RotateSecret => {
                let (value, stored) = new_secret();
                (Some(value), Some(stored))
            }
            TokenAction::ResetPublic | TokenAction::DeleteSecretBackup => {
                (None, None)
            }
        };
        let needed = Needed::InProject(Level::Admin);
        self.project_change(
            caller,
            organization_id,
            id,
            needed,
            shown,
            move |_, project, settings| {
                settings.updated_at = now;
                match action {
                    TokenAction::ResetPublic => {
                        project.api_token =
                            secrets::generate(secrets::PROJECT_TOKEN_PREFIX);
                    }
                    TokenAction::RotateSecret => {
                        // Without a current token there is nothing to keep.
                        if let Some(current) = settings.secret_api_token.take()
                        {
                            settings.secret_api_token_backup = Some(current);
                        }
                        settings.secret_api_token = stored.clone();
                    }
                    TokenAction::DeleteSecretBackup => {
                        settings.secret_api_token_backup = None;
                    }
                }
                Ok(())
            },
        )
        .await
    }

    pub async fn project_is_generating_demo_data(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
    ) -> Result<api::DemoDataStatus, Error> {
        let needed = Needed::InProject(Level::Member);
        self.project_access(caller, organization_id, id, needed).await?;
        Ok(api::DemoDataStatus { is_generating_demo_data: false })
    }

    pub async fn project_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
    ) -> Result<(), Error> {
        let (Access { organization, membership, .. }, project, guard) = self
            .project_access(
                caller,
                organization_id,
                id,
                Needed::InProject(Level::Admin),
            )
            .await?;
        let id = project.id;
        self.store
            .project_write(
                &self.actor(caller, Some(organization.id)),
                ProjectTarget::of(&organization, &project),
                &guard,
                move |organization, _, settings| {
                    let project = organization
                        .project(id)
                        .ok_or_else(Error::object_not_found)?;
                    if project_level(&membership, project).is_none() {
                        return Err(Error::object_not_found());
                    }
                    organization.projects.retain(|p| p.id != id);
                    *settings = None;
                    Ok(())
                },
            )
            .await??;
        Ok(())
    }

    pub async fn project_change_organization(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        id: &str,
        target: api::ProjectMove,
    ) -> Result<api::Project, Error> {
        let (Access { organization, membership, .. }, project, _) = self
            .project_access(
                caller,
                organization_id,
                id,
                Needed::InProject(Level::Member),
            )
            .await?;
        let target_id = target.organization_id;
        let target_membership = self
            .store
            .membership_and_organization_fetch(target_id, caller.user.id)
            .await?
            .filter(|_| caller.key_reaches(target_id))
            .map(|(membership, _)| membership)
            .ok_or_else(|| Error::Invalid {
                code: Code::Invalid,
                detail: "You must be a member of the target organization to \
                         move a project."
                    .into(),
                attr: None,
            })?;
        if target_id == organization.id {
            return Err(Error::Invalid {
                code: Code::Invalid,
                detail: "Project is already in the target organization.".into(),
                attr: None,
            });
        }
        if membership.level < Level::Admin
            || target_membership.level < Level::Admin
        {
            return Err(Error::Invalid {
                code: Code::Invalid,
                detail: "You must be an admin of both the source and target \
                         organizations to move a project."
                    .into(),
                attr: None,
            });
        }
        // Admin of both, checked again in the write on each organization.
        let guard = Guard::Member {
            user_id: caller.user.id,
            level: Level::Admin,
            level_if_member_keys_off: Level::Admin,
        };
        let id = project.id;
        let now = self.now();
        let written = self
            .store
            .project_write(
                &self.actor(caller, Some(organization.id)),
                ProjectTarget {
                    moved_to: Some(target_id),
                    ..ProjectTarget::of(&organization, &project)
                },
                &guard,
                move |organization, target, settings| {
                    let target = target.expect("a move reads its target");
                    let project = organization
                        .project(id)
                        .cloned()
                        .ok_or_else(Error::object_not_found)?;
                    name_free(target, &project.name, None)?;
                    if target.projects.len() >= PROJECTS_MAX {
                        return Err(Error::permission_denied(format!(
                            "You have reached the maximum limit of \
                             {PROJECTS_MAX} projects per organization."
                        )));
                    }
                    let mut record = settings.take().unwrap_or_else(|| {
                        settings_of_old(organization, &project)
                    });
                    record.organization_id = target.id;
                    record.updated_at = now;
                    organization.projects.retain(|p| p.id != id);
                    target.projects.push(project);
                    *settings = Some(record);
                    Ok(())
                },
            )
            .await??;
        let target = written.destination.ok_or_else(Error::object_not_found)?;
        Self::project_to_view(
            &target,
            &target_membership,
            id,
            written.settings.as_ref(),
            None,
        )
    }
}
