//! Rate limits: PostHog's two windows per personal API key, a limit on
//! failed authentications per client address, and one per SCIM token.
//!
//! ## What is limited, and why so
//! - **Per personal API key**, PostHog's `BurstRateThrottle` (480 a minute)
//!   and `SustainedRateThrottle` (4,800 an hour), which PostHog applies to
//!   every endpoint of its private API for requests made with a personal
//!   API key, after authentication and the scope check. Both are checked
//!   on every request; a request refused by either is answered 429.
//! - **Per client address, failed authentications** (a wrong or revoked
//!   key, a wrong SCIM token), beyond PostHog. Once an address has spent
//!   its allowance, every request from it that carries credentials is
//!   answered 429 until its wait is over, before the credentials are even
//!   looked at: a guess made then tells nothing, so guessing is slowed to
//!   the refill rate. Requests with a good key do not spend the
//!   allowance, so they are never slowed by it while the address is in
//!   good standing. Which address counts is the peer's, or the one that
//!   trusted proxies name (see [`TrustedProxies`]); IPv6 addresses count by
//!   their /64, what one host is commonly given.
//! - **Per SCIM token** (one per domain), a figure far above what an
//!   identity provider's sync sends (Microsoft Entra ID asks SCIM apps to
//!   take 25 requests a second per provisioning job) and far below a
//!   runaway loop.
//!
//! ## How
//! Each limit is a `governor` keyed limiter (GCRA): a full allowance at
//! once, refilled evenly (480 a minute is one more every 125 ms), rather
//! than Django REST framework's list of timestamps per key; the wait a
//! refused request is told is exact, so a client that waits it is served.
//! The limiters read the server's clock, so tests move time instead of
//! sleeping. Each process counts on its own (see the book's "Rate limits" for what that
//! means for replicas).
//!
//! ## Bounded memory
//! A limiter keeps one timestamp per key it has seen. Every
//! [`SWEEP_INTERVAL`], the first request after it drops the keys whose
//! allowance is full again (they are indistinguishable from new ones), so
//! what is kept is bounded by the keys and addresses seen within one
//! window. The addresses waiting out a refusal are kept in a bounded cache
//! ([`MAX_REFUSED_ADDRESSES`]).

use crate::app::Clock;
use governor::clock::Clock as GovernorClock;
use governor::Quota;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::str::FromStr;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;
use std::time::Duration;
use std::time::SystemTime;
use uuid::Uuid;

/// How often keys whose allowance is full again are dropped.
pub const SWEEP_INTERVAL: Duration = Duration::from_secs(10);

/// The most addresses kept while they wait out a refusal; beyond it the
/// least recently refused are forgotten (and count from a full allowance).
pub const MAX_REFUSED_ADDRESSES: usize = 100_000;

/// A rate as Django REST framework writes one: `480/minute`, `4800/hour`
/// (the period by its first letter: `s`, `m`, `h` or `d`).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Rate {
    pub count: NonZeroU32,
    pub period: Duration,
}

impl Rate {
    /// `count` per `period`.
    pub const fn new(count: NonZeroU32, period: Duration) -> Rate {
        Rate { count, period }
    }

    fn quota(self) -> Quota {
        let interval = self.period / self.count.get();
        Quota::with_period(interval.max(Duration::from_nanos(1)))
            .expect("a period of at least a nanosecond")
            .allow_burst(self.count)
    }
}

impl FromStr for Rate {
    type Err = String;

    fn from_str(text: &str) -> Result<Rate, String> {
        let problem = || {
            format!(
                "{text:?} is not a rate: write it as <count>/<period>, \
                 the period one of second, minute, hour, day"
            )
        };
        let (count, period) =
            text.trim().split_once('/').ok_or_else(problem)?;
        let count =
            count.trim().parse::<NonZeroU32>().map_err(|_| problem())?;
        let seconds = match period.trim().chars().next() {
            Some('s') => 1,
            Some('m') => 60,
            Some('h') => 3600,
            Some('d') => 86_400,
            _ => return Err(problem()),
        };
        Ok(Rate::new(count, Duration::from_secs(seconds)))
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let period = match self.period.as_secs() {
            1 => "second",
            60 => "minute",
            3600 => "hour",
            _ => "day",
        };
        write!(f, "{}/{period}", self.count)
    }
}

/// The figures of each limit, and whether they apply at all.
#[derive(Clone, Debug)]
pub struct RateLimitSettings {
    pub enabled: bool,
    /// Per personal API key: PostHog's burst window.
    pub burst: Rate,
    /// Per personal API key: PostHog's sustained window.
    pub sustained: Rate,
    /// Per client address: failed authentications.
    pub failed_authentication: Rate,
    /// Per SCIM token.
    pub scim: Rate,
}

const fn per(count: u32, seconds: u64) -> Rate {
    match NonZeroU32::new(count) {
        Some(count) => Rate::new(count, Duration::from_secs(seconds)),
        None => panic!("a rate of at least one"),
    }
}

impl RateLimitSettings {
    /// PostHog's burst window: 480 a minute.
    pub const POSTHOG_BURST: Rate = per(480, 60);
    /// PostHog's sustained window: 4,800 an hour.
    pub const POSTHOG_SUSTAINED: Rate = per(4800, 3600);
    /// Failed authentications per address: 60 a minute.
    pub const DEFAULT_FAILED_AUTHENTICATION: Rate = per(60, 60);
    /// Requests per SCIM token: 6,000 a minute (100 a second once the
    /// allowance is spent, four times Entra ID's 25).
    pub const DEFAULT_SCIM: Rate = per(6000, 60);

    /// The limits on, with their default figures.
    pub fn on() -> RateLimitSettings {
        RateLimitSettings {
            enabled: true,
            burst: Self::POSTHOG_BURST,
            sustained: Self::POSTHOG_SUSTAINED,
            failed_authentication: Self::DEFAULT_FAILED_AUTHENTICATION,
            scim: Self::DEFAULT_SCIM,
        }
    }

    /// No limits (the figures kept, unused).
    pub fn off() -> RateLimitSettings {
        RateLimitSettings { enabled: false, ..RateLimitSettings::on() }
    }
}

/// Which limit refused a request: the `limit` label of
/// `orgbase_requests_throttled_total`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Limit {
    Burst,
    Sustained,
    FailedAuthentication,
    Scim,
}

impl Limit {
    pub const ALL: [Limit; 4] = [
        Limit::Burst,
        Limit::Sustained,
        Limit::FailedAuthentication,
        Limit::Scim,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Limit::Burst => "burst",
            Limit::Sustained => "sustained",
            Limit::FailedAuthentication => "failed_authentication",
            Limit::Scim => "scim",
        }
    }
}

/// A refusal: which limit, and how long until the request would pass.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Throttled {
    pub limit: Limit,
    pub wait: Duration,
}

impl Throttled {
    /// The wait in whole seconds, rounded up (at least one), as Django
    /// REST framework tells it in `Retry-After` and the detail.
    pub fn wait_seconds(&self) -> u64 {
        let seconds = self.wait.as_secs();
        let seconds =
            if self.wait.subsec_nanos() > 0 { seconds + 1 } else { seconds };
        seconds.max(1)
    }
}

/// The server's clock, as the limiters read it.
#[derive(Clone)]
struct ServerClock(Clock);

impl GovernorClock for ServerClock {
    type Instant = SystemTime;

    fn now(&self) -> SystemTime {
        (self.0)().into()
    }
}

type Keyed<K> = governor::RateLimiter<
    K,
    governor::state::keyed::DashMapStateStore<K>,
    ServerClock,
    governor::middleware::NoOpMiddleware<SystemTime>,
>;

fn keyed<K: Clone + Eq + std::hash::Hash>(
    rate: Rate,
    clock: &ServerClock,
) -> Keyed<K> {
    governor::RateLimiter::dashmap_with_clock(rate.quota(), clock.clone())
}

/// What the failed-authentication limit counts: an IPv4 address, or an
/// IPv6 address's /64.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
struct AddressKey(u128);

impl From<IpAddr> for AddressKey {
    fn from(address: IpAddr) -> AddressKey {
        match address.to_canonical() {
            IpAddr::V4(v4) => AddressKey(u128::from(u32::from(v4))),
            IpAddr::V6(v6) => {
                AddressKey((u128::from(v6) & !u128::from(u64::MAX)) | (1 << 32))
            }
        }
    }
}

struct Limiters {
    burst: Keyed<Uuid>,
    sustained: Keyed<Uuid>,
    failed_authentication: Keyed<AddressKey>,
    scim: Keyed<Uuid>,
    /// Addresses over their failed-authentication allowance, with when
    /// they may try again.
    refused: quick_cache::sync::Cache<AddressKey, SystemTime>,
    clock: ServerClock,
    /// When the next sweep is due, in seconds since the epoch.
    next_sweep: AtomicU64,
}

/// The server's rate limits (none when off).
pub struct RateLimiter {
    limiters: Option<Limiters>,
}

impl RateLimiter {
    /// The limits of `settings`, on `clock`.
    pub fn new(settings: &RateLimitSettings, clock: Clock) -> RateLimiter {
        let clock = ServerClock(clock);
        let limiters = settings.enabled.then(|| Limiters {
            burst: keyed(settings.burst, &clock),
            sustained: keyed(settings.sustained, &clock),
            failed_authentication: keyed(
                settings.failed_authentication,
                &clock,
            ),
            scim: keyed(settings.scim, &clock),
            refused: quick_cache::sync::Cache::new(MAX_REFUSED_ADDRESSES),
            clock: clock.clone(),
            next_sweep: AtomicU64::new(0),
        });
        RateLimiter { limiters }
    }

    /// Counts a request made with the personal API key `key_id` against
    /// PostHog's two windows.
    pub fn api_key(&self, key_id: Uuid) -> Result<(), Throttled> {
        let Some(limiters) = self.limiters() else {
            return Ok(());
        };
        let burst = limiters.check(&limiters.burst, &key_id, Limit::Burst);
        let sustained =
            limiters.check(&limiters.sustained, &key_id, Limit::Sustained);
        // As Django REST framework: every window is counted, and the
        // longest wait is told.
        match (burst, sustained) {
            (Err(a), Err(b)) => Err(if a.wait >= b.wait { a } else { b }),
            (Err(refused), _) | (_, Err(refused)) => Err(refused),
            _ => Ok(()),
        }
    }

    /// Counts a request made with the SCIM token of `domain_id`.
    pub fn scim_token(&self, domain_id: Uuid) -> Result<(), Throttled> {
        let Some(limiters) = self.limiters() else {
            return Ok(());
        };
        limiters.check(&limiters.scim, &domain_id, Limit::Scim)
    }

    /// Whether `address` is waiting out a refusal for failed
    /// authentications: then its request is refused before its
    /// credentials are read.
    pub fn address_refused(&self, address: IpAddr) -> Result<(), Throttled> {
        let Some(limiters) = self.limiters() else {
            return Ok(());
        };
        let Some(until) = limiters.refused.get(&AddressKey::from(address))
        else {
            return Ok(());
        };
        match until.duration_since(limiters.clock.now()) {
            Ok(wait) if !wait.is_zero() => {
                Err(Throttled { limit: Limit::FailedAuthentication, wait })
            }
            _ => Ok(()),
        }
    }

    /// Counts a failed authentication from `address`: refused (429
    /// rather than 401) once the address has spent its allowance.
    pub fn authentication_failed(
        &self,
        address: IpAddr,
    ) -> Result<(), Throttled> {
        let Some(limiters) = self.limiters() else {
            return Ok(());
        };
        let key = AddressKey::from(address);
        limiters
            .check(
                &limiters.failed_authentication,
                &key,
                Limit::FailedAuthentication,
            )
            .inspect_err(|refused| {
                let until = limiters.clock.now() + refused.wait;
                limiters.refused.insert(key, until);
            })
    }

    /// How many keys and addresses the limiters hold now.
    pub fn tracked(&self) -> usize {
        self.limiters.as_ref().map_or(0, |limiters| {
            limiters.burst.len()
                + limiters.sustained.len()
                + limiters.failed_authentication.len()
                + limiters.scim.len()
                + limiters.refused.len()
        })
    }

    fn limiters(&self) -> Option<&Limiters> {
        let limiters = self.limiters.as_ref()?;
        limiters.sweep_if_due();
        Some(limiters)
    }
}

impl Limiters {
    fn check<K: Clone + Eq + std::hash::Hash>(
        &self,
        limiter: &Keyed<K>,
        key: &K,
        limit: Limit,
    ) -> Result<(), Throttled> {
        limiter.check_key(key).map_err(|not_until| Throttled {
            limit,
            wait: not_until.wait_time_from(self.clock.now()),
        })
    }

    /// Drops the keys whose allowance is full again, once a
    /// [`SWEEP_INTERVAL`] (the request that finds it due does it).
    fn sweep_if_due(&self) {
        let now = self
            .clock
            .now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let due = self.next_sweep.load(Ordering::Relaxed);
        if now < due
            || self
                .next_sweep
                .compare_exchange(
                    due,
                    now + SWEEP_INTERVAL.as_secs(),
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                )
                .is_err()
        {
            return;
        }
        for limiter in [&self.burst, &self.sustained, &self.scim] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        self.failed_authentication.retain_recent();
        self.failed_authentication.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use chrono::Utc;
    use std::sync::Arc;
    use std::sync::Mutex;

    fn clock() -> (Arc<Mutex<DateTime<Utc>>>, Clock) {
        let now = Arc::new(Mutex::new(
            DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
        ));
        let read = Arc::clone(&now);
        (now, Arc::new(move || *read.lock().unwrap()))
    }

    #[test]
    fn rates_parse_as_django_rest_framework_writes_them() {
        assert_eq!("480/minute".parse(), Ok(per(480, 60)));
        assert_eq!("4800/hour".parse(), Ok(per(4800, 3600)));
        assert_eq!("5/s".parse(), Ok(per(5, 1)));
        assert_eq!("1/day".parse(), Ok(per(1, 86_400)));
        for bad in ["0/minute", "480", "480/fortnight", "-1/hour", "x/s"] {
            assert!(bad.parse::<Rate>().is_err(), "{bad}");
        }
        assert_eq!(per(480, 60).to_string(), "480/minute");
    }

    #[test]
    fn a_key_is_refused_past_its_burst_and_told_the_exact_wait() {
        let (now, clock) = clock();
        let settings =
            RateLimitSettings { burst: per(3, 60), ..RateLimitSettings::on() };
        let limiter = RateLimiter::new(&settings, clock);
        let (key, other) = (Uuid::new_v4(), Uuid::new_v4());
        for _ in 0..3 {
            limiter.api_key(key).unwrap();
        }
        let refused = limiter.api_key(key).unwrap_err();
        assert_eq!(refused.limit, Limit::Burst);
        assert_eq!(refused.wait, Duration::from_secs(20));
        assert_eq!(refused.wait_seconds(), 20);
        limiter.api_key(other).unwrap();
        *now.lock().unwrap() += chrono::Duration::seconds(20);
        limiter.api_key(key).unwrap();
        assert!(limiter.api_key(key).is_err());
    }

    #[test]
    fn failed_authentications_refuse_the_address_then_let_it_go() {
        let (now, clock) = clock();
        let settings = RateLimitSettings {
            failed_authentication: per(2, 60),
            ..RateLimitSettings::on()
        };
        let limiter = RateLimiter::new(&settings, clock);
        let attacker: IpAddr = "2001:db8::1".parse().unwrap();
        let same_host: IpAddr = "2001:db8::ffff".parse().unwrap();
        let other: IpAddr = "192.0.2.7".parse().unwrap();
        limiter.authentication_failed(attacker).unwrap();
        limiter.authentication_failed(attacker).unwrap();
        limiter.address_refused(attacker).unwrap();
        let refused = limiter.authentication_failed(same_host).unwrap_err();
        assert_eq!(refused.wait_seconds(), 30);
        assert_eq!(limiter.address_refused(attacker), Err(refused));
        limiter.address_refused(other).unwrap();
        *now.lock().unwrap() += chrono::Duration::seconds(30);
        limiter.address_refused(attacker).unwrap();
    }

    #[test]
    fn keys_whose_allowance_is_full_again_are_dropped() {
        let (now, clock) = clock();
        let limiter = RateLimiter::new(&RateLimitSettings::on(), clock);
        for _ in 0..10_000 {
            limiter.api_key(Uuid::new_v4()).unwrap();
        }
        assert!(limiter.tracked() >= 20_000);
        // The sustained window refills in an hour; the next request after
        // that sweeps every key that has not been seen since.
        *now.lock().unwrap() += chrono::Duration::hours(1);
        limiter.api_key(Uuid::new_v4()).unwrap();
        assert!(limiter.tracked() <= 2, "{}", limiter.tracked());
    }

    #[test]
    fn off_refuses_nothing() {
        let (_, clock) = clock();
        let settings = RateLimitSettings {
            burst: per(1, 60),
            failed_authentication: per(1, 60),
            ..RateLimitSettings::off()
        };
        let limiter = RateLimiter::new(&settings, clock);
        let key = Uuid::new_v4();
        let address: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..10 {
            limiter.api_key(key).unwrap();
            limiter.authentication_failed(address).unwrap();
            limiter.address_refused(address).unwrap();
        }
        assert_eq!(limiter.tracked(), 0);
    }
}
