//! The records orgbase keeps, as they are stored: separate from the wire
//! types in `api`, so the API can change without rewriting data on disk.
//! Every value is written inside a versioned envelope (see `store`).

use chrono::DateTime;
use chrono::Utc;
use serde::Deserialize;
use serde::Serialize;
use uuid::Uuid;

/// A membership level, PostHog's `OrganizationMembership.Level`, ordered
/// as it grants: stored and answered as its number, and a number that is
/// no level is refused where it is read (a record holding one does not
/// decode).
#[derive(
    Clone,
    Copy,
    Debug,
    Deserialize,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    Serialize,
)]
#[serde(into = "u8", try_from = "u8")]
pub enum Level {
    Member = 1,
    Admin = 8,
    Owner = 15,
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level as u8
    }
}

impl TryFrom<u8> for Level {
    type Error = String;

    fn try_from(number: u8) -> Result<Level, String> {
        match number {
            1 => Ok(Level::Member),
            8 => Ok(Level::Admin),
            15 => Ok(Level::Owner),
            _ => Err(format!(
                "level {number} is not 1 (member), 8 (admin) or 15 (owner)"
            )),
        }
    }
}

/// A user of this instance.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct UserRecord {
    pub id: Uuid,
    /// PostHog's integer user id (`UserBasic.id`).
    pub numeric_id: i64,
    /// As given at creation; uniqueness is checked on its lowercase form.
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub is_staff: bool,
    pub current_organization: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    /// The current project (its numeric id), when the user chose one; it
    /// counts only while it belongs to the current organization.
    #[serde(default)]
    pub current_team: Option<i64>,
    /// The user's last successful authentication, written at most once a
    /// minute.
    #[serde(default)]
    pub last_login: Option<DateTime<Utc>>,
    #[serde(default)]
    pub preferences: UserPreferences,
}

/// What a user sets for themself. Choice fields keep their wire names
/// (`dark`, `engineering`, ...; `""` for a blank choice).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct UserPreferences {
    pub role_at_organization: Option<String>,
    pub notification_settings: serde_json::Map<String, serde_json::Value>,
    pub anonymize_data: Option<bool>,
    pub allow_impersonation: Option<bool>,
    pub toolbar_mode: Option<String>,
    pub events_column_config: Option<serde_json::Value>,
    pub has_seen_product_intro_for: Option<serde_json::Value>,
    pub theme_mode: Option<String>,
    pub hedgehog_config: Option<serde_json::Value>,
    pub allow_sidebar_suggestions: Option<bool>,
    pub shortcut_position: Option<String>,
    pub passkeys_enabled_for_2fa: Option<bool>,
}

/// A personal API key. Only the hash of the key is kept.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ApiKeyRecord {
    pub id: Uuid,
    pub user_id: Uuid,
    pub label: String,
    /// `sha256$<hex>` of the key.
    pub secure_value: String,
    pub mask_value: String,
    /// Scopes in their wire form (`organization:read`, `*`, ...).
    pub scopes: Vec<String>,
    /// Empty: every organization of the user.
    pub scoped_organizations: Vec<Uuid>,
    /// Project ids the key is limited to. Empty: every project (and every
    /// operation its scopes allow).
    #[serde(default)]
    pub scoped_teams: Vec<i64>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// An organization and what it owns outright (its projects).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct OrganizationRecord {
    pub id: Uuid,
    pub name: String,
    /// Unique across organizations; fixed at creation.
    pub slug: String,
    pub logo_media_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub plugins_access_level: u8,
    pub enforce_2fa: Option<bool>,
    pub members_can_invite: Option<bool>,
    pub members_can_create_projects: Option<bool>,
    pub members_can_use_personal_api_keys: bool,
    pub allow_publicly_shared_resources: bool,
    pub is_ai_data_processing_approved: Option<bool>,
    /// `bayesian`, `frequentist`, or none.
    pub default_experiment_stats_method: Option<String>,
    pub default_anonymize_ips: bool,
    pub default_role_id: Option<Uuid>,
    /// Kept equal to the number of membership entries by every write that
    /// adds or removes one, in the same transaction.
    pub member_count: u64,
    /// Kept equal to the number of owner memberships, the same way; the
    /// store never lets it reach zero.
    pub owner_count: u64,
    /// Bumped by every write to anything under the organization (its
    /// memberships, and every kind of record the table of kinds keeps
    /// under it), in the same
    /// transaction. A change that must see all of those (deleting the
    /// organization) lists them, then checks in its transaction that the
    /// revision has not moved.
    pub revision: u64,
    pub projects: Vec<ProjectRecord>,
}

impl OrganizationRecord {
    /// The project with this numeric id.
    pub fn project(&self, id: i64) -> Option<&ProjectRecord> {
        self.projects.iter().find(|project| project.id == id)
    }

    /// The project other than `except` whose name is `name` to a reader
    /// (compared as `names::comparison_key` compares them): project names
    /// are unique in an organization.
    pub fn project_named(
        &self,
        name: &str,
        except: Option<i64>,
    ) -> Option<&ProjectRecord> {
        let key = crate::names::comparison_key(name);
        self.projects.iter().find(|project| {
            Some(project.id) != except
                && crate::names::comparison_key(&project.name) == key
        })
    }
}

/// A project of an organization, with its one environment (team), which
/// shares its numeric id as in PostHog.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ProjectRecord {
    pub id: i64,
    pub team_uuid: Uuid,
    pub name: String,
    pub api_token: String,
    pub timezone: String,
    pub is_demo: bool,
    /// Whether the project is private: seen only by the organization's
    /// admins and the members given access to it (their membership's
    /// `project_access`).
    #[serde(default)]
    pub access_control: bool,
}

/// What a project keeps beside its entry on its organization (which holds
/// what the organization's views show): its description, times, secret
/// tokens and product settings. A project without one (made before these
/// were kept) has its settings at their defaults and its organization's
/// creation time; its first change writes one.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ProjectSettingsRecord {
    pub organization_id: Uuid,
    /// The project's environment's UUID: its key under the organization.
    pub team_uuid: Uuid,
    pub project_id: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub product_description: Option<String>,
    pub secret_api_token: Option<StoredSecret>,
    pub secret_api_token_backup: Option<StoredSecret>,
    /// The product settings written through the API, by field name, as
    /// the API checked them (the others are at their defaults).
    pub settings: serde_json::Map<String, serde_json::Value>,
}

/// A secret kept so that it can be recognized and shown masked, never
/// read back.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct StoredSecret {
    /// `sha256$<hex>` of the secret.
    pub secure_value: String,
    pub mask_value: String,
}

/// A user's membership of an organization.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct MembershipRecord {
    pub id: Uuid,
    pub user_id: Uuid,
    /// 1 member, 8 admin, 15 owner.
    pub level: Level,
    pub joined_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The organization's roles the user is in; kept equal to the user's
    /// `role_member/` entries by the same transactions.
    #[serde(default)]
    pub roles: Vec<Uuid>,
    /// The private projects (`access_control`) of the organization the
    /// user was given access to, with the level (1 or 8), from the invite
    /// they joined by.
    #[serde(default)]
    pub project_access: Vec<(i64, u8)>,
}

/// An invitation to join an organization.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct InviteRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Domain part lowercased.
    pub target_email: String,
    pub first_name: String,
    pub level: Level,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub message: Option<String>,
    /// Project id and level (1 or 8) pairs.
    pub private_project_access: Vec<(i64, u8)>,
    pub emailing_attempt_made: bool,
}

/// A role of an organization.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct RoleRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Unique in the organization, compared by `names::comparison_key`.
    pub name: String,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    /// The identifier an identity provider gave the role, as a SCIM group
    /// (`externalId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// When its name or `externalId` last changed; None: never since it
    /// was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
}

/// A member's assignment to a role.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct RoleMembershipRecord {
    pub id: Uuid,
    pub role_id: Uuid,
    pub user_id: Uuid,
    pub joined_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A CIMD verification token. Only the hash of the token is kept.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct CimdTokenRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub label: String,
    /// Normalized HTTPS URL of the metadata document it is valid at.
    pub cimd_url: Option<String>,
    /// `sha256$<hex>` of the token.
    pub secure_value: String,
    pub mask_value: String,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A domain an organization verifies, with its SSO and SCIM settings. Of
/// the SCIM token only the hash is kept; SCIM is enabled while there is
/// one.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct DomainRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Lowercase; unique across organizations.
    pub domain: String,
    pub verification_challenge: String,
    pub verified_at: Option<DateTime<Utc>>,
    pub last_verification_retry: Option<DateTime<Utc>>,
    pub jit_provisioning_enabled: bool,
    pub sso_enforcement: String,
    pub saml_entity_id: Option<String>,
    pub saml_acs_url: Option<String>,
    pub saml_x509_cert: Option<String>,
    /// `sha256$<hex>` of the SCIM bearer token, while SCIM is enabled.
    pub scim_token_hash: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A role of an external provider (a GitHub team, a Linear team, a Slack
/// channel...) mapped to one of the organization's roles.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct RoleExternalReferenceRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// The organization's role it maps to.
    pub role_id: Uuid,
    pub provider: String,
    pub provider_organization_id: String,
    pub provider_role_id: String,
    pub provider_role_slug: Option<String>,
    pub provider_role_name: String,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
}

impl RoleExternalReferenceRecord {
    /// What makes the provider role unique in its organization by its id:
    /// the provider, and the provider's organization and role id compared
    /// case-insensitively (as PostHog's constraint does).
    pub fn id_key(&self) -> String {
        reference_key(
            "id",
            &self.provider,
            &self.provider_organization_id,
            &self.provider_role_id,
        )
    }

    /// The same by its slug, when it has one.
    pub fn slug_key(&self) -> Option<String> {
        self.provider_role_slug.as_deref().map(|slug| {
            reference_key(
                "slug",
                &self.provider,
                &self.provider_organization_id,
                slug,
            )
        })
    }
}

/// A uniqueness key of a role external reference (see
/// [`RoleExternalReferenceRecord::id_key`]): JSON, so that no value can
/// run into the next.
pub fn reference_key(
    kind: &str,
    provider: &str,
    provider_organization_id: &str,
    identifier: &str,
) -> String {
    serde_json::json!([
        kind,
        provider,
        provider_organization_id.to_lowercase(),
        identifier.to_lowercase()
    ])
    .to_string()
}

/// A managed reverse proxy: a domain of the organization's that should
/// point (CNAME) at `target_cname`, and how far provisioning got.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ProxyRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Lowercase; unique across organizations.
    pub domain: String,
    pub target_cname: String,
    pub status: ProxyStatus,
    pub message: Option<String>,
    /// The numeric id of the user who created it.
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When the current round of checks began (creation, or the last
    /// retry): the provisioning window counts from here.
    pub waiting_since: DateTime<Utc>,
    /// Checks made in the current round.
    pub checks: u32,
    /// When the provisioning task should next look at the record (while
    /// `waiting` or `deleting`).
    pub next_check_at: DateTime<Utc>,
    /// When it was last diagnosed (for the diagnosis cooldown).
    pub last_diagnosed_at: Option<DateTime<Utc>>,
}

/// Where a proxy record stands, by PostHog's names. orgbase never sets
/// `issuing` or `warning` (it issues no certificates), but reads them.
#[derive(Clone, Copy, Debug, Deserialize, Eq, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProxyStatus {
    Waiting,
    Issuing,
    Valid,
    Warning,
    Erroring,
    Deleting,
    TimedOut,
}

impl ProxyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProxyStatus::Waiting => "waiting",
            ProxyStatus::Issuing => "issuing",
            ProxyStatus::Valid => "valid",
            ProxyStatus::Warning => "warning",
            ProxyStatus::Erroring => "erroring",
            ProxyStatus::Deleting => "deleting",
            ProxyStatus::TimedOut => "timed_out",
        }
    }

    /// Whether the provisioning task has work on a record in this state
    /// (checking its DNS, or finishing its removal).
    pub fn is_pending(self) -> bool {
        matches!(self, ProxyStatus::Waiting | ProxyStatus::Deleting)
    }
}

/// What a SCIM client keeps about a user of a domain beyond the user
/// record: its identifiers and name as the identity provider sends them.
/// Whether the user is `active` is not kept: it is whether they are a
/// member of the organization.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ScimUserRecord {
    pub organization_id: Uuid,
    pub domain_id: Uuid,
    pub user_id: Uuid,
    pub external_id: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub formatted_name: Option<String>,
    pub display_name: Option<String>,
    /// The addresses the provider lists (`emails`); the user's own address
    /// is `userName`.
    #[serde(default)]
    pub emails: Vec<ScimEmail>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves with every write of the record (and of the membership through
    /// SCIM): the resource's `meta.version`.
    pub version: u64,
}

/// One of a SCIM user's `emails`.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ScimEmail {
    pub value: String,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub primary: bool,
}

/// One request to a domain's SCIM API, as its logs show it: bodies with
/// secrets and personal data masked.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ScimLogRecord {
    /// UUIDv7: ordered by time.
    pub id: Uuid,
    pub organization_id: Uuid,
    pub domain_id: Uuid,
    pub request_method: String,
    /// The path and query string.
    pub request_path: String,
    pub request_headers: serde_json::Map<String, serde_json::Value>,
    pub request_body: Option<serde_json::Value>,
    pub response_status: u16,
    pub response_body: Option<serde_json::Value>,
    /// `okta`, `entra_id`, `google`, `onelogin` or `other`.
    pub identity_provider: String,
    pub duration_ms: u64,
    pub created_at: DateTime<Utc>,
}

/// One entry of an organization's activity log: a change, who made it,
/// through which door, and what it changed (PostHog's `ActivityLog`).
/// Written in the change's own transaction (see `store::activity`), never
/// changed after.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ActivityRecord {
    pub organization_id: Uuid,
    /// Ordered as the organization's changes were committed (see
    /// `store::activity::entry_id`).
    pub id: Uuid,
    /// Who made the change: none for orgbase's own work and for an
    /// identity provider (SCIM).
    pub user: Option<ActorUser>,
    /// `created`, `updated`, `deleted`, `scim_provisioned`, ...
    pub activity: String,
    /// What kind of thing changed, as PostHog names it (`Organization`,
    /// `OrganizationMembership`, ...).
    pub scope: String,
    pub item_id: String,
    pub detail: ActivityDetail,
    pub is_system: bool,
    pub was_impersonated: bool,
    /// The client that made the request (its `X-PostHog-Client` or
    /// `User-Agent`), bounded.
    pub client: Option<String>,
    pub ip_address: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The user who made a change, as they were then.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct ActorUser {
    pub id: Uuid,
    pub numeric_id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

impl ActorUser {
    /// `user` as they are now.
    pub fn of(user: &UserRecord) -> ActorUser {
        ActorUser {
            id: user.id,
            numeric_id: user.numeric_id,
            email: user.email.clone(),
            first_name: user.first_name.clone(),
            last_name: user.last_name.clone(),
        }
    }
}

/// What an activity entry says changed.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
pub struct ActivityDetail {
    pub name: Option<String>,
    pub changes: Vec<ActivityChange>,
    /// Where the change came from beyond the actor (the SCIM domain).
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}

/// One field's change: PostHog's `Change`.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct ActivityChange {
    /// The scope of what changed.
    #[serde(rename = "type")]
    pub kind: String,
    /// `created`, `changed` or `deleted`.
    pub action: String,
    pub field: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

#[cfg(test)]
impl OrganizationRecord {
    /// An organization with no members yet, for unit tests.
    pub fn for_tests() -> OrganizationRecord {
        let now = chrono::Utc::now();
        OrganizationRecord {
            id: Uuid::now_v7(),
            name: "Checked".to_string(),
            slug: String::new(),
            logo_media_id: None,
            created_at: now,
            updated_at: now,
            plugins_access_level: 9,
            enforce_2fa: None,
            members_can_invite: None,
            members_can_create_projects: None,
            members_can_use_personal_api_keys: true,
            allow_publicly_shared_resources: true,
            is_ai_data_processing_approved: None,
            default_experiment_stats_method: None,
            default_anonymize_ips: false,
            default_role_id: None,
            member_count: 0,
            owner_count: 0,
            revision: 0,
            projects: Vec::new(),
        }
    }
}

/// One of an organization's webhook endpoints: where its changes (the
/// activity log's entries) are delivered, signed as Standard Webhooks
/// describes, and how far delivery got.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct WebhookRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub url: String,
    pub description: String,
    /// The event types delivered (`Scope` or `Scope.activity`); empty:
    /// every event.
    pub event_types: Vec<String>,
    pub enabled: bool,
    /// Why orgbase disabled the endpoint (failing, gone), if it did.
    pub disabled_reason: Option<String>,
    /// The signing secrets, newest first: the current one, and those
    /// rotated out whose overlap has not ended.
    pub secrets: Vec<WebhookSecret>,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Where delivery stands (the store's bookkeeping: never an activity
    /// entry).
    pub delivery: DeliveryState,
}

/// A signing secret (`whsec_` and base64 of its bytes): stored as it is,
/// since it signs, and never answered after it was shown once.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct WebhookSecret {
    pub secret: String,
    pub created_at: DateTime<Utc>,
    /// When a rotated-out secret stops signing; none for the current one.
    pub expires_at: Option<DateTime<Utc>>,
}

/// How far an endpoint's delivery got. Its queue is its organization's
/// activity log after `cursor`, in commit order.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct DeliveryState {
    /// The last entry delivered, given up on, or not for this endpoint;
    /// none: from the start of the log.
    pub cursor: Option<Uuid>,
    /// The event the attempts below were made for (the first after the
    /// cursor, when they were made).
    pub head: Option<Uuid>,
    /// Scheduled attempts made for `head`, all failed.
    pub attempts: u32,
    /// Not before this is `head` tried again.
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// When the first of the endpoint's attempts that have failed without
    /// a success since was made.
    pub failing_since: Option<DateTime<Utc>>,
    /// The delivery worker that holds the endpoint, and until when.
    pub lease: Option<DeliveryLease>,
    /// Events asked to be sent again (a manual retry), oldest first.
    pub resends: Vec<Uuid>,
    /// Delivery records written for the endpoint, ever: a listing of them
    /// is complete while this has not moved.
    pub deliveries_written: u64,
    /// Delivery records kept for the endpoint now.
    pub deliveries_kept: u64,
}

/// A delivery worker's hold on an endpoint: no other sends to it until
/// `until`.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct DeliveryLease {
    pub holder: Uuid,
    pub until: DateTime<Utc>,
}

/// One event's delivery to one endpoint, with its attempts.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct WebhookDeliveryRecord {
    pub organization_id: Uuid,
    pub webhook_id: Uuid,
    /// The activity log entry delivered (the `webhook-id`).
    pub event_id: Uuid,
    pub event_type: String,
    pub status: DeliveryStatus,
    /// The latest attempts, oldest first.
    pub attempts: Vec<WebhookAttempt>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, Deserialize, Eq, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Failed so far; tried again on the schedule.
    Pending,
    Succeeded,
    /// Given up on: the schedule ran out, or the endpoint refused it.
    Failed,
}

/// One attempt to deliver an event.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct WebhookAttempt {
    pub at: DateTime<Utc>,
    /// `scheduled` (the queue's), or `manual` (a retry asked for).
    pub trigger: String,
    pub succeeded: bool,
    pub response_status: Option<u16>,
    /// The start of the response's body, as text.
    pub response_body: Option<String>,
    /// Why the attempt failed without a response (a refused address, a
    /// timeout, a connection error).
    pub error: Option<String>,
    pub duration_ms: u64,
}

/// A write sent with an `Idempotency-Key`: which request the key names,
/// which request is running with it now, whether a transaction of it
/// committed, and its first answer. Kept under its user until it expires,
/// so that the same request sent again gets that answer instead of being
/// applied again (see `app::idempotency`).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct IdempotencyRecord {
    pub user_id: Uuid,
    /// The key's id: the first 16 bytes of its SHA-256.
    pub id: Uuid,
    /// The key, as the caller sent it.
    pub key: String,
    /// The request the key was first used for: its method, path and
    /// body's SHA-256, hex.
    pub request: String,
    /// The request running with the key, and until when it holds it: a
    /// request sent again with the key meanwhile is refused (409), and
    /// after it a request sent again takes the key over (its holder
    /// having died) unless the write was applied.
    pub holder: Uuid,
    pub held_until: DateTime<Utc>,
    /// Whether a transaction of the holder's write committed: then the
    /// write is never applied again.
    pub applied: bool,
    /// What the write created, as its activity log entries name it:
    /// where an answer lost with its connection is read back from.
    pub created: Vec<CreatedRecord>,
    /// The first answer, once given.
    pub answer: Option<IdempotentAnswer>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Something a write created (see [`IdempotencyRecord::created`]): its
/// activity log scope (`Role`, `Project`, ...) and id.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct CreatedRecord {
    pub scope: String,
    pub item_id: String,
}

/// A write's answer: its status and its body (JSON, or empty).
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct IdempotentAnswer {
    pub status: u16,
    pub body: String,
}
