//! DNS lookups (TXT records for domain verification; CNAME and CAA records
//! for proxy records), through a real resolver (hickory): the system's, or
//! one given with `--dns-resolver`.
//!
//! Every lookup is bounded in time; a resolver that never answers is a
//! failed lookup, never a hung request or a 5xx.

use hickory_resolver::config::ConnectionConfig;
use hickory_resolver::config::NameServerConfig;
use hickory_resolver::config::ResolverConfig;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::proto::rr::RecordType;
use hickory_resolver::TokioResolver;
use std::net::IpAddr;
use std::net::SocketAddr;
use std::time::Duration;

/// Default time allowed for one verification lookup.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// What a lookup found.
#[derive(Debug, PartialEq)]
pub enum Answer<T> {
    /// The records of the type asked for.
    Records(Vec<T>),
    /// The name does not exist, or has no records of that type.
    Nothing,
    /// The lookup failed (timeout, unreachable or failing resolver).
    Failed(String),
}

/// One CAA record: its tag (`issue`, `issuewild`, `iodef`, ...) and its
/// value as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Caa {
    pub tag: String,
    pub value: String,
}

/// Looks up DNS records.
#[derive(Clone)]
pub struct Resolver {
    resolver: Result<TokioResolver, String>,
    timeout: Duration,
}

impl Resolver {
    /// A resolver using `server` (UDP), or the system's configuration.
    pub fn new(server: Option<SocketAddr>, timeout: Duration) -> Resolver {
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
        Resolver { resolver, timeout }
    }

    /// The records of `record_type` at `name`, each as `pick` reads it
    /// (records it reads as None, such as those of another type in a CNAME
    /// chain, are left out).
    async fn lookup<T>(
        &self,
        name: &str,
        record_type: RecordType,
        pick: impl Fn(&RData) -> Option<T>,
    ) -> Answer<T> {
        let resolver = match &self.resolver {
            Ok(resolver) => resolver,
            Err(error) => {
                return Answer::Failed(format!("no resolver: {error}"))
            }
        };
        let fqdn = format!("{}.", name.trim_end_matches('.'));
        let lookup = tokio::time::timeout(
            self.timeout * 2,
            resolver.lookup(fqdn, record_type),
        )
        .await;
        match lookup {
            Err(_) => Answer::Failed("the DNS lookup timed out".to_string()),
            Ok(Err(error))
                if error.is_no_records_found() || error.is_nx_domain() =>
            {
                Answer::Nothing
            }
            Ok(Err(error)) => Answer::Failed(error.to_string()),
            Ok(Ok(lookup)) => {
                let found: Vec<T> = lookup
                    .answers()
                    .iter()
                    .filter_map(|record| pick(&record.data))
                    .collect();
                if found.is_empty() {
                    Answer::Nothing
                } else {
                    Answer::Records(found)
                }
            }
        }
    }

    /// The TXT records at `name`: each record's strings joined.
    pub async fn txt_records(&self, name: &str) -> Answer<String> {
        self.lookup(name, RecordType::TXT, |data| match data {
            RData::TXT(txt) => Some(
                txt.txt_data
                    .iter()
                    .map(|part| String::from_utf8_lossy(part))
                    .collect::<String>(),
            ),
            _ => None,
        })
        .await
    }

    /// The CNAME target of `name`, lowercase and without the final dot.
    pub async fn cname(&self, name: &str) -> Answer<String> {
        self.lookup(name, RecordType::CNAME, |data| match data {
            RData::CNAME(target) => {
                Some(target.0.to_ascii().trim_end_matches('.').to_lowercase())
            }
            _ => None,
        })
        .await
    }

    /// The CAA records at `name` itself.
    pub async fn caa_records(&self, name: &str) -> Answer<Caa> {
        self.lookup(name, RecordType::CAA, |data| match data {
            RData::CAA(caa) => Some(Caa {
                tag: caa.tag.to_lowercase(),
                value: String::from_utf8_lossy(&caa.value).trim().to_string(),
            }),
            _ => None,
        })
        .await
    }

    /// The addresses of `name` (its A and AAAA records; an IP address is
    /// its own).
    pub async fn addresses(&self, name: &str) -> Answer<IpAddr> {
        if let Ok(address) = name.trim_matches(['[', ']']).parse::<IpAddr>() {
            return Answer::Records(vec![address]);
        }
        let v4 = self
            .lookup(name, RecordType::A, |data| match data {
                RData::A(a) => Some(IpAddr::V4(a.0)),
                _ => None,
            })
            .await;
        let v6 = self
            .lookup(name, RecordType::AAAA, |data| match data {
                RData::AAAA(aaaa) => Some(IpAddr::V6(aaaa.0)),
                _ => None,
            })
            .await;
        match (v4, v6) {
            (Answer::Records(mut v4), Answer::Records(v6)) => {
                v4.extend(v6);
                Answer::Records(v4)
            }
            (Answer::Records(found), _) | (_, Answer::Records(found)) => {
                Answer::Records(found)
            }
            (Answer::Failed(error), _) | (_, Answer::Failed(error)) => {
                Answer::Failed(error)
            }
            (Answer::Nothing, Answer::Nothing) => Answer::Nothing,
        }
    }
}
