//! Proxy records: create (target CNAME as PostHog derives it, domain rules,
//! the per-organization limit also under concurrency, one domain across
//! organizations), list and view, levels; provisioning by the background
//! task against the loopback DNS server (valid, erroring, timed out,
//! retry, a restart in between); delete at once or through `deleting`;
//! the diagnosis and its cooldown.
//!
//! The task runs on the server's clock, which the tests move; they wait
//! for it by polling the API, a bounded number of times.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::join;
use crate::common::ApiResult;
use crate::common::Options;
use crate::common::TestContext;
use crate::dns_server::DnsServer;
use crate::dns_server::Zone;
use orgbase::client::types;
use orgbase::client::types::ProxyRecordStatus;
use orgbase::client::types::Scope;
use orgbase::client::Client;
use sha2::Digest;

/// The provisioning task's period in these tests.
pub const TICK: std::time::Duration = std::time::Duration::from_millis(20);

async fn context_with_dns() -> (TestContext, DnsServer) {
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        proxy_tick: Some(TICK),
        ..Default::default()
    })
    .await;
    (ctx, dns)
}

async fn create(
    client: &Client,
    organization: &str,
    domain: &str,
) -> ApiResult<types::ProxyRecord> {
    client
        .proxy_record_create()
        .organization_id(organization)
        .body(types::ProxyRecordCreate { domain: domain.to_string() })
        .send()
        .await
}

async fn view(
    client: &Client,
    organization: &str,
    id: uuid::Uuid,
) -> ApiResult<types::ProxyRecord> {
    client
        .proxy_record_view()
        .organization_id(organization)
        .proxy_record_id(id.to_string())
        .send()
        .await
}

/// Polls the record until it has `status` (the provisioning task runs
/// every 20 ms in tests); fails after about five seconds.
async fn wait_for(
    client: &Client,
    organization: &str,
    id: uuid::Uuid,
    status: ProxyRecordStatus,
) -> types::ProxyRecord {
    let mut last = None;
    for _ in 0..250 {
        let record = view(client, organization, id).await.unwrap().into_inner();
        if record.status == status {
            return record;
        }
        last = Some(record);
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("never {status:?}: {last:?}");
}

/// Polls until the record is gone.
async fn wait_until_gone(client: &Client, organization: &str, id: uuid::Uuid) {
    for _ in 0..250 {
        if view(client, organization, id).await.is_err() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("proxy record {id} was never removed");
}

async fn delete(
    client: &Client,
    organization: &str,
    id: uuid::Uuid,
) -> ApiResult<types::ProxyRecordDeleted> {
    client
        .proxy_record_delete()
        .organization_id(organization)
        .proxy_record_id(id.to_string())
        .send()
        .await
}

async fn retry(
    client: &Client,
    organization: &str,
    id: uuid::Uuid,
) -> ApiResult<types::ProxyRecord> {
    client
        .proxy_record_retry()
        .organization_id(organization)
        .proxy_record_id(id.to_string())
        .send()
        .await
}

async fn diagnose(
    client: &Client,
    organization: &str,
    id: uuid::Uuid,
) -> ApiResult<types::ProxyRecordDiagnosis> {
    client
        .proxy_record_diagnose()
        .organization_id(organization)
        .proxy_record_id(id.to_string())
        .send()
        .await
}

#[tokio::test]
async fn test_proxy_record_create_list_and_rules() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Proxies").await;
    let id = org.id.to_string();

    let first =
        create(&admin, &id, " E.Example.COM ").await.unwrap().into_inner();
    assert_eq!(first.domain, "e.example.com");
    assert_eq!(first.status, ProxyRecordStatus::Waiting);
    assert_eq!(first.message, None);
    // PostHog's derivation: sha256(str(organization_id) + domain), 20 hex
    // digits, under the base (the default here).
    let digest = sha2::Sha256::digest(format!("{}e.example.com", org.id));
    let expected =
        format!("{}.proxy.orgbase.invalid", &hex::encode(digest)[..20]);
    assert_eq!(first.target_cname, expected);
    let me = admin.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(first.created_by, me.id);

    for (domain, code) in [
        ("not a domain", "invalid"),
        ("example", "invalid"),
        ("", "blank"),
        (&format!("{}.example.com", "a".repeat(60)), "max_length"),
    ] {
        assert_error(
            api_error(create(&admin, &id, domain).await),
            400,
            code,
            Some("domain"),
        );
    }
    // One domain across all organizations.
    let other = create_organization(&admin, "Other").await.id.to_string();
    assert_error(
        api_error(create(&admin, &other, "e.example.com").await),
        400,
        "unique",
        Some("domain"),
    );

    let second =
        create(&admin, &id, "f.example.com").await.unwrap().into_inner();
    assert_error(
        api_error(create(&admin, &id, "g.example.com").await),
        400,
        "max_proxy_records",
        None,
    );
    let listed = admin
        .proxy_record_list()
        .organization_id(&id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.max_proxy_records, 2);
    // Newest first.
    assert_eq!(
        listed.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        [second.id, first.id]
    );
    assert_eq!(
        view(&admin, &id, first.id).await.unwrap().into_inner().domain,
        "e.example.com"
    );
    assert_error(
        api_error(view(&admin, &other, first.id).await),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(
            admin
                .proxy_record_view()
                .organization_id(&id)
                .proxy_record_id("not-an-id")
                .send()
                .await,
        ),
        404,
        "not_found",
        None,
    );

    // Members read; only admins write.
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    join(&admin, org.id, &member, 1).await;
    let seen = member
        .client
        .proxy_record_list()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(seen.into_inner().results.len(), 2);
    assert_error(
        api_error(create(&member.client, &other, "h.example.com").await),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(delete(&member.client, &id, first.id).await),
        403,
        "permission_denied",
        None,
    );
    assert_error(
        api_error(retry(&member.client, &id, first.id).await),
        403,
        "permission_denied",
        None,
    );
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_record_limit_under_concurrent_creates() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let id = create_organization(&admin, "Proxies").await.id.to_string();
    let domains: Vec<String> =
        (0..8).map(|n| format!("p{n}.example.com")).collect();
    let results = futures::future::join_all(
        domains.iter().map(|domain| create(&admin, &id, domain)),
    )
    .await;
    assert_eq!(results.iter().filter(|result| result.is_ok()).count(), 2);
    for result in results.into_iter().filter(|result| result.is_err()) {
        assert_error(api_error(result), 400, "max_proxy_records", None);
    }
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_record_becomes_valid_when_the_cname_points_at_its_target() {
    let (ctx, dns) = context_with_dns().await;
    let admin = ctx.admin();
    let id = create_organization(&admin, "Proxies").await.id.to_string();
    let record =
        create(&admin, &id, "e.example.com").await.unwrap().into_inner();
    // The first check finds nothing: the record keeps waiting.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        view(&admin, &id, record.id).await.unwrap().into_inner().status,
        ProxyRecordStatus::Waiting
    );
    dns.set("e.example.com", Zone::Cname(record.target_cname.clone()));
    // The next check is due 15 s (of the server's clock) later.
    ctx.advance_clock(chrono::Duration::seconds(16));
    let valid =
        wait_for(&admin, &id, record.id, ProxyRecordStatus::Valid).await;
    assert_eq!(valid.message, None);
    assert!(valid.updated_at > record.updated_at);
    // Not retryable once valid.
    assert_error(
        api_error(retry(&admin, &id, record.id).await),
        400,
        "invalid",
        None,
    );
    // A valid record goes through `deleting`, which the task finishes.
    let deleted = delete(&admin, &id, record.id).await.unwrap().into_inner();
    assert!(deleted.success);
    wait_until_gone(&admin, &id, record.id).await;
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_record_erroring_then_retry() {
    let (ctx, dns) = context_with_dns().await;
    let admin = ctx.admin();
    let id = create_organization(&admin, "Proxies").await.id.to_string();
    dns.set("e.example.com", Zone::Cname("elsewhere.example.net".to_string()));
    let record =
        create(&admin, &id, "e.example.com").await.unwrap().into_inner();
    let erroring =
        wait_for(&admin, &id, record.id, ProxyRecordStatus::Erroring).await;
    let message = erroring.message.unwrap();
    assert!(message.contains("elsewhere.example.net"), "{message}");
    assert!(message.contains(&record.target_cname), "{message}");

    dns.set("e.example.com", Zone::Cname(record.target_cname.clone()));
    let retried = retry(&admin, &id, record.id).await.unwrap().into_inner();
    assert_eq!(retried.status, ProxyRecordStatus::Waiting);
    assert_eq!(retried.message, None);
    // Only from erroring or timed out.
    assert_error(
        api_error(retry(&admin, &id, record.id).await),
        400,
        "invalid",
        None,
    );
    wait_for(&admin, &id, record.id, ProxyRecordStatus::Valid).await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_record_times_out_and_survives_a_restart() {
    let (mut ctx, dns) = context_with_dns().await;
    let admin = ctx.admin();
    let id = create_organization(&admin, "Proxies").await.id.to_string();
    let record =
        create(&admin, &id, "e.example.com").await.unwrap().into_inner();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    // The state is in the store: a new server carries on with it.
    ctx.restart().await;
    let admin = ctx.admin();
    ctx.advance_clock(chrono::Duration::hours(25));
    let timed_out =
        wait_for(&admin, &id, record.id, ProxyRecordStatus::TimedOut).await;
    assert!(timed_out.message.unwrap().contains(&record.target_cname));
    // Retry opens a new window; this time the CNAME is there.
    dns.set("e.example.com", Zone::Cname(record.target_cname.clone()));
    retry(&admin, &id, record.id).await.unwrap();
    wait_for(&admin, &id, record.id, ProxyRecordStatus::Valid).await;
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_record_not_provisioned_is_deleted_at_once() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let id = create_organization(&admin, "Proxies").await.id.to_string();
    let record =
        create(&admin, &id, "e.example.com").await.unwrap().into_inner();
    let deleted = delete(&admin, &id, record.id).await.unwrap().into_inner();
    assert!(deleted.success);
    assert_error(
        api_error(view(&admin, &id, record.id).await),
        404,
        "not_found",
        None,
    );
    assert_error(
        api_error(delete(&admin, &id, record.id).await),
        404,
        "not_found",
        None,
    );
    // The domain and the place under the limit are free again.
    create(&admin, &id, "e.example.com").await.expect("created again");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_record_diagnosis_and_its_cooldown() {
    let (ctx, dns) = context_with_dns().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Proxies").await;
    let id = org.id.to_string();
    let record =
        create(&admin, &id, "e.shop.example.com").await.unwrap().into_inner();
    dns.set("e.shop.example.com", Zone::Cname("wrong.example.net".to_string()));
    dns.set("example.com", Zone::CaaIssue(vec!["pki.goog".to_string()]));

    let report = diagnose(&admin, &id, record.id).await.unwrap().into_inner();
    assert_eq!(report.record.id, record.id);
    let check = |report: &types::ProxyRecordDiagnosis, name: &str| {
        report.checks.iter().find(|check| check.name == name).unwrap().clone()
    };
    let cname = check(&report, "cname");
    assert_eq!(cname.status, types::ProxyCheckStatus::Fail);
    assert!(cname.detail.contains("wrong.example.net"));
    assert!(cname.fix.unwrap().contains(&record.target_cname));
    let caa = check(&report, "caa");
    assert_eq!(caa.status, types::ProxyCheckStatus::Fail);
    assert!(caa.detail.contains("pki.goog"), "{}", caa.detail);
    assert!(caa.fix.unwrap().contains("example.com"));

    // Again at once: refused, without asking anyone's DNS, told when to
    // come back.
    let refused = diagnose(&admin, &id, record.id).await;
    let Err(orgbase::client::Error::ErrorResponse(response)) = &refused else {
        panic!("expected a refusal, got {refused:?}");
    };
    assert_eq!(response.headers()["retry-after"], "60");
    assert_error(api_error(refused), 429, "throttled", None);

    dns.set("e.shop.example.com", Zone::Cname(record.target_cname.clone()));
    dns.set("example.com", Zone::CaaIssue(vec!["letsencrypt.org".to_string()]));
    ctx.advance_clock(chrono::Duration::seconds(61));
    // Any member may diagnose.
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    join(&admin, org.id, &member, 1).await;
    let report =
        diagnose(&member.client, &id, record.id).await.unwrap().into_inner();
    assert_eq!(check(&report, "cname").status, types::ProxyCheckStatus::Pass);
    assert_eq!(check(&report, "caa").status, types::ProxyCheckStatus::Pass);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_proxy_records_go_with_their_organization() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let id = create_organization(&admin, "Doomed").await.id.to_string();
    create(&admin, &id, "e.example.com").await.unwrap();
    admin
        .organization_delete()
        .organization_id(&id)
        .send()
        .await
        .expect("deleted");
    ctx.assert_store_consistent().await;
    // Its domain is free for another organization.
    let other = create_organization(&admin, "Next").await.id.to_string();
    create(&admin, &other, "e.example.com").await.expect("created");
    ctx.cleanup().await;
}

/// Other organizations' records whose lookups never answer (16 of them,
/// each holding its lookup for the resolver's whole timeout, here 60 s)
/// do not hold up a correctly pointed record: it is valid within the few
/// seconds `wait_for` allows, long before any of those lookups ends.
#[tokio::test]
async fn test_proxy_record_unanswered_lookups_elsewhere_do_not_delay_it() {
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        proxy_tick: Some(TICK),
        dns_timeout: Some(std::time::Duration::from_secs(60)),
        ..Default::default()
    })
    .await;
    let admin = ctx.admin();
    for tenant in 0..8 {
        let org = create_organization(&admin, &format!("Stuck {tenant}")).await;
        for record in 0..2 {
            let domain = format!("p{record}.stuck{tenant}.example.com");
            dns.set(&domain, Zone::Silent);
            create(&admin, &org.id.to_string(), &domain).await.unwrap();
        }
    }
    let org = create_organization(&admin, "Pointed").await.id.to_string();
    let domain = "e.pointed.example.com";
    let record = create(&admin, &org, domain).await.unwrap().into_inner();
    dns.set(domain, Zone::Cname(record.target_cname.clone()));
    // Its next check (and every stuck record's) is due 15 s later.
    ctx.advance_clock(chrono::Duration::seconds(16));
    wait_for(&admin, &org, record.id, ProxyRecordStatus::Valid).await;
    ctx.cleanup().await;
}
