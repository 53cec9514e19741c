//! Schemas that state the rules the server enforces on a request field
//! (lengths, patterns, choices, formats), as PostHog's schema does.
//!
//! ## Why an `x-rust-type` extension
//! Typify turns a constrained string or integer into a newtype that
//! checks the rule on the client. orgbase's server already checks every
//! rule and answers PostHog's 400 with the field in `attr`, and a client
//! must be able to send what the server will refuse (the tests do). So
//! each schema here also names the plain Rust type (`String`, `u8`) in
//! `x-rust-type`, which the generator honours, as in `nullable`: the
//! document states the rule for every reader and tool (schemathesis
//! generates valid data from it), and the generated field stays plain.

use schemars::gen::SchemaGenerator;
use schemars::schema::Schema;
use schemars::schema::SchemaObject;
use serde_json::json;

/// A string schema with the given extra keywords, typed `String` for the
/// generated client.
pub(super) fn string(keywords: serde_json::Value) -> Schema {
    let mut schema = json!({
        "type": "string",
        "x-rust-type": {
            "crate": "std",
            "version": "*",
            "path": "std::string::String",
        },
    });
    for (name, value) in keywords.as_object().into_iter().flatten() {
        schema[name] = value.clone();
    }
    serde_json::from_value(schema).expect("a valid schema")
}

/// Text of at most `MAX` characters once trimmed (surrounding whitespace
/// is trimmed before the length is checked, as Django REST framework does,
/// so the rule is a pattern rather than `maxLength`, which would count the
/// whitespace too), without NUL characters (refused in any text, as PostHog
/// refuses them); with `MIN` 1 it may not be blank.
pub fn text<const MIN: u32, const MAX: u32>(_: &mut SchemaGenerator) -> Schema {
    let kept = match MAX {
        0 => String::new(),
        1 => "[^\\s\\u0000]".to_string(),
        max => format!(
            "[^\\s\\u0000](?:[^\\u0000]{{0,{}}}[^\\s\\u0000])?",
            max - 2
        ),
    };
    let pattern = if MIN == 0 {
        format!("^\\s*(?:{kept})?\\s*$")
    } else {
        format!("^\\s*{kept}\\s*$")
    };
    let mut keywords = json!({ "pattern": pattern });
    if MIN > 0 {
        keywords["minLength"] = json!(MIN);
    }
    string(keywords)
}

/// Text that is not blank, of any length (a lookup's key: a value longer
/// than any stored one finds nothing).
pub fn not_blank(_: &mut SchemaGenerator) -> Schema {
    string(json!({ "pattern": "\\S" }))
}

/// As [`text`], for an optional field that the server also takes as
/// `null` (meaning: leave it alone).
pub fn optional_text<const MIN: u32, const MAX: u32>(
    generator: &mut SchemaGenerator,
) -> Schema {
    or_null(text::<MIN, MAX>(generator))
}

/// Where a list in id order continues (its `next` link's `after`): an
/// id, as 32 hexadecimal digits.
pub fn place_by_id(_: &mut SchemaGenerator) -> Schema {
    or_null(string(json!({ "pattern": "^[0-9a-f]{32}$" })))
}

/// Where a list in joining order continues (its `next` link's `after`): a
/// joining time in microseconds since 1970, `_`, an id as 32 hexadecimal
/// digits.
pub fn place_by_joining(_: &mut SchemaGenerator) -> Schema {
    or_null(string(json!({ "pattern": "^-?[0-9]{1,16}_[0-9a-f]{32}$" })))
}

/// `schema`, with `null` allowed too.
fn or_null(schema: Schema) -> Schema {
    let mut object = schema.into_object();
    object.extensions.insert("nullable".to_string(), true.into());
    Schema::Object(object)
}

/// An email address: something on both sides of one `@`, no spaces.
pub fn email(_: &mut SchemaGenerator) -> Schema {
    string(json!({ "format": "email", "maxLength": 254 }))
}

/// An HTTPS URL (the server also refuses user info, fragments and URLs
/// it cannot parse, which no pattern here tries to mirror).
pub fn https_url(_: &mut SchemaGenerator) -> Schema {
    string(json!({
        "maxLength": 2048,
        "pattern": "^\\s*[Hh][Tt][Tt][Pp][Ss]://[^\\s]",
    }))
}

/// As [`https_url`], for an optional field that the server also takes as
/// `null` (meaning: leave it alone).
pub fn optional_https_url(generator: &mut SchemaGenerator) -> Schema {
    or_null(https_url(generator))
}

/// PostHog's domain name pattern, in any case (the server lowercases).
const DOMAIN_PATTERN: &str = "^([A-Za-z0-9]+(-[A-Za-z0-9]+)*\\.)+[A-Za-z]{2,}$";

/// A domain name, as PostHog's pattern (any case: it is lowercased).
pub fn domain(_: &mut SchemaGenerator) -> Schema {
    string(json!({ "maxLength": 128, "pattern": DOMAIN_PATTERN }))
}

/// A membership level: 1 member, 8 admin, 15 owner; `null` is as if the
/// field were left out.
pub fn optional_level(_: &mut SchemaGenerator) -> Schema {
    let schema = json!({
        "type": "integer",
        "format": "uint8",
        "enum": [1, 8, 15, null],
        "nullable": true,
        "x-rust-type": {
            "crate": "std",
            "version": "*",
            "path": "std::primitive::u8",
        },
    });
    Schema::Object(
        serde_json::from_value::<SchemaObject>(schema).expect("a valid schema"),
    )
}

/// A proxy record's domain: a host name of at most 64 characters (any
/// case: it is lowercased).
pub fn proxy_domain(_: &mut SchemaGenerator) -> Schema {
    string(json!({ "maxLength": 64, "pattern": DOMAIN_PATTERN }))
}
