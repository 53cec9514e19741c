//! The invariants between records, written once: what `orgbase check`
//! holds a store to on either engine, and what an import (or a `--seed`)
//! holds its file to before anything is written.
//!
//! ## What is checked
//! - **Unique where the API keeps things unique:** ids, emails, key and
//!   token hashes, slugs, role names in an organization, domain names,
//!   proxy domains, role external references' provider keys, numeric ids.
//! - **References:** a key's user; a membership's organization and user;
//!   an invite's, role's, CIMD token's, domain's and proxy record's
//!   organization; a role membership's role (of its organization) and
//!   membership; a role external reference's role (of its organization);
//!   a SCIM user's domain (of its organization) and user, whose email is
//!   in that domain; a SCIM log entry's domain (of its organization); a
//!   project's settings' project (of its organization).
//! - **What a change keeps in step:** every organization has an owner; its
//!   member and owner counts are its memberships'; a membership lists
//!   exactly the roles it is a member of; a default role is one of the
//!   organization's; a user's current organization is one of theirs.
//!
//! ## Why here
//! The store keeps these by writing each change in one transaction (see
//! `tx`), and each engine keeps its own physical layout (sled's indexes
//! and counters, PostgreSQL's key columns), which each engine's checker
//! compares with the records. What records must say about each other is
//! the same on both engines and in a file, so it is written once, over
//! records as `orgbase export` writes them, and does not depend on their
//! order.

use super::kinds::ExportRecord;
use super::records::Level;
use super::types::Violation;
use crate::names;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use uuid::Uuid;

/// Every invariant between `records` that does not hold, each named by
/// `describe(position)` of the record where it is seen, in the records'
/// order.
pub fn violations(
    records: &[ExportRecord],
    describe: impl Fn(usize) -> String,
) -> Vec<Violation> {
    let known = Known::of(records);
    let mut found = known.duplicates.clone();
    for (at, record) in records.iter().enumerate() {
        known.references(at, record, &mut found);
        known.kept_in_step(at, record, &mut found);
    }
    found.sort_by_key(|found| found.at);
    found
        .into_iter()
        .map(|found| Violation {
            invariant: found.invariant,
            key: describe(found.at),
            detail: found.detail,
        })
        .collect()
}

/// What is filled in on records that a store keeps in step by itself
/// (an organization's member and owner counts, the roles a membership
/// lists), from the memberships and role memberships among `records`.
pub fn derive(records: &mut [ExportRecord]) {
    let known = Known::of(records);
    for record in records {
        match record {
            ExportRecord::Organization { record } => {
                (record.member_count, record.owner_count) =
                    known.counts(record.id);
            }
            ExportRecord::Membership { organization_id, record } => {
                record.roles = known
                    .roles_of
                    .get(&(*organization_id, record.user_id))
                    .cloned()
                    .unwrap_or_default();
            }
            _ => {}
        }
    }
}

/// One broken invariant, at the position of the record that shows it.
#[derive(Clone)]
struct Found {
    at: usize,
    invariant: &'static str,
    detail: String,
}

/// What the records hold, indexed for the checks, and the duplicates met
/// while indexing (each at its second occurrence).
#[derive(Default)]
struct Known {
    users: BTreeMap<Uuid, String>,
    organizations: BTreeSet<Uuid>,
    /// (organization, user) to level.
    members: BTreeMap<(Uuid, Uuid), Level>,
    /// Role to its organization.
    roles: BTreeMap<Uuid, Uuid>,
    /// (organization, user) to the roles they are a member of, in the
    /// records' order.
    roles_of: BTreeMap<(Uuid, Uuid), Vec<Uuid>>,
    /// Domain to its organization and name.
    domains: BTreeMap<Uuid, (Uuid, String)>,
    /// A project's environment's UUID to its organization and numeric id.
    projects: BTreeMap<Uuid, (Uuid, i64)>,
    /// Webhook endpoints, as (organization, endpoint).
    webhooks: BTreeSet<(Uuid, Uuid)>,
    duplicates: Vec<Found>,
}

impl Known {
    fn of(records: &[ExportRecord]) -> Known {
        let mut known = Known::default();
        // Each unique key, as a kind of key and its value.
        let mut claimed: BTreeSet<(&str, String)> = BTreeSet::new();
        for (at, record) in records.iter().enumerate() {
            let mut taken = Vec::new();
            let mut claim = |what: &'static str, value: String| {
                if !claimed.insert((what, value.clone())) {
                    taken.push(format!("{what} {value}"));
                }
            };
            for id in record.numeric_ids() {
                claim("numeric id", id.to_string());
            }
            match record {
                ExportRecord::User { record } => {
                    let email = record.email.to_lowercase();
                    claim("user", record.id.to_string());
                    claim("email", email.clone());
                    known.users.insert(record.id, email);
                }
                ExportRecord::ApiKey { record } => {
                    claim("id", record.id.to_string());
                    claim("hash", record.secure_value.clone());
                }
                ExportRecord::Organization { record } => {
                    claim("organization", record.id.to_string());
                    claim("slug", record.slug.clone());
                    known.organizations.insert(record.id);
                    for project in &record.projects {
                        claim("project", project.team_uuid.to_string());
                        known
                            .projects
                            .insert(project.team_uuid, (record.id, project.id));
                    }
                }
                ExportRecord::Membership { organization_id, record } => {
                    let key = (*organization_id, record.user_id);
                    claim("membership", format!("{key:?}"));
                    known.members.insert(key, record.level);
                }
                ExportRecord::Invite { record } => {
                    claim("id", record.id.to_string());
                }
                ExportRecord::Role { record } => {
                    let name = names::comparison_key(&record.name);
                    claim("role", record.id.to_string());
                    claim(
                        "role name",
                        format!("{name:?} in {}", record.organization_id),
                    );
                    known.roles.insert(record.id, record.organization_id);
                }
                ExportRecord::RoleMember { organization_id, record } => {
                    let member = (*organization_id, record.user_id);
                    claim(
                        "role membership",
                        format!("{:?}", (member, record.role_id)),
                    );
                    let roles = known.roles_of.entry(member).or_default();
                    if !roles.contains(&record.role_id) {
                        roles.push(record.role_id);
                    }
                }
                ExportRecord::CimdToken { record } => {
                    claim("id", record.id.to_string());
                    claim("hash", record.secure_value.clone());
                }
                ExportRecord::Domain { record } => {
                    claim("domain", record.id.to_string());
                    claim("domain name", record.domain.clone());
                    known.domains.insert(
                        record.id,
                        (record.organization_id, record.domain.clone()),
                    );
                }
                ExportRecord::RoleExternalReference { record } => {
                    claim("id", record.id.to_string());
                    for key in std::iter::once(record.id_key())
                        .chain(record.slug_key())
                    {
                        claim(
                            "provider role",
                            format!("{key:?} in {}", record.organization_id),
                        );
                    }
                }
                ExportRecord::ProxyRecord { record } => {
                    claim("id", record.id.to_string());
                    claim("proxy domain", record.domain.clone());
                }
                ExportRecord::ScimUser { record } => {
                    claim(
                        "SCIM user",
                        format!("{:?}", (record.domain_id, record.user_id)),
                    );
                }
                ExportRecord::ScimLog { record } => {
                    claim("id", record.id.to_string());
                }
                ExportRecord::ProjectSettings { record } => {
                    claim("project settings", record.team_uuid.to_string());
                }
                ExportRecord::Activity { record } => {
                    let key = (record.organization_id, record.id);
                    claim("activity log entry", format!("{key:?}"));
                }
                ExportRecord::Webhook { record } => {
                    claim("id", record.id.to_string());
                    known.webhooks.insert((record.organization_id, record.id));
                }
                ExportRecord::WebhookDelivery { record } => {
                    let key = (record.webhook_id, record.event_id);
                    claim("webhook delivery", format!("{key:?}"));
                }
                ExportRecord::IdempotencyKey { record } => {
                    let key = (record.user_id, record.id);
                    claim("idempotency key", format!("{key:?}"));
                }
            }
            if !taken.is_empty() {
                known.duplicates.push(Found {
                    at,
                    invariant: "unique",
                    detail: format!(
                        "another record has its {}",
                        taken.join(", ")
                    ),
                });
            }
        }
        known
    }

    /// An organization's member and owner counts.
    fn counts(&self, organization: Uuid) -> (u64, u64) {
        let of_it = self
            .members
            .range((organization, Uuid::nil())..=(organization, Uuid::max()));
        let owners = of_it.clone().filter(|(_, l)| **l == Level::Owner);
        (of_it.count() as u64, owners.count() as u64)
    }

    /// Whether `role` is a role of `organization`.
    fn role_of(&self, role: Uuid, organization: Uuid) -> bool {
        self.roles.get(&role) == Some(&organization)
    }

    /// Whether `domain` is a domain of `organization`.
    fn domain_of(&self, domain: Uuid, organization: Uuid) -> bool {
        self.domains.get(&domain).is_some_and(|(o, _)| *o == organization)
    }

    /// The record at `at` refers only to records that exist: its
    /// organization, and what else its kind refers to.
    fn references(
        &self,
        at: usize,
        record: &ExportRecord,
        found: &mut Vec<Found>,
    ) {
        let organization = record.organization_id().and_then(|id| {
            (!self.organizations.contains(&id))
                .then(|| format!("its organization {id} does not exist"))
        });
        let user = |id: &Uuid| {
            (!self.users.contains_key(id))
                .then(|| format!("its user {id} does not exist"))
        };
        let role = |role: Uuid, organization: Uuid| {
            (!self.role_of(role, organization)).then(|| {
                format!("its role {role} is not a role of its organization")
            })
        };
        let others = match record {
            ExportRecord::ApiKey { record } => user(&record.user_id),
            ExportRecord::IdempotencyKey { record } => user(&record.user_id),
            ExportRecord::Membership { record, .. } => user(&record.user_id),
            ExportRecord::RoleMember { organization_id, record } => {
                let member = (*organization_id, record.user_id);
                role(record.role_id, *organization_id).or_else(|| {
                    (!self.members.contains_key(&member)).then(|| {
                        format!(
                            "its user {} is not a member of the organization",
                            record.user_id
                        )
                    })
                })
            }
            ExportRecord::RoleExternalReference { record } => {
                role(record.role_id, record.organization_id)
            }
            ExportRecord::ScimUser { record } => self
                .domain_in(record.domain_id, record.organization_id)
                .or_else(|| user(&record.user_id))
                .or_else(|| {
                    let email = self.users.get(&record.user_id)?;
                    let (_, name) = self.domains.get(&record.domain_id)?;
                    let host = email.rsplit_once('@').map(|(_, host)| host);
                    (host != Some(name.as_str())).then(|| {
                        format!(
                            "its user's email {email} is not in its domain \
                             {name}"
                        )
                    })
                }),
            ExportRecord::ScimLog { record } => {
                self.domain_in(record.domain_id, record.organization_id)
            }
            ExportRecord::WebhookDelivery { record } => {
                let of = (record.organization_id, record.webhook_id);
                (!self.webhooks.contains(&of)).then(|| {
                    format!(
                        "its endpoint {} is not a webhook endpoint of its \
                         organization",
                        record.webhook_id
                    )
                })
            }
            ExportRecord::ProjectSettings { record } => {
                let of = (record.organization_id, record.project_id);
                (self.projects.get(&record.team_uuid) != Some(&of)).then(|| {
                    format!(
                        "its project {} is not a project of its organization",
                        record.project_id
                    )
                })
            }
            _ => None,
        };
        found.extend(
            organization.into_iter().chain(others).map(|detail| Found {
                at,
                invariant: "references",
                detail,
            }),
        );
    }

    /// Why `domain` is not a domain of `organization`, if it is not.
    fn domain_in(&self, domain: Uuid, organization: Uuid) -> Option<String> {
        (!self.domain_of(domain, organization)).then(|| {
            format!("its domain {domain} is not a domain of {organization}")
        })
    }

    /// What the record at `at` keeps in step with others holds.
    fn kept_in_step(
        &self,
        at: usize,
        record: &ExportRecord,
        found: &mut Vec<Found>,
    ) {
        let mut report =
            |invariant, detail| found.push(Found { at, invariant, detail });
        match record {
            ExportRecord::Organization { record } => {
                let (members, owners) = self.counts(record.id);
                if owners == 0 {
                    report("owners", "it has no owner".to_string());
                }
                if (record.member_count, record.owner_count)
                    != (members, owners)
                {
                    report(
                        "counts",
                        format!(
                            "its member_count {} and owner_count {} are not \
                             its {members} memberships and {owners} owners",
                            record.member_count, record.owner_count
                        ),
                    );
                }
                if let Some(role) = record.default_role_id {
                    if !self.role_of(role, record.id) {
                        report(
                            "default_role",
                            format!(
                                "its default role {role} is not one of its \
                                 roles"
                            ),
                        );
                    }
                }
            }
            ExportRecord::Membership { organization_id, record } => {
                let listed: BTreeSet<&Uuid> = record.roles.iter().collect();
                let held: BTreeSet<&Uuid> = self
                    .roles_of
                    .get(&(*organization_id, record.user_id))
                    .into_iter()
                    .flatten()
                    .collect();
                if listed != held || listed.len() != record.roles.len() {
                    report(
                        "membership_roles",
                        format!(
                            "it lists roles {:?}, and is a member of {held:?}",
                            record.roles
                        ),
                    );
                }
            }
            ExportRecord::User { record } => {
                if let Some(current) = record.current_organization {
                    if !self.members.contains_key(&(current, record.id)) {
                        report(
                            "current_organization",
                            format!(
                                "its current organization {current} is not \
                                 one of theirs"
                            ),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}
