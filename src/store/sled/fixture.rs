//! For the unit tests: a store holding one record of every kind, written
//! through the store's own writers (so every index entry is as they write
//! it), in a temporary directory.

use super::records::ApiKeyRecord;
use super::records::CimdTokenRecord;
use super::records::DeliveryStatus;
use super::records::DomainRecord;
use super::records::InviteRecord;
use super::records::Level;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::ProjectRecord;
use super::records::ProjectSettingsRecord;
use super::records::ProxyRecord;
use super::records::ProxyStatus;
use super::records::RoleExternalReferenceRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::records::ScimUserRecord;
use super::records::UserRecord;
use super::records::WebhookDeliveryRecord;
use super::records::WebhookRecord;
use super::SledSettings;
use super::SledStore;
use crate::store::activity::Actor;
use crate::store::tx;
use crate::store::tx::Tx;
use crate::store::types::Guard;
use crate::store::types::InviteChanges;
use uuid::Uuid;

/// The store and what it holds.
pub(super) struct Fixture {
    pub dir: tempfile::TempDir,
    pub log: slog::Logger,
    pub store: SledStore,
    pub owner: UserRecord,
    pub org: OrganizationRecord,
    pub guard: Guard,
    pub role: RoleRecord,
    pub token: CimdTokenRecord,
    pub domain: DomainRecord,
    pub scim_user: ScimUserRecord,
}

pub(super) fn user(email: &str) -> UserRecord {
    UserRecord {
        id: Uuid::now_v7(),
        numeric_id: 1,
        email: email.to_string(),
        first_name: String::new(),
        last_name: String::new(),
        is_staff: false,
        current_organization: None,
        created_at: chrono::Utc::now(),
        current_team: None,
        last_login: None,
        preferences: Default::default(),
    }
}

impl Fixture {
    /// A user `owner@example.com` with an API key, owning the organization
    /// `checked`, which has a role `Admins` (the owner is in it, and it is
    /// the default role), an invite, a CIMD token `sha256$00`, a domain
    /// `example.com` with a SCIM record of the owner, a role external
    /// reference with a slug, and a proxy record.
    pub async fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let log = slog::Logger::root(slog::Discard, slog::o!());
        let store = Fixture::open(&dir, &log);
        let now = chrono::Utc::now();
        let owner = user("owner@example.com");
        let api_key = ApiKeyRecord {
            id: Uuid::now_v7(),
            user_id: owner.id,
            label: "k".into(),
            secure_value: "sha256$01".into(),
            mask_value: "phx_...0001".into(),
            scopes: vec!["*".into()],
            scoped_organizations: Vec::new(),
            scoped_teams: Vec::new(),
            created_at: now,
            last_used_at: None,
        };
        let (inserted, key) = (owner.clone(), api_key.clone());
        store
            .change(async move |tx| {
                tx::user_insert(tx, &inserted, Some(&key)).await
            })
            .await
            .unwrap();
        let membership = MembershipRecord {
            id: Uuid::now_v7(),
            user_id: owner.id,
            level: Level::Owner,
            joined_at: now,
            updated_at: now,
            roles: Vec::new(),
            project_access: Vec::new(),
        };
        let org = store
            .organization_insert(
                &OrganizationRecord::for_tests(),
                owner.id,
                &membership,
                |_| "checked".into(),
                1,
                |_| Vec::new(),
            )
            .await
            .unwrap();
        let guard = Guard::Member {
            user_id: owner.id,
            level: Level::Owner,
            level_if_member_keys_off: Level::Owner,
        };
        let role = RoleRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            name: "Admins".into(),
            created_by: owner.id,
            created_at: now,
            external_id: None,
            updated_at: None,
        };
        let (inserted, held) = (role.clone(), guard.clone());
        store
            .change(async move |tx| tx::role_insert(tx, &inserted, &held).await)
            .await
            .unwrap();
        let assignment = RoleMembershipRecord {
            id: Uuid::now_v7(),
            role_id: role.id,
            user_id: owner.id,
            joined_at: now,
            updated_at: now,
        };
        let (assigned, held, organization_id) =
            (assignment.clone(), guard.clone(), org.id);
        store
            .change(async move |tx| {
                tx::role_member_insert(tx, organization_id, &assigned, &held)
                    .await
            })
            .await
            .unwrap();
        let (role_id, organization_id, held) = (role.id, org.id, guard.clone());
        let with_default_role = move |org: &mut OrganizationRecord| {
            org.default_role_id = Some(role_id)
        };
        store
            .change(async move |tx| {
                let change = &with_default_role;
                tx::organization_update(tx, organization_id, &held, change)
                    .await
            })
            .await
            .unwrap();
        let invite = InviteRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            target_email: "invited@example.com".into(),
            first_name: String::new(),
            level: Level::Member,
            created_by: owner.id,
            created_at: now,
            updated_at: now,
            message: None,
            private_project_access: Vec::new(),
            emailing_attempt_made: false,
        };
        let changes = || InviteChanges {
            remove: Vec::new(),
            insert: vec![invite.clone()],
        };
        let engines = crate::store::Store::Sled(store.clone());
        engines
            .invite_replace(
                &Actor::system("test", chrono::Utc::now()),
                org.id,
                owner.id,
                |_| Ok::<_, ()>(changes()),
            )
            .await
            .unwrap()
            .unwrap();
        let token = CimdTokenRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            label: "t".into(),
            cimd_url: Some("https://partner.example".into()),
            secure_value: "sha256$00".into(),
            mask_value: "phvt...0000".into(),
            created_by: owner.id,
            created_at: now,
            last_used_at: None,
        };
        let (inserted, held) = (token.clone(), guard.clone());
        store
            .change(async move |tx| {
                tx::insert_under(tx, &inserted, &held).await
            })
            .await
            .unwrap();
        let domain = DomainRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            domain: "example.com".into(),
            verification_challenge: "c".into(),
            verified_at: None,
            last_verification_retry: None,
            jit_provisioning_enabled: false,
            sso_enforcement: String::new(),
            saml_entity_id: None,
            saml_acs_url: None,
            saml_x509_cert: None,
            scim_token_hash: None,
            created_at: now,
        };
        let (inserted, held) = (domain.clone(), guard.clone());
        store
            .change(async move |tx| {
                tx::domain_insert(tx, &inserted, &held).await
            })
            .await
            .unwrap();
        let scim_user = ScimUserRecord {
            organization_id: org.id,
            domain_id: domain.id,
            user_id: owner.id,
            external_id: None,
            given_name: None,
            family_name: None,
            formatted_name: None,
            display_name: None,
            emails: Vec::new(),
            created_at: now,
            updated_at: now,
            version: 1,
        };
        let inserted = scim_user.clone();
        store.change(async move |tx| tx.insert(&inserted).await).await.unwrap();
        let reference = RoleExternalReferenceRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            role_id: role.id,
            provider: "github".into(),
            provider_organization_id: "Acme".into(),
            provider_role_id: "42".into(),
            provider_role_slug: Some("admins".into()),
            provider_role_name: "Admins".into(),
            created_by: owner.id,
            created_at: now,
        };
        let held = guard.clone();
        store
            .change(async move |tx| {
                tx::role_external_reference_insert(tx, &reference, &held).await
            })
            .await
            .unwrap();
        let proxy = ProxyRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            domain: "proxy.example.com".into(),
            target_cname: "proxy.orgbase.example".into(),
            status: ProxyStatus::Waiting,
            message: None,
            created_by: owner.numeric_id,
            created_at: now,
            updated_at: now,
            waiting_since: now,
            checks: 0,
            next_check_at: now,
            last_diagnosed_at: None,
        };
        engines
            .insert_limited(&Actor::system("test", now), &proxy, &guard, 10)
            .await
            .unwrap();
        let project = ProjectRecord {
            id: 7,
            team_uuid: Uuid::now_v7(),
            name: "Fixture".into(),
            api_token: "phc_fixture".into(),
            timezone: "UTC".into(),
            is_demo: false,
            access_control: false,
        };
        let settings = ProjectSettingsRecord {
            organization_id: org.id,
            team_uuid: project.team_uuid,
            project_id: project.id,
            created_at: now,
            updated_at: now,
            product_description: None,
            secret_api_token: None,
            secret_api_token_backup: None,
            settings: serde_json::Map::new(),
        };
        let organization_id = org.id;
        store
            .change(async move |tx| {
                let mut organization = tx
                    .get::<OrganizationRecord>(&[organization_id])
                    .await?
                    .expect("the fixture's organization");
                organization.projects.push(project.clone());
                tx::organization_write(tx, organization).await?;
                tx.insert(&settings).await
            })
            .await
            .unwrap();
        let webhook = WebhookRecord {
            id: Uuid::now_v7(),
            organization_id: org.id,
            url: "https://hooks.example.com/orgbase".into(),
            description: String::new(),
            event_types: Vec::new(),
            enabled: true,
            disabled_reason: None,
            secrets: Vec::new(),
            created_by: owner.id,
            created_at: now,
            updated_at: now,
            delivery: Default::default(),
        };
        let system = Actor::system("test", now);
        engines.insert_limited(&system, &webhook, &guard, 10).await.unwrap();
        let (key, event_id) = ([org.id, webhook.id], Uuid::now_v7());
        engines
            .webhook_settle(
                &system,
                &key,
                Some(event_id),
                10,
                move |_, delivery| {
                    *delivery = Some(WebhookDeliveryRecord {
                        organization_id: key[0],
                        webhook_id: key[1],
                        event_id,
                        event_type: "Organization.updated".into(),
                        status: DeliveryStatus::Succeeded,
                        attempts: Vec::new(),
                        created_at: now,
                        updated_at: now,
                    });
                    Ok::<_, ()>(())
                },
            )
            .await
            .unwrap()
            .unwrap();
        let org = store.organization_fetch(org.id).unwrap().unwrap();
        Fixture {
            dir,
            log,
            store,
            owner,
            org,
            guard,
            role,
            token,
            domain,
            scim_user,
        }
    }

    fn open(dir: &tempfile::TempDir, log: &slog::Logger) -> SledStore {
        SledStore::open(&SledSettings::at(dir.path()), log).unwrap()
    }

    /// Closes the store and opens it again (what a restart does at open).
    pub fn reopen(self) -> Fixture {
        self.store.close().unwrap();
        let settings = SledSettings::at(self.dir.path());
        let store =
            super::open_when_released(|| SledStore::open(&settings, &self.log))
                .expect("the store reopens");
        Fixture { store, ..self }
    }
}
