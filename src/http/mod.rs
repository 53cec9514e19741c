//! The HTTP layer: the API trait's implementation, and the routes served
//! beside it (SCIM, the operator's).
//!
//! Each operation unpacks its extractors, parses its path once into typed
//! ids (`paths`), authenticates the caller in one step ([`authenticate`]:
//! the scope that `api::OPERATION_SCOPES` names for the operation, and the
//! rate limits, see `rate_limit`), calls one `App` method and wraps the
//! view, in a [`Reply`] so that a 429 carries its `Retry-After`. Rules
//! live in `app`, never here; the one translation made here is of wire
//! shapes: a PUT whose body is the whole resource is passed on as the
//! PATCH it equals.
//!
//! ## Layout
//! - this module: the server's shared state, the API description, and
//!   what every operation shares (authentication, PostHog's page envelope
//!   and its links, the base URL);
//! - `operations`: the API trait's one implementation, each method a call
//!   into the module of the operation's tag (`organizations`, `users`,
//!   `personal_api_keys`, `members`, `invites`, `roles`,
//!   `cimd_verification_tokens`, `domains`, `role_external_references`,
//!   `proxy_records`; `probes` for the health and readiness probes). Dropshot
//!   takes an API trait's implementation as a single `impl` block, so that
//!   block stays in one place and holds no logic;
//! - `paths`: each API path parsed once into the typed ids of `app::ids`;
//! - `scim`: the SCIM 2.0 service provider's routes, beside the API;
//! - `operator`: the document, its reference and the metrics;
//! - `client_address`: who sent a request, behind trusted proxies.

mod activity_logs;
mod cimd_verification_tokens;
pub mod client_address;
mod domains;
mod idempotency;
mod invites;
mod members;
mod operations;
pub mod operator;
mod organizations;
mod paths;
mod personal_api_keys;
mod probes;
mod projects;
mod proxy_records;
mod role_external_references;
mod roles;
pub mod scim;
mod users;
mod webhooks;

use crate::api;
use crate::api::ApiError;
use crate::api::QueryParams;
use crate::app::App;
use crate::app::Caller;
use crate::app::Credentials;
use crate::app::OrganizationRef;
use crate::app::Origin;
use crate::app::PageRequest;
use crate::app::ProjectRef;
use crate::error::Error;
use crate::metrics::Metrics;
use crate::page::After;
use crate::page::JoinedPlace;
use crate::page::Page;
use crate::rate_limit::RateLimiter;
use crate::rate_limit::Throttled;
use client_address::TrustedProxies;
use dropshot::HttpResponseOk;
use dropshot::RequestContext;
use std::sync::Arc;

/// State shared by all requests.
#[derive(Clone)]
pub struct ServerContext {
    pub app: App,
    /// Base of the absolute URLs in responses; the request's host when
    /// unset.
    pub external_url: Option<String>,
    pub metrics: Arc<Metrics>,
    pub rate_limits: Arc<RateLimiter>,
    /// Whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<TrustedProxies>,
}

impl ServerContext {
    /// The address of the client of `rqctx`'s request.
    pub fn client_address(
        &self,
        request: &dropshot::RequestInfo,
    ) -> std::net::IpAddr {
        self.trusted_proxies
            .client_address(request.remote_addr().ip(), request.headers())
    }

    /// Counts a request refused by a rate limit; answers the seconds it
    /// is told to wait.
    pub fn refused(&self, refused: Throttled) -> u64 {
        self.metrics.throttled(refused.limit);
        refused.wait_seconds()
    }

    /// A request refused by a rate limit: counted, and answered 429.
    pub fn throttled(&self, refused: Throttled) -> Error {
        Error::Throttled { wait_seconds: self.refused(refused) }
    }
}

/// The implementation of [`OrgbaseApi`].
pub enum OrgbaseApiImpl {}

/// The API description that the server serves.
pub fn api() -> dropshot::ApiDescription<ServerContext> {
    api::orgbase_api_mod::api_description::<OrgbaseApiImpl>()
        .expect("the API description is valid")
}

type Rq = RequestContext<ServerContext>;

/// For an operation declared on a variable path in place of PostHog's
/// literal one (`api::LITERAL_PATH_SEGMENTS`): unless the variable holds
/// the literal, the request is for the variable path (`invites/{id}/`),
/// which does not serve this method, so 405 as Django REST framework
/// answers it.
fn require_literal_segment(rqctx: &Rq, value: &str) -> Result<(), ApiError> {
    let operation_id = rqctx.endpoint.operation_id.as_str();
    let expected = api::LITERAL_PATH_SEGMENTS
        .iter()
        .find(|(id, _, _)| *id == operation_id)
        .map(|(_, _, literal)| *literal);
    match expected {
        Some(literal) if literal != value => Err(ApiError::new(
            405,
            api::ErrorType::InvalidRequest,
            "method_not_allowed",
            format!("Method \"{}\" not allowed.", rqctx.request.method()),
            None,
        )),
        _ => Ok(()),
    }
}

/// What a request's path names, as far as authentication reads it.
#[derive(Clone, Copy)]
enum Subject {
    /// Nothing that authentication reads.
    Other,
    /// An organization: the store may read it with the caller.
    Organization(OrganizationRef),
    /// The calling key, which describes itself whatever its scopes.
    CallingKey,
    /// A project, by its id, of the organization named if any.
    Project(Option<OrganizationRef>, ProjectRef),
}

impl From<OrganizationRef> for Subject {
    fn from(organization: OrganizationRef) -> Subject {
        Subject::Organization(organization)
    }
}

/// The one authentication of every operation: the app, and the caller
/// behind the request's key if the key holds the scope the operation
/// requires (`api::OPERATION_SCOPES`; any scope for
/// [`Subject::CallingKey`]). The key comes in the `Authorization` header,
/// else in `body_key` (PostHog's `personal_api_key` body field), else in
/// the query string. The request counts against the rate limits: its
/// client address's when it carries credentials, then the key's, or the
/// address's failed authentications.
async fn authenticate<'a>(
    rqctx: &'a Rq,
    subject: impl Into<Subject>,
    body_key: Option<&str>,
) -> Result<(&'a App, Arc<Caller>), ApiError> {
    let (scope, organization, project) = match subject.into() {
        Subject::CallingKey => (None, None, None),
        Subject::Other => (operation_scope(rqctx), None, None),
        Subject::Organization(organization) => {
            (operation_scope(rqctx), Some(organization), None)
        }
        Subject::Project(organization, project) => {
            (operation_scope(rqctx), organization, Some(project))
        }
    };
    let header = rqctx.request.headers().get(http::header::AUTHORIZATION);
    let query = rqctx.request.uri().query().unwrap_or("");
    let query_key = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "personal_api_key")
        .map(|(_, value)| value);
    let context = rqctx.context();
    let address = context.client_address(&rqctx.request);
    let credentials = Credentials {
        authorization: header.map(|header| header.as_bytes()),
        body_key,
        query_key: query_key.as_deref(),
        origin: origin(rqctx.request.headers(), address),
    };
    let limits = &context.rate_limits;
    if credentials.any() {
        limits
            .address_refused(address)
            .map_err(|refused| context.throttled(refused))?;
    }
    let authenticated = context
        .app
        .authenticate(&credentials, scope, organization, project)
        .await;
    match authenticated {
        Ok(caller) => {
            limits
                .api_key(caller.key.id)
                .map_err(|refused| context.throttled(refused))?;
            Ok((&context.app, caller))
        }
        Err(error @ Error::AuthenticationFailed { .. }) => {
            limits
                .authentication_failed(address)
                .map_err(|refused| context.throttled(refused))?;
            Err(error.into())
        }
        Err(error) => Err(error.into()),
    }
}

/// Where a request came from, as the activity log records it: the client
/// as it names itself (PostHog's `X-PostHog-Client`, else its
/// `User-Agent`), printable and at most [`CLIENT_NAME_MAX`] characters,
/// and its address.
pub fn origin(headers: &http::HeaderMap, address: std::net::IpAddr) -> Origin {
    let named = |name: &str| {
        let value = headers.get(name)?.to_str().ok()?;
        let printable = value.chars().filter(|c| !c.is_control());
        let client: String = printable.take(CLIENT_NAME_MAX).collect();
        (!client.trim().is_empty()).then(|| client.trim().to_string())
    };
    Origin {
        client: named("x-posthog-client").or_else(|| named("user-agent")),
        ip_address: Some(address.to_canonical().to_string()),
    }
}

/// The longest client name the activity log keeps.
const CLIENT_NAME_MAX: usize = 200;

/// The scope the request's operation requires.
fn operation_scope(rqctx: &Rq) -> Option<api::Scope> {
    api::required_scope(&rqctx.endpoint.operation_id)
}

/// A list operation: authenticates, reads the query (after, so that a
/// caller without credentials learns nothing from a bad query), has `list`
/// read the page it asks for, and wraps that in PostHog's envelope with
/// its links.
async fn list<Q, T>(
    rqctx: &Rq,
    subject: impl Into<Subject>,
    query: QueryParams<Q>,
    list: impl AsyncFnOnce(&App, &Caller, Q, PageRequest) -> Result<Page<T>, Error>,
) -> Result<HttpResponseOk<api::Paginated<T>>, ApiError>
where
    Q: api::Paged,
    T: schemars::JsonSchema + serde::Serialize + Send + Sync + 'static,
{
    let (app, caller, params, request) =
        list_request(rqctx, subject, query).await?;
    let page = list(app, &caller, params, request).await?;
    let next = next_offset(request, &page);
    Ok(HttpResponseOk(paginated(rqctx, request, page, next)))
}

/// An item of a list that continues by keyset: its place in the list's
/// order, which the `next` link after it carries as `after`.
trait Continued {
    fn place(&self) -> After;
}

impl Continued for api::Organization {
    fn place(&self) -> After {
        After::Id(self.id)
    }
}

impl Continued for api::OrganizationInvite {
    fn place(&self) -> After {
        After::Id(self.id)
    }
}

/// A role's place is found from its id (the list is in name order).
impl Continued for api::Role {
    fn place(&self) -> After {
        After::Id(self.id)
    }
}

/// A domain's place is found from its id (the list is in name order).
impl Continued for api::OrganizationDomain {
    fn place(&self) -> After {
        After::Id(self.id)
    }
}

impl Continued for api::RoleMembership {
    fn place(&self) -> After {
        After::Joined(JoinedPlace::of(self.joined_at, self.id))
    }
}

impl Continued for api::OrganizationMember {
    fn place(&self) -> After {
        After::Joined(JoinedPlace::of(self.joined_at, self.user.uuid))
    }
}

/// As [`list`], for a list that can grow large: its `next` link carries
/// the place of the page's last item, where the next page starts. The
/// list is asked for one item more than the page, which says whether a
/// next page exists (an offset and the count cannot say it once items
/// before the place have gone).
async fn list_continued<Q, T>(
    rqctx: &Rq,
    subject: impl Into<Subject>,
    query: QueryParams<Q>,
    list: impl AsyncFnOnce(&App, &Caller, Q, PageRequest) -> Result<Page<T>, Error>,
) -> Result<HttpResponseOk<api::Paginated<T>>, ApiError>
where
    Q: api::Paged,
    T: Continued
        + schemars::JsonSchema
        + serde::Serialize
        + Send
        + Sync
        + 'static,
{
    let (app, caller, params, request) =
        list_request(rqctx, subject, query).await?;
    let ahead = PageRequest { limit: request.limit + 1, ..request };
    let mut page = list(app, &caller, params, ahead).await?;
    let more = page.items.len() as u64 > request.limit;
    page.items.truncate(usize::try_from(request.limit).unwrap_or(usize::MAX));
    let end = request.offset.saturating_add(request.limit);
    let next = (page.items.last().map(T::place))
        .filter(|_| more)
        .map(|place| (end, Some(place)));
    Ok(HttpResponseOk(paginated(rqctx, request, page, next)))
}

/// A list's caller, query and page.
async fn list_request<Q: api::Paged>(
    rqctx: &Rq,
    subject: impl Into<Subject>,
    query: QueryParams<Q>,
) -> Result<(&App, Arc<Caller>, Q, PageRequest), ApiError> {
    let (app, caller) = authenticate(rqctx, subject, None).await?;
    let params = query.into_inner()?;
    let request = PageRequest::from_params(&params.page(), params.after())?;
    Ok((app, caller, params, request))
}

/// Where a list paged by offset alone goes next, if it goes on.
fn next_offset<T>(
    request: PageRequest,
    page: &Page<T>,
) -> Option<(u64, Option<After>)> {
    let end = request.offset.saturating_add(request.limit);
    (end < page.count).then_some((end, None))
}

/// Where this server is reached: `--external-url`, else the scheme and
/// host of the request.
pub(crate) fn base_url(rqctx: &Rq) -> String {
    if let Some(url) = &rqctx.context().external_url {
        return url.trim_end_matches('/').to_string();
    }
    let scheme = if rqctx.server.using_tls() { "https" } else { "http" };
    let host = rqctx
        .request
        .uri()
        .authority()
        .map(|authority| authority.to_string())
        .or_else(|| {
            rqctx
                .request
                .headers()
                .get(http::header::HOST)
                .and_then(|host| host.to_str().ok())
                .map(str::to_string)
        })
        .unwrap_or_else(|| rqctx.server.local_addr.to_string());
    format!("{scheme}://{host}")
}

/// Wraps a page in PostHog's envelope with absolute `next`/`previous`.
/// `next` is the offset of the next page, with the place it starts after
/// on lists that continue by keyset (none: the last page).
fn paginated<T>(
    rqctx: &Rq,
    request: PageRequest,
    page: Page<T>,
    next: Option<(u64, Option<After>)>,
) -> api::Paginated<T> {
    // As Django REST framework: no `offset` on a link to the first page.
    let link = |offset: u64, after: Option<After>| {
        let mut set = vec![("limit", request.limit.to_string())];
        if offset > 0 {
            set.push(("offset", offset.to_string()));
        }
        set.extend(after.map(|after| ("after", after.to_param())));
        page_link(rqctx, &["limit", "offset", "after"], &set)
    };
    api::Paginated {
        count: page.count,
        next: next.map(|(offset, after)| link(offset, after)),
        previous: (request.offset > 0)
            .then(|| link(request.offset.saturating_sub(request.limit), None)),
        results: page.items,
    }
}

/// A page of a list paginated by page number (`page`, `page_size`), with
/// links as Django REST framework's `PageNumberPagination` writes them.
fn page_numbered<T>(
    rqctx: &Rq,
    number: u64,
    size: u64,
    page: Page<T>,
) -> api::Paginated<T> {
    let link = |number: u64| {
        let set: &[(&str, u64)] =
            if number > 1 { &[("page", number)] } else { &[] };
        page_link(rqctx, &["page"], set)
    };
    api::Paginated {
        count: page.count,
        next: (number.saturating_mul(size) < page.count)
            .then(|| link(number + 1)),
        previous: (number > 1).then(|| link(number - 1)),
        results: page.items,
    }
}

/// The absolute URL of the request with the query parameters named in
/// `paging` replaced by `set`, sorted by name as Django REST framework
/// writes its links (no `?` when nothing is left).
fn page_link<V: std::fmt::Display>(
    rqctx: &Rq,
    paging: &[&str],
    set: &[(&str, V)],
) -> String {
    let uri = rqctx.request.uri();
    let mut pairs: Vec<(String, String)> =
        form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .filter(|(name, _)| !paging.contains(&name.as_ref()))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
    pairs.extend(
        set.iter().map(|(name, value)| (name.to_string(), value.to_string())),
    );
    pairs.sort();
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    let separator = if query.is_empty() { "" } else { "?" };
    format!("{}{}{separator}{query}", base_url(rqctx), uri.path())
}
