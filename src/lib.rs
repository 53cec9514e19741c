//! orgbase: a PostHog-compatible organizations API.
//!
//! Layers, each owning one thing:
//! - `api`: the contract (API trait and wire types); no logic.
//! - `http_entrypoints`: unpack, authenticate, call one `App` method.
//! - `app`: every business rule.
//! - `store`: the only code that names sled.
//! - `error`: the app error and its one mapping to the wire.
//! - `client`: the client generated from the same contract.

pub mod api;
pub mod app;
pub mod client;
pub mod dns;
pub mod email;
pub mod error;
pub mod http_entrypoints;
pub mod logging;
pub mod names;
pub mod secrets;
pub mod server;
pub mod store;

/// The OpenAPI document of this build (also in `spec/openapi.json`).
pub const OPENAPI_DOCUMENT: &str =
    include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));
