//! The HTTP side of webhook deliveries: the client (no redirects, bounded
//! times, a resolver that keeps public addresses only), the Standard
//! Webhooks signature, and what a response means for the queue. A leaf,
//! so that the application's root can hold the client.

use super::webhook_settings::WebhookSettings;
use crate::dns::Answer;
use crate::dns::Resolver;
use base64::Engine;
use chrono::DateTime;
use chrono::Utc;
use hmac::Mac;
use ipnet::IpNet;
use std::net::IpAddr;
use std::net::SocketAddr;
use std::time::Duration;

/// The most bytes of a response kept (and read).
pub const RESPONSE_BODY_KEPT: usize = 1024;

/// Networks no endpoint may be at unless private addresses are allowed:
/// loopback, private, link-local, shared (CGNAT), multicast, reserved and
/// documentation ranges, and the unspecified address.
const SPECIAL_NETWORKS: &[&str] = &[
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.0.0.0/24",
    "192.0.2.0/24",
    "192.168.0.0/16",
    "198.18.0.0/15",
    "198.51.100.0/24",
    "203.0.113.0/24",
    "224.0.0.0/4",
    "240.0.0.0/4",
    "::/128",
    "::1/128",
    "64:ff9b:1::/48",
    "100::/64",
    "2001:db8::/32",
    "fc00::/7",
    "fe80::/10",
    "ff00::/8",
];

/// Whether `address` is a public one (IPv4 inside IPv6, mapped or NAT64,
/// is judged as IPv4).
pub fn is_public(address: IpAddr) -> bool {
    let address = match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None if v6.segments()[..6] == [0x64, 0xff9b, 0, 0, 0, 0] => {
                let [.., a, b, c, d] = v6.octets();
                IpAddr::V4([a, b, c, d].into())
            }
            None => IpAddr::V6(v6),
        },
        v4 => v4,
    };
    !SPECIAL_NETWORKS.iter().any(|network| {
        network.parse::<IpNet>().is_ok_and(|net| net.contains(&address))
    })
}

pub(super) const PRIVATE_REFUSED: &str =
    "is a loopback or private address, which \
     this server does not deliver to (--webhook-allow-private-addresses \
     allows them)";

/// The resolver of webhook deliveries: the server's DNS, keeping only
/// public addresses (unless private ones are allowed), so that the
/// address connected to is the address checked.
struct PublicOnly {
    dns: Resolver,
    allow_private: bool,
}

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let (dns, allow_private) = (self.dns.clone(), self.allow_private);
        let name = name.as_str().to_string();
        Box::pin(async move {
            let refused =
                |detail: String| -> Box<dyn std::error::Error + Send + Sync> {
                    Box::new(std::io::Error::other(detail))
                };
            let addresses = match dns.addresses(&name).await {
                Answer::Records(addresses) => addresses,
                Answer::Nothing => {
                    return Err(refused(format!("{name} does not resolve")))
                }
                Answer::Failed(error) => {
                    return Err(refused(format!("resolving {name}: {error}")))
                }
            };
            let allowed: Vec<SocketAddr> = (addresses.iter())
                .filter(|address| allow_private || is_public(**address))
                .map(|address| SocketAddr::new(*address, 0))
                .collect();
            if allowed.is_empty() {
                return Err(refused(format!(
                    "{name} resolves to {}, which {PRIVATE_REFUSED}",
                    addresses[0]
                )));
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The HTTP client of webhook deliveries (one per server: it pools
/// connections), or why it could not be built.
#[derive(Clone)]
pub struct WebhookSender {
    client: Result<reqwest::Client, String>,
    allow_private: bool,
}

impl WebhookSender {
    pub fn new(settings: &WebhookSettings, dns: &Resolver) -> WebhookSender {
        let resolver = PublicOnly {
            dns: dns.clone(),
            allow_private: settings.allow_private_addresses,
        };
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .no_proxy()
            .dns_resolver(resolver)
            .user_agent(concat!("orgbase-webhooks/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| error.to_string());
        WebhookSender {
            client,
            allow_private: settings.allow_private_addresses,
        }
    }

    /// POSTs one signed body: the response's status, `Retry-After` and the
    /// start of its body, or why there was none.
    pub(super) async fn post(
        &self,
        url: &str,
        id: &str,
        timestamp: i64,
        signature: &str,
        body: Vec<u8>,
    ) -> Result<(u16, Option<Duration>, String), String> {
        let client = self.client.as_ref().map_err(Clone::clone)?;
        let url = url::Url::parse(url).map_err(|e| e.to_string())?;
        if !self.allow_private {
            let literal = match url.host() {
                Some(url::Host::Ipv4(v4)) => Some(IpAddr::V4(v4)),
                Some(url::Host::Ipv6(v6)) => Some(IpAddr::V6(v6)),
                _ => None,
            };
            if let Some(address) = literal.filter(|a| !is_public(*a)) {
                return Err(format!("{address} {PRIVATE_REFUSED}"));
            }
        }
        let mut response = client
            .post(url)
            .header("content-type", "application/json")
            .header("webhook-id", id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(body)
            .send()
            .await
            .map_err(|error| with_causes(&error))?;
        let status = response.status().as_u16();
        let retry_after = retry_after(response.headers());
        let mut kept = Vec::new();
        // The start of the body only; a body that fails midway keeps what
        // came.
        while kept.len() < RESPONSE_BODY_KEPT {
            match response.chunk().await {
                Ok(Some(chunk)) => kept.extend_from_slice(&chunk),
                Ok(None) | Err(_) => break,
            }
        }
        kept.truncate(RESPONSE_BODY_KEPT);
        Ok((status, retry_after, String::from_utf8_lossy(&kept).into_owned()))
    }
}

/// An error with its causes, as one line.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text = format!("{text}: {cause_text}");
        }
        source = cause.source();
    }
    text
}

/// The `webhook-signature` header: `v1,` and the base64 HMAC-SHA256 of
/// `id.timestamp.body` under each secret still signing, space-separated.
pub fn signature(
    secrets: &[&str],
    id: &str,
    timestamp: i64,
    body: &[u8],
) -> String {
    let engine = &base64::engine::general_purpose::STANDARD;
    let signatures: Vec<String> = secrets
        .iter()
        .filter_map(|secret| {
            let encoded = secret
                .strip_prefix(crate::secrets::WEBHOOK_SECRET_PREFIX)
                .unwrap_or(secret);
            let key = engine.decode(encoded).ok()?;
            let mut mac =
                hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).ok()?;
            mac.update(format!("{id}.{timestamp}.").as_bytes());
            mac.update(body);
            Some(format!("v1,{}", engine.encode(mac.finalize().into_bytes())))
        })
        .collect();
    signatures.join(" ")
}

/// What became of one attempt, for the queue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Verdict {
    Delivered,
    /// Try again; after this long, if the endpoint said (`Retry-After`).
    Retry(Option<Duration>),
    /// The endpoint refused the event: give up on it.
    Refused,
    /// The endpoint is gone (410): disable it.
    Gone,
}

impl Verdict {
    pub(super) fn of_status(
        status: u16,
        retry_after: Option<Duration>,
    ) -> Verdict {
        match status {
            200..=299 => Verdict::Delivered,
            410 => Verdict::Gone,
            429 => Verdict::Retry(retry_after),
            400..=499 => Verdict::Refused,
            _ => Verdict::Retry(None),
        }
    }
}

/// What a delivery turn did, as the metrics count it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    Delivered,
    /// Failed, to be tried again.
    Retrying,
    /// Given up on (refused, or the schedule ran out).
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Delivered => "delivered",
            Outcome::Retrying => "retrying",
            Outcome::Failed => "failed",
        }
    }
}

/// What one turn of an endpoint did.
#[derive(Debug, Default)]
pub struct Turn {
    pub outcomes: Vec<Outcome>,
    /// The endpoint's undelivered events when the turn ended (counted up
    /// to [`BACKLOG_COUNTED_MAX`]), and when the oldest was committed;
    /// none: nothing waits.
    pub backlog: Option<(usize, DateTime<Utc>)>,
}

/// A `Retry-After` header's wait: seconds, or an HTTP date.
pub(super) fn retry_after(
    headers: &reqwest::header::HeaderMap,
) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    if let Ok(seconds) = value.trim().parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = DateTime::parse_from_rfc2822(value.trim()).ok()?;
    (at.with_timezone(&Utc) - Utc::now()).to_std().ok()
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn test_special_addresses_are_not_public() {
        for private in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
            "64:ff9b::7f00:1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "2606:4700::1111", "::ffff:1.1.1.1"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn test_signature_is_standard_webhooks() {
        // The example of the Standard Webhooks specification.
        let signature = signature(
            &["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            br#"{"test": 2432232314}"#,
        );
        assert_eq!(
            signature,
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn test_verdicts_follow_the_documented_outcomes() {
        assert_eq!(Verdict::of_status(204, None), Verdict::Delivered);
        assert_eq!(Verdict::of_status(410, None), Verdict::Gone);
        assert_eq!(Verdict::of_status(404, None), Verdict::Refused);
        let wait = Some(Duration::from_secs(7));
        assert_eq!(Verdict::of_status(429, wait), Verdict::Retry(wait));
        assert_eq!(Verdict::of_status(503, None), Verdict::Retry(None));
        assert_eq!(Verdict::of_status(302, None), Verdict::Retry(None));
    }
}
