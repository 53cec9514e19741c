//! The SCIM request log of each domain: every authenticated request kept
//! with its bodies masked as PostHog masks them (personal values shortened
//! to their first and last character, the domain of an email kept; the
//! bearer token and passwords never kept), and its admin listing.
//!
//! ## Bounds
//! Only requests that carried the domain's token are kept: whoever knows a
//! domain's id (every member does) cannot fill or evict its log. Each body
//! is kept up to [`BODY_MAX`] bytes of its masked JSON (longer: the first
//! bytes as text, marked truncated), each header and the path up to
//! [`TEXT_MAX`]. 180 days (PostHog's) and at most the newest 1,000 entries
//! per domain, both applied as entries are written, so the log of a busy
//! domain never grows past that bound; the listing reads the log one entry
//! at a time and keeps only its page.

use super::types::ScimExchange;
use super::types::ScimTenant;
use crate::api;
use crate::app::App;
use crate::app::Caller;
use crate::app::Level;
use crate::app::OrganizationRef;
use crate::app::RecordId;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::store::records::ScimLogRecord;
use crate::store::ScimLogRetention;
use serde_json::Map;
use serde_json::Value;
use uuid::Uuid;

/// Entries kept per domain.
const MAX_ENTRIES: u64 = 1000;
/// Days an entry is kept.
const RETENTION_DAYS: i64 = 180;
/// Default and largest page of the listing.
const PAGE_SIZE: u64 = 20;
const PAGE_SIZE_MAX: u64 = 100;
/// Attributes whose values are personal data, masked in the log.
const PERSONAL: [&str; 7] = [
    "userName",
    "displayName",
    "givenName",
    "familyName",
    "value",
    "display",
    "formatted",
];
/// Attributes whose values are secrets, never kept.
const SECRET: [&str; 1] = ["password"];
/// Deepest nesting of a body that is masked (deeper is cut).
const MASK_DEPTH: usize = 20;
/// The most bytes of a body's masked JSON kept in an entry.
pub const BODY_MAX: usize = 16 * 1024;
/// The most bytes of the path and of each header kept in an entry.
pub const TEXT_MAX: usize = 2048;
/// What ends a value cut short.
const TRUNCATED: &str = "...[truncated]";

/// `text` cut to at most `max` bytes (at a character's end), marked.
fn truncate(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max.saturating_sub(TRUNCATED.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{TRUNCATED}", &text[..end])
}

/// A masked body as kept: itself, or when its JSON is longer than
/// [`BODY_MAX`], the start of that JSON as a string, marked truncated.
fn bounded_body(body: Value) -> Value {
    let text = body.to_string();
    if text.len() <= BODY_MAX {
        return body;
    }
    Value::String(truncate(&text, BODY_MAX))
}

/// `a***b` (1 or 2 characters: `*`s).
fn mask_text(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    match chars.as_slice() {
        [] => String::new(),
        [_] | [_, _] => "*".repeat(chars.len()),
        [first, .., last] => format!("{first}***{last}"),
    }
}

fn looks_like_email(value: &str) -> bool {
    value.rsplit_once('@').is_some_and(|(_, host)| host.contains('.'))
}

/// An email keeps its domain: `a***b@example.com`.
fn mask_value(value: &str) -> String {
    match value.rsplit_once('@') {
        Some((local, host)) if looks_like_email(value) => {
            format!("{}@{host}", mask_text(local))
        }
        _ => mask_text(value),
    }
}

/// The quoted values of a filter, masked.
fn mask_filter(text: &str) -> String {
    text.split('"')
        .enumerate()
        .map(
            |(at, part)| {
                if at % 2 == 1 {
                    mask_value(part)
                } else {
                    part.to_string()
                }
            },
        )
        .collect::<Vec<_>>()
        .join("\"")
}

/// What an attribute's value is to the log.
#[derive(Clone, Copy, PartialEq)]
enum Sensitivity {
    /// Never kept: `***`.
    Secret,
    /// Shortened: `a***b`.
    Personal,
    /// Kept (its members masked by their own names).
    Other,
}

/// The sensitivity of an attribute, named as a server would read it: SCIM
/// names are case-insensitive, and may come with their schema's URN or
/// their parent (`urn:...:User:userName`, `name.familyName`,
/// `emails[type eq "work"].value`), as a member's name or a PATCH's `path`.
fn sensitivity(name: &str) -> Sensitivity {
    let mut plain = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let last = plain.rsplit(['.', ':']).next().unwrap_or_default().trim();
    let named =
        |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(last));
    if named(&SECRET) {
        Sensitivity::Secret
    } else if named(&PERSONAL) {
        Sensitivity::Personal
    } else {
        Sensitivity::Other
    }
}

/// `value` masked as an attribute of `sensitivity`.
fn mask_as(sensitivity: Sensitivity, value: &Value, depth: usize) -> Value {
    if depth > MASK_DEPTH {
        return Value::String("[DEPTH_LIMIT_EXCEEDED]".into());
    }
    match (sensitivity, value) {
        (Sensitivity::Secret, _) => Value::String("***".into()),
        (Sensitivity::Personal, Value::String(text)) => {
            Value::String(mask_value(text))
        }
        (Sensitivity::Personal, Value::Array(items)) => Value::Array(
            items
                .iter()
                .map(|item| mask_as(Sensitivity::Personal, item, depth + 1))
                .collect(),
        ),
        (_, Value::Object(_) | Value::Array(_)) => mask_body(value, depth + 1),
        (_, value) => value.clone(),
    }
}

fn mask_body(value: &Value, depth: usize) -> Value {
    if depth > MASK_DEPTH {
        return Value::String("[DEPTH_LIMIT_EXCEEDED]".into());
    }
    match value {
        Value::Object(object) => {
            // A PATCH operation's value is the attribute its path names.
            let path = object
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case("path"))
                .and_then(|(_, path)| path.as_str())
                .map(sensitivity)
                .filter(|s| *s != Sensitivity::Other);
            Value::Object(
                object
                    .iter()
                    .map(|(key, value)| {
                        let named = match path {
                            Some(path) if key.eq_ignore_ascii_case("value") => {
                                path
                            }
                            _ => sensitivity(key),
                        };
                        (key.clone(), mask_as(named, value, depth))
                    })
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items.iter().map(|item| mask_body(item, depth + 1)).collect(),
        ),
        value => value.clone(),
    }
}

/// The path with the query's filter values masked.
fn mask_path(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| {
            let value = if name.eq_ignore_ascii_case("filter") {
                mask_filter(&value)
            } else {
                value.into_owned()
            };
            (name.into_owned(), value)
        })
        .collect();
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("{path}?{query}")
}

/// A logged path with its query decoded, for searching.
fn decoded_path(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let pairs: Vec<String> = form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    format!("{path}?{}", pairs.join("&"))
}

fn identity_provider(user_agent: &str) -> &'static str {
    let user_agent = user_agent.to_lowercase();
    if user_agent.contains("okta") {
        "okta"
    } else if user_agent.contains("entra") || user_agent.contains("microsoft") {
        "entra_id"
    } else if user_agent.contains("google") {
        "google"
    } else if user_agent.contains("onelogin") {
        "onelogin"
    } else {
        "other"
    }
}

fn view(record: ScimLogRecord) -> api::ScimRequestLog {
    api::ScimRequestLog {
        id: record.id,
        request_method: record.request_method,
        request_path: record.request_path,
        request_headers: record.request_headers,
        request_body: record.request_body,
        response_status: record.response_status,
        response_body: record.response_body,
        identity_provider: record.identity_provider,
        duration_ms: record.duration_ms,
        created_at: record.created_at,
    }
}

impl App {
    /// Keeps a SCIM request in its domain's log. A failure to keep it is
    /// logged, never the request's failure.
    pub async fn scim_log(
        &self,
        tenant: &ScimTenant,
        exchange: ScimExchange<'_>,
    ) {
        let domain = &tenant.domain;
        let mut headers = Map::new();
        let mut user_agent = String::new();
        for (name, value) in exchange.headers {
            let lower = name.to_ascii_lowercase();
            match lower.as_str() {
                "cookie" | "set-cookie" => continue,
                "authorization" => {
                    headers.insert(name, Value::String("***".into()));
                }
                _ => {
                    let value = truncate(&value, TEXT_MAX);
                    if lower == "user-agent" {
                        user_agent = value.clone();
                    }
                    headers.insert(name, Value::String(value));
                }
            }
        }
        let request_body =
            serde_json::from_slice::<Value>(exchange.request_body)
                .ok()
                .map(|body| bounded_body(mask_body(&body, 0)));
        let now = self.now();
        let record = ScimLogRecord {
            id: Uuid::now_v7(),
            organization_id: domain.organization_id,
            domain_id: domain.id,
            request_method: exchange.method.to_string(),
            request_path: truncate(
                &mask_path(exchange.path_and_query),
                TEXT_MAX,
            ),
            request_headers: headers,
            request_body,
            response_status: exchange.response_status,
            response_body: exchange
                .response_body
                .map(|body| bounded_body(mask_body(body, 0))),
            identity_provider: identity_provider(&user_agent).to_string(),
            duration_ms: u64::try_from(exchange.duration.as_millis())
                .unwrap_or(u64::MAX),
            created_at: now,
        };
        let retention = ScimLogRetention {
            max_entries: MAX_ENTRIES,
            oldest: now - chrono::Duration::days(RETENTION_DAYS),
        };
        if let Err(error) = self
            .store
            .scim_log_insert(&self.system("scim"), &record, retention)
            .await
        {
            slog::warn!(self.log, "a SCIM request could not be logged";
                "domain_id" => %domain.id, "error" => %error);
        }
    }

    /// A page of a domain's SCIM request log (admins), with the page
    /// number and size served.
    pub async fn domain_scim_logs(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
        params: &api::ScimLogParams,
    ) -> Result<(Page<api::ScimRequestLog>, u64, u64), Error> {
        let (_, domain) = self
            .domain_access(caller, organization_id, domain_id, Level::Admin)
            .await?;
        if params.page_size == Some(0) {
            return Err(Error::invalid(
                "page_size",
                Code::MinValue,
                "Ensure this value is greater than or equal to 1.",
            ));
        }
        let page_size =
            params.page_size.unwrap_or(PAGE_SIZE).min(PAGE_SIZE_MAX);
        let page = params.page.unwrap_or(1);
        let search = params
            .search
            .as_deref()
            .map(str::to_lowercase)
            .filter(|s| !s.is_empty());
        let masked = search.as_deref().map(mask_value);
        let matches = |log: &ScimLogRecord| {
            let status = u64::from(log.response_status);
            params.status_min.is_none_or(|min| status >= min)
                && params.status_max.is_none_or(|max| status <= max)
                && params.after.is_none_or(|after| log.created_at >= after)
                && params.before.is_none_or(|before| log.created_at <= before)
                && search.as_deref().is_none_or(|search| {
                    let body = log
                        .request_body
                        .as_ref()
                        .map(Value::to_string)
                        .unwrap_or_default()
                        .to_lowercase();
                    let path = decoded_path(&log.request_path).to_lowercase();
                    path.contains(search)
                        || body.contains(search)
                        || masked.as_deref().is_some_and(|masked| {
                            body.contains(masked) || path.contains(masked)
                        })
                })
        };
        if page == 0 {
            return Err(Error::not_found("Invalid page."));
        }
        let offset = (page - 1).saturating_mul(page_size);
        let found = self
            .store
            .scim_log_page(domain.id, &matches, offset, page_size)
            .await?;
        let pages = found.count.div_ceil(page_size).max(1);
        if page > pages {
            return Err(Error::not_found("Invalid page."));
        }
        let count = found.count;
        let items = found.items.into_iter().map(view).collect();
        Ok((Page { count, items }, page, page_size))
    }
}

#[cfg(test)]
mod test {
    use super::mask_body;
    use super::mask_path;
    use serde_json::json;

    #[test]
    fn test_long_bodies_and_texts_are_cut() {
        let body = json!({"schemas": ["x"], "title": "é".repeat(20_000)});
        let kept = super::bounded_body(body);
        let text = kept.as_str().expect("cut to text");
        assert!(text.len() <= super::BODY_MAX, "{}", text.len());
        assert!(text.ends_with(super::TRUNCATED));
        let small = json!({"active": true});
        assert_eq!(super::bounded_body(small.clone()), small);
        assert_eq!(super::truncate("short", 10), "short");
        assert!(super::truncate(&"a".repeat(50), 20).len() <= 20);
    }

    #[test]
    fn test_masking() {
        let body = json!({
            "userName": "jane.doe@example.com",
            "name": {"givenName": "Jane", "familyName": "Do"},
            "emails": [{"value": "jane.doe@example.com", "type": "work"}],
            "password": "hunter2",
            "active": true,
        });
        let masked = mask_body(&body, 0);
        assert_eq!(masked["userName"], json!("j***e@example.com"));
        assert_eq!(masked["name"]["givenName"], json!("J***e"));
        assert_eq!(masked["name"]["familyName"], json!("**"));
        assert_eq!(masked["emails"][0]["value"], json!("j***e@example.com"));
        assert_eq!(masked["emails"][0]["type"], json!("work"));
        assert_eq!(masked["password"], json!("***"));
        assert_eq!(masked["active"], json!(true));
        // Names in any case, with their schema or parent, path-less dotted
        // keys, and PATCH paths: masked by what the server would read.
        let body = json!({
            "USERNAME": "jane.doe@example.com",
            "Name": {"FamilyName": "Doeling"},
            "Emails": [{"Value": "jane@example.com"}],
            "urn:ietf:params:scim:schemas:core:2.0:User:userName": "janet@x.io",
            "Operations": [
                {"op": "replace", "value": {"name.familyName": "Doeling"}},
                {"op": "replace", "path": "password", "value": "hunter22"},
                {"op": "replace", "path": "name.givenName", "value": "Janet"},
                {"op": "add", "path": "emails[type eq \"work\"].value", "value": "j@x.io"},
                {"op": "replace", "value": {"PassWord": ["hunter23", "x"]}},
                {"op": "replace", "path": "active", "value": false},
            ],
        });
        let masked = mask_body(&body, 0).to_string();
        for secret in [
            "jane.doe@",
            "Doeling",
            "jane@",
            "janet@",
            "hunter2",
            "Janet",
            "j@x",
        ] {
            assert!(!masked.contains(secret), "{secret} in {masked}");
        }
        assert!(masked.contains(r#""value":false"#), "{masked}");
        let path = mask_path("/scim/v2/d/Users?filter=userName+eq+%22jane%40example.com%22&count=1");
        assert!(!path.contains("jane%40"), "{path}");
        assert!(path.contains("j***e%40example.com"), "{path}");
    }
}
