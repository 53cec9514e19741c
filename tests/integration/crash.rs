//! Crash safety: the real `orgbase` binary is killed with SIGKILL at
//! random moments while clients write, then restarted on the same data
//! directory, again and again.
//!
//! After every kill, `orgbase check` must find the store whole (no
//! organization without its owner, no index entry without its record, no
//! counts out of step), the server must start, and every write that was
//! acknowledged (answered 2xx) must be there.
//!
//! ## How acknowledged writes are tracked
//! Each cycle starts a few *lanes*. A lane is one new user who runs
//! [`STEPS`] in order, one write at a time, on objects of their own: a
//! failed connection (the kill) ends the lane. So after a restart a lane's
//! state is the result of its acknowledged steps, or of those plus the one
//! that was in flight, and nothing else: the lane is read back through the
//! generated client and compared with both. Lanes never touch each other's
//! objects, and every lane of every earlier cycle is read back after each
//! restart, so a kill that damages old data is caught too.
//!
//! To cover a new write, add a [`Step`], what it does in [`Lane::send`],
//! and what it changes in [`Lane::expected`] (and in [`LaneView`] if it
//! changes something new).
//!
//! On PostgreSQL (`ORGBASE_TEST_BACKEND=postgres`) the test runs on a
//! cluster of its own, and every fourth cycle restarts the database under
//! load instead of killing orgbase: requests in flight then get 503 (a
//! lane ends there, its write in flight), and the same orgbase process must
//! serve again once the database is back, with nothing acknowledged lost.
//!
//! Kill timing comes from a seeded RNG (`ORGBASE_CRASH_SEED`, printed on
//! failure), so a failing run can be repeated.

use crate::binary::serve_with;
use crate::binary::Served;
use crate::common::client_for;
use crate::common::invite_request;
use crate::dns_server::DnsServer;
use crate::dns_server::Zone;
use crate::postgres_cluster::Cluster;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;
use rand::Rng;
use rand::SeedableRng;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;
use std::time::Instant;
use uuid::Uuid;

const KEY: &str = "phx_crashtestkey0123456789abcdefghijklmnopq";
/// Kill-and-restart cycles.
const CYCLES: usize = 20;
/// Cycles on PostgreSQL, where starting a server and checking the store
/// each take a connection and a migration check.
const CYCLES_POSTGRES: usize = 8;
/// Concurrent writers per cycle.
const LANES: usize = 4;
/// The kill comes this long after the lanes start, at most (on sled; a
/// write on PostgreSQL takes longer, and a server's first requests open
/// its connections).
const KILL_WINDOW_MS: u64 = 120;
const KILL_WINDOW_MS_POSTGRES: u64 = 800;
/// The whole test must end within this (a debug build on 2 cores).
const TIME_LIMIT: Duration = Duration::from_secs(90);

/// The writes a lane makes, in order: every write kind of the API.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    /// The staff user creates the lane's user, with a key.
    CreateUser,
    CreateOrganization,
    /// PUT on the organization: a new name.
    RenameOrganization,
    /// PATCH on the user: a new first name.
    RenameUser,
    CreateKey,
    /// The staff user creates a second user, the invitee.
    CreateInvitee,
    /// A bulk invite of the invitee, as an admin.
    InviteInvitee,
    /// An invite of someone who never accepts.
    InviteStranger,
    /// The invitee accepts (signup).
    Accept,
    /// PATCH on the invitee's membership: owner.
    Promote,
    /// PATCH on the organization: a setting.
    Configure,
    CreateRole,
    /// The lane's user joins the role.
    AssignRole,
    /// An external provider's role mapped to the role.
    CreateRoleReference,
    CreateCimdToken,
    CreateDomain,
    CreateProxyRecord,
    /// A project, which becomes the lane user's current one.
    CreateProject,
    /// PATCH on the project: its time zone.
    ConfigureProject,
    /// Publishes the challenge and verifies the domain.
    VerifyDomain,
    /// Turns SCIM on (the token is kept).
    EnableScim,
    /// The identity provider creates a user of the domain: a member.
    ScimProvision,
    /// The identity provider deactivates them: no longer a member.
    ScimDeactivate,
    /// The lane's user removes the invitee.
    RemoveInvitee,
    DeleteStrangerInvite,
    DeleteKey,
    /// Only on even lanes, so that some organizations survive.
    DeleteOrganization,
}

const STEPS: [Step; 27] = [
    Step::CreateUser,
    Step::CreateOrganization,
    Step::CreateProject,
    Step::ConfigureProject,
    Step::RenameOrganization,
    Step::RenameUser,
    Step::CreateKey,
    Step::CreateInvitee,
    Step::InviteInvitee,
    Step::InviteStranger,
    Step::Accept,
    Step::Promote,
    Step::Configure,
    Step::CreateRole,
    Step::AssignRole,
    Step::CreateRoleReference,
    Step::CreateCimdToken,
    Step::CreateDomain,
    Step::CreateProxyRecord,
    Step::VerifyDomain,
    Step::EnableScim,
    Step::ScimProvision,
    Step::ScimDeactivate,
    Step::RemoveInvitee,
    Step::DeleteStrangerInvite,
    Step::DeleteKey,
    Step::DeleteOrganization,
];

/// The same writes with the domain and SCIM ones early, where kills land
/// more often (lanes that keep their organization).
const SCIM_EARLY: [Step; 24] = [
    Step::CreateUser,
    Step::CreateOrganization,
    Step::CreateDomain,
    Step::VerifyDomain,
    Step::EnableScim,
    Step::ScimProvision,
    Step::ScimDeactivate,
    Step::RenameOrganization,
    Step::RenameUser,
    Step::CreateProject,
    Step::ConfigureProject,
    Step::CreateKey,
    Step::CreateInvitee,
    Step::InviteInvitee,
    Step::InviteStranger,
    Step::Accept,
    Step::Promote,
    Step::Configure,
    Step::CreateRole,
    Step::AssignRole,
    Step::CreateCimdToken,
    Step::RemoveInvitee,
    Step::DeleteStrangerInvite,
    Step::DeleteKey,
];

/// What can be read back of a lane's state.
#[derive(Clone, Debug, PartialEq)]
struct LaneView {
    first_name: String,
    /// Number of the user's keys.
    keys: u64,
    /// The user's organizations.
    organizations: Vec<OrganizationView>,
    /// The invitee's organizations (name, level), when the invitee's key
    /// is known (its creation was acknowledged).
    invitee_organizations: Option<Vec<(String, u8)>>,
}

#[derive(Clone, Debug, PartialEq)]
struct OrganizationView {
    name: String,
    level: Option<u8>,
    member_count: u64,
    enforce_2fa: Option<bool>,
    invites: u64,
    /// Each role's member count.
    roles: Vec<usize>,
    cimd_tokens: u64,
    domains: u64,
    role_references: u64,
    proxy_records: usize,
    /// Each project's name and time zone.
    projects: Vec<(String, String)>,
    verified_domains: u64,
    scim_domains: u64,
    /// The domain's SCIM users and how many are active, when the SCIM
    /// token is known.
    scim_users: (u64, u64),
}

/// A user created by a lane, and their key.
#[derive(Clone)]
struct LaneUser {
    uuid: Uuid,
    key: String,
}

/// One writer's steps and what came back from them.
#[derive(Default)]
struct Lane {
    name: String,
    deletes_organization: bool,
    /// How many steps were acknowledged, in order.
    acked: usize,
    /// Whether step `acked` was sent and never answered: it may or may not
    /// have happened.
    in_flight: bool,
    user: Option<LaneUser>,
    invitee: Option<LaneUser>,
    organization: Option<Uuid>,
    key: Option<Uuid>,
    invitee_invite: Option<Uuid>,
    stranger_invite: Option<Uuid>,
    role: Option<Uuid>,
    /// The domain's id and verification challenge.
    domain: Option<(Uuid, String)>,
    scim_token: Option<String>,
    scim_user: Option<String>,
    project: Option<i64>,
}

type SendResult = Result<(), orgbase::client::Error<types::ApiError>>;

impl Lane {
    fn new(cycle: usize, index: usize) -> Lane {
        Lane {
            name: format!("crash-{cycle}-{index}"),
            deletes_organization: index.is_multiple_of(2),
            ..Lane::default()
        }
    }

    fn steps(&self) -> &'static [Step] {
        if self.deletes_organization {
            &STEPS
        } else {
            &SCIM_EARLY
        }
    }

    fn organization_name(&self, renamed: bool) -> String {
        let suffix = if renamed { " renamed" } else { "" };
        format!("{}{suffix}", self.name)
    }

    /// Runs the steps until one fails to get an answer.
    /// Runs the lane's steps until one fails to get an answer (or, while
    /// the database restarts, gets 503).
    async fn run(
        &mut self,
        base_url: &str,
        dns: &DnsServer,
        database_restarting: bool,
    ) {
        let admin = client_for(base_url, Some(KEY));
        for &step in self.steps() {
            match self
                .send(step, base_url, &admin, dns, database_restarting)
                .await
            {
                Ok(()) => self.acked += 1,
                Err(orgbase::client::Error::ErrorResponse(response))
                    if database_restarting && response.status() == 503 =>
                {
                    self.in_flight = true;
                    return;
                }
                Err(orgbase::client::Error::ErrorResponse(response)) => panic!(
                    "{} {step:?} refused: {} {:?}",
                    self.name,
                    response.status(),
                    response.into_inner()
                ),
                Err(orgbase::client::Error::UnexpectedResponse(response)) => {
                    panic!("{} {step:?}: unexpected {response:?}", self.name)
                }
                Err(_) => {
                    self.in_flight = true;
                    return;
                }
            }
        }
    }

    /// A SCIM answer (SCIM is not in the generated client): `expected`,
    /// or, while the database restarts, 503, which leaves the write in
    /// flight as the client's 503s do in `run`.
    fn scim_status(
        &self,
        status: reqwest::StatusCode,
        expected: u16,
        database_restarting: bool,
    ) -> Result<(), String> {
        if database_restarting && status == 503 {
            return Err(format!(
                "{}: 503 while the database restarts",
                self.name
            ));
        }
        assert_eq!(status, expected, "{}", self.name);
        Ok(())
    }

    fn user_client(&self, base_url: &str) -> Client {
        client_for(base_url, Some(&self.user.as_ref().unwrap().key))
    }

    async fn send(
        &mut self,
        step: Step,
        base_url: &str,
        admin: &Client,
        dns: &DnsServer,
        database_restarting: bool,
    ) -> SendResult {
        let org = || self.organization.unwrap().to_string();
        match step {
            Step::CreateUser => {
                self.user = Some(create_user(admin, &self.name).await?);
            }
            Step::CreateOrganization => {
                let created = self
                    .user_client(base_url)
                    .organization_create()
                    .body(
                        types::OrganizationCreate::builder()
                            .name(self.organization_name(false)),
                    )
                    .send()
                    .await?;
                self.organization = Some(created.id);
            }
            Step::RenameOrganization => {
                self.user_client(base_url)
                    .organization_update()
                    .organization_id(org())
                    .body(
                        types::OrganizationCreate::builder()
                            .name(self.organization_name(true)),
                    )
                    .send()
                    .await?;
            }
            Step::RenameUser => {
                self.user_client(base_url)
                    .user_patch()
                    .uuid("@me")
                    .body(
                        types::UserPatch::builder()
                            .first_name(Some("Renamed".to_string())),
                    )
                    .send()
                    .await?;
            }
            Step::CreateKey => {
                let created = self
                    .user_client(base_url)
                    .personal_api_key_create()
                    .body(types::PersonalApiKeyCreate {
                        label: "extra".to_string(),
                        scopes: vec![Scope::UserRead],
                        scoped_organizations: None,
                        scoped_teams: None,
                    })
                    .send()
                    .await?;
                self.key = Some(created.id);
            }
            Step::CreateInvitee => {
                let name = format!("{}-invitee", self.name);
                self.invitee = Some(create_user(admin, &name).await?);
            }
            Step::InviteInvitee => {
                let email = format!("{}-invitee@crash.test", self.name);
                let created = self
                    .user_client(base_url)
                    .invite_bulk_create()
                    .organization_id(org())
                    .body(vec![invite_request(&email, 8)])
                    .send()
                    .await?;
                self.invitee_invite = Some(created[0].id);
            }
            Step::InviteStranger => {
                let email = format!("{}-stranger@crash.test", self.name);
                let created = self
                    .user_client(base_url)
                    .invite_create()
                    .organization_id(org())
                    .body(invite_request(&email, 1))
                    .send()
                    .await?;
                self.stranger_invite = Some(created.id);
            }
            Step::Accept => {
                let invitee = self.invitee.as_ref().unwrap();
                client_for(base_url, Some(&invitee.key))
                    .signup_accept()
                    .invite_id(self.invitee_invite.unwrap().to_string())
                    .send()
                    .await?;
            }
            Step::Promote => {
                self.user_client(base_url)
                    .member_patch()
                    .organization_id(org())
                    .user_uuid(self.invitee.as_ref().unwrap().uuid.to_string())
                    .body(types::OrganizationMemberUpdate { level: Some(15) })
                    .send()
                    .await?;
            }
            Step::Configure => {
                self.user_client(base_url)
                    .organization_patch()
                    .organization_id(org())
                    .body(
                        types::OrganizationPatch::builder()
                            .enforce_2fa(Some(Some(true))),
                    )
                    .send()
                    .await?;
            }
            Step::CreateRole => {
                let role = self
                    .user_client(base_url)
                    .role_create()
                    .organization_id(org())
                    .body(types::RoleCreate { name: "Crash role".into() })
                    .send()
                    .await?;
                self.role = Some(role.id);
            }
            Step::AssignRole => {
                self.user_client(base_url)
                    .role_membership_create()
                    .organization_id(org())
                    .role_id(self.role.unwrap().to_string())
                    .body(types::RoleMembershipCreate {
                        user_uuid: self.user.as_ref().unwrap().uuid,
                    })
                    .send()
                    .await?;
            }
            Step::CreateCimdToken => {
                self.user_client(base_url)
                    .cimd_verification_token_create()
                    .organization_id(org())
                    .body(types::CimdVerificationTokenCreate {
                        label: "crash".into(),
                        cimd_url: format!(
                            "https://{}.example.com/client.json",
                            self.name
                        ),
                    })
                    .send()
                    .await?;
            }
            Step::CreateDomain => {
                let created = self
                    .user_client(base_url)
                    .domain_create()
                    .organization_id(org())
                    .body(types::OrganizationDomainCreate {
                        domain: format!("{}.example.com", self.name),
                        saml_entity_id: None,
                        saml_acs_url: None,
                        saml_x509_cert: None,
                    })
                    .send()
                    .await?;
                self.domain =
                    Some((created.id, created.verification_challenge.clone()));
            }
            Step::VerifyDomain => {
                let (id, challenge) = self.domain.clone().unwrap();
                dns.set(
                    &format!("_posthog-challenge.{}.example.com", self.name),
                    Zone::Txt(vec![challenge]),
                );
                let verified = self
                    .user_client(base_url)
                    .domain_verify()
                    .organization_id(org())
                    .domain_id(id.to_string())
                    .send()
                    .await?;
                assert!(verified.is_verified, "{}", self.name);
            }
            Step::EnableScim => {
                let (id, _) = self.domain.clone().unwrap();
                let enabled = self
                    .user_client(base_url)
                    .domain_patch()
                    .organization_id(org())
                    .domain_id(id.to_string())
                    .body(
                        types::OrganizationDomainPatch::builder()
                            .scim_enabled(Some(true)),
                    )
                    .send()
                    .await?;
                self.scim_token = enabled.into_inner().scim_bearer_token;
            }
            Step::ScimProvision => {
                let email = format!("idp@{}.example.com", self.name);
                let created = self
                    .scim(base_url, reqwest::Method::POST, "/Users")
                    .json(&serde_json::json!({"userName": email}))
                    .send()
                    .await
                    .map_err(orgbase::client::Error::CommunicationError)?;
                self.scim_status(created.status(), 201, database_restarting)
                    .map_err(orgbase::client::Error::InvalidRequest)?;
                let created: serde_json::Value = created
                    .json()
                    .await
                    .map_err(orgbase::client::Error::CommunicationError)?;
                self.scim_user = created["id"].as_str().map(str::to_string);
            }
            Step::ScimDeactivate => {
                let path =
                    format!("/Users/{}", self.scim_user.clone().unwrap());
                let patched = self
                    .scim(base_url, reqwest::Method::PATCH, &path)
                    .json(&serde_json::json!({
                        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                        "Operations": [{"op": "replace", "value": {"active": false}}]
                    }))
                    .send()
                    .await
                    .map_err(orgbase::client::Error::CommunicationError)?;
                self.scim_status(patched.status(), 200, database_restarting)
                    .map_err(orgbase::client::Error::InvalidRequest)?;
            }
            Step::CreateRoleReference => {
                self.user_client(base_url)
                    .role_external_reference_create()
                    .organization_id(org())
                    .body(types::RoleExternalReferenceCreate {
                        provider: "github".into(),
                        provider_organization_id: self.name.clone(),
                        provider_role_id: "1".into(),
                        provider_role_slug: Some("crash-team".into()),
                        provider_role_name: "Crash team".into(),
                        role: self.role.unwrap(),
                    })
                    .send()
                    .await?;
            }
            Step::CreateProxyRecord => {
                self.user_client(base_url)
                    .proxy_record_create()
                    .organization_id(org())
                    .body(types::ProxyRecordCreate {
                        domain: format!("e.{}.example.com", self.name),
                    })
                    .send()
                    .await?;
            }
            Step::CreateProject => {
                let project = self
                    .user_client(base_url)
                    .project_create()
                    .organization_id(org())
                    .body(
                        types::ProjectWrite::builder()
                            .name(format!("{} project", self.name)),
                    )
                    .send()
                    .await?;
                self.project = Some(project.id);
            }
            Step::ConfigureProject => {
                self.user_client(base_url)
                    .project_patch()
                    .organization_id(org())
                    .id(self.project.unwrap().to_string())
                    .body(
                        types::ProjectWrite::builder()
                            .timezone("Europe/Paris".to_string()),
                    )
                    .send()
                    .await?;
            }
            Step::RemoveInvitee => {
                self.user_client(base_url)
                    .member_delete()
                    .organization_id(org())
                    .user_uuid(self.invitee.as_ref().unwrap().uuid.to_string())
                    .send()
                    .await?;
            }
            Step::DeleteStrangerInvite => {
                self.user_client(base_url)
                    .invite_delete()
                    .organization_id(org())
                    .invite_id(self.stranger_invite.unwrap().to_string())
                    .send()
                    .await?;
            }
            Step::DeleteKey => {
                self.user_client(base_url)
                    .personal_api_key_delete()
                    .id(self.key.unwrap().to_string())
                    .send()
                    .await?;
            }
            Step::DeleteOrganization => {
                self.user_client(base_url)
                    .organization_delete()
                    .organization_id(org())
                    .send()
                    .await?;
            }
        }
        Ok(())
    }

    /// A request to the lane's domain's SCIM API, with its token.
    fn scim(
        &self,
        base_url: &str,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let (domain, _) = self.domain.as_ref().unwrap();
        reqwest::Client::new()
            .request(method, format!("{base_url}/scim/v2/{domain}{path}"))
            .bearer_auth(self.scim_token.as_ref().unwrap())
    }

    /// The lane's state once its first `applied` steps have happened.
    fn expected(&self, applied: usize) -> LaneView {
        let mut view = LaneView {
            first_name: "Lane".to_string(),
            keys: 1,
            organizations: Vec::new(),
            invitee_organizations: None,
        };
        let mut invitee_level = None;
        for step in &self.steps()[..applied] {
            let organization = view.organizations.first_mut();
            match (step, organization) {
                (Step::CreateUser, _) => {}
                (Step::CreateOrganization, _) => {
                    view.organizations.push(OrganizationView {
                        name: self.organization_name(false),
                        level: Some(15),
                        member_count: 1,
                        enforce_2fa: None,
                        invites: 0,
                        roles: Vec::new(),
                        cimd_tokens: 0,
                        domains: 0,
                        role_references: 0,
                        proxy_records: 0,
                        projects: vec![(
                            "Default project".into(),
                            "UTC".into(),
                        )],
                        verified_domains: 0,
                        scim_domains: 0,
                        scim_users: (0, 0),
                    })
                }
                (Step::RenameOrganization, Some(organization)) => {
                    organization.name = self.organization_name(true)
                }
                (Step::RenameUser, _) => view.first_name = "Renamed".into(),
                (Step::CreateKey, _) => view.keys += 1,
                (Step::DeleteKey, _) => view.keys -= 1,
                (Step::CreateInvitee, _) => {}
                (
                    Step::InviteInvitee | Step::InviteStranger,
                    Some(organization),
                ) => organization.invites += 1,
                (Step::DeleteStrangerInvite, Some(organization)) => {
                    organization.invites -= 1
                }
                (Step::Accept, Some(organization)) => {
                    organization.invites -= 1;
                    organization.member_count += 1;
                    invitee_level = Some(8);
                }
                (Step::Promote, _) => invitee_level = Some(15),
                (Step::Configure, Some(organization)) => {
                    organization.enforce_2fa = Some(true)
                }
                (Step::CreateRole, Some(organization)) => {
                    organization.roles.push(0)
                }
                (Step::AssignRole, Some(organization)) => {
                    organization.roles[0] += 1
                }
                (Step::CreateCimdToken, Some(organization)) => {
                    organization.cimd_tokens += 1
                }
                (Step::CreateDomain, Some(organization)) => {
                    organization.domains += 1
                }
                (Step::CreateRoleReference, Some(organization)) => {
                    organization.role_references += 1
                }
                (Step::CreateProxyRecord, Some(organization)) => {
                    organization.proxy_records += 1
                }
                (Step::CreateProject, Some(organization)) => organization
                    .projects
                    .push((format!("{} project", self.name), "UTC".into())),
                (Step::ConfigureProject, Some(organization)) => {
                    organization.projects[1].1 = "Europe/Paris".into()
                }
                (Step::VerifyDomain, Some(organization)) => {
                    organization.verified_domains += 1
                }
                (Step::EnableScim, Some(organization)) => {
                    organization.scim_domains += 1
                }
                (Step::ScimProvision, Some(organization)) => {
                    organization.member_count += 1;
                    organization.scim_users = (1, 1);
                }
                (Step::ScimDeactivate, Some(organization)) => {
                    organization.member_count -= 1;
                    organization.scim_users = (1, 0);
                }
                (Step::RemoveInvitee, Some(organization)) => {
                    organization.member_count -= 1;
                    invitee_level = None;
                }
                (Step::DeleteOrganization, _) => view.organizations.clear(),
                (step, None) => panic!("{step:?} before the organization"),
            }
        }
        // The invitee can be read back only when their key is known.
        if self.invitee.is_some() {
            let name = self.organization_name(true);
            view.invitee_organizations = Some(
                invitee_level.map(|level| (name, level)).into_iter().collect(),
            );
        }
        view
    }

    /// Reads the lane's state back through the API.
    async fn observe(&self, base_url: &str) -> LaneView {
        let user = self.user_client(base_url);
        let me =
            user.user_view().uuid("@me").send().await.unwrap().into_inner();
        let keys = user.personal_api_key_list().send().await.unwrap().count;
        let mut organizations = Vec::new();
        for org in
            user.organization_list().send().await.unwrap().into_inner().results
        {
            let id = org.id.to_string();
            let invites = user
                .invite_list()
                .organization_id(&id)
                .send()
                .await
                .unwrap()
                .count;
            let roles =
                user.role_list().organization_id(&id).send().await.unwrap();
            let cimd_tokens = user
                .cimd_verification_token_list()
                .organization_id(&id)
                .send()
                .await
                .unwrap()
                .count;
            let domains = user
                .domain_list()
                .organization_id(&id)
                .send()
                .await
                .unwrap()
                .into_inner();
            let role_references = user
                .role_external_reference_list()
                .organization_id(&id)
                .send()
                .await
                .unwrap()
                .count;
            let proxy_records = user
                .proxy_record_list()
                .organization_id(&id)
                .send()
                .await
                .unwrap()
                .into_inner()
                .results
                .len();
            let projects = user
                .project_list()
                .organization_id(&id)
                .send()
                .await
                .unwrap()
                .into_inner()
                .results
                .into_iter()
                .map(|project| (project.name, project.timezone))
                .collect();
            let scim_users = match &self.scim_token {
                Some(_) => {
                    let listed: serde_json::Value = self
                        .scim(base_url, reqwest::Method::GET, "/Users")
                        .send()
                        .await
                        .unwrap()
                        .json()
                        .await
                        .unwrap();
                    let users = listed["Resources"].as_array().unwrap();
                    let active =
                        users.iter().filter(|u| u["active"] == true).count();
                    (users.len() as u64, active as u64)
                }
                None => (0, 0),
            };
            organizations.push(OrganizationView {
                name: org.name,
                level: org.membership_level,
                member_count: org.member_count,
                enforce_2fa: org.enforce_2fa,
                invites,
                roles: roles
                    .results
                    .iter()
                    .map(|role| role.members.len())
                    .collect(),
                cimd_tokens,
                domains: domains.count,
                role_references,
                proxy_records,
                projects,
                verified_domains: domains
                    .results
                    .iter()
                    .filter(|domain| domain.is_verified)
                    .count() as u64,
                scim_domains: domains
                    .results
                    .iter()
                    .filter(|domain| domain.scim_enabled)
                    .count() as u64,
                scim_users,
            });
        }
        let invitee_organizations = match &self.invitee {
            Some(invitee) => Some(
                client_for(base_url, Some(&invitee.key))
                    .user_view()
                    .uuid("@me")
                    .send()
                    .await
                    .unwrap()
                    .into_inner()
                    .organizations
                    .into_iter()
                    .map(|org| (org.name, org.membership_level))
                    .collect(),
            ),
            None => None,
        };
        LaneView {
            first_name: me.first_name,
            keys,
            organizations,
            invitee_organizations,
        }
    }

    /// Checks that each of the lane's organizations' activity log balances
    /// with what it holds: for each kind of record, the entries that
    /// created one less those that deleted one are the records there. A
    /// change stored without its entries, or entries of a change that was
    /// not stored, would unbalance it.
    async fn ledger_balances(&self, base_url: &str, seed: u64) {
        let user = self.user_client(base_url);
        let organizations =
            user.organization_list().send().await.unwrap().into_inner();
        for org in organizations.results {
            let id = org.id.to_string();
            let page = user
                .advanced_activity_log_list()
                .organization_id(&id)
                .page_size(1000u64)
                .send()
                .await
                .unwrap()
                .into_inner();
            assert!(page.next.is_none(), "a lane's log fits a page");
            let mut net: std::collections::BTreeMap<String, i64> =
                Default::default();
            for result in page.results {
                let types::ActivityLogResult::ActivityLogEntry(entry) = result
                else {
                    panic!("not an entry");
                };
                let scope = match entry.scope.as_str() {
                    "User" if entry.activity.starts_with("scim_") => {
                        "ScimUser".to_string()
                    }
                    scope => scope.to_string(),
                };
                *net.entry(scope).or_default() += match entry.activity.as_str()
                {
                    "created" | "scim_provisioned" => 1,
                    "deleted" | "scim_deprovisioned" => -1,
                    _ => 0,
                };
            }
            let count = |scope: &str| net.get(scope).copied().unwrap_or(0);
            let listed = |total: u64| i64::try_from(total).unwrap();
            let roles =
                user.role_list().organization_id(&id).send().await.unwrap();
            let invites =
                user.invite_list().organization_id(&id).send().await.unwrap();
            let domains =
                user.domain_list().organization_id(&id).send().await.unwrap();
            let projects =
                user.project_list().organization_id(&id).send().await.unwrap();
            let balances = [
                ("OrganizationMembership", listed(org.member_count)),
                ("Role", listed(roles.count)),
                ("OrganizationInvite", listed(invites.count)),
                ("OrganizationDomain", listed(domains.count)),
                ("Project", listed(projects.count)),
            ];
            for (scope, held) in balances {
                assert_eq!(
                    count(scope),
                    held,
                    "{} (seed {seed}): the log of {id} does not balance for \
                     {scope}: {net:?}",
                    self.name
                );
            }
        }
    }

    /// Checks that the lane's state is that of its acknowledged steps, or
    /// of those and the one in flight.
    async fn verify(&self, base_url: &str, seed: u64) {
        if self.user.is_none() {
            // Nothing of this lane was acknowledged.
            return;
        }
        let observed = self.observe(base_url).await;
        self.ledger_balances(base_url, seed).await;
        let acked = self.expected(self.acked);
        let with_in_flight =
            self.in_flight.then(|| self.expected(self.acked + 1));
        assert!(
            observed == acked || Some(&observed) == with_in_flight.as_ref(),
            "{} (seed {seed}): after {} acknowledged steps (next in flight: \
             {}), read back\n{observed:#?}\nexpected\n{acked:#?}\nor\n\
             {with_in_flight:#?}",
            self.name,
            self.acked,
            self.in_flight,
        );
    }
}

async fn create_user(
    admin: &Client,
    name: &str,
) -> Result<LaneUser, orgbase::client::Error<types::ApiError>> {
    let created = admin
        .user_create()
        .body(types::UserCreate {
            email: format!("{name}@crash.test"),
            first_name: Some("Lane".to_string()),
            last_name: None,
            is_staff: None,
            personal_api_key: Some(types::PersonalApiKeyCreate {
                label: "lane".to_string(),
                scopes: vec![Scope::X],
                scoped_organizations: None,
                scoped_teams: None,
            }),
        })
        .send()
        .await?
        .into_inner();
    Ok(LaneUser {
        uuid: created.uuid,
        key: created.personal_api_key.unwrap().value.unwrap(),
    })
}

/// The store the test's servers use.
enum Target {
    Sled(tempfile::TempDir),
    Postgres { cluster: Arc<Cluster>, url: String },
}

impl Target {
    async fn new() -> Target {
        if crate::common::testing_postgres() {
            let cluster = Arc::new(Cluster::private(false));
            let url = cluster.create_database().await;
            Target::Postgres { cluster, url }
        } else {
            Target::Sled(tempfile::tempdir().unwrap())
        }
    }

    fn store_args(&self) -> [&std::ffi::OsStr; 2] {
        match self {
            Target::Sled(dir) => ["--data-dir".as_ref(), dir.path().as_ref()],
            Target::Postgres { url, .. } => {
                ["--database-url".as_ref(), url.as_ref()]
            }
        }
    }

    /// Starts a server on the store, resolving names through `resolver`,
    /// without rate limits (the writers are a bulk job).
    fn serve(&self, resolver: &str) -> Served {
        let [store, location] = self.store_args();
        let args = [
            store,
            location,
            "--dns-resolver".as_ref(),
            resolver.as_ref(),
            "--rate-limits".as_ref(),
            "off".as_ref(),
        ];
        serve_with(&args, Some(KEY))
    }

    /// Runs `orgbase check` on the store (a stopped server's, or one that
    /// no client writes to).
    fn check(&self, seed: u64) {
        let output = Command::new(env!("CARGO_BIN_EXE_orgbase"))
            .arg("check")
            .args(self.store_args())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "orgbase check failed (seed {seed}):\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn cycles(&self) -> usize {
        match self {
            Target::Sled(_) => CYCLES,
            Target::Postgres { .. } => CYCLES_POSTGRES,
        }
    }

    fn kill_window_ms(&self) -> u64 {
        match self {
            Target::Sled(_) => KILL_WINDOW_MS,
            Target::Postgres { .. } => KILL_WINDOW_MS_POSTGRES,
        }
    }

    /// The database's cluster, when this cycle restarts it rather than
    /// killing orgbase.
    fn database_to_restart(&self, cycle: usize) -> Option<Arc<Cluster>> {
        match self {
            Target::Postgres { cluster, .. } if cycle % 4 == 3 => {
                Some(Arc::clone(cluster))
            }
            _ => None,
        }
    }
}

/// Waits (bounded) until the server is ready again.
async fn wait_until_ready(base_url: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let ready = reqwest::get(format!("{base_url}/_ready")).await;
        if ready.is_ok_and(|response| response.status() == 200) {
            return;
        }
        assert!(Instant::now() < deadline, "the server never got ready again");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn test_crash_kill_restart_keeps_acknowledged_writes_whole() {
    let seed = std::env::var("ORGBASE_CRASH_SEED")
        .map(|seed| seed.parse().expect("ORGBASE_CRASH_SEED is a number"))
        .unwrap_or(20_240_607);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let started = Instant::now();
    let target = Target::new().await;
    let mut lanes: Vec<Lane> = Vec::new();
    let dns = DnsServer::start().await;
    let resolver = dns.addr.to_string();
    let mut served = target.serve(&resolver);
    let mut database_restarts = 0;
    let cycles = target.cycles();
    for cycle in 0..cycles {
        let base_url = format!("http://{}", served.address);
        let mut cycle_lanes: Vec<Lane> =
            (0..LANES).map(|index| Lane::new(cycle, index)).collect();
        let kill_after =
            Duration::from_millis(rng.gen_range(0..target.kill_window_ms()));
        let restart = target.database_to_restart(cycle);
        let restarting = restart.is_some();
        // The server is killed in this cycle, or kept while its database
        // restarts.
        let (to_kill, kept) = match restart {
            None => (Some(served), None),
            Some(_) => (None, Some(served)),
        };
        let ((), killed_log) = tokio::join!(
            async {
                let runs = cycle_lanes
                    .iter_mut()
                    .map(|lane| lane.run(&base_url, &dns, restarting));
                futures::future::join_all(runs).await;
            },
            async {
                tokio::time::sleep(kill_after).await;
                if let Some(cluster) = restart {
                    tokio::task::spawn_blocking(move || cluster.restart())
                        .await
                        .unwrap();
                }
                to_kill.map(Served::kill)
            }
        );
        lanes.extend(cycle_lanes);
        served = match (killed_log, kept) {
            (Some(log), _) => {
                assert!(
                    !log.contains("panicked"),
                    "the server panicked: {log}"
                );
                target.check(seed);
                target.serve(&resolver)
            }
            (None, Some(kept)) => {
                // The same process serves again once the database is back.
                database_restarts += 1;
                wait_until_ready(&base_url).await;
                target.check(seed);
                kept
            }
            (None, None) => unreachable!("the server is killed or kept"),
        };
        let base_url = format!("http://{}", served.address);
        let checks = lanes.iter().map(|lane| lane.verify(&base_url, seed));
        futures::future::join_all(checks).await;
        assert!(
            started.elapsed() < TIME_LIMIT,
            "too slow: {cycle} cycles took {:?}",
            started.elapsed()
        );
    }
    served.kill();
    target.check(seed);
    if let Target::Postgres { .. } = target {
        assert_eq!(database_restarts, cycles / 4);
    }

    // The kills landed at different points: some lanes were cut short,
    // and writes were acknowledged.
    let acked: usize = lanes.iter().map(|lane| lane.acked).sum();
    let cut = lanes.iter().filter(|lane| lane.in_flight).count();
    let cut_at: Vec<usize> = lanes
        .iter()
        .filter(|lane| lane.in_flight)
        .map(|lane| lane.acked)
        .collect();
    eprintln!(
        "crash test (seed {seed}): {cycles} cycles ({database_restarts} \
         database restarts, the others kills), {acked} acknowledged writes, \
         lanes cut after steps {cut_at:?}"
    );
    assert!(acked >= cycles * 2, "only {acked} writes acknowledged");
    assert!(cut >= cycles / 2, "only {cut} lanes were cut by a kill");
}
