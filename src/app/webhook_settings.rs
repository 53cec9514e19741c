//! How webhooks are delivered, as the command line sets it: a leaf, so
//! that the application's root can hold it.

use std::time::Duration;

/// How webhooks are delivered; see the book's configuration page.
#[derive(Clone, Debug)]
pub struct WebhookSettings {
    /// Whether endpoints may be at loopback and private addresses (and
    /// use `http`): for development and tests.
    pub allow_private_addresses: bool,
    /// The waits before each attempt after the first (each with up to a
    /// fifth more or less, at random); when they run out, the event is
    /// given up on.
    pub schedule: Vec<Duration>,
    /// An endpoint whose every attempt has failed for this long is
    /// disabled.
    pub disable_after: Duration,
    /// How long a rotated-out secret keeps signing.
    pub secret_overlap: Duration,
    /// Time allowed to connect to an endpoint.
    pub connect_timeout: Duration,
    /// Time allowed for a whole attempt (connection, request, response).
    pub timeout: Duration,
    /// How long a delivery worker holds an endpoint it sends to: another
    /// replica takes the endpoint over after this if the worker died.
    pub lease: Duration,
    /// How often the delivery worker looks for endpoints with events.
    pub poll: Duration,
    /// The most endpoints sent to at once, per process.
    pub endpoints_at_once: usize,
}

impl Default for WebhookSettings {
    /// Svix's schedule: 5 seconds, 5 minutes, 30 minutes, 2, 5, 10 and 10
    /// hours; disabled after 5 days of failures; secrets overlap for a
    /// day.
    fn default() -> WebhookSettings {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        WebhookSettings {
            allow_private_addresses: false,
            schedule: vec![
                Duration::from_secs(5),
                minutes(5),
                minutes(30),
                minutes(120),
                minutes(300),
                minutes(600),
                minutes(600),
            ],
            disable_after: minutes(5 * 24 * 60),
            secret_overlap: minutes(24 * 60),
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(15),
            lease: Duration::from_secs(60),
            poll: Duration::from_secs(1),
            endpoints_at_once: 64,
        }
    }
}

/// A duration as the command line writes it: a number and a unit (`ms`,
/// `s`, `m`, `h`, `d`), such as `250ms` or `5m`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?}: a number and a unit, as 5s or 2h"))?;
    let unit_ms: u64 = match unit {
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return Err(format!("{text:?}: the unit is ms, s, m, h or d")),
    };
    number
        .checked_mul(unit_ms)
        .map(Duration::from_millis)
        .ok_or_else(|| format!("{text:?} is too long"))
}

/// `duration` as chrono's, saturating.
pub(super) fn chrono_duration(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn test_durations_read_as_the_command_line_writes_them() {
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("5d"), Ok(Duration::from_secs(432_000)));
        for wrong in ["", "5", "m", "5 weeks", "-1s"] {
            assert!(parse_duration(wrong).is_err(), "{wrong}");
        }
    }
}
