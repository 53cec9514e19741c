//! orgbase's integration tests: one test binary (one link, shared
//! harness), one module per resource. Every test drives the real server,
//! on a temporary sled directory or (with `ORGBASE_TEST_BACKEND=postgres`)
//! a PostgreSQL database of its own, through the generated client (or raw
//! HTTP where the point is what the client would never send).

mod activity_logs;
mod binary;
mod book;
mod cimd;
mod common;
mod concurrency;
mod contract;
mod crash;
mod differential;
mod dns_server;
mod domains;
mod errors;
mod failover;
mod hostile;
mod idempotency;
mod invites;
mod layers;
mod members;
mod moving;
mod operator;
mod organizations;
mod pagination;
mod personal_api_keys;
mod postgres_cluster;
mod projects;
mod proxy_records;
mod rate_limits;
mod replicas;
mod role_external_references;
mod roles;
mod scim;
mod security;
mod smtp_sink;
mod storage_faults;
mod users;
mod webhooks;
