//! Users: the caller's own profile, and instance administration.

use super::api_keys::check_key_grant;
use super::clean_text;
use super::scope_grants;
use super::App;
use super::Caller;
use crate::api;
use crate::api::Scope;
use crate::error::Error;
use crate::store::records::UserRecord;
use crate::store::StoreError;
use uuid::Uuid;

const NAME_MAX: usize = 150;
const EMAIL_MAX: usize = 254;

/// A plausible address: one `@`, something on both sides, no spaces.
pub(crate) fn clean_email(attr: &str, email: &str) -> Result<String, Error> {
    let email = clean_text(attr, email, EMAIL_MAX, false)?;
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if !valid {
        return Err(Error::invalid(
            attr,
            "invalid",
            "Enter a valid email address.",
        ));
    }
    Ok(email)
}

impl App {
    /// The user view, with the user's organizations.
    async fn user_view(&self, user: &UserRecord) -> Result<api::User, Error> {
        let everything = crate::app::PageRequest { offset: 0, limit: u64::MAX };
        let organizations: Vec<api::OrganizationBasic> = self
            .store
            .organization_list_page_for_user(
                user.id,
                None,
                everything.offset,
                everything.limit,
            )
            .await?
            .items
            .into_iter()
            .map(|(organization, membership)| api::OrganizationBasic {
                id: organization.id,
                name: organization.name,
                slug: organization.slug,
                logo_media_id: organization.logo_media_id,
                membership_level: membership.level,
                members_can_use_personal_api_keys: organization
                    .members_can_use_personal_api_keys,
                is_active: Some(true),
                is_not_active_reason: None,
            })
            .collect();
        let organization = user.current_organization.and_then(|current| {
            organizations.iter().find(|o| o.id == current).cloned()
        });
        Ok(api::User {
            uuid: user.id,
            email: user.email.clone(),
            first_name: user.first_name.clone(),
            last_name: user.last_name.clone(),
            is_staff: user.is_staff,
            organization,
            organizations,
        })
    }

    pub async fn user_me_view(
        &self,
        caller: &Caller,
    ) -> Result<api::User, Error> {
        self.user_view(&caller.user).await
    }

    pub async fn user_me_patch(
        &self,
        caller: &Caller,
        params: api::UserPatch,
    ) -> Result<api::User, Error> {
        let first_name = params
            .first_name
            .as_deref()
            .map(|name| clean_text("first_name", name, NAME_MAX, true))
            .transpose()?;
        let last_name = params
            .last_name
            .as_deref()
            .map(|name| clean_text("last_name", name, NAME_MAX, true))
            .transpose()?;
        let not_yours = || {
            Error::invalid(
                "set_current_organization",
                "invalid",
                "Organization not found or not one of yours.",
            )
        };
        let current = match params.set_current_organization.as_deref() {
            Some(id) => {
                let (organization, _) = self
                    .organization_access(caller, id)
                    .await
                    .map_err(|_| not_yours())?;
                Some(organization.id)
            }
            None => None,
        };
        let user = self
            .store
            .user_update(caller.user.id, |user| {
                if let Some(name) = &first_name {
                    user.first_name = name.clone();
                }
                if let Some(name) = &last_name {
                    user.last_name = name.clone();
                }
                if let Some(current) = current {
                    user.current_organization = Some(current);
                }
                Ok::<(), Error>(())
            })
            .await
            .map_err(|error| match error {
                // Left (or lost) the organization meanwhile.
                StoreError::NotFound if current.is_some() => not_yours(),
                error => error.into(),
            })??;
        self.user_view(&user).await
    }

    /// Creates a user (staff only), with a first key when asked for.
    pub async fn user_create(
        &self,
        caller: &Caller,
        params: api::UserCreate,
    ) -> Result<api::UserCreated, Error> {
        if !caller.user.is_staff {
            return Err(Error::permission_denied(
                "Only staff users may create users.",
            ));
        }
        let email = clean_email("email", &params.email)?;
        let clean_name = |attr: &str, name: &Option<String>| {
            clean_text(attr, name.as_deref().unwrap_or(""), NAME_MAX, true)
        };
        let user = UserRecord {
            id: Uuid::now_v7(),
            numeric_id: self.store.next_id().await?,
            email,
            first_name: clean_name("first_name", &params.first_name)?,
            last_name: clean_name("last_name", &params.last_name)?,
            is_staff: params.is_staff.unwrap_or(false),
            current_organization: None,
            created_at: self.now(),
        };
        // Staff status is instance-wide power: only a key with every scope,
        // for every organization, may hand it on.
        let full_key = scope_grants(&caller.key.scopes, Scope::All)
            && caller.key.scoped_organizations.is_empty();
        if user.is_staff && !full_key {
            return Err(Error::permission_denied(
                "Only an API key with the scope '*' for all organizations may \
                 create a staff user.",
            ));
        }
        let key = match &params.personal_api_key {
            Some(key) => Some(
                self.api_key_new(user.id, key, "personal_api_key__").await?,
            ),
            None => None,
        };
        if let Some((record, _)) = &key {
            check_key_grant(caller, record)?;
        }
        self.store
            .user_insert(&user, key.as_ref().map(|(record, _)| record))
            .await?;
        Ok(api::UserCreated {
            user: self.user_view(&user).await?,
            personal_api_key: key.map(|(record, value)| {
                super::api_keys::api_key_view(record, Some(value))
            }),
        })
    }
}
