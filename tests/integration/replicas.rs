//! PostgreSQL only: several orgbase servers on one database behave as one
//! service (the concurrency invariants hold across them, a revoked key is
//! refused by every replica at once), a database that goes away gets 503
//! and the servers recover by themselves, a write whose connection is lost
//! after its commit was sent is told apart from one that was not applied,
//! a schema newer than the binary is
//! refused, replicas started together migrate and bootstrap one database
//! once, and the command line takes one store, not two.
//!
//! These run on PostgreSQL whichever backend the run chose.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::client_for;
use crate::common::create_organization;
use crate::common::invite_request;
use crate::common::join;
use crate::common::test_log;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use futures::future::join_all;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::store::postgres::PgSettings;
use orgbase::store::Backend;
use orgbase::store::Store;
use std::collections::BTreeSet;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn test_replicas_behave_as_one_service() {
    let ctx = TestContext::on_postgres().await;
    let replica = ctx.replica().await;
    let replica_url = format!("http://{}", replica.local_addr());
    let urls = [ctx.base_url.clone(), replica_url.clone()];
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let on = |i: usize, key: &str| client_for(&urls[i % 2], Some(key));

    // Slugs stay unique across replicas.
    let creates = (0..16).map(|i| {
        let client = on(i, &owner.key);
        async move {
            let created = client
                .organization_create()
                .body(types::OrganizationCreate::builder().name("Same Name"))
                .send()
                .await
                .expect("every create succeeds")
                .into_inner();
            (created.slug, created.projects[0].id)
        }
    });
    let (slugs, project_ids): (Vec<String>, Vec<i64>) =
        join_all(creates).await.into_iter().unzip();
    assert_eq!(slugs.iter().collect::<BTreeSet<_>>().len(), 16, "{slugs:?}");
    // So do numeric ids, which each replica takes from the database in
    // blocks.
    assert_eq!(
        project_ids.iter().collect::<BTreeSet<_>>().len(),
        16,
        "{project_ids:?}"
    );

    // Role names stay unique: one of the concurrent creates wins.
    let org = create_organization(&owner.client, "Replicated").await;
    let org_id = org.id.to_string();
    let roles = (0..8).map(|i| {
        let client = on(i, &owner.key);
        let org_id = org_id.clone();
        async move {
            client
                .role_create()
                .organization_id(org_id)
                .body(types::RoleCreate {
                    name: format!("Ops{}", "\u{ad}".repeat(i)),
                })
                .send()
                .await
                .is_ok()
        }
    });
    let created = join_all(roles).await.into_iter().filter(|ok| *ok).count();
    assert_eq!(created, 1, "look-alike names are one name, on any replica");

    // Patches of different fields through different replicas are all kept.
    let patches = [
        types::OrganizationPatch::builder().name(Some("Renamed".to_string())),
        types::OrganizationPatch::builder().enforce_2fa(Some(Some(true))),
        types::OrganizationPatch::builder()
            .members_can_invite(Some(Some(false))),
        types::OrganizationPatch::builder().default_anonymize_ips(true),
    ];
    let patched = patches.into_iter().enumerate().map(|(i, patch)| {
        let client = on(i, &owner.key);
        let org_id = org_id.clone();
        async move {
            client
                .organization_patch()
                .organization_id(org_id)
                .body(patch)
                .send()
                .await
        }
    });
    for result in join_all(patched).await {
        result.expect("every patch succeeds");
    }
    let seen = on(1, &owner.key)
        .organization_view()
        .organization_id(&org_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(seen.name, "Renamed");
    assert_eq!(seen.enforce_2fa, Some(true));
    assert_eq!(seen.members_can_invite, Some(false));
    assert!(seen.default_anonymize_ips);

    // Two owners demote each other at once, on different replicas: one
    // owner is always left.
    let second = ctx.user("second@example.com", &[Scope::X]).await;
    join(&owner.client, org.id, &second, 15).await;
    let demote = |i: usize, by: &str, whom: uuid::Uuid| {
        let client = on(i, by);
        let org_id = org_id.clone();
        async move {
            client
                .member_update()
                .organization_id(org_id)
                .user_uuid(whom.to_string())
                .body(types::OrganizationMemberUpdate::builder().level(8))
                .send()
                .await
                .is_ok()
        }
    };
    let (a, b) = futures::join!(
        demote(0, &owner.key, second.uuid),
        demote(1, &second.key, owner.uuid)
    );
    assert!(a ^ b, "exactly one demotion wins: {a} {b}");

    // An invite is accepted once, whichever replicas race for it.
    let invitee = ctx.user("invitee@example.com", &[Scope::X]).await;
    let invite = owner
        .client
        .invite_create()
        .organization_id(&org_id)
        .body(invite_request(&invitee.email, 1))
        .send()
        .await
        .unwrap()
        .into_inner();
    let accepts = (0..6).map(|i| {
        let client = on(i, &invitee.key);
        let id = invite.id.to_string();
        async move { client.signup_accept().invite_id(id).send().await.is_ok() }
    });
    let accepted = join_all(accepts).await.into_iter().filter(|ok| *ok).count();
    assert_eq!(accepted, 1);

    // A key revoked through one replica is refused by the other on its
    // very next request.
    let key = owner
        .client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "revoked".into(),
            scopes: vec![Scope::UserRead],
            scoped_organizations: None,
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let value = key.value.clone().unwrap();
    on(1, &value)
        .user_view()
        .uuid("@me")
        .send()
        .await
        .expect("works on the replica");
    on(0, &owner.key)
        .personal_api_key_delete()
        .id(key.id.to_string())
        .send()
        .await
        .unwrap();
    let refused = on(1, &value).user_view().uuid("@me").send().await;
    assert_eq!(refused.unwrap_err().status().map(|s| s.as_u16()), Some(401));

    ctx.assert_store_consistent().await;
    replica.shutdown().await.unwrap();
    ctx.cleanup().await;
}

/// Runs SQL on the test's database as the cluster's superuser, through
/// the `postgres` maintenance database.
async fn as_superuser(ctx: &TestContext, sql: &str) {
    let url = ctx.database_url().unwrap();
    let maintenance = format!("{}/postgres", &url[..url.rfind('/').unwrap()]);
    let client = crate::postgres_cluster::connect(&maintenance).await;
    client.batch_execute(sql).await.unwrap();
}

#[tokio::test]
async fn test_database_going_away_is_503_then_recovers() {
    let ctx = TestContext::on_postgres().await;
    let admin = ctx.admin();
    create_organization(&admin, "Before").await;
    let url = ctx.database_url().unwrap().to_string();
    let database = &url[url.rfind('/').unwrap() + 1..];

    // The database stops taking connections and drops the ones it has.
    as_superuser(
        &ctx,
        &format!(
            "ALTER DATABASE {database} ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{database}' AND pid <> pg_backend_pid();"
        ),
    )
    .await;
    let started = std::time::Instant::now();
    let read = admin.organization_list().send().await;
    let write = admin
        .organization_create()
        .body(types::OrganizationCreate::builder().name("During"))
        .send()
        .await;
    for result in [read.map(|_| ()), write.map(|_| ())] {
        match result {
            Err(orgbase::client::Error::ErrorResponse(error)) => {
                assert_eq!(error.status(), 503);
                assert_eq!(error.code, "service_unavailable");
                assert_eq!(error.type_, types::ErrorType::ServerError);
            }
            other => panic!("expected a 503, got {other:?}"),
        }
    }
    let readiness = admin.ready().send().await;
    assert_eq!(readiness.unwrap_err().status().map(|s| s.as_u16()), Some(503));
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "no hang");

    // Back: the same server serves again, with nothing half-written.
    as_superuser(
        &ctx,
        &format!("ALTER DATABASE {database} ALLOW_CONNECTIONS true"),
    )
    .await;
    let names: Vec<String> = admin
        .organization_list()
        .send()
        .await
        .expect("the server reconnects by itself")
        .into_inner()
        .results
        .into_iter()
        .map(|organization| organization.name)
        .collect();
    assert_eq!(names, ["Before"], "the create answered 503 was not applied");
    admin.ready().send().await.expect("ready again");
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_check_reads_the_database_and_a_newer_schema_is_refused() {
    let ctx = TestContext::on_postgres().await;
    let url = ctx.database_url().unwrap().to_string();
    create_organization(&ctx.admin(), "Checked").await;
    // `orgbase check` reads the same database.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["check", "--database-url", &url])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success() && stdout.starts_with("ok"), "{stdout}");
    // TLS is used when the URL asks for it: this cluster offers none, so
    // `sslmode=require` is refused (and `prefer`, the default, fell back).
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["check", "--database-url", &format!("{url}?sslmode=require")])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.to_lowercase().contains("tls"), "{stderr}");

    let client = crate::postgres_cluster::connect(&url).await;
    // A level that is none, written behind the API's back: `check` reports
    // each record holding it as one that does not decode.
    client
        .batch_execute(
            "UPDATE memberships SET record = \
             jsonb_set(record, '{level}', '99')",
        )
        .await
        .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["check", "--database-url", &url])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "{stdout}");
    assert!(
        stdout.contains("records_decode") && stdout.contains("level 99"),
        "{stdout}"
    );
    client
        .batch_execute(
            "INSERT INTO refinery_schema_history \
             (version, name, applied_on, checksum) \
             VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z', '0')",
        )
        .await
        .unwrap();
    let refused =
        Store::open(&Backend::Postgres(PgSettings::at(url)), &test_log()).await;
    let message = refused.err().expect("refused").to_string();
    assert!(message.contains("999") && message.contains("newer"), "{message}");
    ctx.cleanup().await;
}

/// Starts `count` servers on the database at `url` at the same moment, as
/// a rolling deployment does; every one must start, and the database must
/// end with one bootstrap user whose key works on each.
async fn start_together(url: &str, count: usize) {
    let starts = (0..count).map(|_| {
        let config = orgbase::server::Config {
            bootstrap_api_key: Some(ADMIN_KEY.to_string()),
            ..orgbase::server::Config::new(Backend::Postgres(PgSettings::at(
                url.to_string(),
            )))
        };
        tokio::spawn(async move {
            orgbase::server::start_server(config, &test_log()).await
        })
    });
    let mut servers = Vec::new();
    for started in join_all(starts).await {
        servers.push(started.unwrap().expect("every replica starts"));
    }
    for server in &servers {
        let client = client_for(
            &format!("http://{}", server.local_addr()),
            Some(ADMIN_KEY),
        );
        let users = client.user_list().send().await.unwrap().into_inner();
        assert_eq!(users.count, 1, "one bootstrap user");
    }
    // An organization (its owner's membership, joined at a time with
    // nanoseconds) with a role its owner is in, an invite and a domain,
    // so that the migrations have rows to carry and count.
    let client = client_for(
        &format!("http://{}", servers[0].local_addr()),
        Some(ADMIN_KEY),
    );
    let org = create_organization(&client, "Migrated").await;
    let domain = format!("o{}.example", org.id.simple());
    let org = org.id.to_string();
    let me = client.user_view().uuid("@me").send().await.unwrap();
    let role = (client.role_create().organization_id(&org))
        .body(types::RoleCreate { name: "Carried".into() })
        .send()
        .await
        .unwrap();
    (client.role_membership_create().organization_id(&org))
        .role_id(role.id.to_string())
        .body(types::RoleMembershipCreate { user_uuid: me.uuid })
        .send()
        .await
        .unwrap();
    (client.invite_create().organization_id(&org))
        .body(invite_request("carried@example.com", 1))
        .send()
        .await
        .unwrap();
    (client.domain_create().organization_id(&org))
        .body(types::OrganizationDomainCreate {
            domain,
            saml_entity_id: None,
            saml_acs_url: None,
            saml_x509_cert: None,
        })
        .send()
        .await
        .unwrap();
    for server in servers {
        server.shutdown().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn test_replicas_starting_together_migrate_and_bootstrap_once() {
    let cluster = crate::postgres_cluster::cluster();
    // An empty database: every migration and the bootstrap to do.
    let url = cluster.create_database().await;
    start_together(&url, 4).await;
    // A database six migrations behind (as after an upgrade of orgbase),
    // two of them (V4, V9) migrating rows and counting them.
    let client = crate::postgres_cluster::connect(&url).await;
    client
        .batch_execute(
            "DROP TABLE idempotency_keys; \
             DROP TABLE webhook_deliveries; \
             DROP TABLE webhooks; \
             DROP TABLE activity_log; \
             DROP TABLE project_settings; \
             ALTER TABLE memberships DROP COLUMN joined_at; \
             ALTER TABLE role_members DROP COLUMN joined_at; \
             ALTER TABLE role_members DROP COLUMN member_id; \
             DROP INDEX roles_by_name; \
             DROP INDEX domains_by_name; \
             DROP TABLE entry_counts; \
             DELETE FROM refinery_schema_history \
             WHERE version IN (4, 5, 6, 7, 8, 9)",
        )
        .await
        .unwrap();
    start_together(&url, 4).await;
    let applied: i32 = client
        .query_one("SELECT max(version) FROM refinery_schema_history", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(applied, 9);
    // The migrated rows agree with their records (the memberships' and
    // role memberships' times cut to microseconds, as every write binds
    // them), and the counts the migrations made with what they count.
    let store =
        Store::open(&Backend::Postgres(PgSettings::at(url)), &test_log())
            .await
            .unwrap();
    assert_eq!(store.check().await.unwrap(), Vec::new());
}

#[test]
fn test_binary_takes_one_store_not_two() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--bind", "127.0.0.1:0", "--data-dir", "/nonexistent"])
        .env("ORGBASE_DATABASE_URL", "postgres://u:Secr3tPass@127.0.0.1:1/db")
        .env("ORGBASE_BOOTSTRAP_API_KEY", ADMIN_KEY)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--data-dir") && stderr.contains("--database-url"));
    assert!(!stderr.contains("Secr3tPass"), "{stderr}");

    // An unreachable database: a clear error, and still no password.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["check", "--database-url"])
        .arg("postgres://u:Secr3tPass@127.0.0.1:1/db?connect_timeout=2")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("Secr3tPass"), "{stderr}");
}

/// Two replicas' provisioning tasks see the same due proxy record at the
/// same moments; each check is claimed by one of them only.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn test_replicas_check_a_proxy_record_once_per_round() {
    let ctx = TestContext::on_postgres().await;
    let replica = ctx.replica().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Proxied").await.id.to_string();
    let record = admin
        .proxy_record_create()
        .organization_id(&org)
        .body(types::ProxyRecordCreate { domain: "e.example.com".into() })
        .send()
        .await
        .unwrap()
        .into_inner();
    let checks = || async {
        let records = ctx.store().export().await.unwrap();
        records
            .into_iter()
            .find_map(|stored| match stored {
                orgbase::store::ExportRecord::ProxyRecord { record: r }
                    if r.id == record.id =>
                {
                    Some(r.checks)
                }
                _ => None,
            })
            .unwrap()
    };
    // Each round: both tasks look every 20 ms for a while; the clock then
    // moves past the next check.
    for round in 1..=3 {
        let mut seen = 0;
        for _ in 0..250 {
            seen = checks().await;
            if seen >= round {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(checks().await, round, "round {round} (saw {seen})");
        ctx.advance_clock(chrono::Duration::minutes(10));
    }
    replica.shutdown().await.unwrap();
    ctx.cleanup().await;
}

/// A TCP proxy on loopback in front of the database that, once armed with
/// patterns, cuts the connection whose client sends the last of them after
/// the others were sent, in order: the message goes on to the database,
/// which runs it and answers, and the client loses its connection instead
/// of the answer, as when a failover or a network cut lands at that
/// moment. The client hears of the loss only once the database answered,
/// so what it ran is there when the client looks.
struct CutProxy {
    port: u16,
    armed: std::sync::Arc<std::sync::Mutex<Vec<&'static [u8]>>>,
}

impl CutProxy {
    async fn start(upstream: std::net::SocketAddr) -> CutProxy {
        use tokio::io::AsyncReadExt;
        use tokio::io::AsyncWriteExt;
        let listener =
            tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let armed: std::sync::Arc<std::sync::Mutex<Vec<&'static [u8]>>> =
            std::sync::Arc::default();
        let pattern = std::sync::Arc::clone(&armed);
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = tokio::net::TcpStream::connect(upstream).await
                else {
                    continue;
                };
                let pattern = std::sync::Arc::clone(&pattern);
                tokio::spawn(async move {
                    let (mut client_read, mut client_write) =
                        client.into_split();
                    let (mut server_read, mut server_write) =
                        server.into_split();
                    let cut = std::sync::Arc::new(
                        std::sync::atomic::AtomicBool::new(false),
                    );
                    let (answered, on_answer) =
                        tokio::sync::oneshot::channel::<()>();
                    let cut_seen = std::sync::Arc::clone(&cut);
                    tokio::spawn(async move {
                        let mut buffer = vec![0u8; 64 * 1024];
                        while let Ok(read @ 1..) =
                            server_read.read(&mut buffer).await
                        {
                            if cut_seen
                                .load(std::sync::atomic::Ordering::SeqCst)
                            {
                                // The answer to the cut message: the
                                // database ran it; the client never hears.
                                break;
                            }
                            let answer = &buffer[..read];
                            if client_write.write_all(answer).await.is_err() {
                                break;
                            }
                        }
                        drop(client_write);
                        let _ = answered.send(());
                        // Read to the end, so that the database's side
                        // closes cleanly, never reset with a message
                        // unread.
                        while let Ok(1..) = server_read.read(&mut buffer).await
                        {
                        }
                    });
                    let mut buffer = vec![0u8; 64 * 1024];
                    while let Ok(read @ 1..) =
                        client_read.read(&mut buffer).await
                    {
                        let chunk = &buffer[..read];
                        let hit = {
                            let mut armed = pattern.lock().unwrap();
                            let hit = armed.first().is_some_and(|p| {
                                chunk.windows(p.len()).any(|w| w == *p)
                            });
                            if hit {
                                armed.remove(0);
                            }
                            hit && armed.is_empty()
                        };
                        // Marked before the message goes on, so that its
                        // answer is the first the client does not get.
                        cut.store(hit, std::sync::atomic::Ordering::SeqCst);
                        if server_write.write_all(chunk).await.is_err() {
                            break;
                        }
                        if hit {
                            // Once the database answered (it ran the
                            // message), its connection ends as a client's
                            // lost one does: what it had not committed is
                            // rolled back.
                            let _ = on_answer.await;
                            let _ = server_write.shutdown().await;
                            break;
                        }
                    }
                });
            }
        });
        CutProxy { port, armed }
    }

    fn arm(&self, pattern: &'static [u8]) {
        self.arm_after(&[pattern]);
    }

    /// Cuts at the last pattern, once the others were sent, in order.
    fn arm_after(&self, patterns: &[&'static [u8]]) {
        *self.armed.lock().unwrap() = patterns.to_vec();
    }

    fn armed(&self) -> bool {
        !self.armed.lock().unwrap().is_empty()
    }
}

/// A write whose connection is lost after its `COMMIT` was sent answers
/// 503 `outcome_unknown` (it was applied here), never
/// `service_unavailable`, whose promise (not applied) stays true for a
/// connection lost before: cut at the transaction's start, the write
/// answers `service_unavailable` and nothing is there. An organization's
/// create is one statement, committed by itself: lost once sent, its
/// outcome is unknown too.
#[tokio::test]
async fn test_a_commit_whose_answer_is_lost_is_outcome_unknown() {
    let url = crate::postgres_cluster::cluster().create_database().await;
    let parsed: url::Url = url.parse().unwrap();
    let upstream = std::net::SocketAddr::new(
        parsed.host_str().unwrap().parse().unwrap(),
        parsed.port().unwrap(),
    );
    let proxy = CutProxy::start(upstream).await;
    let mut through = parsed.clone();
    through.set_port(Some(proxy.port)).unwrap();
    let ctx = TestContext::on_postgres_url(through.to_string()).await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Cut").await;
    let role_names = |ctx: &TestContext| {
        let admin = ctx.admin();
        async move {
            admin
                .role_list()
                .organization_id(org.id.to_string())
                .send()
                .await
                .unwrap()
                .results
                .iter()
                .map(|role| role.name.clone())
                .collect::<Vec<String>>()
        }
    };
    let create_role = |name: &'static str| {
        admin
            .role_create()
            .organization_id(org.id.to_string())
            .body(types::RoleCreate { name: name.into() })
            .send()
    };
    let code_of =
        |result: Result<_, orgbase::client::Error<types::ApiError>>| {
            match result {
                Err(orgbase::client::Error::ErrorResponse(error)) => {
                    assert_eq!(error.status(), 503);
                    error.code.clone()
                }
                other => panic!("expected a 503, got {other:?}"),
            }
        };

    // Lost after COMMIT was sent: applied, and said to be unknown.
    proxy.arm(b"COMMIT");
    let unknown = code_of(create_role("Committed").await.map(|_| ()));
    assert!(!proxy.armed(), "the commit went through the proxy");
    assert_eq!(unknown, "outcome_unknown");
    assert_eq!(role_names(&ctx).await, ["Committed"]);

    // Lost when the transaction began: not applied, as
    // `service_unavailable` says.
    proxy.arm(b"ISOLATION LEVEL SERIALIZABLE");
    let unavailable = code_of(create_role("Never").await.map(|_| ()));
    assert_eq!(unavailable, "service_unavailable");
    assert_eq!(role_names(&ctx).await, ["Committed"]);

    // An organization's create, one statement (prepared already: cut when
    // its values are sent): lost once sent, unknown.
    proxy.arm(br#""name":"Sent""#);
    let created = admin
        .organization_create()
        .body(types::OrganizationCreate::builder().name("Sent"))
        .send()
        .await;
    let unknown = code_of(created.map(|_| ()));
    assert_eq!(unknown, "outcome_unknown");
    let listed = admin.organization_list().send().await.unwrap();
    assert!(listed.results.iter().any(|o| o.name == "Sent"), "it was applied");

    // With an idempotency key, the same request sent again settles it.
    let keyed = |key: &'static str, name: &'static str| {
        admin
            .role_create()
            .organization_id(org.id.to_string())
            .idempotency_key(key)
            .body(types::RoleCreate { name: name.into() })
            .send()
    };
    // Applied, its answer lost: read back, once.
    proxy.arm_after(&[b"Keyed", b"COMMIT"]);
    assert_eq!(
        code_of(keyed("k1", "Keyed").await.map(|_| ())),
        "outcome_unknown"
    );
    let settled = keyed("k1", "Keyed").await.unwrap();
    assert_eq!(settled.status(), 201);
    assert_eq!(settled.name, "Keyed");
    assert_eq!(keyed("k1", "Keyed").await.unwrap().id, settled.id);
    // Lost before it was applied: the key let go, so it runs again, once.
    proxy.arm(b"Unsent");
    assert_eq!(
        code_of(keyed("k2", "Unsent").await.map(|_| ())),
        "service_unavailable"
    );
    assert_eq!(keyed("k2", "Unsent").await.unwrap().status(), 201);
    // The key taken, its write never sent (the request died with its
    // connection): held, so sent again it is refused 409 until the hold
    // runs out, then it runs, once.
    proxy.arm_after(&[br#""key":"k3""#, b"COMMIT"]);
    assert_eq!(
        code_of(keyed("k3", "Held").await.map(|_| ())),
        "outcome_unknown"
    );
    assert_error(
        api_error(keyed("k3", "Held").await),
        409,
        "idempotency_key_in_use",
        None,
    );
    ctx.advance_clock(chrono::Duration::seconds(11));
    assert_eq!(keyed("k3", "Held").await.unwrap().status(), 201);
    let mut names = role_names(&ctx).await;
    names.sort();
    assert_eq!(names, ["Committed", "Held", "Keyed", "Unsent"]);
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

/// A database that takes no writes (a standby, or a primary being
/// demoted: SQLSTATE 25006) gets writes answered 503
/// `service_unavailable`, never 500, while reads go on; each connection
/// that met it is closed rather than given back to the pool, so once the
/// database takes writes again the pool's fresh connections do, without a
/// restart.
#[tokio::test]
async fn test_a_read_only_database_is_503_and_its_connections_are_dropped() {
    let ctx = TestContext::on_postgres().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Writable").await;
    let url = ctx.database_url().unwrap().to_string();
    let database = &url[url.rfind('/').unwrap() + 1..];
    let create_role = |name: String| {
        admin
            .role_create()
            .organization_id(org.id.to_string())
            .body(types::RoleCreate { name })
            .send()
    };
    // Every session from now on is read-only.
    as_superuser(
        &ctx,
        &format!(
            "ALTER DATABASE {database} SET default_transaction_read_only = on; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{database}' AND pid <> pg_backend_pid();"
        ),
    )
    .await;
    let mut refused = 0;
    for attempt in 0..6 {
        match create_role(format!("read-only {attempt}")).await {
            Err(orgbase::client::Error::ErrorResponse(error)) => {
                assert_eq!(error.status(), 503, "{error:?}");
                assert_eq!(error.code, "service_unavailable");
                refused += 1;
            }
            // A connection broken by the termination above.
            Err(other) => panic!("{other:?}"),
            Ok(role) => panic!("a write on a read-only database: {role:?}"),
        }
    }
    assert_eq!(refused, 6);
    let listed = admin.organization_list().send().await.unwrap();
    assert!(listed.results.iter().any(|o| o.name == "Writable"));

    // Writable again, with no connection terminated: the ones that met the
    // read-only server were closed, and each other one is at its first
    // write, so writes come back and stay.
    as_superuser(
        &ctx,
        &format!(
            "ALTER DATABASE {database} SET default_transaction_read_only = off"
        ),
    )
    .await;
    let mut in_a_row = 0;
    for attempt in 0..40 {
        match create_role(format!("writable {attempt}")).await {
            Ok(_) => in_a_row += 1,
            Err(_) => in_a_row = 0,
        }
        if in_a_row == 10 {
            break;
        }
    }
    assert_eq!(in_a_row, 10, "writes never came back for good");
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}
