//! SCIM 2.0: the request sequences Okta and Microsoft Entra ID send when
//! they provision, update, deactivate and reactivate a user and push a
//! group, replayed over real HTTP; authentication by the domain's token;
//! the rules on users (email in the domain, linking, owners);
//! filters, pagination, versions and errors; and the request log through
//! the generated client.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::join;
use crate::common::Options;
use crate::common::TestContext;
use crate::common::TestUser;
use crate::dns_server::DnsServer;
use crate::dns_server::Zone;
use orgbase::client::types;
use orgbase::client::types::Scope;
use serde_json::json;
use serde_json::Value;

const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const ERROR_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
const OKTA: &str = "Okta SCIM Client 1.0.0";
const ENTRA: &str = "Microsoft.AAD.Graph.ServiceModel/1.0";

/// A server with an organization (its owner `owner@acme.test`), the
/// verified domain `acme.test` with SCIM on, and its token.
struct Scim {
    ctx: TestContext,
    _dns: DnsServer,
    owner: TestUser,
    organization: types::Organization,
    domain: types::OrganizationDomain,
    token: String,
    base: String,
    http: reqwest::Client,
}

/// A SCIM answer: status, headers, body (Null when empty).
struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Scim {
    async fn new() -> Scim {
        let dns = DnsServer::start().await;
        let ctx = TestContext::with_options(Options {
            dns_resolver: Some(dns.addr),
            ..Default::default()
        })
        .await;
        let owner = ctx.user("owner@acme.test", &[Scope::X]).await;
        let organization = create_organization(&owner.client, "Acme").await;
        let (domain, token) =
            scim_domain(&ctx, &dns, &owner, &organization, "acme.test").await;
        let base = format!("{}/scim/v2/{}", ctx.base_url, domain.id);
        Scim {
            ctx,
            _dns: dns,
            owner,
            organization,
            domain,
            token,
            base,
            http: reqwest::Client::new(),
        }
    }

    async fn call_as(
        &self,
        token: Option<&str>,
        agent: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("user-agent", agent);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/scim+json")
                .body(body.to_string());
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap()
        };
        if !text.is_empty() {
            assert_eq!(
                headers["content-type"], "application/scim+json",
                "{path}: {text}"
            );
        }
        Answer { status, headers, body }
    }

    async fn call(
        &self,
        agent: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        self.call_as(Some(&self.token), agent, method, path, body).await
    }

    async fn get(&self, path: &str) -> Answer {
        self.call(OKTA, reqwest::Method::GET, path, None).await
    }

    /// The organization's members, through the API.
    async fn members(&self) -> Vec<types::OrganizationMember> {
        self.owner
            .client
            .member_list()
            .organization_id(self.organization.id.to_string())
            .send()
            .await
            .unwrap()
            .into_inner()
            .results
    }

    /// The organization's members' emails, through the API.
    async fn member_emails(&self) -> Vec<String> {
        let mut emails: Vec<String> = self
            .members()
            .await
            .into_iter()
            .map(|member| member.user.email)
            .collect();
        emails.sort();
        emails
    }

    /// The organization's roles, through the API.
    async fn roles(&self) -> Vec<types::Role> {
        self.owner
            .client
            .role_list()
            .organization_id(self.organization.id.to_string())
            .send()
            .await
            .unwrap()
            .into_inner()
            .results
    }
}

/// Creates `name` in the organization, verifies it and turns SCIM on;
/// returns it with its token.
pub async fn scim_domain(
    ctx: &TestContext,
    dns: &DnsServer,
    owner: &TestUser,
    organization: &types::Organization,
    name: &str,
) -> (types::OrganizationDomain, String) {
    let organization_id = organization.id.to_string();
    let domain = owner
        .client
        .domain_create()
        .organization_id(&organization_id)
        .body(types::OrganizationDomainCreate {
            domain: name.to_string(),
            saml_entity_id: None,
            saml_acs_url: None,
            saml_x509_cert: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    dns.set(
        &format!("_posthog-challenge.{name}"),
        Zone::Txt(vec![domain.verification_challenge.clone()]),
    );
    let verified = owner
        .client
        .domain_verify()
        .organization_id(&organization_id)
        .domain_id(domain.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(verified.is_verified);
    let enabled = owner
        .client
        .domain_patch()
        .organization_id(&organization_id)
        .domain_id(domain.id.to_string())
        .body(
            types::OrganizationDomainPatch::builder().scim_enabled(Some(true)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        enabled.scim_base_url.as_deref(),
        Some(format!("{}/scim/v2/{}", ctx.base_url, domain.id).as_str())
    );
    (enabled.clone(), enabled.scim_bearer_token.unwrap())
}

fn assert_scim_error(answer: &Answer, status: u16, scim_type: Option<&str>) {
    assert_eq!(answer.status, status, "{}", answer.body);
    assert_eq!(
        answer.body["schemas"],
        json!([ERROR_SCHEMA]),
        "{}",
        answer.body
    );
    assert_eq!(answer.body["status"], json!(status.to_string()));
    assert_eq!(
        answer.body.get("scimType").and_then(Value::as_str),
        scim_type,
        "{}",
        answer.body
    );
}

use reqwest::Method;

#[tokio::test]
async fn test_scim_okta_provisioning_sequence() {
    let scim = Scim::new().await;
    // Okta looks the user up before creating them.
    let found = scim
        .get("/Users?filter=userName%20eq%20%22ann%40acme.test%22&startIndex=1&count=100")
        .await;
    assert_eq!(found.status, 200);
    assert_eq!(found.body["totalResults"], json!(0));
    assert_eq!(found.body["Resources"], json!([]));

    let created = scim
        .call(OKTA, Method::POST, "/Users", Some(json!({
            "schemas": [USER_SCHEMA],
            "userName": "ann@acme.test",
            "name": {"givenName": "Ann", "familyName": "Lee"},
            "emails": [{"primary": true, "value": "ann@acme.test", "type": "work"}],
            "displayName": "Ann Lee",
            "locale": "en-US",
            "externalId": "00u1okta",
            "groups": [],
            "password": "never-kept-1",
            "active": true
        })))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_string();
    assert_eq!(created.body["active"], json!(true));
    assert_eq!(created.body["externalId"], json!("00u1okta"));
    assert_eq!(created.body["name"]["givenName"], json!("Ann"));
    assert_eq!(
        created.headers["location"].to_str().unwrap(),
        format!("{}/Users/{id}", scim.base)
    );
    assert_eq!(
        created.headers["etag"],
        created.body["meta"]["version"].as_str().unwrap()
    );
    assert_eq!(
        scim.member_emails().await,
        ["ann@acme.test", "owner@acme.test"]
    );

    // Found now, by userName and by the work email.
    let by_name =
        scim.get("/Users?filter=userName%20eq%20%22ANN%40acme.test%22").await;
    assert_eq!(by_name.body["totalResults"], json!(1));
    assert_eq!(by_name.body["Resources"][0]["id"], json!(id));
    let by_email = scim
        .get("/Users?filter=emails%5Btype%20eq%20%22work%22%5D.value%20eq%20%22ann%40acme.test%22")
        .await;
    assert_eq!(by_email.body["totalResults"], json!(1));

    // Profile update: a whole PUT.
    let put = scim
        .call(OKTA, Method::PUT, &format!("/Users/{id}"), Some(json!({
            "schemas": [USER_SCHEMA],
            "id": id,
            "userName": "ann@acme.test",
            "name": {"givenName": "Annie", "familyName": "Lee"},
            "emails": [{"primary": true, "value": "ann@acme.test", "type": "work"}],
            "active": true
        })))
        .await;
    assert_eq!(put.status, 200, "{}", put.body);
    assert_eq!(put.body["name"]["givenName"], json!("Annie"));
    assert!(put.body.get("externalId").is_none(), "PUT replaces: {}", put.body);

    // Deactivate: Okta's PATCH without a path.
    let deactivated = scim
        .call(
            OKTA,
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(json!({
                "schemas": [PATCH_OP],
                "Operations": [{"op": "replace", "value": {"active": false}}]
            })),
        )
        .await;
    assert_eq!(deactivated.status, 200, "{}", deactivated.body);
    assert_eq!(deactivated.body["active"], json!(false));
    assert_eq!(scim.member_emails().await, ["owner@acme.test"]);
    let still = scim.get(&format!("/Users/{id}")).await;
    assert_eq!((still.status, &still.body["active"]), (200, &json!(false)));

    // Reactivate.
    let reactivated = scim
        .call(
            OKTA,
            Method::PATCH,
            &format!("/Users/{id}"),
            Some(json!({
                "schemas": [PATCH_OP],
                "Operations": [{"op": "replace", "value": {"active": true}}]
            })),
        )
        .await;
    assert_eq!(reactivated.body["active"], json!(true));
    assert_eq!(
        scim.member_emails().await,
        ["ann@acme.test", "owner@acme.test"]
    );

    // Push a group, then its members, a rename, a removal.
    let group = scim
        .call(
            OKTA,
            Method::POST,
            "/Groups",
            Some(json!({
                "schemas": [GROUP_SCHEMA],
                "displayName": "Engineering",
                "members": []
            })),
        )
        .await;
    assert_eq!(group.status, 201, "{}", group.body);
    let group_id = group.body["id"].as_str().unwrap().to_string();
    let added = scim
        .call(
            OKTA,
            Method::PATCH,
            &format!("/Groups/{group_id}"),
            Some(json!({
                "schemas": [PATCH_OP],
                "Operations": [{"op": "add", "path": "members",
                    "value": [{"value": id, "display": "ann@acme.test"}]}]
            })),
        )
        .await;
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(added.body["members"][0]["value"], json!(id));
    let renamed = scim
        .call(OKTA, Method::PATCH, &format!("/Groups/{group_id}"), Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "value": {"id": group_id, "displayName": "Platform"}}]
        })))
        .await;
    assert_eq!(renamed.body["displayName"], json!("Platform"));
    let roles = scim.roles().await;
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0].name, "Platform");
    let user = scim.get(&format!("/Users/{id}")).await;
    assert_eq!(user.body["groups"][0]["display"], json!("Platform"));
    let removed = scim
        .call(OKTA, Method::PATCH, &format!("/Groups/{group_id}"), Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "remove", "path": format!("members[value eq \"{id}\"]")}]
        })))
        .await;
    assert_eq!(removed.body["members"], json!([]));
    let deleted = scim
        .call(OKTA, Method::DELETE, &format!("/Groups/{group_id}"), None)
        .await;
    assert_eq!(deleted.status, 204);
    assert!(scim.roles().await.is_empty());

    // The user's DELETE removes the membership, not the user.
    let gone =
        scim.call(OKTA, Method::DELETE, &format!("/Users/{id}"), None).await;
    assert_eq!(gone.status, 204);
    assert_scim_error(&scim.get(&format!("/Users/{id}")).await, 404, None);
    assert_eq!(scim.member_emails().await, ["owner@acme.test"]);
    scim.ctx.assert_store_consistent().await;
    scim.ctx.cleanup().await;
}

#[tokio::test]
async fn test_scim_entra_provisioning_sequence() {
    let scim = Scim::new().await;
    let enterprise =
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    let missing = scim
        .call(
            ENTRA,
            Method::GET,
            "/Users?filter=userName+eq+%22bo%40acme.test%22",
            None,
        )
        .await;
    assert_eq!(missing.body["totalResults"], json!(0));
    let created = scim
        .call(ENTRA, Method::POST, "/Users", Some(json!({
            "schemas": [USER_SCHEMA, enterprise],
            "externalId": "bo",
            "userName": "bo@acme.test",
            "active": true,
            "displayName": "Bo Kim",
            "emails": [{"primary": true, "type": "work", "value": "bo@acme.test"}],
            "meta": {"resourceType": "User"},
            "name": {"formatted": "Bo Kim", "familyName": "Kim", "givenName": "Bo"},
            "roles": [],
            enterprise: {"department": "R&D"}
        })))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_string();
    // Entra's updates: capitalized ops, paths, string booleans.
    let updated = scim
        .call(ENTRA, Method::PATCH, &format!("/Users/{id}"), Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [
                {"op": "Replace", "path": "displayName", "value": "Bo K."},
                {"op": "Add", "path": "name.givenName", "value": "Bonnie"},
                {"op": "Replace", "path": "emails[type eq \"work\"].value", "value": "bo@acme.test"},
                {"op": "Add", "path": format!("{enterprise}:employeeNumber"), "value": "7"},
                {"op": "Replace", "path": "externalId", "value": "bo-2"}
            ]
        })))
        .await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!(updated.body["displayName"], json!("Bo K."));
    assert_eq!(updated.body["name"]["givenName"], json!("Bonnie"));
    assert_eq!(updated.body["externalId"], json!("bo-2"));
    let disabled = scim
        .call(ENTRA, Method::PATCH, &format!("/Users/{id}"), Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Replace", "path": "active", "value": "False"}]
        })))
        .await;
    assert_eq!(disabled.body["active"], json!(false), "{}", disabled.body);
    assert_eq!(scim.member_emails().await, ["owner@acme.test"]);
    let enabled = scim
        .call(ENTRA, Method::PATCH, &format!("/Users/{id}"), Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Replace", "path": "active", "value": "True"}]
        })))
        .await;
    assert_eq!(enabled.body["active"], json!(true));

    // Groups: created, members added and removed with `value` arrays.
    let group = scim
        .call(
            ENTRA,
            Method::POST,
            "/Groups",
            Some(json!({
                "schemas": [GROUP_SCHEMA],
                "externalId": "g1",
                "displayName": "Sales",
                "meta": {"resourceType": "Group"}
            })),
        )
        .await;
    assert_eq!(group.status, 201, "{}", group.body);
    let group_id = group.body["id"].as_str().unwrap().to_string();
    let by_name = scim
        .call(
            ENTRA,
            Method::GET,
            "/Groups?filter=displayName+eq+%22sales%22",
            None,
        )
        .await;
    assert_eq!(by_name.body["totalResults"], json!(1));
    for (op, expected) in [("Add", json!([id.clone()])), ("Remove", json!([]))]
    {
        let changed = scim
            .call(ENTRA, Method::PATCH, &format!("/Groups/{group_id}"), Some(json!({
                "schemas": [PATCH_OP],
                "Operations": [{"op": op, "path": "members", "value": [{"value": id}]}]
            })))
            .await;
        assert_eq!(changed.status, 200, "{}", changed.body);
        let members: Vec<Value> = changed.body["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|member| member["value"].clone())
            .collect();
        assert_eq!(json!(members), expected);
    }
    // Deactivation removes the role memberships with the membership.
    scim.call(ENTRA, Method::PATCH, &format!("/Groups/{group_id}"), Some(json!({
        "schemas": [PATCH_OP],
        "Operations": [{"op": "Add", "path": "members", "value": [{"value": id}]}]
    })))
    .await;
    scim.call(
        ENTRA,
        Method::PATCH,
        &format!("/Users/{id}"),
        Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Replace", "path": "active", "value": false}]
        })),
    )
    .await;
    let group = scim
        .call(ENTRA, Method::GET, &format!("/Groups/{group_id}"), None)
        .await;
    assert_eq!(group.body["members"], json!([]));
    scim.ctx.assert_store_consistent().await;
    scim.ctx.cleanup().await;
}

#[tokio::test]
async fn test_scim_token_authentication() {
    let scim = Scim::new().await;
    let org_id = scim.organization.id.to_string();
    assert_scim_error(
        &scim.call_as(None, OKTA, Method::GET, "/Users", None).await,
        401,
        None,
    );
    assert_scim_error(
        &scim
            .call_as(Some("phscim_wrong"), OKTA, Method::GET, "/Users", None)
            .await,
        401,
        None,
    );
    // A personal API key is no SCIM token, and the reverse.
    assert_scim_error(
        &scim
            .call_as(Some(&scim.owner.key), OKTA, Method::GET, "/Users", None)
            .await,
        401,
        None,
    );
    let as_key =
        crate::common::client_for(&scim.ctx.base_url, Some(&scim.token))
            .organization_list()
            .send()
            .await;
    assert_eq!(api_error(as_key).0, 401);
    // Another domain's id with this token.
    let other =
        format!("{}/scim/v2/{}/Users", scim.ctx.base_url, uuid::Uuid::now_v7());
    let answer =
        scim.http.get(other).bearer_auth(&scim.token).send().await.unwrap();
    assert_eq!(answer.status(), 404);

    // Rotated: the old token stops at once.
    let rotated = scim
        .owner
        .client
        .domain_scim_token()
        .organization_id(&org_id)
        .domain_id(scim.domain.id.to_string())
        .send()
        .await
        .unwrap()
        .into_inner();
    let new_token = rotated.scim_bearer_token.unwrap();
    assert_scim_error(&scim.get("/Users").await, 401, None);
    let ok =
        scim.call_as(Some(&new_token), OKTA, Method::GET, "/Users", None).await;
    assert_eq!(ok.status, 200);
    // Turned off: it stops too.
    scim.owner
        .client
        .domain_patch()
        .organization_id(&org_id)
        .domain_id(scim.domain.id.to_string())
        .body(
            types::OrganizationDomainPatch::builder().scim_enabled(Some(false)),
        )
        .send()
        .await
        .unwrap();
    assert_scim_error(
        &scim
            .call_as(Some(&new_token), OKTA, Method::GET, "/Users", None)
            .await,
        401,
        None,
    );
    // An unverified domain's token is refused.
    let unverified = scim
        .owner
        .client
        .domain_create()
        .organization_id(&org_id)
        .body(types::OrganizationDomainCreate {
            domain: "unverified.test".into(),
            saml_entity_id: None,
            saml_acs_url: None,
            saml_x509_cert: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let enabled = scim
        .owner
        .client
        .domain_patch()
        .organization_id(&org_id)
        .domain_id(unverified.id.to_string())
        .body(
            types::OrganizationDomainPatch::builder().scim_enabled(Some(true)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let url = format!("{}/scim/v2/{}/Users", scim.ctx.base_url, unverified.id);
    let answer = scim
        .http
        .get(url)
        .bearer_auth(enabled.scim_bearer_token.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 401);
    assert!(!scim.ctx.stored_data_contains(new_token.as_bytes()).await);
    scim.ctx.cleanup().await;
}

#[tokio::test]
async fn test_scim_user_rules() {
    let scim = Scim::new().await;
    let user = |name: &str| json!({"schemas": [USER_SCHEMA], "userName": name, "active": true});
    // Outside the domain.
    let outside = scim
        .call(OKTA, Method::POST, "/Users", Some(user("eve@elsewhere.test")))
        .await;
    assert_scim_error(&outside, 400, Some("invalidValue"));
    let missing = scim
        .call(
            OKTA,
            Method::POST,
            "/Users",
            Some(json!({"schemas": [USER_SCHEMA]})),
        )
        .await;
    assert_scim_error(&missing, 400, Some("invalidValue"));
    // An orgbase user of the domain, member of another organization, is
    // linked, not duplicated; their other membership stays.
    let existing = scim.ctx.user("cy@acme.test", &[Scope::X]).await;
    let elsewhere = create_organization(&existing.client, "Elsewhere").await;
    let linked = scim
        .call(OKTA, Method::POST, "/Users", Some(user("Cy@Acme.test")))
        .await;
    assert_eq!(linked.status, 201, "{}", linked.body);
    assert_eq!(linked.body["id"], json!(existing.uuid.to_string()));
    assert_eq!(linked.body["userName"], json!("cy@acme.test"));
    let again = scim
        .call(OKTA, Method::POST, "/Users", Some(user("cy@acme.test")))
        .await;
    assert_scim_error(&again, 409, Some("uniqueness"));
    let id = existing.uuid.to_string();
    scim.call(OKTA, Method::DELETE, &format!("/Users/{id}"), None).await;
    let mine =
        existing.client.organization_list().send().await.unwrap().into_inner();
    assert_eq!(mine.results.len(), 1);
    assert_eq!(mine.results[0].id, elsewhere.id);

    // Owners (the last one, and one of two): linked, but never
    // deactivated or deleted: SCIM has an admin's rights, and an admin
    // cannot remove an owner (nor bring one back at member level by
    // deactivating and reactivating).
    let second = scim.ctx.user("ann@acme.test", &[Scope::X]).await;
    join(&scim.owner.client, scim.organization.id, &second, 15).await;
    let mut owner_id = String::new();
    for email in ["owner@acme.test", "ann@acme.test"] {
        let owner =
            scim.call(OKTA, Method::POST, "/Users", Some(user(email))).await;
        assert_eq!(owner.status, 201, "{}", owner.body);
        owner_id = owner.body["id"].as_str().unwrap().to_string();
        let path = format!("/Users/{owner_id}");
        let deactivate = json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": "active", "value": false}]
        });
        let refused =
            scim.call(OKTA, Method::PATCH, &path, Some(deactivate)).await;
        assert_scim_error(&refused, 403, None);
        assert!(refused.body["detail"].as_str().unwrap().contains("owner"));
        let put = json!({"schemas": [USER_SCHEMA], "userName": email, "active": false});
        let refused = scim.call(OKTA, Method::PUT, &path, Some(put)).await;
        assert_scim_error(&refused, 403, None);
        let refused = scim.call(OKTA, Method::DELETE, &path, None).await;
        assert_scim_error(&refused, 403, None);
        assert_eq!(scim.get(&path).await.body["active"], json!(true));
    }
    let members = scim.members().await;
    let ann = members.iter().find(|m| m.user.email == "ann@acme.test");
    assert_eq!(ann.map(|m| m.level), Some(15), "still an owner");
    // userName (the email) cannot change.
    let renamed = scim
        .call(OKTA, Method::PATCH, &format!("/Users/{owner_id}"), Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": "userName", "value": "new@acme.test"}]
        })))
        .await;
    assert_scim_error(&renamed, 400, Some("mutability"));
    // A group member must be an active user of the domain.
    let stranger = scim.ctx.user("dee@acme.test", &[Scope::X]).await;
    join(&scim.owner.client, scim.organization.id, &stranger, 1).await;
    let group = scim
        .call(
            OKTA,
            Method::POST,
            "/Groups",
            Some(json!({
                "schemas": [GROUP_SCHEMA], "displayName": "Ops",
                "members": [{"value": stranger.uuid.to_string()}]
            })),
        )
        .await;
    assert_scim_error(&group, 400, Some("invalidValue"));
    let group = scim
        .call(
            OKTA,
            Method::POST,
            "/Groups",
            Some(json!({"schemas": [GROUP_SCHEMA], "displayName": "Ops"})),
        )
        .await;
    assert_eq!(group.status, 201);
    // A group's meta has both times (RFC 7643 §3.1); renaming it moves
    // lastModified.
    let meta = &group.body["meta"];
    assert_eq!(meta["lastModified"], meta["created"], "{meta}");
    scim.ctx.advance_clock(chrono::Duration::minutes(5));
    let path = format!("/Groups/{}", group.body["id"].as_str().unwrap());
    let renamed = scim
        .call(OKTA, Method::PATCH, &path, Some(json!({
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": "displayName", "value": "Ops2"}]
        })))
        .await;
    assert_eq!(renamed.status, 200, "{}", renamed.body);
    let renamed_meta = &renamed.body["meta"];
    assert_eq!(renamed_meta["created"], meta["created"]);
    let parse = |at: &Value| {
        chrono::DateTime::parse_from_rfc3339(at.as_str().unwrap()).unwrap()
    };
    assert_eq!(
        parse(&renamed_meta["lastModified"]) - parse(&meta["created"]),
        chrono::Duration::minutes(5)
    );
    for listed in
        scim.get("/Groups").await.body["Resources"].as_array().unwrap()
    {
        assert!(listed["meta"]["lastModified"].is_string(), "{listed}");
    }
    scim.call(OKTA, Method::PATCH, &path, Some(json!({
        "schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": "displayName", "value": "Ops"}]
    })))
    .await;
    let twin = scim
        .call(
            OKTA,
            Method::POST,
            "/Groups",
            Some(json!({"schemas": [GROUP_SCHEMA], "displayName": "OPS"})),
        )
        .await;
    assert_scim_error(&twin, 409, Some("uniqueness"));
    scim.ctx.assert_store_consistent().await;
    scim.ctx.cleanup().await;
}

#[tokio::test]
async fn test_scim_filters_pagination_versions_and_errors() {
    let scim = Scim::new().await;
    let mut ids = Vec::new();
    for (n, name) in ["a", "b", "c", "d", "e"].iter().enumerate() {
        let created = scim
            .call(OKTA, Method::POST, "/Users", Some(json!({
                "schemas": [USER_SCHEMA],
                "userName": format!("{name}@acme.test"),
                "externalId": format!("x{n}"),
                "name": {"familyName": if n % 2 == 0 { "Even" } else { "Odd" }}
            })))
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        ids.push(created.body["id"].as_str().unwrap().to_string());
    }
    let page = scim.get("/Users?startIndex=2&count=2").await;
    assert_eq!(page.body["totalResults"], json!(5));
    assert_eq!(page.body["startIndex"], json!(2));
    assert_eq!(page.body["itemsPerPage"], json!(2));
    assert_eq!(page.body["Resources"][0]["id"], json!(ids[1]));
    let zero = scim.get("/Users?count=0").await;
    assert_eq!(
        (zero.body["totalResults"].clone(), zero.body["Resources"].clone()),
        (json!(5), json!([]))
    );
    let filtered = scim
        .get("/Users?filter=name.familyName%20eq%20%22even%22%20and%20not%20(externalId%20eq%20%22x0%22)")
        .await;
    assert_eq!(filtered.body["totalResults"], json!(2), "{}", filtered.body);
    let or = scim
        .get("/Users?filter=externalId%20eq%20%22x1%22%20or%20userName%20sw%20%22E%22&attributes=userName")
        .await;
    assert_eq!(or.body["totalResults"], json!(2));
    assert!(or.body["Resources"][0].get("name").is_none());
    assert!(or.body["Resources"][0].get("userName").is_some());
    for bad in
        ["userName%20eq", "userName%20zz%20%22a%22", "(userName%20eq%20%22a%22"]
    {
        assert_scim_error(
            &scim.get(&format!("/Users?filter={bad}")).await,
            400,
            Some("invalidFilter"),
        );
    }
    assert_scim_error(
        &scim.get("/Users?count=many").await,
        400,
        Some("invalidValue"),
    );

    // Versions: a stale If-Match is refused.
    let user = scim.get(&format!("/Users/{}", ids[0])).await;
    let version = user.headers["etag"].to_str().unwrap().to_string();
    assert_eq!(user.body["meta"]["version"], json!(version));
    let patch = json!({"schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": "displayName", "value": "A"}]});
    let changed = scim
        .http
        .patch(format!("{}/Users/{}", scim.base, ids[0]))
        .bearer_auth(&scim.token)
        .header("if-match", &version)
        .body(patch.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let stale = scim
        .http
        .patch(format!("{}/Users/{}", scim.base, ids[0]))
        .bearer_auth(&scim.token)
        .header("if-match", &version)
        .body(patch.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 412);

    // Errors, each in SCIM's body.
    assert_scim_error(&scim.get("/Nothing").await, 404, None);
    assert_scim_error(&scim.get("/Users/not-an-id").await, 404, None);
    assert_scim_error(
        &scim.get(&format!("/Users/{}", uuid::Uuid::now_v7())).await,
        404,
        None,
    );
    let bad_json = scim
        .http
        .post(format!("{}/Users", scim.base))
        .bearer_auth(&scim.token)
        .header("content-type", "application/scim+json")
        .body("{nope")
        .send()
        .await
        .unwrap();
    assert_eq!(bad_json.status(), 400);
    let body: Value = bad_json.json().await.unwrap();
    assert_eq!(body["scimType"], json!("invalidSyntax"));
    let no_ops = scim
        .call(
            OKTA,
            Method::PATCH,
            &format!("/Users/{}", ids[0]),
            Some(json!({"schemas": [PATCH_OP]})),
        )
        .await;
    assert_scim_error(&no_ops, 400, Some("invalidSyntax"));
    let bad_path = scim
        .call(OKTA, Method::PATCH, &format!("/Users/{}", ids[0]), Some(json!({
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "a[b", "value": 1}]
        })))
        .await;
    assert_scim_error(&bad_path, 400, Some("invalidPath"));
    let bad_active = scim
        .call(OKTA, Method::PATCH, &format!("/Users/{}", ids[0]), Some(json!({
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": "maybe"}]
        })))
        .await;
    assert_scim_error(&bad_active, 400, Some("invalidValue"));
    let huge = "x".repeat(300);
    let long = scim
        .call(
            OKTA,
            Method::POST,
            "/Users",
            Some(json!({"userName": "z@acme.test", "displayName": huge})),
        )
        .await;
    assert_scim_error(&long, 400, Some("invalidValue"));
    // Discovery.
    let config = scim.get("/ServiceProviderConfig").await;
    assert_eq!(config.body["patch"]["supported"], json!(true));
    assert_eq!(scim.get("/ResourceTypes").await.body["totalResults"], json!(2));
    assert_eq!(
        scim.get("/ResourceTypes/User").await.body["endpoint"],
        json!("/Users")
    );
    assert_eq!(scim.get("/Schemas").await.body["totalResults"], json!(2));
    assert_eq!(
        scim.get(&format!("/Schemas/{USER_SCHEMA}")).await.body["name"],
        json!("User")
    );
    scim.ctx.assert_store_consistent().await;
    scim.ctx.cleanup().await;
}

/// `orgbase_scim_authentication_failures_total`, from the metrics.
async fn scim_auth_failures(scim: &Scim) -> u64 {
    let url = format!("{}/metrics", scim.ctx.base_url);
    let text = reqwest::get(url).await.unwrap().text().await.unwrap();
    text.lines()
        .find_map(|line| {
            line.strip_prefix("orgbase_scim_authentication_failures_total ")
        })
        .expect("the counter is listed")
        .trim()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn test_scim_request_log() {
    let scim = Scim::new().await;
    let created = scim
        .call(
            OKTA,
            Method::POST,
            "/Users",
            Some(json!({
                "schemas": [USER_SCHEMA],
                "userName": "frank@acme.test",
                "name": {"givenName": "Frank"},
                "password": "secret-password-1"
            })),
        )
        .await;
    assert_eq!(created.status, 201);
    scim.call(
        ENTRA,
        Method::GET,
        "/Users?filter=userName+eq+%22frank%40acme.test%22",
        None,
    )
    .await;
    // Requests without the token are stored nowhere, however many and
    // however large: they are counted in the metrics instead.
    let failures_before = scim_auth_failures(&scim).await;
    let big = json!({
        "schemas": [USER_SCHEMA],
        "userName": "big@acme.test",
        "title": "x".repeat(200_000),
    });
    for token in [Some("phscim_wrong"), None] {
        let answer = scim
            .call_as(token, OKTA, Method::POST, "/Users", Some(big.clone()))
            .await;
        assert_scim_error(&answer, 401, None);
    }
    assert_eq!(scim_auth_failures(&scim).await, failures_before + 2);
    // An authenticated request's answer: 404; with a large body, kept cut.
    let missing = uuid::Uuid::new_v4();
    let answer = scim
        .call(OKTA, Method::PUT, &format!("/Users/{missing}"), Some(big))
        .await;
    assert_scim_error(&answer, 404, None);
    let logs = |page_size: Option<u64>,
                status_min: Option<u16>,
                search: Option<&str>| {
        let mut request = scim
            .owner
            .client
            .domain_scim_logs()
            .organization_id(scim.organization.id.to_string())
            .domain_id(scim.domain.id.to_string());
        if let Some(page_size) = page_size {
            request = request.page_size(page_size);
        }
        if let Some(status_min) = status_min {
            request = request.status_min(status_min);
        }
        if let Some(search) = search {
            request = request.search(search);
        }
        request.send()
    };
    let all = logs(None, None, None).await.unwrap().into_inner();
    assert_eq!(all.count, 3);
    let newest = &all.results[0];
    assert_eq!(
        (newest.request_method.as_str(), newest.response_status),
        ("PUT", 404)
    );
    assert_eq!(newest.identity_provider, "okta");
    assert_eq!(newest.request_headers["authorization"], json!("***"));
    let kept = newest.request_body.as_str().expect("a cut body is text");
    assert!(kept.len() <= 16 * 1024, "{}", kept.len());
    assert!(kept.ends_with("...[truncated]"), "{kept}");
    let entra = &all.results[1];
    assert_eq!(entra.identity_provider, "entra_id");
    assert!(
        entra.request_path.contains("f***k%40acme.test"),
        "{}",
        entra.request_path
    );
    let post = &all.results[2];
    let body = &post.request_body;
    assert_eq!(body["userName"], json!("f***k@acme.test"));
    assert_eq!(body["password"], json!("***"));
    assert_eq!(post.response_status, 201);
    assert!(!serde_json::to_string(&all).unwrap().contains("frank@"));
    assert!(!scim.ctx.stored_data_contains(b"secret-password-1").await);
    assert!(!scim.ctx.stored_data_contains(scim.token.as_bytes()).await);

    let failures = logs(None, Some(400), None).await.unwrap().into_inner();
    assert_eq!(failures.count, 1);
    let found =
        logs(None, None, Some("frank@acme.test")).await.unwrap().into_inner();
    assert_eq!(found.count, 2, "the path and the body, masked");
    let paged = logs(Some(2), None, None).await.unwrap().into_inner();
    assert_eq!(paged.results.len(), 2);
    assert!(paged.next.as_deref().unwrap().contains("page=2"));
    assert!(paged.previous.is_none());
    let last = logs(Some(2), None, None);
    let last = last.await.unwrap().into_inner();
    assert_eq!(last.count, 3);
    for page in [3, 99] {
        let past = scim
            .owner
            .client
            .domain_scim_logs()
            .organization_id(scim.organization.id.to_string())
            .domain_id(scim.domain.id.to_string())
            .page(page)
            .page_size(2)
            .send()
            .await;
        assert_error(api_error(past), 404, "not_found", None);
    }
    let capped = logs(Some(1000), None, None).await.unwrap().into_inner();
    assert_eq!(capped.results.len(), 3);
    // Admins only.
    let member = scim.ctx.user("m@acme.test", &[Scope::X]).await;
    join(&scim.owner.client, scim.organization.id, &member, 1).await;
    let denied = member
        .client
        .domain_scim_logs()
        .organization_id(scim.organization.id.to_string())
        .domain_id(scim.domain.id.to_string())
        .send()
        .await;
    assert_error(api_error(denied), 403, "permission_denied", None);
    scim.ctx.cleanup().await;
}

#[tokio::test]
async fn test_scim_hostile_input() {
    let scim = Scim::new().await;
    let created = scim
        .call(
            OKTA,
            Method::POST,
            "/Users",
            Some(json!({"userName": "h@acme.test"})),
        )
        .await;
    let user = format!("/Users/{}", created.body["id"].as_str().unwrap());
    let group = scim
        .call(OKTA, Method::POST, "/Groups", Some(json!({"displayName": "H"})))
        .await;
    let group = format!("/Groups/{}", group.body["id"].as_str().unwrap());
    let before =
        (scim.get("/Users").await.body, scim.get("/Groups").await.body);

    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let long = "x".repeat(100_000);
    let many_ops: Vec<Value> = (0..5000)
        .map(|_| json!({"op": "replace", "path": "displayName", "value": "y"}))
        .collect();
    let bodies: Vec<Vec<u8>> = vec![
        b"\xff\xfe\xfd".to_vec(),
        b"{\"userName\": \"\xc3\x28@acme.test\"}".to_vec(),
        nested.into_bytes(),
        vec![b' '; 2 * 1024 * 1024],
        b"[]".to_vec(),
        b"null".to_vec(),
        b"42".to_vec(),
        json!({"userName": format!("{long}@acme.test")}).to_string().into_bytes(),
        json!({"userName": "h2@acme.test", "name": {"givenName": long}}).to_string().into_bytes(),
        json!({"userName": "h3@acme.test", "emails": "no"}).to_string().into_bytes(),
        json!({"displayName": long}).to_string().into_bytes(),
        json!({"schemas": [PATCH_OP], "Operations": many_ops}).to_string().into_bytes(),
        json!({"schemas": [PATCH_OP], "Operations": [{"op": "add", "path": format!("a[{}]", "(".repeat(5000))}]})
            .to_string()
            .into_bytes(),
        // NUL characters, which PostgreSQL cannot store: refused on both
        // stores before anything changes (a deactivation among them).
        json!({"userName": "nul\u{0}@acme.test"}).to_string().into_bytes(),
        json!({"userName": "h4@acme.test", "externalId": "a\u{0}b"}).to_string().into_bytes(),
        json!({"displayName": "N\u{0}UL"}).to_string().into_bytes(),
        json!({"schemas": [PATCH_OP], "x": "\u{0}", "Operations": [
            {"op": "replace", "path": "active", "value": false}
        ]})
        .to_string()
        .into_bytes(),
    ];
    let targets = [
        (Method::POST, "/Users".to_string()),
        (Method::PUT, user.clone()),
        (Method::PATCH, user.clone()),
        (Method::POST, "/Groups".to_string()),
        (Method::PUT, group.clone()),
        (Method::PATCH, group.clone()),
    ];
    for (method, path) in &targets {
        for (index, body) in bodies.iter().enumerate() {
            for content_type in ["application/scim+json", "text/plain"] {
                let response = scim
                    .http
                    .request(method.clone(), format!("{}{path}", scim.base))
                    .bearer_auth(&scim.token)
                    .header("content-type", content_type)
                    .body(body.clone())
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                let text = response.text().await.unwrap();
                assert!(
                    (400..500).contains(&status),
                    "{method} {path} body #{index}: {status} {}",
                    &text[..text.len().min(300)]
                );
                let error: Value = serde_json::from_str(&text).unwrap();
                assert_eq!(error["schemas"], json!([ERROR_SCHEMA]), "{text}");
            }
        }
    }
    // Values beyond what one request may carry: refused before any work,
    // with the reason; within the bound, answered (in linear time).
    let addresses = |count: usize| -> Vec<Value> {
        (0..count)
            .map(|n| json!({"value": format!("u{n}@acme.test")}))
            .collect()
    };
    let too_many = json!({"schemas": [PATCH_OP], "Operations": [
        {"op": "add", "path": "emails", "value": addresses(10_001)}
    ]});
    for path in [&user, &group] {
        let answer =
            scim.call(OKTA, Method::PATCH, path, Some(too_many.clone())).await;
        assert_scim_error(&answer, 400, Some("invalidValue"));
        let detail = answer.body["detail"].as_str().unwrap();
        assert!(detail.contains("at most 10000 values"), "{detail}");
    }
    let many_members: Vec<Value> = (0..10_001)
        .map(|_| json!({"value": uuid::Uuid::new_v4().to_string()}))
        .collect();
    let answer = scim
        .call(OKTA, Method::POST, "/Groups", Some(json!({
            "schemas": [GROUP_SCHEMA], "displayName": "Huge", "members": many_members
        })))
        .await;
    assert_scim_error(&answer, 400, Some("invalidValue"));
    let within = json!({"schemas": [PATCH_OP], "Operations": [
        {"op": "add", "path": "emails", "value": addresses(10_000)}
    ]});
    let answer = scim.call(OKTA, Method::PATCH, &user, Some(within)).await;
    assert_scim_error(&answer, 400, Some("invalidValue"));
    assert!(answer.body["detail"]
        .as_str()
        .unwrap()
        .contains("at most 100 emails"));
    let long_filter = format!("userName eq \"{}\"", "x".repeat(5000));
    let deep_filter =
        format!("{}userName pr{}", "(".repeat(1000), ")".repeat(1000));
    let queries = [
        format!("filter={}", urlencode(&long_filter)),
        format!("filter={}", urlencode(&deep_filter)),
        "filter=%00".to_string(),
        format!("filter={}", urlencode("userName eq \"a\u{0}b@acme.test\"")),
        format!("filter={}", urlencode("displayName eq \"a\u{0}b\"")),
        "startIndex=99999999999999999999999".to_string(),
        "count=1e400".to_string(),
    ];
    for query in &queries {
        for list in ["/Users", "/Groups"] {
            let answer = scim.get(&format!("{list}?{query}")).await;
            assert!(
                (400..500).contains(&answer.status),
                "{list}?{}",
                &query[..query.len().min(80)]
            );
            assert_eq!(answer.body["schemas"], json!([ERROR_SCHEMA]));
        }
    }
    for query in [
        "startIndex=9223372036854775807&count=9223372036854775807",
        "count=-5&startIndex=-9",
    ] {
        for list in ["/Users", "/Groups"] {
            assert_eq!(
                scim.get(&format!("{list}?{query}")).await.status,
                200,
                "{list}?{query}"
            );
        }
    }
    for id in [
        "..%2F..",
        "%00",
        "%FF%FE",
        &"a".repeat(10_000),
        "00000000-0000-0000-0000-000000000000",
    ] {
        // An id that is not valid percent-encoding is refused by the
        // router itself (400, with its own body).
        for kind in ["Users", "Groups"] {
            let url = format!("{}/{kind}/{id}", scim.base);
            let answer = scim
                .http
                .get(url)
                .bearer_auth(&scim.token)
                .send()
                .await
                .unwrap();
            let status = answer.status().as_u16();
            assert!(status == 404 || status == 400, "{kind}/{id}: {status}");
        }
        let base = format!("{}/scim/v2/{id}/Users", scim.ctx.base_url);
        let answer =
            scim.http.get(base).bearer_auth(&scim.token).send().await.unwrap();
        assert!(answer.status().is_client_error());
    }
    assert_eq!(
        (scim.get("/Users").await.body, scim.get("/Groups").await.body),
        before
    );
    scim.ctx.assert_store_consistent().await;
    scim.ctx.cleanup().await;
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
