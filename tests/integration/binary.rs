//! The `orgbase` binary itself: bootstrap key, shutdown on signals, a data
//! directory already in use, logs without secrets, `orgbase check`. Also
//! the harness that starts it (used by the crash test too).

use std::io::BufRead;
use std::io::BufReader;
use std::io::Read;
use std::process::Child;
use std::process::Command;
use std::process::Stdio;
use std::time::Duration;
use std::time::Instant;

const KEY: &str = "phx_binarytestkey0123456789abcdefghijklmnop";

/// A running `orgbase serve` and the address it listens on.
pub struct Served {
    pub child: Child,
    pub address: String,
    /// Everything the process logged up to "ready".
    early_log: String,
    /// Collects what it logs after that, until it exits.
    later_log: Option<std::thread::JoinHandle<String>>,
}

/// Starts `orgbase serve` on a free port and waits for its "ready" line.
pub fn serve(
    data_dir: &std::path::Path,
    bootstrap_key: Option<&str>,
) -> Served {
    let mut command = Command::new(env!("CARGO_BIN_EXE_orgbase"));
    command
        .args(["serve", "--bind", "127.0.0.1:0", "--log-format", "json"])
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("ORGBASE_BOOTSTRAP_API_KEY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(key) = bootstrap_key {
        command.env("ORGBASE_BOOTSTRAP_API_KEY", key);
    }
    let mut child = command.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut early_log = String::new();
    let address = loop {
        let line =
            lines.next().expect("orgbase exited before listening").unwrap();
        early_log.push_str(&line);
        early_log.push('\n');
        if let Ok(entry) = serde_json::from_str::<serde_json::Value>(&line) {
            if entry["msg"] == "ready" {
                break entry["address"].as_str().unwrap().to_string();
            }
        }
    };
    // Keep draining stderr so the server never blocks on a full pipe, and
    // keep what it logs.
    let later_log = std::thread::spawn(move || {
        lines.map_while(Result::ok).collect::<Vec<_>>().join("\n")
    });
    Served { child, address, early_log, later_log: Some(later_log) }
}

impl Served {
    /// Kills the process with SIGKILL (no chance to flush or clean up),
    /// waits for it, and returns everything it logged.
    pub fn kill(mut self) -> String {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        self.log()
    }

    /// Everything it logged; call once it has exited.
    fn log(&mut self) -> String {
        let later = self.later_log.take().expect("the log is read once");
        std::mem::take(&mut self.early_log) + &later.join().unwrap()
    }
}

impl Drop for Served {
    /// A test that fails midway must not leave the server running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Sends SIGTERM and waits (bounded) for the exit; returns whether it was
/// clean, and the whole log.
fn terminate(mut served: Served) -> (bool, String) {
    let status = Command::new("kill")
        .args(["-TERM", &served.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = served.child.try_wait().unwrap() {
            return (status.success(), served.log());
        }
        assert!(Instant::now() < deadline, "orgbase did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test]
async fn test_binary_bootstrap_key_shutdown_and_restart() {
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path(), None);
    let generated = served
        .early_log
        .split_whitespace()
        .find(|word| word.starts_with("phx_"))
        .expect("the generated key is printed")
        .to_string();
    let client = crate::common::client_for(
        &format!("http://{}", served.address),
        Some(&generated),
    );
    let me = client.user_view().uuid("@me").send().await.unwrap().into_inner();
    assert_eq!((me.email.as_str(), me.is_staff), ("admin@localhost", true));
    let org =
        crate::common::create_organization(&client, "From the binary").await;
    let (clean, log) = terminate(served);
    assert!(clean, "SIGTERM is a clean exit: {log}");
    assert!(log.contains("store flushed and closed"), "{log}");

    // The second start prints no key and creates none; the data is there.
    let served = serve(dir.path(), Some(KEY));
    assert!(!served.early_log.contains("phx_"), "{}", served.early_log);
    let client = crate::common::client_for(
        &format!("http://{}", served.address),
        Some(&generated),
    );
    let seen = client
        .organization_view()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(seen.name, "From the binary");
    let ignored = crate::common::client_for(
        &format!("http://{}", served.address),
        Some(KEY),
    );
    assert_eq!(
        ignored
            .user_view()
            .uuid("@me")
            .send()
            .await
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(401)
    );
    assert!(terminate(served).0);
}

#[tokio::test]
async fn test_binary_given_bootstrap_key_is_never_logged() {
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path(), Some(KEY));
    let address = served.address.clone();
    let client =
        crate::common::client_for(&format!("http://{address}"), Some(KEY));
    client.user_view().uuid("@me").send().await.unwrap();
    let created = client
        .personal_api_key_create()
        .body(orgbase::client::types::PersonalApiKeyCreate {
            label: "logged?".into(),
            scopes: vec![orgbase::client::types::Scope::UserRead],
            scoped_organizations: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let (clean, log) = terminate(served);
    assert!(clean);
    assert!(log.contains("request completed"), "requests are logged");
    assert!(log.contains("response_code"));
    assert!(!log.contains(KEY), "the bootstrap key was logged");
    assert!(
        !log.contains(created.value.as_deref().unwrap()),
        "a created key was logged"
    );
}

#[test]
fn test_binary_refuses_bad_bootstrap_key_and_busy_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .arg("--data-dir")
        .arg(dir.path())
        .env("ORGBASE_BOOTSTRAP_API_KEY", "phx_short")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bootstrap"), "{stderr}");

    let served = serve(dir.path(), Some(KEY));
    let started = Instant::now();
    let mut second = Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .arg("--data-dir")
        .arg(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the second server hangs"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    second.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(!status.success());
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains("data directory"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert!(terminate(served).0);
}

#[test]
fn test_binary_help_explains_every_option() {
    let output = Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for option in [
        "--bind",
        "--data-dir",
        "--external-url",
        "--log-format",
        "ORGBASE_BIND",
        "ORGBASE_DATA_DIR",
        "ORGBASE_BOOTSTRAP_API_KEY",
    ] {
        assert!(help.contains(option), "{option} missing from:\n{help}");
    }
}

fn check(data_dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .arg("check")
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .unwrap()
}

#[test]
fn test_binary_check_runs_offline_only() {
    let dir = tempfile::tempdir().unwrap();
    let missing = check(&dir.path().join("missing"));
    assert!(!missing.status.success());
    assert!(!dir.path().join("missing").exists(), "check created a store");

    let served = serve(dir.path(), Some(KEY));
    let busy = check(dir.path());
    let stderr = String::from_utf8_lossy(&busy.stderr);
    assert!(!busy.status.success());
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains("data directory"), "{stderr}");
    assert!(terminate(served).0);

    let stopped = check(dir.path());
    let stdout = String::from_utf8_lossy(&stopped.stdout);
    assert!(stopped.status.success(), "{stdout}");
    assert_eq!(stdout.trim().lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("ok"), "{stdout}");
}
