//! Users and their email index.

use super::layout::key;
use super::layout::uuid_from;
use super::layout::USER;
use super::layout::USER_EMAIL;

use super::layout::USER_NUMERIC;
use super::records::UserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use crate::store::types::UserFilter;
use uuid::Uuid;

/// The email index entry of an address: emails compare case-insensitively.
pub(super) fn email_key(email: &str) -> Vec<u8> {
    key(USER_EMAIL, &[email.to_lowercase().as_bytes()])
}

impl SledStore {
    /// Whether any user exists (an empty store gets the bootstrap user).
    pub fn user_any(&self) -> Result<bool, StoreError> {
        Ok(self.db.scan_prefix(USER).next().transpose()?.is_some())
    }

    /// Inserts a user, and optionally a first API key of theirs, checking
    /// that the email (lowercased) is free.
    pub fn user_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<UserRecord>, StoreError> {
        self.fetch(&key(USER, &[id.as_bytes()]))
    }
    /// A page of the users, by numeric id, through the `user_numeric/`
    /// index: unfiltered, only the page's records are read.
    pub fn user_list_page(
        &self,
        filter: Option<UserFilter<'_>>,
        offset: u64,
        limit: u64,
    ) -> Result<Page<UserRecord>, StoreError> {
        let user_at = |at: &[u8]| Ok(key(USER, &[&at[at.len() - 16..]]));
        let Some(filter) = filter else {
            return self.page_of_records(
                USER_NUMERIC,
                false,
                offset,
                limit,
                |at, _| user_at(at),
            );
        };
        let users =
            self.db.scan_prefix(USER_NUMERIC).filter_map(|entry| match entry {
                Ok((at, _)) => user_at(&at)
                    .and_then(|at| self.fetch::<UserRecord>(&at))
                    .transpose(),
                Err(error) => Some(Err(StoreError::from(error))),
            });
        Page::filtered(users, |user| filter(user), offset, limit)
    }

    pub fn user_fetch_many(
        &self,
        ids: &[Uuid],
    ) -> Result<Vec<UserRecord>, StoreError> {
        let mut users = Vec::with_capacity(ids.len());
        for id in ids {
            users.extend(self.user_fetch(*id)?);
        }
        Ok(users)
    }

    /// The user with this email address (case-insensitively).
    pub fn user_fetch_by_email(
        &self,
        email: &str,
    ) -> Result<Option<UserRecord>, StoreError> {
        match self.db.get(email_key(email))? {
            Some(id) => self.user_fetch(uuid_from(&id)?),
            None => Ok(None),
        }
    }
}
