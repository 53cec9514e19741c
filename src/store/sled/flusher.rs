//! Group commit: one thread flushes sled for every writer waiting at that
//! moment, so N concurrent writes cost about one `fsync`, not N.
//!
//! sled's own flush makes its log stable with `sync_file_range`, which
//! persists neither the file's metadata nor the device's write cache (its
//! real `fsync` runs from a background thread every 500 ms): enough when
//! the process dies, not when the machine loses power. So each batch ends
//! with an `fdatasync` of sled's log file, before any waiting writer is
//! answered: an acknowledged write survives a power cut too.
//!
//! Since every write is made durable here, it is where the store is
//! measured (flush latency, writers served per flush, how long a committed
//! write waits to be on disk) and where readiness learns whether the store
//! can still write: a failed flush is kept ([`Flusher::failure`]) and
//! announced ([`Flusher::failed`]), since sled fails every operation after
//! its first I/O error.

use super::StoreError;
use prometheus_client::metrics::histogram::exponential_buckets;
use prometheus_client::metrics::histogram::Histogram;
use slog::Logger;
use std::fs::File;
use std::sync::mpsc;
use std::sync::Arc;
use std::sync::Mutex;
use std::thread::JoinHandle;
use std::time::Instant;
use tokio::sync::oneshot;
use tokio::sync::watch;

type Waiter = oneshot::Sender<Result<(), String>>;

enum Request {
    /// Answer once everything written before this request is on disk.
    Flush(Waiter),
    /// Flush once more and end the thread.
    Stop,
}

/// Measurements of the flusher, for the metrics endpoint. Histograms are
/// cheap to clone (they share their data).
#[derive(Clone)]
pub struct FlushStats {
    /// Seconds one `Db::flush` took.
    pub flush_seconds: Histogram,
    /// Writers (and readiness probes) served by one flush.
    pub batch_size: Histogram,
    /// Seconds a committed write waited until it was on disk.
    pub durable_wait_seconds: Histogram,
}

impl FlushStats {
    fn new() -> FlushStats {
        let seconds = || Histogram::new(exponential_buckets(0.0001, 2.0, 16));
        FlushStats {
            flush_seconds: seconds(),
            batch_size: Histogram::new(exponential_buckets(1.0, 2.0, 10)),
            durable_wait_seconds: seconds(),
        }
    }
}

/// Handle to the flusher thread.
#[derive(Clone)]
pub struct Flusher {
    requests: mpsc::Sender<Request>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
    stats: FlushStats,
    /// The first flush error, once there is one.
    failure: watch::Receiver<Option<String>>,
}

impl Flusher {
    /// Starts the flusher of `db`, whose log file is `log_file` (opened
    /// for `fdatasync`).
    pub fn start(db: sled::Db, log_file: File, log: Logger) -> Flusher {
        let (requests, incoming) = mpsc::channel::<Request>();
        let stats = FlushStats::new();
        let thread_stats = stats.clone();
        let (report_failure, failure) = watch::channel(None);
        let thread = std::thread::Builder::new()
            .name("orgbase-flusher".to_string())
            .spawn(move || {
                run(db, log_file, log, incoming, thread_stats, report_failure)
            })
            .expect("the flusher thread starts");
        Flusher {
            requests,
            thread: Arc::new(Mutex::new(Some(thread))),
            stats,
            failure,
        }
    }

    pub fn stats(&self) -> &FlushStats {
        &self.stats
    }

    /// The first flush error, if a flush has failed.
    pub fn failure(&self) -> Option<String> {
        self.failure.borrow().clone()
    }

    /// Resolves once a flush has failed, with the error.
    pub async fn failed(&self) -> String {
        let mut failure = self.failure.clone();
        let failed = failure
            .wait_for(Option::is_some)
            .await
            .map(|error| error.clone().unwrap_or_default());
        match failed {
            Ok(error) => error,
            // The thread has ended without a failure: none will come.
            Err(_) => std::future::pending().await,
        }
    }

    /// Returns once everything written before the call is on disk.
    pub async fn flush(&self) -> Result<(), StoreError> {
        let started = Instant::now();
        let result = self.wait_for_flush().await;
        self.stats
            .durable_wait_seconds
            .observe(started.elapsed().as_secs_f64());
        result
    }

    /// Has the flusher thread flush once more, and answers its result:
    /// whether the thread runs and sled can flush. Counts no write.
    pub async fn wait_for_flush(&self) -> Result<(), StoreError> {
        let stopped =
            || StoreError::Internal("the flusher has stopped".to_string());
        let (waiter, done) = oneshot::channel();
        self.requests.send(Request::Flush(waiter)).map_err(|_| stopped())?;
        done.await.map_err(|_| stopped())?.map_err(StoreError::StorageFailed)
    }

    /// Flushes a last time and waits for the thread to end, so that it
    /// holds the database no longer.
    pub fn stop(&self) {
        let _ = self.requests.send(Request::Stop);
        if let Some(thread) = self.thread.lock().unwrap().take() {
            let _ = thread.join();
        }
    }
}

fn run(
    db: sled::Db,
    log_file: File,
    log: Logger,
    incoming: mpsc::Receiver<Request>,
    stats: FlushStats,
    report_failure: watch::Sender<Option<String>>,
) {
    while let Ok(first) = incoming.recv() {
        // Every waiter taken from the channel before `flush` starts had
        // finished its write before it asked, so one flush covers all.
        let mut waiters = Vec::new();
        let mut stop = false;
        for request in std::iter::once(first).chain(incoming.try_iter()) {
            match request {
                Request::Flush(waiter) => waiters.push(waiter),
                Request::Stop => stop = true,
            }
        }
        let started = Instant::now();
        let result = db
            .flush()
            .map_err(|e| e.to_string())
            .and_then(|_| log_file.sync_data().map_err(|e| e.to_string()));
        stats.flush_seconds.observe(started.elapsed().as_secs_f64());
        // Stop requests are not writers.
        if !waiters.is_empty() {
            stats.batch_size.observe(waiters.len() as f64);
        }
        if let Err(error) = &result {
            slog::error!(log, "flush failed"; "error" => error);
            report_failure.send_if_modified(|failure| {
                failure.get_or_insert_with(|| error.clone());
                true
            });
        }
        for waiter in waiters {
            let _ = waiter.send(result.clone());
        }
        if stop {
            break;
        }
    }
}
