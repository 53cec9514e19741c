//! Activity log entries as Open Cybersecurity Schema Framework 1.5.0
//! events, for a SIEM.
//!
//! ## Where this departs from PostHog's mapping, and why
//! PostHog's `ocsf.py` is the model (classes, activity ids, `unmapped`),
//! but its events do not validate against OCSF's schema; these do (a test
//! checks every one against the published 1.5.0 schema):
//! - `time` is milliseconds since the epoch (OCSF's `timestamp_t`), not an
//!   ISO string; `severity_id` (required) is 1, informational.
//! - An identity provider's provisioning is Account Change (3001), which
//!   requires the `user` changed and has no `entity`. Its activities are
//!   OCSF's: `scim_provisioned` is Create (1) and `scim_deprovisioned`
//!   Delete (6) (PostHog sends 4, which OCSF calls Password Reset);
//!   `scim_updated` has no OCSF activity (PostHog's 3 is Password Change)
//!   and is Other (99) with `activity_name`.
//! - `actor` must name someone: a user, else the application (`app_name`:
//!   the client, else `orgbase`) for orgbase's own work and for SCIM.
//! - An email address OCSF's pattern refuses (`admin@localhost`) is left
//!   out of `email_addr`; the user keeps its `uid` and `name`.
//! - The product is orgbase.

use crate::api;
use crate::store::records::ActivityRecord;
use serde_json::Map;
use serde_json::Value;

const OCSF_VERSION: &str = "1.5.0";
const CATEGORY_IAM: u32 = 3;
const CLASS_ACCOUNT_CHANGE: u32 = 3001;
const CLASS_ENTITY_MANAGEMENT: u32 = 3004;
const ACTIVITY_OTHER: u32 = 99;
const SEVERITY_INFORMATIONAL: u32 = 1;
const STATUS_SUCCESS: u32 = 1;

/// The class and activity of an entry's activity.
fn classified(activity: &str) -> (u32, u32) {
    match activity {
        "scim_provisioned" => (CLASS_ACCOUNT_CHANGE, 1),
        "scim_deprovisioned" => (CLASS_ACCOUNT_CHANGE, 6),
        "scim_updated" => (CLASS_ACCOUNT_CHANGE, ACTIVITY_OTHER),
        "created" => (CLASS_ENTITY_MANAGEMENT, 1),
        "updated" => (CLASS_ENTITY_MANAGEMENT, 3),
        "deleted" => (CLASS_ENTITY_MANAGEMENT, 4),
        _ => (CLASS_ENTITY_MANAGEMENT, ACTIVITY_OTHER),
    }
}

/// Whether OCSF's `email_t` pattern accepts `address`: a local part of
/// its characters, `@`, and a domain with a dot.
fn ocsf_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().all(|c| {
            c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c)
        });
    let Some((host, rest)) = domain.split_once('.') else { return false };
    let host_ok = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let rest_ok = !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || "-.".contains(c));
    local_ok && host_ok && rest_ok
}

/// An entry as an OCSF event; `values` adds the changed fields' values.
pub fn event(entry: &ActivityRecord, values: bool) -> api::OcsfEvent {
    let (class_uid, activity_id) = classified(&entry.activity);
    let changes = &entry.detail.changes;
    let fields = |value: fn(
        &crate::store::records::ActivityChange,
    ) -> &Option<Value>| {
        let data: Map<String, Value> = changes
            .iter()
            .map(|c| (c.field.clone(), value(c).clone().unwrap_or(Value::Null)))
            .collect();
        (values && !changes.is_empty()).then_some(data)
    };
    let entity = |data| api::OcsfEntity {
        kind: entry.scope.clone(),
        uid: entry.item_id.clone(),
        name: entry.detail.name.clone(),
        data,
    };
    let mut unmapped = Map::new();
    unmapped.insert("activity".into(), entry.activity.clone().into());
    unmapped.insert(
        "changed_fields".into(),
        changes.iter().map(|c| Value::from(c.field.clone())).collect(),
    );
    unmapped.insert(
        "organization_id".into(),
        entry.organization_id.to_string().into(),
    );
    unmapped.insert("was_impersonated".into(), entry.was_impersonated.into());
    unmapped.insert("is_system".into(), entry.is_system.into());
    unmapped.insert("client".into(), entry.client.clone().into());
    if let Some(context) = &entry.detail.context {
        unmapped.insert("context".into(), Value::Object(context.clone()));
    }
    let actor_user = entry.user.as_ref().map(|user| {
        let name = format!("{} {}", user.first_name, user.last_name);
        api::OcsfUser {
            uid: user.id.to_string(),
            name: Some(match name.trim() {
                "" => user.email.clone(),
                name => name.to_string(),
            }),
            email_addr: ocsf_email(&user.email).then(|| user.email.clone()),
        }
    });
    let app_name = match &actor_user {
        Some(_) => None,
        None => Some(entry.client.clone().unwrap_or_else(|| "orgbase".into())),
    };
    let account = class_uid == CLASS_ACCOUNT_CHANGE;
    api::OcsfEvent {
        metadata: api::OcsfMetadata {
            version: OCSF_VERSION.into(),
            product: api::OcsfProduct {
                name: "orgbase".into(),
                vendor_name: "orgbase".into(),
            },
            uid: entry.id.to_string(),
        },
        time: entry.created_at.timestamp_millis(),
        class_uid,
        category_uid: CATEGORY_IAM,
        type_uid: class_uid * 100 + activity_id,
        activity_id,
        activity_name: (activity_id == ACTIVITY_OTHER)
            .then(|| entry.activity.clone()),
        severity_id: SEVERITY_INFORMATIONAL,
        status_id: STATUS_SUCCESS,
        entity: (!account).then(|| entity(fields(|c| &c.before))),
        entity_result: match account {
            false => fields(|c| &c.after).map(|data| entity(Some(data))),
            true => None,
        },
        user: account.then(|| api::OcsfUser {
            uid: entry.item_id.clone(),
            name: entry.detail.name.clone(),
            email_addr: None,
        }),
        actor: api::OcsfActor { user: actor_user, app_name },
        src_endpoint: (entry.ip_address.clone())
            .map(|ip| api::OcsfEndpoint { ip }),
        unmapped,
    }
}

#[cfg(test)]
mod test {
    use super::ocsf_email;

    #[test]
    fn test_emails_as_ocsf_reads_them() {
        assert!(ocsf_email("ada@example.com"));
        assert!(!ocsf_email("admin@localhost"));
        assert!(!ocsf_email("no-at-sign"));
    }
}
