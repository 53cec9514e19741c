//! The HTTP entrypoints: the implementation of the API trait.
//!
//! Each handler unpacks its extractors, authenticates the caller against
//! the scope that `api::OPERATION_SCOPES` names for the operation (and
//! counts the request against the rate limits, see `rate_limit`), calls one
//! `App` method and wraps the view, in a [`Reply`] so that a 429 carries
//! its `Retry-After`. Rules live in `app`, never here; the
//! one translation made here is of wire shapes: a PUT whose body is the
//! whole resource is passed on as the PATCH it equals.

use crate::api;
use crate::api::reply::reply;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::OrgbaseApi;
use crate::api::QueryParams;
use crate::api::Reply;
use crate::app::App;
use crate::app::Caller;
use crate::app::Credentials;
use crate::app::PageRequest;
use crate::app::CURRENT_KEY;
use crate::client_address::TrustedProxies;
use crate::error::Error;
use crate::metrics::Metrics;
use crate::page::Page;
use crate::rate_limit::RateLimiter;
use crate::rate_limit::Throttled;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;
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

/// The app, and the caller of an operation without a body, authenticated
/// with the scope the operation requires.
async fn app_and_caller(rqctx: &Rq) -> Result<(&App, Arc<Caller>), ApiError> {
    let scope = api::required_scope(&rqctx.endpoint.operation_id);
    Ok((&rqctx.context().app, authenticate(rqctx, None, scope).await?))
}

/// The app, and the authenticated caller of an operation with a body,
/// which may carry the key (PostHog's `personal_api_key` body field).
async fn app_and_caller_with_body<'a, T>(
    rqctx: &'a Rq,
    body: &JsonBody<T>,
) -> Result<(&'a App, Arc<Caller>), ApiError> {
    let scope = api::required_scope(&rqctx.endpoint.operation_id);
    let caller = authenticate(rqctx, body.personal_api_key(), scope).await?;
    Ok((&rqctx.context().app, caller))
}

/// The caller behind the request's key, if the key holds `scope` (any
/// valid key when None).
async fn authenticate(
    rqctx: &Rq,
    body_key: Option<&str>,
    scope: Option<api::Scope>,
) -> Result<Arc<Caller>, ApiError> {
    let header = rqctx.request.headers().get(http::header::AUTHORIZATION);
    let query = rqctx.request.uri().query().unwrap_or("");
    let query_key = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "personal_api_key")
        .map(|(_, value)| value);
    let credentials = Credentials {
        authorization: header.map(|header| header.as_bytes()),
        body_key,
        query_key: query_key.as_deref(),
    };
    let context = rqctx.context();
    let address = context.client_address(&rqctx.request);
    let limits = &context.rate_limits;
    if credentials.any() {
        limits
            .address_refused(address)
            .map_err(|refused| context.throttled(refused))?;
    }
    let authenticated = context
        .app
        .authenticate(&credentials, scope, path_organization_id(rqctx))
        .await;
    match authenticated {
        Ok(caller) => {
            limits
                .api_key(caller.key.id)
                .map_err(|refused| context.throttled(refused))?;
            Ok(caller)
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

/// The organization the request's path names, if its route has one
/// (`/api/organizations/{organization_id}/...`), as sent: the store may
/// read it with the caller. Not percent-decoded: an id never needs to be,
/// and a name this misses is read after authenticating, as it would be
/// anyway.
fn path_organization_id(rqctx: &Rq) -> Option<&str> {
    if !rqctx.endpoint.variables.contains_key("organization_id") {
        return None;
    }
    let rest =
        rqctx.request.uri().path().strip_prefix("/api/organizations/")?;
    rest.split('/').next()
}

/// A list operation: authenticates, reads the query (after, so that a
/// caller without credentials learns nothing from a bad query), has `list`
/// read the page it asks for, and wraps that in PostHog's envelope with
/// its links.
async fn list<Q, T>(
    rqctx: &Rq,
    query: QueryParams<Q>,
    list: impl AsyncFnOnce(&App, &Caller, Q, PageRequest) -> Result<Page<T>, Error>,
) -> Result<HttpResponseOk<api::Paginated<T>>, ApiError>
where
    Q: api::Paged,
    T: schemars::JsonSchema + serde::Serialize + Send + Sync + 'static,
{
    let (app, caller) = app_and_caller(rqctx).await?;
    let params = query.into_inner()?;
    let request = PageRequest::from_params(&params.page())?;
    let page = list(app, &caller, params, request).await?;
    Ok(HttpResponseOk(paginated(rqctx, request, page)))
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
fn paginated<T>(
    rqctx: &Rq,
    request: PageRequest,
    page: Page<T>,
) -> api::Paginated<T> {
    let uri = rqctx.request.uri();
    let base = base_url(rqctx);
    let others: Vec<(String, String)> =
        form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .filter(|(name, _)| name != "limit" && name != "offset")
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
    // As Django REST framework: parameters sorted by name, and no `offset`
    // on a link to the first page.
    let link = |offset: u64| {
        let mut pairs = others.clone();
        pairs.push(("limit".to_string(), request.limit.to_string()));
        if offset > 0 {
            pairs.push(("offset".to_string(), offset.to_string()));
        }
        pairs.sort();
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        format!("{base}{}?{query}", uri.path())
    };
    let end = request.offset.saturating_add(request.limit);
    api::Paginated {
        count: page.count,
        next: (end < page.count).then(|| link(end)),
        previous: (request.offset > 0)
            .then(|| link(request.offset.saturating_sub(request.limit))),
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
    let uri = rqctx.request.uri();
    let base = base_url(rqctx);
    let others: Vec<(String, String)> =
        form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .filter(|(name, _)| name != "page")
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
    let link = |number: u64| {
        let mut pairs = others.clone();
        if number > 1 {
            pairs.push(("page".to_string(), number.to_string()));
        }
        pairs.sort();
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let separator = if query.is_empty() { "" } else { "?" };
        format!("{base}{}{separator}{query}", uri.path())
    };
    api::Paginated {
        count: page.count,
        next: (number.saturating_mul(size) < page.count)
            .then(|| link(number + 1)),
        previous: (number > 1).then(|| link(number - 1)),
        results: page.items,
    }
}

/// PUT and PATCH of a user are the same change (every field optional).
async fn user_change(
    rqctx: Rq,
    path: Path<api::UserPath>,
    body: JsonBody<api::UserPatch>,
) -> Result<HttpResponseOk<api::User>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let uuid = path.into_inner().uuid;
    Ok(HttpResponseOk(
        app.user_patch(&caller, &uuid, body.into_inner()?).await?,
    ))
}

/// PUT and PATCH of a member are the same change: only `level`.
async fn member_level_set(
    rqctx: Rq,
    path: Path<api::MemberPath>,
    body: JsonBody<api::OrganizationMemberUpdate>,
) -> Result<HttpResponseOk<api::OrganizationMember>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let member = app
        .member_update(
            &caller,
            &path.organization_id,
            &path.user_uuid,
            body.into_inner()?,
        )
        .await?;
    Ok(HttpResponseOk(member))
}

/// PUT and PATCH of a domain are the same change (every field optional;
/// the domain itself never changes).
async fn domain_change(
    rqctx: Rq,
    path: Path<api::DomainPath>,
    body: JsonBody<api::OrganizationDomainPatch>,
) -> Result<HttpResponseOk<api::OrganizationDomain>, ApiError> {
    let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
    let path = path.into_inner();
    let domain = app
        .domain_patch(
            &caller,
            &path.organization_id,
            &path.domain_id,
            body.into_inner()?,
            &base_url(&rqctx),
        )
        .await?;
    Ok(HttpResponseOk(domain))
}

impl OrgbaseApi for OrgbaseApiImpl {
    type Context = ServerContext;

    async fn health(
        _rqctx: Rq,
    ) -> Result<Reply<HttpResponseOk<api::Health>>, ApiError> {
        reply(async move {
            Ok(HttpResponseOk(api::Health { status: "ok".to_string() }))
        })
        .await
    }

    async fn ready(
        rqctx: Rq,
    ) -> Result<Reply<HttpResponseOk<api::Health>>, ApiError> {
        reply(async move {
            rqctx.context().app.ready().await?;
            Ok(HttpResponseOk(api::Health { status: "ok".to_string() }))
        })
        .await
    }

    async fn organization_list(
        rqctx: Rq,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::Organization>>>,
        ApiError,
    > {
        reply(async move {
            list(&rqctx, query, async |app, caller, _, page| {
                app.organization_list(caller, page).await
            })
            .await
        })
        .await
    }

    async fn organization_create(
        rqctx: Rq,
        body: JsonBody<api::OrganizationCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::Organization>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            Ok(HttpResponseCreated(
                app.organization_create(&caller, body.into_inner()?).await?,
            ))
        })
        .await
    }

    async fn organization_view(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let id = path.into_inner().organization_id;
            Ok(HttpResponseOk(app.organization_view(&caller, &id).await?))
        })
        .await
    }

    async fn organization_update(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationCreate>,
    ) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            Ok(HttpResponseOk(
                app.organization_update(&caller, &id, body.into_inner()?)
                    .await?,
            ))
        })
        .await
    }

    async fn organization_patch(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationPatch>,
    ) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            Ok(HttpResponseOk(
                app.organization_patch(&caller, &id, body.into_inner()?)
                    .await?,
            ))
        })
        .await
    }

    async fn organization_delete(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let id = path.into_inner().organization_id;
            app.organization_delete(&caller, &id).await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn user_list(
        rqctx: Rq,
        query: QueryParams<api::UserListParams>,
    ) -> Result<Reply<HttpResponseOk<api::Paginated<api::User>>>, ApiError>
    {
        reply(async move {
            list(&rqctx, query, async |app, caller, params, page| {
                app.user_list(caller, &params, page).await
            })
            .await
        })
        .await
    }

    async fn user_view(
        rqctx: Rq,
        path: Path<api::UserPath>,
    ) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let uuid = path.into_inner().uuid;
            Ok(HttpResponseOk(app.user_view(&caller, &uuid).await?))
        })
        .await
    }

    async fn user_update(
        rqctx: Rq,
        path: Path<api::UserPath>,
        body: JsonBody<api::UserPatch>,
    ) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
        reply(async move { user_change(rqctx, path, body).await }).await
    }

    async fn user_patch(
        rqctx: Rq,
        path: Path<api::UserPath>,
        body: JsonBody<api::UserPatch>,
    ) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
        reply(async move { user_change(rqctx, path, body).await }).await
    }

    async fn user_create(
        rqctx: Rq,
        body: JsonBody<api::UserCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::UserCreated>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            Ok(HttpResponseCreated(
                app.user_create(&caller, body.into_inner()?).await?,
            ))
        })
        .await
    }

    async fn personal_api_key_list(
        rqctx: Rq,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::PersonalApiKey>>>,
        ApiError,
    > {
        reply(async move {
            list(&rqctx, query, async |app, caller, _, page| {
                app.personal_api_key_list(caller, page).await
            })
            .await
        })
        .await
    }

    async fn personal_api_key_create(
        rqctx: Rq,
        body: JsonBody<api::PersonalApiKeyCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::PersonalApiKey>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            Ok(HttpResponseCreated(
                app.personal_api_key_create(&caller, body.into_inner()?)
                    .await?,
            ))
        })
        .await
    }

    async fn personal_api_key_view(
        rqctx: Rq,
        path: Path<api::PersonalApiKeyPath>,
    ) -> Result<Reply<HttpResponseOk<api::PersonalApiKey>>, ApiError> {
        reply(async move {
            let id = path.into_inner().id;
            // The calling key describes itself without any scope.
            let (app, caller) = if id == CURRENT_KEY {
                (&rqctx.context().app, authenticate(&rqctx, None, None).await?)
            } else {
                app_and_caller(&rqctx).await?
            };
            Ok(HttpResponseOk(app.personal_api_key_view(&caller, &id).await?))
        })
        .await
    }

    async fn personal_api_key_delete(
        rqctx: Rq,
        path: Path<api::PersonalApiKeyPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let id = path.into_inner().id;
            app.personal_api_key_delete(&caller, &id).await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn member_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::MemberListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::OrganizationMember>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, params, page| {
                app.member_list(caller, &path.organization_id, &params, page)
                    .await
            })
            .await
        })
        .await
    }

    async fn member_update(
        rqctx: Rq,
        path: Path<api::MemberPath>,
        body: JsonBody<api::OrganizationMemberUpdate>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationMember>>, ApiError> {
        reply(async move { member_level_set(rqctx, path, body).await }).await
    }

    async fn member_patch(
        rqctx: Rq,
        path: Path<api::MemberPath>,
        body: JsonBody<api::OrganizationMemberUpdate>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationMember>>, ApiError> {
        reply(async move { member_level_set(rqctx, path, body).await }).await
    }

    async fn member_delete(
        rqctx: Rq,
        path: Path<api::MemberPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.member_delete(&caller, &path.organization_id, &path.user_uuid)
                .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn member_scoped_api_keys(
        rqctx: Rq,
        path: Path<api::MemberPath>,
    ) -> Result<Reply<HttpResponseOk<api::ScopedApiKeys>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let keys = app
                .member_scoped_api_keys(
                    &caller,
                    &path.organization_id,
                    &path.user_uuid,
                )
                .await?;
            Ok(HttpResponseOk(keys))
        })
        .await
    }

    async fn member_github_login(
        rqctx: Rq,
        path: Path<api::MemberPath>,
    ) -> Result<Reply<HttpResponseOk<api::GithubLogin>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            Ok(HttpResponseOk(
                app.member_github_login(
                    &caller,
                    &path.organization_id,
                    &path.user_uuid,
                )
                .await?,
            ))
        })
        .await
    }

    async fn invite_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::OrganizationInvite>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, _, page| {
                app.invite_list(caller, &path.organization_id, page).await
            })
            .await
        })
        .await
    }

    async fn invite_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationInviteCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::OrganizationInvite>>, ApiError>
    {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            Ok(HttpResponseCreated(
                app.invite_create(&caller, &id, body.into_inner()?).await?,
            ))
        })
        .await
    }

    async fn invite_delete(
        rqctx: Rq,
        path: Path<api::InvitePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.invite_delete(&caller, &path.organization_id, &path.invite_id)
                .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn invite_bulk_create(
        rqctx: Rq,
        path: Path<api::InvitePath>,
        body: JsonBody<Vec<api::OrganizationInviteCreate>>,
    ) -> Result<
        Reply<HttpResponseCreated<Vec<api::OrganizationInvite>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            require_literal_segment(&rqctx, &path.invite_id)?;
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.organization_id;
            Ok(HttpResponseCreated(
                app.invite_bulk_create(&caller, &id, body.into_inner()?)
                    .await?,
            ))
        })
        .await
    }

    async fn signup_view(
        rqctx: Rq,
        path: Path<api::SignupPath>,
    ) -> Result<Reply<HttpResponseOk<api::InviteSignupCheck>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let id = path.into_inner().invite_id;
            Ok(HttpResponseOk(app.signup_view(&caller, &id).await?))
        })
        .await
    }

    async fn signup_accept(
        rqctx: Rq,
        path: Path<api::SignupPath>,
    ) -> Result<Reply<HttpResponseCreated<api::User>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let id = path.into_inner().invite_id;
            Ok(HttpResponseCreated(app.signup_accept(&caller, &id).await?))
        })
        .await
    }

    async fn role_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<Reply<HttpResponseOk<api::Paginated<api::Role>>>, ApiError>
    {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, _, page| {
                app.role_list(caller, &path.organization_id, page).await
            })
            .await
        })
        .await
    }

    async fn role_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::RoleCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::Role>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            Ok(HttpResponseCreated(
                app.role_create(&caller, &id, body.into_inner()?).await?,
            ))
        })
        .await
    }

    async fn role_view(
        rqctx: Rq,
        path: Path<api::RolePath>,
    ) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            Ok(HttpResponseOk(
                app.role_view(&caller, &path.organization_id, &path.role_id)
                    .await?,
            ))
        })
        .await
    }

    async fn role_update(
        rqctx: Rq,
        path: Path<api::RolePath>,
        body: JsonBody<api::RoleCreate>,
    ) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let path = path.into_inner();
            let patch = api::RolePatch { name: Some(body.into_inner()?.name) };
            let role = app
                .role_patch(
                    &caller,
                    &path.organization_id,
                    &path.role_id,
                    patch,
                )
                .await?;
            Ok(HttpResponseOk(role))
        })
        .await
    }

    async fn role_patch(
        rqctx: Rq,
        path: Path<api::RolePath>,
        body: JsonBody<api::RolePatch>,
    ) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let path = path.into_inner();
            let role = app
                .role_patch(
                    &caller,
                    &path.organization_id,
                    &path.role_id,
                    body.into_inner()?,
                )
                .await?;
            Ok(HttpResponseOk(role))
        })
        .await
    }

    async fn role_delete(
        rqctx: Rq,
        path: Path<api::RolePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.role_delete(&caller, &path.organization_id, &path.role_id)
                .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn role_membership_list(
        rqctx: Rq,
        path: Path<api::RolePath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::RoleMembership>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, _, page| {
                app.role_membership_list(
                    caller,
                    &path.organization_id,
                    &path.role_id,
                    page,
                )
                .await
            })
            .await
        })
        .await
    }

    async fn role_membership_create(
        rqctx: Rq,
        path: Path<api::RolePath>,
        body: JsonBody<api::RoleMembershipCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::RoleMembership>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let path = path.into_inner();
            let member = app
                .role_membership_create(
                    &caller,
                    &path.organization_id,
                    &path.role_id,
                    body.into_inner()?,
                )
                .await?;
            Ok(HttpResponseCreated(member))
        })
        .await
    }

    async fn role_membership_view(
        rqctx: Rq,
        path: Path<api::RoleMembershipPath>,
    ) -> Result<Reply<HttpResponseOk<api::RoleMembership>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let member = app
                .role_membership_view(
                    &caller,
                    &path.organization_id,
                    &path.role_id,
                    &path.role_membership_id,
                )
                .await?;
            Ok(HttpResponseOk(member))
        })
        .await
    }

    async fn role_membership_delete(
        rqctx: Rq,
        path: Path<api::RoleMembershipPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.role_membership_delete(
                &caller,
                &path.organization_id,
                &path.role_id,
                &path.role_membership_id,
            )
            .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn cimd_verification_token_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::CimdVerificationToken>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, _, page| {
                app.cimd_verification_token_list(
                    caller,
                    &path.organization_id,
                    page,
                )
                .await
            })
            .await
        })
        .await
    }

    async fn cimd_verification_token_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::CimdVerificationTokenCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::CimdVerificationToken>>, ApiError>
    {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            let token = app
                .cimd_verification_token_create(
                    &caller,
                    &id,
                    body.into_inner()?,
                )
                .await?;
            Ok(HttpResponseCreated(token))
        })
        .await
    }

    async fn cimd_verification_token_view(
        rqctx: Rq,
        path: Path<api::CimdVerificationTokenPath>,
    ) -> Result<Reply<HttpResponseOk<api::CimdVerificationToken>>, ApiError>
    {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let token = app
                .cimd_verification_token_view(
                    &caller,
                    &path.organization_id,
                    &path.token_id,
                )
                .await?;
            Ok(HttpResponseOk(token))
        })
        .await
    }

    async fn cimd_verification_token_delete(
        rqctx: Rq,
        path: Path<api::CimdVerificationTokenPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.cimd_verification_token_delete(
                &caller,
                &path.organization_id,
                &path.token_id,
            )
            .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn cimd_verification_token_match(
        rqctx: Rq,
        body: JsonBody<api::CimdMatchRequest>,
    ) -> Result<Reply<HttpResponseOk<api::CimdMatch>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let found = app
                .cimd_verification_token_match(&caller, body.into_inner()?)
                .await?;
            Ok(HttpResponseOk(found))
        })
        .await
    }

    async fn domain_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::OrganizationDomain>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, _, page| {
                let base_url = base_url(&rqctx);
                app.domain_list(caller, &path.organization_id, page, &base_url)
                    .await
            })
            .await
        })
        .await
    }

    async fn domain_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationDomainCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::OrganizationDomain>>, ApiError>
    {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            let domain = app
                .domain_create(
                    &caller,
                    &id,
                    body.into_inner()?,
                    &base_url(&rqctx),
                )
                .await?;
            Ok(HttpResponseCreated(domain))
        })
        .await
    }

    async fn domain_view(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let domain = app
                .domain_view(
                    &caller,
                    &path.organization_id,
                    &path.domain_id,
                    &base_url(&rqctx),
                )
                .await?;
            Ok(HttpResponseOk(domain))
        })
        .await
    }

    async fn domain_update(
        rqctx: Rq,
        path: Path<api::DomainPath>,
        body: JsonBody<api::OrganizationDomainPatch>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        reply(async move { domain_change(rqctx, path, body).await }).await
    }

    async fn domain_patch(
        rqctx: Rq,
        path: Path<api::DomainPath>,
        body: JsonBody<api::OrganizationDomainPatch>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        reply(async move { domain_change(rqctx, path, body).await }).await
    }

    async fn domain_delete(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.domain_delete(&caller, &path.organization_id, &path.domain_id)
                .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn domain_verify(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let domain = app
                .domain_verify(
                    &caller,
                    &path.organization_id,
                    &path.domain_id,
                    &base_url(&rqctx),
                )
                .await?;
            Ok(HttpResponseOk(domain))
        })
        .await
    }

    async fn domain_scim_token(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let domain = app
                .domain_scim_token(
                    &caller,
                    &path.organization_id,
                    &path.domain_id,
                    &base_url(&rqctx),
                )
                .await?;
            Ok(HttpResponseOk(domain))
        })
        .await
    }

    async fn role_external_reference_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::RoleExternalReference>>>,
        ApiError,
    > {
        reply(async move {
            let path = path.into_inner();
            list(&rqctx, query, async |app, caller, _, page| {
                app.role_external_reference_list(
                    caller,
                    &path.organization_id,
                    page,
                )
                .await
            })
            .await
        })
        .await
    }

    async fn role_external_reference_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::RoleExternalReferenceCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::RoleExternalReference>>, ApiError>
    {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            let reference = app
                .role_external_reference_create(
                    &caller,
                    &id,
                    body.into_inner()?,
                )
                .await?;
            Ok(HttpResponseCreated(reference))
        })
        .await
    }

    async fn role_external_reference_delete(
        rqctx: Rq,
        path: Path<api::RoleExternalReferencePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.role_external_reference_delete(
                &caller,
                &path.organization_id,
                &path.reference_id,
            )
            .await?;
            Ok(HttpResponseDeleted())
        })
        .await
    }

    async fn role_external_reference_lookup(
        rqctx: Rq,
        path: Path<api::RoleExternalReferencePath>,
        query: QueryParams<api::RoleExternalReferenceLookupParams>,
    ) -> Result<Reply<HttpResponseOk<api::RoleLookupResponse>>, ApiError> {
        reply(async move {
            let path = path.into_inner();
            require_literal_segment(&rqctx, &path.reference_id)?;
            let (app, caller) = app_and_caller(&rqctx).await?;
            let found = app
                .role_external_reference_lookup(
                    &caller,
                    &path.organization_id,
                    query.into_inner()?,
                )
                .await?;
            Ok(HttpResponseOk(found))
        })
        .await
    }

    async fn proxy_record_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecordList>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let id = path.into_inner().organization_id;
            Ok(HttpResponseOk(app.proxy_record_list(&caller, &id).await?))
        })
        .await
    }

    async fn proxy_record_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::ProxyRecordCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::ProxyRecord>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller_with_body(&rqctx, &body).await?;
            let id = path.into_inner().organization_id;
            let record = app
                .proxy_record_create(&caller, &id, body.into_inner()?)
                .await?;
            Ok(HttpResponseCreated(record))
        })
        .await
    }

    async fn proxy_record_view(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecord>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let record = app
                .proxy_record_view(
                    &caller,
                    &path.organization_id,
                    &path.proxy_record_id,
                )
                .await?;
            Ok(HttpResponseOk(record))
        })
        .await
    }

    async fn proxy_record_delete(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecordDeleted>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            app.proxy_record_delete(
                &caller,
                &path.organization_id,
                &path.proxy_record_id,
            )
            .await?;
            Ok(HttpResponseOk(api::ProxyRecordDeleted { success: true }))
        })
        .await
    }

    async fn proxy_record_retry(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecord>>, ApiError> {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let record = app
                .proxy_record_retry(
                    &caller,
                    &path.organization_id,
                    &path.proxy_record_id,
                )
                .await?;
            Ok(HttpResponseOk(record))
        })
        .await
    }

    async fn proxy_record_diagnose(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecordDiagnosis>>, ApiError>
    {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let path = path.into_inner();
            let diagnosis = app
                .proxy_record_diagnose(
                    &caller,
                    &path.organization_id,
                    &path.proxy_record_id,
                )
                .await?;
            Ok(HttpResponseOk(diagnosis))
        })
        .await
    }

    async fn domain_scim_logs(
        rqctx: Rq,
        path: Path<api::DomainPath>,
        query: QueryParams<api::ScimLogParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::ScimRequestLog>>>,
        ApiError,
    > {
        reply(async move {
            let (app, caller) = app_and_caller(&rqctx).await?;
            let params = query.into_inner()?;
            let path = path.into_inner();
            let (page, number, size) = app
                .domain_scim_logs(
                    &caller,
                    &path.organization_id,
                    &path.domain_id,
                    &params,
                )
                .await?;
            Ok(HttpResponseOk(page_numbered(&rqctx, number, size, page)))
        })
        .await
    }
}
