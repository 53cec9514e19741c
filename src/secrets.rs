//! Secrets (personal API keys, CIMD verification tokens, SCIM tokens,
//! projects' secret tokens):
//! generated from the OS's random source, shown once, stored only as
//! `sha256$<hex>`, and blotted out of any text bound for a log.

use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Digest;
use sha2::Sha256;
use std::borrow::Cow;

/// Prefix of personal API keys.
pub const PERSONAL_API_KEY_PREFIX: &str = "phx_";
/// Prefix of CIMD verification tokens.
pub const CIMD_TOKEN_PREFIX: &str = "phvt_";
/// Prefix of SCIM bearer tokens.
pub const SCIM_TOKEN_PREFIX: &str = "phscim_";
/// Prefix of a project's public API token (not a secret: ingestion's).
pub const PROJECT_TOKEN_PREFIX: &str = "phc_";
/// Prefix of a project's secret API token.
pub const PROJECT_SECRET_PREFIX: &str = "phs_";

/// Prefix of a webhook endpoint's signing secret (Standard Webhooks').
pub const WEBHOOK_SECRET_PREFIX: &str = "whsec_";

/// Query parameters whose values are credentials, whatever they look like.
const SECRET_PARAMETERS: [&str; 2] = ["personal_api_key=", "token="];

/// What stands in a log for a secret.
const REDACTED: &str = "[redacted]";

const BASE62: &[u8] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `prefix` followed by base62 text of 32 random bytes (about 43
/// characters), as PostHog's `generate_random_token`.
pub fn generate(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", base62(&bytes))
}

/// A webhook endpoint's signing secret: `whsec_` and base64 of 24 random
/// bytes, as Standard Webhooks and Svix write them.
pub fn generate_webhook_secret() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 24];
    OsRng.fill_bytes(&mut bytes);
    let text = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("{WEBHOOK_SECRET_PREFIX}{text}")
}

/// Base62 text of a big-endian number.
fn base62(bytes: &[u8]) -> String {
    let mut number = bytes.to_vec();
    let mut digits = Vec::new();
    while number.iter().any(|&b| b != 0) {
        let mut remainder = 0u32;
        for byte in number.iter_mut() {
            let value = (remainder << 8) | u32::from(*byte);
            *byte = (value / 62) as u8;
            remainder = value % 62;
        }
        digits.push(BASE62[remainder as usize]);
    }
    digits.reverse();
    String::from_utf8(digits).expect("base62 digits are ASCII")
}

/// The stored form of a secret: `sha256$<hex>`.
pub fn hash(secret: &str) -> String {
    // Every authenticated request hashes its key: hex-encoded into a
    // buffer, where `hex::encode` builds its string a character at a time.
    const PREFIX: &str = "sha256$";
    let mut digits = [0u8; 64];
    hex::encode_to_slice(Sha256::digest(secret.as_bytes()), &mut digits)
        .expect("64 hex digits for 32 bytes");
    let mut hashed = String::with_capacity(PREFIX.len() + digits.len());
    hashed.push_str(PREFIX);
    hashed.push_str(std::str::from_utf8(&digits).expect("hex digits"));
    hashed
}

/// Whether two stored hashes are the same, in time that does not depend
/// on where they differ (a bearer token is found by its domain, then
/// compared).
pub fn hashes_equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len()
        && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// First four and last four characters: `phx_...abcd`.
pub fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 8 {
        return "...".to_string();
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}...{tail}")
}

/// `text` with every secret blotted out: anything after a secret's prefix,
/// the value of a credential query parameter, and the password of a URL's
/// user info (`scheme://user:password@host`). Applied to every log line.
///
/// Markers and secrets are matched as authentication reads them: a query
/// string is percent-decoded before its `personal_api_key` is looked up, so
/// `personal%5Fapi%5Fkey=phx%5F...` is a key too and is blotted the same.
pub fn redact(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    let token_char = |c: char| c.is_ascii_alphanumeric() || c == '_';
    for prefix in [
        PERSONAL_API_KEY_PREFIX,
        CIMD_TOKEN_PREFIX,
        SCIM_TOKEN_PREFIX,
        PROJECT_SECRET_PREFIX,
    ] {
        text = blot_after(text, prefix, Secret::Decoded(&token_char));
    }
    let base64_char = |c: char| token_char(c) || matches!(c, '+' | '/' | '=');
    text =
        blot_after(text, WEBHOOK_SECRET_PREFIX, Secret::Decoded(&base64_char));
    // A parameter's value runs to the next separator as written: an
    // escape (`%26`) is part of it.
    let value_char =
        |c: char| !matches!(c, '&' | ' ' | '"' | '\'' | '#') && !c.is_control();
    for parameter in SECRET_PARAMETERS {
        text = blot_after(text, parameter, Secret::Raw(&value_char));
    }
    blot_url_passwords(text)
}

/// One character of `text` at its start as a URL decoder reads it: itself,
/// or the byte a `%XX` escape stands for. Returns the character and the
/// length of text it took.
fn decoded_char(text: &str) -> Option<(char, usize)> {
    let c = text.chars().next()?;
    if c == '%' {
        if let Some(hex) = text.get(1..3) {
            if let Ok(byte) = u8::from_str_radix(hex, 16) {
                if byte.is_ascii() && hex.bytes().all(|b| b.is_ascii_hexdigit())
                {
                    return Some((char::from(byte), 3));
                }
            }
        }
    }
    Some((c, c.len_utf8()))
}

/// The length of `marker` at the start of `text`, each of its characters
/// written plainly or percent-encoded (any case).
fn encoded_prefix_len(text: &str, marker: &str) -> Option<usize> {
    let mut at = 0;
    for expected in marker.chars() {
        let (c, len) = decoded_char(&text[at..])?;
        if c != expected {
            return None;
        }
        at += len;
    }
    Some(at)
}

/// Which characters after a marker are the secret's.
enum Secret<'a> {
    /// Those that are, or whose `%XX` escape is, one of these.
    Decoded(&'a dyn Fn(char) -> bool),
    /// Those that are one of these, as written.
    Raw(&'a dyn Fn(char) -> bool),
}

impl Secret<'_> {
    /// The length of the secret at the start of `text`.
    fn len(&self, text: &str) -> usize {
        match self {
            Secret::Decoded(part_of_secret) => {
                let mut len = 0;
                while let Some((c, width)) = decoded_char(&text[len..]) {
                    if !part_of_secret(c) {
                        break;
                    }
                    len += width;
                }
                len
            }
            Secret::Raw(part_of_secret) => {
                text.find(|c| !part_of_secret(c)).unwrap_or(text.len())
            }
        }
    }
}

/// Where the first `marker` (plain or percent-encoded) in `text` ends.
fn marker_end(text: &str, marker: &str) -> Option<usize> {
    let first = marker.chars().next().expect("markers are not empty");
    let mut from = 0;
    while let Some(at) = text[from..].find([first, '%']).map(|at| from + at) {
        if let Some(len) = encoded_prefix_len(&text[at..], marker) {
            return Some(at + len);
        }
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Replaces the secret after each `marker` (plain or percent-encoded). A
/// line without the marker (nearly every one) is handed back as it is,
/// without a copy.
fn blot_after<'a>(
    text: Cow<'a, str>,
    marker: &str,
    secret: Secret<'_>,
) -> Cow<'a, str> {
    if marker_end(&text, marker).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(start) = marker_end(rest, marker) {
        out.push_str(&rest[..start]);
        let secret_len = secret.len(&rest[start..]);
        if secret_len > 0 {
            out.push_str(REDACTED);
        }
        rest = &rest[start + secret_len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Replaces the password in each `scheme://user:password@` of `text`.
fn blot_url_passwords(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.contains("://") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(at) = rest.find("://") {
        let start = at + 3;
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let authority_end = rest
            .find(|c: char| matches!(c, '/' | '?' | '#') || c.is_whitespace())
            .unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        if let Some(at_sign) = authority.rfind('@') {
            if let Some(colon) = authority[..at_sign].find(':') {
                out.push_str(&authority[..=colon]);
                out.push_str(REDACTED);
                rest = &rest[at_sign..];
                continue;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn test_base62_of_known_numbers() {
        assert_eq!(base62(&[0, 61]), "z");
        assert_eq!(base62(&[0, 62]), "10");
        assert_eq!(base62(&[1, 0]), "48");
    }

    #[test]
    fn test_hash_is_sha256_in_hex() {
        // FIPS 180-2's example for "abc".
        assert_eq!(
            hash("abc"),
            "sha256$ba7816bf8f01cfea414140de5dae2223\
             b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn test_generated_secrets_have_prefix_and_length() {
        let key = generate("phx_");
        assert!(key.starts_with("phx_"));
        assert!(key.len() >= 4 + 40, "{key}");
        assert_ne!(key, generate("phx_"));
        assert_eq!(mask("phx_abcdefgh1234"), "phx_...1234");
        assert_eq!(hash("x").len(), "sha256$".len() + 64);
    }

    #[test]
    fn test_redact_blots_every_secret() {
        let key = generate(PERSONAL_API_KEY_PREFIX);
        let scim = generate(SCIM_TOKEN_PREFIX);
        let project = generate(PROJECT_SECRET_PREFIX);
        let webhook = generate_webhook_secret();
        assert_eq!(webhook.len(), "whsec_".len() + 32, "{webhook}");
        let line = format!(
            "uri=/api/users/@me/?personal_api_key=abc%20def&x=1 \
             header=Bearer {key} scim={scim} smtp://bob:hunter2@mail:25/ \
             cimd=phvt_AbC123 project={project} webhook={webhook} plain=hello"
        );
        let redacted = redact(&line);
        let secrets = [
            key.as_str(),
            &scim,
            &project,
            &webhook[6..],
            "abc%20def",
            "hunter2",
        ];
        for secret in secrets.into_iter().chain(["AbC123"]) {
            assert!(!redacted.contains(secret), "{secret} in {redacted}");
        }
        assert!(redacted.contains("personal_api_key=[redacted]&x=1"));
        assert!(redacted.contains("smtp://bob:[redacted]@mail:25/"));
        assert!(redacted.contains("plain=hello"));
        assert_eq!(redact("nothing secret"), "nothing secret");
    }

    #[test]
    fn test_redact_reads_percent_encoding_as_authentication_does() {
        // Authentication decodes the query string, so these are keys too.
        let line =
            "uri=/api/users/@me/?personal%5Fapi%5Fkey=phx%5FAbCdEf123&x=1 \
                    other=%70hx_Secret42 scim=phscim%5fLowerHex9 100%";
        let redacted = redact(line);
        for secret in ["AbCdEf123", "Secret42", "LowerHex9"] {
            assert!(!redacted.contains(secret), "{secret} in {redacted}");
        }
        assert!(redacted.contains("&x=1"), "{redacted}");
        assert!(redacted.ends_with("100%"), "{redacted}");
    }
}
