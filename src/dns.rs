//! DNS TXT lookups for domain verification, through a real resolver
//! (hickory): the system's, or one given with `--dns-resolver`.
//!
//! Every lookup is bounded in time; a resolver that never answers is a
//! failed verification attempt, never a hung request or a 5xx.

use hickory_resolver::config::ConnectionConfig;
use hickory_resolver::config::NameServerConfig;
use hickory_resolver::config::ResolverConfig;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::TokioResolver;
use std::net::SocketAddr;
use std::time::Duration;

/// Default time allowed for one verification lookup.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// What a TXT lookup found.
#[derive(Debug, PartialEq)]
pub enum TxtAnswer {
    /// The records' texts (each record's strings joined).
    Records(Vec<String>),
    /// The name does not exist, or has no TXT records.
    Nothing,
    /// The lookup failed (timeout, unreachable or failing resolver).
    Failed(String),
}

/// Looks up TXT records.
#[derive(Clone)]
pub struct TxtResolver {
    resolver: Result<TokioResolver, String>,
    timeout: Duration,
}

impl TxtResolver {
    /// A resolver using `server` (UDP), or the system's configuration.
    pub fn new(server: Option<SocketAddr>, timeout: Duration) -> TxtResolver {
        let builder = match server {
            Some(server) => {
                let mut connection = ConnectionConfig::udp();
                connection.port = server.port();
                let name_server =
                    NameServerConfig::new(server.ip(), true, vec![connection]);
                Ok(TokioResolver::builder_with_config(
                    ResolverConfig::from_name_servers(vec![name_server]),
                    TokioRuntimeProvider::default(),
                ))
            }
            None => TokioResolver::builder_tokio().map_err(|e| e.to_string()),
        };
        let resolver = builder.and_then(|mut builder| {
            let options = builder.options_mut();
            options.timeout = timeout;
            options.attempts = 1;
            // Every verification asks afresh: a record just published must
            // count, and one just removed must not.
            options.cache_size = 0;
            builder.build().map_err(|e| e.to_string())
        });
        TxtResolver { resolver, timeout }
    }

    /// The TXT records at `name`.
    pub async fn txt_records(&self, name: &str) -> TxtAnswer {
        let resolver = match &self.resolver {
            Ok(resolver) => resolver,
            Err(error) => {
                return TxtAnswer::Failed(format!("no resolver: {error}"))
            }
        };
        let fqdn = format!("{}.", name.trim_end_matches('.'));
        let lookup =
            tokio::time::timeout(self.timeout * 2, resolver.txt_lookup(fqdn))
                .await;
        match lookup {
            Err(_) => TxtAnswer::Failed("the DNS lookup timed out".to_string()),
            Ok(Err(error))
                if error.is_no_records_found() || error.is_nx_domain() =>
            {
                TxtAnswer::Nothing
            }
            Ok(Err(error)) => TxtAnswer::Failed(error.to_string()),
            Ok(Ok(lookup)) => {
                let texts: Vec<String> = lookup
                    .answers()
                    .iter()
                    .filter_map(|record| match &record.data {
                        RData::TXT(txt) => Some(
                            txt.txt_data
                                .iter()
                                .map(|part| String::from_utf8_lossy(part))
                                .collect::<String>(),
                        ),
                        _ => None,
                    })
                    .collect();
                if texts.is_empty() {
                    TxtAnswer::Nothing
                } else {
                    TxtAnswer::Records(texts)
                }
            }
        }
    }
}
