//! The organization's activity log, as PostHog's `advanced_activity_logs`
//! serves it: who changed what, filtered, paged by cursor or by number,
//! as PostHog's entries or as OCSF events; beyond PostHog, streamed
//! exports and retention.
//!
//! The entries are written by the store, in each change's transaction
//! (`store::activity`); this module reads them.
//!
//! ## Bounded reads
//! A page is a keyset scan of the organization's log from its cursor, a
//! batch at a time, that stops once the page is full: its cost does not
//! grow with the log. A filter that matches little reads further, up to
//! [`READ_AT_MOST`] entries per request; a page cut there is shorter than
//! asked, with a `next` link that continues the scan. Numbered pages and
//! their `count` reach the [`READ_AT_MOST`] entries a scan reaches first.

use super::members::user_basic_of;
use super::organizations::Access;
use super::App;
use super::Level;
use super::OrganizationRef;
use crate::api;
use crate::api::ActivityLogExportFormat;
use crate::api::ActivityLogOrdering;
use crate::error::Code;
use crate::error::Error;
use crate::store::activity::Actor;
use crate::store::records::ActivityRecord;
use base64::Engine;
use serde_json::Map;
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;
use uuid::Uuid;

/// The most entries one request reads (see the module's doc).
pub const READ_AT_MOST: usize = 100_000;

/// The entries `available_filters` reads, newest first.
const AVAILABLE_FILTERS_READ: usize = 10_000;

/// A page's size when the query gives none, and the largest it may give.
const PAGE_SIZE_DEFAULT: u64 = 100;
const PAGE_SIZE_MAX: u64 = 1000;

/// PostHog's refusal of anyone below admin.
const ADMINS_ONLY: &str = "Only organization admins and owners can view \
                           organization-wide activity logs.";

/// PostHog's refusal of a bad address filter.
const IP_INVALID: &str = "Invalid IP address format. Use a valid IPv4/IPv6 \
                          address or a wildcard like `203.0.113.*`.";

/// `detail_filters`' bounds, as PostHog's.
const DETAIL_FILTERS_MAX: usize = 100;
const DETAIL_PATH_MAX: usize = 500;
const DETAIL_ARRAYS_MAX: usize = 3;

/// How long entries are kept, and how often the log is pruned.
#[derive(Clone, Copy, Debug)]
pub struct ActivityLogSettings {
    pub retention: chrono::Duration,
    pub prune_tick: Duration,
}

impl Default for ActivityLogSettings {
    fn default() -> ActivityLogSettings {
        ActivityLogSettings {
            retention: chrono::Duration::days(365),
            prune_tick: Duration::from_secs(3600),
        }
    }
}

/// The entries an export sends in one chunk, and after how many the log
/// says how far it got.
const EXPORT_BATCH: usize = 500;
const EXPORT_PROGRESS_EVERY: u64 = 100_000;

/// The filters of a query or an export, read and checked.
#[derive(Debug, Default)]
pub struct Filters {
    start: Option<chrono::DateTime<chrono::Utc>>,
    end: Option<chrono::DateTime<chrono::Utc>>,
    users: Vec<Uuid>,
    scopes: Vec<String>,
    activities: Vec<String>,
    clients: Vec<String>,
    ip_addresses: Vec<String>,
    item_ids: Vec<String>,
    search_text: Option<String>,
    detail: Vec<DetailFilter>,
    is_system: Option<bool>,
    was_impersonated: Option<bool>,
}

#[derive(Debug)]
struct DetailFilter {
    path: Vec<String>,
    operation: DetailOperation,
    value: Value,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum DetailOperation {
    Exact,
    Contains,
    In,
}

impl Filters {
    /// The filters of a query: lists as the query gives them (see
    /// `api::ActivityLogParams`).
    pub fn of_query(params: &api::ActivityLogParams) -> Result<Filters, Error> {
        let list = |attr: &str, given: &Option<String>| {
            given.as_deref().map_or(Ok(Vec::new()), |text| listed(attr, text))
        };
        let users = list("users", &params.users)?;
        // An empty parameter is no filter, as in PostHog.
        let detail_text = (params.detail_filters.as_deref())
            .filter(|text| !text.trim().is_empty());
        let detail = match detail_text {
            None => Vec::new(),
            Some(text) => match serde_json::from_str(text) {
                Ok(Value::Object(map)) => detail_filters("", &map)?,
                _ => {
                    return Err(invalid(
                        "detail_filters",
                        "detail_filters must be an object.",
                    ))
                }
            },
        };
        Filters {
            start: params.start_date,
            end: params.end_date,
            users: uuids(&users)?,
            scopes: list("scopes", &params.scopes)?,
            activities: list("activities", &params.activities)?,
            clients: list("clients", &params.clients)?,
            ip_addresses: list("ip_addresses", &params.ip_addresses)?,
            item_ids: list("item_ids", &params.item_ids)?,
            search_text: params.search_text.clone(),
            detail,
            is_system: params.is_system,
            was_impersonated: params.was_impersonated,
        }
        .checked("")
    }

    /// The filters of an export's body.
    pub fn of_body(filters: api::ActivityLogFilters) -> Result<Filters, Error> {
        // Empty values filter nothing, as in a query.
        let values = |list: Option<Vec<String>>| -> Vec<String> {
            list.unwrap_or_default()
                .into_iter()
                .filter(|value| !value.trim().is_empty())
                .collect()
        };
        Filters {
            start: filters.start_date,
            end: filters.end_date,
            users: filters.users.unwrap_or_default(),
            scopes: values(filters.scopes),
            activities: values(filters.activities),
            clients: values(filters.clients),
            ip_addresses: values(filters.ip_addresses),
            item_ids: values(filters.item_ids),
            search_text: filters.search_text,
            detail: match &filters.detail_filters {
                Some(map) => detail_filters(BODY_FILTERS, map)?,
                None => Vec::new(),
            },
            is_system: filters.is_system,
            was_impersonated: filters.was_impersonated,
        }
        .checked(BODY_FILTERS)
    }

    /// The filters, checked against their bounds; errors name their
    /// parameter after `prefix` (an export's `filters__`).
    fn checked(mut self, prefix: &str) -> Result<Filters, Error> {
        let lists = [
            ("scopes", &self.scopes),
            ("activities", &self.activities),
            ("clients", &self.clients),
            ("ip_addresses", &self.ip_addresses),
            ("item_ids", &self.item_ids),
        ];
        for (attr, items) in lists {
            let attr = format!("{prefix}{attr}");
            check_list(
                &attr,
                items.len(),
                items.iter().map(|i| i.chars().count()),
            )?;
        }
        check_list(
            &format!("{prefix}users"),
            self.users.len(),
            std::iter::empty(),
        )?;
        if let Some(text) = &self.search_text {
            let length = text.chars().count();
            if length > FILTER_VALUE_LENGTH_MAX {
                return Err(Error::invalid(
                    &format!("{prefix}search_text"),
                    Code::MaxLength,
                    format!(
                        "Ensure this field has no more than \
                         {FILTER_VALUE_LENGTH_MAX} characters."
                    ),
                ));
            }
        }
        for (at, address) in self.ip_addresses.iter().enumerate() {
            check_address_filter(
                &format!("{prefix}ip_addresses__{at}"),
                address,
            )?;
        }
        self.search_text = (self.search_text.take())
            .map(|text| text.to_lowercase())
            .filter(|text| !text.is_empty());
        Ok(self)
    }

    /// Whether `entry` passes every filter.
    pub fn matches(&self, entry: &ActivityRecord) -> bool {
        let any = |listed: &[String], value: Option<&str>| {
            listed.is_empty()
                || value.is_some_and(|v| listed.iter().any(|l| l == v))
        };
        let within = self.start.is_none_or(|start| entry.created_at >= start)
            && self.end.is_none_or(|end| entry.created_at <= end);
        let by_user = self.users.is_empty()
            || entry.user.as_ref().is_some_and(|u| self.users.contains(&u.id));
        let flags = self.is_system.is_none_or(|s| entry.is_system == s)
            && (self.was_impersonated)
                .is_none_or(|w| entry.was_impersonated == w);
        let address = self.ip_addresses.is_empty()
            || entry.ip_address.as_deref().is_some_and(|ip| {
                self.ip_addresses
                    .iter()
                    .any(|pattern| address_matches(pattern, ip))
            });
        if !(within
            && by_user
            && flags
            && address
            && any(&self.scopes, Some(&entry.scope))
            && any(&self.activities, Some(&entry.activity))
            && any(&self.clients, entry.client.as_deref())
            && any(&self.item_ids, Some(&entry.item_id)))
        {
            return false;
        }
        if self.search_text.is_none() && self.detail.is_empty() {
            return true;
        }
        let detail = serde_json::to_value(&entry.detail).unwrap_or_default();
        if let Some(text) = &self.search_text {
            if !detail.to_string().to_lowercase().contains(text.as_str()) {
                return false;
            }
        }
        self.detail.iter().all(|filter| filter.matches(&detail))
    }
}

impl DetailFilter {
    fn matches(&self, detail: &Value) -> bool {
        let mut found = Vec::new();
        values_at(detail, &self.path, &mut found);
        let wanted: Vec<String> = match (&self.operation, &self.value) {
            (DetailOperation::In, Value::Array(items)) => {
                items.iter().map(plain).collect()
            }
            (_, value) => vec![plain(value)],
        };
        found.iter().any(|value| {
            let value = plain(value);
            match self.operation {
                DetailOperation::Contains => {
                    let value = value.to_lowercase();
                    wanted.iter().any(|w| value.contains(&w.to_lowercase()))
                }
                _ => wanted.contains(&value),
            }
        })
    }
}

/// The values at `path` in `value` (a segment ending in `[]` goes into
/// each item of a list).
fn values_at<'a>(
    value: &'a Value,
    path: &[String],
    found: &mut Vec<&'a Value>,
) {
    let Some((segment, rest)) = path.split_first() else {
        found.push(value);
        return;
    };
    let (name, each) = match segment.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (segment.as_str(), false),
    };
    let Some(field) = value.get(name) else { return };
    match (each, field) {
        (true, Value::Array(items)) => {
            for item in items {
                values_at(item, rest, found);
            }
        }
        (true, _) => {}
        (false, field) => values_at(field, rest, found),
    }
}

/// A value as text, so that a filter matches `1`, `"1"` and `true` alike
/// where they say the same (PostHog's type-insensitive matching).
fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A list filter as the query gives it: a JSON array, or values
/// separated by commas (repeated parameters arrive as a JSON array).
fn listed(attr: &str, text: &str) -> Result<Vec<String>, Error> {
    let text = text.trim();
    if text.starts_with('[') && text.ends_with(']') {
        let items: Vec<Value> = serde_json::from_str(text)
            .map_err(|_| invalid(attr, "Expected a list of items."))?;
        return Ok(items.iter().map(plain).filter(|i| !i.is_empty()).collect());
    }
    Ok(text
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect())
}

/// The most values a list filter takes, and the longest value of any
/// filter: an entry's values are far shorter (PostHog's `scope` and
/// `activity` are at most 79 characters, `item_id` 72).
const FILTER_VALUES_MAX: usize = 100;
const FILTER_VALUE_LENGTH_MAX: usize = 200;

/// Where an export's filters are in its body, for errors' `attr`.
const BODY_FILTERS: &str = "filters__";

/// Refuses a list filter of more than [`FILTER_VALUES_MAX`] values, or
/// with one longer than [`FILTER_VALUE_LENGTH_MAX`] characters (named
/// `<attr>__<its place>`).
fn check_list(
    attr: &str,
    count: usize,
    lengths: impl Iterator<Item = usize>,
) -> Result<(), Error> {
    if count > FILTER_VALUES_MAX {
        return Err(Error::invalid(
            attr,
            Code::MaxLength,
            format!("Ensure this field has no more than {FILTER_VALUES_MAX} elements."),
        ));
    }
    let mut lengths = lengths.enumerate();
    if let Some((at, _)) =
        lengths.find(|(_, length)| *length > FILTER_VALUE_LENGTH_MAX)
    {
        return Err(Error::invalid(
            &format!("{attr}__{at}"),
            Code::MaxLength,
            format!(
                "Ensure each value has no more than {FILTER_VALUE_LENGTH_MAX} characters."
            ),
        ));
    }
    Ok(())
}

fn uuids(texts: &[String]) -> Result<Vec<Uuid>, Error> {
    texts
        .iter()
        .map(|text| {
            Uuid::parse_str(text)
                .map_err(|_| invalid("users", "Must be a valid UUID."))
        })
        .collect()
}

fn invalid(attr: &str, detail: &str) -> Error {
    Error::invalid(attr, Code::Invalid, detail)
}

/// PostHog's check of an address filter: an IPv4 or IPv6 address, or a
/// pattern of their characters and `*`.
fn check_address_filter(attr: &str, value: &str) -> Result<(), Error> {
    let refused = || invalid(attr, IP_INVALID);
    let value = value.trim();
    let allowed =
        |c: char| c.is_ascii_hexdigit() || matches!(c, ':' | '.' | '*');
    if value.is_empty() || !value.chars().all(allowed) {
        return Err(refused());
    }
    if value.contains('*') {
        return Ok(());
    }
    let parts: Vec<&str> = value.split('.').collect();
    let looks_v4 = parts.len() == 4
        && parts.iter().all(|p| {
            (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
        });
    if looks_v4 {
        return match parts
            .iter()
            .all(|p| p.parse::<u16>().is_ok_and(|n| n <= 255))
        {
            true => Ok(()),
            false => Err(refused()),
        };
    }
    match value.contains(':') {
        true => Ok(()),
        false => Err(refused()),
    }
}

/// Whether `address` is `pattern`, where `*` stands for any characters
/// (without regard to case).
fn address_matches(pattern: &str, address: &str) -> bool {
    let (pattern, address) = (pattern.to_lowercase(), address.to_lowercase());
    let pieces: Vec<&str> = pattern.split('*').collect();
    if pieces.len() == 1 {
        return pattern == address;
    }
    let mut rest = address.as_str();
    for (at, piece) in pieces.iter().enumerate() {
        if at == 0 {
            let Some(after) = rest.strip_prefix(piece) else { return false };
            rest = after;
        } else if at == pieces.len() - 1 {
            return rest.ends_with(piece);
        } else {
            let Some(found) = rest.find(piece) else { return false };
            rest = &rest[found + piece.len()..];
        }
    }
    true
}

/// PostHog's `detail_filters`, checked as PostHog checks them.
fn detail_filters(
    prefix: &str,
    map: &Map<String, Value>,
) -> Result<Vec<DetailFilter>, Error> {
    let attr = format!("{prefix}detail_filters");
    let refused = |detail: String| invalid(&attr, &detail);
    if map.len() > DETAIL_FILTERS_MAX {
        return Err(refused(format!(
            "detail_filters accepts at most {DETAIL_FILTERS_MAX} entries."
        )));
    }
    let mut filters = Vec::new();
    for (path, config) in map {
        if path.is_empty() {
            return Err(refused(
                "Detail filter field paths must be non-empty strings.".into(),
            ));
        }
        if path.chars().count() > DETAIL_PATH_MAX {
            return Err(refused(format!(
                "Detail filter field paths must be at most \
                 {DETAIL_PATH_MAX} characters."
            )));
        }
        let Value::Object(config) = config else {
            return Err(refused(format!(
                "Detail filter '{path}' must be an object."
            )));
        };
        let operation = match config.get("operation").and_then(Value::as_str) {
            None | Some("exact") => DetailOperation::Exact,
            Some("contains") => DetailOperation::Contains,
            Some("in") => DetailOperation::In,
            Some(other) => {
                return Err(refused(format!(
                    "Unsupported detail filter operation '{other}'. Allowed \
                     operations: contains, exact, in."
                )))
            }
        };
        if path.contains("__") {
            return Err(refused(format!(
                "Detail filter field path '{path}' contains '__'."
            )));
        }
        if path.matches("[]").count() > DETAIL_ARRAYS_MAX {
            return Err(refused(format!(
                "Detail filter field path '{path}' nests too many arrays."
            )));
        }
        let segments: Vec<String> =
            path.split('.').map(str::to_string).collect();
        if segments.iter().any(|s| s.replace("[]", "").is_empty()) {
            return Err(refused(format!(
                "Detail filter field path '{path}' has an empty segment."
            )));
        }
        match config.get("value") {
            None | Some(Value::Null) => {}
            Some(value) => filters.push(DetailFilter {
                path: segments,
                operation,
                value: value.clone(),
            }),
        }
    }
    Ok(filters)
}

/// Where a cursor page follows on from: after `position`, forwards (the
/// query's order) or backwards (a `previous` link).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cursor {
    pub backwards: bool,
    pub position: Uuid,
}

impl Cursor {
    /// The cursor as a link carries it: opaque, as PostHog's are.
    pub fn encoded(&self) -> String {
        let text =
            format!("r={}&p={}", u8::from(self.backwards), self.position);
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
    }

    /// A cursor from a link, else Django REST framework's 404.
    pub fn decoded(text: &str) -> Result<Cursor, Error> {
        let refused = || Error::not_found("Invalid cursor");
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text.trim_end_matches('='))
            .map_err(|_| refused())?;
        let text = String::from_utf8(bytes).map_err(|_| refused())?;
        let mut backwards = None;
        let mut position = None;
        for (name, value) in form_urlencoded::parse(text.as_bytes()) {
            match &*name {
                "r" => backwards = Some(value == "1"),
                "p" => position = Uuid::parse_str(&value).ok(),
                _ => return Err(refused()),
            }
        }
        match (backwards, position) {
            (Some(backwards), Some(position)) => {
                Ok(Cursor { backwards, position })
            }
            _ => Err(refused()),
        }
    }
}

/// A page of the log, before the HTTP layer writes its links.
pub struct ActivityPage {
    pub results: Vec<api::ActivityLogResult>,
    pub links: PageLinks,
}

/// Where a page's links go.
pub enum PageLinks {
    /// A numbered page: its number, and whether it has neighbours.
    Numbered { count: u64, next: Option<u64>, previous: Option<u64> },
    /// A cursor page.
    Cursor { next: Option<Cursor>, previous: Option<Cursor> },
}

impl App {
    /// The caller's access to `organization`'s log: admins and owners only,
    /// as in PostHog.
    async fn activity_log_access(
        &self,
        caller: &super::Caller,
        organization: OrganizationRef,
    ) -> Result<Access, Error> {
        let access = self
            .organization_access(caller, organization, Level::Member)
            .await?;
        if access.membership.level < Level::Admin {
            return Err(Error::permission_denied(ADMINS_ONLY));
        }
        Ok(access)
    }

    /// A page of the organization's activity log.
    pub async fn activity_log_list(
        &self,
        caller: &super::Caller,
        organization: OrganizationRef,
        params: api::ActivityLogParams,
    ) -> Result<ActivityPage, Error> {
        let Access { organization, .. } =
            self.activity_log_access(caller, organization).await?;
        let filters = Filters::of_query(&params)?;
        let size = params.page_size.unwrap_or(PAGE_SIZE_DEFAULT);
        if !(1..=PAGE_SIZE_MAX).contains(&size) {
            return Err(Error::invalid(
                "page_size",
                Code::Invalid,
                format!("Ensure this value is between 1 and {PAGE_SIZE_MAX}."),
            ));
        }
        let size = usize::try_from(size).unwrap_or(1000);
        let newest_first = params.ordering != Some(ActivityLogOrdering::Oldest);
        let ocsf = params.schema.is_some();
        let values = params.include_values == Some(true);
        let view = |entries: Vec<ActivityRecord>| {
            entries
                .into_iter()
                .map(|entry| match ocsf {
                    true => api::ActivityLogResult::Ocsf(Box::new(
                        super::ocsf::event(&entry, values),
                    )),
                    false => api::ActivityLogResult::Entry(Box::new(
                        entry_view(entry),
                    )),
                })
                .collect()
        };
        let matches = |entry: &ActivityRecord| filters.matches(entry);
        let store = &self.store;
        if let Some(number) = params.page {
            if number == 0 {
                return Err(Error::invalid(
                    "page",
                    Code::MinValue,
                    "Ensure this value is greater than or equal to 1.",
                ));
            }
            let all = store
                .activity_scan(
                    organization.id,
                    None,
                    newest_first,
                    &matches,
                    READ_AT_MOST,
                    READ_AT_MOST,
                )
                .await?;
            let count = all.entries.len() as u64;
            let skip = number.saturating_sub(1).saturating_mul(size as u64);
            if number > 1 && skip >= count {
                return Err(Error::not_found("Invalid page."));
            }
            let skip = usize::try_from(skip).unwrap_or(usize::MAX);
            let entries: Vec<ActivityRecord> =
                all.entries.into_iter().skip(skip).take(size).collect();
            let end = (skip + entries.len()) as u64;
            return Ok(ActivityPage {
                results: view(entries),
                links: PageLinks::Numbered {
                    count,
                    next: (end < count).then_some(number + 1),
                    previous: (number > 1).then_some(number - 1),
                },
            });
        }
        let cursor = (params.cursor.as_deref().filter(|c| !c.is_empty()))
            .map(Cursor::decoded)
            .transpose()?;
        let backwards = cursor.is_some_and(|c| c.backwards);
        let scanned = store
            .activity_scan(
                organization.id,
                cursor.map(|c| c.position),
                newest_first != backwards,
                &matches,
                size + 1,
                READ_AT_MOST,
            )
            .await?;
        let more = scanned.entries.len() > size || !scanned.exhausted;
        let cut_short = scanned.entries.len() <= size && !scanned.exhausted;
        let mut entries = scanned.entries;
        entries.truncate(size);
        let continue_from = match cut_short {
            true => scanned.last_read,
            false => entries.last().map(|entry| entry.id),
        };
        // Further on in the scan's direction: after the last entry
        // returned, or, for a page that the read bound cut short, after the
        // last entry read.
        let further = match more {
            true => {
                continue_from.map(|position| Cursor { backwards, position })
            }
            false => None,
        };
        let (next, previous) = if backwards {
            entries.reverse();
            let next = (entries.last())
                .map(|entry| Cursor { backwards: false, position: entry.id });
            (next, further)
        } else {
            let previous = cursor.map(|cursor| {
                let position =
                    entries.first().map_or(cursor.position, |e| e.id);
                Cursor { backwards: true, position }
            });
            (further, previous)
        };
        Ok(ActivityPage {
            results: view(entries),
            links: PageLinks::Cursor { next, previous },
        })
    }

    /// What the organization's log holds to filter on, from its newest
    /// [`AVAILABLE_FILTERS_READ`] entries.
    pub async fn activity_log_available_filters(
        &self,
        caller: &super::Caller,
        organization: OrganizationRef,
    ) -> Result<api::ActivityLogAvailableFilters, Error> {
        let Access { organization, .. } =
            self.activity_log_access(caller, organization).await?;
        let scanned = self
            .store
            .activity_scan(
                organization.id,
                None,
                true,
                &|_| true,
                AVAILABLE_FILTERS_READ,
                AVAILABLE_FILTERS_READ,
            )
            .await?;
        let mut users = BTreeMap::new();
        let mut scopes = std::collections::BTreeSet::new();
        let mut activities = std::collections::BTreeSet::new();
        let mut clients = std::collections::BTreeSet::new();
        let mut fields: BTreeMap<
            String,
            BTreeMap<String, std::collections::BTreeSet<&str>>,
        > = BTreeMap::new();
        for entry in &scanned.entries {
            if let Some(user) = &entry.user {
                let name = format!("{} {}", user.first_name, user.last_name);
                let label = match name.trim() {
                    "" => user.email.clone(),
                    name => name.to_string(),
                };
                users.entry(user.id.to_string()).or_insert(label);
            }
            scopes.insert(entry.scope.clone());
            activities.insert(entry.activity.clone());
            clients.extend(entry.client.clone());
            let detail =
                serde_json::to_value(&entry.detail).unwrap_or_default();
            let scope = fields.entry(entry.scope.clone()).or_default();
            json_paths(&detail, "", scope);
        }
        let option =
            |value: String| api::ActivityLogFilterOption { value, label: None };
        let mut detail_fields = Map::new();
        for (scope, paths) in fields {
            let listed: Vec<Value> = paths
                .into_iter()
                .map(|(name, types)| {
                    serde_json::json!({ "name": name, "types": types })
                })
                .collect();
            detail_fields
                .insert(scope, serde_json::json!({ "fields": listed }));
        }
        Ok(api::ActivityLogAvailableFilters {
            static_filters: api::ActivityLogStaticFilters {
                users: users
                    .into_iter()
                    .map(|(value, label)| api::ActivityLogFilterOption {
                        value,
                        label: Some(label),
                    })
                    .collect(),
                scopes: scopes.into_iter().map(option).collect(),
                activities: activities.into_iter().map(option).collect(),
                clients: clients.into_iter().map(option).collect(),
            },
            detail_fields,
        })
    }

    /// Starts an export of the organization's log: every entry `filters`
    /// keeps, oldest first, written in `format` a batch at a time into the
    /// channel returned (closed at the end; an error ends it early, and
    /// is logged). Memory stays that of a batch, whatever the log holds.
    pub async fn activity_log_export(
        &self,
        caller: &super::Caller,
        organization: OrganizationRef,
        export: api::ActivityLogExport,
    ) -> Result<
        (ActivityLogExportFormat, tokio::sync::mpsc::Receiver<Vec<u8>>),
        Error,
    > {
        let Access { organization, .. } =
            self.activity_log_access(caller, organization).await?;
        let filters = Filters::of_body(export.filters.unwrap_or_default())?;
        let format = export.format.unwrap_or(ActivityLogExportFormat::Csv);
        let (sender, receiver) = tokio::sync::mpsc::channel(2);
        let (store, log) = (self.store.clone(), self.log.clone());
        let organization_id = organization.id;
        tokio::spawn(async move {
            let mut written = 0u64;
            let mut after = None;
            let mut first = true;
            loop {
                let scanned = store
                    .activity_scan(
                        organization_id,
                        after,
                        false,
                        &|entry| filters.matches(entry),
                        EXPORT_BATCH,
                        EXPORT_BATCH * 20,
                    )
                    .await;
                let scanned = match scanned {
                    Ok(scanned) => scanned,
                    Err(error) => {
                        slog::warn!(log, "activity log export failed";
                            "organization" => %organization_id,
                            "error" => %error);
                        return;
                    }
                };
                let mut chunk = Vec::new();
                if first && format == ActivityLogExportFormat::Csv {
                    chunk.extend_from_slice(CSV_HEADER.as_bytes());
                }
                first = false;
                for entry in &scanned.entries {
                    match format {
                        ActivityLogExportFormat::Csv => {
                            csv_line(entry, &mut chunk)
                        }
                        ActivityLogExportFormat::Ndjson => {
                            let view = entry_view(entry.clone());
                            if let Ok(line) = serde_json::to_vec(&view) {
                                chunk.extend_from_slice(&line);
                                chunk.push(b'\n');
                            }
                        }
                    }
                }
                let before = written;
                written += scanned.entries.len() as u64;
                if written / EXPORT_PROGRESS_EVERY
                    > before / EXPORT_PROGRESS_EVERY
                {
                    slog::info!(log, "activity log export under way";
                        "organization" => %organization_id,
                        "entries" => written);
                }
                if !chunk.is_empty() && sender.send(chunk).await.is_err() {
                    return;
                }
                if scanned.exhausted {
                    break;
                }
                after = scanned.last_read;
            }
            if written >= EXPORT_PROGRESS_EVERY {
                slog::info!(log, "activity log export done";
                    "organization" => %organization_id, "entries" => written);
            }
        });
        Ok((format, receiver))
    }

    /// Removes what the retention no longer keeps from every
    /// organization's log, oldest first, a batch at a time; how many.
    pub async fn activity_log_prune(
        &self,
        settings: &ActivityLogSettings,
    ) -> Result<u64, Error> {
        let before = self.now() - settings.retention;
        let actor: Actor = self.system("activity log retention");
        let mut removed = 0u64;
        for organization_id in self.store.organization_ids().await? {
            loop {
                let pruned = self
                    .store
                    .activity_prune(
                        &actor,
                        organization_id,
                        before,
                        EXPORT_BATCH,
                    )
                    .await?;
                removed += pruned as u64;
                if pruned < EXPORT_BATCH {
                    break;
                }
            }
        }
        Ok(removed)
    }
}

/// The columns of a CSV export: PostHog's flat export's.
const CSV_HEADER: &str = "id,organization_id,project_id,user_first_name,\
    user_last_name,user_email,activity,scope,item_id,detail,client,\
    ip_address,created_at\n";

/// An entry as a line of the CSV export.
fn csv_line(entry: &ActivityRecord, out: &mut Vec<u8>) {
    let user = entry.user.as_ref();
    let text = |value: Option<&String>| value.cloned().unwrap_or_default();
    let detail = serde_json::to_string(&entry.detail).unwrap_or_default();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let written = writer.write_record([
        entry.id.to_string(),
        entry.organization_id.to_string(),
        team_id(entry).map(|id| id.to_string()).unwrap_or_default(),
        text(user.map(|u| &u.first_name)),
        text(user.map(|u| &u.last_name)),
        text(user.map(|u| &u.email)),
        entry.activity.clone(),
        entry.scope.clone(),
        entry.item_id.clone(),
        detail,
        text(entry.client.as_ref()),
        text(entry.ip_address.as_ref()),
        entry.created_at.to_rfc3339(),
    ]);
    if written.is_ok() {
        if let Ok(line) = writer.into_inner() {
            out.extend_from_slice(&line);
        }
    }
}

/// The project an entry is about, for a project's entries.
fn team_id(entry: &ActivityRecord) -> Option<i64> {
    (entry.scope == "Project").then(|| entry.item_id.parse().ok()).flatten()
}

/// An entry as the list answers it.
pub fn entry_view(entry: ActivityRecord) -> api::ActivityLogEntry {
    let team_id = team_id(&entry);
    api::ActivityLogEntry {
        id: entry.id,
        user: entry.user.as_ref().map(user_basic_of),
        unread: false,
        organization_id: entry.organization_id,
        team_id,
        was_impersonated: entry.was_impersonated,
        is_system: entry.is_system,
        activity: entry.activity,
        item_id: entry.item_id,
        scope: entry.scope,
        detail: api::ActivityLogDetail {
            name: entry.detail.name,
            changes: entry
                .detail
                .changes
                .into_iter()
                .map(|change| api::ActivityLogChange {
                    kind: change.kind,
                    action: change.action,
                    field: change.field,
                    before: change.before,
                    after: change.after,
                })
                .collect(),
            context: entry.detail.context,
        },
        created_at: entry.created_at,
        client: entry.client,
        ip_address: entry.ip_address,
    }
}

/// The paths of `value`'s fields and their JSON types, as PostHog's field
/// discovery names them (`changes[].field`).
fn json_paths(
    value: &Value,
    prefix: &str,
    paths: &mut BTreeMap<String, std::collections::BTreeSet<&'static str>>,
) {
    let kind = |value: &Value| match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                let path = match prefix {
                    "" => name.clone(),
                    prefix => format!("{prefix}.{name}"),
                };
                paths.entry(path.clone()).or_default().insert(kind(field));
                json_paths(field, &path, paths);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let path = format!("{prefix}[]");
            for item in items.iter().take(10).filter(|item| !item.is_null()) {
                paths.entry(path.clone()).or_default().insert(kind(item));
                json_paths(item, &path, paths);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod test {
    use super::address_matches;
    use super::check_address_filter;
    use super::listed;
    use super::Cursor;

    #[test]
    fn test_cursors_round_trip_and_refuse_garbage() {
        let cursor = Cursor { backwards: true, position: uuid::Uuid::now_v7() };
        assert_eq!(Cursor::decoded(&cursor.encoded()).unwrap(), cursor);
        assert!(Cursor::decoded("bm9wZQ").is_err());
        assert!(Cursor::decoded("%%%").is_err());
    }

    #[test]
    fn test_lists_read_json_arrays_and_commas() {
        assert_eq!(listed("x", r#"["a","b"]"#).unwrap(), ["a", "b"]);
        assert_eq!(listed("x", "a, b,,").unwrap(), ["a", "b"]);
        assert!(listed("x", "[nope]").is_err());
    }

    #[test]
    fn test_address_filters_as_posthog() {
        let check = |value| check_address_filter("ip_addresses", value);
        assert!(check("203.0.113.*").is_ok());
        assert!(check("::1").is_ok());
        assert!(check("256.1.1.1").is_err());
        assert!(check("example.com").is_err());
        assert!(check("12").is_err());
        assert!(address_matches("203.0.113.*", "203.0.113.9"));
        assert!(!address_matches("203.0.113.*", "203.0.114.9"));
        assert!(address_matches("*::1", "::1"));
        assert!(address_matches("127.0.0.1", "127.0.0.1"));
    }
}
