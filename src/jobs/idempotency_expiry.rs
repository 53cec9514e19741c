//! Idempotency keys' expiry: every hour, the keys older than their
//! lifetime are removed, a batch per transaction, over every user's keys
//! in key order, so that no removal holds a long lock. A failed pass is
//! logged and tried again at the next tick. (A user at the limit of keys
//! also has their own expired ones removed at once: see
//! `app::idempotency`.)

use crate::app::App;

/// How often the keys are swept.
const TICK: std::time::Duration = std::time::Duration::from_secs(3600);

/// How many keys one transaction looks at.
const BATCH: usize = 500;

/// The job's loop; it never returns.
pub(super) async fn run(app: App, log: slog::Logger) {
    let mut ticks = tokio::time::interval(TICK);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let mut after: Option<Vec<uuid::Uuid>> = None;
        let mut removed = 0;
        loop {
            match app.idempotency_prune_batch(after.as_deref(), BATCH).await {
                Ok((count, next)) => {
                    removed += count;
                    match next {
                        Some(next) => after = Some(next),
                        None => break,
                    }
                }
                Err(error) => {
                    slog::warn!(log, "removing expired idempotency keys failed";
                        "error" => %error);
                    break;
                }
            }
        }
        if removed > 0 {
            slog::info!(log, "expired idempotency keys removed";
                "keys" => removed);
        }
    }
}
