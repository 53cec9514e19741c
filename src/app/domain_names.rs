//! What a domain name is (PostHog's pattern), for the domains, the proxy
//! records and the proxy settings. A leaf: the settings are checked on the
//! command line, before there is an `App`, and need none of its
//! operations.

/// PostHog's domain pattern, `^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$`.
pub(super) fn is_domain_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let Some((top, rest)) = labels.split_last() else {
        return false;
    };
    let label_ok = |label: &&str| {
        label.split('-').all(|run| {
            !run.is_empty()
                && run
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
    };
    !rest.is_empty()
        && rest.iter().all(label_ok)
        && top.len() >= 2
        && top.bytes().all(|b| b.is_ascii_lowercase())
}
