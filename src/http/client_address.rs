//! The client's address: the peer's, unless the peer is a proxy the
//! operator trusts (`--trusted-proxies`), in which case the address that
//! proxy saw, as it appended it to `X-Forwarded-For`.
//!
//! ## Why only trusted proxies
//! Anyone can send `X-Forwarded-For`. Read from an untrusted peer, it would
//! let a client choose the address its failed authentications count
//! against, and so dodge that limit. So the header is read from the right
//! (each proxy appends the address it received the request from), one hop
//! per trusted address: the first address that is not a trusted proxy is
//! the client. Behind no proxy the setting stays empty and the peer is the
//! client; behind a load balancer, naming it keeps the clients it serves
//! from sharing one address (and one allowance).

use http::HeaderMap;
use ipnet::IpNet;
use std::net::IpAddr;

/// The networks whose requests carry the client's address in
/// `X-Forwarded-For`.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> TrustedProxies {
        TrustedProxies(networks)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The address of the client of a request that `peer` sent with
    /// `headers`.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if self.0.is_empty() {
            return peer;
        }
        // Every `X-Forwarded-For` line, in order, as one list.
        let hops: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .collect();
        let mut client = peer;
        for hop in hops.iter().rev() {
            if !self.trusts(client) {
                break;
            }
            match hop.trim().parse::<IpAddr>() {
                Ok(address) => client = address,
                // What a trusted proxy appended is an address; anything
                // else was sent by the client, so the proxy is the client.
                Err(_) => break,
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(lines: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for line in lines {
            headers.append("x-forwarded-for", line.parse().unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client() {
        let proxies = TrustedProxies::default();
        let sent = headers(&["198.51.100.9"]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &sent),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn trusted_hops_are_skipped_from_the_right() {
        let proxies = TrustedProxies::new(vec![
            "10.0.0.0/8".parse().unwrap(),
            "::1/128".parse().unwrap(),
        ]);
        // The client forged the first entry; the load balancer (10.0.0.5)
        // appended what it saw, and the inner proxy (10.0.0.2) sent it.
        let sent = headers(&["203.0.113.66, 198.51.100.9", "10.0.0.5"]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &sent),
            ip("198.51.100.9")
        );
        // An untrusted peer's header is not read.
        assert_eq!(
            proxies.client_address(ip("192.0.2.1"), &sent),
            ip("192.0.2.1")
        );
        // A trusted peer that sent no header is the client.
        assert_eq!(
            proxies.client_address(ip("::1"), &HeaderMap::new()),
            ip("::1")
        );
        // Garbage where an address belongs stops at the last trusted hop.
        let garbage = headers(&["198.51.100.9, not-an-address"]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.2"), &garbage),
            ip("10.0.0.2")
        );
        // An IPv4 peer seen as IPv6-mapped is trusted as its IPv4 form.
        assert_eq!(
            proxies.client_address(
                ip("::ffff:10.0.0.2"),
                &headers(&["192.0.2.4"])
            ),
            ip("192.0.2.4")
        );
    }
}
