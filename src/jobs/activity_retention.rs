//! The activity log's retention: every tick, each organization's entries
//! older than the retention are removed, oldest first, a batch per
//! transaction, so that no removal holds a long lock or a large
//! transaction. A failed pass is logged and tried again at the next tick.

use crate::app::activity::ActivityLogSettings;
use crate::app::App;

/// The job's loop; it never returns.
pub(super) async fn run(
    app: App,
    settings: ActivityLogSettings,
    log: slog::Logger,
) {
    let mut ticks = tokio::time::interval(settings.prune_tick);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match app.activity_log_prune(&settings).await {
            Ok(0) => {}
            Ok(removed) => {
                slog::info!(log, "activity log entries past retention removed";
                    "entries" => removed);
            }
            Err(error) => {
                slog::warn!(log, "pruning the activity log failed";
                    "error" => %error);
            }
        }
    }
}
