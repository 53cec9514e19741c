//! Moving data: a store exported, imported into the other backend and
//! back is identical and whole; a fixture that refers to what is not there
//! is refused, naming the record; `serve --seed` starts from a fixture.

use crate::common::create_organization;
use crate::common::invite_request;
use crate::common::join;
use crate::common::test_log;
use crate::common::Options;
use crate::common::TestContext;
use crate::common::ADMIN_KEY;
use crate::dns_server::DnsServer;
use crate::scim::scim_domain;
use orgbase::client::types;
use orgbase::client::types::Scope;
use orgbase::store::activity::Actor;
use orgbase::store::postgres::PgSettings;
use orgbase::store::Backend;
use orgbase::store::ExportRecord;
use orgbase::store::Store;
use orgbase::store::StoreError;

/// The export as text, for comparing stores.
fn as_text(records: &[ExportRecord]) -> String {
    let mut out = Vec::new();
    orgbase::export::write(records, &mut out, || ()).unwrap();
    String::from_utf8(out).unwrap()
}

/// Records held in memory, as an import reads them.
fn from(
    records: &[ExportRecord],
) -> impl Iterator<Item = Result<ExportRecord, String>> + Send + '_ {
    records.iter().cloned().map(Ok)
}

/// `records` as moved stores compare: without the entries each import
/// adds to each organization's activity log (and the revision it moved
/// each organization to for them); the number of those entries.
fn as_moved(records: &[ExportRecord]) -> (String, usize) {
    let mut imports = 0;
    let kept: Vec<ExportRecord> = records
        .iter()
        .filter(|record| match record {
            ExportRecord::Activity { record }
                if record.activity == "imported" =>
            {
                assert!(record.is_system && record.user.is_none());
                imports += 1;
                false
            }
            _ => true,
        })
        .cloned()
        .map(|record| match record {
            ExportRecord::Organization { mut record } => {
                record.revision = 0;
                ExportRecord::Organization { record }
            }
            other => other,
        })
        .collect();
    (as_text(&kept), imports)
}

/// The numeric ids in `records`: users' and projects'. Listed here, not
/// through `ExportRecord::numeric_ids`, which is what the imports under
/// test use to keep new ids clear of these.
fn numeric_ids(records: &[ExportRecord]) -> Vec<i64> {
    records
        .iter()
        .flat_map(|record| match record {
            ExportRecord::User { record } => vec![record.numeric_id],
            ExportRecord::Organization { record } => {
                record.projects.iter().map(|project| project.id).collect()
            }
            _ => Vec::new(),
        })
        .collect()
}

/// A store with something of every kind in it.
async fn populated() -> TestContext {
    let dns = DnsServer::start().await;
    let ctx = TestContext::with_options(Options {
        dns_resolver: Some(dns.addr),
        ..Default::default()
    })
    .await;
    let owner = ctx.user("owner@example.com", &[Scope::X]).await;
    let member = ctx.user("member@example.com", &[Scope::X]).await;
    let org = create_organization(&owner.client, "Moving").await;
    let org_id = org.id.to_string();
    join(&owner.client, org.id, &member, 1).await;
    owner
        .client
        .invite_create()
        .organization_id(&org_id)
        .body(invite_request("later@example.com", 8))
        .send()
        .await
        .unwrap();
    let role = owner
        .client
        .role_create()
        .organization_id(&org_id)
        .body(types::RoleCreate { name: "Movers".into() })
        .send()
        .await
        .unwrap()
        .into_inner();
    owner
        .client
        .role_membership_create()
        .organization_id(&org_id)
        .role_id(role.id.to_string())
        .body(types::RoleMembershipCreate { user_uuid: member.uuid })
        .send()
        .await
        .unwrap();
    owner
        .client
        .project_create()
        .organization_id(&org_id)
        .body(
            types::ProjectWrite::builder()
                .name("Moved".to_string())
                .session_recording_opt_in(true),
        )
        .send()
        .await
        .unwrap();
    owner
        .client
        .cimd_verification_token_create()
        .organization_id(&org_id)
        .body(types::CimdVerificationTokenCreate {
            label: "partner".into(),
            cimd_url: "https://partner.example/cimd.json".into(),
        })
        .send()
        .await
        .unwrap();
    owner
        .client
        .domain_create()
        .organization_id(&org_id)
        .body(
            types::OrganizationDomainCreate::builder().domain("moving.example"),
        )
        .send()
        .await
        .unwrap();
    owner
        .client
        .role_external_reference_create()
        .organization_id(&org_id)
        .body(types::RoleExternalReferenceCreate {
            provider: "slack".into(),
            provider_organization_id: "T0123".into(),
            provider_role_id: "C0123".into(),
            provider_role_slug: Some("movers".into()),
            provider_role_name: "#movers".into(),
            role: role.id,
        })
        .send()
        .await
        .unwrap();
    owner
        .client
        .proxy_record_create()
        .organization_id(&org_id)
        .body(types::ProxyRecordCreate { domain: "e.moving.example".into() })
        .send()
        .await
        .unwrap();
    // A SCIM user, and the log of the request that made them.
    let (domain, token) =
        scim_domain(&ctx, &dns, &owner, &org, "scim.moving.example").await;
    let created = reqwest::Client::new()
        .post(format!("{}/scim/v2/{}/Users", ctx.base_url, domain.id))
        .bearer_auth(token)
        .json(&serde_json::json!({
            "userName": "provisioned@scim.moving.example",
            "externalId": "idp-1",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    // Last, so that the largest numeric id is a project's, not a user's.
    create_organization(&owner.client, "Moved Last").await;
    ctx
}

#[tokio::test]
async fn test_export_import_between_backends_is_identical() {
    let ctx = populated().await;
    let original = ctx.store().export().await.unwrap();
    assert!(original.len() >= 17, "every kind is there: {}", original.len());
    assert!(original.iter().any(|record| matches!(
        record,
        ExportRecord::RoleExternalReference { .. }
    )));
    assert!(original
        .iter()
        .any(|record| matches!(record, ExportRecord::ProxyRecord { .. })));
    for kind in ["scim_user", "scim_log"] {
        assert!(
            as_text(&original).contains(&format!(r#""kind":"{kind}""#)),
            "{kind}"
        );
    }
    let (text, imports) = as_moved(&original);
    assert_eq!(imports, 0);
    let organizations = original
        .iter()
        .filter(|record| matches!(record, ExportRecord::Organization { .. }))
        .count();
    let importer = Actor::system("orgbase import", chrono::Utc::now());

    let url = crate::postgres_cluster::cluster().create_database().await;
    let postgres =
        Store::open(&Backend::Postgres(PgSettings::at(&url)), &test_log())
            .await
            .unwrap();
    postgres.import(&importer, &mut from(&original)).await.unwrap();
    assert_eq!(
        as_moved(&postgres.export().await.unwrap()),
        (text.clone(), organizations)
    );
    let imported_ids = numeric_ids(&original);
    let largest_user_id = original
        .iter()
        .filter_map(|record| match record {
            ExportRecord::User { record } => Some(record.numeric_id),
            _ => None,
        })
        .max();
    assert!(
        imported_ids.iter().max() > largest_user_id.as_ref(),
        "a project's id is the largest, so that the imports must count them"
    );
    // New numeric ids never meet imported ones here either.
    let next = postgres.next_id().await.unwrap();
    assert!(
        imported_ids.iter().all(|id| *id < next),
        "{next} {imported_ids:?}"
    );
    assert_eq!(postgres.check().await.unwrap(), Vec::new());
    // Once is all: the store now has users.
    let again = postgres.import(&importer, &mut from(&original)).await;
    assert!(matches!(again, Err(StoreError::NotEmpty)), "{again:?}");
    let back = postgres.export().await.unwrap();
    postgres.close().unwrap();

    let dir = tempfile::tempdir().unwrap();
    let sled = Store::open(
        &Backend::Sled(orgbase::store::sled::SledSettings::at(dir.path())),
        &test_log(),
    )
    .await
    .unwrap();
    sled.import(&importer, &mut from(&back)).await.unwrap();
    assert_eq!(
        as_moved(&sled.export().await.unwrap()),
        (text, 2 * organizations)
    );
    assert_eq!(sled.check().await.unwrap(), Vec::new());
    // New numeric ids never meet imported ones.
    let imported_ids = numeric_ids(&back);
    let next = sled.next_id().await.unwrap();
    assert!(
        imported_ids.iter().all(|id| *id < next),
        "{next} {imported_ids:?}"
    );
    sled.close().unwrap();
    ctx.cleanup().await;
}

#[tokio::test]
async fn test_a_fixture_that_refers_to_nothing_is_refused() {
    let ctx = populated().await;
    let text = as_text(&ctx.store().export().await.unwrap());
    // Drop the organizations: its memberships then name nothing.
    let broken: String = text
        .lines()
        .filter(|line| !line.contains(r#""kind":"organization""#))
        .map(|line| format!("{line}\n"))
        .collect();
    let error = orgbase::export::read(broken.as_bytes()).unwrap_err();
    assert!(error.contains("membership of user"), "{error}");
    assert!(error.starts_with("line "), "{error}");
    // Drop the roles (and their members): a role external reference then
    // names nothing.
    let broken: String = text
        .lines()
        .filter(|line| {
            !line.contains(r#""kind":"role""#)
                && !line.contains(r#""kind":"role_member""#)
        })
        .map(|line| format!("{line}\n"))
        .collect();
    let error = orgbase::export::read(broken.as_bytes()).unwrap_err();
    assert!(error.contains("role external reference"), "{error}");
    // A project's settings whose project is not its organization's.
    let broken = edited(&text, "project_settings", |record| {
        record["project_id"] = serde_json::json!(999_999);
        true
    });
    let error = orgbase::export::read(broken.as_bytes()).unwrap_err();
    assert!(error.contains("settings of project 999999"), "{error}");
    let error =
        orgbase::export::read(&b"{\"orgbase_export\":2}\n"[..]).unwrap_err();
    assert!(error.contains("header"), "{error}");
    // The records of a file need not come in the export's order: read
    // backwards, each kind comes back after the kinds it refers to.
    let (header, records) = text.split_once('\n').unwrap();
    let backwards: String = std::iter::once(header)
        .chain(records.lines().rev())
        .map(|line| format!("{line}\n"))
        .collect();
    let read_backwards = orgbase::export::read(backwards.as_bytes()).unwrap();
    let kinds = |records: &[ExportRecord]| -> Vec<usize> {
        records.iter().map(ExportRecord::rank).collect()
    };
    let exported = ctx.store().export().await.unwrap();
    assert_eq!(kinds(&read_backwards), kinds(&exported));
    let lines = |text: String| {
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        lines.sort();
        lines
    };
    assert_eq!(lines(as_text(&read_backwards)), lines(text.clone()));
    ctx.cleanup().await;
}

/// `text` (an export) with `change` applied to the record of each line of
/// kind `kind` for which it returns true (it edits the record's JSON), and
/// to no other.
fn edited(
    text: &str,
    kind: &str,
    mut change: impl FnMut(&mut serde_json::Value) -> bool,
) -> String {
    let mut changed = false;
    let out: String = text
        .lines()
        .map(|line| {
            let mut record: serde_json::Value =
                serde_json::from_str(line).unwrap();
            if record["kind"] == kind && !changed {
                changed = change(&mut record["record"]);
            }
            format!("{record}\n")
        })
        .collect();
    assert!(changed, "no {kind} was changed");
    out
}

/// Values the API never stores, and uniqueness the API keeps, are refused
/// by an import (and so by `--seed`), naming the line: each edit below of
/// a sound export must be refused for its own reason.
#[tokio::test]
async fn test_an_import_of_values_the_api_never_stores_is_refused() {
    let ctx = populated().await;
    let text = as_text(&ctx.store().export().await.unwrap());
    orgbase::export::read(text.as_bytes()).expect("the export itself is sound");
    let first_user_numeric_id = text
        .lines()
        .find(|line| line.contains(r#""kind":"user""#))
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line).unwrap();
            record["record"]["numeric_id"].clone()
        })
        .unwrap();
    let mut seen_users = 0;
    let cases: Vec<(String, &str)> = vec![
        (
            edited(&text, "membership", |m| {
                m["level"] = 99.into();
                true
            }),
            "level 99",
        ),
        (
            edited(&text, "user", |u| {
                u["email"] = "".into();
                true
            }),
            "not an email address",
        ),
        (
            edited(&text, "user", |u| {
                seen_users += 1;
                if seen_users < 2 {
                    return false;
                }
                u["numeric_id"] = first_user_numeric_id.clone();
                true
            }),
            "numeric id",
        ),
        (
            edited(&text, "invite", |i| {
                i["level"] = 3.into();
                true
            }),
            "level 3",
        ),
        (
            edited(&text, "domain", |d| {
                d["domain"] = "Moving.Example".into();
                true
            }),
            "not a domain name",
        ),
        (
            edited(&text, "domain", |d| {
                d["domain"] = "not a domain".into();
                true
            }),
            "not a domain name",
        ),
        (
            edited(&text, "proxy_record", |p| {
                p["domain"] = "E.moving.example".into();
                true
            }),
            "not a host name",
        ),
        (
            edited(&text, "user", |u| {
                if u["email"] != "provisioned@scim.moving.example" {
                    return false;
                }
                u["email"] = "provisioned@elsewhere.example".into();
                true
            }),
            "not in its domain",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.ndjson");
    for (broken, why) in cases {
        let error = orgbase::export::read(broken.as_bytes()).unwrap_err();
        assert!(
            error.starts_with("line ") && error.contains(why),
            "{why}: {error}"
        );
        // A file is checked in passes over it, to the same verdict.
        std::fs::write(&file, &broken).unwrap();
        let from_file = orgbase::export::check_file(&file).err();
        assert_eq!(from_file.as_ref(), Some(&error), "{why}");
    }
    // An invite twice.
    let invite =
        text.lines().find(|line| line.contains(r#""kind":"invite""#)).unwrap();
    let twice = text.replace(invite, &format!("{invite}\n{invite}"));
    let error = orgbase::export::read(twice.as_bytes()).unwrap_err();
    assert!(
        error.contains("invite") && error.contains("another record has its id"),
        "{error}"
    );
    std::fs::write(&file, &twice).unwrap();
    assert_eq!(orgbase::export::check_file(&file).err(), Some(error));
    ctx.cleanup().await;
}

/// The binary: `orgbase export` from a stopped store, `serve --ephemeral
/// --seed` from its file (the keys in it work), and an invalid seed
/// refused before serving.
#[tokio::test]
async fn test_binary_export_and_seed() {
    let dir = tempfile::tempdir().unwrap();
    let served = crate::binary::serve(dir.path(), Some(ADMIN_KEY));
    let base = format!("http://{}", served.address);
    let admin = crate::common::client_for(&base, Some(ADMIN_KEY));
    create_organization(&admin, "Seeded").await;
    served.kill();

    let fixture = dir.path().join("fixture.ndjson");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["export", "--data-dir"])
        .arg(dir.path())
        .arg("--output")
        .arg(&fixture)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let seeded = crate::binary::serve_with(
        &["--ephemeral".as_ref(), "--seed".as_ref(), fixture.as_os_str()],
        None,
    );
    let base = format!("http://{}", seeded.address);
    let admin = crate::common::client_for(&base, Some(ADMIN_KEY));
    let organizations = admin.organization_list().send().await.unwrap();
    assert_eq!(organizations.results[0].name, "Seeded");
    seeded.kill();

    let broken = dir.path().join("broken.ndjson");
    let text = std::fs::read_to_string(&fixture).unwrap();
    let without_users: String = text
        .lines()
        .filter(|line| !line.contains(r#""kind":"user""#))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(&broken, without_users).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--bind", "127.0.0.1:0", "--ephemeral", "--seed"])
        .arg(&broken)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.ndjson: line 2"), "{stderr}");
}

/// An empty store on the run's backend, and what keeps it (a sled
/// directory) alive.
async fn empty_store() -> (Store, Backend, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let backend = if crate::common::testing_postgres() {
        let url = crate::postgres_cluster::cluster().create_database().await;
        Backend::Postgres(PgSettings::at(&url))
    } else {
        Backend::Sled(orgbase::store::sled::SledSettings::at(dir.path()))
    };
    let store = Store::open(&backend, &test_log()).await.unwrap();
    (store, backend, dir)
}

/// `records`, then a failure to read the next one: an import's file that
/// changed, or a disk that failed, after the runs of every kind but the
/// last were handed on.
fn failing_after(
    records: &[ExportRecord],
) -> impl Iterator<Item = Result<ExportRecord, String>> + Send + '_ {
    from(records).chain(std::iter::once(Err("the disk failed".to_string())))
}

/// An import is written a run at a time (sled in a transaction per run),
/// and stays all or nothing: one whose records stop arriving midway
/// leaves the store as it was, ready for the same import to succeed.
#[tokio::test]
async fn test_an_import_that_fails_midway_leaves_the_store_as_it_was() {
    let ctx = populated().await;
    let records = ctx.store().export().await.unwrap();
    let kinds: std::collections::BTreeSet<usize> =
        records.iter().map(ExportRecord::rank).collect();
    assert!(kinds.len() > 10, "runs of many kinds came before the failure");
    let (store, _, _dir) = empty_store().await;
    let importer = Actor::system("orgbase import", chrono::Utc::now());
    let failed = store.import(&importer, &mut failing_after(&records)).await;
    assert!(
        matches!(&failed, Err(StoreError::ImportSource(why)) if why == "the disk failed"),
        "{failed:?}"
    );
    assert_eq!(store.export().await.unwrap().len(), 0, "nothing was left");
    store.import(&importer, &mut from(&records)).await.unwrap();
    let (text, _) = as_moved(&records);
    assert_eq!(as_moved(&store.export().await.unwrap()).0, text);
    assert_eq!(store.check().await.unwrap(), Vec::new());
    // Once is all: the store now has users, and keeps what it has.
    let again = store.import(&importer, &mut from(&records)).await;
    assert!(matches!(again, Err(StoreError::NotEmpty)), "{again:?}");
    assert_eq!(as_moved(&store.export().await.unwrap()).0, text);
    store.close().unwrap();
    ctx.cleanup().await;
}

/// On sled, an import whose process stops midway (here: a panic while it
/// reads its records, which skips every step after it) has written runs
/// in transactions of their own: the next open removes them, and the
/// store is as it was.
#[tokio::test]
async fn test_a_sled_import_stopped_midway_is_undone_at_the_next_open() {
    let ctx = populated().await;
    let records = ctx.store().export().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let backend =
        Backend::Sled(orgbase::store::sled::SledSettings::at(dir.path()));
    let store = Store::open(&backend, &test_log()).await.unwrap();
    let importing = store.clone();
    let stopping = records.clone();
    let stopped = tokio::spawn(async move {
        let importer = Actor::system("orgbase import", chrono::Utc::now());
        let mut read =
            stopping.iter().cloned().enumerate().map(|(at, record)| {
                assert!(at + 1 < stopping.len(), "the process stops");
                Ok(record)
            });
        importing.import(&importer, &mut read).await
    })
    .await;
    assert!(stopped.unwrap_err().is_panic());
    // What the runs before the stop wrote is there until the next open.
    let written = store.export().await.unwrap().len();
    assert!(written > 0, "some runs were written");
    store.close().unwrap();

    let store = Store::open(&backend, &test_log()).await.unwrap();
    assert_eq!(store.export().await.unwrap().len(), 0, "the open undid it");
    assert_eq!(store.check().await.unwrap(), Vec::new());
    let importer = Actor::system("orgbase import", chrono::Utc::now());
    store.import(&importer, &mut from(&records)).await.unwrap();
    assert_eq!(
        as_moved(&store.export().await.unwrap()).0,
        as_moved(&records).0
    );
    store.close().unwrap();
    ctx.cleanup().await;
}

/// `orgbase import` reads its file in passes (checked first, then
/// written), whatever the file's order: a file written backwards lands
/// as the export it came from; a file that changes after it was checked
/// is refused, with nothing written.
#[tokio::test]
async fn test_an_import_reads_its_file_in_passes() {
    let ctx = populated().await;
    let records = ctx.store().export().await.unwrap();
    let text = as_text(&records);
    let (header, lines) = text.split_once('\n').unwrap();
    let backwards: String = std::iter::once(header)
        .chain(lines.lines().rev())
        .map(|line| format!("{line}\n"))
        .collect();
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("backwards.ndjson");
    std::fs::write(&file, &backwards).unwrap();
    let checked = orgbase::export::check_file(&file).unwrap();
    assert_eq!(checked.len(), records.len() as u64);
    let importer = Actor::system("orgbase import", chrono::Utc::now());
    let (store, _, _dir) = empty_store().await;
    store.import(&importer, &mut checked.records()).await.unwrap();
    assert_eq!(
        as_moved(&store.export().await.unwrap()).0,
        as_moved(&records).0
    );
    store.close().unwrap();

    // Checked, then changed: one line fewer.
    let checked = orgbase::export::check_file(&file).unwrap();
    let shorter: String =
        backwards.lines().take(3).map(|line| format!("{line}\n")).collect();
    std::fs::write(&file, shorter).unwrap();
    let (store, _, _dir) = empty_store().await;
    let refused = store.import(&importer, &mut checked.records()).await;
    assert!(
        matches!(&refused, Err(StoreError::ImportSource(why)) if why.contains("changed")),
        "{refused:?}"
    );
    assert_eq!(store.export().await.unwrap().len(), 0);
    store.close().unwrap();
    ctx.cleanup().await;
}
