//! Authentication and scopes on every operation, and the error body for
//! what the framework rejects before a handler runs (hostile.rs takes the
//! same inputs, and worse, to every operation).

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::document_operations;
use crate::common::fill_path;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use orgbase::client::types::Scope;
use reqwest::Method;

/// Every operation in the document, as (method, path with the given id in
/// every path parameter, required scope).
fn operations(id: &str) -> Vec<(Method, String, Option<String>)> {
    document_operations()
        .into_iter()
        .map(|(method, path, operation)| {
            let scope = operation["security"][0]["PersonalAPIKeyAuth"][0]
                .as_str()
                .map(str::to_string);
            (method, fill_path(&path, |_| id.to_string()), scope)
        })
        .collect()
}

async fn send(
    ctx: &TestContext,
    method: &Method,
    path: &str,
    authorization: Option<&str>,
) -> (u16, serde_json::Value) {
    let mut request = reqwest::Client::new()
        .request(method.clone(), format!("{}{path}", ctx.base_url))
        .header("content-type", "application/json")
        .body("{}");
    if let Some(authorization) = authorization {
        request = request.header("authorization", authorization);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(serde_json::Value::Null))
}

/// The 401/403 rows of the auth matrix, for every operation: no
/// credentials, a malformed header, an unknown key, a key without the
/// operation's scope. The checks read the document, so new operations are
/// covered as they are added.
#[tokio::test]
async fn test_auth_matrix_on_every_operation() {
    let ctx = TestContext::new().await;
    let org = create_organization(&ctx.admin(), "Matrix").await;
    let only_user = ctx.user("only-user@example.com", &[Scope::UserRead]).await;
    let only_org =
        ctx.user("only-org@example.com", &[Scope::OrganizationRead]).await;
    let (mut checked, mut open) = (0, 0);
    for (method, path, scope) in operations(&org.id.to_string()) {
        let Some(scope) = scope else {
            let (status, _) = send(&ctx, &method, &path, None).await;
            assert_eq!(status, 200, "{method} {path} needs no credentials");
            open += 1;
            continue;
        };
        let rows = [
            (None, 401, "not_authenticated"),
            (Some("Basic dXNlcjpwYXNz".to_string()), 401, "not_authenticated"),
            (
                Some("Bearer phx_unknownkey".to_string()),
                401,
                "authentication_failed",
            ),
            (Some("Bearer ".to_string()), 401, "authentication_failed"),
        ];
        for (authorization, status, code) in rows {
            let (got, body) =
                send(&ctx, &method, &path, authorization.as_deref()).await;
            assert_eq!(
                got, status,
                "{method} {path} with {authorization:?}: {body}"
            );
            assert_eq!(body["type"], "authentication_error", "{method} {path}");
            assert_eq!(body["code"], code, "{method} {path}");
            assert!(body["attr"].is_null());
        }
        let lacking =
            if scope.starts_with("user:") { &only_org } else { &only_user };
        let (got, body) = send(
            &ctx,
            &method,
            &path,
            Some(&format!("Bearer {}", lacking.key)),
        )
        .await;
        assert_eq!(got, 403, "{method} {path} without {scope}: {body}");
        assert_eq!(body["code"], "permission_denied");
        assert!(body["detail"].as_str().unwrap().contains(&scope), "{body}");
        checked += 1;
    }
    // Every operation of the document, each once.
    let operations = crate::common::document_operations().len();
    assert_eq!(checked + open, operations, "{checked} checked, {open} open");
    assert!(checked > open);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_auth_write_scope_implies_read() {
    let ctx = TestContext::new().await;
    let writer =
        ctx.user("writer@example.com", &[Scope::OrganizationWrite]).await;
    let org = create_organization(&writer.client, "Writable").await;
    let list =
        writer.client.organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.results[0].id, org.id);
    let reader =
        ctx.user("reader@example.com", &[Scope::OrganizationRead]).await;
    let error = api_error(
        reader
            .client
            .organization_create()
            .body(
                orgbase::client::types::OrganizationCreate::builder()
                    .name("No"),
            )
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    assert_eq!(
        reader.client.organization_list().send().await.unwrap().count,
        0
    );
    ctx.cleanup().await;
}

/// Sends a request with the staff user's key.
pub async fn raw(
    ctx: &TestContext,
    method: Method,
    path: &str,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> (u16, serde_json::Value) {
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", ctx.base_url))
        .bearer_auth(ADMIN_KEY)
        .body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or_default())
}

/// Asserts an error's status and PostHog body: `(status, type, code,
/// attr)`, and a detail.
#[track_caller]
pub fn assert_body(
    (status, body): (u16, serde_json::Value),
    expected: (u16, &str, &str, Option<&str>),
) {
    let (expected_status, error_type, code, attr) = expected;
    assert_eq!(status, expected_status, "{body}");
    assert_eq!(body["type"], error_type, "{body}");
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["attr"].as_str(), attr, "{body}");
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()), "{body}");
}

#[tokio::test]
async fn test_framework_errors_have_posthog_body() {
    let ctx = TestContext::new().await;
    let json = Some("application/json");
    let path = "/api/organizations/";
    assert_body(
        raw(&ctx, Method::POST, path, json, b"{\"name\": ".to_vec()).await,
        (400, "invalid_request", "parse_error", None),
    );
    assert_body(
        raw(
            &ctx,
            Method::POST,
            path,
            json,
            b"{\"name\": \"a\"} trailing".to_vec(),
        )
        .await,
        (400, "invalid_request", "parse_error", None),
    );
    // Deep nesting: rejected where a value is expected, skipped (without
    // harm) where a field is unknown.
    let deep = |field: &str| {
        let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        format!("{{\"name\": \"Deep\", \"{field}\": {nested}}}").into_bytes()
    };
    assert_body(
        raw(&ctx, Method::POST, path, json, deep("enforce_2fa")).await,
        (400, "validation_error", "invalid", Some("enforce_2fa")),
    );
    let (status, _) =
        raw(&ctx, Method::POST, path, json, deep("unknown")).await;
    assert_eq!(status, 201);
    ctx.admin()
        .organization_delete()
        .organization_id("@current")
        .send()
        .await
        .unwrap();
    assert_body(
        raw(&ctx, Method::POST, path, json, b"[1, 2]".to_vec()).await,
        (400, "validation_error", "invalid", None),
    );
    // A body just under the size limit is read (and then validated); one
    // over it, a wrong content type and invalid UTF-8 are in hostile.rs,
    // for every operation.
    let mut big = b"{\"name\": \"".to_vec();
    big.extend(std::iter::repeat_n(b'a', 1000 * 1024));
    big.extend(b"\"}");
    assert_body(
        raw(&ctx, Method::POST, path, json, big).await,
        (400, "validation_error", "max_length", Some("name")),
    );
    for query in ["limit=abc", "offset=-1", "limit=1.5"] {
        let (status, body) =
            raw(&ctx, Method::GET, &format!("{path}?{query}"), None, vec![])
                .await;
        let attr = query.split('=').next().unwrap();
        assert_body(
            (status, body),
            (400, "validation_error", "invalid", Some(attr)),
        );
    }
    assert_body(
        raw(&ctx, Method::GET, &format!("{path}?limit=0"), None, vec![]).await,
        (400, "validation_error", "min_value", Some("limit")),
    );
    // Nothing was created by any of these.
    let list =
        ctx.admin().organization_list().send().await.unwrap().into_inner();
    assert_eq!(list.count, 0);
    ctx.cleanup().await;
}

/// The router answers unknown paths and wrong methods itself, before any
/// handler, with Dropshot's body (the documented exception).
#[tokio::test]
async fn test_unknown_route_and_wrong_method_statuses() {
    let ctx = TestContext::new().await;
    let (status, _) =
        raw(&ctx, Method::GET, "/api/nothing-here/", None, vec![]).await;
    assert_eq!(status, 404);
    let (status, _) =
        raw(&ctx, Method::DELETE, "/api/organizations/", None, vec![]).await;
    assert_eq!(status, 405);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_trailing_slash_is_optional_everywhere() {
    let ctx = TestContext::new().await;
    let org = create_organization(&ctx.admin(), "Slashes").await;
    for path in [
        "/api/organizations".to_string(),
        "/api/organizations/".to_string(),
        format!("/api/organizations/{}", org.id),
        format!("/api/organizations/{}/", org.id),
        "/api/organizations/@current".to_string(),
        "/api/users/@me".to_string(),
        "/api/users/@me/".to_string(),
        "/api/personal_api_keys".to_string(),
        "/_health/".to_string(),
    ] {
        let (status, body) = raw(&ctx, Method::GET, &path, None, vec![]).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
    let (status, body) = raw(
        &ctx,
        Method::PATCH,
        &format!("/api/organizations/{}", org.id),
        Some("application/json"),
        b"{\"name\": \"No slash\"}".to_vec(),
    )
    .await;
    assert_eq!((status, body["name"].as_str()), (200, Some("No slash")));
    ctx.cleanup().await;
}

/// Form and multipart bodies, as PostHog (Django REST framework) takes
/// them: `curl -d name=Acme`, and the multipart a client generated from
/// PostHog's published schema sends. Each field is read by its type.
#[tokio::test]
async fn test_form_and_multipart_bodies_are_read_as_json() {
    let ctx = TestContext::new().await;
    let form = Some("application/x-www-form-urlencoded");
    let (status, created) = raw(
        &ctx,
        Method::POST,
        "/api/organizations/",
        form,
        b"name=Form+Acme".to_vec(),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["name"], "Form Acme");
    let org =
        format!("/api/organizations/{}/", created["id"].as_str().unwrap());
    // Booleans by Django REST framework's spellings.
    let (status, patched) = raw(
        &ctx,
        Method::PATCH,
        &org,
        form,
        b"members_can_invite=off&members_can_use_personal_api_keys=0".to_vec(),
    )
    .await;
    assert_eq!(status, 200, "{patched}");
    assert_eq!(patched["members_can_invite"], false);
    assert_eq!(patched["members_can_use_personal_api_keys"], false);
    // The same validation and errors as JSON.
    assert_body(
        raw(&ctx, Method::PATCH, &org, form, b"enforce_2fa=maybe".to_vec())
            .await,
        (400, "validation_error", "invalid", Some("enforce_2fa")),
    );
    // Numbers, in a form.
    let (status, invite) = raw(
        &ctx,
        Method::POST,
        &format!("{org}invites/"),
        form,
        b"target_email=formed%40example.com&level=8&send_email=false".to_vec(),
    )
    .await;
    assert_eq!((status, &invite["level"]), (201, &serde_json::json!(8)));
    // Multipart, a list field repeated.
    let boundary = "orgbaseBoundary42";
    let part = |name: &str, value: &str| {
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; \
             name=\"{name}\"\r\n\r\n{value}\r\n"
        )
    };
    let body = [
        part("label", "multipart key"),
        part("scopes", "organization:read"),
        part("scopes", "user:read"),
        format!("--{boundary}--\r\n"),
    ]
    .concat();
    let (status, key) = raw(
        &ctx,
        Method::POST,
        "/api/personal_api_keys/",
        Some(&format!("multipart/form-data; boundary={boundary}")),
        body.into_bytes(),
    )
    .await;
    assert_eq!(status, 201, "{key}");
    assert_eq!(
        key["scopes"],
        serde_json::json!(["organization:read", "user:read"])
    );
    // The key a form carries authenticates, as a JSON body's does.
    let key_value = key["value"].as_str().unwrap();
    let response = reqwest::Client::new()
        .post(format!("{}/api/organizations/", ctx.base_url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("personal_api_key={key_value}&name=Keyed"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403, "the key reads only");
    ctx.cleanup().await;
}
