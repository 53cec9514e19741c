//! Delivering webhooks: an endpoint's queue (its organization's activity
//! log after its cursor) sent one event at a time, in commit order, signed
//! as Standard Webhooks describes, retried on a schedule.
//!
//! ## At least once, never invented
//! The events are the activity log's entries, written in their change's
//! transaction, so an event exists exactly when its change committed. An
//! endpoint's cursor moves past an event only in the transaction that
//! records its delivery (or its giving up), after the attempt: a process
//! killed in between sends the event again, with the same `webhook-id`.
//!
//! ## One sender per endpoint
//! A worker claims an endpoint (a lease, written in a transaction that
//! reads the endpoint as its engine serializes it: `FOR UPDATE` on
//! PostgreSQL) before sending, and records the outcome only while it still
//! holds it. Replicas share the work without sending one attempt twice,
//! and an endpoint whose worker died is taken over when its lease ends.
//!
//! ## Safe by default
//! The requests themselves are `webhook_sender`'s: no redirects, bounded
//! times, a response read to its first KiB, and the address checked after
//! resolution at every attempt, so a name that moves to a private address
//! is refused then.
//!
//! ## The outcome of an attempt
//! - 2xx: delivered; the cursor moves on.
//! - 410: the endpoint is gone: disabled (an activity entry says so).
//! - 429 (honouring `Retry-After`), 5xx, 3xx (redirects are not
//!   followed), a timeout, a connection error, a refused address: tried
//!   again after the schedule's next wait; when the schedule runs out the
//!   event is given up on (`failed`) and the queue goes on.
//! - any other 4xx: the endpoint refused the event: `failed` at once, and
//!   the queue goes on.
//! - An endpoint whose every attempt has failed for the settings'
//!   `disable_after` is disabled (an activity entry says so).

use super::activity::entry_view;
use super::webhook_sender::signature;
use super::webhook_sender::Outcome;
use super::webhook_sender::Turn;
use super::webhook_sender::Verdict;
use super::webhook_settings::chrono_duration;
use super::webhook_settings::WebhookSettings;
use super::webhooks::delivers;
use super::webhooks::event_type;
use super::webhooks::DELIVERIES_KEPT;
use super::App;
use crate::error::Error;
use crate::store::activity::Actor;
use crate::store::records::ActivityRecord;
use crate::store::records::DeliveryLease;
use crate::store::records::DeliveryStatus;
use crate::store::records::WebhookAttempt;
use crate::store::records::WebhookDeliveryRecord;
use crate::store::records::WebhookRecord;
use crate::store::StoreError;
use chrono::DateTime;
use chrono::Utc;
use rand::Rng;
use std::collections::HashSet;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering;
use std::time::Duration;
use std::time::Instant;
use uuid::Uuid;

/// The most attempts a delivery record keeps (its latest).
const ATTEMPTS_KEPT: usize = 16;
/// The most events one turn of an endpoint sends before it lets others
/// go first.
const EVENTS_PER_TURN: usize = 100;
/// The most log entries read to count an endpoint's backlog.
pub const BACKLOG_COUNTED_MAX: usize = 1000;
/// The most log entries read to find an endpoint's next event.
const HEAD_READ_MAX: usize = 10_000;
/// What the activity log names the delivery worker.
const CLIENT: &str = "orgbase webhook delivery";

/// Why a worker's write about an endpoint was not made.
enum NotNow {
    /// Disabled, held by another worker, or not due.
    NotDue,
    /// The endpoint's lease or queue changed since the attempt (another
    /// worker took it over, or a replay moved the queue back).
    Moved,
}

/// `delay` with up to a fifth more or less, at random.
fn jittered(delay: Duration) -> Duration {
    let fifth = delay.as_secs_f64() / 5.0;
    let offset = rand::thread_rng().gen_range(-fifth..=fifth);
    Duration::from_secs_f64((delay.as_secs_f64() + offset).max(0.0))
}

impl App {
    pub fn webhook_settings(&self) -> &WebhookSettings {
        &self.webhooks
    }

    fn webhook_worker(&self) -> Actor {
        self.system(CLIENT)
    }

    /// The keys of every enabled endpoint, each with whether it has work
    /// due now (a retry asked for, or an event after its cursor and its
    /// next attempt's time come) and is held by no worker (`busy`: those
    /// this process is sending to already, whose logs are not read).
    pub async fn webhooks_enabled(
        &self,
        busy: &HashSet<Uuid>,
    ) -> Result<Vec<([Uuid; 2], bool)>, Error> {
        const BATCH: usize = 500;
        let now = self.now();
        let mut enabled = Vec::new();
        let mut after: Option<Vec<Uuid>> = None;
        loop {
            let batch = (self.store)
                .scan_kind::<WebhookRecord>(after.as_deref(), BATCH)
                .await?;
            let short = batch.len() < BATCH;
            for webhook in &batch {
                if !webhook.enabled {
                    continue;
                }
                // Claiming is a write: an endpoint is claimed only when
                // something waits for it (one read of its log's head).
                let state = &webhook.delivery;
                let mut due =
                    !busy.contains(&webhook.id) && due(webhook, now, None);
                if due && state.resends.is_empty() {
                    let organization = webhook.organization_id;
                    let news = (self.store)
                        .activity_scan(
                            organization,
                            state.cursor,
                            false,
                            &|_| true,
                            1,
                            1,
                        )
                        .await?;
                    due = !news.entries.is_empty();
                }
                enabled.push((webhook.key_of(), due));
            }
            match batch.last() {
                Some(last) if !short => after = Some(last.key_of().to_vec()),
                _ => return Ok(enabled),
            }
        }
    }

    /// One turn of the endpoint at `key` for the worker `holder`: claims
    /// it, sends its waiting retries and then its queue in order, each
    /// outcome recorded, until the queue is empty, an attempt fails, or
    /// [`EVENTS_PER_TURN`] were sent.
    pub async fn webhook_turn(
        &self,
        holder: Uuid,
        key: [Uuid; 2],
    ) -> Result<Turn, Error> {
        let mut turn = Turn::default();
        for sent in 0..EVENTS_PER_TURN {
            let Some(webhook) = self.webhook_claim(holder, key).await? else {
                return Ok(turn);
            };
            if let Some(event_id) = webhook.delivery.resends.first().copied() {
                let entry = (self.store)
                    .fetch::<ActivityRecord>(&[key[0], event_id])
                    .await?;
                let outcome = self
                    .webhook_resend(holder, &webhook, event_id, entry)
                    .await?;
                turn.outcomes.extend(outcome);
                continue;
            }
            // The queue's head, and (once a turn) how much waits behind it.
            let counted = AtomicUsize::new(0);
            let matches = |entry: &ActivityRecord| {
                delivers(&webhook.event_types, entry)
                    && counted.fetch_add(1, Ordering::Relaxed) == 0
            };
            let (want, read) = match sent {
                0 => (usize::MAX, BACKLOG_COUNTED_MAX),
                _ => (1, HEAD_READ_MAX),
            };
            let scan = (self.store)
                .activity_scan(
                    key[0],
                    webhook.delivery.cursor,
                    false,
                    &matches,
                    want,
                    read,
                )
                .await?;
            let Some(head) = scan.entries.into_iter().next() else {
                // Nothing for the endpoint: the cursor moves past what was
                // read, and the endpoint is let go.
                let cursor = webhook.delivery.cursor;
                let last_read = scan.last_read;
                self.webhook_record(
                    holder,
                    key,
                    cursor,
                    None,
                    move |webhook, _| {
                        webhook.delivery.cursor = last_read;
                    },
                )
                .await?;
                turn.backlog = None;
                return Ok(turn);
            };
            if sent == 0 {
                turn.backlog = Some((counted.into_inner(), head.created_at));
            }
            let (attempt, verdict) = self.webhook_send(&webhook, &head).await;
            let outcome = self
                .webhook_settle_scheduled(
                    holder, &webhook, &head, attempt, verdict,
                )
                .await?;
            turn.outcomes.extend(outcome);
            if outcome != Some(Outcome::Delivered) {
                return Ok(turn);
            }
        }
        Ok(turn)
    }

    /// Claims the endpoint for `holder` if it is enabled, due and held by
    /// no other worker; the endpoint as claimed.
    async fn webhook_claim(
        &self,
        holder: Uuid,
        key: [Uuid; 2],
    ) -> Result<Option<WebhookRecord>, Error> {
        let now = self.now();
        let until = now + chrono_duration(self.webhooks.lease);
        let claimed = (self.store)
            .update_under::<WebhookRecord, NotNow>(
                &self.webhook_worker(),
                &key,
                None,
                move |webhook| {
                    if !webhook.enabled || !due(webhook, now, Some(holder)) {
                        return Err(NotNow::NotDue);
                    }
                    webhook.delivery.lease =
                        Some(DeliveryLease { holder, until });
                    Ok(())
                },
            )
            .await;
        match claimed {
            Ok(Ok(webhook)) => Ok(Some(webhook)),
            Ok(Err(_)) | Err(StoreError::NotFound) => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Writes a worker's outcome for the endpoint at `key` if `holder`
    /// still holds it and its queue is still at `cursor`: `change` changes
    /// the endpoint and the event's delivery record (of `event`, if any);
    /// the lease is let go. The endpoint as written, or None when it moved
    /// meanwhile.
    async fn webhook_record(
        &self,
        holder: Uuid,
        key: [Uuid; 2],
        cursor: Option<Uuid>,
        event: Option<&ActivityRecord>,
        change: impl Fn(&mut WebhookRecord, &mut WebhookDeliveryRecord)
            + Send
            + Sync
            + 'static,
    ) -> Result<Option<WebhookRecord>, Error> {
        let now = self.now();
        let event_id = event.map(|entry| entry.id);
        let event_type = event.map(event_type).unwrap_or_default();
        let settled = (self.store)
            .webhook_settle(
                &self.webhook_worker(),
                &key,
                event_id,
                DELIVERIES_KEPT,
                move |webhook, delivery| {
                    let state = &webhook.delivery;
                    let held = state.lease.as_ref().map(|lease| lease.holder);
                    if held != Some(holder) || state.cursor != cursor {
                        return Err(NotNow::Moved);
                    }
                    webhook.delivery.lease = None;
                    let mut record = delivery.take().unwrap_or_else(|| {
                        WebhookDeliveryRecord {
                            organization_id: key[0],
                            webhook_id: key[1],
                            event_id: event_id.unwrap_or_default(),
                            event_type: event_type.clone(),
                            status: DeliveryStatus::Pending,
                            attempts: Vec::new(),
                            created_at: now,
                            updated_at: now,
                        }
                    });
                    change(webhook, &mut record);
                    let excess =
                        record.attempts.len().saturating_sub(ATTEMPTS_KEPT);
                    record.attempts.drain(..excess);
                    record.updated_at = now;
                    *delivery = event_id.map(|_| record);
                    Ok(())
                },
            )
            .await;
        match settled {
            Ok(Ok(written)) => Ok(Some(written)),
            Ok(Err(_)) | Err(StoreError::NotFound) => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Records a scheduled attempt at the queue's head and moves the queue
    /// as its verdict says.
    async fn webhook_settle_scheduled(
        &self,
        holder: Uuid,
        webhook: &WebhookRecord,
        head: &ActivityRecord,
        attempt: WebhookAttempt,
        verdict: Verdict,
    ) -> Result<Option<Outcome>, Error> {
        let now = self.now();
        let settings = self.webhooks.clone();
        let event_id = head.id;
        let written = self
            .webhook_record(
                holder,
                webhook.key_of(),
                webhook.delivery.cursor,
                Some(head),
                move |webhook, delivery| {
                    delivery.attempts.push(attempt.clone());
                    let state = &mut webhook.delivery;
                    if state.head != Some(event_id) {
                        state.head = Some(event_id);
                        state.attempts = 0;
                    }
                    state.attempts += 1;
                    let given_up = match verdict {
                        Verdict::Delivered => {
                            delivery.status = DeliveryStatus::Succeeded;
                            state.failing_since = None;
                            true
                        }
                        Verdict::Gone | Verdict::Refused => true,
                        Verdict::Retry(asked) => {
                            let made = state.attempts as usize;
                            match settings.schedule.get(made - 1) {
                                Some(wait) => {
                                    let longest =
                                        settings.schedule.iter().max();
                                    let wait = match asked {
                                        Some(asked) => {
                                            asked.min(*longest.unwrap_or(wait))
                                        }
                                        None => jittered(*wait),
                                    };
                                    state.next_attempt_at =
                                        Some(now + chrono_duration(wait));
                                    false
                                }
                                None => true,
                            }
                        }
                    };
                    if verdict != Verdict::Delivered {
                        state.failing_since.get_or_insert(now);
                    }
                    if given_up {
                        state.cursor = Some(event_id);
                        state.head = None;
                        state.attempts = 0;
                        state.next_attempt_at = None;
                        if verdict != Verdict::Delivered {
                            delivery.status = DeliveryStatus::Failed;
                        }
                    }
                    let failing_too_long =
                        state.failing_since.is_some_and(|since| {
                            now - since
                                >= chrono_duration(settings.disable_after)
                        });
                    if verdict == Verdict::Gone {
                        webhook.enabled = false;
                        webhook.disabled_reason = Some("gone".to_string());
                    } else if failing_too_long {
                        webhook.enabled = false;
                        webhook.disabled_reason = Some("failing".to_string());
                    }
                },
            )
            .await?;
        // The queue moved past the event unless it waits to be tried
        // again.
        Ok(written.map(|written| match verdict {
            Verdict::Delivered => Outcome::Delivered,
            _ if written.delivery.cursor == Some(event_id) => Outcome::Failed,
            _ => Outcome::Retrying,
        }))
    }

    /// Sends an event asked to be sent again (its entry, if the log still
    /// holds it) and records the attempt; the queue stays where it is.
    async fn webhook_resend(
        &self,
        holder: Uuid,
        webhook: &WebhookRecord,
        event_id: Uuid,
        entry: Option<ActivityRecord>,
    ) -> Result<Option<Outcome>, Error> {
        let Some(entry) = entry else {
            // Pruned from the log since: nothing to send.
            self.webhook_record(
                holder,
                webhook.key_of(),
                webhook.delivery.cursor,
                None,
                move |webhook, _| {
                    webhook.delivery.resends.retain(|id| *id != event_id);
                },
            )
            .await?;
            return Ok(None);
        };
        let (mut attempt, verdict) = self.webhook_send(webhook, &entry).await;
        attempt.trigger = "manual".to_string();
        let delivered = verdict == Verdict::Delivered;
        let recorded = self
            .webhook_record(
                holder,
                webhook.key_of(),
                webhook.delivery.cursor,
                Some(&entry),
                move |webhook, delivery| {
                    webhook.delivery.resends.retain(|id| *id != event_id);
                    delivery.attempts.push(attempt.clone());
                    if delivered {
                        delivery.status = DeliveryStatus::Succeeded;
                    } else if delivery.status != DeliveryStatus::Succeeded {
                        delivery.status = DeliveryStatus::Failed;
                    }
                },
            )
            .await?;
        let outcome = match delivered {
            true => Outcome::Delivered,
            false => Outcome::Failed,
        };
        Ok(recorded.map(|_| outcome))
    }

    /// One attempt to deliver `entry` to `webhook`: the request, signed,
    /// and what came of it.
    async fn webhook_send(
        &self,
        webhook: &WebhookRecord,
        entry: &ActivityRecord,
    ) -> (WebhookAttempt, Verdict) {
        let at = self.now();
        let started = Instant::now();
        let body = serde_json::to_vec(&serde_json::json!({
            "type": event_type(entry),
            "timestamp": entry.created_at,
            "organization_id": entry.organization_id,
            "data": entry_view(entry.clone()),
        }))
        .expect("an entry serializes");
        // Receivers compare the timestamp with their own clock.
        let timestamp = Utc::now().timestamp();
        let secrets: Vec<&str> = (webhook.secrets.iter())
            .filter(|secret| secret.expires_at.is_none_or(|until| until > at))
            .map(|secret| secret.secret.as_str())
            .collect();
        let id = entry.id.to_string();
        let signature = signature(&secrets, &id, timestamp, &body);
        let mut attempt = WebhookAttempt {
            at,
            trigger: "scheduled".to_string(),
            succeeded: false,
            response_status: None,
            response_body: None,
            error: None,
            duration_ms: 0,
        };
        let posted = (self.webhook_sender)
            .post(&webhook.url, &id, timestamp, &signature, body)
            .await;
        let verdict = match posted {
            Ok((status, retry_after, body)) => {
                attempt.response_status = Some(status);
                attempt.response_body = Some(body);
                Verdict::of_status(status, retry_after)
            }
            Err(error) => {
                attempt.error = Some(error);
                Verdict::Retry(None)
            }
        };
        attempt.succeeded = verdict == Verdict::Delivered;
        attempt.duration_ms =
            u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        (attempt, verdict)
    }
}

/// Whether `webhook` has work due at `now` for a worker (`holder`, if
/// one asks): a retry asked for, or its next attempt's time come, and no
/// other worker's lease running.
fn due(
    webhook: &WebhookRecord,
    now: DateTime<Utc>,
    holder: Option<Uuid>,
) -> bool {
    let state = &webhook.delivery;
    let held_by_another = state
        .lease
        .as_ref()
        .is_some_and(|lease| lease.until > now && Some(lease.holder) != holder);
    let time_come = state.next_attempt_at.is_none_or(|at| at <= now);
    !held_by_another && (time_come || !state.resends.is_empty())
}
