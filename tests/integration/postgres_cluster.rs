//! A throwaway PostgreSQL cluster for the test run: started once, on first
//! use, from the server binaries on the machine (`initdb`, `postgres`), on
//! loopback; each test gets a database of its own. It goes away with the
//! test process: the server is started with a parent-death signal, by a
//! thread that lives as long as the server. A test that stops and starts
//! its database gets a private cluster; the load benchmark uses the same
//! code (`benches/load.rs` includes this file) for a durable one. The
//! failover test makes a primary and a streaming standby of it
//! ([`Cluster::standby_of`]), kills one ([`Cluster::kill`]), promotes the
//! other and makes the old primary a standby of the new one.
//!
//! PostgreSQL refuses to run as root; when the tests run as root (as CI
//! does), the cluster runs as the `postgres` user through `setpriv`.

// Administers the cluster itself (see clippy.toml).
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]

use std::io::BufRead;
use std::io::BufReader;
use std::path::Path;
use std::path::PathBuf;
use std::process::Command;
use std::process::Stdio;
use std::sync::OnceLock;

const USER: &str = "orgbase";
const PASSWORD: &str = "orgbase-test-password";

pub struct Cluster {
    port: u16,
    data: PathBuf,
    sockets: PathBuf,
    durable: bool,
}

/// Where the PostgreSQL server binaries are: on `PATH`, else in Debian's
/// versioned directory.
fn binary(name: &str) -> PathBuf {
    let on_path = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| {
            String::from_utf8_lossy(&output.stdout).trim().to_string()
        });
    if let Some(path) = on_path.filter(|path| !path.is_empty()) {
        return PathBuf::from(path);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|entries| {
            entries.filter_map(|e| e.ok()).map(|e| e.path()).collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions
        .pop()
        .map(|version| version.join("bin").join(name))
        .filter(|path| path.exists())
        .unwrap_or_else(|| {
            panic!(
                "PostgreSQL's `{name}` is not installed (Debian: apt-get \
                 install postgresql); .ci/run installs it"
            )
        })
}

pub fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `command` run as the user who will own the cluster (`postgres` when we
/// are root), dying with its parent.
fn as_cluster_user(program: &Path) -> Command {
    let mut command = Command::new("setpriv");
    if running_as_root() {
        command.args(["--reuid=postgres", "--regid=postgres", "--init-groups"]);
    }
    command.args(["--pdeathsig", "INT", "--"]).arg(program);
    command
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The directory of this test process's clusters: in the system's
/// temporary directory, which the `postgres` user can reach (a checkout
/// under a private home may not be). Those of runs that have ended are
/// removed here.
fn process_directory() -> PathBuf {
    let prefix = "orgbase-test-postgres-";
    for entry in std::fs::read_dir(std::env::temp_dir()).into_iter().flatten() {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().to_string();
        let ended = name
            .strip_prefix(prefix)
            .is_some_and(|pid| !Path::new("/proc").join(pid).exists());
        if ended {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    std::env::temp_dir().join(format!("{prefix}{}", std::process::id()))
}

/// Makes `dir` (with its sockets' directory) for a cluster, owned by the
/// cluster's user.
fn cluster_directory(dir: &Path) {
    std::fs::create_dir_all(dir.join("sockets"))
        .expect("a directory for the cluster");
    std::fs::write(dir.join("password"), PASSWORD).unwrap();
    if running_as_root() {
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(dir)
            .status()
            .unwrap();
        assert!(status.success(), "chown of the cluster directory");
    }
}

/// Runs `command` (a cluster's program) to its end; panics with its
/// output if it failed.
fn run(command: &mut Command, what: &str) {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A base backup of `primary` into `data`, set up as its streaming
/// standby (`-R`).
fn base_backup(primary: &Cluster, data: &Path) {
    run(
        as_cluster_user(&binary("pg_basebackup"))
            .args(["-h", "127.0.0.1", "-p", &primary.port.to_string()])
            .args(["-U", USER, "-D"])
            .arg(data)
            .args(["-R", "-X", "stream", "--no-sync", "--checkpoint=fast"])
            .env("PGPASSWORD", PASSWORD),
        "pg_basebackup",
    );
}

/// Creates a cluster in `dir` and starts it; `durable` keeps PostgreSQL's
/// `fsync` on (for measurements; tests trade it for speed).
fn start(dir: &Path, durable: bool) -> Cluster {
    cluster_directory(dir);
    let data = dir.join("data");
    let sockets = dir.join("sockets");
    let password_file = dir.join("password");
    let output = as_cluster_user(&binary("initdb"))
        .arg("-D")
        .arg(&data)
        .args(["-U", USER, "--auth-host=scram-sha-256", "--auth-local=trust"])
        .arg(format!("--pwfile={}", password_file.display()))
        .args(["--no-sync", "-E", "UTF8", "--locale=C"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let cluster = Cluster { port: free_port(), data, sockets, durable };
    cluster.launch();
    cluster
}

/// A connection to the database at `url` (of a test cluster), for tests
/// that look at or change a database behind orgbase's back.
pub async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, connection) =
        tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .expect("connect to the test cluster");
    tokio::spawn(connection);
    client
}

/// The cluster of this test run.
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| start(&process_directory().join("shared"), false))
}

impl Cluster {
    /// A cluster of the caller's own: for a test that stops and starts it
    /// (the run's shared one must stay up for the others), or, `durable`
    /// (PostgreSQL's `fsync` on, as shipped), for measurements.
    pub fn private(durable: bool) -> Cluster {
        let name = format!("private-{}", uuid::Uuid::new_v4().simple());
        start(&process_directory().join(name), durable)
    }

    /// Starts the server on the cluster's data directory and waits until
    /// it accepts connections.
    fn launch(&self) {
        let mut server = as_cluster_user(&binary("postgres"));
        server
            .arg("-D")
            .arg(&self.data)
            .arg("-k")
            .arg(&self.sockets)
            .args(["-p", &self.port.to_string(), "-h", "127.0.0.1"])
            .args(["-c", "max_connections=500"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if !self.durable {
            // A test cluster: speed over durability against power loss
            // (orgbase's own durability is tested by killing orgbase, and
            // a restarted server keeps what was committed).
            server.args(["-c", "fsync=off", "-c", "full_page_writes=off"]);
        }
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        // The server dies with this thread (parent-death signal), so the
        // thread lives as long as the server.
        std::thread::spawn(move || {
            let mut child = server.spawn().expect("postgres starts");
            let lines = BufReader::new(child.stderr.take().unwrap()).lines();
            let mut log = String::new();
            let mut ready = Some(ready_tx);
            for line in lines.map_while(Result::ok) {
                if let Some(sender) = &ready {
                    log.push_str(&line);
                    log.push('\n');
                    // A standby accepts read-only connections.
                    if line.contains("ready to accept connections")
                        || line.contains("ready to accept read-only")
                    {
                        let _ = sender.send(Ok(()));
                        ready = None;
                    }
                }
            }
            if let Some(sender) = ready {
                let _ = sender.send(Err(log));
            }
            let _ = child.wait();
        });
        if let Err(log) = ready_rx.recv().expect("the cluster thread answers") {
            panic!("postgres did not start:\n{log}");
        }
    }

    /// Stops the server with a fast shutdown (every connection is cut;
    /// what was committed stays) and starts it again on the same port.
    pub fn restart(&self) {
        let pid_file =
            std::fs::read_to_string(self.data.join("postmaster.pid"))
                .expect("the server's pid file");
        let pid = pid_file.lines().next().unwrap().trim().to_string();
        let status =
            Command::new("kill").args(["-INT", &pid]).status().unwrap();
        assert!(status.success(), "signal the postmaster");
        let proc_dir = Path::new("/proc").join(&pid);
        let deadline =
            std::time::Instant::now() + std::time::Duration::from_secs(30);
        while proc_dir.exists() {
            assert!(
                std::time::Instant::now() < deadline,
                "postgres did not stop"
            );
            std::thread::yield_now();
        }
        self.launch();
    }

    /// A streaming standby of `primary` (a base backup of it, `-R`),
    /// started: a hot standby, read-only until promoted.
    pub fn standby_of(primary: &Cluster) -> Cluster {
        let dir = process_directory()
            .join(format!("standby-{}", uuid::Uuid::new_v4().simple()));
        cluster_directory(&dir);
        let data = dir.join("data");
        base_backup(primary, &data);
        let standby = Cluster {
            port: free_port(),
            data,
            sockets: dir.join("sockets"),
            durable: primary.durable,
        };
        standby.launch();
        standby
    }

    /// The port the server listens on, on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Kills the server and every process of it at once (SIGKILL), as a
    /// machine lost; waits until they are gone.
    pub fn kill(&self) {
        let pid_file =
            std::fs::read_to_string(self.data.join("postmaster.pid"))
                .expect("the server's pid file");
        let pid = pid_file.lines().next().unwrap().trim().to_string();
        Command::new("kill").args(["-KILL", &pid]).status().unwrap();
        Command::new("pkill").args(["-KILL", "-P", &pid]).status().unwrap();
        let deadline =
            std::time::Instant::now() + std::time::Duration::from_secs(30);
        let alive = || {
            Path::new("/proc").join(&pid).exists()
                || Command::new("pgrep")
                    .args(["-P", &pid])
                    .status()
                    .is_ok_and(|status| status.success())
        };
        while alive() {
            assert!(std::time::Instant::now() < deadline, "postgres survived");
            std::thread::yield_now();
        }
    }

    /// Promotes a standby to a primary; returns once it takes writes.
    pub fn promote(&self) {
        run(
            as_cluster_user(&binary("pg_ctl"))
                .args(["promote", "-w", "-D"])
                .arg(&self.data),
            "pg_ctl promote",
        );
    }

    /// Makes this stopped server (an old primary, killed) a standby of
    /// `primary` again: its data replaced by a fresh base backup of
    /// `primary` (what it wrote that `primary` never had is gone with it),
    /// started on the same port.
    pub fn rebuild_as_standby_of(&self, primary: &Cluster) {
        std::fs::remove_dir_all(&self.data).unwrap();
        base_backup(primary, &self.data);
        self.launch();
    }

    /// Runs statements on the server's `postgres` database (outside any
    /// transaction).
    pub async fn sql(&self, statements: &str) {
        self.administer(statements).await
    }

    pub fn url(&self, database: &str) -> String {
        format!(
            "postgres://{USER}:{PASSWORD}@127.0.0.1:{}/{database}",
            self.port
        )
    }

    /// A new, empty database; its URL.
    pub async fn create_database(&self) -> String {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        self.administer(&format!("CREATE DATABASE {name}")).await;
        self.url(&name)
    }

    /// A new, empty database in a tablespace of its own at `location` (an
    /// empty directory the cluster's user owns); its URL.
    pub async fn create_database_in(&self, location: &Path) -> String {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        self.administer(&format!(
            "CREATE TABLESPACE {name} LOCATION '{}'",
            location.display()
        ))
        .await;
        self.administer(&format!("CREATE DATABASE {name} TABLESPACE {name}"))
            .await;
        self.url(&name)
    }

    /// Drops a database made by [`Cluster::create_database_in`], and its
    /// tablespace.
    pub async fn drop_database_in(&self, url: &str) {
        let name = url.rsplit('/').next().unwrap();
        self.administer(&format!("DROP DATABASE {name} WITH (FORCE)")).await;
        self.administer(&format!("DROP TABLESPACE {name}")).await;
    }

    /// Runs one administrative statement (outside any transaction).
    async fn administer(&self, statement: &str) {
        connect(&self.url("postgres"))
            .await
            .batch_execute(statement)
            .await
            .unwrap_or_else(|error| panic!("{statement}: {error}"));
    }
}
