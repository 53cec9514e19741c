//! The `Idempotency-Key` header on writes: the same request sent again
//! with its key gets the first answer and is not applied again; the key
//! refused for another request (422) or while its request runs (409);
//! keys per caller, released by a failed write, expired after a day. The
//! keys across a lost commit are in `replicas` (they need PostgreSQL).

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::join;
use crate::common::Options;
use crate::common::TestContext;
use orgbase::client::types;
use orgbase::client::types::Scope;

#[tokio::test]
async fn test_a_write_sent_again_with_its_key_is_answered_once() {
    let options =
        Options { idempotency_keys_per_user: Some(100), ..Options::default() };
    let ctx = TestContext::with_options(options).await;
    let owner = ctx.user("keys-owner@example.com", &[Scope::X]).await;
    let other = ctx.user("keys-other@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Keys").await;
    let id = org.id.to_string();
    let create =
        async |client: &orgbase::client::Client, key: &str, name: &str| {
            client
                .role_create()
                .organization_id(&id)
                .idempotency_key(key)
                .body(types::RoleCreate { name: name.into() })
                .send()
                .await
        };
    let role_names = async |client: &orgbase::client::Client| {
        let listed = client.role_list().organization_id(&id).send().await;
        let names = listed.unwrap().into_inner().results.into_iter();
        names.map(|role| role.name).collect::<Vec<String>>()
    };

    // The first answer, then the same answer again, applied once.
    let first = create(&owner.client, "key-1", "Alpha").await.unwrap();
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let again = create(&owner.client, "key-1", "Alpha").await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.id, first.id);
    assert_eq!(again.created_at, first.created_at);
    assert_eq!(role_names(&owner.client).await, ["Alpha"]);

    // The same key for another request: 422, nothing applied.
    let reused = api_error(create(&owner.client, "key-1", "Beta").await);
    assert_error(reused, 422, "idempotency_key_reused", None);
    assert_eq!(role_names(&owner.client).await, ["Alpha"]);

    // Keys are each caller's: another user's same key is a new request
    // (and here a conflict of names, which is not kept: see below).
    join(&owner.client, org.id, &other, 8).await;
    let theirs = api_error(create(&other.client, "key-1", "Alpha").await);
    assert_error(theirs, 400, "unique", Some("name"));
    let theirs = create(&other.client, "key-1", "Gamma").await.unwrap();
    assert_eq!(theirs.status(), 201);

    // A write that failed is not kept: sent again, it runs again.
    let taken = api_error(create(&owner.client, "key-2", "Gamma").await);
    assert_error(taken, 400, "unique", Some("name"));
    owner
        .client
        .role_delete()
        .organization_id(&id)
        .role_id(theirs.id.to_string())
        .send()
        .await
        .unwrap();
    let created = create(&owner.client, "key-2", "Gamma").await.unwrap();
    assert_eq!(created.status(), 201);
    assert!(created.headers().get("idempotent-replayed").is_none());

    // A PATCH's first answer is given again after later changes.
    let patch = |key: &'static str, name: &'static str| {
        owner
            .client
            .role_patch()
            .organization_id(&id)
            .role_id(first.id.to_string())
            .idempotency_key(key)
            .body(types::RolePatch { name: Some(name.into()) })
            .send()
    };
    let patched = patch("key-3", "Alpha 2").await.unwrap();
    assert_eq!(patched.name, "Alpha 2");
    patch("key-4", "Alpha 3").await.unwrap();
    let replayed = patch("key-3", "Alpha 2").await.unwrap();
    assert_eq!(replayed.headers()["idempotent-replayed"], "true");
    assert_eq!(replayed.name, "Alpha 2", "the first answer, as it was");
    assert_eq!(role_names(&owner.client).await, ["Alpha 3", "Gamma"]);

    // A delete sent again answers 204 again, where a new one is a 404.
    let delete = |key: &'static str| {
        owner
            .client
            .role_delete()
            .organization_id(&id)
            .role_id(created.id.to_string())
            .idempotency_key(key)
            .send()
    };
    assert_eq!(delete("key-5").await.unwrap().status(), 204);
    let again = delete("key-5").await.unwrap();
    assert_eq!(again.status(), 204);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_error(api_error(delete("key-6").await), 404, "not_found", None);

    // An organization's create (its own change when a key comes with it).
    let organization = |key: &'static str| {
        owner
            .client
            .organization_create()
            .idempotency_key(key)
            .body(types::OrganizationCreate::builder().name("Keyed"))
            .send()
    };
    let made = organization("key-7").await.unwrap();
    let made_again = organization("key-7").await.unwrap();
    assert_eq!(made_again.id, made.id);
    let listed = owner.client.organization_list().send().await.unwrap();
    let keyed = listed.results.iter().filter(|o| o.name == "Keyed").count();
    assert_eq!(keyed, 1);
    let log = owner
        .client
        .advanced_activity_log_list()
        .organization_id(made.id.to_string())
        .send()
        .await
        .unwrap();
    let entries = serde_json::to_string(&log.results).unwrap();
    assert!(entries.contains(r#""scope":"Organization""#), "{entries}");

    // A secret is shown once: its answer is not kept (nothing stored holds
    // it), and the same request sent again reads what it made back.
    let key_create = async || {
        owner
            .client
            .personal_api_key_create()
            .idempotency_key("key-8")
            .body(types::PersonalApiKeyCreate {
                label: "Keyed".into(),
                scopes: vec![Scope::OrganizationRead],
                scoped_organizations: None,
                scoped_teams: None,
            })
            .send()
            .await
            .unwrap()
    };
    let made = key_create().await;
    let secret = made.value.clone().expect("shown once");
    let read_back = key_create().await;
    assert_eq!(read_back.status(), 201);
    assert_eq!((read_back.id, read_back.value.as_ref()), (made.id, None));
    assert!(!ctx.stored_data_contains(secret.as_bytes()).await);
    let keys = owner.client.personal_api_key_list().send().await.unwrap();
    let labelled = keys.results.iter().filter(|key| key.label == "Keyed");
    assert_eq!(labelled.count(), 1);

    // Keys that are not 1 to 255 printable ASCII characters (which the
    // generated client refuses to send: sent raw).
    for key in ["k".repeat(256), "tab\there".to_string()] {
        let refused = reqwest::Client::new()
            .post(format!("{}/api/organizations/{id}/roles/", ctx.base_url))
            .bearer_auth(&owner.key)
            .header("Idempotency-Key", key)
            .json(&serde_json::json!({ "name": "Delta" }))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 400);
        let body: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(body["code"], "invalid_idempotency_key", "{body}");
    }
    let sent = create(&owner.client, &"k".repeat(256), "Delta").await;
    assert!(matches!(sent, Err(orgbase::client::Error::InvalidRequest(_))));
    assert_eq!(role_names(&owner.client).await, ["Alpha 3"]);

    // A user holds at most the keys configured (here 100): the next is
    // refused, until keys expire and are removed.
    let mut refused_at = None;
    for i in 0..100 {
        let key = format!("bulk-{i}");
        let sent = owner
            .client
            .role_patch()
            .organization_id(&id)
            .role_id(first.id.to_string())
            .idempotency_key(key)
            .body(types::RolePatch { name: Some("Alpha 3".into()) })
            .send()
            .await;
        if sent.is_err() {
            assert_error(api_error(sent), 400, "invalid", None);
            refused_at = Some(i);
            break;
        }
    }
    let held_before = refused_at.expect("the limit was reached");
    assert!(held_before > 80, "{held_before} keys were taken first");

    // A day later the key is free again.
    ctx.advance_clock(chrono::Duration::hours(25));
    let later = create(&owner.client, "key-1", "Beta").await.unwrap();
    assert_eq!(later.status(), 201);
    assert!(later.headers().get("idempotent-replayed").is_none());
    ctx.assert_store_consistent().await;
    ctx.cleanup().await;
}
