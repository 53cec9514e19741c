//! Idempotency keys: a write sent with an `Idempotency-Key` header (the
//! header of the IETF draft `draft-ietf-httpapi-idempotency-key-header`,
//! as Stripe uses it) is applied at most once, and the same request sent
//! again with the same key gets the first answer instead of a second
//! write, from any replica, across a restart or a database failover.
//!
//! A key is the caller's (its user's) and names one request: its method,
//! path and body. Before the write runs, the request takes the key in a
//! transaction of its own ([`App::idempotency_begin`]): a key in use by a
//! running request is refused (409), a key used for another request is
//! refused (422), and a key whose write was applied answers from what was
//! kept. Each transaction of the write then checks, in the same commit,
//! that the request still holds the key and marks it applied (the store's
//! `Actor` carries the claim; see `store::activity`), so that whether the
//! write was applied and whether the key says so can never differ: a
//! commit whose answer was lost with its connection (`outcome_unknown`)
//! is found applied, or not, by the request sent again. The answer is
//! kept right after ([`App::idempotency_answered`]). Where it could not
//! be (the connection lost at the commit), the request sent again gets
//! the same status with the resource as it is now, read back from the
//! records the write added (see `http::idempotency`).
//!
//! A request that fails without applying anything lets go of its key, so
//! that sending it again runs it anew. A holder that died before its
//! write was applied loses the key after [`HOLD`]. Keys expire after
//! [`LIFETIME`]; a user holds at most as many as configured (see
//! `idempotency_settings`).

use super::callers::Caller;
use super::App;
use crate::api;
use crate::error::Error;
use crate::error::IdempotencyRefusal;
use crate::store::records::CreatedRecord;
use crate::store::records::IdempotencyRecord;
use crate::store::records::IdempotentAnswer;
use crate::store::IdempotencyClaim;
use sha2::Digest;
use sha2::Sha256;
use uuid::Uuid;

/// How long a key is kept after it was first used: a request sent again
/// later runs anew.
pub const LIFETIME: chrono::Duration = chrono::Duration::hours(24);

/// How long a running request holds its key before a request sent again
/// may take it over, if the first has not applied its write by then (its
/// replica died, or its database went away).
pub const HOLD: chrono::Duration = chrono::Duration::seconds(10);

/// What a request with an idempotency key does.
#[derive(Debug)]
pub enum Begun {
    /// Runs its write, holding the key.
    Run(IdempotencyClaim),
    /// Answers as the first request with the key was answered: its status
    /// and body.
    Answer { status: u16, body: String },
    /// The write was applied but its answer was not kept (lost with its
    /// connection, or a secret's): answers the same status with what the
    /// write created, read back.
    ReadBack(Created),
}

/// What a write created, as its activity log entries name it: what an
/// answer not kept is read back from.
#[derive(Debug)]
pub struct Created(Vec<CreatedRecord>);

impl Created {
    /// The id of what the write created of `scope` (as the activity log
    /// names it: `Role`, `Project`, ...); not found if it created none.
    pub fn id(&self, scope: &str) -> Result<&str, Error> {
        (self.0.iter())
            .find(|created| created.scope == scope)
            .map(|created| created.item_id.as_str())
            .ok_or_else(Error::object_not_found)
    }

    /// The ids of everything of `scope` the write created, in order.
    pub fn ids<'a>(&'a self, scope: &'a str) -> impl Iterator<Item = &'a str> {
        (self.0.iter())
            .filter(move |created| created.scope == scope)
            .map(|created| created.item_id.as_str())
    }
}

impl App {
    /// Takes `key` for `caller`'s request `request` (its method, path and
    /// body, in any one form), or says how to answer it instead.
    pub async fn idempotency_begin(
        &self,
        caller: &Caller,
        key: &str,
        request: &[u8],
    ) -> Result<Begun, Error> {
        let printable = key.bytes().all(|byte| (0x20..0x7f).contains(&byte));
        if key.is_empty()
            || key.len() > api::IDEMPOTENCY_KEY_LENGTH_MAX
            || !printable
        {
            return Err(Error::Idempotency(IdempotencyRefusal::Malformed));
        }
        let user_id = caller.user.id;
        let most = self.idempotency_keys_per_user as u64;
        if self.store.idempotency_key_count(user_id).await? >= most {
            self.store.idempotency_prune_user(user_id, self.now()).await?;
            if self.store.idempotency_key_count(user_id).await? >= most {
                return Err(Error::Invalid {
                    code: crate::error::Code::Invalid,
                    detail: format!(
                        "At most {most} idempotency keys may be in use at \
                         once; each is kept for 24 hours."
                    ),
                    attr: None,
                });
            }
        }
        let now = self.now();
        let fresh = IdempotencyRecord {
            user_id,
            id: key_id(key),
            key: key.to_string(),
            request: hex::encode(Sha256::digest(request)),
            holder: Uuid::new_v4(),
            held_until: now + HOLD,
            applied: false,
            created: Vec::new(),
            answer: None,
            created_at: now,
            expires_at: now + LIFETIME,
        };
        let Some(stored) = self.store.idempotency_take(&fresh).await? else {
            return Ok(Begun::Run(IdempotencyClaim {
                user_id,
                key_id: fresh.id,
                holder: fresh.holder,
            }));
        };
        if stored.request != fresh.request {
            return Err(Error::Idempotency(IdempotencyRefusal::Reused));
        }
        match stored.answer {
            Some(IdempotentAnswer { status, body }) => {
                Ok(Begun::Answer { status, body })
            }
            None if stored.applied => {
                Ok(Begun::ReadBack(Created(stored.created)))
            }
            None => Err(Error::Idempotency(IdempotencyRefusal::InUse)),
        }
    }

    /// Keeps the first answer (its status and body) of the request
    /// holding `claim`.
    pub async fn idempotency_answered(
        &self,
        claim: &IdempotencyClaim,
        status: u16,
        body: String,
    ) -> Result<(), Error> {
        let answer = IdempotentAnswer { status, body };
        Ok(self.store.idempotency_answer(claim, &answer, self.now()).await?)
    }

    /// Lets go of `claim`'s key: its request failed, its write not
    /// applied.
    pub async fn idempotency_failed(
        &self,
        claim: &IdempotencyClaim,
    ) -> Result<(), Error> {
        Ok(self.store.idempotency_release(claim, self.now()).await?)
    }

    /// Removes the keys expired now, a batch after `after` (see
    /// `Store::idempotency_prune_batch`).
    pub async fn idempotency_prune_batch(
        &self,
        after: Option<&[Uuid]>,
        batch: usize,
    ) -> Result<(usize, Option<Vec<Uuid>>), Error> {
        Ok(self.store.idempotency_prune_batch(after, self.now(), batch).await?)
    }
}

/// A key's id: the first 16 bytes of its SHA-256.
fn key_id(key: &str) -> Uuid {
    let digest = Sha256::digest(key.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}
