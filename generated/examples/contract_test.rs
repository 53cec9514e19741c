//! A contract test against a throwaway orgbase: start
//! `orgbase serve --ephemeral` (a fresh store, deleted when it stops), wait
//! for `/_ready`, run the test through the generated client, stop.
//!
//! Run it with the path of an orgbase binary:
//! `ORGBASE_BIN=target/debug/orgbase cargo run -p orgbase-client --example contract_test`

use orgbase_client::types;
use orgbase_client::Client;
use std::io::BufRead;
use std::io::BufReader;
use std::process::Child;
use std::process::Command;
use std::process::Stdio;
use std::time::Duration;

/// The key of the staff user the server starts with (scope `*`).
const KEY: &str = "phx_contracttest0123456789abcdefghijklmnopq";

/// A running orgbase with a store of its own. Dropping it stops the server
/// gracefully, which deletes the store.
struct Orgbase {
    child: Child,
    client: Client,
}

impl Orgbase {
    async fn start(binary: &str) -> Orgbase {
        let mut child = Command::new(binary)
            .args(["serve", "--ephemeral", "--bind", "127.0.0.1:0"])
            .args(["--log-format", "json"])
            .env("ORGBASE_BOOTSTRAP_API_KEY", KEY)
            .stderr(Stdio::piped())
            .spawn()
            .expect("orgbase starts");
        // Port 0: the system picks a free port, and the "ready" log line
        // names the address.
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let address = loop {
            let line = lines.next().expect("orgbase exited").unwrap();
            let Ok(entry) = serde_json::from_str::<serde_json::Value>(&line)
            else {
                continue;
            };
            if entry["msg"] == "ready" {
                break entry["address"].as_str().unwrap().to_string();
            }
        };
        // Keep reading its log, so that it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));

        let mut headers = reqwest::header::HeaderMap::new();
        let bearer = format!("Bearer {KEY}").parse().unwrap();
        headers.insert(reqwest::header::AUTHORIZATION, bearer);
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap();
        let client =
            Client::new_with_client(&format!("http://{address}"), http);
        // Ready: the store answers.
        while client.ready().send().await.is_err() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        Orgbase { child, client }
    }
}

impl Drop for Orgbase {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: a graceful stop deletes the store.
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}

#[tokio::main]
async fn main() {
    let binary =
        std::env::var("ORGBASE_BIN").unwrap_or_else(|_| "orgbase".to_string());
    let orgbase = Orgbase::start(&binary).await;

    let created = orgbase
        .client
        .organization_create()
        .body(types::OrganizationCreate::builder().name("Contract test"))
        .send()
        .await
        .unwrap();
    let listed = orgbase.client.organization_list().send().await.unwrap();
    assert_eq!(listed.count, 1, "every test starts from an empty store");
    assert_eq!(listed.results[0].id, created.id);
    println!("contract test passed against {binary}");
}
