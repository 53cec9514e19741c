//! orgbase through a PostgreSQL failover: a primary and a streaming
//! standby (`pg_basebackup -R`) on loopback, two orgbase replicas on a
//! multi-host URL (`target_session_attrs=read-write`), writers making
//! writes of several kinds on both; the primary killed (SIGKILL) and the
//! standby promoted (`pg_ctl promote`), then the old primary made a
//! standby of the new one (a fresh base backup) and the same done back.
//!
//! With synchronous replication, every write answered 2xx is there after
//! the switch, none answered 503 `service_unavailable` is, every one
//! answered 503 `outcome_unknown` and sent again with its idempotency key
//! is there exactly once, writes come back on both replicas within a
//! bound (measured, printed), no request hangs past it, and `orgbase
//! check` is clean on the new primary. With asynchronous replication, the
//! acknowledged writes the new primary lacks are counted and printed: the
//! loss window the book describes, measured, not asserted.
//!
//! Run in the PostgreSQL pass of the suite.

use crate::common::client_for;
use crate::common::create_organization;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use crate::postgres_cluster::Cluster;
use orgbase::client::types;
use orgbase::client::Client;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Duration;
use std::time::Instant;

/// The longest any request may take during a switch (the pool's connect
/// timeout, with room): never a hang.
const REQUEST_BOUND: Duration = Duration::from_secs(15);

/// The longest writes may take to come back on both replicas after the
/// primary's loss (measured runs: about a second): seconds, not minutes.
const RECOVERY_BOUND: Duration = Duration::from_secs(30);

/// What became of each write, by the name it wrote.
#[derive(Default)]
struct Outcomes {
    /// Answered 2xx (first time, or sent again with its key).
    acknowledged: Vec<String>,
    /// Answered 503 `service_unavailable`: not applied.
    refused: Vec<String>,
    /// Answered 503 `outcome_unknown` or `answer_unavailable`, then
    /// settled by sending it again with its key.
    settled: Vec<String>,
    /// The slowest request.
    slowest: Duration,
    /// When each replica last answered a write 2xx.
    last_success: [Option<Instant>; 2],
}

/// How a write was answered.
enum Answer {
    Done,
    Code(u16, String),
}

/// One write of kind `n % 3` named `name`: a role created with a key, a
/// role created without one, an organization created with a key.
async fn write(
    client: &Client,
    organization: &str,
    n: usize,
    name: &str,
) -> Answer {
    let key = format!("key-{name}");
    let result = match n % 3 {
        0 => client
            .role_create()
            .organization_id(organization)
            .idempotency_key(key)
            .body(types::RoleCreate { name: name.into() })
            .send()
            .await
            .map(|_| ()),
        1 => client
            .role_create()
            .organization_id(organization)
            .body(types::RoleCreate { name: name.into() })
            .send()
            .await
            .map(|_| ()),
        _ => client
            .organization_create()
            .idempotency_key(key)
            .body(types::OrganizationCreate::builder().name(name))
            .send()
            .await
            .map(|_| ()),
    };
    match result {
        Ok(()) => Answer::Done,
        Err(orgbase::client::Error::ErrorResponse(error)) => {
            Answer::Code(error.status().as_u16(), error.code.clone())
        }
        Err(other) => panic!("{name}: no answer: {other}"),
    }
}

/// Writers on both replicas, each writing until `stop`.
async fn run_writers(
    ctx: &TestContext,
    clients: &[Client; 2],
    organization: &str,
    round: &str,
    outcomes: &Arc<Mutex<Outcomes>>,
    stop: impl std::future::Future<Output = ()>,
) {
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers = (0..6).map(|writer| {
        let client = clients[writer % 2].clone();
        let (outcomes, done) = (Arc::clone(outcomes), Arc::clone(&done));
        let organization = organization.to_string();
        let round = round.to_string();
        async move {
            let mut n = writer;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                let name = format!("{round}-{writer}-{n}");
                let started = Instant::now();
                let answer = write(&client, &organization, n, &name).await;
                let took = started.elapsed();
                let unsettled = {
                    let mut recorded = outcomes.lock().unwrap();
                    recorded.slowest = recorded.slowest.max(took);
                    match answer {
                        Answer::Done => {
                            recorded.acknowledged.push(name.clone());
                            recorded.last_success[writer % 2] =
                                Some(Instant::now());
                            false
                        }
                        Answer::Code(503, code)
                            if code == "service_unavailable" =>
                        {
                            recorded.refused.push(name.clone());
                            false
                        }
                        // Without a key, nothing settles it: not asserted.
                        Answer::Code(503, code)
                            if code == "outcome_unknown" && n % 3 == 1 =>
                        {
                            false
                        }
                        // Applied, its answer lost: there, once.
                        Answer::Code(503, code)
                            if code == "answer_unavailable" && n % 3 == 1 =>
                        {
                            recorded.acknowledged.push(name.clone());
                            false
                        }
                        Answer::Code(503, code)
                            if code == "outcome_unknown"
                                || code == "answer_unavailable" =>
                        {
                            true
                        }
                        Answer::Code(status, code) => {
                            panic!("{name}: answered {status} {code}")
                        }
                    }
                };
                if unsettled {
                    settle(ctx, &client, &organization, n, &name).await;
                    outcomes.lock().unwrap().settled.push(name);
                }
                n += 6;
            }
        }
    });
    let stopping = async {
        stop.await;
        done.store(true, std::sync::atomic::Ordering::Relaxed);
    };
    let ((), _) = tokio::join!(stopping, futures::future::join_all(writers));
}

/// Sends a write whose outcome was unknown again with its key until it is
/// answered 2xx. A key held by a request that died with its connection is
/// refused 409 until its hold runs out: the test clock is moved past it.
async fn settle(
    ctx: &TestContext,
    client: &Client,
    organization: &str,
    n: usize,
    name: &str,
) {
    let deadline = Instant::now() + RECOVERY_BOUND;
    loop {
        match write(client, organization, n, name).await {
            Answer::Done => return,
            Answer::Code(409, code) if code == "idempotency_key_in_use" => {
                ctx.advance_clock(chrono::Duration::seconds(11))
            }
            Answer::Code(503, _) => {}
            Answer::Code(status, code) => {
                panic!("{name} sent again: {status} {code}")
            }
        }
        assert!(Instant::now() < deadline, "{name} never settled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// How many times each name was written, on the database at `url`.
async fn written_names(url: &str) -> BTreeMap<String, usize> {
    let client = crate::postgres_cluster::connect(url).await;
    let rows = client
        .query(
            "SELECT record->>'name' FROM roles \
             UNION ALL SELECT record->>'name' FROM organizations",
            &[],
        )
        .await
        .unwrap();
    let mut names = BTreeMap::new();
    for row in rows {
        *names.entry(row.get::<_, String>(0)).or_default() += 1;
    }
    names
}

/// Turns synchronous replication on (`'*'`: any standby) or off on
/// `primary`; on, waits until a standby is synchronous.
async fn synchronous(primary: &Cluster, on: bool) {
    let names = if on { "*" } else { "" };
    // Each by itself: `ALTER SYSTEM` runs outside any transaction.
    let set = format!("ALTER SYSTEM SET synchronous_standby_names = '{names}'");
    primary.sql(&set).await;
    primary.sql("SELECT pg_reload_conf()").await;
    if !on {
        return;
    }
    let client =
        crate::postgres_cluster::connect(&primary.url("postgres")).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let row = client
            .query_opt(
                "SELECT 1 FROM pg_stat_replication WHERE sync_state = 'sync'",
                &[],
            )
            .await
            .unwrap();
        if row.is_some() {
            return;
        }
        if Instant::now() > deadline {
            let rows = client
                .query("SELECT application_name, state, sync_state FROM pg_stat_replication", &[])
                .await
                .unwrap();
            let rows: Vec<(String, String, String)> =
                rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect();
            panic!("no synchronous standby: {rows:?}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// One switch: writers on both replicas; after a moment the primary is
/// killed and the standby promoted; the writers go on until both replicas
/// have written again for a moment. Returns the outcomes and how long
/// writes took to come back on each replica.
async fn switch(
    ctx: &TestContext,
    clients: &[Client; 2],
    organization: &str,
    round: &str,
    primary: &Cluster,
    standby: &Cluster,
) -> (Outcomes, [Duration; 2]) {
    let outcomes = Arc::new(Mutex::new(Outcomes::default()));
    let recovered = Arc::new(Mutex::new([None::<Duration>; 2]));
    let stop = {
        let (outcomes, recovered) =
            (Arc::clone(&outcomes), Arc::clone(&recovered));
        async move {
            wait_for_writes(&outcomes, 30).await;
            let killed = Instant::now();
            tokio::task::block_in_place(|| {
                primary.kill();
                standby.promote();
            });
            let deadline = killed + RECOVERY_BOUND;
            loop {
                let back = outcomes.lock().unwrap().last_success.map(|last| {
                    last.filter(|at| *at > killed).map(|at| at - killed)
                });
                if let [Some(first), Some(second)] = back {
                    *recovered.lock().unwrap() = [Some(first), Some(second)];
                    break;
                }
                assert!(Instant::now() < deadline, "writes did not come back");
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            wait_for_writes(&outcomes, 30).await;
        }
    };
    run_writers(ctx, clients, organization, round, &outcomes, stop).await;
    let recovered = recovered.lock().unwrap().map(Option::unwrap);
    let outcomes =
        Arc::try_unwrap(outcomes).ok().unwrap().into_inner().unwrap();
    (outcomes, recovered)
}

/// Waits until `more` more writes were acknowledged.
async fn wait_for_writes(outcomes: &Arc<Mutex<Outcomes>>, more: usize) {
    let target = outcomes.lock().unwrap().acknowledged.len() + more;
    let deadline = Instant::now() + RECOVERY_BOUND;
    while outcomes.lock().unwrap().acknowledged.len() < target {
        if Instant::now() > deadline {
            let outcomes = outcomes.lock().unwrap();
            panic!(
                "the writers stalled: {} acknowledged, {} refused, {} settled",
                outcomes.acknowledged.len(),
                outcomes.refused.len(),
                outcomes.settled.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// The guarantees of a switch under synchronous replication.
fn assert_nothing_acknowledged_lost(
    outcomes: &Outcomes,
    names: &BTreeMap<String, usize>,
    round: &str,
) {
    for name in &outcomes.acknowledged {
        assert_eq!(names.get(name), Some(&1), "{round}: acknowledged {name}");
    }
    for name in &outcomes.refused {
        assert_eq!(names.get(name), None, "{round}: refused {name} is there");
    }
    for name in &outcomes.settled {
        assert_eq!(names.get(name), Some(&1), "{round}: settled {name}");
    }
    assert!(
        outcomes.slowest < REQUEST_BOUND,
        "{round}: a request took {:?}",
        outcomes.slowest
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_a_primary_lost_and_its_standby_promoted_loses_no_acknowledged_write(
) {
    if !crate::common::testing_postgres() {
        return println!("skipped: a PostgreSQL test, run in its pass");
    }
    let first = Cluster::private(false);
    let url = first.create_database().await;
    let database = url.rsplit('/').next().unwrap().to_string();
    let second = Cluster::standby_of(&first);
    synchronous(&first, true).await;

    let hosts = |a: &Cluster, b: &Cluster| {
        format!(
            "postgres://orgbase:orgbase-test-password@127.0.0.1:{},127.0.0.1:{}/\
             {database}?target_session_attrs=read-write",
            a.port(),
            b.port()
        )
    };
    let ctx = TestContext::on_postgres_url(hosts(&first, &second)).await;
    let replica = ctx.replica().await;
    let replica_url = format!("http://{}", replica.local_addr());
    let clients = [ctx.admin(), client_for(&replica_url, Some(ADMIN_KEY))];
    let organization = create_organization(&clients[0], "Failover").await;
    let organization = organization.id.to_string();

    // The primary lost; the standby promoted.
    let (outcomes, recovered) =
        switch(&ctx, &clients, &organization, "a", &first, &second).await;
    let names = written_names(&second.url(&database)).await;
    assert_nothing_acknowledged_lost(&outcomes, &names, "first switch");
    ctx.assert_store_consistent().await;
    println!(
        "failover, synchronous: writes back after {:?} and {:?}; {} \
         acknowledged, {} refused (503 service_unavailable), {} unknown then \
         settled with their keys; slowest request {:?}",
        recovered[0],
        recovered[1],
        outcomes.acknowledged.len(),
        outcomes.refused.len(),
        outcomes.settled.len(),
        outcomes.slowest
    );

    // The old primary made a standby of the new one (a fresh base backup),
    // and the same done back.
    tokio::task::block_in_place(|| first.rebuild_as_standby_of(&second));
    synchronous(&second, true).await;
    let (outcomes, recovered) =
        switch(&ctx, &clients, &organization, "b", &second, &first).await;
    let names = written_names(&first.url(&database)).await;
    assert_nothing_acknowledged_lost(&outcomes, &names, "switch back");
    ctx.assert_store_consistent().await;
    println!(
        "failback, synchronous: writes back after {:?} and {:?}; {} \
         acknowledged, {} refused, {} settled",
        recovered[0],
        recovered[1],
        outcomes.acknowledged.len(),
        outcomes.refused.len(),
        outcomes.settled.len()
    );

    // Asynchronous replication: what the new primary lacks of what was
    // acknowledged is the loss window, measured.
    tokio::task::block_in_place(|| second.rebuild_as_standby_of(&first));
    synchronous(&first, false).await;
    let (outcomes, recovered) =
        switch(&ctx, &clients, &organization, "c", &first, &second).await;
    let names = written_names(&second.url(&database)).await;
    let lost: Vec<&String> = (outcomes.acknowledged.iter())
        .filter(|name| !names.contains_key(*name))
        .collect();
    ctx.assert_store_consistent().await;
    println!(
        "failover, asynchronous: writes back after {:?} and {:?}; {} of {} \
         acknowledged writes lost: {lost:?}",
        recovered[0],
        recovered[1],
        lost.len(),
        outcomes.acknowledged.len()
    );
    drop(replica);
    ctx.cleanup().await;
}
