//! An organization's projects: their lifecycle through the generated
//! client, who sees and changes which, their tokens, moves between
//! organizations, what `@me` and invites make of them, and their views
//! against PostHog's published `Project` schema.

use crate::common::api_error;
use crate::common::assert_error;
use crate::common::create_organization;
use crate::common::invite_request;
use crate::common::join;
use crate::common::ApiResult;
use crate::common::TestContext;
use crate::contract::check_value;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::client::Client;

async fn create(
    client: &Client,
    organization: &str,
    body: types::builder::ProjectWrite,
) -> ApiResult<types::Project> {
    client
        .project_create()
        .organization_id(organization)
        .body(body)
        .send()
        .await
}

async fn view(
    client: &Client,
    organization: &str,
    id: i64,
) -> ApiResult<types::Project> {
    let id = id.to_string();
    client.project_view().organization_id(organization).id(id).send().await
}

async fn names(client: &Client, organization: &str) -> Vec<String> {
    let list = client.project_list().organization_id(organization);
    let page = list.send().await.unwrap().into_inner();
    page.results.into_iter().map(|project| project.name).collect()
}

#[tokio::test]
async fn test_project_lifecycle_settings_and_tokens() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Projects").await;
    let o = org.id.to_string();
    let body = types::ProjectWrite::builder()
        .name("  Web app ".to_string())
        .timezone("Europe/Paris".to_string())
        .session_recording_opt_in(true);
    let made = create(&admin, &o, body).await.unwrap().into_inner();
    assert_eq!(
        (made.name.as_str(), made.timezone.as_str()),
        ("Web app", "Europe/Paris")
    );
    assert!(made.session_recording_opt_in);
    assert!(made.api_token.starts_with("phc_"));
    // The secret token is shown in full once, then masked.
    let secret = made.secret_api_token.clone().unwrap();
    assert!(secret.starts_with("phs_") && secret.len() > 40, "{secret}");
    let seen = view(&admin, &o, made.id).await.unwrap().into_inner();
    let masked = seen.secret_api_token.clone().unwrap();
    assert!(masked.contains("...") && !masked.contains(&secret[8..20]));
    assert_eq!(seen.effective_membership_level, Some(15));
    // The creator's current project is the new one; the root route finds
    // it by its id alone, or as `@current`.
    let me = admin.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(me.team.map(|team| team.id), Some(made.id));
    for id in [made.id.to_string(), "@current".to_string()] {
        let root = admin.project_view_root().id(id).send().await.unwrap();
        assert_eq!((root.id, root.organization), (made.id, org.id));
        assert_eq!(root.secret_api_token, seen.secret_api_token);
    }
    assert_eq!(names(&admin, &o).await, ["Default project", "Web app"]);
    let search = admin.project_list().organization_id(&o).search("WEB");
    let found = search.send().await.unwrap().into_inner();
    assert_eq!((found.count, found.results[0].id), (1, made.id));

    // Settings change as written; null clears a nullable one.
    let patch = types::ProjectWrite::builder()
        .week_start_day(Some(1))
        .session_recording_sample_rate(Some("0.25".to_string()))
        .survey_config(Some(serde_json::json!({"appearance": {"x": 1}})));
    let id = made.id.to_string();
    let patched = admin.project_patch().organization_id(&o).id(&id).body(patch);
    let patched = patched.send().await.unwrap().into_inner();
    assert_eq!(patched.week_start_day, Some(1));
    assert_eq!(patched.session_recording_sample_rate.as_deref(), Some("0.25"));
    let clear = types::ProjectWrite::builder().week_start_day(None::<u8>);
    let cleared =
        admin.project_update().organization_id(&o).id(&id).body(clear);
    let cleared = cleared.send().await.unwrap().into_inner();
    assert_eq!(cleared.week_start_day, None);
    assert!(
        !cleared.survey_config.is_null() && cleared.session_recording_opt_in
    );

    // Bad values: PostHog's errors, nothing changed.
    let taken = types::ProjectWrite::builder().name("WEB APP".to_string());
    assert_error(
        api_error(create(&admin, &o, taken).await),
        409,
        "conflict",
        None,
    );
    let zone =
        types::ProjectWrite::builder().timezone("Mars/Olympus".to_string());
    let bad = admin.project_patch().organization_id(&o).id(&id).body(zone);
    assert_error(
        api_error(bad.send().await),
        400,
        "invalid_choice",
        Some("timezone"),
    );
    let rate = types::ProjectWrite::builder()
        .session_recording_sample_rate(Some("1.5".to_string()));
    let bad = admin.project_patch().organization_id(&o).id(&id).body(rate);
    assert_error(
        api_error(bad.send().await),
        400,
        "invalid",
        Some("session_recording_sample_rate"),
    );
    let bad_id = admin.project_view().organization_id(&o).id("web");
    assert_error(api_error(bad_id.send().await), 400, "invalid", None);
    let after = view(&admin, &o, made.id).await.unwrap().into_inner();
    assert_eq!(after.timezone, "Europe/Paris");

    // Tokens: reset the public one; rotate the secret (the old one kept,
    // masked, as the backup), then delete the backup.
    let reset = admin.project_reset_token().organization_id(&o).id(&id);
    let reset = reset.send().await.unwrap().into_inner();
    assert!(
        reset.api_token != made.api_token
            && reset.api_token.starts_with("phc_")
    );
    let rotate =
        admin.project_rotate_secret_token().organization_id(&o).id(&id);
    let rotated = rotate.send().await.unwrap().into_inner();
    let new_secret = rotated.secret_api_token.clone().unwrap();
    assert!(new_secret.starts_with("phs_") && new_secret != secret);
    assert_eq!(
        rotated.secret_api_token_backup.as_deref(),
        Some(masked.as_str())
    );
    let drop =
        admin.project_delete_secret_token_backup().organization_id(&o).id(&id);
    let dropped = drop.send().await.unwrap().into_inner();
    assert_eq!(dropped.secret_api_token_backup, None);
    assert!(dropped.secret_api_token.unwrap().contains("..."));
    let demo =
        admin.project_is_generating_demo_data().organization_id(&o).id(&id);
    assert!(!demo.send().await.unwrap().into_inner().is_generating_demo_data);

    // Delete: gone from the list and the organization; @me moves on.
    let delete = admin.project_delete().organization_id(&o).id(&id);
    delete.send().await.unwrap();
    assert_error(
        api_error(view(&admin, &o, made.id).await),
        404,
        "not_found",
        None,
    );
    assert_eq!(names(&admin, &o).await, ["Default project"]);
    let me = admin.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!(me.team.map(|team| team.id), Some(org.teams[0].id));
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_project_permissions_privacy_and_invites() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Private").await;
    let o = org.id.to_string();
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    join(&admin, org.id, &member, 1).await;
    let named =
        |name: &str| types::ProjectWrite::builder().name(name.to_string());

    // Members create projects only where the organization lets them (or
    // a demo project).
    let refused = create(&member.client, &o, named("Mine")).await;
    assert_error(api_error(refused), 403, "permission_denied", None);
    let demo = named("Demo").is_demo(true);
    assert!(create(&member.client, &o, demo).await.unwrap().is_demo);
    let second_demo = named("Demo 2").is_demo(true);
    assert_error(
        api_error(create(&member.client, &o, second_demo).await),
        403,
        "permission_denied",
        None,
    );
    let allow = types::OrganizationPatch::builder()
        .members_can_create_projects(Some(true));
    admin
        .organization_patch()
        .organization_id(&o)
        .body(allow)
        .send()
        .await
        .unwrap();
    let private_by_member = named("Hidden").access_control(true);
    assert_error(
        api_error(create(&member.client, &o, private_by_member).await),
        403,
        "permission_denied",
        None,
    );
    let mine = create(&member.client, &o, named("Mine")).await.unwrap();

    // A private project: only admins, and members given access by the
    // invite they joined by, see it; only admins make it private.
    let secret =
        create(&admin, &o, named("Secret")).await.unwrap().into_inner();
    let id = secret.id.to_string();
    let private = types::ProjectWrite::builder().access_control(true);
    let by_member = member
        .client
        .project_patch()
        .organization_id(&o)
        .id(mine.id.to_string());
    assert_error(
        api_error(by_member.body(private.clone()).send().await),
        403,
        "permission_denied",
        None,
    );
    let made_private =
        admin.project_patch().organization_id(&o).id(&id).body(private);
    assert!(made_private.send().await.unwrap().access_control);
    assert!(!names(&member.client, &o).await.contains(&"Secret".to_string()));
    assert_error(
        api_error(view(&member.client, &o, secret.id).await),
        404,
        "not_found",
        None,
    );
    let root = member.client.project_view_root().id(secret.id.to_string());
    assert_error(api_error(root.send().await), 404, "not_found", None);
    let seen = member
        .client
        .organization_view()
        .organization_id(&o)
        .send()
        .await
        .unwrap();
    assert!(seen.teams.iter().all(|team| team.id != secret.id));

    let guest = ctx.user("guest@example.com", &[Scope::X]).await;
    let mut request = invite_request(&guest.email, 1);
    request.private_project_access =
        Some(vec![types::ProjectAccess { id: secret.id, level: 1 }]);
    let invite = admin.invite_create().organization_id(&o).body(request);
    let invite = invite.send().await.unwrap().into_inner();
    guest
        .client
        .signup_accept()
        .invite_id(invite.id.to_string())
        .send()
        .await
        .unwrap();
    let as_guest =
        view(&guest.client, &o, secret.id).await.unwrap().into_inner();
    assert_eq!(as_guest.effective_membership_level, Some(1));
    // Level 1 in the project: its settings yes, deleting it or its tokens no.
    let patch = types::ProjectWrite::builder().anonymize_ips(true);
    let patched =
        guest.client.project_patch().organization_id(&o).id(&id).body(patch);
    assert!(patched.send().await.unwrap().anonymize_ips);
    let delete = guest.client.project_delete().organization_id(&o).id(&id);
    let refused = api_error(delete.send().await);
    assert_eq!(
        refused.1.detail,
        "You don't have sufficient permissions in the project."
    );
    assert_error(refused, 403, "permission_denied", None);
    let rotate =
        guest.client.project_rotate_secret_token().organization_id(&o).id(&id);
    assert_error(
        api_error(rotate.send().await),
        403,
        "permission_denied",
        None,
    );

    // Deleting a project takes it out of the invites that grant it.
    let mut request = invite_request("later@example.com", 1);
    request.private_project_access =
        Some(vec![types::ProjectAccess { id: secret.id, level: 8 }]);
    admin
        .invite_create()
        .organization_id(&o)
        .body(request)
        .send()
        .await
        .unwrap();
    admin.project_delete().organization_id(&o).id(&id).send().await.unwrap();
    let invites = admin.invite_list().organization_id(&o).send().await.unwrap();
    assert!(invites
        .results
        .iter()
        .all(|i| i.private_project_access.is_empty()));

    // Scopes: project:read reads, project:write is needed to write.
    let reader = ctx.user("reader@example.com", &[Scope::X]).await;
    join(&admin, org.id, &reader, 8).await;
    let key = types::PersonalApiKeyCreate {
        label: "projects".to_string(),
        scopes: vec![Scope::ProjectRead],
        scoped_organizations: None,
        scoped_teams: None,
    };
    let key =
        reader.client.personal_api_key_create().body(key).send().await.unwrap();
    let reader = crate::common::TestUser {
        client: ctx.client(key.value.as_deref().unwrap()),
        ..reader
    };
    assert_eq!(
        names(&reader.client, &o).await.len(),
        names(&admin, &o).await.len()
    );
    let refused = create(&reader.client, &o, named("Nope")).await;
    assert_error(api_error(refused), 403, "permission_denied", None);
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_project_moves_and_current_project() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let from = create_organization(&admin, "From").await;
    let to = create_organization(&admin, "To").await;
    let (f, t) = (from.id.to_string(), to.id.to_string());
    let body = types::ProjectWrite::builder().name("Moving".to_string());
    let project = create(&admin, &f, body).await.unwrap().into_inner();
    let id = project.id.to_string();

    // Switching the current project through PATCH /api/users/@me/.
    let switch = types::UserPatch::builder()
        .set_current_team(Some(from.teams[0].id.to_string()));
    let me = admin.user_patch().uuid("@me").body(switch).send().await.unwrap();
    assert_eq!(me.team.as_ref().map(|team| team.id), Some(from.teams[0].id));

    let target = types::ProjectMove { organization_id: to.id };
    let moved = admin.project_change_organization().organization_id(&f).id(&id);
    let moved = moved.body(target).send().await.unwrap().into_inner();
    assert_eq!((moved.organization, moved.name.as_str()), (to.id, "Moving"));
    assert!(names(&admin, &t).await.contains(&"Moving".to_string()));
    assert!(!names(&admin, &f).await.contains(&"Moving".to_string()));
    assert_eq!(
        view(&admin, &t, project.id).await.unwrap().created_at,
        project.created_at
    );
    // Into the same organization, or one the caller is not an admin of.
    let again = admin.project_change_organization().organization_id(&t).id(&id);
    let again = again.body(types::ProjectMove { organization_id: to.id });
    assert_error(api_error(again.send().await), 400, "invalid", None);
    let member = ctx.user("mover@example.com", &[Scope::X]).await;
    join(&admin, to.id, &member, 1).await;
    let theirs = create_organization(&member.client, "Theirs").await;
    let away =
        member.client.project_change_organization().organization_id(&t).id(&id);
    let away = away.body(types::ProjectMove { organization_id: theirs.id });
    assert_error(api_error(away.send().await), 400, "invalid", None);
    ctx.cleanup().await;
}

/// What the server answers for projects validates against PostHog's
/// published schema (`ProjectBackwardCompat` and its list), kept in
/// `fixtures/` as PostHog publishes it.
#[tokio::test]
async fn test_project_views_validate_against_posthogs_schema() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Schema").await;
    let body = types::ProjectWrite::builder().name("Checked".to_string());
    let made =
        create(&admin, &org.id.to_string(), body).await.unwrap().into_inner();
    let posthog: serde_json::Value = serde_json::from_str(include_str!(
        "fixtures/posthog-project-schemas.json"
    ))
    .unwrap();
    let schema = |name: &str| posthog["components"]["schemas"][name].clone();
    let base =
        format!("{}/api/organizations/{}/projects", ctx.base_url, org.id);
    let http = reqwest::Client::new();
    let mut problems = Vec::new();
    for (url, name) in [
        (format!("{base}/{}/", made.id), "ProjectBackwardCompat"),
        (format!("{base}/"), "PaginatedProjectBackwardCompatBasicList"),
    ] {
        let response = http
            .get(&url)
            .bearer_auth(crate::common::ADMIN_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let value: serde_json::Value = response.json().await.unwrap();
        check_value(&posthog, &schema(name), &value, &url, &mut problems);
        let properties =
            schema(name)["properties"].as_object().unwrap().clone();
        if name == "ProjectBackwardCompat" {
            for field in properties.keys() {
                assert!(value.get(field).is_some(), "{field} missing");
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_project_bounds() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Bounded").await;
    let o = org.id.to_string();
    let id = org.teams[0].id.to_string();
    let patch = |body: types::builder::ProjectWrite| {
        admin.project_patch().organization_id(&o).id(&id).body(body)
    };
    // A list setting's items: 200 characters each at most, 1000 items.
    let url = |n: usize| format!("https://{}.example", "a".repeat(n - 16));
    let fits = types::ProjectWrite::builder().app_urls(vec![url(200)]);
    assert_eq!(patch(fits).send().await.unwrap().app_urls, [url(200)]);
    let long = types::ProjectWrite::builder().app_urls(vec![url(201)]);
    assert_error(
        api_error(patch(long).send().await),
        400,
        "max_length",
        Some("app_urls__0"),
    );
    let many = types::ProjectWrite::builder().app_urls(vec![url(20); 1001]);
    assert_error(
        api_error(patch(many).send().await),
        400,
        "max_length",
        Some("app_urls"),
    );
    // The settings together: 64 KiB of JSON at most.
    let big = serde_json::json!({ "blob": "x".repeat(70 * 1024) });
    let huge = types::ProjectWrite::builder().extra_settings(Some(big));
    assert_error(
        api_error(patch(huge).send().await),
        400,
        "max_length",
        Some("settings"),
    );
    let kept = view(&admin, &o, org.teams[0].id).await.unwrap().into_inner();
    assert_eq!(
        (kept.app_urls, kept.extra_settings),
        (vec![url(200)], serde_json::Value::Null)
    );

    // 200 projects per organization (the default one among them).
    for n in 2..=200 {
        let body = types::ProjectWrite::builder().name(format!("P{n}"));
        create(&admin, &o, body).await.unwrap();
    }
    let over = types::ProjectWrite::builder().name("P201".to_string());
    assert_error(
        api_error(create(&admin, &o, over).await),
        403,
        "permission_denied",
        None,
    );
    let page = admin.project_list().organization_id(&o).limit(1).send().await;
    assert_eq!(page.unwrap().count, 200);
    ctx.cleanup().await;
}

/// Keys limited to projects (`scoped_teams`), as PostHog serves them: the
/// operations on a project they name and on the user and their keys;
/// every other organization operation is refused, saying why.
#[tokio::test]
async fn test_project_scoped_keys() {
    let ctx = TestContext::new().await;
    let admin = ctx.admin();
    let org = create_organization(&admin, "Scoped").await;
    let o = org.id.to_string();
    let body = types::ProjectWrite::builder().name("Other".to_string());
    let other = create(&admin, &o, body).await.unwrap().into_inner();
    let mine = org.teams[0].id;
    let key_for = |teams: Vec<i64>| types::PersonalApiKeyCreate {
        label: "project".to_string(),
        scopes: vec![Scope::X],
        scoped_organizations: None,
        scoped_teams: Some(teams),
    };
    let made = admin.personal_api_key_create().body(key_for(vec![mine]));
    let made = made.send().await.unwrap().into_inner();
    assert_eq!(made.scoped_teams, [mine]);
    let scoped = ctx.client(made.value.as_deref().unwrap());

    // Its project, nested or by id alone.
    assert_eq!(view(&scoped, &o, mine).await.unwrap().id, mine);
    let root = scoped.project_view_root().id(mine.to_string()).send().await;
    assert_eq!(root.unwrap().id, mine);
    // Another project.
    let refused = api_error(view(&scoped, &o, other.id).await);
    let detail = format!(
        "API key does not have access to the requested project: ID {}.",
        other.id
    );
    assert_eq!(refused.1.detail, detail);
    assert_error(refused, 403, "permission_denied", None);
    // Organization operations, which name no project.
    let organization = scoped.organization_view().organization_id(&o);
    let refused = api_error(organization.send().await);
    assert_eq!(
        refused.1.detail,
        "API keys with scoped projects are only supported on project-based \
         endpoints."
    );
    assert_error(refused, 403, "permission_denied", None);
    let list = scoped.project_list().organization_id(&o).send().await;
    assert_error(api_error(list), 403, "permission_denied", None);
    // The user and their keys.
    scoped.user_view().uuid("@me").send().await.unwrap();
    scoped.personal_api_key_list().send().await.unwrap();
    // A key it makes is limited to its projects too.
    let wider = scoped.personal_api_key_create().body(key_for(vec![]));
    assert_error(api_error(wider.send().await), 403, "permission_denied", None);

    // Only projects the user sees, and at most 200 of them.
    let theirs = create_organization(&ctx.admin(), "Theirs").await;
    let stranger = ctx.user("stranger@example.com", &[Scope::X]).await;
    let foreign = stranger.client.personal_api_key_create();
    let foreign = foreign.body(key_for(vec![theirs.teams[0].id]));
    assert_error(
        api_error(foreign.send().await),
        400,
        "invalid",
        Some("scoped_teams"),
    );
    let many =
        admin.personal_api_key_create().body(key_for((1..=201).collect()));
    assert_error(
        api_error(many.send().await),
        400,
        "max_length",
        Some("scoped_teams"),
    );
    ctx.cleanup().await;
}
