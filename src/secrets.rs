//! Secrets (personal API keys, project tokens): generated from the OS's
//! random source, shown once, stored only as `sha256$<hex>`.

use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Digest;
use sha2::Sha256;

const BASE62: &[u8] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `prefix` followed by base62 text of 32 random bytes (about 43
/// characters), as PostHog's `generate_random_token`.
pub fn generate(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", base62(&bytes))
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
    format!("sha256${}", hex::encode(Sha256::digest(secret.as_bytes())))
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
    fn test_generated_secrets_have_prefix_and_length() {
        let key = generate("phx_");
        assert!(key.starts_with("phx_"));
        assert!(key.len() >= 4 + 40, "{key}");
        assert_ne!(key, generate("phx_"));
        assert_eq!(mask("phx_abcdefgh1234"), "phx_...1234");
        assert_eq!(hash("x").len(), "sha256$".len() + 64);
    }
}
