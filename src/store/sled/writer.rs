//! One thread commits every write, several writes to a sled transaction.
//!
//! sled 0.34 runs one transaction at a time: each takes a global write
//! lock for its whole closure, and committing one costs far more than
//! the keys it writes (the load benchmark's raw transaction baseline
//! shows it: about a third of the rate of plain inserts). So writes queue
//! here, and the writer thread commits everything queued at that moment
//! in one transaction, in the order it arrived: each write sees the
//! writes queued before it, exactly as if they had committed one by one.
//!
//! A write that aborts (its check failed: a taken slug, a missing record,
//! a guard) aborts the shared transaction with it. The writer then answers
//! that write with its error and commits the others again without it, so a
//! failed check costs its neighbours one more run and changes nothing of
//! theirs. Writes must therefore be safe to run more than once, which
//! sled already asks of every transaction closure.
//!
//! Writes also leave the async runtime's workers this way: a worker never
//! waits on sled's transaction lock, only on its answer.
//!
//! A durable write (every write of a record) is answered only once it is on
//! disk: the writer hands each committed batch's answers to the flusher
//! (`flusher.rs`) in one request, which answers them after the flush that
//! covers them. A write's task is woken once, with its answer, where it
//! would otherwise wake to ask for a flush and again when it is done; and
//! the writer goes on committing the next batch while that one is flushed.
//!
//! And since every write commits here, the writer counts them: the
//! store's write generation, which read caches compare to know they are
//! current (`remembered.rs`, `app::callers`). It moves right after each
//! commit, before any write in it is answered.

use super::flusher::Flusher;
use super::layout::TxResult;
use crate::store::types::StoreError;
use sled::transaction::ConflictableTransactionError;
use sled::transaction::TransactionError;
use sled::transaction::TransactionalTree;
use std::any::Any;
use std::cell::Cell;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::sync::Arc;
use std::sync::Mutex;
use std::thread::JoinHandle;
use tokio::sync::oneshot;

/// The most writes one transaction commits: enough to share the cost of
/// a commit widely, few enough that a transaction (which every read of
/// the store waits behind) stays short.
const MAX_BATCH: usize = 64;

type Output = Box<dyn Any + Send>;
type Write = Box<dyn Fn(&TransactionalTree) -> TxResult<Output> + Send>;

type Answer = oneshot::Sender<Result<Output, StoreError>>;

/// When a write is answered.
pub enum Durability {
    /// Once it is on disk: what every write of a record needs.
    OnDisk,
    /// Once it is committed; it reaches the disk with the next flush. For
    /// bookkeeping that a crash may lose (when a key was last used).
    Committed,
}

struct Queued {
    write: Write,
    answer: Answer,
    durability: Durability,
}

enum Request {
    Write(Queued),
    /// Commit what is queued before this request, then end the thread.
    Stop,
}

/// Handle to the writer thread.
#[derive(Clone)]
pub struct Writer {
    requests: mpsc::Sender<Request>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
    /// Transactions committed so far (see [`Writer::generation`]).
    commits: Arc<AtomicU64>,
}

impl Writer {
    /// Starts the writer of `db`, whose durable writes `flusher` makes
    /// durable.
    pub fn start(db: sled::Db, flusher: Flusher) -> Writer {
        let (requests, incoming) = mpsc::channel();
        let commits = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&commits);
        let thread = std::thread::Builder::new()
            .name("orgbase-writer".to_string())
            .spawn(move || run(&db, &flusher, &incoming, &counter))
            .expect("the writer thread starts");
        Writer { requests, thread: Arc::new(Mutex::new(Some(thread))), commits }
    }

    /// A number that changes after every committed write, before the
    /// write is answered. What was read after seeing generation `g` is
    /// current for as long as the generation is still `g` (read it before
    /// reading the data).
    pub fn generation(&self) -> u64 {
        self.commits.load(Ordering::SeqCst)
    }

    /// Commits `write` (in a transaction it may share with other writes)
    /// and answers what it returned, or why it aborted, as `durability`
    /// says. A write that aborted is answered at once: it changed nothing.
    pub async fn commit<T: Send + 'static>(
        &self,
        durability: Durability,
        write: impl Fn(&TransactionalTree) -> TxResult<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (answer, answered) = oneshot::channel();
        let write: Write =
            Box::new(move |tx| write(tx).map(|output| Box::new(output) as _));
        let queued = Queued { write, answer, durability };
        self.requests.send(Request::Write(queued)).map_err(|_| {
            StoreError::Internal("the writer has stopped".to_string())
        })?;
        let output = answered.await.map_err(|_| {
            StoreError::Internal("the writer failed the write".to_string())
        })??;
        Ok(*output
            .downcast::<T>()
            .expect("the writer answers with what the write returned"))
    }

    /// Commits what is queued and waits for the thread to end, so that it
    /// holds the database no longer. Writes queued after this fail.
    pub fn stop(&self) {
        let _ = self.requests.send(Request::Stop);
        if let Some(thread) = self.thread.lock().unwrap().take() {
            let _ = thread.join();
        }
    }
}

fn run(
    db: &sled::Db,
    flusher: &Flusher,
    incoming: &mpsc::Receiver<Request>,
    commits: &AtomicU64,
) {
    while let Ok(first) = incoming.recv() {
        let mut batch = Vec::new();
        let mut stop = false;
        for request in std::iter::once(first).chain(incoming.try_iter()) {
            match request {
                Request::Write(queued) => batch.push(queued),
                Request::Stop => {
                    stop = true;
                    break;
                }
            }
            if batch.len() == MAX_BATCH {
                break;
            }
        }
        // A write that panics (a bug) fails its batch, whose writes are
        // answered with an error when their answers are dropped; the
        // writer goes on, and sled keeps nothing of a transaction that did
        // not commit.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            commit_batch(db, flusher, batch, commits)
        }));
        if stop {
            break;
        }
    }
}

/// Commits `batch` in one transaction, counts it in `commits`, and answers
/// each write: at once, or through `flusher` once on disk. A write that
/// aborts is answered with its error and left out of the next try.
fn commit_batch(
    db: &sled::Db,
    flusher: &Flusher,
    mut batch: Vec<Queued>,
    commits: &AtomicU64,
) {
    while !batch.is_empty() {
        let aborted_at = Cell::new(None);
        let committed = db.transaction(|tx| {
            aborted_at.set(None);
            let mut outputs = Vec::with_capacity(batch.len());
            for (at, queued) in batch.iter().enumerate() {
                match (queued.write)(tx) {
                    Ok(output) => outputs.push(output),
                    Err(ConflictableTransactionError::Abort(error)) => {
                        aborted_at.set(Some(at));
                        return Err(ConflictableTransactionError::Abort(error));
                    }
                    // sled's own: a conflict (sled runs the closure
                    // again) or a storage error (every write fails).
                    Err(other) => return Err(other),
                }
            }
            Ok(outputs)
        });
        match committed {
            Ok(outputs) => {
                commits.fetch_add(1, Ordering::SeqCst);
                let mut durable = Vec::with_capacity(batch.len());
                for (queued, output) in batch.drain(..).zip(outputs) {
                    match queued.durability {
                        Durability::OnDisk => {
                            durable.push((queued.answer, output))
                        }
                        Durability::Committed => {
                            let _ = queued.answer.send(Ok(output));
                        }
                    }
                }
                if !durable.is_empty() {
                    flusher.after_flush(durable.len(), |flushed| {
                        for (answer, output) in durable {
                            let flushed =
                                flushed.clone().map_err(StoreError::from);
                            let _ = answer.send(flushed.map(|()| output));
                        }
                    });
                }
            }
            Err(TransactionError::Abort(error)) => {
                let at = aborted_at.get().expect("an abort names its write");
                let _ = batch.remove(at).answer.send(Err(error));
            }
            Err(TransactionError::Storage(error)) => {
                // sled could not write (a full disk, an I/O error): as
                // after a failed flush, the handle fails every later write,
                // so the store has failed, whichever path sled took to say
                // so.
                let error = error.to_string();
                flusher.storage_failed(&error);
                for queued in batch.drain(..) {
                    let failed = StoreError::StorageFailed(error.clone());
                    let _ = queued.answer.send(Err(failed));
                }
            }
        }
    }
}

#[cfg(test)]
mod test {
    use super::commit_batch;
    use super::Durability;
    use super::Flusher;
    use super::Output;
    use super::Queued;
    use super::StoreError;
    use super::TxResult;
    use super::Writer;
    use sled::transaction::ConflictableTransactionError;
    use sled::transaction::TransactionalTree;
    use std::sync::atomic::AtomicU64;
    use std::sync::atomic::Ordering;
    use tokio::sync::oneshot;

    type Answer = oneshot::Receiver<Result<Output, StoreError>>;

    fn queued(
        write: impl Fn(&TransactionalTree) -> TxResult<u32> + Send + 'static,
    ) -> (Queued, Answer) {
        let (answer, answered) = oneshot::channel();
        let write = Box::new(move |tx: &TransactionalTree| {
            write(tx).map(|output| Box::new(output) as Output)
        });
        let durability = Durability::OnDisk;
        (Queued { write, answer, durability }, answered)
    }

    /// A store's database in `dir`, with its flusher.
    fn open(dir: &tempfile::TempDir) -> (sled::Db, Flusher) {
        let db = sled::Config::new().path(dir.path()).open().unwrap();
        let log_file = std::fs::File::open(dir.path().join("db")).unwrap();
        let log = slog::Logger::root(slog::Discard, slog::o!());
        let flusher = Flusher::start(db.clone(), log_file, log);
        (db, flusher)
    }

    fn output(answered: Answer) -> Result<u32, StoreError> {
        answered
            .blocking_recv()
            .unwrap()
            .map(|output| *output.downcast::<u32>().unwrap())
    }

    /// An I/O error sled reports from a transaction (not from a flush)
    /// fails the store as a failed flush does: the writes are answered
    /// `StorageFailed` (503 `storage_failed`), and the failure is kept for
    /// readiness and for the server, which exits on it.
    #[test]
    fn test_transaction_io_error_fails_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let (db, flusher) = open(&dir);
        let (write, answer) = queued(|_| {
            Err(ConflictableTransactionError::Storage(sled::Error::Io(
                std::io::Error::other("No space left on device"),
            )))
        });
        commit_batch(&db, &flusher, vec![write], &AtomicU64::new(0));
        assert!(matches!(output(answer), Err(StoreError::StorageFailed(_))));
        let kept = flusher.failure().expect("the failure is kept");
        assert!(kept.contains("No space left"), "{kept}");
    }

    /// Writes committed together see the ones queued before them, and one
    /// that aborts is answered with its error, leaves nothing behind, and
    /// does not stop the others.
    #[test]
    fn test_batch_keeps_order_and_isolates_an_abort() {
        let dir = tempfile::tempdir().unwrap();
        let (db, flusher) = open(&dir);
        let (first, first_answer) = queued(|tx| {
            tx.insert("slug/acme", "first")?;
            Ok(1)
        });
        // Takes the slug only if it is free: it sees the first write's.
        let (second, second_answer) = queued(|tx| {
            tx.insert("half/written", "by the second")?;
            if tx.get("slug/acme")?.is_some() {
                return Err(ConflictableTransactionError::Abort(
                    StoreError::SlugUnavailable,
                ));
            }
            tx.insert("slug/acme", "second")?;
            Ok(2)
        });
        let (third, third_answer) = queued(|tx| {
            let seen = tx.get("slug/acme")?.map(|value| value.to_vec());
            tx.insert("third/saw", seen.unwrap_or_default())?;
            Ok(3)
        });
        let commits = AtomicU64::new(0);
        commit_batch(&db, &flusher, vec![first, second, third], &commits);

        assert_eq!(output(first_answer).unwrap(), 1);
        assert!(matches!(
            output(second_answer),
            Err(StoreError::SlugUnavailable)
        ));
        assert_eq!(output(third_answer).unwrap(), 3);
        assert_eq!(db.get("slug/acme").unwrap().unwrap(), "first");
        assert_eq!(db.get("third/saw").unwrap().unwrap(), "first");
        assert_eq!(db.get("half/written").unwrap(), None);
        // Counted once the commit is made, before any answer.
        assert_eq!(commits.load(Ordering::SeqCst), 1);
    }

    /// A write that panics fails alone, and the writer goes on.
    #[tokio::test]
    async fn test_a_panicking_write_leaves_the_writer_running() {
        let dir = tempfile::tempdir().unwrap();
        let (db, flusher) = open(&dir);
        let writer = Writer::start(db.clone(), flusher);
        let failed = writer
            .commit(Durability::OnDisk, |_| -> TxResult<()> {
                panic!("a bug in a write")
            })
            .await;
        assert!(matches!(failed, Err(StoreError::Internal(_))));
        let answered = writer
            .commit(Durability::OnDisk, |tx| {
                tx.insert("after", "the panic")?;
                Ok(7)
            })
            .await
            .unwrap();
        assert_eq!(answered, 7);
        assert_eq!(db.get("after").unwrap().unwrap(), "the panic");
        writer.stop();
    }
}
