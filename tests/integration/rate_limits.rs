//! Rate limits: PostHog's burst and sustained windows per personal API
//! key (429 with its body and `Retry-After`, served again once the wait is
//! over), failed authentications per client address (behind trusted
//! proxies and not), SCIM tokens, the metrics, and limits off. Small
//! figures keep the tests short; the server's clock is moved, never waited
//! for.

use crate::common::create_organization;
use crate::common::Options;
use crate::common::TestContext;
use crate::dns_server::DnsServer;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::rate_limit::RateLimitSettings;
use reqwest::StatusCode;

fn settings(burst: &str, sustained: &str) -> RateLimitSettings {
    RateLimitSettings {
        burst: burst.parse().unwrap(),
        sustained: sustained.parse().unwrap(),
        ..RateLimitSettings::on()
    }
}

/// A request's refusal as the generated client sees it: the status, its
/// `Retry-After`, and PostHog's body.
fn refusal<T: std::fmt::Debug>(
    result: crate::common::ApiResult<T>,
) -> (u16, String, types::ApiError) {
    match result {
        Err(orgbase::client::Error::ErrorResponse(response)) => {
            let retry_after = response
                .headers()
                .get("retry-after")
                .map(|value| value.to_str().unwrap().to_string())
                .unwrap_or_default();
            (response.status().as_u16(), retry_after, response.into_inner())
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

fn assert_throttled(
    (status, retry_after, error): (u16, String, types::ApiError),
    wait: u64,
) {
    let unit = if wait == 1 { "second" } else { "seconds" };
    assert_eq!(
        (status, retry_after.as_str()),
        (429, wait.to_string().as_str())
    );
    assert_eq!(error.type_, types::ErrorType::ThrottledError);
    assert_eq!(error.code, "throttled");
    assert_eq!(
        error.detail,
        format!("Request was throttled. Expected available in {wait} {unit}.")
    );
    assert_eq!(error.attr, None);
}

async fn throttled_count(ctx: &TestContext, limit: &str) -> u64 {
    let text = reqwest::get(format!("{}/metrics", ctx.base_url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let series =
        format!("orgbase_requests_throttled_total{{limit=\"{limit}\"}} ");
    let line = text
        .lines()
        .find(|line| line.starts_with(&series))
        .unwrap_or_else(|| panic!("no {series} in:\n{text}"));
    line[series.len()..].trim().parse().unwrap()
}

#[tokio::test]
async fn test_rate_limits_burst_per_key_with_retry_after() {
    let ctx = TestContext::with_options(Options {
        rate_limits: Some(settings("5/minute", "1000/hour")),
        ..Default::default()
    })
    .await;
    let ann = ctx.user("ann@example.com", &[Scope::X]).await;
    let bob = ctx.user("bob@example.com", &[Scope::X]).await;
    for _ in 0..5 {
        ann.client.organization_list().send().await.unwrap();
    }
    // The sixth in the minute is refused, told to wait 12 s (5 a minute
    // refill one every 12 s).
    let refused = ann.client.organization_list().send().await;
    assert_throttled(refusal(refused), 12);
    // A write is refused the same way, and nothing is written.
    let refused = ann
        .client
        .organization_create()
        .body(types::OrganizationCreate::builder().name("Too soon"))
        .send()
        .await;
    assert_throttled(refusal(refused), 12);
    // Another key is counted on its own.
    bob.client.organization_list().send().await.unwrap();

    ctx.advance_clock(chrono::Duration::seconds(11));
    assert_throttled(refusal(ann.client.organization_list().send().await), 1);
    ctx.advance_clock(chrono::Duration::seconds(1));
    create_organization(&ann.client, "On time").await;
    ctx.advance_clock(chrono::Duration::seconds(12));
    let names: Vec<String> = ann
        .client
        .organization_list()
        .send()
        .await
        .unwrap()
        .into_inner()
        .results
        .into_iter()
        .map(|organization| organization.name)
        .collect();
    assert_eq!(names, ["On time"]);
    assert_eq!(throttled_count(&ctx, "burst").await, 3);
    assert_eq!(throttled_count(&ctx, "sustained").await, 0);
}

#[tokio::test]
async fn test_rate_limits_sustained_window() {
    let ctx = TestContext::with_options(Options {
        rate_limits: Some(settings("100/minute", "3/hour")),
        ..Default::default()
    })
    .await;
    let ann = ctx.user("ann@example.com", &[Scope::X]).await;
    for _ in 0..3 {
        ann.client.user_view().uuid("@me").send().await.unwrap();
    }
    assert_throttled(
        refusal(ann.client.user_view().uuid("@me").send().await),
        1200,
    );
    ctx.advance_clock(chrono::Duration::seconds(1200));
    ann.client.user_view().uuid("@me").send().await.unwrap();
    assert_eq!(throttled_count(&ctx, "sustained").await, 1);
}

/// A raw answer: its status, its `Retry-After` and its JSON body.
async fn answer(
    request: reqwest::RequestBuilder,
) -> (StatusCode, Option<String>, serde_json::Value) {
    let response = request.send().await.unwrap();
    let status = response.status();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|value| value.to_str().unwrap().to_string());
    (status, retry_after, response.json().await.unwrap())
}

/// A raw GET of `@me` with `key`, from `forwarded_for` as the proxy says.
async fn me_from(
    ctx: &TestContext,
    key: &str,
    forwarded_for: &str,
) -> (StatusCode, Option<String>, serde_json::Value) {
    answer(
        reqwest::Client::new()
            .get(format!("{}/api/users/@me/", ctx.base_url))
            .bearer_auth(key)
            .header("x-forwarded-for", forwarded_for),
    )
    .await
}

const WRONG_KEY: &str = "phx_wrongwrongwrongwrongwrongwrongwrongwrong01";

#[tokio::test]
async fn test_rate_limits_failed_authentications_per_client_address() {
    let ctx = TestContext::with_options(Options {
        rate_limits: Some(RateLimitSettings {
            failed_authentication: "3/minute".parse().unwrap(),
            ..RateLimitSettings::on()
        }),
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        ..Default::default()
    })
    .await;
    let ann = ctx.user("ann@example.com", &[Scope::X]).await;
    let attacker = "203.0.113.9";
    let neighbour = "198.51.100.4";
    for _ in 0..3 {
        let (status, retry_after, body) =
            me_from(&ctx, WRONG_KEY, attacker).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
        assert_eq!(retry_after, None);
    }
    let (status, retry_after, body) = me_from(&ctx, WRONG_KEY, attacker).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(retry_after.as_deref(), Some("20"));
    assert_eq!(body["type"], "throttled_error");
    // While it waits, the address's requests are refused before their key
    // is read: a right guess would tell nothing either.
    let (status, ..) = me_from(&ctx, &ann.key, attacker).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the same proxy is not slowed, and has an
    // allowance of its own.
    let (status, ..) = me_from(&ctx, &ann.key, neighbour).await;
    assert_eq!(status, StatusCode::OK);
    let (status, ..) = me_from(&ctx, WRONG_KEY, neighbour).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A client cannot pick its address by prepending to the header: the
    // proxy's last entry counts.
    let spoofed = format!("192.0.2.200, {attacker}");
    let (status, ..) = me_from(&ctx, &ann.key, &spoofed).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);

    ctx.advance_clock(chrono::Duration::seconds(20));
    let (status, ..) = me_from(&ctx, &ann.key, attacker).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(throttled_count(&ctx, "failed_authentication").await, 3);
}

#[tokio::test]
async fn test_rate_limits_forwarded_for_is_ignored_from_untrusted_peers() {
    let ctx = TestContext::with_options(Options {
        rate_limits: Some(RateLimitSettings {
            failed_authentication: "2/minute".parse().unwrap(),
            ..RateLimitSettings::on()
        }),
        ..Default::default()
    })
    .await;
    // Without trusted proxies, a new `X-Forwarded-For` per guess does not
    // buy a new allowance: the peer's address counts.
    for (n, forwarded) in ["192.0.2.1", "192.0.2.2"].into_iter().enumerate() {
        let (status, ..) = me_from(&ctx, WRONG_KEY, forwarded).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "guess {n}");
    }
    let (status, retry_after, _) = me_from(&ctx, WRONG_KEY, "192.0.2.3").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(retry_after.as_deref(), Some("30"));
}

#[tokio::test]
async fn test_rate_limits_scim_token_and_wrong_tokens() {
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        rate_limits: Some(RateLimitSettings {
            scim: "3/minute".parse().unwrap(),
            failed_authentication: "2/minute".parse().unwrap(),
            ..RateLimitSettings::on()
        }),
        ..Default::default()
    })
    .await;
    let owner = ctx.user("owner@acme.test", &[Scope::X]).await;
    let organization = create_organization(&owner.client, "Acme").await;
    let (domain, token) = crate::scim::scim_domain(
        &ctx,
        &dns,
        &owner,
        &organization,
        "acme.test",
    )
    .await;
    let users = format!("{}/scim/v2/{}/Users", ctx.base_url, domain.id);
    let get = |token: String| {
        answer(reqwest::Client::new().get(&users).bearer_auth(token))
    };
    for _ in 0..3 {
        let (status, _, body) = get(token.clone()).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let (status, retry_after, body) = get(token.clone()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(retry_after.as_deref(), Some("20"));
    assert_eq!(
        body["schemas"],
        serde_json::json!(["urn:ietf:params:scim:api:messages:2.0:Error"])
    );
    assert_eq!(body["status"], "429");
    assert_eq!(
        body["detail"],
        "Request was throttled. Expected available in 20 seconds."
    );
    // A refused request is not kept in the domain's SCIM log.
    let log = owner
        .client
        .domain_scim_logs()
        .organization_id(organization.id.to_string())
        .domain_id(domain.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(log.count, 3, "{:?}", log.results);

    // Wrong tokens count against the caller's address.
    for _ in 0..2 {
        let (status, ..) = get("wrong-token".to_string()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, retry_after, body) = get("wrong-token".to_string()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(retry_after.as_deref(), Some("30"));
    assert_eq!(body["status"], "429");

    ctx.advance_clock(chrono::Duration::seconds(30));
    let (status, ..) = get(token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(throttled_count(&ctx, "scim").await, 1);
    assert_eq!(throttled_count(&ctx, "failed_authentication").await, 1);
}

#[tokio::test]
async fn test_rate_limits_off_refuse_nothing() {
    let ctx = TestContext::with_options(Options {
        rate_limits: Some(RateLimitSettings {
            burst: "1/minute".parse().unwrap(),
            failed_authentication: "1/minute".parse().unwrap(),
            ..RateLimitSettings::off()
        }),
        ..Default::default()
    })
    .await;
    let ann = ctx.user("ann@example.com", &[Scope::X]).await;
    for _ in 0..20 {
        ann.client.user_view().uuid("@me").send().await.unwrap();
        let (status, ..) = me_from(&ctx, WRONG_KEY, "192.0.2.1").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(throttled_count(&ctx, "burst").await, 0);
}
