//! orgbase: a PostHog-compatible organizations API.
//!
//! Layers, each owning one thing:
//! - `api`: the contract (API trait and wire types); no logic.
//! - `http`: unpack, authenticate (one step), parse path ids once into
//!   typed ids (`app::ids`), call one `App` method, convert to the view;
//!   also the SCIM routes, the operator routes (document, reference,
//!   metrics) and who sent a request (`http::client_address`).
//! - `app`: every business rule.
//! - `jobs`: background work (proxy provisioning): each job's loop and
//!   scheduling; the rules it applies are `app`'s.
//! - `store`: the storage interface and its two engines, sled and
//!   PostgreSQL; the only code that names either (clippy.toml keeps it so,
//!   but for the load benchmark's raw baselines).
//! - `error`: the app error and its one mapping to the wire.
//! - `client`: the client generated from the same contract.
//! - `metrics`, `request_log`: what operators get beside the API (metrics,
//!   the request line).
//! - `rate_limit`: who may send how much (the HTTP layer's admission,
//!   before and after authentication).

pub mod api;
pub mod app;
pub mod client;
pub mod dns;
pub mod email;
pub mod error;
pub mod export;
pub mod http;
pub mod jobs;
pub mod logging;
pub mod memory;
pub mod metrics;
pub mod names;
pub mod open_files;
pub mod page;
pub mod rate_limit;
pub mod request_log;
pub mod secrets;
pub mod server;
pub mod store;

/// The OpenAPI document of this build (also in `spec/openapi.json`).
pub const OPENAPI_DOCUMENT: &str =
    include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));
