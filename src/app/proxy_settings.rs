//! A server's proxy settings: the base of target CNAMEs, the limit of
//! records, and when the provisioning task checks a record. Given on the
//! command line and checked there (`clean_cname_base`), before the app
//! exists; the operations on proxy records (`proxy_records.rs`) read them.

use super::domain_names::is_domain_name;
use std::time::Duration;

/// PostHog's default limit of proxy records per organization.
pub const MAX_PROXY_RECORDS: u64 = 2;

/// Default base of target CNAMEs: under `.invalid` (RFC 2606), so that an
/// instance that was not given its own base never sends anyone's domain
/// to a name someone else controls.
pub const DEFAULT_PROXY_CNAME_BASE: &str = "proxy.orgbase.invalid";

/// The provisioning job's writes to the store at once, over all its checks:
/// the checks wait on DNS side by side (hundreds), but each write takes a
/// database connection, and the requests must always find one.
pub const PROVISIONING_WRITES_MAX: usize = 4;

/// The proxy settings of a server.
#[derive(Clone, Debug)]
pub struct ProxySettings {
    /// The base name under which target CNAMEs are derived.
    pub cname_base: String,
    pub schedule: ProvisioningSchedule,
}

impl Default for ProxySettings {
    fn default() -> ProxySettings {
        ProxySettings {
            cname_base: DEFAULT_PROXY_CNAME_BASE.to_string(),
            schedule: ProvisioningSchedule::default(),
        }
    }
}

/// When the provisioning task checks a record.
#[derive(Clone, Copy, Debug)]
pub struct ProvisioningSchedule {
    /// How often the task looks for due records (real time).
    pub tick: Duration,
    /// The wait after the first check; each later wait doubles, up to
    /// `longest_interval` (the server's clock).
    pub first_interval: Duration,
    pub longest_interval: Duration,
    /// How long after creation (or a retry) a record that never showed the
    /// CNAME times out.
    pub window: Duration,
}

impl Default for ProvisioningSchedule {
    /// First check at once, then after 15 s, 30 s, 1 min, ... up to every
    /// 10 minutes; `timed_out` after 24 hours (about 150 checks).
    fn default() -> ProvisioningSchedule {
        ProvisioningSchedule {
            tick: Duration::from_secs(1),
            first_interval: Duration::from_secs(15),
            longest_interval: Duration::from_secs(600),
            window: Duration::from_secs(24 * 3600),
        }
    }
}

impl ProvisioningSchedule {
    /// The wait after check number `checks` (1 for the first).
    pub(super) fn interval(&self, checks: u32) -> chrono::Duration {
        let doubled = self
            .first_interval
            .checked_mul(1 << checks.saturating_sub(1).min(20))
            .unwrap_or(self.longest_interval);
        chrono_duration(doubled.min(self.longest_interval))
    }
}

pub(super) fn chrono_duration(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}

/// The base name as given (`--proxy-cname-base`): lowercase, without dots
/// at the ends, and a domain name.
pub fn clean_cname_base(base: &str) -> Result<String, String> {
    let base = base.trim().trim_matches('.').to_lowercase();
    if !is_domain_name(&base) {
        return Err(format!("{base:?} is not a domain name"));
    }
    Ok(base)
}
