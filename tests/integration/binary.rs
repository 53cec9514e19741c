//! The `orgbase` binary itself: bootstrap key, shutdown on signals (and
//! the snapshot a stop or an import leaves for the next start), a data
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
    /// Its "ready" log line.
    ready: serde_json::Value,
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
    serve_with(&["--data-dir".as_ref(), data_dir.as_os_str()], bootstrap_key)
}

/// Starts `orgbase serve` with `store_args` (which choose the store) on a
/// free port and waits for its "ready" line.
pub fn serve_with(
    store_args: &[&std::ffi::OsStr],
    bootstrap_key: Option<&str>,
) -> Served {
    serve_command(
        Command::new(env!("CARGO_BIN_EXE_orgbase")),
        store_args,
        bootstrap_key,
    )
}

/// Starts `command` (orgbase, or something that execs it) with `serve`
/// and `store_args` on a free port and waits for its "ready" line.
fn serve_command(
    mut command: Command,
    store_args: &[&std::ffi::OsStr],
    bootstrap_key: Option<&str>,
) -> Served {
    command
        .args(["serve", "--bind", "127.0.0.1:0", "--log-format", "json"])
        .args(store_args)
        .env_remove("ORGBASE_BOOTSTRAP_API_KEY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(key) = bootstrap_key {
        command.env("ORGBASE_BOOTSTRAP_API_KEY", key);
    }
    let mut child = command.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut early_log = String::new();
    let ready = loop {
        let line =
            lines.next().expect("orgbase exited before listening").unwrap();
        early_log.push_str(&line);
        early_log.push('\n');
        if let Ok(entry) = serde_json::from_str::<serde_json::Value>(&line) {
            if entry["msg"] == "ready" {
                break entry;
            }
        }
    };
    let address = ready["address"].as_str().unwrap().to_string();
    // Keep draining stderr so the server never blocks on a full pipe, and
    // keep what it logs.
    let later_log = std::thread::spawn(move || {
        lines.map_while(Result::ok).collect::<Vec<_>>().join("\n")
    });
    Served { child, address, ready, early_log, later_log: Some(later_log) }
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
    pub fn log(&mut self) -> String {
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
pub fn terminate(mut served: Served) -> (bool, String) {
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

/// The log position of the newest snapshot sled wrote in a store's
/// directory (its files are named `snap.` and the position in hex), if
/// any.
fn newest_snapshot(dir: &std::path::Path) -> Option<u64> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().ok()?;
            u64::from_str_radix(name.strip_prefix("snap.")?, 16).ok()
        })
        .max()
}

/// `orgbase export` then `orgbase import` into a new directory: the
/// import brings every record, and leaves a snapshot of its whole log, so
/// that the first start does not replay the import.
#[tokio::test]
async fn test_binary_import_leaves_a_snapshot_for_the_first_start() {
    let (from, to) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let served = serve(from.path(), Some(KEY));
    let base = format!("http://{}", served.address);
    let client = crate::common::client_for(&base, Some(KEY));
    let org = crate::common::create_organization(&client, "Moved").await;
    assert!(terminate(served).0);
    let exported = from.path().join("export.ndjson");
    let orgbase = |args: &[&std::ffi::OsStr]| {
        let output =
            Command::new(env!("CARGO_BIN_EXE_orgbase")).args(args).output();
        let output = output.unwrap();
        assert!(output.status.success(), "{output:?}");
    };
    orgbase(&[
        "export".as_ref(),
        "--data-dir".as_ref(),
        from.path().as_os_str(),
        "--output".as_ref(),
        exported.as_os_str(),
    ]);
    orgbase(&[
        "import".as_ref(),
        "--data-dir".as_ref(),
        to.path().as_os_str(),
        exported.as_os_str(),
    ]);
    let snapshot = newest_snapshot(to.path());
    assert!(snapshot.is_some(), "the import wrote a snapshot");

    // The first start found the log no longer than the snapshot: had it
    // replayed anything, it would have written a newer one.
    let served = serve(to.path(), None);
    assert_eq!(newest_snapshot(to.path()), snapshot);
    let client = crate::common::client_for(
        &format!("http://{}", served.address),
        Some(KEY),
    );
    let seen = client
        .organization_view()
        .organization_id(org.id.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(seen.name, "Moved");
    assert!(terminate(served).0);
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
    let snapshot_while_serving = newest_snapshot(dir.path());
    let (clean, log) = terminate(served);
    assert!(clean, "SIGTERM is a clean exit: {log}");
    assert!(log.contains("store flushed and closed"), "{log}");
    // The stop wrote a snapshot covering what this run wrote, so that the
    // next start need not replay it.
    assert!(log.contains("wrote a snapshot of the store"), "{log}");
    let snapshot = newest_snapshot(dir.path());
    assert!(
        snapshot > snapshot_while_serving,
        "{snapshot:?} after {snapshot_while_serving:?}"
    );

    // The second start prints no key and creates none; the data is there.
    // It replayed nothing: it would have written a newer snapshot.
    let served = serve(dir.path(), Some(KEY));
    assert_eq!(newest_snapshot(dir.path()), snapshot);
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

/// Secrets sent every way (header, query string, body; personal API keys,
/// CIMD and SCIM tokens; valid or not) appear nowhere in the whole log.
#[tokio::test]
async fn test_binary_never_logs_a_secret() {
    use orgbase::client::types;
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path(), Some(KEY));
    let base = format!("http://{}", served.address);
    let client = crate::common::client_for(&base, Some(KEY));
    client.user_view().uuid("@me").send().await.unwrap();
    let created = client
        .personal_api_key_create()
        .body(types::PersonalApiKeyCreate {
            label: "logged?".into(),
            scopes: vec![types::Scope::X],
            scoped_organizations: None,
            scoped_teams: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let new_key = created.value.unwrap();
    let org = crate::common::create_organization(&client, "Logged").await;
    let cimd = client
        .cimd_verification_token_create()
        .organization_id(org.id.to_string())
        .body(types::CimdVerificationTokenCreate {
            label: "partner".into(),
            cimd_url: "https://partner.example/cimd.json".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .value
        .unwrap();
    let scim = "phscim_ThisTokenIsSentButNeverLogged0123456789";
    let wrong = "phx_WrongKeyThatMustNotBeLoggedEither012345";
    let no_prefix = "NotEvenAKeyButStillACredential";
    let http = reqwest::Client::new();
    let me = format!("{base}/api/users/@me/");
    for key in [new_key.as_str(), wrong, no_prefix] {
        http.get(&me).query(&[("personal_api_key", key)]).send().await.unwrap();
        http.post(format!("{base}/api/personal_api_keys/"))
            .json(&serde_json::json!({"personal_api_key": key, "label": key}))
            .send()
            .await
            .unwrap();
    }
    // The parameter's name and the key percent-encoded: authentication
    // decodes them, so the log must blot them as well.
    let encoded_tail = new_key.trim_start_matches("phx_");
    let encoded = http
        .get(format!("{me}?personal%5Fapi%5Fkey=phx%5F{encoded_tail}"))
        .send()
        .await
        .unwrap();
    assert_eq!(encoded.status(), 200, "the encoded key authenticates");
    http.get(format!("{base}/scim/v2/x/Users?token={cimd}"))
        .bearer_auth(scim)
        .send()
        .await
        .unwrap();
    let (clean, log) = terminate(served);
    assert!(clean);
    assert!(log.contains("request completed"), "requests are logged");
    assert!(
        log.contains("/api/users/@me/?personal_api_key=[redacted]"),
        "{log}"
    );
    for secret in [KEY, &new_key, encoded_tail, &cimd, scim, wrong, no_prefix] {
        assert!(!log.contains(secret), "{secret} was logged:\n{log}");
    }
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
        .env("ORGBASE_SMTP_URL", "smtp://mailer:SmtpPassw0rd@mail.test:25")
        .env("ORGBASE_EXTERNAL_URL", "https://visible-only-as-a-name.test")
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    // No option shows its environment value: some carry secrets.
    assert!(!help.contains("SmtpPassw0rd"), "{help}");
    assert!(!help.contains("visible-only-as-a-name"), "{help}");
    for option in [
        "--bind",
        "--data-dir",
        "--database-pool-size",
        "--external-url",
        "--log-format",
        "--ephemeral",
        "--metrics-bind",
        "--proxy-cname-base",
        "--rate-limits",
        "--rate-limit-burst",
        "--rate-limit-sustained",
        "--rate-limit-failed-authentication",
        "--rate-limit-scim",
        "--trusted-proxies",
        "ORGBASE_RATE_LIMITS",
        "ORGBASE_TRUSTED_PROXIES",
        "ORGBASE_BIND",
        "ORGBASE_METRICS_BIND",
        "ORGBASE_PROXY_CNAME_BASE",
        "ORGBASE_DATA_DIR",
        "ORGBASE_DATABASE_POOL_SIZE",
        "ORGBASE_BOOTSTRAP_API_KEY",
    ] {
        assert!(help.contains(option), "{option} missing from:\n{help}");
    }
}

pub fn check(data_dir: &std::path::Path) -> std::process::Output {
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

/// Its JSON log lines with this message.
fn log_entries(log: &str, message: &str) -> Vec<serde_json::Value> {
    log.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["msg"] == message)
        .collect()
}

/// One line per request, with its operation id (when a route matched),
/// status and latency.
#[tokio::test]
async fn test_binary_request_lines_name_the_operation() {
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path(), Some(KEY));
    let base = format!("http://{}", served.address);
    let client = crate::common::client_for(&base, Some(KEY));
    client.organization_list().send().await.unwrap();
    reqwest::get(format!("{base}/no/such/route")).await.unwrap();
    let (clean, log) = terminate(served);
    assert!(clean);
    let lines = log_entries(&log, "request completed");
    let listed: Vec<_> = lines
        .iter()
        .filter(|line| line["uri"] == "/api/organizations/")
        .collect();
    assert_eq!(listed.len(), 1, "one line per request: {log}");
    assert_eq!(listed[0]["operation_id"], "organization_list");
    assert_eq!(listed[0]["response_code"], 200);
    assert!(listed[0]["latency_us"].is_u64(), "{}", listed[0]);
    let unrouted = lines
        .iter()
        .find(|line| line["uri"] == "/no/such/route")
        .expect("unrouted requests are logged");
    assert_eq!(unrouted["response_code"], 404);
    assert!(unrouted.get("operation_id").is_none(), "{unrouted}");
}

/// `--ephemeral`: a fresh store, ready quickly, gone when the server
/// stops; two at once do not share one.
#[tokio::test]
async fn test_binary_ephemeral_store_is_removed_on_exit() {
    let started = Instant::now();
    let served = serve_with(&["--ephemeral".as_ref()], Some(KEY));
    let startup = started.elapsed();
    let other = serve_with(&["--ephemeral".as_ref()], Some(KEY));
    let store_dir = |ready: &serde_json::Value| {
        let store = ready["store"].as_str().unwrap().to_string();
        store.strip_prefix("sled at ").expect("an embedded store").to_string()
    };
    let data_dir = std::path::PathBuf::from(store_dir(&served.ready));
    let other_dir = store_dir(&other.ready);
    assert_ne!(data_dir.to_str().unwrap(), other_dir);
    assert!(data_dir.is_dir());

    let base = format!("http://{}", served.address);
    let client = crate::common::client_for(&base, Some(KEY));
    client.ready().send().await.unwrap();
    crate::common::create_organization(&client, "Throwaway").await;
    let list = client.organization_list().send().await.unwrap();
    assert_eq!(list.count, 1, "a fresh store");

    let (clean, log) = terminate(served);
    assert!(clean, "{log}");
    assert!(!data_dir.exists(), "the ephemeral store is left behind");
    assert!(terminate(other).0);
    assert!(!std::path::Path::new(&other_dir).exists());
    // Measured on a debug build; a release build starts faster.
    eprintln!("orgbase serve --ephemeral was ready after {startup:?}");
    assert!(startup < Duration::from_secs(1), "{startup:?}");
}

/// `--ephemeral` starts without rate limits, as a local stand-in of
/// another service does; `--rate-limits on` turns them on there, with the
/// figures the environment sets.
#[tokio::test]
async fn test_binary_rate_limits_off_when_ephemeral_unless_asked() {
    let serve = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_orgbase"));
        command.env("ORGBASE_RATE_LIMIT_BURST", "2/minute");
        let args: Vec<&std::ffi::OsStr> =
            args.iter().map(|arg| arg.as_ref()).collect();
        serve_command(command, &args, Some(KEY))
    };
    let me = |served: &Served| {
        let url = format!("http://{}/api/users/@me/", served.address);
        async move {
            reqwest::Client::new()
                .get(url)
                .bearer_auth(KEY)
                .send()
                .await
                .unwrap()
        }
    };
    let stand_in = serve(&["--ephemeral"]);
    for _ in 0..3 {
        assert_eq!(me(&stand_in).await.status(), 200);
    }
    let limited = serve(&["--ephemeral", "--rate-limits", "on"]);
    for _ in 0..2 {
        assert_eq!(me(&limited).await.status(), 200);
    }
    let refused = me(&limited).await;
    assert_eq!(refused.status(), 429);
    assert_eq!(refused.headers()["retry-after"], "30");
    assert!(terminate(stand_in).0);
    assert!(terminate(limited).0);
}

#[test]
fn test_binary_ephemeral_conflicts_with_data_dir() {
    let output = Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--ephemeral", "--data-dir", "somewhere"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("'--ephemeral' cannot be used with '--data-dir"),
        "{stderr}"
    );
    assert!(!std::path::Path::new("somewhere").exists());
}

/// `--proxy-cname-base` names where proxy records point (normalized), and
/// a value that is no domain name is refused at start.
#[tokio::test]
async fn test_binary_proxy_cname_base() {
    let args = ["--ephemeral", "--proxy-cname-base", "Proxy.Example.NET."];
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    let served = serve_with(&args, Some(KEY));
    let admin = crate::common::client_for(
        &format!("http://{}", served.address),
        Some(KEY),
    );
    let org = crate::common::create_organization(&admin, "Proxied").await;
    let record = admin
        .proxy_record_create()
        .organization_id(org.id.to_string())
        .body(orgbase::client::types::ProxyRecordCreate {
            domain: "e.example.com".into(),
        })
        .send()
        .await
        .unwrap();
    assert!(record.target_cname.ends_with(".proxy.example.net"), "{record:?}");
    assert!(terminate(served).0);

    let output = Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--ephemeral", "--proxy-cname-base", "not a name"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--proxy-cname-base"), "{stderr}");
    assert!(stderr.contains("not a domain name"), "{stderr}");
}

/// `--version` names the commit the binary was built from ("unknown"
/// outside a git checkout).
#[test]
fn test_binary_version_names_the_commit() {
    let output = Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(output.status.success());
    let root = env!("CARGO_MANIFEST_DIR");
    let head = Command::new("git")
        .args(["-C", root, "rev-parse", "HEAD"])
        .output()
        .ok()
        .filter(|output| {
            output.status.success()
                && std::path::Path::new(root).join(".git").exists()
        })
        .map(|output| String::from_utf8(output.stdout).unwrap());
    let commit = head.as_deref().map_or("unknown", str::trim);
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!("orgbase {} ({commit})\n", env!("CARGO_PKG_VERSION"))
    );
}

/// Started with a soft limit of 128 open files (as a shell or a service
/// manager may start it), the server raises it to the hard limit: 300
/// connections that never finish their headers do not keep a real client
/// out.
#[tokio::test]
async fn test_binary_serves_past_a_low_open_files_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new("sh");
    command
        .args(["-c", "ulimit -Sn 128 && exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_orgbase"));
    let served = serve_command(
        command,
        &["--data-dir".as_ref(), dir.path().as_os_str()],
        Some(KEY),
    );
    let mut idle = Vec::new();
    for _ in 0..300 {
        let mut stream =
            tokio::net::TcpStream::connect(&served.address).await.unwrap();
        tokio::io::AsyncWriteExt::write_all(
            &mut stream,
            b"GET /_health HTTP/1.1\r\n",
        )
        .await
        .unwrap();
        idle.push(stream);
    }
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let health = client
        .get(format!("http://{}/_health", served.address))
        .send()
        .await
        .expect("a real client is served beside idle connections");
    assert_eq!(health.status(), 200);
    drop(idle);
    let (clean, log) = terminate(served);
    assert!(clean, "{log}");
    assert!(!log.contains("Too many open files"), "{log}");
}
