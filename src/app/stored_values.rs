//! Values as the API stores them, for what writes records without it (an
//! import, a seed) and for `orgbase check`: a value that fails one of these
//! is one the API would never have stored.

use super::domains;
use super::proxy_records;
use super::users;

/// An email address as the API keeps it (trimmed, plausible).
pub fn is_email(email: &str) -> bool {
    users::clean_email("email", email).is_ok_and(|clean| clean == email)
}

/// A verified domain's name (lowercase, PostHog's pattern).
pub fn is_domain(domain: &str) -> bool {
    domains::clean_domain(domain, domains::DOMAIN_MAX)
        .is_ok_and(|clean| clean == domain)
}

/// A proxy record's domain (lowercase, a host name, at most 64).
pub fn is_proxy_domain(domain: &str) -> bool {
    domains::clean_domain(domain, proxy_records::DOMAIN_MAX)
        .is_ok_and(|clean| clean == domain)
}
