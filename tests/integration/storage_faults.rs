//! A full disk, on a small file system of the test's own (a tmpfs, which
//! takes root to mount; without it these tests print why and pass without
//! checking anything else).
//!
//! - sled: below the free space it keeps, a write is refused with 503
//!   `storage_full` before anything changes, readiness says so, reads go on,
//!   and writes resume once space is freed, with no restart.
//! - sled, with no space kept: the log write itself fails; the server
//!   answers 503 and exits so that a supervisor restarts it, and after the
//!   restart every acknowledged write is there and the store checks clean.
//! - PostgreSQL, with the test database in a tablespace on the small file
//!   system: a write the database cannot store is 503 `storage_full`, not
//!   applied, and writes resume once space is freed.

use crate::binary::check;
use crate::binary::serve_with;
use crate::binary::terminate;
use crate::common::api_error;
use crate::common::assert_error;
use crate::common::client_for;
use orgbase::client::types;
use orgbase::client::Client;
use std::io::Write;
use std::path::Path;
use std::path::PathBuf;
use std::process::Command;

const KEY: &str = "phx_storagefaultstestkey0123456789abcdefgh";

/// A tmpfs mounted for one test, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// A tmpfs of `mib` MiB (owned by `owner` when given), or None, with
    /// the reason printed, where this process cannot mount one.
    fn mount(mib: u64, owner: Option<&str>) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mut options = format!("size={mib}m,mode=0755");
        if let Some(owner) = owner {
            let id = |flag| {
                let out =
                    Command::new("id").args([flag, owner]).output().ok()?;
                Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
            };
            options += &format!(",uid={},gid={}", id("-u")?, id("-g")?);
        }
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &options, "tmpfs"])
            .arg(dir.path())
            .output();
        match mounted {
            Ok(output) if output.status.success() => Some(SmallDisk { dir }),
            Ok(output) => {
                println!(
                    "skipped: cannot mount a tmpfs (needs root): {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                );
                None
            }
            Err(error) => {
                println!("skipped: cannot run mount: {error}");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a filler file until at most `leave` bytes are free (all of
    /// it written, so the space is really taken); returns its path.
    fn fill(&self, leave: u64) -> PathBuf {
        let path = self.path().join("filler");
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .unwrap();
        let chunk = vec![0xa5u8; 64 << 10];
        loop {
            let free = fs2::available_space(self.path()).unwrap();
            if free <= leave {
                break;
            }
            let size = chunk.len().min((free - leave) as usize);
            if file.write_all(&chunk[..size]).is_err() {
                break;
            }
        }
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

async fn create(
    client: &Client,
    name: &str,
) -> crate::common::ApiResult<types::Organization> {
    client
        .organization_create()
        .body(types::OrganizationCreate::builder().name(name))
        .send()
        .await
}

/// The names of the organizations the client sees.
async fn organization_names(client: &Client) -> Vec<String> {
    let page = client.organization_list().limit(1000).send().await.unwrap();
    page.into_inner().results.into_iter().map(|o| o.name).collect()
}

/// How many organizations the client sees.
async fn organization_count(client: &Client) -> u64 {
    client.organization_list().limit(1).send().await.unwrap().count
}

async fn ready_status(base_url: &str) -> u16 {
    reqwest::get(format!("{base_url}/_ready")).await.unwrap().status().as_u16()
}

#[tokio::test]
async fn test_sled_refuses_writes_below_its_free_space_and_resumes() {
    if crate::common::testing_postgres() {
        return println!("skipped: a sled test, run in the sled pass");
    }
    let Some(disk) = SmallDisk::mount(40, None) else { return };
    let data_dir = disk.path().join("data");
    let args = [
        "--data-dir".as_ref(),
        data_dir.as_os_str(),
        "--min-free-space-mib".as_ref(),
        "8".as_ref(),
    ];
    let served = serve_with(&args, Some(KEY));
    let base_url = format!("http://{}", served.address);
    let client = client_for(&base_url, Some(KEY));
    create(&client, "Before").await.unwrap();
    assert_eq!(ready_status(&base_url).await, 200);

    let filler = disk.fill(4 << 20);
    let (status, error) = api_error(create(&client, "Refused").await);
    assert_eq!(error.type_, types::ErrorType::ServerError);
    assert_error((status, error), 503, "storage_full", None);
    assert_eq!(ready_status(&base_url).await, 503);
    // Reads go on, and the refused write is not there.
    let names = organization_names(&client).await;
    assert!(names.contains(&"Before".to_string()), "{names:?}");
    assert!(!names.contains(&"Refused".to_string()), "{names:?}");

    // Space freed: writes resume, with no restart.
    std::fs::remove_file(filler).unwrap();
    assert_eq!(ready_status(&base_url).await, 200);
    create(&client, "After").await.unwrap();
    let (clean, log) = terminate(served);
    assert!(clean, "{log}");
    let checked = check(&data_dir);
    assert!(checked.status.success(), "{checked:?}");

    let served = serve_with(&args, Some(KEY));
    let client = client_for(&format!("http://{}", served.address), Some(KEY));
    let mut names = organization_names(&client).await;
    names.retain(|name| name != "Default organization");
    names.sort();
    assert_eq!(names, ["After", "Before"]);
    assert!(terminate(served).0);
}

#[tokio::test]
async fn test_sled_failing_to_write_exits_for_a_restart_and_loses_nothing() {
    if crate::common::testing_postgres() {
        return println!("skipped: a sled test, run in the sled pass");
    }
    let Some(disk) = SmallDisk::mount(24, None) else { return };
    let data_dir = disk.path().join("data");
    let args = [
        "--data-dir".as_ref(),
        data_dir.as_os_str(),
        "--min-free-space-mib".as_ref(),
        "0".as_ref(),
    ];
    let mut served = serve_with(&args, Some(KEY));
    let client = client_for(&format!("http://{}", served.address), Some(KEY));
    let mut acknowledged = Vec::new();
    for n in 0..5 {
        let name = format!("Kept {n}");
        create(&client, &name).await.unwrap();
        acknowledged.push(name);
    }
    let filler = disk.fill(0);
    // Writes go on until sled's log cannot grow; the first that fails is a
    // 503, and the server then exits by itself.
    let mut failure = None;
    for n in 0..20_000 {
        let name = format!("Late {n}");
        match create(&client, &name).await {
            Ok(_) => acknowledged.push(name),
            Err(error) => {
                failure = Some(error);
                break;
            }
        }
    }
    let failure = failure.expect("a full disk makes a write fail");
    let (status, error) = match failure {
        orgbase::client::Error::ErrorResponse(response) => {
            (response.status().as_u16(), response.into_inner())
        }
        other => panic!("expected an error response, got {other:?}"),
    };
    assert_eq!(
        (status, error.code.as_str()),
        (503, "storage_failed"),
        "{error:?}"
    );
    let exited = tokio::task::spawn_blocking(move || {
        let status = served.child.wait().unwrap();
        (status, served.log())
    });
    let (status, log) =
        tokio::time::timeout(std::time::Duration::from_secs(30), exited)
            .await
            .expect("the server exits by itself")
            .unwrap();
    assert!(!status.success(), "{log}");
    assert!(log.contains("the store can no longer write"), "{log}");

    std::fs::remove_file(filler).unwrap();
    let checked = check(&data_dir);
    assert!(checked.status.success(), "{checked:?}");
    let served = serve_with(&args, Some(KEY));
    let client = client_for(&format!("http://{}", served.address), Some(KEY));
    let names = organization_names(&client).await;
    for name in &acknowledged {
        assert!(names.contains(name), "{name} lost");
    }
    assert!(terminate(served).0);
}

#[tokio::test]
async fn test_postgres_disk_full_refuses_writes_and_resumes() {
    if !crate::common::testing_postgres() {
        return println!("skipped: a PostgreSQL test, run in its pass");
    }
    let owner =
        crate::postgres_cluster::running_as_root().then_some("postgres");
    let Some(disk) = SmallDisk::mount(40, owner) else { return };
    let space = disk.path().join("tablespace");
    std::fs::create_dir(&space).unwrap();
    if let Some(owner) = owner {
        let status = Command::new("chown")
            .arg(format!("{owner}:{owner}"))
            .arg(&space)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let url =
        crate::postgres_cluster::cluster().create_database_in(&space).await;
    let served =
        serve_with(&["--database-url".as_ref(), url.as_ref()], Some(KEY));
    let base_url = format!("http://{}", served.address);
    let client = client_for(&base_url, Some(KEY));
    create(&client, "Before").await.unwrap();
    let before = organization_count(&client).await;

    let filler = disk.fill(0);
    // The database fills what its pages still hold, then cannot extend a
    // file: that write is refused, and nothing of it is stored.
    let mut acknowledged = 0;
    let refused = loop {
        match create(&client, &format!("Late {acknowledged}")).await {
            Ok(_) => acknowledged += 1,
            Err(error) => break error,
        }
        assert!(acknowledged < 20_000, "the database never ran out of space");
    };
    let (status, error) = api_error::<types::Organization>(Err(refused));
    assert_error((status, error), 503, "storage_full", None);
    std::fs::remove_file(filler).unwrap();
    assert_eq!(organization_count(&client).await, before + acknowledged);
    create(&client, "After").await.unwrap();
    assert_eq!(ready_status(&base_url).await, 200);
    assert!(terminate(served).0);
    crate::postgres_cluster::cluster().drop_database_in(&url).await;
}
