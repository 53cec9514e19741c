//! Webhook endpoints: an organization's changes pushed to URLs of its
//! own, signed as Standard Webhooks describes (orgbase's own: PostHog has
//! no webhooks for its organization surface).
//!
//! ## Rules
//! - Admins and owners only, reads included (the deliveries show what
//!   changed), with scopes of their own (`webhook:read`, `webhook:write`).
//! - At most [`WEBHOOKS_MAX`] endpoints per organization, counted in the
//!   write's transaction.
//! - A URL is `https`, and its host resolves to public addresses only:
//!   loopback, private, link-local and other special-purpose addresses
//!   (and `localhost`) are refused at creation and again at every delivery
//!   (after resolution: no DNS rebinding), unless the server allows them
//!   (`--webhook-allow-private-addresses`, which also allows `http`).
//! - The signing secret is shown once (creation, rotation). A rotated-out
//!   secret keeps signing for the settings' `secret_overlap`.
//! - The queue of an endpoint is its organization's activity log after a
//!   cursor: created at the log's newest entry, so the endpoint receives
//!   every change from its own creation on. Retrying one event queues it
//!   beside the queue; replaying moves the cursor back.
//!
//! How events are sent (signatures, addresses, the schedule) is
//! `webhook_delivery`'s.

use super::activity::READ_AT_MOST;
use super::organizations::Access;
use super::webhook_sender::is_public;
use super::webhook_sender::PRIVATE_REFUSED;
use super::webhook_settings::chrono_duration;
use super::webhook_settings::WebhookSettings;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::api::EVENT_ACTIVITIES;
use crate::api::EVENT_SCOPES;
use crate::dns::Answer;
use crate::dns::Resolver;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::page::Start;
use crate::secrets;
use crate::store::records::ActivityRecord;
use crate::store::records::DeliveryState;
use crate::store::records::DeliveryStatus;
use crate::store::records::WebhookDeliveryRecord;
use crate::store::records::WebhookRecord;
use crate::store::records::WebhookSecret;
use crate::store::StoreError;
use chrono::DateTime;
use chrono::Utc;
use uuid::Uuid;

/// The most endpoints an organization has.
pub const WEBHOOKS_MAX: u64 = 20;
/// The most delivery records an endpoint keeps (its latest).
pub const DELIVERIES_KEPT: u64 = 1000;
/// The most manual retries waiting per endpoint.
const RESENDS_MAX: usize = 100;
const URL_MAX: usize = 2048;
const DESCRIPTION_MAX: usize = 400;
const EVENT_TYPES_MAX: usize = 50;
const EVENT_TYPE_MAX: usize = 100;
/// The most secrets an endpoint holds: the current one and those rotated
/// out whose overlap has not ended.
const SECRETS_MAX: usize = 3;

fn url_refused(detail: impl Into<String>) -> Error {
    Error::invalid("url", Code::Invalid, detail)
}

/// An endpoint's URL as given, checked: absolute, `https` (or `http` where
/// private addresses are allowed), without user info, and, unless private
/// addresses are allowed, naming a host that is not `localhost` and
/// resolves to public addresses only (a name that does not resolve now is
/// accepted: it is checked again at each delivery).
async fn check_url(
    text: &str,
    max: usize,
    settings: &WebhookSettings,
    dns: &Resolver,
) -> Result<String, Error> {
    let text = super::clean_text("url", text, max, false)?;
    let url = url::Url::parse(&text)
        .map_err(|_| url_refused("Enter a valid URL."))?;
    let allowed_schemes: &[&str] = match settings.allow_private_addresses {
        true => &["https", "http"],
        false => &["https"],
    };
    if !allowed_schemes.contains(&url.scheme()) {
        return Err(url_refused(format!(
            "The URL must use {}.",
            allowed_schemes.join(" or ")
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(url_refused("The URL may not hold a user or password."));
    }
    if settings.allow_private_addresses {
        return Ok(text);
    }
    match url.host() {
        None => return Err(url_refused("Enter a valid URL.")),
        Some(url::Host::Ipv4(v4)) if !is_public(v4.into()) => {
            return Err(url_refused(format!("{v4} {PRIVATE_REFUSED}.")));
        }
        Some(url::Host::Ipv6(v6)) if !is_public(v6.into()) => {
            return Err(url_refused(format!("{v6} {PRIVATE_REFUSED}.")));
        }
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            if name == "localhost" || name.ends_with(".localhost") {
                return Err(url_refused(format!("{name} {PRIVATE_REFUSED}.")));
            }
            if let Answer::Records(addresses) = dns.addresses(&name).await {
                if let Some(private) =
                    addresses.into_iter().find(|a| !is_public(*a))
                {
                    return Err(url_refused(format!(
                        "{name} resolves to {private}, which {PRIVATE_REFUSED}."
                    )));
                }
            }
        }
        Some(_) => {}
    }
    Ok(text)
}

/// Whether an endpoint that asks for `event_types` gets `entry`.
pub fn delivers(event_types: &[String], entry: &ActivityRecord) -> bool {
    event_types.is_empty()
        || event_types.iter().any(|wanted| match wanted.split_once('.') {
            Some((scope, activity)) => {
                scope == entry.scope && activity == entry.activity
            }
            None => *wanted == entry.scope,
        })
}

/// The event type of `entry`: `Scope.activity`.
pub fn event_type(entry: &ActivityRecord) -> String {
    format!("{}.{}", entry.scope, entry.activity)
}

fn clean_event_types(event_types: Vec<String>) -> Result<Vec<String>, Error> {
    super::check_list_length(
        "event_types",
        event_types.len(),
        EVENT_TYPES_MAX,
    )?;
    let mut cleaned: Vec<String> = Vec::new();
    for (at, event_type) in event_types.iter().enumerate() {
        let attr = format!("event_types__{at}");
        let event_type =
            super::clean_text(&attr, event_type, EVENT_TYPE_MAX, false)?;
        let (scope, activity) = match event_type.split_once('.') {
            Some((scope, activity)) => (scope, Some(activity)),
            None => (event_type.as_str(), None),
        };
        let known = EVENT_SCOPES.contains(&scope)
            && activity.is_none_or(|a| EVENT_ACTIVITIES.contains(&a));
        if !known {
            return Err(Error::invalid(
                &attr,
                Code::InvalidChoice,
                format!(
                    "\"{event_type}\" is not an event type: a scope ({}), or \
                     a scope and an activity ({}) as `Role.created`.",
                    EVENT_SCOPES.join(", "),
                    EVENT_ACTIVITIES.join(", ")
                ),
            ));
        }
        if !cleaned.contains(&event_type) {
            cleaned.push(event_type);
        }
    }
    Ok(cleaned)
}

fn webhook_view(
    webhook: WebhookRecord,
    secret: Option<String>,
    now: DateTime<Utc>,
) -> api::Webhook {
    let previous_secret_expires_at = (webhook.secrets.iter())
        .filter_map(|secret| secret.expires_at)
        .filter(|expires_at| *expires_at > now)
        .max();
    let state = webhook.delivery;
    api::Webhook {
        id: webhook.id,
        url: webhook.url,
        description: webhook.description,
        event_types: webhook.event_types,
        enabled: webhook.enabled,
        disabled_reason: webhook.disabled_reason,
        secret,
        previous_secret_expires_at,
        failing_since: state.failing_since,
        next_attempt_at: state.next_attempt_at.filter(|_| state.attempts > 0),
        created_at: webhook.created_at,
        updated_at: webhook.updated_at,
    }
}

fn delivery_view(delivery: WebhookDeliveryRecord) -> api::WebhookDelivery {
    api::WebhookDelivery {
        event_id: delivery.event_id,
        event_type: delivery.event_type,
        status: match delivery.status {
            DeliveryStatus::Pending => api::WebhookDeliveryStatus::Pending,
            DeliveryStatus::Succeeded => api::WebhookDeliveryStatus::Succeeded,
            DeliveryStatus::Failed => api::WebhookDeliveryStatus::Failed,
        },
        attempts: (delivery.attempts.into_iter())
            .map(|attempt| api::WebhookAttempt {
                at: attempt.at,
                trigger: attempt.trigger,
                succeeded: attempt.succeeded,
                response_status: attempt.response_status,
                response_body: attempt.response_body,
                error: attempt.error,
                duration_ms: attempt.duration_ms,
            })
            .collect(),
        created_at: delivery.created_at,
        updated_at: delivery.updated_at,
    }
}

/// `secrets` with a new current secret, the previous one signing until
/// `overlap_until`, and those whose overlap ended dropped.
fn rotated(
    secrets: &[WebhookSecret],
    secret: String,
    now: DateTime<Utc>,
    overlap_until: DateTime<Utc>,
) -> Vec<WebhookSecret> {
    let new = WebhookSecret { secret, created_at: now, expires_at: None };
    let previous = secrets.iter().cloned().map(|mut previous| {
        previous.expires_at.get_or_insert(overlap_until);
        previous
    });
    std::iter::once(new)
        .chain(previous.filter(|secret| secret.expires_at > Some(now)))
        .take(SECRETS_MAX)
        .collect()
}

impl App {
    /// The caller's access to `organization`'s webhooks: admins and owners.
    async fn webhook_access(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
    ) -> Result<Access, Error> {
        self.organization_access(caller, organization, Level::Admin).await
    }

    /// The caller's access, and the endpoint the path names.
    async fn webhook_fetch(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
    ) -> Result<(Access, WebhookRecord), Error> {
        self.record_access(
            caller,
            organization,
            webhook_id,
            Level::Admin,
            |organization, id| async move {
                self.store.fetch::<WebhookRecord>(&[organization, id]).await
            },
        )
        .await
    }

    pub async fn webhook_list(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        page: PageRequest,
    ) -> Result<Page<api::Webhook>, Error> {
        let Access { organization, .. } =
            self.webhook_access(caller, organization).await?;
        let now = self.now();
        Ok((self.store)
            .list_under::<WebhookRecord>(
                &[organization.id],
                false,
                Start::Offset(page.offset),
                page.limit,
            )
            .await?
            .map(|webhook| webhook_view(webhook, None, now)))
    }

    pub async fn webhook_create(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        params: api::WebhookCreate,
    ) -> Result<api::Webhook, Error> {
        let Access { organization, guard, .. } =
            self.webhook_access(caller, organization).await?;
        let url =
            check_url(&params.url, URL_MAX, &self.webhooks, &self.dns).await?;
        let description = super::clean_text(
            "description",
            params.description.as_deref().unwrap_or(""),
            DESCRIPTION_MAX,
            true,
        )?;
        let event_types =
            clean_event_types(params.event_types.unwrap_or_default())?;
        // The queue starts at the log's newest entry: the endpoint gets
        // every change from its own creation on.
        let newest = (self.store)
            .activity_scan(organization.id, None, true, &|_| true, 1, 1)
            .await?;
        let now = self.now();
        let secret = secrets::generate_webhook_secret();
        let webhook = WebhookRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            url,
            description,
            event_types,
            enabled: params.enabled.unwrap_or(true),
            disabled_reason: None,
            secrets: vec![WebhookSecret {
                secret: secret.clone(),
                created_at: now,
                expires_at: None,
            }],
            created_by: caller.user.id,
            created_at: now,
            updated_at: now,
            delivery: DeliveryState {
                cursor: newest.entries.first().map(|entry| entry.id),
                ..DeliveryState::default()
            },
        };
        self.store
            .insert_limited(
                &self.actor(caller, Some(organization.id)),
                &webhook,
                &guard,
                WEBHOOKS_MAX,
            )
            .await
            .map_err(|error| match error {
                StoreError::LimitReached { max } => Error::Invalid {
                    code: Code::Invalid,
                    detail: format!(
                        "Maximum of {max} webhook endpoints per organization."
                    ),
                    attr: None,
                },
                error => error.into(),
            })?;
        Ok(webhook_view(webhook, Some(secret), now))
    }

    pub async fn webhook_view(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
    ) -> Result<api::Webhook, Error> {
        let (_, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        Ok(webhook_view(webhook, None, self.now()))
    }

    pub async fn webhook_patch(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
        params: api::WebhookPatch,
    ) -> Result<api::Webhook, Error> {
        let (Access { organization, guard, .. }, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        let url = match &params.url {
            Some(url) => {
                Some(check_url(url, URL_MAX, &self.webhooks, &self.dns).await?)
            }
            None => None,
        };
        let description = (params.description.as_deref())
            .map(|text| {
                super::clean_text("description", text, DESCRIPTION_MAX, true)
            })
            .transpose()?;
        let event_types =
            params.event_types.map(clean_event_types).transpose()?;
        let enabled = params.enabled;
        let now = self.now();
        let updated = (self.store)
            .update_under::<WebhookRecord, Error>(
                &self.actor(caller, Some(organization.id)),
                &webhook.key_of(),
                Some(&guard),
                move |webhook| {
                    if let Some(url) = &url {
                        webhook.url = url.clone();
                    }
                    if let Some(description) = &description {
                        webhook.description = description.clone();
                    }
                    if let Some(event_types) = &event_types {
                        webhook.event_types = event_types.clone();
                    }
                    if let Some(enabled) = enabled {
                        if enabled && !webhook.enabled {
                            // Resumed where it stopped, failures forgotten.
                            webhook.disabled_reason = None;
                            let state = &mut webhook.delivery;
                            state.failing_since = None;
                            state.attempts = 0;
                            state.next_attempt_at = None;
                        }
                        webhook.enabled = enabled;
                    }
                    webhook.updated_at = now;
                    Ok(())
                },
            )
            .await??;
        Ok(webhook_view(updated, None, now))
    }

    pub async fn webhook_delete(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { organization, guard, .. }, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        (self.store)
            .webhook_remove(
                &self.actor(caller, Some(organization.id)),
                &webhook.key_of(),
                &guard,
            )
            .await?;
        Ok(())
    }

    pub async fn webhook_rotate_secret(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
    ) -> Result<api::Webhook, Error> {
        let (Access { organization, guard, .. }, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        let secret = secrets::generate_webhook_secret();
        let now = self.now();
        let overlap_until = now + chrono_duration(self.webhooks.secret_overlap);
        let new = secret.clone();
        let updated = (self.store)
            .update_under::<WebhookRecord, Error>(
                &self.actor(caller, Some(organization.id)),
                &webhook.key_of(),
                Some(&guard),
                move |webhook| {
                    webhook.secrets = rotated(
                        &webhook.secrets,
                        new.clone(),
                        now,
                        overlap_until,
                    );
                    webhook.updated_at = now;
                    Ok(())
                },
            )
            .await??;
        Ok(webhook_view(updated, Some(secret), now))
    }

    pub async fn webhook_delivery_list(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
        page: PageRequest,
    ) -> Result<Page<api::WebhookDelivery>, Error> {
        let (_, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        Ok((self.store)
            .list_under::<WebhookDeliveryRecord>(
                &webhook.key_of(),
                true,
                Start::Offset(page.offset),
                page.limit,
            )
            .await?
            .map(delivery_view))
    }

    pub async fn webhook_delivery_retry(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
        event_id: RecordId,
    ) -> Result<api::WebhookQueued, Error> {
        let (Access { organization, guard, .. }, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        let event_id = event_id.uuid().ok_or_else(Error::object_not_found)?;
        (self.store)
            .fetch::<ActivityRecord>(&[organization.id, event_id])
            .await?
            .ok_or_else(Error::object_not_found)?;
        (self.store)
            .update_under::<WebhookRecord, Error>(
                &self.actor(caller, Some(organization.id)),
                &webhook.key_of(),
                Some(&guard),
                move |webhook| {
                    let resends = &mut webhook.delivery.resends;
                    if resends.contains(&event_id) {
                        return Ok(());
                    }
                    if resends.len() >= RESENDS_MAX {
                        return Err(Error::Invalid {
                            code: Code::Invalid,
                            detail: format!(
                                "This endpoint already has {RESENDS_MAX} \
                                 retries waiting."
                            ),
                            attr: None,
                        });
                    }
                    resends.push(event_id);
                    Ok(())
                },
            )
            .await??;
        Ok(api::WebhookQueued { from_event: Some(event_id) })
    }

    pub async fn webhook_replay(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
        params: api::WebhookReplay,
    ) -> Result<api::WebhookQueued, Error> {
        let (Access { organization, guard, .. }, webhook) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        let (cursor, queued) =
            self.replay_start(organization.id, params.since).await?;
        (self.store)
            .update_under::<WebhookRecord, Error>(
                &self.actor(caller, Some(organization.id)),
                &webhook.key_of(),
                Some(&guard),
                move |webhook| {
                    let state = &mut webhook.delivery;
                    // Only ever back: what is queued already stays.
                    state.cursor = state.cursor.min(cursor);
                    state.head = None;
                    state.attempts = 0;
                    state.next_attempt_at = None;
                    Ok(())
                },
            )
            .await??;
        Ok(queued)
    }

    /// What a replay from `since` queues, as the log holds it now (a
    /// replay's lost answer read back).
    pub async fn webhook_replay_queued(
        &self,
        caller: &Caller,
        organization: OrganizationRef,
        webhook_id: RecordId,
        params: api::WebhookReplay,
    ) -> Result<api::WebhookQueued, Error> {
        let (Access { organization, .. }, _) =
            self.webhook_fetch(caller, organization, webhook_id).await?;
        Ok(self.replay_start(organization.id, params.since).await?.1)
    }

    /// Where a replay from `since` puts an endpoint's cursor (after the
    /// newest entry before it), and the first event it queues.
    async fn replay_start(
        &self,
        organization: Uuid,
        since: DateTime<Utc>,
    ) -> Result<(Option<Uuid>, api::WebhookQueued), Error> {
        // Newest first, to the newest entry before `since`: the read is
        // as long as what is replayed.
        let before = (self.store)
            .activity_scan(
                organization,
                None,
                true,
                &|entry| entry.created_at < since,
                1,
                READ_AT_MOST,
            )
            .await?;
        if before.entries.is_empty() && !before.exhausted {
            return Err(Error::invalid(
                "since",
                Code::Invalid,
                format!(
                    "More than {READ_AT_MOST} events were committed since \
                     then: replay from a later time."
                ),
            ));
        }
        let cursor = before.entries.first().map(|entry| entry.id);
        let first = (self.store)
            .activity_scan(organization, cursor, false, &|_| true, 1, 1)
            .await?;
        let from_event = first.entries.first().map(|entry| entry.id);
        Ok((cursor, api::WebhookQueued { from_event }))
    }
}

impl WebhookRecord {
    /// The endpoint's key in the store.
    pub(super) fn key_of(&self) -> [Uuid; 2] {
        [self.organization_id, self.id]
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn test_rotation_keeps_the_previous_secret_for_the_overlap() {
        let at = |hours: i64| {
            DateTime::<Utc>::UNIX_EPOCH + chrono::Duration::hours(hours)
        };
        let first = vec![WebhookSecret {
            secret: "whsec_a".into(),
            created_at: at(0),
            expires_at: None,
        }];
        let second = rotated(&first, "whsec_b".into(), at(1), at(25));
        let names: Vec<&str> =
            second.iter().map(|s| s.secret.as_str()).collect();
        assert_eq!(names, ["whsec_b", "whsec_a"]);
        assert_eq!(second[1].expires_at, Some(at(25)));
        // After the overlap, the rotated-out secret is dropped.
        let third = rotated(&second, "whsec_c".into(), at(30), at(54));
        let names: Vec<&str> =
            third.iter().map(|s| s.secret.as_str()).collect();
        assert_eq!(names, ["whsec_c", "whsec_b"]);
    }

    #[test]
    fn test_event_types_are_scopes_or_scopes_and_activities() {
        let types = clean_event_types(vec![
            "Role".into(),
            " OrganizationMembership.created ".into(),
            "Role".into(),
        ])
        .unwrap();
        assert_eq!(types, ["Role", "OrganizationMembership.created"]);
        for wrong in ["role", "Role.renamed", "Nothing", ""] {
            assert!(clean_event_types(vec![wrong.into()]).is_err(), "{wrong}");
        }
    }
}
