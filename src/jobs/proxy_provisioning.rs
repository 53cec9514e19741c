//! The proxy provisioning job: for as long as the server runs, every tick
//! starts the check (or removal, when `deleting`) of each due record that
//! is not being checked already, up to [`CHECKS_IN_FLIGHT_MAX`] at once.
//!
//! ## Why checks run side by side
//! Each check ends on its own, so a lookup that never answers holds only
//! its own record (for the resolver's timeout), never another
//! organization's: no tick waits for the slowest check. Failures are
//! logged (by the app, for a check); the record is due again at its next
//! check. The job runs beside the request handlers and never holds
//! anything they wait on; its state is in the store, so a restart resumes
//! where it stopped.

use crate::app::App;
use futures::stream::FuturesUnordered;
use futures::StreamExt;
use std::collections::HashSet;
use uuid::Uuid;

/// Checks the job runs at once, over all organizations: a lookup waits on
/// the network, not on a core, so many run side by side; the bound keeps
/// the resolver from a flood.
const CHECKS_IN_FLIGHT_MAX: usize = 256;

/// The job's loop; it never returns.
pub(super) async fn run(app: App, log: slog::Logger) {
    let mut ticks = tokio::time::interval(app.proxy_provisioning_tick());
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut checks = FuturesUnordered::new();
    let mut in_flight: HashSet<Uuid> = HashSet::new();
    loop {
        tokio::select! {
            _ = ticks.tick() => {
                let free = CHECKS_IN_FLIGHT_MAX - in_flight.len();
                if free == 0 {
                    continue;
                }
                // Records in flight may be listed again until their claim
                // moves their next check: list past them (as many as may be
                // in flight, and as many as are free).
                let listed = CHECKS_IN_FLIGHT_MAX as u64;
                let (now, due) = match app.proxy_records_due(listed).await {
                    Ok(due) => due,
                    Err(error) => {
                        slog::warn!(log, "listing due proxy records failed";
                            "error" => %error);
                        continue;
                    }
                };
                let mut started = 0;
                for record in due {
                    if started < free && in_flight.insert(record.id) {
                        started += 1;
                        checks.push(app.proxy_check(record, now));
                    }
                }
            }
            Some(done) = checks.next() => {
                in_flight.remove(&done);
            }
        }
    }
}
