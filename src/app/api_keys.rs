//! Personal API keys: the caller's own keys.

use super::check_list_length;
use super::clean_text;
use super::organizations::visible_projects;
use super::path_id;
use super::App;
use super::Caller;
use super::KeyRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::api::Scope;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::page::Start;
use crate::secrets;
use crate::store::records::ApiKeyRecord;
use crate::store::records::UserRecord;
use uuid::Uuid;

const LABEL_MAX: usize = 40;
/// Most projects one key may be limited to.
const SCOPED_TEAMS_MAX: usize = 200;

/// The wire view of `user`'s key; `value` only in the response that
/// created it.
pub fn api_key_to_view(
    key: ApiKeyRecord,
    user: &UserRecord,
    value: Option<String>,
) -> api::PersonalApiKey {
    api::PersonalApiKey {
        id: key.id,
        label: key.label,
        value,
        mask_value: key.mask_value,
        created_at: key.created_at,
        last_used_at: key.last_used_at,
        user_id: user.numeric_id,
        scopes: key
            .scopes
            .iter()
            .filter_map(|scope| Scope::parse(scope))
            .collect(),
        scoped_teams: key.scoped_teams,
        scoped_organizations: key.scoped_organizations,
        last_rolled_at: None,
    }
}

/// A key can only pass on what it has, whoever the new key is for: every
/// scope of `new_key` must be granted by the calling key (`*` only by `*`),
/// and a calling key limited to some organizations can only create keys
/// limited to (some of) those.
pub(crate) fn check_key_grant(
    caller: &Caller,
    new_key: &ApiKeyRecord,
) -> Result<(), Error> {
    let held_all = caller.holds(Scope::All);
    for scope in new_key.scopes.iter().filter_map(|s| Scope::parse(s)) {
        if !held_all && (scope == Scope::All || !caller.holds(scope)) {
            return Err(Error::permission_denied(format!(
                "This API key cannot grant the scope '{}' it does not hold.",
                scope.as_str()
            )));
        }
    }
    let caller_teams = &caller.key.scoped_teams;
    if !caller_teams.is_empty()
        && (new_key.scoped_teams.is_empty()
            || new_key.scoped_teams.iter().any(|t| !caller_teams.contains(t)))
    {
        return Err(Error::permission_denied(
            "This API key is limited to some projects; a key it creates must \
             be limited to those too.",
        ));
    }
    let caller_limits = &caller.key.scoped_organizations;
    if !caller_limits.is_empty()
        && (new_key.scoped_organizations.is_empty()
            || new_key
                .scoped_organizations
                .iter()
                .any(|o| !caller_limits.contains(o)))
    {
        return Err(Error::permission_denied(
            "This API key is limited to some organizations; a key it creates \
             must be limited to those too.",
        ));
    }
    Ok(())
}

impl App {
    /// Validates a key request for `user_id` and makes the record and the
    /// plaintext. `attr_prefix` places field names inside an outer body.
    pub(crate) async fn api_key_new(
        &self,
        user_id: Uuid,
        params: &api::PersonalApiKeyCreate,
        attr_prefix: &str,
    ) -> Result<(ApiKeyRecord, String), Error> {
        let attr = |name: &str| format!("{attr_prefix}{name}");
        let label =
            clean_text(&attr("label"), &params.label, LABEL_MAX, false)?;
        if params.scopes.is_empty() {
            return Err(Error::invalid(
                &attr("scopes"),
                Code::Required,
                "At least one scope is required.",
            ));
        }
        let mut scopes: Vec<String> = params
            .scopes
            .iter()
            .map(|scope| scope.as_str().to_string())
            .collect();
        scopes.sort();
        scopes.dedup();
        let mut scoped_organizations =
            params.scoped_organizations.clone().unwrap_or_default();
        scoped_organizations.sort();
        scoped_organizations.dedup();
        for organization in &scoped_organizations {
            if self
                .store
                .membership_fetch(*organization, user_id)
                .await?
                .is_none()
            {
                return Err(Error::invalid(
                    &attr("scoped_organizations"),
                    Code::Invalid,
                    format!(
                        "You are not a member of organization {organization}."
                    ),
                ));
            }
        }
        let scoped_teams = self
            .scoped_teams_check(
                user_id,
                &scoped_organizations,
                params.scoped_teams.as_deref().unwrap_or_default(),
                &attr("scoped_teams"),
            )
            .await?;
        let value = secrets::generate(secrets::PERSONAL_API_KEY_PREFIX);
        let record = ApiKeyRecord {
            id: Uuid::now_v7(),
            user_id,
            label,
            secure_value: secrets::hash(&value),
            mask_value: secrets::mask(&value),
            scopes,
            scoped_organizations,
            scoped_teams,
            created_at: self.now(),
            last_used_at: None,
        };
        Ok((record, value))
    }

    /// The projects a new key is limited to, deduplicated: at most
    /// [`SCOPED_TEAMS_MAX`], each one the user sees in one of their
    /// organizations (of `scoped_organizations`, when the key is limited
    /// to some).
    async fn scoped_teams_check(
        &self,
        user_id: Uuid,
        scoped_organizations: &[Uuid],
        asked: &[i64],
        attr: &str,
    ) -> Result<Vec<i64>, Error> {
        let mut scoped_teams = asked.to_vec();
        scoped_teams.sort();
        scoped_teams.dedup();
        check_list_length(attr, scoped_teams.len(), SCOPED_TEAMS_MAX)?;
        if scoped_teams.is_empty() {
            return Ok(scoped_teams);
        }
        let only =
            (!scoped_organizations.is_empty()).then_some(scoped_organizations);
        let organizations = self
            .store
            .organization_list_page_for_user(
                user_id,
                only,
                Start::Offset(0),
                u64::MAX,
            )
            .await?
            .items;
        for id in &scoped_teams {
            let seen =
                organizations.iter().any(|(organization, membership)| {
                    visible_projects(organization, membership)
                        .any(|project| project.id == *id)
                });
            if !seen {
                return Err(Error::invalid(
                    attr,
                    Code::Invalid,
                    format!("You do not have access to project {id}."),
                ));
            }
        }
        Ok(scoped_teams)
    }

    pub async fn personal_api_key_list(
        &self,
        caller: &Caller,
        page: PageRequest,
    ) -> Result<Page<api::PersonalApiKey>, Error> {
        let page = self
            .store
            .api_key_list_page(caller.user.id, page.offset, page.limit)
            .await?;
        Ok(page.map(|key| api_key_to_view(key, &caller.user, None)))
    }

    /// Creates a key for the caller, within what the calling key holds
    /// ([`check_key_grant`]).
    pub async fn personal_api_key_create(
        &self,
        caller: &Caller,
        params: api::PersonalApiKeyCreate,
    ) -> Result<api::PersonalApiKey, Error> {
        let (record, value) =
            self.api_key_new(caller.user.id, &params, "").await?;
        check_key_grant(caller, &record)?;
        self.store.api_key_insert(&self.actor(caller, None), &record).await?;
        Ok(api_key_to_view(record, &caller.user, Some(value)))
    }

    /// One of the caller's keys; any other id is not found.
    async fn own_api_key(
        &self,
        caller: &Caller,
        id: RecordId,
    ) -> Result<ApiKeyRecord, Error> {
        let not_found = Error::object_not_found;
        let id = path_id(id)?;
        self.store
            .api_key_fetch(id)
            .await?
            .filter(|key| key.user_id == caller.user.id)
            .ok_or_else(not_found)
    }

    /// One of the caller's keys; `@current` is the calling key.
    pub async fn personal_api_key_view(
        &self,
        caller: &Caller,
        key: KeyRef,
    ) -> Result<api::PersonalApiKey, Error> {
        let key = match key {
            KeyRef::Current => caller.key.clone(),
            KeyRef::Id(id) => self.own_api_key(caller, id).await?,
        };
        Ok(api_key_to_view(key, &caller.user, None))
    }

    /// Deletes one of the caller's keys, named by its id: `@current` names
    /// none here (not found, as any path to nothing).
    pub async fn personal_api_key_delete(
        &self,
        caller: &Caller,
        key: KeyRef,
    ) -> Result<(), Error> {
        let KeyRef::Id(id) = key else {
            return Err(Error::object_not_found());
        };
        let key = self.own_api_key(caller, id).await?;
        self.store.api_key_remove(&self.actor(caller, None), &key).await?;
        Ok(())
    }
}
