//! Group commit: one thread flushes sled for every write waiting at that
//! moment, so N concurrent writes cost about one `fsync`, not N. The
//! writer thread (`writer.rs`) hands it each committed batch's answers,
//! which it sends once the flush that covers them has ended.
//!
//! sled's own flush makes its log stable with `sync_file_range`, which
//! persists neither the file's metadata nor the device's write cache (its
//! real `fsync` runs from a background thread every 500 ms): enough when
//! the process dies, not when the machine loses power. So each batch ends
//! with an `fdatasync` of sled's log file, before any waiting write is
//! answered: an acknowledged write survives a power cut too.
//!
//! Since every write is made durable here, it is where the store is
//! measured (flush latency, writes made durable per flush, how long a committed
//! write waits to be on disk) and where readiness learns whether the store
//! can still write: a failed flush, or an I/O error sled reports while a
//! transaction writes its log ([`Flusher::storage_failed`]), is kept
//! ([`Flusher::failure`]) and announced ([`Flusher::failed`]), since sled
//! fails every operation after its first I/O error.

use crate::store::types::StoreError;
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

/// What to do once the flush that covers a request has ended, with its
/// result: answer the writes it made durable. Runs on the flusher's thread,
/// so it must not block.
type Then = Box<dyn FnOnce(Result<(), NotFlushed>) + Send>;

/// Why writes are not known to be on disk.
#[derive(Clone, Debug)]
pub enum NotFlushed {
    /// sled's flush or the `fdatasync` failed, with this error.
    Failed(String),
    /// The flusher has stopped (the store is closing).
    Stopped,
}

impl From<NotFlushed> for StoreError {
    fn from(not_flushed: NotFlushed) -> StoreError {
        match not_flushed {
            NotFlushed::Failed(error) => StoreError::StorageFailed(error),
            NotFlushed::Stopped => {
                StoreError::Internal("the flusher has stopped".to_string())
            }
        }
    }
}

enum Request {
    /// Run `then` once everything written before this request is on disk.
    Flush {
        then: Then,
        /// The writes `then` answers (none for a readiness probe), for
        /// the figures.
        writes: usize,
        asked: Instant,
    },
    /// Flush once more and end the thread.
    Stop,
}

/// Measurements of the flusher, for the metrics endpoint. Histograms are
/// cheap to clone (they share their data).
#[derive(Clone)]
pub struct FlushStats {
    /// Seconds one `Db::flush` took.
    pub flush_seconds: Histogram,
    /// Writes made durable by one flush.
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
    /// The first storage error, once there is one.
    failure: watch::Receiver<Option<String>>,
    /// Keeps the first storage error found outside a flush.
    report_failure: Arc<watch::Sender<Option<String>>>,
}

impl Flusher {
    /// Starts the flusher of `db`, whose log file is `log_file` (opened
    /// for `fdatasync`).
    pub fn start(db: sled::Db, log_file: File, log: Logger) -> Flusher {
        let (requests, incoming) = mpsc::channel::<Request>();
        let stats = FlushStats::new();
        let thread_stats = stats.clone();
        let (report_failure, failure) = watch::channel(None);
        let report_failure = Arc::new(report_failure);
        let thread_report = Arc::clone(&report_failure);
        let thread = std::thread::Builder::new()
            .name("orgbase-flusher".to_string())
            .spawn(move || {
                run(db, log_file, log, incoming, thread_stats, &thread_report)
            })
            .expect("the flusher thread starts");
        Flusher {
            requests,
            thread: Arc::new(Mutex::new(Some(thread))),
            stats,
            failure,
            report_failure,
        }
    }

    /// Keeps `error`, an I/O error sled reported outside a flush (a
    /// transaction that could not write its log): sled fails every later
    /// write on this handle, so it is the store's failure as much as a
    /// failed flush is (readiness reports it, the server exits).
    pub fn storage_failed(&self, error: &str) {
        keep_first_failure(&self.report_failure, error);
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

    /// Calls `then` once everything written before this call is on disk,
    /// or with why it is not (the flush failed, or the flusher has
    /// stopped). `then` runs on the flusher's thread: it must not block.
    /// `writes`: how many writes it answers, for the figures.
    pub fn after_flush(
        &self,
        writes: usize,
        then: impl FnOnce(Result<(), NotFlushed>) + Send + 'static,
    ) {
        let request = Request::Flush {
            then: Box::new(then),
            writes,
            asked: Instant::now(),
        };
        if let Err(mpsc::SendError(Request::Flush { then, .. })) =
            self.requests.send(request)
        {
            then(Err(NotFlushed::Stopped));
        }
    }

    /// Has the flusher thread flush once more, and answers its result:
    /// whether the thread runs and sled can flush. Counts no write.
    pub async fn wait_for_flush(&self) -> Result<(), StoreError> {
        let (waiter, done) = oneshot::channel();
        self.after_flush(0, move |result| {
            let _ = waiter.send(result);
        });
        let flushed = done.await.unwrap_or(Err(NotFlushed::Stopped));
        flushed.map_err(StoreError::from)
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

/// Keeps `error` unless a failure is kept already.
fn keep_first_failure(report: &watch::Sender<Option<String>>, error: &str) {
    report.send_if_modified(|failure| {
        failure.get_or_insert_with(|| error.to_string());
        true
    });
}

fn run(
    db: sled::Db,
    log_file: File,
    log: Logger,
    incoming: mpsc::Receiver<Request>,
    stats: FlushStats,
    report_failure: &watch::Sender<Option<String>>,
) {
    while let Ok(first) = incoming.recv() {
        // Every request taken from the channel before `flush` starts came
        // after its writes were committed, so one flush covers all.
        let mut waiting = Vec::new();
        let mut stop = false;
        for request in std::iter::once(first).chain(incoming.try_iter()) {
            match request {
                Request::Flush { then, writes, asked } => {
                    waiting.push((then, writes, asked))
                }
                Request::Stop => stop = true,
            }
        }
        let started = Instant::now();
        let result = db
            .flush()
            .map_err(|e| e.to_string())
            .and_then(|_| log_file.sync_data().map_err(|e| e.to_string()));
        let ended = Instant::now();
        stats.flush_seconds.observe((ended - started).as_secs_f64());
        let writes: usize = waiting.iter().map(|(_, writes, _)| writes).sum();
        if writes > 0 {
            stats.batch_size.observe(writes as f64);
        }
        if let Err(error) = &result {
            slog::error!(log, "flush failed"; "error" => error);
            keep_first_failure(report_failure, error);
        }
        for (then, writes, asked) in waiting {
            let waited = (ended - asked).as_secs_f64();
            for _ in 0..writes {
                stats.durable_wait_seconds.observe(waited);
            }
            then(result.clone().map_err(NotFlushed::Failed));
        }
        if stop {
            break;
        }
    }
}
