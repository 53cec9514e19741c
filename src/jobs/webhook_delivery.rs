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
use std::sync::Arc;
use std::sync::Mutex;
use uuid::Uuid;

/// What this process knows of its endpoints between polls.
#[derive(Default)]
struct Endpoints {
    /// Those with a turn running now.
    running: HashSet<Uuid>,
    /// Each one's undelivered events and the oldest's commit time, as its
    /// last turn saw them.
    backlogs: HashMap<Uuid, (usize, DateTime<Utc>)>,
}

/// The job's loop; it never returns.
pub(super) async fn run(app: App, metrics: WebhookMetrics, log: slog::Logger) {
    let settings = app.webhook_settings().clone();
    // This process's name in the endpoints' leases.
    let holder = Uuid::new_v4();
    let endpoints = Arc::new(Mutex::new(Endpoints::default()));
    let permits =
        Arc::new(tokio::sync::Semaphore::new(settings.endpoints_at_once));
    let mut ticks = tokio::time::interval(settings.poll);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let enabled = match app.webhooks_enabled().await {
            Ok(enabled) => enabled,
            Err(error) => {
                slog::warn!(log, "listing webhook endpoints failed";
                    "error" => %error);
                continue;
            }
        };
        {
            let mut known = endpoints.lock().expect("not poisoned");
            let ids: HashSet<Uuid> =
                enabled.iter().map(|(key, _)| key[1]).collect();
            known.backlogs.retain(|id, _| ids.contains(id));
            let now = app.now();
            let waiting = known.backlogs.values().map(|(depth, _)| depth).sum();
            let oldest = (known.backlogs.values())
                .map(|(_, at)| *at)
                .min()
                .and_then(|at| (now - at).to_std().ok());
            metrics.waiting(waiting, oldest);
        }
        for (key, due) in enabled {
            if !due {
                continue;
            }
            let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
                break;
            };
            if !endpoints.lock().expect("not poisoned").running.insert(key[1]) {
                continue;
            }
            let (app, metrics, log) =
                (app.clone(), metrics.clone(), log.clone());
            let endpoints = Arc::clone(&endpoints);
            tokio::spawn(async move {
                let turn = app.webhook_turn(holder, key).await;
                let mut known = endpoints.lock().expect("not poisoned");
                known.running.remove(&key[1]);
                match turn {
                    Ok(WebhookTurn { outcomes, backlog }) => {
                        for outcome in outcomes {
                            metrics.attempted(outcome.as_str());
                        }
                        match backlog {
                            Some(backlog) => {
                                known.backlogs.insert(key[1], backlog);
                            }
                            None => {
                                known.backlogs.remove(&key[1]);
                            }
                        }
                    }
                    Err(error) => {
                        slog::warn!(log, "a webhook delivery turn failed";
                            "webhook" => %key[1], "error" => %error);
                    }
                }
                drop(permit);
            });
        }
    }
}
