//! Moving data: `orgbase export`, `orgbase import` and `orgbase serve
//! --seed` share one format, newline-delimited JSON.
//!
//! The first line is a header naming the format and its version
//! (`{"orgbase_export":1}`); every other line is one record
//! ([`ExportRecord`]: `{"kind": "user", "record": {...}}`), each after the
//! records it refers to. The same file moves a store from sled to
//! PostgreSQL and back, and seeds a contract test's server with a known
//! state (keys appear as their `sha256$` hash, never as their value).
//!
//! Before anything is written, [`prepare`] checks that every value is one
//! the API would have stored ([`value_problem`]), that the records refer to
//! each other soundly and are unique where the API keeps them unique, and
//! names the first record that is not; it also
//! derives what a store keeps in step by itself (an organization's member
//! and owner counts, the roles listed on a membership), so a hand-written
//! fixture need not spell them.

use crate::app::stored_values;
use crate::names;
use crate::store::records::LEVEL_OWNER;
use crate::store::ExportRecord;
use crate::store::EXPORT_HEADER;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::io::BufRead;
use std::io::Write;
use uuid::Uuid;

/// Writes `records` in the export format, calling `progress` after each.
pub fn write(
    records: &[ExportRecord],
    out: &mut impl Write,
    mut progress: impl FnMut(),
) -> std::io::Result<()> {
    writeln!(out, "{EXPORT_HEADER}")?;
    for record in records {
        serde_json::to_writer(&mut *out, record)?;
        writeln!(out)?;
        progress();
    }
    out.flush()
}

/// Reads a file in the export format; the error names the line.
pub fn read(input: impl BufRead) -> Result<Vec<ExportRecord>, String> {
    let mut lines = input.lines().enumerate();
    let header = match lines.next() {
        Some((_, line)) => line.map_err(|e| format!("line 1: {e}"))?,
        None => return Err("empty file: no export header".to_string()),
    };
    let header: serde_json::Value = serde_json::from_str(&header)
        .map_err(|e| format!("line 1: not an export header: {e}"))?;
    let expected: serde_json::Value =
        serde_json::from_str(EXPORT_HEADER).expect("the header is JSON");
    if header != expected {
        return Err(format!(
            "line 1: the header is {header}, this orgbase reads {EXPORT_HEADER}"
        ));
    }
    let mut records = Vec::new();
    for (index, line) in lines {
        let number = index + 1;
        let line = line.map_err(|e| format!("line {number}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str(&line)
            .map_err(|e| format!("line {number}: {e}"))?;
        records.push((number, record));
    }
    prepare(records)
}

/// A record's line number (as read) and a short description, for errors.
fn describe(line: usize, record: &ExportRecord) -> String {
    let what = match record {
        ExportRecord::User { record } => format!("user {}", record.email),
        ExportRecord::ApiKey { record } => format!("key {}", record.id),
        ExportRecord::Organization { record } => {
            format!("organization {}", record.id)
        }
        ExportRecord::Membership { organization_id, record } => format!(
            "membership of user {} in organization {organization_id}",
            record.user_id
        ),
        ExportRecord::Invite { record } => format!("invite {}", record.id),
        ExportRecord::Role { record } => format!("role {}", record.id),
        ExportRecord::RoleMember { record, .. } => format!(
            "role membership of user {} in role {}",
            record.user_id, record.role_id
        ),
        ExportRecord::CimdToken { record } => {
            format!("CIMD token {}", record.id)
        }
        ExportRecord::Domain { record } => format!("domain {}", record.domain),
        ExportRecord::RoleExternalReference { record } => {
            format!("role external reference {}", record.id)
        }
        ExportRecord::ProxyRecord { record } => {
            format!("proxy record {}", record.domain)
        }
        ExportRecord::ScimUser { record } => format!(
            "SCIM user {} of domain {}",
            record.user_id, record.domain_id
        ),
        ExportRecord::ScimLog { record } => {
            format!("SCIM log entry {}", record.id)
        }
    };
    format!("line {line} ({what})")
}

/// Why a record holds a value the API would never store (a level that is
/// not one, an email that is not one, a domain not in the API's form), if
/// it does. `orgbase check` reports these in a store too.
pub fn value_problem(record: &ExportRecord) -> Option<String> {
    // Each value, whether the API would store it, and what it should be.
    let values: Vec<(&str, String, bool, &str)> = match record {
        ExportRecord::User { record } => vec![(
            "email",
            format!("{:?}", record.email),
            stored_values::is_email(&record.email),
            "an email address",
        )],
        ExportRecord::Membership { record, .. } => vec![level(record.level)],
        ExportRecord::Invite { record } => vec![
            level(record.level),
            (
                "target_email",
                format!("{:?}", record.target_email),
                stored_values::is_email(&record.target_email),
                "an email address",
            ),
        ],
        ExportRecord::Domain { record } => vec![(
            "domain",
            format!("{:?}", record.domain),
            stored_values::is_domain(&record.domain),
            "a domain name as the API stores one (lowercase, at most 128 \
             characters)",
        )],
        ExportRecord::ProxyRecord { record } => vec![(
            "domain",
            format!("{:?}", record.domain),
            stored_values::is_proxy_domain(&record.domain),
            "a host name as the API stores one (lowercase, at most 64 \
             characters)",
        )],
        _ => Vec::new(),
    };
    values.into_iter().find(|(_, _, stored, _)| !stored).map(
        |(field, value, _, expected)| {
            format!("its {field} {value} is not {expected}")
        },
    )
}

/// A membership level, as [`value_problem`] checks it.
fn level(level: u8) -> (&'static str, String, bool, &'static str) {
    (
        "level",
        level.to_string(),
        stored_values::is_level(level),
        "1 (member), 8 (admin) or 15 (owner)",
    )
}

/// Every record of a store (as [`crate::store::Store::export`] gives them)
/// whose values the API would never store, described as an import error
/// names it; for `orgbase check`.
pub fn value_problems(records: &[ExportRecord]) -> Vec<String> {
    records
        .iter()
        .enumerate()
        .filter_map(|(at, record)| {
            let problem = value_problem(record)?;
            Some(format!("{}: {problem}", describe(at + 1, record)))
        })
        .collect()
}

/// Checks that every value is one the API would store, that the records
/// refer to each other soundly and are unique where the API keeps them
/// unique, and fills in what a store derives (counts, mirrored role lists).
/// The error names the first offending record.
pub fn prepare(
    numbered: Vec<(usize, ExportRecord)>,
) -> Result<Vec<ExportRecord>, String> {
    let mut users = BTreeSet::new();
    let mut emails = BTreeSet::new();
    let mut key_hashes = BTreeSet::new();
    let mut organizations = BTreeSet::new();
    let mut slugs = BTreeSet::new();
    let mut members: BTreeMap<(Uuid, Uuid), u8> = BTreeMap::new();
    let mut roles: BTreeMap<Uuid, Uuid> = BTreeMap::new();
    let mut role_names = BTreeSet::new();
    let mut assignments: BTreeMap<(Uuid, Uuid), Vec<Uuid>> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    let mut names_taken = BTreeSet::new();
    let mut reference_keys = BTreeSet::new();
    let mut proxy_domains = BTreeSet::new();
    let mut domains: BTreeMap<Uuid, Uuid> = BTreeMap::new();
    let mut scim_users = BTreeSet::new();
    let mut numeric_ids = BTreeSet::new();
    let mut domain_names: BTreeMap<Uuid, String> = BTreeMap::new();
    let mut user_emails: BTreeMap<Uuid, String> = BTreeMap::new();
    // Checked once every record is known: (record's line, what, target).
    let mut default_roles = Vec::new();
    let mut current_organizations = Vec::new();
    for (line, record) in &numbered {
        let refuse =
            |why: &str| Err(format!("{}: {why}", describe(*line, record)));
        let organization_known = |id: &Uuid| organizations.contains(id);
        if let Some(problem) = value_problem(record) {
            return refuse(&problem);
        }
        if !record.numeric_ids().into_iter().all(|id| numeric_ids.insert(id)) {
            return refuse(
                "a numeric id (a user's or a project's) comes earlier",
            );
        }
        match record {
            ExportRecord::User { record } => {
                if !users.insert(record.id)
                    || !emails.insert(record.email.to_lowercase())
                {
                    return refuse(
                        "a user with this id or email comes earlier",
                    );
                }
                if let Some(current) = record.current_organization {
                    current_organizations.push((*line, record.id, current));
                }
                user_emails.insert(record.id, record.email.to_lowercase());
            }
            ExportRecord::ApiKey { record } => {
                if !users.contains(&record.user_id) {
                    return refuse("its user is not in the file (before it)");
                }
                if !key_hashes.insert(record.secure_value.clone())
                    || !ids.insert(record.id)
                {
                    return refuse("a key with this id or hash comes earlier");
                }
            }
            ExportRecord::Organization { record } => {
                if !organizations.insert(record.id)
                    || !slugs.insert(record.slug.clone())
                {
                    return refuse(
                        "an organization with this id or slug comes earlier",
                    );
                }
                if let Some(role) = record.default_role_id {
                    default_roles.push((*line, record.id, role));
                }
            }
            ExportRecord::Membership { organization_id, record } => {
                if !organization_known(organization_id)
                    || !users.contains(&record.user_id)
                {
                    return refuse(
                        "its organization or user is not in the file",
                    );
                }
                let key = (*organization_id, record.user_id);
                if members.insert(key, record.level).is_some() {
                    return refuse("this membership comes twice");
                }
            }
            ExportRecord::Invite { record } => {
                if !organization_known(&record.organization_id) {
                    return refuse("its organization is not in the file");
                }
                if !ids.insert(record.id) {
                    return refuse("a record with this id comes earlier");
                }
            }
            ExportRecord::Role { record } => {
                if !organization_known(&record.organization_id) {
                    return refuse("its organization is not in the file");
                }
                let name = (
                    record.organization_id,
                    names::comparison_key(&record.name),
                );
                if roles.insert(record.id, record.organization_id).is_some()
                    || !role_names.insert(name)
                {
                    return refuse(
                        "a role with this id or name comes earlier in its organization",
                    );
                }
            }
            ExportRecord::RoleMember { organization_id, record } => {
                if roles.get(&record.role_id) != Some(organization_id) {
                    return refuse(
                        "its role is not a role of its organization",
                    );
                }
                if !members.contains_key(&(*organization_id, record.user_id)) {
                    return refuse(
                        "its user is not a member of the organization",
                    );
                }
                let roles_of = assignments
                    .entry((*organization_id, record.user_id))
                    .or_default();
                if roles_of.contains(&record.role_id) {
                    return refuse("this role membership comes twice");
                }
                roles_of.push(record.role_id);
            }
            ExportRecord::CimdToken { record } => {
                if !organization_known(&record.organization_id)
                    || !key_hashes.insert(record.secure_value.clone())
                {
                    return refuse(
                        "its organization is missing, or its hash comes earlier",
                    );
                }
            }
            ExportRecord::Domain { record } => {
                if !organization_known(&record.organization_id)
                    || !names_taken.insert(record.domain.clone())
                    || domains
                        .insert(record.id, record.organization_id)
                        .is_some()
                {
                    return refuse(
                        "its organization is missing, or the domain comes earlier",
                    );
                }
                domain_names.insert(record.id, record.domain.clone());
            }
            ExportRecord::RoleExternalReference { record } => {
                if roles.get(&record.role_id) != Some(&record.organization_id) {
                    return refuse(
                        "its role is not a role of its organization",
                    );
                }
                let unique = std::iter::once(record.id_key())
                    .chain(record.slug_key())
                    .all(|key| {
                        reference_keys.insert((record.organization_id, key))
                    });
                if !ids.insert(record.id) || !unique {
                    return refuse(
                        "a reference with this id, or to this provider role, comes earlier in its organization",
                    );
                }
            }
            ExportRecord::ProxyRecord { record } => {
                if !organization_known(&record.organization_id)
                    || !proxy_domains.insert(record.domain.clone())
                    || !ids.insert(record.id)
                {
                    return refuse(
                        "its organization is missing, or its id or domain comes earlier",
                    );
                }
            }
            ExportRecord::ScimUser { record } => {
                if domains.get(&record.domain_id)
                    != Some(&record.organization_id)
                    || !users.contains(&record.user_id)
                {
                    return refuse(
                        "its domain (in its organization) or user is not in the file",
                    );
                }
                if !scim_users.insert((record.domain_id, record.user_id)) {
                    return refuse("this SCIM user comes twice");
                }
                let in_domain = user_emails
                    .get(&record.user_id)
                    .and_then(|email| email.rsplit_once('@'))
                    .zip(domain_names.get(&record.domain_id))
                    .is_some_and(|((_, host), domain)| host == domain);
                if !in_domain {
                    return refuse("its user's email is not in its domain");
                }
            }
            ExportRecord::ScimLog { record } => {
                if domains.get(&record.domain_id)
                    != Some(&record.organization_id)
                    || !ids.insert(record.id)
                {
                    return refuse(
                        "its domain is not in the file, or its id comes earlier",
                    );
                }
            }
        }
    }
    for (line, organization, role) in default_roles {
        if roles.get(&role) != Some(&organization) {
            return Err(format!(
                "line {line} (organization {organization}): its default role \
                 {role} is not one of its roles"
            ));
        }
    }
    for (line, user, current) in current_organizations {
        if !members.contains_key(&(current, user)) {
            return Err(format!(
                "line {line} (user {user}): its current organization \
                 {current} is not one of theirs"
            ));
        }
    }
    for organization in &organizations {
        let owners = members
            .iter()
            .filter(|((o, _), level)| {
                o == organization && **level == LEVEL_OWNER
            })
            .count();
        if owners == 0 {
            return Err(format!(
                "organization {organization}: it has no owner"
            ));
        }
    }
    Ok(numbered
        .into_iter()
        .map(|(_, record)| derive(record, &members, &assignments))
        .collect())
}

/// The record with what a store keeps in step filled in.
fn derive(
    record: ExportRecord,
    members: &BTreeMap<(Uuid, Uuid), u8>,
    assignments: &BTreeMap<(Uuid, Uuid), Vec<Uuid>>,
) -> ExportRecord {
    match record {
        ExportRecord::Organization { mut record } => {
            let of_it = members.iter().filter(|((o, _), _)| *o == record.id);
            record.member_count = of_it.clone().count() as u64;
            record.owner_count = of_it
                .filter(|(_, level)| **level == LEVEL_OWNER)
                .count() as u64;
            ExportRecord::Organization { record }
        }
        ExportRecord::Membership { organization_id, mut record } => {
            record.roles = assignments
                .get(&(organization_id, record.user_id))
                .cloned()
                .unwrap_or_default();
            ExportRecord::Membership { organization_id, record }
        }
        record => record,
    }
}
