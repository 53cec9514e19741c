//! What `orgbase check` holds PostgreSQL's own layout to: every record
//! decodes and agrees with its row's key columns (a user's email key, a
//! role's name key, the uniqueness keys of a role external reference, a
//! proxy record's domain, status and next check included). Keys, unique
//! names and what lives under an organization are also the schema's
//! (primary keys, unique indexes, foreign keys). What records must say
//! about each other (owners, counts, mirrored role lists, references) is
//! checked once for both engines (`store::invariants`), over the records
//! this engine exports.

use super::decode;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use crate::names;
use crate::store::records::ApiKeyRecord;
use crate::store::records::CimdTokenRecord;
use crate::store::records::DomainRecord;
use crate::store::records::InviteRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::ProxyRecord;
use crate::store::records::RoleExternalReferenceRecord;
use crate::store::records::RoleMembershipRecord;
use crate::store::records::RoleRecord;
use crate::store::records::ScimLogRecord;
use crate::store::records::ScimUserRecord;
use crate::store::records::UserRecord;
use crate::store::types::StoreError;
use crate::store::types::Violation;
use chrono::DateTime;
use chrono::Utc;
use deadpool_postgres::GenericClient;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Every row of `table` whose record decodes, with its key columns; the
/// others are reported.
async fn rows<T: DeserializeOwned>(
    client: &impl GenericClient,
    table: &'static str,
    key_columns: &str,
    violations: &mut Vec<Violation>,
) -> Result<Vec<(Vec<Uuid>, T)>, StoreError> {
    let sql = format!("SELECT record, {key_columns} FROM {table}");
    let mut decoded = Vec::new();
    for row in client.query_cached(&sql, &[]).await? {
        let keys: Vec<Uuid> = (1..row.len()).map(|i| row.get(i)).collect();
        match decode::<T>(&row, 0) {
            Ok(record) => decoded.push((keys, record)),
            Err(TxError::Store(error)) => violations.push(Violation {
                invariant: "records_decode",
                key: format!("{table} {keys:?}"),
                detail: error.to_string(),
            }),
            Err(TxError::Retry) => {
                return Err(StoreError::Internal(
                    "check was told to retry".into(),
                ))
            }
        }
    }
    Ok(decoded)
}

impl PgStore {
    pub async fn check(&self) -> Result<Vec<Violation>, StoreError> {
        check(&self.connection().await?).await
    }
}

pub(super) async fn check(
    client: &impl GenericClient,
) -> Result<Vec<Violation>, StoreError> {
    let mut violations = Vec::new();
    let mut report = |invariant: &'static str, key: String, detail: String| {
        violations.push(Violation { invariant, key, detail })
    };
    let mut decode_failures = Vec::new();
    let users: Vec<(Vec<Uuid>, UserRecord)> =
        rows(client, "users", "id", &mut decode_failures).await?;
    let email_keys: BTreeMap<Uuid, String> = client
        .query_cached("SELECT id, email_key FROM users", &[])
        .await?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    let api_keys: Vec<(Vec<Uuid>, ApiKeyRecord)> =
        rows(client, "api_keys", "id, user_id", &mut decode_failures).await?;
    let organizations: Vec<(Vec<Uuid>, OrganizationRecord)> =
        rows(client, "organizations", "id", &mut decode_failures).await?;
    let memberships: Vec<(Vec<Uuid>, MembershipRecord)> = rows(
        client,
        "memberships",
        "organization_id, user_id",
        &mut decode_failures,
    )
    .await?;
    let roles: Vec<(Vec<Uuid>, RoleRecord)> =
        rows(client, "roles", "id, organization_id", &mut decode_failures)
            .await?;
    let role_names: BTreeMap<Uuid, String> = client
        .query_cached("SELECT id, name_key FROM roles", &[])
        .await?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    let role_members: Vec<(Vec<Uuid>, RoleMembershipRecord)> = rows(
        client,
        "role_members",
        "organization_id, role_id, user_id",
        &mut decode_failures,
    )
    .await?;
    let invites: Vec<(Vec<Uuid>, InviteRecord)> =
        rows(client, "invites", "id, organization_id", &mut decode_failures)
            .await?;
    let tokens: Vec<(Vec<Uuid>, CimdTokenRecord)> = rows(
        client,
        "cimd_tokens",
        "id, organization_id",
        &mut decode_failures,
    )
    .await?;
    let domains: Vec<(Vec<Uuid>, DomainRecord)> =
        rows(client, "domains", "id, organization_id", &mut decode_failures)
            .await?;
    let references: Vec<(Vec<Uuid>, RoleExternalReferenceRecord)> = rows(
        client,
        "role_external_references",
        "id, organization_id, role_id",
        &mut decode_failures,
    )
    .await?;
    let reference_keys: BTreeMap<Uuid, (String, Option<String>)> = client
        .query_cached(
            "SELECT id, id_key, slug_key FROM role_external_references",
            &[],
        )
        .await?
        .iter()
        .map(|row| (row.get(0), (row.get(1), row.get(2))))
        .collect();
    let proxies: Vec<(Vec<Uuid>, ProxyRecord)> = rows(
        client,
        "proxy_records",
        "id, organization_id",
        &mut decode_failures,
    )
    .await?;
    // Times as PostgreSQL keeps them, in microseconds.
    let proxy_columns: BTreeMap<Uuid, (String, String, i64)> = client
        .query_cached(
            "SELECT id, domain, status, next_check_at FROM proxy_records",
            &[],
        )
        .await?
        .iter()
        .map(|row| {
            let next_check_at: DateTime<Utc> = row.get(3);
            let columns =
                (row.get(1), row.get(2), next_check_at.timestamp_micros());
            (row.get(0), columns)
        })
        .collect();
    let scim_users: Vec<(Vec<Uuid>, ScimUserRecord)> = rows(
        client,
        "scim_users",
        "domain_id, user_id, organization_id",
        &mut decode_failures,
    )
    .await?;
    let scim_logs: Vec<(Vec<Uuid>, ScimLogRecord)> =
        rows(client, "scim_logs", "id, domain_id", &mut decode_failures)
            .await?;
    for violation in decode_failures {
        report(violation.invariant, violation.key, violation.detail);
    }

    for (keys, user) in &users {
        if keys[0] != user.id {
            report(
                "users_keyed",
                format!("user {}", keys[0]),
                "id differs".into(),
            );
        }
        if email_keys.get(&user.id) != Some(&user.email.to_lowercase()) {
            report(
                "users_email_index",
                format!("user {}", user.id),
                format!("email key is not {}", user.email.to_lowercase()),
            );
        }
    }
    for (keys, api_key) in &api_keys {
        if keys[0] != api_key.id || keys[1] != api_key.user_id {
            report(
                "api_keys_keyed",
                format!("api key {}", keys[0]),
                "ids differ".into(),
            );
        }
    }
    for (keys, organization) in &organizations {
        if organization.id != keys[0] {
            report(
                "organizations_keyed",
                format!("organization {}", keys[0]),
                "id differs".into(),
            );
        }
    }
    for (keys, membership) in &memberships {
        if membership.user_id != keys[1] {
            report(
                "memberships_keyed",
                format!("membership {} {}", keys[0], keys[1]),
                "user differs".into(),
            );
        }
    }
    for (keys, role) in &roles {
        let key = format!("role {}", keys[0]);
        if role.id != keys[0] || role.organization_id != keys[1] {
            report("roles_keyed", key.clone(), "ids differ".into());
        }
        if role_names.get(&role.id) != Some(&names::comparison_key(&role.name))
        {
            report(
                "roles_name_index",
                key,
                format!("name key is not {}'s", role.name),
            );
        }
    }
    for (keys, member) in &role_members {
        if member.role_id != keys[1] || member.user_id != keys[2] {
            report(
                "role_members_keyed",
                format!("role member {} {}", keys[1], keys[2]),
                "ids differ".into(),
            );
        }
    }
    let owned = invites
        .iter()
        .map(|(k, r)| ("invites", k, r.id, r.organization_id))
        .chain(
            tokens
                .iter()
                .map(|(k, r)| ("cimd_tokens", k, r.id, r.organization_id)),
        )
        .chain(
            domains
                .iter()
                .map(|(k, r)| ("domains", k, r.id, r.organization_id)),
        )
        .chain(references.iter().map(|(k, r)| {
            ("role_external_references", k, r.id, r.organization_id)
        }))
        .chain(
            proxies
                .iter()
                .map(|(k, r)| ("proxy_records", k, r.id, r.organization_id)),
        );
    for (keys, record) in &scim_users {
        let expected =
            [record.domain_id, record.user_id, record.organization_id];
        if keys[..] != expected[..] {
            report(
                "scim_users_keyed",
                format!("scim_users {} {}", keys[0], keys[1]),
                "ids differ from the row's".into(),
            );
        }
    }
    for (keys, log) in &scim_logs {
        if keys[..] != [log.id, log.domain_id][..] {
            report(
                "scim_logs_keyed",
                format!("scim_logs {}", keys[0]),
                "ids differ from the row's".into(),
            );
        }
    }
    for (table, keys, id, organization_id) in owned {
        if keys[0] != id || keys[1] != organization_id {
            report(
                "owned_records_keyed",
                format!("{table} {}", keys[0]),
                "ids differ".into(),
            );
        }
    }
    for (keys, reference) in &references {
        let key = format!("role external reference {}", keys[0]);
        if reference.role_id != keys[2] {
            report(
                "role_external_references_keyed",
                key.clone(),
                "its role differs from the row's".into(),
            );
        }
        let expected = (reference.id_key(), reference.slug_key());
        if reference_keys.get(&reference.id) != Some(&expected) {
            report(
                "role_external_references_keys",
                key,
                "uniqueness keys differ from the record's".into(),
            );
        }
    }
    for (_, proxy) in &proxies {
        let expected = (
            proxy.domain.clone(),
            proxy.status.as_str().to_string(),
            proxy.next_check_at.timestamp_micros(),
        );
        if proxy_columns.get(&proxy.id) != Some(&expected) {
            report(
                "proxy_records_columns",
                format!("proxy record {}", proxy.id),
                "domain, status or next check differ from the record's".into(),
            );
        }
    }
    Ok(violations)
}
