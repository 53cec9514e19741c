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
use std::collections::HashMap;
use std::collections::HashSet;
use std::hash::Hash;
use std::hash::Hasher;
use uuid::Uuid;

/// Every invariant between `records` that does not hold, each named by
/// `describe(position)` of the record where it is seen, in the records'
/// order.
pub fn violations(
    records: &[ExportRecord],
    describe: impl Fn(usize) -> String,
) -> Vec<Violation> {
    let mut known = Known::default();
    for record in records {
        known.learn(record);
    }
    let mut found = Vec::new();
    for (at, record) in records.iter().enumerate() {
        found.extend(known.check(record).into_iter().map(|broken| Violation {
            invariant: broken.invariant,
            key: describe(at),
            detail: broken.detail,
        }));
    }
    found
}

/// One broken invariant, seen at the record [`Known::check`] was given.
pub struct Broken {
    pub invariant: &'static str,
    pub detail: String,
}

/// What a set of records holds, learnt one record at a time
/// ([`Known::learn`]) and then checked one record at a time
/// ([`Known::check`]), so that a file is checked in two passes over it
/// without holding its records.
///
/// It keeps what the references need (ids, and what an id must agree
/// with: of a user's email, a fingerprint of its domain; of a project, a
/// fingerprint of its ids together), and of each
/// unique key only a 64-bit fingerprint: a key whose
/// fingerprint is met twice is a suspect, and only suspects are kept
/// whole, by the check's pass, which names a duplicate exactly (at its
/// second occurrence) and never mistakes two keys that share a
/// fingerprint for one.
#[derive(Default)]
pub struct Known {
    /// Each user, to a fingerprint of their email's domain.
    users: HashMap<Uuid, u64>,
    organizations: HashSet<Uuid>,
    /// (organization, user) to level.
    members: BTreeMap<(Uuid, Uuid), Level>,
    /// Role to its organization.
    roles: HashMap<Uuid, Uuid>,
    /// (organization, user) to the roles they are a member of, in the
    /// records' order.
    roles_of: HashMap<(Uuid, Uuid), Vec<Uuid>>,
    /// Domain to its organization and name.
    domains: HashMap<Uuid, (Uuid, String)>,
    /// A fingerprint of each project: its environment's UUID, its
    /// organization and its numeric id.
    projects: HashSet<u64>,
    /// Webhook endpoints, as (organization, endpoint).
    webhooks: HashSet<(Uuid, Uuid)>,
    /// The fingerprint of each unique key learnt, until the check starts
    /// (eight bytes a key: sorted then, to find the suspects), in 256
    /// buckets by their first byte, so that none grows by copying the
    /// whole set.
    fingerprints: Vec<Vec<u64>>,
    /// Fingerprints learnt more than once: of a duplicate, or of two
    /// keys that share one.
    suspects: HashSet<u64>,
    /// The suspect keys the check has met, whole.
    met: HashSet<(&'static str, String)>,
}

/// A value's fingerprint (std's SipHash with its fixed keys).
fn fingerprint(what: &'static str, value: &(impl Hash + ?Sized)) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    (what, value).hash(&mut hasher);
    hasher.finish()
}

/// Each key `record` holds that must be unique among the records, as a
/// kind of key and its value.
fn unique_keys(record: &ExportRecord) -> Vec<(&'static str, String)> {
    let mut keys: Vec<(&'static str, String)> = record
        .numeric_ids()
        .into_iter()
        .map(|id| ("numeric id", id.to_string()))
        .collect();
    let mut key = |what: &'static str, value: String| keys.push((what, value));
    match record {
        ExportRecord::User { record } => {
            key("user", record.id.to_string());
            key("email", record.email.to_lowercase());
        }
        ExportRecord::ApiKey { record } => {
            key("id", record.id.to_string());
            key("hash", record.secure_value.clone());
        }
        ExportRecord::Organization { record } => {
            key("organization", record.id.to_string());
            key("slug", record.slug.clone());
            for project in &record.projects {
                key("project", project.team_uuid.to_string());
            }
        }
        ExportRecord::Membership { organization_id, record } => {
            key(
                "membership",
                format!("{:?}", (*organization_id, record.user_id)),
            );
        }
        ExportRecord::Invite { record } => key("id", record.id.to_string()),
        ExportRecord::Role { record } => {
            let name = names::comparison_key(&record.name);
            key("role", record.id.to_string());
            key("role name", format!("{name:?} in {}", record.organization_id));
        }
        ExportRecord::RoleMember { organization_id, record } => {
            let member = (*organization_id, record.user_id);
            key("role membership", format!("{:?}", (member, record.role_id)));
        }
        ExportRecord::CimdToken { record } => {
            key("id", record.id.to_string());
            key("hash", record.secure_value.clone());
        }
        ExportRecord::Domain { record } => {
            key("domain", record.id.to_string());
            key("domain name", record.domain.clone());
        }
        ExportRecord::RoleExternalReference { record } => {
            key("id", record.id.to_string());
            for provider in
                std::iter::once(record.id_key()).chain(record.slug_key())
            {
                key(
                    "provider role",
                    format!("{provider:?} in {}", record.organization_id),
                );
            }
        }
        ExportRecord::ProxyRecord { record } => {
            key("id", record.id.to_string());
            key("proxy domain", record.domain.clone());
        }
        ExportRecord::ScimUser { record } => {
            key(
                "SCIM user",
                format!("{:?}", (record.domain_id, record.user_id)),
            );
        }
        ExportRecord::ScimLog { record } => key("id", record.id.to_string()),
        ExportRecord::ProjectSettings { record } => {
            key("project settings", record.team_uuid.to_string());
        }
        ExportRecord::Activity { record } => {
            let at = (record.organization_id, record.id);
            key("activity log entry", format!("{at:?}"));
        }
        ExportRecord::Webhook { record } => key("id", record.id.to_string()),
        ExportRecord::WebhookDelivery { record } => {
            let at = (record.webhook_id, record.event_id);
            key("webhook delivery", format!("{at:?}"));
        }
        ExportRecord::IdempotencyKey { record } => {
            let at = (record.user_id, record.id);
            key("idempotency key", format!("{at:?}"));
        }
    }
    keys
}

impl Known {
    /// Learns what `record` holds (the first pass).
    pub fn learn(&mut self, record: &ExportRecord) {
        if self.fingerprints.is_empty() {
            self.fingerprints = vec![Vec::new(); 256];
        }
        for (what, value) in unique_keys(record) {
            let print = fingerprint(what, &value);
            self.fingerprints[(print >> 56) as usize].push(print);
        }
        match record {
            ExportRecord::User { record } => {
                let email = record.email.to_lowercase();
                let host = email.rsplit_once('@').map_or("", |(_, host)| host);
                self.users.insert(record.id, fingerprint("host", host));
            }
            ExportRecord::Organization { record } => {
                self.organizations.insert(record.id);
                for project in &record.projects {
                    let of = (project.team_uuid, record.id, project.id);
                    self.projects.insert(fingerprint("project", &of));
                }
            }
            ExportRecord::Membership { organization_id, record } => {
                self.members
                    .insert((*organization_id, record.user_id), record.level);
            }
            ExportRecord::Role { record } => {
                self.roles.insert(record.id, record.organization_id);
            }
            ExportRecord::RoleMember { organization_id, record } => {
                let member = (*organization_id, record.user_id);
                let roles = self.roles_of.entry(member).or_default();
                if !roles.contains(&record.role_id) {
                    roles.push(record.role_id);
                }
            }
            ExportRecord::Domain { record } => {
                self.domains.insert(
                    record.id,
                    (record.organization_id, record.domain.clone()),
                );
            }
            ExportRecord::Webhook { record } => {
                self.webhooks.insert((record.organization_id, record.id));
            }
            _ => {}
        }
    }

    /// Every invariant `record` breaks among the records learnt (the
    /// second pass, over the same records in the same order: a duplicate
    /// is named at its second occurrence).
    pub fn check(&mut self, record: &ExportRecord) -> Vec<Broken> {
        for mut bucket in std::mem::take(&mut self.fingerprints) {
            bucket.sort_unstable();
            let twice = bucket.windows(2).filter(|pair| pair[0] == pair[1]);
            self.suspects.extend(twice.map(|pair| pair[0]));
        }
        let mut found = Vec::new();
        let taken: Vec<String> = unique_keys(record)
            .into_iter()
            .filter(|(what, value)| {
                self.suspects.contains(&fingerprint(what, value))
                    && !self.met.insert((what, value.clone()))
            })
            .map(|(what, value)| format!("{what} {value}"))
            .collect();
        if !taken.is_empty() {
            found.push(Broken {
                invariant: "unique",
                detail: format!("another record has its {}", taken.join(", ")),
            });
        }
        self.references(record, &mut found);
        self.kept_in_step(record, &mut found);
        found
    }

    /// Fills in on `record` what a store keeps in step by itself: an
    /// organization's member and owner counts, the roles a membership
    /// lists.
    pub fn derive(&self, record: &mut ExportRecord) {
        match record {
            ExportRecord::Organization { record } => {
                (record.member_count, record.owner_count) =
                    self.counts(record.id);
            }
            ExportRecord::Membership { organization_id, record } => {
                record.roles = self
                    .roles_of
                    .get(&(*organization_id, record.user_id))
                    .cloned()
                    .unwrap_or_default();
            }
            _ => {}
        }
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

    /// `record` refers only to records that exist: its
    /// organization, and what else its kind refers to.
    fn references(&self, record: &ExportRecord, found: &mut Vec<Broken>) {
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
                    let host = self.users.get(&record.user_id)?;
                    let (_, name) = self.domains.get(&record.domain_id)?;
                    (*host != fingerprint("host", name)).then(|| {
                        format!(
                            "its user {}'s email is not in its domain {name}",
                            record.user_id
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
                let project = (
                    record.team_uuid,
                    record.organization_id,
                    record.project_id,
                );
                (!self.projects.contains(&fingerprint("project", &project)))
                    .then(|| {
                        format!(
                        "its project {} is not a project of its organization",
                        record.project_id
                    )
                    })
            }
            _ => None,
        };
        found.extend(
            organization
                .into_iter()
                .chain(others)
                .map(|detail| Broken { invariant: "references", detail }),
        );
    }

    /// Why `domain` is not a domain of `organization`, if it is not.
    fn domain_in(&self, domain: Uuid, organization: Uuid) -> Option<String> {
        (!self.domain_of(domain, organization)).then(|| {
            format!("its domain {domain} is not a domain of {organization}")
        })
    }

    /// What `record` keeps in step with others holds.
    fn kept_in_step(&self, record: &ExportRecord, found: &mut Vec<Broken>) {
        let mut report =
            |invariant, detail| found.push(Broken { invariant, detail });
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
