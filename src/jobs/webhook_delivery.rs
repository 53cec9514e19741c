//! Webhook delivery: every poll, the enabled endpoints are read, and each
//! one with work due gets a turn of its own task (`App::webhook_turn`:
//! claim, send in commit order, record), at most one task per endpoint
//! and at most `endpoints_at_once` tasks at a time in this process. A slow
//! or dead endpoint holds its own task only, for at most the attempt's
//! timeout, then waits out its schedule: it never delays another
//! endpoint's deliveries, nor the API.
//!
//! Each turn's outcomes are counted in the metrics, and what waits (each
//! endpoint's backlog as its last turn saw it) is summed into the queue
//! gauges at every poll.

use crate::app::App;
use crate::app::WebhookTurn;
use crate::metrics::WebhookMetrics;
use chrono::DateTime;
use chrono::Utc;
use std::collections::HashMap;
use std::collections::HashSet;
use tokio::task::JoinSet;
use uuid::Uuid;

/// The job's loop; it never returns. Aborting it aborts the turns it
/// started (they live in its `JoinSet`), so nothing outlives the server.
pub(super) async fn run(app: App, metrics: WebhookMetrics, log: slog::Logger) {
    let settings = app.webhook_settings().clone();
    // This process's name in the endpoints' leases.
    let holder = Uuid::new_v4();
    let mut turns = JoinSet::new();
    // The endpoint of each running turn.
    let mut running: HashMap<tokio::task::Id, Uuid> = HashMap::new();
    // Each endpoint's undelivered events and the oldest's commit time, as
    // its last turn saw them.
    let mut backlogs: HashMap<Uuid, (usize, DateTime<Utc>)> = HashMap::new();
    let mut ticks = tokio::time::interval(settings.poll);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            Some(done) = turns.join_next_with_id(), if !turns.is_empty() => {
                let (id, turn) = match done {
                    Ok((id, turn)) => (id, turn),
                    Err(error) => {
                        slog::error!(log, "a webhook delivery turn panicked";
                            "error" => %error);
                        running.remove(&error.id());
                        continue;
                    }
                };
                let Some(webhook) = running.remove(&id) else { continue };
                match turn {
                    Ok(WebhookTurn { outcomes, backlog }) => {
                        for outcome in outcomes {
                            metrics.attempted(outcome.as_str());
                        }
                        match backlog {
                            Some(backlog) => backlogs.insert(webhook, backlog),
                            None => backlogs.remove(&webhook),
                        };
                    }
                    Err(error) => {
                        slog::warn!(log, "a webhook delivery turn failed";
                            "webhook" => %webhook, "error" => error);
                    }
                }
                continue;
            }
        }
        let busy: HashSet<Uuid> = running.values().copied().collect();
        let enabled = match app.webhooks_enabled(&busy).await {
            Ok(enabled) => enabled,
            Err(error) => {
                slog::warn!(log, "listing webhook endpoints failed";
                    "error" => %error);
                continue;
            }
        };
        let ids: HashSet<Uuid> =
            enabled.iter().map(|(key, _)| key[1]).collect();
        backlogs.retain(|id, _| ids.contains(id));
        let now = app.now();
        let waiting = backlogs.values().map(|(depth, _)| depth).sum();
        let oldest = (backlogs.values())
            .map(|(_, at)| *at)
            .min()
            .and_then(|at| (now - at).to_std().ok());
        metrics.waiting(waiting, oldest);
        let due = enabled
            .into_iter()
            .filter(|(_, due)| *due)
            .take(settings.endpoints_at_once.saturating_sub(turns.len()));
        for (key, _) in due {
            let app = app.clone();
            let turn = turns.spawn(async move {
                app.webhook_turn(holder, key).await.map_err(|e| e.to_string())
            });
            running.insert(turn.id(), key[1]);
        }
    }
}
