//! SCIM 2.0 (RFC 7643, RFC 7644): identity providers provision the
//! members and roles of an organization through one of its verified
//! domains, at `/scim/v2/<domain id>/`.
//!
//! ## What the resources are
//! - A SCIM User is a user of the domain (their email is in it), with the
//!   record the provider keeps (`externalId`, name parts). `active` is
//!   whether they are a member of the organization: creating one (active)
//!   adds the user if new (an existing orgbase user is linked by email)
//!   and makes them a member at level 1; `active: false` or DELETE
//!   removes the membership and its role memberships; the user and their
//!   other organizations stay. SCIM acts with an admin's rights: it never
//!   removes or deactivates an owner (403), and never changes a level.
//! - A SCIM Group is a role of the organization (`displayName` the role's
//!   name, unique as role names are); its members are role memberships.
//!
//! ## Authentication
//! `Authorization: Bearer <the domain's SCIM token>`, compared by hash in
//! constant time, only while the domain is verified and SCIM is on; every
//! write checks the same again inside its transaction (a SCIM guard), so
//! a token rotated or turned off stops working at once.
//!
//! ## Shape
//! The HTTP layer (`http::scim`) routes a request by method and path to one
//! of the operations here and answers it (status, `ETag`, `Location`, the
//! error body). The operations are typed: a tenant ([`ScimTenant`], the
//! authenticated domain) and ids in, a [`ScimResource`] or a list's body
//! out, and errors by meaning ([`ScimErrorKind`]), never a status.
//!
//! ## Versions
//! `meta.version` is a weak tag over the resource's representation, so it
//! moves with anything a client can see; HTTP sends it as `ETag`. A write
//! (PUT, PATCH, DELETE) takes HTTP's `If-Match` as a [`ScimPrecondition`],
//! checked against the version it reads, inside its retries.

mod discovery;
mod filter;
mod logs;
mod patch;
pub(super) mod types;

use super::callers::Origin;
use super::App;
use super::Level;
use super::RecordId;
use crate::page::Page;
use crate::secrets;
use crate::store::activity::Actor;
use crate::store::records::DomainRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::RoleMembershipRecord;
use crate::store::records::RoleRecord;
use crate::store::records::ScimEmail;
use crate::store::records::ScimUserRecord;
use crate::store::records::UserRecord;
use crate::store::Guard;
use crate::store::RoleSync;
use crate::store::ScimMembership;
use crate::store::ScimUserWrite;
use crate::store::StoreError;
use filter::member;
use filter::Filter;
use serde_json::json;
use serde_json::Map;
use serde_json::Value;
use sha2::Digest;
use std::collections::HashSet;
use types::holds_nul;
use types::nul_refused;
use types::ScimChange;
use types::ScimError;
use types::ScimErrorKind;
use types::ScimPrecondition;
use types::ScimResource;
use types::ScimTenant;
use types::DEFAULT_COUNT;
use types::GROUP_SCHEMA;
use types::LIST_SCHEMA;
use types::MAX_COUNT;
use types::USER_SCHEMA;
use uuid::Uuid;

/// Longest text attribute kept.
const TEXT_MAX: usize = 256;
/// Members a group's POST or PUT body may list (each is checked against the
/// store); a PATCH is bounded by its values (`patch::MAX_VALUES`).
const MAX_GROUP_MEMBERS: usize = patch::MAX_VALUES;
/// Addresses kept per SCIM user (providers send a few: work, home).
const MAX_EMAILS: usize = 100;
/// Attempts of a read-change-write that keeps meeting concurrent writes.
const ATTEMPTS: usize = 16;

/// A weak tag over a representation (its `meta.version` left out).
fn version_of(resource: &Value) -> String {
    let mut resource = resource.clone();
    if let Some(meta) = resource.get_mut("meta").and_then(Value::as_object_mut)
    {
        meta.remove("version");
    }
    let digest = sha2::Sha256::digest(resource.to_string().as_bytes());
    format!("W/\"{}\"", hex::encode(&digest[..12]))
}

/// The resource as answered: with its version as `meta.version`.
fn versioned(mut resource: Value) -> ScimResource {
    let version = version_of(&resource);
    resource["meta"]["version"] = json!(version);
    let location =
        resource["meta"]["location"].as_str().unwrap_or_default().to_string();
    ScimResource { body: resource, version, location }
}

/// Checks a write's precondition against the resource as it is.
fn check_precondition(
    precondition: &ScimPrecondition,
    current: &Value,
) -> Result<(), ScimError> {
    let ScimPrecondition::OneOf(tags) = precondition else {
        return Ok(());
    };
    let version = version_of(current);
    let opaque = version.trim_start_matches("W/");
    if tags.iter().any(|tag| tag == opaque) {
        Ok(())
    } else {
        Err(ScimError::new(
            ScimErrorKind::PreconditionFailed,
            "The resource changed (If-Match does not match its version).",
        ))
    }
}

/// The query parameters of a list.
struct ListQuery {
    filter: Option<Filter>,
    start_index: u64,
    count: u64,
    attributes: Vec<String>,
    excluded: Vec<String>,
}

fn list_query(query: Option<&str>) -> Result<ListQuery, ScimError> {
    let mut list = ListQuery {
        filter: None,
        start_index: 1,
        count: DEFAULT_COUNT,
        attributes: Vec::new(),
        excluded: Vec::new(),
    };
    let number = |name: &str, value: &str| {
        value.trim().parse::<i64>().map_err(|_| {
            ScimError::new(
                ScimErrorKind::InvalidValue,
                format!("{name} must be an integer."),
            )
        })
    };
    let names = |value: &str| {
        value
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    for (name, value) in
        form_urlencoded::parse(query.unwrap_or_default().as_bytes())
    {
        match name.to_ascii_lowercase().as_str() {
            "filter" => {
                list.filter =
                    Some(filter::parse_filter(&value).map_err(|e| {
                        ScimError::new(
                            ScimErrorKind::InvalidFilter,
                            format!("The filter is not valid: {}.", e.0),
                        )
                    })?)
            }
            "startindex" => {
                list.start_index = number("startIndex", &value)?.max(1) as u64
            }
            "count" => {
                list.count =
                    (number("count", &value)?.max(0) as u64).min(MAX_COUNT)
            }
            "attributes" => list.attributes = names(&value),
            "excludedattributes" => list.excluded = names(&value),
            _ => {}
        }
    }
    Ok(list)
}

/// Keeps the attributes asked for (`attributes`) or drops those asked
/// against (`excludedAttributes`); `id` and `schemas` always stay.
fn select(mut resource: Value, list: &ListQuery) -> Value {
    let top = |name: &str| {
        let name = name.rsplit_once(':').map_or(name, |(_, n)| n);
        name.split('.').next().unwrap_or(name).to_ascii_lowercase()
    };
    if let Some(object) = resource.as_object_mut() {
        if !list.attributes.is_empty() {
            let kept: Vec<String> =
                list.attributes.iter().map(|a| top(a)).collect();
            object.retain(|key, _| {
                matches!(key.as_str(), "id" | "schemas")
                    || kept.contains(&key.to_ascii_lowercase())
            });
        } else if !list.excluded.is_empty() {
            let dropped: Vec<String> =
                list.excluded.iter().map(|a| top(a)).collect();
            object.retain(|key, _| {
                matches!(key.as_str(), "id" | "schemas")
                    || !dropped.contains(&key.to_ascii_lowercase())
            });
        }
    }
    resource
}

/// A SearchRequest body (`POST .../.search`, RFC 7644 §3.4.3) as the
/// query string of the same list.
fn search_query(body: &[u8]) -> Result<String, ScimError> {
    let body = parse_body(body)?;
    let mut query = form_urlencoded::Serializer::new(String::new());
    for name in
        ["filter", "startIndex", "count", "attributes", "excludedAttributes"]
    {
        let invalid =
            || ScimError::invalid_value(format!("{name} is not valid."));
        let value = match member(&body, name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            Some(Value::Array(names)) => names
                .iter()
                .map(|name| name.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(invalid)?
                .join(","),
            Some(_) => return Err(invalid()),
        };
        query.append_pair(name, &value);
    }
    Ok(query.finish())
}

fn list_response(total: u64, start_index: u64, resources: Vec<Value>) -> Value {
    json!({
        "schemas": [LIST_SCHEMA],
        "totalResults": total,
        "startIndex": start_index,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

fn parse_body(body: &[u8]) -> Result<Value, ScimError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ScimError::new(
            ScimErrorKind::InvalidSyntax,
            format!("The body is not valid JSON: {e}."),
        )
    })?;
    if !value.is_object() {
        return Err(ScimError::new(
            ScimErrorKind::InvalidSyntax,
            "The body must be a JSON object.",
        ));
    }
    if holds_nul(&value) {
        return Err(nul_refused());
    }
    Ok(value)
}

/// A text attribute: absent or null is None, else a string of at most
/// [`TEXT_MAX`] characters (trimmed; blank is None).
fn text(resource: &Value, path: &[&str]) -> Result<Option<String>, ScimError> {
    let mut value = Some(resource);
    for name in path {
        value = value.and_then(|v| member(v, name));
    }
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => {
            let text = text.trim();
            if text.chars().count() > TEXT_MAX {
                return Err(ScimError::invalid_value(format!(
                    "{} is longer than {TEXT_MAX} characters.",
                    path.join(".")
                )));
            }
            Ok((!text.is_empty()).then(|| text.to_string()))
        }
        Some(_) => Err(ScimError::invalid_value(format!(
            "{} must be a string.",
            path.join(".")
        ))),
    }
}

/// `active`: a boolean, or the strings `"true"`/`"false"` in any case (as
/// Entra sends them); absent is true.
fn active(resource: &Value) -> Result<bool, ScimError> {
    match member(resource, "active") {
        None | Some(Value::Null) => Ok(true),
        Some(Value::Bool(active)) => Ok(*active),
        Some(Value::String(text)) if text.eq_ignore_ascii_case("true") => {
            Ok(true)
        }
        Some(Value::String(text)) if text.eq_ignore_ascii_case("false") => {
            Ok(false)
        }
        Some(_) => Err(ScimError::invalid_value("active must be a boolean.")),
    }
}

/// What a User body (POST, PUT, or a patched representation) asks for.
struct UserState {
    email: String,
    external_id: Option<String>,
    given_name: Option<String>,
    family_name: Option<String>,
    formatted_name: Option<String>,
    display_name: Option<String>,
    emails: Vec<ScimEmail>,
    active: bool,
}

/// A body's `emails`: objects with a string `value` (and maybe `type` and
/// `primary`).
fn emails(body: &Value) -> Result<Vec<ScimEmail>, ScimError> {
    let listed = match member(body, "emails") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(listed)) => listed,
        Some(_) => {
            return Err(ScimError::invalid_value("emails must be an array."))
        }
    };
    if listed.len() > MAX_EMAILS {
        return Err(ScimError::invalid_value(format!(
            "A user may have at most {MAX_EMAILS} emails."
        )));
    }
    let mut emails = Vec::new();
    for email in listed {
        let value = text(email, &["value"])?.ok_or_else(|| {
            ScimError::invalid_value("Each email needs a value.")
        })?;
        let primary = match member(email, "primary") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(primary)) => *primary,
            Some(_) => {
                return Err(ScimError::invalid_value(
                    "primary must be a boolean.",
                ))
            }
        };
        emails.push(ScimEmail {
            value,
            kind: text(email, &["type"])?,
            primary,
        });
    }
    // One primary at most: the last one listed (an added address comes
    // after the others, RFC 7644 §3.5.2.1).
    if let Some(last) = emails.iter().rposition(|email| email.primary) {
        for (at, email) in emails.iter_mut().enumerate() {
            email.primary = at == last;
        }
    }
    Ok(emails)
}

/// Reads a User body: `userName` is the email (or, when it is not an
/// address, the primary or first of `emails`), which must be in the
/// domain.
fn user_state(
    body: &Value,
    domain: &DomainRecord,
) -> Result<UserState, ScimError> {
    let user_name = text(body, &["userName"])?
        .ok_or_else(|| ScimError::invalid_value("userName is required."))?;
    let email = if user_name.contains('@') {
        user_name
    } else {
        let emails = member(body, "emails")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let primary = emails
            .iter()
            .find(|e| member(e, "primary") == Some(&Value::Bool(true)));
        primary
            .or(emails.first())
            .and_then(|e| member(e, "value"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| ScimError::invalid_value("userName must be an email address (or emails must hold one)."))?
    };
    let email =
        super::users::clean_email("userName", &email).map_err(|_| {
            ScimError::invalid_value("userName is not a valid email address.")
        })?;
    let in_domain = email
        .rsplit_once('@')
        .is_some_and(|(_, host)| host.eq_ignore_ascii_case(&domain.domain));
    if !in_domain {
        return Err(ScimError::invalid_value(format!(
            "The email address must be in the domain {}.",
            domain.domain
        )));
    }
    Ok(UserState {
        email,
        external_id: text(body, &["externalId"])?,
        given_name: text(body, &["name", "givenName"])?,
        family_name: text(body, &["name", "familyName"])?,
        formatted_name: text(body, &["name", "formatted"])?,
        display_name: text(body, &["displayName"])?,
        emails: emails(body)?,
        active: active(body)?,
    })
}

impl App {
    /// The tenant of a SCIM request to the domain `domain_id`: the domain,
    /// if `authorization` carries its token (`Bearer <token>`) while it is
    /// verified and SCIM is on. Unauthorized otherwise (the HTTP layer
    /// counts and logs it, and stores it nowhere); not found when no such
    /// domain exists.
    pub async fn scim_tenant(
        &self,
        domain_id: RecordId,
        authorization: Option<&str>,
        base_url: String,
        origin: Origin,
    ) -> Result<ScimTenant, ScimError> {
        let domain = match domain_id.uuid() {
            Some(id) => self.store.domain_fetch_by_id(id).await?,
            None => None,
        };
        let domain = domain.ok_or_else(ScimError::not_found)?;
        let token = authorization
            .and_then(|header| {
                let (scheme, token) = header.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
            })
            .ok_or_else(ScimError::unauthorized)?;
        let token_hash = secrets::hash(token);
        if !Guard::scim_holds(
            Some(&domain),
            domain.organization_id,
            &token_hash,
        ) {
            return Err(ScimError::unauthorized());
        }
        let mut context = serde_json::Map::new();
        context.insert("scim_domain".into(), domain.domain.clone().into());
        context.insert("scim_domain_id".into(), domain.id.to_string().into());
        let actor = Actor {
            user: None,
            is_system: false,
            was_impersonated: false,
            client: origin.client,
            ip_address: origin.ip_address,
            organization: Some(domain.organization_id),
            context: Some(context),
            at: self.now(),
            idempotency: None,
            witness: None,
        };
        Ok(ScimTenant {
            guard: Guard::Scim { domain_id: domain.id, token_hash },
            domain,
            base_url,
            actor,
        })
    }

    // Discovery.

    pub fn scim_service_provider_config(&self, tenant: &ScimTenant) -> Value {
        discovery::service_provider_config(&tenant.base_url)
    }

    /// The resource types, or the one named `id`.
    pub fn scim_resource_types(
        &self,
        tenant: &ScimTenant,
        id: Option<&str>,
    ) -> Result<Value, ScimError> {
        discovery::resource_types(&tenant.base_url, id)
    }

    /// The schemas, or the one named `id`.
    pub fn scim_schemas(
        &self,
        tenant: &ScimTenant,
        id: Option<&str>,
    ) -> Result<Value, ScimError> {
        discovery::schemas(&tenant.base_url, id)
    }

    // Users.

    /// The representation of a SCIM user.
    async fn scim_user_view(
        &self,
        tenant: &ScimTenant,
        record: &ScimUserRecord,
    ) -> Result<Value, ScimError> {
        let user = self
            .store
            .user_fetch(record.user_id)
            .await?
            .ok_or_else(ScimError::not_found)?;
        let membership = self
            .store
            .membership_fetch(record.organization_id, record.user_id)
            .await?;
        let mut groups = Vec::new();
        for role_id in membership.iter().flat_map(|m| &m.roles) {
            if let Some(role) = self
                .store
                .fetch::<RoleRecord>(&[record.organization_id, *role_id])
                .await?
            {
                groups.push(json!({
                    "value": role.id.to_string(),
                    "display": role.name,
                    "$ref": format!("{}/Groups/{}", tenant.base_url, role.id),
                    "type": "direct",
                }));
            }
        }
        let mut name = Map::new();
        for (key, value) in [
            ("givenName", &record.given_name),
            ("familyName", &record.family_name),
            ("formatted", &record.formatted_name),
        ] {
            if let Some(value) = value {
                name.insert(key.to_string(), json!(value));
            }
        }
        let mut view = json!({
            "schemas": [USER_SCHEMA],
            "id": record.user_id.to_string(),
            "userName": user.email,
            "active": membership.is_some(),
            "groups": groups,
            "meta": {
                "resourceType": "User",
                "created": record.created_at,
                "lastModified": record.updated_at,
                "location": format!("{}/Users/{}", tenant.base_url, record.user_id),
            },
        });
        if !name.is_empty() {
            view["name"] = Value::Object(name);
        }
        if let Some(external_id) = &record.external_id {
            view["externalId"] = json!(external_id);
        }
        if let Some(display_name) = &record.display_name {
            view["displayName"] = json!(display_name);
        }
        if !record.emails.is_empty() {
            let emails: Vec<Value> = record
                .emails
                .iter()
                .map(|email| {
                    let mut entry =
                        json!({"value": email.value, "primary": email.primary});
                    if let Some(kind) = &email.kind {
                        entry["type"] = json!(kind);
                    }
                    entry
                })
                .collect();
            view["emails"] = json!(emails);
        }
        Ok(view)
    }

    /// A page of the domain's users (`filter`, `startIndex`, `count`,
    /// `attributes` and `excludedAttributes` in `query`).
    pub async fn scim_user_list(
        &self,
        tenant: &ScimTenant,
        query: Option<&str>,
    ) -> Result<Value, ScimError> {
        let list = list_query(query)?;
        let offset = list.start_index - 1;
        let Some(filter) = &list.filter else {
            let page = self
                .store
                .scim_user_list_page(tenant.domain.id, offset, list.count)
                .await?;
            let mut resources = Vec::new();
            for record in &page.items {
                resources.push(select(
                    self.with_version(
                        self.scim_user_view(tenant, record).await?,
                    ),
                    &list,
                ));
            }
            return Ok(list_response(page.count, list.start_index, resources));
        };
        // An email named by the filter is looked up; any other filter
        // reads the domain's users.
        let candidates = match email_named(filter) {
            Some(email) => {
                match self.store.user_fetch_by_email(&email).await? {
                    Some(user) => self
                        .store
                        .scim_user_fetch(tenant.domain.id, user.id)
                        .await?
                        .into_iter()
                        .collect(),
                    None => Vec::new(),
                }
            }
            None => {
                self.store
                    .scim_user_list_page(tenant.domain.id, 0, u64::MAX)
                    .await?
                    .items
            }
        };
        let mut matched = Vec::new();
        for record in &candidates {
            let view =
                self.with_version(self.scim_user_view(tenant, record).await?);
            if filter::matches(filter, &view) {
                matched.push(view);
            }
        }
        let total = matched.len() as u64;
        let resources = matched
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(list.count).unwrap_or(usize::MAX))
            .map(|view| select(view, &list))
            .collect();
        Ok(list_response(total, list.start_index, resources))
    }

    /// [`App::scim_user_list`] with the query in a SearchRequest body.
    pub async fn scim_user_search(
        &self,
        tenant: &ScimTenant,
        body: &[u8],
    ) -> Result<Value, ScimError> {
        let query = search_query(body)?;
        self.scim_user_list(tenant, Some(&query)).await
    }

    fn with_version(&self, mut resource: Value) -> Value {
        resource["meta"]["version"] = json!(version_of(&resource));
        resource
    }

    /// One user (`attributes` and `excludedAttributes` in `query`).
    pub async fn scim_user_get(
        &self,
        tenant: &ScimTenant,
        user_id: Uuid,
        query: Option<&str>,
    ) -> Result<ScimResource, ScimError> {
        let list = list_query(query)?;
        let record = self
            .store
            .scim_user_fetch(tenant.domain.id, user_id)
            .await?
            .ok_or_else(ScimError::not_found)?;
        let mut resource =
            versioned(self.scim_user_view(tenant, &record).await?);
        resource.body = select(resource.body, &list);
        Ok(resource)
    }

    pub async fn scim_user_create(
        &self,
        tenant: &ScimTenant,
        body: &[u8],
    ) -> Result<ScimResource, ScimError> {
        let body = parse_body(body)?;
        let state = user_state(&body, &tenant.domain)?;
        let now = self.now();
        for _ in 0..ATTEMPTS {
            let existing = self.store.user_fetch_by_email(&state.email).await?;
            let new_user = match &existing {
                Some(_) => None,
                None => Some(UserRecord {
                    id: Uuid::now_v7(),
                    numeric_id: self.store.next_id().await?,
                    email: state.email.clone(),
                    first_name: state.given_name.clone().unwrap_or_default(),
                    last_name: state.family_name.clone().unwrap_or_default(),
                    is_staff: false,
                    current_organization: None,
                    created_at: now,
                    current_team: None,
                    last_login: None,
                    preferences: Default::default(),
                }),
            };
            let user_id = existing
                .as_ref()
                .or(new_user.as_ref())
                .map(|u| u.id)
                .expect("one of them");
            if self
                .store
                .scim_user_fetch(tenant.domain.id, user_id)
                .await?
                .is_some()
            {
                return Err(ScimError::new(
                    ScimErrorKind::Uniqueness,
                    "A user with this userName already exists.",
                ));
            }
            let record = ScimUserRecord {
                organization_id: tenant.domain.organization_id,
                domain_id: tenant.domain.id,
                user_id,
                external_id: state.external_id.clone(),
                given_name: state.given_name.clone(),
                family_name: state.family_name.clone(),
                formatted_name: state.formatted_name.clone(),
                display_name: state.display_name.clone(),
                emails: state.emails.clone(),
                created_at: now,
                updated_at: now,
                version: 1,
            };
            let write = ScimUserWrite {
                record,
                expected_version: None,
                new_user,
                membership: if state.active {
                    ScimMembership::Add(new_membership(user_id, now))
                } else {
                    ScimMembership::Keep
                },
            };
            match self
                .store
                .scim_user_write(&tenant.actor, &tenant.guard, &write)
                .await
            {
                // Another request created the user meanwhile: link it.
                Err(StoreError::EmailTaken) => continue,
                Err(error) => return Err(error.into()),
                Ok(()) => {
                    let view =
                        self.scim_user_view(tenant, &write.record).await?;
                    return Ok(versioned(view));
                }
            }
        }
        Err(ScimError::new(
            ScimErrorKind::Uniqueness,
            "The user changed while it was being created; try again.",
        ))
    }

    /// Replaces, patches or deletes a user: read, decide, write with the
    /// version read (again when another write came first). The user as
    /// changed; None once deleted.
    pub async fn scim_user_change(
        &self,
        tenant: &ScimTenant,
        user_id: Uuid,
        change: ScimChange<'_>,
        precondition: &ScimPrecondition,
    ) -> Result<Option<ScimResource>, ScimError> {
        let body = match change {
            ScimChange::Delete => None,
            ScimChange::Replace(body) | ScimChange::Patch(body) => {
                Some(parse_body(body)?)
            }
        };
        let operations = match (&change, &body) {
            (ScimChange::Patch(_), Some(body)) => {
                Some(patch::parse_operations(body)?)
            }
            _ => None,
        };
        for _ in 0..ATTEMPTS {
            let record = self
                .store
                .scim_user_fetch(tenant.domain.id, user_id)
                .await?
                .ok_or_else(ScimError::not_found)?;
            let current = self.scim_user_view(tenant, &record).await?;
            check_precondition(precondition, &current)?;
            let Some(body) = &body else {
                self.store
                    .scim_user_remove(&tenant.actor, &tenant.guard, &record)
                    .await?;
                return Ok(None);
            };
            let wanted = match &operations {
                Some(operations) => {
                    let mut patched = current.clone();
                    patch::apply(&mut patched, operations)?;
                    // Removing `active` deactivates (as in PostHog), where
                    // a body without it means active.
                    if member(&patched, "active").is_none() {
                        patched["active"] = json!(false);
                    }
                    patched
                }
                None => body.clone(),
            };
            let state = user_state(&wanted, &tenant.domain)?;
            let email = current["userName"].as_str().unwrap_or_default();
            if !state.email.eq_ignore_ascii_case(email) {
                return Err(ScimError::new(
                    ScimErrorKind::Mutability,
                    "userName (the email address) cannot change: orgbase users keep their address.",
                ));
            }
            let now = self.now();
            let updated = ScimUserRecord {
                external_id: state.external_id,
                given_name: state.given_name,
                family_name: state.family_name,
                formatted_name: state.formatted_name,
                display_name: state.display_name,
                emails: state.emails,
                updated_at: now,
                version: record.version + 1,
                ..record.clone()
            };
            let write = ScimUserWrite {
                record: updated,
                expected_version: Some(record.version),
                new_user: None,
                membership: if state.active {
                    ScimMembership::Add(new_membership(user_id, now))
                } else {
                    ScimMembership::Remove
                },
            };
            match self
                .store
                .scim_user_write(&tenant.actor, &tenant.guard, &write)
                .await
            {
                Err(StoreError::Stale) => continue,
                Err(error) => return Err(error.into()),
                Ok(()) => {
                    let view =
                        self.scim_user_view(tenant, &write.record).await?;
                    return Ok(Some(versioned(view)));
                }
            }
        }
        Err(ScimError::new(
            ScimErrorKind::Conflict,
            "The user kept changing; try again.",
        ))
    }

    // Groups.

    async fn scim_group_view(
        &self,
        tenant: &ScimTenant,
        role: &RoleRecord,
    ) -> Result<Value, ScimError> {
        let memberships = self
            .store
            .role_members_of(role.organization_id, &[role.id])
            .await?;
        // The role's own change or its newest member, whichever is later.
        let last_modified = memberships
            .iter()
            .map(|member| member.joined_at)
            .chain([role.updated_at.unwrap_or(role.created_at)])
            .max();
        let members: Vec<Value> = memberships
            .iter()
            .map(|member| {
                json!({
                    "value": member.user_id.to_string(),
                    "$ref": format!("{}/Users/{}", tenant.base_url, member.user_id),
                    "type": "User",
                })
            })
            .collect();
        let mut view = json!({
            "schemas": [GROUP_SCHEMA],
            "id": role.id.to_string(),
            "displayName": role.name,
            "members": members,
            "meta": {
                "resourceType": "Group",
                "created": role.created_at,
                "lastModified": last_modified,
                "location": format!("{}/Groups/{}", tenant.base_url, role.id),
            },
        });
        if let Some(external_id) = &role.external_id {
            view["externalId"] = json!(external_id);
        }
        Ok(view)
    }

    /// A page of the organization's roles as groups (the query as
    /// [`App::scim_user_list`]'s).
    pub async fn scim_group_list(
        &self,
        tenant: &ScimTenant,
        query: Option<&str>,
    ) -> Result<Value, ScimError> {
        let list = list_query(query)?;
        let organization_id = tenant.domain.organization_id;
        let offset = list.start_index - 1;
        let Some(filter) = &list.filter else {
            // Without a filter only the page is read.
            let page = self
                .store
                .role_list_page(organization_id, offset, None, list.count)
                .await?;
            let mut resources = Vec::with_capacity(page.items.len());
            for role in &page.items {
                let view = self.scim_group_view(tenant, role).await?;
                resources.push(select(self.with_version(view), &list));
            }
            return Ok(list_response(page.count, list.start_index, resources));
        };
        let roles = self
            .store
            .role_list_page(organization_id, 0, None, u64::MAX)
            .await?
            .items;
        let mut views = Vec::with_capacity(roles.len());
        for role in &roles {
            views.push(Ok::<_, ScimError>(
                self.with_version(self.scim_group_view(tenant, role).await?),
            ));
        }
        let matched = Page::filtered(
            views,
            |view| filter::matches(filter, view),
            offset,
            list.count,
        )?;
        let resources =
            matched.items.into_iter().map(|view| select(view, &list)).collect();
        Ok(list_response(matched.count, list.start_index, resources))
    }

    /// [`App::scim_group_list`] with the query in a SearchRequest body.
    pub async fn scim_group_search(
        &self,
        tenant: &ScimTenant,
        body: &[u8],
    ) -> Result<Value, ScimError> {
        let query = search_query(body)?;
        self.scim_group_list(tenant, Some(&query)).await
    }

    /// One group (`attributes` and `excludedAttributes` in `query`).
    pub async fn scim_group_get(
        &self,
        tenant: &ScimTenant,
        role_id: Uuid,
        query: Option<&str>,
    ) -> Result<ScimResource, ScimError> {
        let list = list_query(query)?;
        let role = self
            .store
            .fetch::<RoleRecord>(&[tenant.domain.organization_id, role_id])
            .await?
            .ok_or_else(ScimError::not_found)?;
        let mut resource =
            versioned(self.scim_group_view(tenant, &role).await?);
        resource.body = select(resource.body, &list);
        Ok(resource)
    }

    /// A group body's `displayName`, `externalId` and member user ids.
    fn group_state(
        &self,
        body: &Value,
    ) -> Result<(String, Option<String>, Vec<Uuid>), ScimError> {
        let name = text(body, &["displayName"])?.ok_or_else(|| {
            ScimError::invalid_value("displayName is required.")
        })?;
        let mut members = Vec::new();
        let mut seen = HashSet::new();
        let listed = match member(body, "members") {
            None | Some(Value::Null) => &Vec::new(),
            Some(Value::Array(listed)) => listed,
            Some(_) => {
                return Err(ScimError::invalid_value(
                    "members must be an array.",
                ))
            }
        };
        for entry in listed {
            let id = member(entry, "value")
                .and_then(Value::as_str)
                .and_then(|id| Uuid::parse_str(id).ok())
                .ok_or_else(|| {
                    ScimError::invalid_value(
                        "Each member's value must be a user id.",
                    )
                })?;
            if seen.insert(id) {
                members.push(id);
            }
        }
        Ok((name, text(body, &["externalId"])?, members))
    }

    /// Every user id must be an active user of this domain.
    async fn check_group_members(
        &self,
        tenant: &ScimTenant,
        members: &[Uuid],
    ) -> Result<(), ScimError> {
        for user_id in members {
            let known = self
                .store
                .scim_user_fetch(tenant.domain.id, *user_id)
                .await?
                .is_some();
            let member = self
                .store
                .membership_fetch(tenant.domain.organization_id, *user_id)
                .await?
                .is_some();
            if !known || !member {
                return Err(ScimError::invalid_value(format!(
                    "{user_id} is not an active user of this domain."
                )));
            }
        }
        Ok(())
    }

    pub async fn scim_group_create(
        &self,
        tenant: &ScimTenant,
        body: &[u8],
    ) -> Result<ScimResource, ScimError> {
        let body = parse_body(body)?;
        check_listed_members(&body)?;
        let (name, external_id, members) = self.group_state(&body)?;
        self.check_group_members(tenant, &members).await?;
        let role = RoleRecord {
            id: Uuid::now_v7(),
            organization_id: tenant.domain.organization_id,
            name,
            // No user created it: an identity provider did.
            created_by: Uuid::nil(),
            created_at: self.now(),
            external_id,
            updated_at: None,
        };
        let add = self.role_memberships(&role, &members);
        let sync =
            RoleSync { role: &role, create: true, add: &add, remove: &[] };
        let role =
            self.store.role_sync(&tenant.actor, &sync, &tenant.guard).await?;
        Ok(versioned(self.scim_group_view(tenant, &role).await?))
    }

    /// New role memberships of `users` in `role`.
    fn role_memberships(
        &self,
        role: &RoleRecord,
        users: &[Uuid],
    ) -> Vec<RoleMembershipRecord> {
        let now = self.now();
        users
            .iter()
            .map(|user_id| RoleMembershipRecord {
                id: Uuid::now_v7(),
                role_id: role.id,
                user_id: *user_id,
                joined_at: now,
                updated_at: now,
            })
            .collect()
    }

    /// Replaces, patches or deletes a group. The group as changed; None
    /// once deleted.
    pub async fn scim_group_change(
        &self,
        tenant: &ScimTenant,
        role_id: Uuid,
        change: ScimChange<'_>,
        precondition: &ScimPrecondition,
    ) -> Result<Option<ScimResource>, ScimError> {
        let organization_id = tenant.domain.organization_id;
        let role = self
            .store
            .fetch::<RoleRecord>(&[organization_id, role_id])
            .await?
            .ok_or_else(ScimError::not_found)?;
        let current = self.scim_group_view(tenant, &role).await?;
        check_precondition(precondition, &current)?;
        let wanted = match change {
            ScimChange::Delete => {
                self.store
                    .role_remove(
                        &tenant.actor,
                        organization_id,
                        role_id,
                        &tenant.guard,
                    )
                    .await?;
                return Ok(None);
            }
            ScimChange::Patch(body) => {
                let operations = patch::parse_operations(&parse_body(body)?)?;
                let mut patched = current.clone();
                patch::apply(&mut patched, &operations)?;
                patched
            }
            ScimChange::Replace(body) => {
                let body = parse_body(body)?;
                check_listed_members(&body)?;
                body
            }
        };
        let (name, external_id, members) = self.group_state(&wanted)?;
        let (_, _, present) = self.group_state(&current)?;
        let (wanted_set, present_set): (HashSet<Uuid>, HashSet<Uuid>) = (
            members.iter().copied().collect(),
            present.iter().copied().collect(),
        );
        let added: Vec<Uuid> = members
            .iter()
            .filter(|id| !present_set.contains(id))
            .copied()
            .collect();
        self.check_group_members(tenant, &added).await?;
        let removed: Vec<Uuid> = present
            .iter()
            .filter(|id| !wanted_set.contains(id))
            .copied()
            .collect();
        let wanted = RoleRecord {
            name,
            external_id,
            updated_at: Some(self.now()),
            ..role
        };
        let add = self.role_memberships(&wanted, &added);
        let role = self
            .store
            .role_sync(
                &tenant.actor,
                &RoleSync {
                    role: &wanted,
                    create: false,
                    add: &add,
                    remove: &removed,
                },
                &tenant.guard,
            )
            .await?;
        Ok(Some(versioned(self.scim_group_view(tenant, &role).await?)))
    }
}

/// Refuses a group body (POST, PUT) that lists more members than one
/// request may bring (each is checked against the store); PATCH has its
/// own bound on values.
fn check_listed_members(body: &Value) -> Result<(), ScimError> {
    let listed = member(body, "members").and_then(Value::as_array);
    if listed.is_some_and(|listed| listed.len() > MAX_GROUP_MEMBERS) {
        return Err(ScimError::invalid_value(format!(
            "A group may list at most {MAX_GROUP_MEMBERS} members in one \
             request; add the others with PATCH."
        )));
    }
    Ok(())
}

/// A membership at level 1, as SCIM creates them.
fn new_membership(
    user_id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> MembershipRecord {
    MembershipRecord {
        id: Uuid::now_v7(),
        user_id,
        level: Level::Member,
        joined_at: now,
        updated_at: now,
        roles: Vec::new(),
        project_access: Vec::new(),
    }
}

/// The email a filter names by equality on `userName` (at its top, or on
/// one side of an `and`), which is then looked up rather than scanned
/// for.
fn email_named(filter: &Filter) -> Option<String> {
    match filter {
        Filter::Compare(path, filter::Op::Eq, Value::String(value))
            if path.schema.is_none() =>
        {
            let named = path.attr.eq_ignore_ascii_case("userName")
                && path.sub.is_none();
            named.then(|| value.clone())
        }
        Filter::And(a, b) => email_named(a).or_else(|| email_named(b)),
        _ => None,
    }
}
