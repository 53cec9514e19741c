//! orgbase: a PostHog-compatible organizations API.
//!
//! Layers, each owning one thing:
//! - `api`: the contract (API trait and wire types); no logic.
//! - `http_entrypoints`: unpack, authenticate, call one `App` method.
//! - `app`: every business rule.
//! - `store`: the storage interface and its two engines, sled and
//!   PostgreSQL; the only code that names either (clippy.toml keeps it so,
//!   but for the load benchmark's raw baselines).
//! - `error`: the app error and its one mapping to the wire.
//! - `client`: the client generated from the same contract.
//! - `operator_entrypoints`, `metrics`, `request_log`: what operators and
//!   integrators get beside the API (document, reference, metrics, the
//!   request line).
//! - `scim_entrypoints`: the SCIM 2.0 service provider's routes (rules in
//!   `app::scim`).
//! - `rate_limit`, `client_address`: who may send how much, and who sent
//!   it (the HTTP layer's admission, before and after authentication).

pub mod api;
pub mod app;
pub mod client;
pub mod client_address;
pub mod dns;
pub mod email;
pub mod error;
pub mod export;
pub mod http_entrypoints;
pub mod logging;
pub mod memory;
pub mod metrics;
pub mod names;
pub mod open_files;
pub mod operator_entrypoints;
pub mod page;
pub mod rate_limit;
pub mod request_log;
pub mod scim_entrypoints;
pub mod secrets;
pub mod server;
pub mod store;

/// The OpenAPI document of this build (also in `spec/openapi.json`).
pub const OPENAPI_DOCUMENT: &str =
    include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));
