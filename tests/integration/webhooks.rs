//! Webhooks: endpoints through the generated client, deliveries to a real
//! receiver (`webhook_receiver.py`) that verifies every signature with the
//! Standard Webhooks reference library, the retry schedule on the test
//! clock, and the addresses refused.

use crate::activity_logs::entries;
use crate::common::create_organization;
use crate::common::join;
use crate::common::Options;
use crate::common::TestContext;
use crate::dns_server::DnsServer;
use crate::dns_server::Zone;
use crate::operator::sample;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;
use serde_json::json;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Duration;

/// One request the receiver got.
#[derive(Clone, Debug)]
pub struct Received {
    pub path: String,
    pub id: String,
    /// Which of the path's configured secrets verified it.
    pub verified: Vec<usize>,
    pub body: Value,
    /// When it arrived (seconds since the epoch).
    pub at: f64,
}

/// The Python receiver, its configuration and its log.
pub struct Receiver {
    dir: tempfile::TempDir,
    pub port: u16,
    child: tokio::process::Child,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.json"), "{}").unwrap();
        let (child, port) = Receiver::spawn(dir.path(), None).await;
        Receiver { dir, port, child }
    }

    async fn spawn(
        dir: &std::path::Path,
        port: Option<u16>,
    ) -> (tokio::process::Child, u16) {
        use tokio::io::AsyncBufReadExt;
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/integration/webhook_receiver.py"
        );
        let mut command = tokio::process::Command::new("python3");
        command
            .arg(script)
            .arg(dir.join("config.json"))
            .arg(dir.join("received.jsonl"));
        if let Some(port) = port {
            command.arg(port.to_string());
        }
        let mut child = command
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("python3 runs the receiver");
        let stdout = child.stdout.take().unwrap();
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let line = tokio::time::timeout(
            Duration::from_secs(20),
            lines.next_line(),
        )
        .await
        .expect("the receiver starts")
        .unwrap()
        .expect(
            "the receiver prints its port (is standardwebhooks installed?)",
        );
        let port = line.strip_prefix("PORT ").unwrap().parse().unwrap();
        (child, port)
    }

    /// Stops the receiver (SIGKILL) and starts it again on its port.
    pub async fn restart(&mut self) {
        self.child.kill().await.unwrap();
        let (child, _) =
            Receiver::spawn(self.dir.path(), Some(self.port)).await;
        self.child = child;
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// How the receiver answers `path`, and the secrets it verifies with.
    pub fn set(&self, path: &str, secrets: &[&str], behaviour: &str) {
        let file = self.dir.path().join("config.json");
        let mut config: Value =
            serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        config[path] = json!({"secrets": secrets, "behaviour": behaviour});
        let next = self.dir.path().join("config.next");
        std::fs::write(&next, config.to_string()).unwrap();
        std::fs::rename(next, file).unwrap();
    }

    /// Everything received so far, in arrival order.
    pub fn received(&self) -> Vec<Received> {
        let log: PathBuf = self.dir.path().join("received.jsonl");
        let text = std::fs::read_to_string(log).unwrap_or_default();
        text.lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .map(|line| Received {
                path: line["path"].as_str().unwrap().to_string(),
                id: line["id"].as_str().unwrap_or_default().to_string(),
                verified: serde_json::from_value(line["verified"].clone())
                    .unwrap(),
                body: line["body"].clone(),
                at: line["at"].as_f64().unwrap(),
            })
            .collect()
    }

    /// What `path` received.
    pub fn received_at(&self, path: &str) -> Vec<Received> {
        self.received().into_iter().filter(|r| r.path == path).collect()
    }

    /// Waits (polling) until what `path` received satisfies `done`.
    pub async fn wait(
        &self,
        path: &str,
        done: impl Fn(&[Received]) -> bool,
    ) -> Vec<Received> {
        for _ in 0..1000 {
            let received = self.received_at(path);
            if done(&received) {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("{path} never received enough: {:#?}", self.received_at(path));
    }
}

async fn create(
    client: &Client,
    organization: uuid::Uuid,
    url: &str,
    event_types: Option<Vec<String>>,
    enabled: bool,
) -> types::Webhook {
    client
        .webhook_create()
        .organization_id(organization.to_string())
        .body(types::WebhookCreate {
            url: url.to_string(),
            description: None,
            event_types,
            enabled: Some(enabled),
        })
        .send()
        .await
        .unwrap()
        .into_inner()
}

/// An endpoint at `path` of the receiver, created disabled so that the
/// receiver knows its secret before its first event; the caller enables
/// it.
async fn subscribed(
    client: &Client,
    organization: uuid::Uuid,
    receiver: &Receiver,
    path: &str,
    event_types: Option<Vec<String>>,
) -> types::Webhook {
    let url = receiver.url(path);
    let webhook = create(client, organization, &url, event_types, false).await;
    receiver.set(path, &[webhook.secret.as_deref().unwrap()], "ok");
    webhook
}

async fn view(
    client: &Client,
    organization: uuid::Uuid,
    webhook: uuid::Uuid,
) -> types::Webhook {
    client
        .webhook_view()
        .organization_id(organization.to_string())
        .webhook_id(webhook.to_string())
        .send()
        .await
        .unwrap()
        .into_inner()
}

async fn enable(
    client: &Client,
    organization: uuid::Uuid,
    webhook: uuid::Uuid,
) {
    client
        .webhook_patch()
        .organization_id(organization.to_string())
        .webhook_id(webhook.to_string())
        .body(types::WebhookPatch { enabled: Some(true), ..Default::default() })
        .send()
        .await
        .unwrap();
}

async fn deliveries(
    client: &Client,
    organization: uuid::Uuid,
    webhook: uuid::Uuid,
) -> Vec<types::WebhookDelivery> {
    client
        .webhook_delivery_list()
        .organization_id(organization.to_string())
        .webhook_id(webhook.to_string())
        .limit(1000u64)
        .send()
        .await
        .unwrap()
        .into_inner()
        .results
}

/// Waits (polling) until the endpoint's deliveries satisfy `done`.
async fn wait_deliveries(
    client: &Client,
    organization: uuid::Uuid,
    webhook: uuid::Uuid,
    done: impl Fn(&[types::WebhookDelivery]) -> bool,
) -> Vec<types::WebhookDelivery> {
    let mut last = Vec::new();
    for _ in 0..1000 {
        last = deliveries(client, organization, webhook).await;
        if done(&last) {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the deliveries never got there: {last:#?}");
}

async fn role(
    client: &Client,
    organization: uuid::Uuid,
    name: &str,
) -> uuid::Uuid {
    client
        .role_create()
        .organization_id(organization.to_string())
        .body(types::RoleCreate { name: name.into() })
        .send()
        .await
        .unwrap()
        .id
}

async fn scrape(ctx: &TestContext) -> String {
    reqwest::get(format!("{}/metrics", ctx.base_url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The status and body of a create refused.
async fn refused(
    client: &Client,
    organization: uuid::Uuid,
    body: types::WebhookCreate,
) -> (u16, types::ApiError) {
    let error = client
        .webhook_create()
        .organization_id(organization.to_string())
        .body(body)
        .send()
        .await
        .expect_err("refused");
    let status = error.status().unwrap().as_u16();
    match error {
        orgbase::client::Error::ErrorResponse(body) => {
            (status, body.into_inner())
        }
        other => panic!("{other:?}"),
    }
}

fn at_url(url: &str) -> types::WebhookCreate {
    types::WebhookCreate {
        url: url.into(),
        description: None,
        event_types: None,
        enabled: Some(false),
    }
}

/// Endpoints: created once with their secret, admins only, with scopes of
/// their own; loopback, private and special addresses refused at creation
/// and at delivery (a name that moves to one is refused then).
#[tokio::test]
async fn test_webhook_endpoints_refuse_private_addresses_and_bad_input() {
    let dns = DnsServer::start().await;
    dns.set("inside.test", Zone::Addresses(vec!["10.1.2.3".parse().unwrap()]));
    dns.set(
        "outside.test",
        Zone::Addresses(vec!["93.184.216.34".parse().unwrap()]),
    );
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        ..Default::default()
    })
    .await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Hooks").await;
    for (url, says) in [
        ("http://93.184.216.34/hook", "https"),
        ("https://127.0.0.1/hook", "127.0.0.1 is a loopback or private"),
        ("https://10.0.0.1/hook", "10.0.0.1 is a loopback or private"),
        ("https://[::1]/hook", "::1 is a loopback or private"),
        ("https://169.254.169.254/latest", "169.254.169.254 is a loopback"),
        ("https://localhost/hook", "localhost is a loopback or private"),
        ("https://inside.test/hook", "inside.test resolves to 10.1.2.3"),
        ("https://user:pw@93.184.216.34/hook", "user or password"),
        ("not a url", "valid URL"),
    ] {
        let (status, error) = refused(&admin, org.id, at_url(url)).await;
        assert_eq!(status, 400, "{url}");
        assert_eq!(error.attr.as_deref(), Some("url"), "{url}");
        assert!(error.detail.contains(says), "{url}: {}", error.detail);
    }
    let (status, error) = refused(
        &admin,
        org.id,
        types::WebhookCreate {
            event_types: Some(vec!["Role.renamed".into()]),
            ..at_url("https://93.184.216.34/hook")
        },
    )
    .await;
    assert_eq!((status, error.code.as_str()), (400, "invalid_choice"));

    // Created: the secret once.
    let webhook =
        create(&admin, org.id, "https://outside.test/hook", None, false).await;
    let secret = webhook.secret.clone().unwrap();
    assert!(secret.starts_with("whsec_") && secret.len() == 38, "{secret}");
    assert_eq!(view(&admin, org.id, webhook.id).await.secret, None);
    let listed = admin
        .webhook_list()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(listed.count, 1);
    assert_eq!(listed.results[0].secret, None);

    // Admins only, through scopes of their own.
    let member = ctx.user("member@hooks.test", &[Scope::X]).await;
    join(&admin, org.id, &member, 1).await;
    let denied = member
        .client
        .webhook_list()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap_err();
    assert_eq!(denied.status().map(|s| s.as_u16()), Some(403));
    let reader = ctx
        .user("reader@hooks.test", &[Scope::WebhookRead, Scope::UserWrite])
        .await;
    let unscoped = ctx
        .user("other@hooks.test", &[Scope::OrganizationWrite, Scope::UserWrite])
        .await;
    for user in [&reader, &unscoped] {
        join(&admin, org.id, user, 8).await;
    }
    reader
        .client
        .webhook_view()
        .organization_id(org.id.to_string())
        .webhook_id(webhook.id.to_string())
        .send()
        .await
        .unwrap();
    let no_scope = unscoped
        .client
        .webhook_list()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap_err();
    assert_eq!(no_scope.status().map(|s| s.as_u16()), Some(403));
    let (status, _) =
        refused(&reader.client, org.id, at_url("https://93.184.216.34/x"))
            .await;
    assert_eq!(status, 403);

    // At most 20 per organization.
    for _ in 1..20 {
        create(&admin, org.id, "https://93.184.216.34/hook", None, false).await;
    }
    let (status, error) =
        refused(&admin, org.id, at_url("https://93.184.216.34/hook")).await;
    assert_eq!(status, 400, "{error:?}");
    assert!(error.detail.contains("Maximum of 20"), "{}", error.detail);

    // The name moves to a loopback address (DNS rebinding): refused at
    // delivery, after resolution.
    dns.set(
        "outside.test",
        Zone::Addresses(vec!["127.0.0.1".parse().unwrap()]),
    );
    enable(&admin, org.id, webhook.id).await;
    let found = wait_deliveries(&admin, org.id, webhook.id, |d| {
        d.iter().any(|d| !d.attempts.is_empty())
    })
    .await;
    let attempt = &found.last().unwrap().attempts[0];
    assert!(!attempt.succeeded && attempt.response_status.is_none());
    let error = attempt.error.clone().unwrap();
    assert!(error.contains("outside.test resolves to 127.0.0.1"), "{error}");
    ctx.cleanup().await;
}

/// Every change after an endpoint's creation reaches it, in commit order,
/// signed so that the reference library verifies it (across a rotation:
/// both secrets sign during the overlap), filtered by event type; a retry
/// sends one event again with its id, a replay every event since a time.
#[tokio::test]
async fn test_webhooks_deliver_signed_in_order_and_verify_with_the_reference_library(
) {
    let receiver = Receiver::start().await;
    let ctx = TestContext::with_options(Options {
        webhooks: Some(orgbase::app::WebhookSettings {
            allow_private_addresses: true,
            poll: Duration::from_millis(20),
            ..Default::default()
        }),
        ..Default::default()
    })
    .await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Pushed").await;
    let all = subscribed(&admin, org.id, &receiver, "/all", None).await;
    let first_secret = all.secret.clone().unwrap();
    let created = Some(vec!["Role.created".into()]);
    let roles_only =
        subscribed(&admin, org.id, &receiver, "/roles", created).await;
    let long =
        create(&admin, org.id, &receiver.url("/long"), None, false).await;
    receiver.set("/long", &[], "long");
    enable(&admin, org.id, all.id).await;
    enable(&admin, org.id, roles_only.id).await;
    role(&admin, org.id, "First").await;
    role(&admin, org.id, "Second").await;
    ctx.advance_clock(chrono::Duration::minutes(1));
    let replay_since = ctx.now();
    role(&admin, org.id, "Third").await;
    admin
        .organization_patch()
        .organization_id(org.id.to_string())
        .body(types::OrganizationPatch::builder().name("Renamed".to_string()))
        .send()
        .await
        .unwrap();

    // Everything from the endpoint's creation on, in the log's order.
    let log = entries(&admin, org.id).await;
    let from = log
        .iter()
        .position(|e| e.scope == "Webhook" && e.item_id == all.id.to_string())
        .unwrap();
    let expected: Vec<String> =
        log[from..].iter().map(|e| e.id.to_string()).collect();
    let received = receiver.wait("/all", |r| r.len() >= expected.len()).await;
    let ids: Vec<&str> = received.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, expected);
    for (got, entry) in received.iter().zip(&log[from..]) {
        assert_eq!(got.verified, [0], "{got:?}");
        let body = &got.body;
        assert_eq!(body["type"], format!("{}.{}", entry.scope, entry.activity));
        assert_eq!(body["organization_id"], org.id.to_string());
        assert_eq!(body["data"]["id"], entry.id.to_string());
        assert_eq!(body["data"]["scope"], entry.scope);
    }
    // The filter: the roles created, nothing else.
    let roles = receiver.wait("/roles", |r| r.len() >= 3).await;
    let types_seen: Vec<&str> =
        roles.iter().map(|r| r.body["type"].as_str().unwrap()).collect();
    assert_eq!(types_seen, ["Role.created"; 3]);

    // A rotation: both secrets sign until the overlap ends.
    let rotated = admin
        .webhook_rotate_secret()
        .organization_id(org.id.to_string())
        .webhook_id(all.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    let second_secret = rotated.secret.clone().unwrap();
    assert_ne!(second_secret, first_secret);
    assert!(rotated.previous_secret_expires_at.is_some());
    receiver.set("/all", &[&first_secret, &second_secret], "ok");
    role(&admin, org.id, "Fourth").await;
    let received = receiver
        .wait("/all", |r| {
            r.iter().any(|r| r.body["data"]["detail"]["name"] == "Fourth")
        })
        .await;
    assert_eq!(received.last().unwrap().verified, [0, 1]);
    receiver.set("/all", &[&second_secret], "ok");
    role(&admin, org.id, "Fifth").await;
    let received = receiver
        .wait("/all", |r| {
            r.iter().any(|r| r.body["data"]["detail"]["name"] == "Fifth")
        })
        .await;
    assert_eq!(received.last().unwrap().verified, [0]);

    // The deliveries, newest first, each with its attempt.
    let before_retry = received.len();
    let listed = deliveries(&admin, org.id, all.id).await;
    assert_eq!(listed.len(), before_retry);
    assert_eq!(listed.last().unwrap().event_id.to_string(), expected[0]);
    for delivery in &listed {
        assert!(matches!(
            delivery.status,
            types::WebhookDeliveryStatus::Succeeded
        ));
        let attempt = &delivery.attempts[0];
        assert_eq!(
            (attempt.response_status, attempt.trigger.as_str()),
            (Some(204), "scheduled")
        );
        assert!(attempt.succeeded);
    }

    // A retry of one event: sent again, with its id.
    let again = &expected[1];
    let queued = admin
        .webhook_delivery_retry()
        .organization_id(org.id.to_string())
        .webhook_id(all.id.to_string())
        .event_id(again)
        .send()
        .await
        .unwrap();
    assert_eq!(queued.status().as_u16(), 202);
    let received = receiver.wait("/all", |r| r.len() > before_retry).await;
    assert_eq!(&received[before_retry].id, again);
    let retried = wait_deliveries(&admin, org.id, all.id, |d| {
        d.iter().any(|d| d.attempts.len() == 2)
    })
    .await;
    let retried = retried.iter().find(|d| d.attempts.len() == 2).unwrap();
    assert_eq!(&retried.event_id.to_string(), again);
    assert_eq!(retried.attempts[1].trigger, "manual");

    // A replay: every event since then, again, in order.
    let since_expected: Vec<String> = entries(&admin, org.id)
        .await
        .into_iter()
        .filter(|e| e.created_at >= replay_since)
        .map(|e| e.id.to_string())
        .collect();
    let before_replay = received.len();
    admin
        .webhook_replay()
        .organization_id(org.id.to_string())
        .webhook_id(all.id.to_string())
        .body(types::WebhookReplay { since: replay_since })
        .send()
        .await
        .unwrap();
    let received = receiver
        .wait("/all", |r| r.len() >= before_replay + since_expected.len())
        .await;
    let replayed: Vec<&str> = received
        [before_replay..before_replay + since_expected.len()]
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(replayed, since_expected);

    // A long answer is kept to its first KiB.
    enable(&admin, org.id, long.id).await;
    let kept =
        wait_deliveries(&admin, org.id, long.id, |d| !d.is_empty()).await;
    let body = kept[0].attempts[0].response_body.clone().unwrap();
    assert_eq!(body.len(), 1024);

    let scrape = scrape(&ctx).await;
    let delivered = sample(
        &scrape,
        "orgbase_webhook_deliveries_total{outcome=\"delivered\"}",
    );
    assert!(delivered >= received.len() as f64, "{scrape}");
    ctx.cleanup().await;
}

/// Failures: the documented schedule on the test clock, `Retry-After`
/// honoured, refusals and `410` final, the endpoint disabled after failing
/// for the documented time (an activity entry says so), the metrics, and
/// a hanging endpoint delaying no other organization's deliveries.
#[tokio::test]
async fn test_webhook_failures_follow_the_schedule_and_disable() {
    let receiver = Receiver::start().await;
    let settings = orgbase::app::WebhookSettings {
        allow_private_addresses: true,
        poll: Duration::from_millis(20),
        timeout: Duration::from_secs(2),
        connect_timeout: Duration::from_secs(1),
        disable_after: Duration::from_secs(2 * 24 * 3600),
        ..Default::default()
    };
    let schedule = settings.schedule.clone();
    let ctx = TestContext::with_options(Options {
        webhooks: Some(settings),
        ..Default::default()
    })
    .await;
    let admin = ctx.admin();
    // One organization per behaviour: each endpoint's first event is its
    // own creation.
    let mut endpoints = std::collections::BTreeMap::new();
    for behaviour in ["refuse", "gone", "throttle", "redirect", "close", "fail"]
    {
        let org = create_organization(&admin, behaviour).await;
        let path = format!("/{behaviour}");
        receiver.set(&path, &[], behaviour);
        let webhook =
            create(&admin, org.id, &receiver.url(&path), None, true).await;
        endpoints.insert(behaviour, (org.id, webhook.id));
    }
    let first_attempt = |behaviour: &'static str| {
        let (org, webhook) = endpoints[behaviour];
        let admin = admin.clone();
        async move {
            let found = wait_deliveries(&admin, org, webhook, |d| {
                d.len() == 1 && !d[0].attempts.is_empty()
            })
            .await;
            found[0].clone()
        }
    };
    // A refusal (4xx) is final: failed after one attempt.
    let refused = first_attempt("refuse").await;
    assert!(matches!(refused.status, types::WebhookDeliveryStatus::Failed));
    assert_eq!(refused.attempts[0].response_status, Some(400));
    assert_eq!(
        refused.attempts[0].response_body.as_deref(),
        Some("not for me")
    );
    // 410: the endpoint is gone, and disabled, as the log says.
    first_attempt("gone").await;
    let (gone_org, gone) = endpoints["gone"];
    let mut disabled = view(&admin, gone_org, gone).await;
    for _ in 0..250 {
        if !disabled.enabled {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        disabled = view(&admin, gone_org, gone).await;
    }
    assert_eq!(
        (disabled.enabled, disabled.disabled_reason.as_deref()),
        (false, Some("gone"))
    );
    let log = entries(&admin, gone_org).await;
    let entry = log.last().unwrap();
    assert_eq!(
        (entry.scope.as_str(), entry.activity.as_str()),
        ("Webhook", "updated")
    );
    assert!(entry.is_system, "{entry:?}");
    assert_eq!(entry.client.as_deref(), Some("orgbase webhook delivery"));
    // 429: tried again after its Retry-After exactly.
    let throttled = first_attempt("throttle").await;
    assert_eq!(throttled.attempts[0].response_status, Some(429));
    let (org, webhook) = endpoints["throttle"];
    let next = view(&admin, org, webhook).await.next_attempt_at.unwrap();
    assert_eq!(next - throttled.attempts[0].at, chrono::Duration::seconds(120));
    // A redirect is not followed; a closed connection has no status.
    let redirected = first_attempt("redirect").await;
    assert_eq!(redirected.attempts[0].response_status, Some(302));
    assert!(matches!(redirected.status, types::WebhookDeliveryStatus::Pending));
    let closed = first_attempt("close").await;
    assert!(closed.attempts[0].response_status.is_none());
    assert!(closed.attempts[0].error.is_some(), "{closed:?}");

    // A hanging endpoint holds its own attempt only: another
    // organization's event arrives meanwhile.
    let hanging_org = create_organization(&admin, "Hanging").await;
    receiver.set("/hang", &[], "hang");
    receiver.set("/prompt", &[], "ok");
    let prompt_org = create_organization(&admin, "Prompt").await;
    let prompt =
        create(&admin, prompt_org.id, &receiver.url("/prompt"), None, false)
            .await;
    let hanging =
        create(&admin, hanging_org.id, &receiver.url("/hang"), None, true)
            .await;
    let hang = receiver.wait("/hang", |r| !r.is_empty()).await;
    enable(&admin, prompt_org.id, prompt.id).await;
    let prompt_got = receiver.wait("/prompt", |r| !r.is_empty()).await;
    assert!(
        prompt_got[0].at - hang[0].at < 2.0,
        "delayed by the hanging endpoint"
    );
    let timed_out = wait_deliveries(&admin, hanging_org.id, hanging.id, |d| {
        !d.is_empty() && !d[0].attempts.is_empty()
    })
    .await;
    let attempt = &timed_out[0].attempts[0];
    assert!(
        attempt.duration_ms >= 1900 && attempt.error.is_some(),
        "{attempt:?}"
    );

    // 500s: every attempt of the schedule, each after its wait (a fifth
    // more or less), then the event is given up on.
    let (org, webhook) = endpoints["fail"];
    let metrics = scrape(&ctx).await;
    assert!(
        sample(&metrics, "orgbase_webhook_queue_depth") >= 1.0,
        "{metrics}"
    );
    for (made, wait) in schedule.iter().enumerate() {
        let found = wait_deliveries(&admin, org, webhook, |d| {
            d.len() == 1 && d[0].attempts.len() == made + 1
        })
        .await;
        let last = found[0].attempts.last().unwrap().clone();
        assert_eq!(last.response_status, Some(500));
        let next = view(&admin, org, webhook).await.next_attempt_at.unwrap();
        let gap = (next - last.at).to_std().unwrap().as_secs_f64();
        let wait = wait.as_secs_f64();
        assert!(
            gap >= wait * 0.8 - 0.001 && gap <= wait * 1.2 + 0.001,
            "{gap} after {wait}"
        );
        ctx.advance_clock(next - ctx.now() + chrono::Duration::seconds(1));
    }
    let given_up = wait_deliveries(&admin, org, webhook, |d| {
        matches!(d[0].status, types::WebhookDeliveryStatus::Failed)
    })
    .await;
    assert_eq!(given_up[0].attempts.len(), schedule.len() + 1);
    let endpoint = view(&admin, org, webhook).await;
    assert!(endpoint.enabled && endpoint.next_attempt_at.is_none());
    assert!(endpoint.failing_since.is_some());
    // Failing for two days: the next failure disables it.
    ctx.advance_clock(chrono::Duration::days(2));
    admin
        .organization_patch()
        .organization_id(org.to_string())
        .body(
            types::OrganizationPatch::builder()
                .name("Still failing".to_string()),
        )
        .send()
        .await
        .unwrap();
    let mut endpoint = view(&admin, org, webhook).await;
    for _ in 0..250 {
        if !endpoint.enabled {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        endpoint = view(&admin, org, webhook).await;
    }
    assert_eq!(endpoint.disabled_reason.as_deref(), Some("failing"));
    let entry = entries(&admin, org).await.pop().unwrap();
    assert_eq!(
        (entry.scope.as_str(), entry.item_id),
        ("Webhook", webhook.to_string())
    );
    assert!(entry.detail.changes.iter().any(|c| c.field == "disabled_reason"));

    let metrics = scrape(&ctx).await;
    for outcome in ["delivered", "retrying", "failed"] {
        let name = format!(
            "orgbase_webhook_deliveries_total{{outcome=\"{outcome}\"}}"
        );
        assert!(sample(&metrics, &name) >= 1.0, "{name}: {metrics}");
    }
    ctx.cleanup().await;
}

const KILL_KEY: &str = "phx_webhookkilltest0123456789abcdefghijklm";

/// Where the kill test's servers keep their store.
enum KillTarget {
    Sled(tempfile::TempDir),
    Postgres { cluster: crate::postgres_cluster::Cluster, url: String },
}

impl KillTarget {
    /// `orgbase serve` on the store, delivering to loopback with a short
    /// lease (a killed replica's endpoint is taken over quickly) and a
    /// schedule of short waits that spans the receiver's restarts.
    fn serve(&self) -> crate::binary::Served {
        let (store, location): (&str, &std::ffi::OsStr) = match self {
            KillTarget::Sled(dir) => ("--data-dir", dir.path().as_os_str()),
            KillTarget::Postgres { url, .. } => {
                ("--database-url", url.as_ref())
            }
        };
        let args: [&std::ffi::OsStr; 13] = [
            store.as_ref(),
            location,
            "--rate-limits".as_ref(),
            "off".as_ref(),
            "--webhook-allow-private-addresses".as_ref(),
            "--webhook-poll-interval".as_ref(),
            "20ms".as_ref(),
            "--webhook-lease".as_ref(),
            "2s".as_ref(),
            "--webhook-timeout".as_ref(),
            "1s".as_ref(),
            "--webhook-retry-schedule".as_ref(),
            "100ms,250ms,500ms,1s,1s,2s,2s,2s,2s,2s,2s,2s".as_ref(),
        ];
        crate::binary::serve_with(&args, Some(KILL_KEY))
    }

    fn check(&self) {
        let location: [&std::ffi::OsStr; 2] = match self {
            KillTarget::Sled(dir) => {
                ["--data-dir".as_ref(), dir.path().as_ref()]
            }
            KillTarget::Postgres { url, .. } => {
                ["--database-url".as_ref(), url.as_ref()]
            }
        };
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
            .arg("check")
            .args(location)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "orgbase check failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Kill orgbase (SIGKILL) at random moments while changes and deliveries
/// run, restart the receiver, and (on PostgreSQL, with two replicas) the
/// database, under load: every committed change reaches every matching
/// endpoint at least once, the first receipts come in commit order,
/// nothing is delivered that the log does not hold, and every delivery
/// verifies.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_webhook_deliveries_survive_kills_restarts_and_replicas() {
    use rand::Rng;
    use rand::SeedableRng;
    let seed = 20_261_207;
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let target = match crate::common::testing_postgres() {
        true => {
            let cluster = crate::postgres_cluster::Cluster::private(false);
            let url = cluster.create_database().await;
            KillTarget::Postgres { cluster, url }
        }
        false => KillTarget::Sled(tempfile::tempdir().unwrap()),
    };
    let replicas = match target {
        KillTarget::Sled(_) => 1,
        KillTarget::Postgres { .. } => 2,
    };
    let mut servers: Vec<crate::binary::Served> =
        (0..replicas).map(|_| target.serve()).collect();
    let mut receiver = Receiver::start().await;
    let url_of =
        |served: &crate::binary::Served| format!("http://{}", served.address);
    let admin = crate::common::client_for(&url_of(&servers[0]), Some(KILL_KEY));
    let org = create_organization(&admin, "Killed").await;
    let all = subscribed(&admin, org.id, &receiver, "/all", None).await;
    let role_types = Some(vec!["Role".into()]);
    let roles =
        subscribed(&admin, org.id, &receiver, "/roles", role_types).await;
    enable(&admin, org.id, all.id).await;
    enable(&admin, org.id, roles.id).await;

    // Writers: roles created and renamed without pause, through every
    // replica in turn; what was acknowledged is kept.
    let addresses: Arc<Mutex<Vec<String>>> =
        Arc::new(Mutex::new(servers.iter().map(url_of).collect()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let acknowledged: Arc<Mutex<Vec<uuid::Uuid>>> = Arc::default();
    let writers: Vec<_> = (0..2)
        .map(|writer| {
            let (addresses, stop, acknowledged) = (
                Arc::clone(&addresses),
                Arc::clone(&stop),
                Arc::clone(&acknowledged),
            );
            tokio::spawn(async move {
                let mut made = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    made += 1;
                    let base = {
                        let addresses = addresses.lock().unwrap();
                        addresses[made % addresses.len()].clone()
                    };
                    let client =
                        crate::common::client_for(&base, Some(KILL_KEY));
                    let created = client
                        .role_create()
                        .organization_id(org.id.to_string())
                        .body(types::RoleCreate {
                            name: format!("w{writer}-{made}"),
                        })
                        .send()
                        .await;
                    match created {
                        Ok(role) => acknowledged.lock().unwrap().push(role.id),
                        Err(_) => {
                            tokio::time::sleep(Duration::from_millis(20)).await
                        }
                    }
                }
            })
        })
        .collect();

    let mut database_restarts = 0;
    for cycle in 0..8 {
        let pause = rng.gen_range(100..400);
        tokio::time::sleep(Duration::from_millis(pause)).await;
        match (cycle % 4, &target) {
            (3, KillTarget::Postgres { cluster, .. }) => {
                cluster.restart();
                database_restarts += 1;
            }
            (1, _) => receiver.restart().await,
            _ => {
                let at = rng.gen_range(0..servers.len());
                let log = servers.remove(at).kill();
                assert!(
                    !log.contains("panicked"),
                    "the server panicked: {log}"
                );
                let served = target.serve();
                addresses.lock().unwrap()[at] = url_of(&served);
                servers.insert(at, served);
            }
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    let reader =
        crate::common::client_for(&url_of(&servers[0]), Some(KILL_KEY));
    let log = entries(&reader, org.id).await;
    let from = log
        .iter()
        .position(|e| e.scope == "Webhook" && e.item_id == all.id.to_string())
        .unwrap();
    let committed: Vec<&types::ActivityLogEntry> = log[from..].iter().collect();
    for (path, wanted) in [
        ("/all", committed.clone()),
        (
            "/roles",
            committed.iter().copied().filter(|e| e.scope == "Role").collect(),
        ),
    ] {
        let expected: Vec<String> =
            wanted.iter().map(|e| e.id.to_string()).collect();
        let received = receiver
            .wait(path, |got| {
                let ids: std::collections::HashSet<&str> =
                    got.iter().map(|r| r.id.as_str()).collect();
                expected.iter().all(|id| ids.contains(id.as_str()))
            })
            .await;
        // Each at least once, first receipts in commit order, nothing
        // the log does not hold, every one verified.
        let mut first = Vec::new();
        for got in &received {
            assert!(
                expected.contains(&got.id),
                "{path} got {} that never committed",
                got.id
            );
            assert_eq!(got.verified, [0], "{path}: {got:?}");
            if !first.contains(&got.id) {
                first.push(got.id.clone());
            }
        }
        assert_eq!(
            first, expected,
            "{path}: first receipts out of commit order"
        );
        eprintln!(
            "webhook kill test: {path}: {} events, {} deliveries",
            expected.len(),
            received.len()
        );
    }
    // Every acknowledged write is a delivered change.
    let delivered: std::collections::HashSet<String> =
        committed.iter().map(|e| e.item_id.clone()).collect();
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 20,
        "only {} writes acknowledged",
        acknowledged.len()
    );
    for role in &acknowledged {
        assert!(
            delivered.contains(&role.to_string()),
            "role {role} was never delivered"
        );
    }
    for served in servers {
        served.kill();
    }
    target.check();
    if let KillTarget::Postgres { .. } = target {
        assert_eq!(database_restarts, 2);
    }
}
