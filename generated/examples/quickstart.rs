//! The book's example: create, patch and fetch organizations with the
//! generated client. Run it against a server with
//! `ORGBASE_KEY=phx_... cargo run -p orgbase-client --example quickstart`.

use orgbase_client::types;
use orgbase_client::Client;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("ORGBASE_KEY")?;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {key}").parse()?,
    );
    let http = reqwest::Client::builder().default_headers(headers).build()?;
    let client = Client::new_with_client("http://127.0.0.1:8000", http);

    let org = client
        .organization_create()
        .body(types::OrganizationCreate::builder().name("Acme Inc."))
        .send()
        .await?;
    println!("created {} ({})", org.name, org.slug);

    // PATCH: leave a field out with `None`, clear it with `Some(None)`.
    client
        .organization_patch()
        .organization_id(org.id.to_string())
        .body(types::OrganizationPatch::builder().enforce_2fa(Some(None)))
        .send()
        .await?;

    // Errors come back typed: status, `type`, `code`, `detail`, `attr`.
    if let Err(orgbase_client::Error::ErrorResponse(error)) =
        client.organization_view().organization_id("nope").send().await
    {
        println!("{} {}", error.status(), error.code);
    }
    Ok(())
}
