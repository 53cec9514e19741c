//! What the server offers beside the API, through real HTTP: the OpenAPI
//! document and its interactive reference, the metrics (on the API's
//! address or their own), readiness, and the PostgreSQL connection pool's
//! size.

use crate::binary::serve_with;
use crate::common::api_error;
use crate::common::client_for;
use crate::common::create_organization;
use crate::common::Options;
use crate::common::TestContext;
use orgbase::client::types::Scope;

async fn get(url: &str) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(url)
        .send()
        .await
        .unwrap()
}

/// The value of the sample `name` (with its labels, as written) in a
/// scrape; 0 when absent.
pub fn sample(scrape: &str, name: &str) -> f64 {
    scrape
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .map_or(0.0, |value| value.parse().unwrap())
}

#[track_caller]
fn assert_content_type(response: &reqwest::Response, expected: &str) {
    let content_type = response.headers()["content-type"].to_str().unwrap();
    assert!(content_type.starts_with(expected), "{content_type}");
}

async fn scrape(base_url: &str) -> String {
    let response = get(&format!("{base_url}/metrics")).await;
    assert_eq!(response.status(), 200);
    assert_content_type(&response, "application/openmetrics-text");
    response.text().await.unwrap()
}

#[tokio::test]
async fn test_openapi_json_is_the_committed_spec() {
    let ctx = TestContext::new().await;
    let response = get(&format!("{}/openapi.json", ctx.base_url)).await;
    assert_eq!(response.status(), 200);
    assert_content_type(&response, "application/json");
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/openapi.json"
    ))
    .unwrap();
    assert_eq!(response.text().await.unwrap(), committed);
    // The routes for operators are not in it.
    for route in ["/openapi.json", "/docs", "/metrics"] {
        assert!(!committed.contains(&format!("\"{route}")), "{route}");
    }
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_docs_page_and_its_files_are_served() {
    let ctx = TestContext::new().await;
    let base = &ctx.base_url;

    let redirect = get(&format!("{base}/docs")).await;
    assert_eq!(redirect.status(), 301);
    assert_eq!(redirect.headers()["location"], "/docs/");

    let page = get(&format!("{base}/docs/")).await;
    assert_eq!(page.status(), 200);
    assert_content_type(&page, "text/html");
    let page = page.text().await.unwrap();
    // Every file the page links to is served, from this server only.
    let mut linked = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        for part in page.split(attribute).skip(1) {
            linked.push(part.split('"').next().unwrap().to_string());
        }
    }
    assert!(linked.iter().any(|link| link.ends_with("swagger-ui-bundle.js")));
    assert!(linked.iter().any(|link| link.ends_with("swagger-initializer.js")));
    for link in &linked {
        assert!(!link.contains("://"), "the page links outside: {link}");
        let response = get(&format!("{base}/docs/{link}")).await;
        assert_eq!(response.status(), 200, "{link}");
        assert!(!response.bytes().await.unwrap().is_empty(), "{link}");
    }

    // The page reads this server's document and calls no validator.
    let initializer = get(&format!("{base}/docs/swagger-initializer.js")).await;
    let initializer = initializer.text().await.unwrap();
    assert!(initializer.contains("\"/openapi.json\""), "{initializer}");
    assert!(initializer.contains("\"validatorUrl\": \"none\""));

    // A file that is not there: 404 with PostHog's body.
    let missing = get(&format!("{base}/docs/nothing.js")).await;
    assert_eq!(missing.status(), 404);
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["code"], "not_found");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_metrics_count_requests_records_and_flushes() {
    let ctx = TestContext::new().await;
    let base = &ctx.base_url;
    let before = scrape(base).await;
    // The bootstrap user and key are there from the start.
    assert_eq!(sample(&before, "orgbase_users"), 1.0);
    assert_eq!(sample(&before, "orgbase_personal_api_keys"), 1.0);
    assert_eq!(sample(&before, "orgbase_organizations"), 0.0);
    let version = format!(
        "orgbase_build_info{{version=\"{}\",commit=",
        env!("CARGO_PKG_VERSION")
    );
    assert!(before.contains(&version), "{before}");

    let created = "orgbase_http_requests_total{operation_id=\"organization_create\",status_class=\"2xx\"}";
    let refused = "orgbase_http_requests_total{operation_id=\"organization_view\",status_class=\"4xx\"}";
    let unrouted = "orgbase_http_requests_total{operation_id=\"unrouted\",status_class=\"4xx\"}";
    let latency = "orgbase_http_request_duration_seconds_count{operation_id=\"organization_create\"}";
    let batches = "orgbase_store_flush_batch_size_count";
    let flushes = "orgbase_store_flush_duration_seconds_count";
    let waits = "orgbase_store_write_durable_wait_seconds_count";

    let admin = ctx.admin();
    let first = create_organization(&admin, "One").await;
    create_organization(&admin, "Two").await;
    let user = ctx.user("metrics@example.com", &[Scope::X]).await;
    api_error(
        admin
            .organization_view()
            .organization_id(uuid::Uuid::nil().to_string())
            .send()
            .await,
    );
    get(&format!("{base}/no/such/route")).await;
    admin
        .organization_delete()
        .organization_id(first.id.to_string())
        .send()
        .await
        .unwrap();

    let after = scrape(base).await;
    assert_eq!(sample(&after, created) - sample(&before, created), 2.0);
    assert_eq!(sample(&after, refused) - sample(&before, refused), 1.0);
    assert_eq!(sample(&after, unrouted) - sample(&before, unrouted), 1.0);
    assert_eq!(sample(&after, latency), 2.0);
    assert_eq!(sample(&after, "orgbase_organizations"), 1.0);
    assert_eq!(sample(&after, "orgbase_users"), 2.0);
    assert_eq!(sample(&after, "orgbase_personal_api_keys"), 2.0);
    // Four writes (two creates, a user, a delete), each made durable by
    // a group commit: sled's (PostgreSQL commits each transaction, and
    // has no flush figures).
    if ctx.database_url().is_none() {
        assert!(sample(&after, waits) - sample(&before, waits) >= 4.0);
        assert!(sample(&after, batches) > sample(&before, batches));
        assert!(sample(&after, flushes) > sample(&before, flushes));
        let pool = "orgbase_store_connections";
        assert!(!after.contains(pool), "no connection pool on sled");
    } else {
        assert!(!after.contains(flushes), "no flush figures on PostgreSQL");
    }

    // Removing the user's only key moves the key count.
    let keys = user.client.personal_api_key_list().send().await.unwrap();
    let key_id = keys.into_inner().results[0].id.to_string();
    user.client.personal_api_key_delete().id(key_id).send().await.unwrap();
    let last = scrape(base).await;
    assert_eq!(sample(&last, "orgbase_personal_api_keys"), 1.0);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_metrics_on_their_own_address() {
    let options = Options {
        metrics_bind: Some("127.0.0.1:0".parse().unwrap()),
        ..Options::default()
    };
    let ctx = TestContext::with_options(options).await;
    let metrics_url = ctx.metrics_url().expect("a metrics server");
    let scraped = scrape(&metrics_url).await;
    assert!(scraped.contains("# TYPE orgbase_organizations gauge"));
    // Not on the API's address any more, and the API is not there.
    assert_eq!(get(&format!("{}/metrics", ctx.base_url)).await.status(), 404);
    let api_there = get(&format!("{metrics_url}/api/organizations/")).await;
    assert_eq!(api_there.status(), 404);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_ready_until_the_store_stops_answering() {
    let ctx = TestContext::new().await;
    let client = crate::common::client_for(&ctx.base_url, None);
    let ready = client.ready().send().await.unwrap();
    assert_eq!(ready.into_inner().status, "ok");

    // Stop the store's flusher under the running server: writes can no
    // longer be made durable.
    ctx.store().clone().close().unwrap();
    let (status, error) = api_error(client.ready().send().await);
    assert_eq!(status, 503);
    assert_eq!(error.code, "service_unavailable");
    assert_eq!(
        serde_json::to_value(error.type_).unwrap(),
        serde_json::json!("server_error")
    );
    assert_eq!(error.attr, None);
    // Liveness is not readiness.
    client.health().send().await.unwrap();
    ctx.cleanup().await;
}

/// `--database-pool-size` bounds the connections one server holds to
/// PostgreSQL: many requests at once share them (none fails), the database
/// sees no more, and the metrics show the pool. Runs on PostgreSQL
/// whichever backend the run chose.
#[tokio::test]
async fn test_database_pool_size_bounds_the_connections() {
    const KEY: &str = "phx_poolsizetestkey0123456789abcdefghijklmn";
    let url = crate::postgres_cluster::cluster().create_database().await;
    let served = serve_with(
        &[
            "--database-url".as_ref(),
            url.as_ref(),
            "--database-pool-size".as_ref(),
            "2".as_ref(),
        ],
        Some(KEY),
    );
    let base_url = format!("http://{}", served.address);
    let client = client_for(&base_url, Some(KEY));
    // More requests at once than connections: each waits for one.
    let names: Vec<String> = (0..24).map(|n| format!("Pooled {n}")).collect();
    let creates = names.iter().map(|name| create_organization(&client, name));
    let created = futures::future::join_all(creates).await;
    assert_eq!(created.len(), 24);

    let database = crate::postgres_cluster::connect(&url).await;
    let connections: i64 = database
        .query_one(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!((1..=2).contains(&connections), "{connections} connections");

    let scraped = scrape(&base_url).await;
    assert_eq!(sample(&scraped, "orgbase_store_connections_max"), 2.0);
    assert_eq!(
        sample(&scraped, "orgbase_store_connections"),
        connections as f64
    );
    // The scrape itself holds no connection: nothing is in use, or waiting.
    assert_eq!(sample(&scraped, "orgbase_store_connections_in_use"), 0.0);
    assert_eq!(sample(&scraped, "orgbase_store_connection_waiters"), 0.0);

    // The option is validated: a pool of none is refused at start.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--database-url", &url, "--database-pool-size", "0"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("--database-pool-size"), "{stderr}");
}
