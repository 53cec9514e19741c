//! Background work of the server: each job's loop, its scheduling and its
//! spawning live here; the rules each one applies live in `app`.
//!
//! - `proxy_provisioning`: checks proxy records' CNAMEs and removes the
//!   records being deleted (rules in `app::proxy_records`).
//! - `activity_retention`: removes what the activity log's retention no
//!   longer keeps (rules in `app::activity`).
//! - `webhook_delivery`: sends each endpoint's events (rules in
//!   `app::webhook_delivery`).
//! - `idempotency_expiry`: removes idempotency keys past their lifetime
//!   (rules in `app::idempotency`).
//!
//! ## Why the jobs stop with their server
//! A job holds the app, hence the store and a PostgreSQL pool's
//! connections. [`Jobs`] aborts them when it is dropped, with the server
//! that owns it (not only on shutdown), so that nothing outlives it.

mod activity_retention;
mod idempotency_expiry;
mod proxy_provisioning;
mod webhook_delivery;

use crate::app::activity::ActivityLogSettings;
use crate::app::App;
use crate::metrics::WebhookMetrics;
use tokio::task::JoinHandle;

/// The running jobs of one server, stopped when dropped.
pub struct Jobs(Vec<JoinHandle<()>>);

impl Jobs {
    /// Starts every job on the current Tokio runtime.
    pub fn start(
        app: &App,
        activity_log: ActivityLogSettings,
        webhook_metrics: WebhookMetrics,
        log: &slog::Logger,
    ) -> Jobs {
        let log = log.new(slog::o!("component" => "jobs"));
        Jobs(vec![
            tokio::spawn(proxy_provisioning::run(app.clone(), log.clone())),
            tokio::spawn(activity_retention::run(
                app.clone(),
                activity_log,
                log.clone(),
            )),
            tokio::spawn(idempotency_expiry::run(app.clone(), log.clone())),
            tokio::spawn(webhook_delivery::run(
                app.clone(),
                webhook_metrics,
                log,
            )),
        ])
    }

    /// Stops every job, and waits until each has. Work in flight is cut
    /// short: a proxy check's record stays as the store has it, and is
    /// checked again after the next start.
    pub async fn stop(&mut self) {
        for job in &mut self.0 {
            job.abort();
            let _ = job.await;
        }
    }
}

impl Drop for Jobs {
    fn drop(&mut self) {
        for job in &self.0 {
            job.abort();
        }
    }
}
