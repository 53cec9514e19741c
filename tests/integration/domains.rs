//! Verified domains: CRUD and validation, DNS TXT verification against a
//! real resolver (pointed at a DNS server the test runs on loopback), the
//! rules for verified-only settings, SAML, SCIM tokens, permissions, and
//! global uniqueness.

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
use orgbase::client::types::Scope;
use orgbase::client::Client;

/// A self-signed X.509 certificate (public part only).
const IDP_CERT: &str = include_str!("fixtures/saml-idp-cert.pem");

async fn create_domain(
    client: &Client,
    organization: &str,
    domain: &str,
) -> ApiResult<types::OrganizationDomain> {
    client
        .domain_create()
        .organization_id(organization)
        .body(types::OrganizationDomainCreate {
            domain: domain.to_string(),
            saml_entity_id: None,
            saml_acs_url: None,
            saml_x509_cert: None,
        })
        .send()
        .await
}

async fn patch_domain(
    client: &Client,
    organization: &str,
    domain: &types::OrganizationDomain,
    patch: types::builder::OrganizationDomainPatch,
) -> ApiResult<types::OrganizationDomain> {
    client
        .domain_patch()
        .organization_id(organization)
        .domain_id(domain.id.to_string())
        .body(patch)
        .send()
        .await
}

async fn verify(
    client: &Client,
    organization: &str,
    domain: &types::OrganizationDomain,
) -> ApiResult<types::OrganizationDomain> {
    client
        .domain_verify()
        .organization_id(organization)
        .domain_id(domain.id.to_string())
        .send()
        .await
}

async fn context_with_dns() -> (TestContext, DnsServer) {
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        ..Default::default()
    })
    .await;
    (ctx, dns)
}

#[tokio::test]
async fn test_domain_create_normalizes_and_validates() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Domains").await;
    let id = org.id.to_string();
    let created = create_domain(&admin, &id, "  Example.COM ").await.unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    assert_eq!(created.domain, "example.com");
    assert!(!created.is_verified && created.verified_at.is_none());
    assert!(created.verification_challenge.len() >= 43);
    assert!(created
        .verification_challenge
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    assert!(
        !created.has_saml
            && !created.has_scim
            && !created.jit_provisioning_enabled
    );
    assert_eq!(created.sso_enforcement, "");
    assert!(
        created.scim_base_url.is_none() && created.scim_bearer_token.is_none()
    );

    for (domain, code) in [
        ("not a domain", "invalid"),
        ("localhost", "invalid"),
        ("-bad.example.com", "invalid"),
        ("under_score.com", "invalid"),
        ("example.c", "invalid"),
        ("", "blank"),
    ] {
        assert_error(
            api_error(create_domain(&admin, &id, domain).await),
            400,
            code,
            Some("domain"),
        );
    }
    let long = format!("{}.com", "a".repeat(125));
    assert_error(
        api_error(create_domain(&admin, &id, &long).await),
        400,
        "max_length",
        Some("domain"),
    );
    // Unique across organizations, whatever the case.
    let other = create_organization(&admin, "Other").await;
    let error = api_error(
        create_domain(&admin, &other.id.to_string(), "EXAMPLE.com").await,
    );
    assert_error(error, 400, "unique", Some("domain"));

    // Create ignores the verified-only settings and SCIM.
    let response = reqwest::Client::new()
        .post(format!("{}/api/organizations/{id}/domains/", ctx.base_url))
        .bearer_auth(crate::common::ADMIN_KEY)
        .json(&serde_json::json!({
            "domain": "sso.example.org",
            "jit_provisioning_enabled": true,
            "sso_enforcement": "google-oauth2",
            "scim_enabled": true,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let domain: types::OrganizationDomain = response.json().await.unwrap();
    assert!(!domain.jit_provisioning_enabled && !domain.scim_enabled);
    assert_eq!(domain.sso_enforcement, "");

    let list = admin.domain_list().organization_id(&id).send().await.unwrap();
    let names: Vec<&str> =
        list.results.iter().map(|d| d.domain.as_str()).collect();
    assert_eq!(names, ["example.com", "sso.example.org"], "ordered by domain");
    ctx.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn test_domain_uniqueness_under_concurrent_creates() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let mut orgs = Vec::new();
    for n in 0..4 {
        orgs.push(
            create_organization(&admin, &format!("Racer {n}"))
                .await
                .id
                .to_string(),
        );
    }
    let attempts = orgs
        .iter()
        .cycle()
        .take(12)
        .map(|org| create_domain(&admin, org, "race.example.com"));
    let results = futures::future::join_all(attempts).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
    for result in results.into_iter().filter(|r| r.is_err()) {
        assert_error(api_error(result), 400, "unique", Some("domain"));
    }
    let mut total = 0;
    for org in &orgs {
        total += admin
            .domain_list()
            .organization_id(org)
            .send()
            .await
            .unwrap()
            .count;
    }
    assert_eq!(total, 1);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_domain_verification_through_dns() {
    let (ctx, dns) = context_with_dns().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Verifying").await;
    let id = org.id.to_string();
    let ok = create_domain(&admin, &id, "verified.example.com")
        .await
        .unwrap()
        .into_inner();
    let wrong = create_domain(&admin, &id, "wrong.example.com")
        .await
        .unwrap()
        .into_inner();
    let missing = create_domain(&admin, &id, "missing.example.com")
        .await
        .unwrap()
        .into_inner();
    let silent = create_domain(&admin, &id, "silent.example.com")
        .await
        .unwrap()
        .into_inner();
    dns.set(
        "_posthog-challenge.verified.example.com",
        Zone::Txt(vec!["unrelated".into(), ok.verification_challenge.clone()]),
    );
    dns.set(
        "_posthog-challenge.wrong.example.com",
        Zone::Txt(vec!["not-the-challenge".into()]),
    );
    dns.set("_posthog-challenge.silent.example.com", Zone::Silent);

    let verified = verify(&admin, &id, &ok).await.unwrap();
    assert_eq!(verified.status(), 200);
    assert!(verified.is_verified && verified.verified_at.is_some());
    // Members outside the verified domains: the staff user (localhost),
    // not one on verified.example.com; unverified domains do not count.
    let insider = ctx.user("in@Verified.Example.com", &[Scope::X]).await;
    let unverified = ctx.user("out@wrong.example.com", &[Scope::X]).await;
    join(&admin, org.id, &insider, 1).await;
    join(&admin, org.id, &unverified, 1).await;
    let outside = admin
        .member_list()
        .organization_id(&id)
        .outside_verified_domains(true)
        .send()
        .await
        .unwrap();
    let mut emails: Vec<_> =
        outside.results.iter().map(|m| m.user.email.clone()).collect();
    emails.sort();
    assert_eq!(emails, ["admin@localhost", "out@wrong.example.com"]);
    let me = insider.client.user_view().uuid("@me").send().await.unwrap();
    assert!(!me.has_sso_enforcement, "verified, but nothing enforced");
    assert!(verified.last_verification_retry.is_none());
    assert_error(
        api_error(verify(&admin, &id, &ok).await),
        400,
        "already_verified",
        None,
    );

    for domain in [&wrong, &missing] {
        let attempt = verify(&admin, &id, domain).await.unwrap().into_inner();
        assert!(!attempt.is_verified, "{}", domain.domain);
        assert!(attempt.last_verification_retry.is_some(), "{}", domain.domain);
    }
    // A server that never answers: bounded time, a recorded attempt.
    let started = std::time::Instant::now();
    let attempt = verify(&admin, &id, &silent).await.unwrap().into_inner();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(!attempt.is_verified && attempt.last_verification_retry.is_some());

    // Publishing the right record later verifies it.
    dns.set(
        "_posthog-challenge.wrong.example.com",
        Zone::Txt(vec![wrong.verification_challenge.clone()]),
    );
    let attempt = verify(&admin, &id, &wrong).await.unwrap().into_inner();
    assert!(attempt.is_verified && attempt.last_verification_retry.is_none());
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_domain_verified_only_settings_saml_and_scim() {
    let (ctx, dns) = context_with_dns().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Settings").await;
    let id = org.id.to_string();
    let domain = create_domain(&admin, &id, "sso.example.net")
        .await
        .unwrap()
        .into_inner();
    let patch = types::OrganizationDomainPatch::builder;

    // Not verified yet: JIT and SSO enforcement cannot change.
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().jit_provisioning_enabled(Some(true)),
        )
        .await,
    );
    assert_error(
        error,
        400,
        "verification_required",
        Some("jit_provisioning_enabled"),
    );
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().sso_enforcement(Some("github".into())),
        )
        .await,
    );
    assert_error(error, 400, "verification_required", Some("sso_enforcement"));

    dns.set(
        "_posthog-challenge.sso.example.net",
        Zone::Txt(vec![domain.verification_challenge.clone()]),
    );
    verify(&admin, &id, &domain).await.unwrap();
    let updated = patch_domain(
        &admin,
        &id,
        &domain,
        patch()
            .jit_provisioning_enabled(Some(true))
            .sso_enforcement(Some("github".into())),
    )
    .await
    .unwrap();
    assert!(updated.jit_provisioning_enabled);
    assert_eq!(updated.sso_enforcement, "github");
    // A user on the domain now has SSO enforced; others do not.
    let on_domain = ctx.user("someone@SSO.example.net", &[Scope::X]).await;
    let me = on_domain.client.user_view().uuid("@me").send().await.unwrap();
    assert!(me.has_sso_enforcement);
    let me = admin.user_view().uuid("@me").send().await.unwrap();
    assert!(!me.has_sso_enforcement);
    // Any method's name of at most 28 characters, as PostHog's column.
    let okta = patch_domain(
        &admin,
        &id,
        &domain,
        patch().sso_enforcement(Some("okta".into())),
    )
    .await
    .unwrap();
    assert_eq!(okta.sso_enforcement, "okta");
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().sso_enforcement(Some("x".repeat(29))),
        )
        .await,
    );
    assert_error(error, 400, "max_length", Some("sso_enforcement"));
    // SAML enforcement needs complete SAML settings.
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().sso_enforcement(Some("saml".into())),
        )
        .await,
    );
    assert_error(error, 400, "saml_required", Some("sso_enforcement"));
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().saml_x509_cert(Some(Some(
                "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----"
                    .into(),
            ))),
        )
        .await,
    );
    assert_error(error, 400, "invalid", Some("saml_x509_cert"));
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().saml_acs_url(Some(Some("not a url".into()))),
        )
        .await,
    );
    assert_error(error, 400, "invalid", Some("saml_acs_url"));
    let error = api_error(
        patch_domain(
            &admin,
            &id,
            &domain,
            patch().saml_entity_id(Some(Some("e".repeat(513)))),
        )
        .await,
    );
    assert_error(error, 400, "max_length", Some("saml_entity_id"));
    let saml = patch_domain(
        &admin,
        &id,
        &domain,
        patch()
            .saml_entity_id(Some(Some("https://idp.example.net/entity".into())))
            .saml_acs_url(Some(Some("https://idp.example.net/acs".into())))
            .saml_x509_cert(Some(Some(IDP_CERT.into())))
            .sso_enforcement(Some("saml".into())),
    )
    .await
    .unwrap();
    assert!(saml.has_saml);
    assert_eq!(saml.sso_enforcement, "saml");
    // Clearing a SAML field while SAML is enforced is refused.
    let error = api_error(
        patch_domain(&admin, &id, &domain, patch().saml_x509_cert(Some(None)))
            .await,
    );
    assert_error(error, 400, "saml_required", Some("sso_enforcement"));

    // SCIM: the token is shown once; the base URL follows the server.
    let no_scim = admin
        .domain_scim_token()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .send()
        .await;
    assert_error(api_error(no_scim), 400, "scim_not_enabled", None);
    let enabled =
        patch_domain(&admin, &id, &domain, patch().scim_enabled(Some(true)))
            .await
            .unwrap()
            .into_inner();
    assert!(enabled.scim_enabled && enabled.has_scim);
    let token = enabled.scim_bearer_token.clone().expect("token shown once");
    assert_eq!(
        enabled.scim_base_url,
        Some(format!("{}/scim/v2/{}", ctx.base_url, domain.id))
    );
    let seen = admin
        .domain_view()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .send()
        .await
        .unwrap();
    assert!(seen.scim_bearer_token.is_none());
    assert!(seen.scim_enabled);
    let again =
        patch_domain(&admin, &id, &domain, patch().scim_enabled(Some(true)))
            .await
            .unwrap();
    assert!(again.scim_bearer_token.is_none(), "already on: no new token");
    let rotated = admin
        .domain_scim_token()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .send()
        .await
        .unwrap();
    let rotated_token = rotated.scim_bearer_token.clone().unwrap();
    assert_ne!(rotated_token, token);
    assert!(!ctx.stored_data_contains(token.as_bytes()).await);
    assert!(!ctx.stored_data_contains(rotated_token.as_bytes()).await);
    assert!(
        ctx.stored_data_contains(
            orgbase::secrets::hash(&rotated_token).as_bytes()
        )
        .await
    );
    let off =
        patch_domain(&admin, &id, &domain, patch().scim_enabled(Some(false)))
            .await
            .unwrap();
    assert!(!off.scim_enabled && off.scim_base_url.is_none());
    let rotate_off = admin
        .domain_scim_token()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .send()
        .await;
    assert_error(api_error(rotate_off), 400, "scim_not_enabled", None);
    // PUT behaves as PATCH; the domain itself never changes.
    let put = admin
        .domain_update()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .body(patch().jit_provisioning_enabled(Some(false)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (put.domain.as_str(), put.jit_provisioning_enabled),
        ("sso.example.net", false)
    );
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_domain_permissions_and_cascade() {
    let (ctx, dns) = context_with_dns().await;
    let owner = ctx.user("dom-owner@example.com", &[Scope::X]).await;
    let member = ctx.user("dom-member@example.com", &[Scope::X]).await;
    let writer = ctx
        .user(
            "dom-writer@example.com",
            &[Scope::OrganizationWrite, Scope::UserWrite],
        )
        .await;
    let org = create_organization(&owner.client, "Permissions").await;
    join(&owner.client, org.id, &member, 1).await;
    join(&owner.client, org.id, &writer, 8).await;
    let id = org.id.to_string();
    let domain = create_domain(&owner.client, &id, "perm.example.com")
        .await
        .unwrap()
        .into_inner();

    // Members read, but neither write nor verify.
    member.client.domain_list().organization_id(&id).send().await.unwrap();
    member
        .client
        .domain_view()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .send()
        .await
        .unwrap();
    assert_error(
        api_error(create_domain(&member.client, &id, "m.example.com").await),
        403,
        "permission_denied",
        None,
    );
    assert_error(
        api_error(verify(&member.client, &id, &domain).await),
        403,
        "permission_denied",
        None,
    );
    let error = api_error(
        member
            .client
            .domain_delete()
            .organization_id(&id)
            .domain_id(domain.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 403, "permission_denied", None);
    // An admin's API key with organization:write may verify (PostHog
    // refuses keys here).
    dns.set(
        "_posthog-challenge.perm.example.com",
        Zone::Txt(vec![domain.verification_challenge.clone()]),
    );
    assert!(verify(&writer.client, &id, &domain).await.unwrap().is_verified);
    // Outsiders see nothing; another organization's domain id is not found.
    let outsider = ctx.user("dom-outsider@example.com", &[Scope::X]).await;
    let theirs = create_organization(&outsider.client, "Theirs").await;
    let error = api_error(
        outsider
            .client
            .domain_view()
            .organization_id(theirs.id.to_string())
            .domain_id(domain.id.to_string())
            .send()
            .await,
    );
    assert_error(error, 404, "not_found", None);
    let error = api_error(
        outsider.client.domain_list().organization_id(&id).send().await,
    );
    assert_error(error, 404, "not_found", None);

    // Delete frees the name; deleting the organization frees its domains.
    owner
        .client
        .domain_delete()
        .organization_id(&id)
        .domain_id(domain.id.to_string())
        .send()
        .await
        .unwrap();
    create_domain(&owner.client, &id, "perm.example.com").await.unwrap();
    owner
        .client
        .organization_delete()
        .organization_id(&id)
        .send()
        .await
        .unwrap();
    create_domain(&outsider.client, &theirs.id.to_string(), "perm.example.com")
        .await
        .unwrap();
    ctx.cleanup().await;
}
