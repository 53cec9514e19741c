//! The orgbase HTTP contract: one Dropshot API trait, its wire types, and
//! the scope each operation requires.
//!
//! ## Self-contained on purpose
//! build.rs compiles these same files (`#[path = "src/api/mod.rs"]`) to emit
//! the OpenAPI document and generate the client, so nothing here may name
//! the rest of the crate. The server implements the trait in
//! `http::operations`, so the document, the client and the server cannot
//! drift apart.
//!
//! ## Paths
//! Routes are declared without a trailing slash; Dropshot's router ignores
//! empty path segments, so `/x` and `/x/` both match. The document shows
//! PostHog's `/x/` form (build.rs adds the slash). `{organization_id}` may be
//! `@current`, so it is typed as a string.

pub mod activity;
pub mod constrained;
pub mod error;
pub mod extract;
pub mod form;
pub mod nullable;
pub mod projects;
pub mod reply;
pub mod types;
pub mod webhooks;

pub use activity::*;
pub use error::ApiError;
pub use error::ErrorType;
pub use extract::JsonBody;
pub use extract::ListQuery;
pub use extract::QueryParams;
pub use projects::*;
pub use reply::Reply;
pub use types::*;
pub use webhooks::*;

use dropshot::HttpResponseAccepted;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;
use dropshot::RequestContext;

/// Tag of the operations that orgbase adds to PostHog's API.
pub const EXTENSION_TAG: &str = "orgbase-extensions";

/// The scope each operation requires of a personal API key, by operation
/// id. `None`: the operation needs no credentials. build.rs writes these
/// into each operation's `security`; the server enforces the same table.
pub const OPERATION_SCOPES: &[(&str, Option<Scope>)] = &[
    ("health", None),
    ("ready", None),
    ("organization_list", Some(Scope::OrganizationRead)),
    ("organization_create", Some(Scope::OrganizationWrite)),
    ("organization_view", Some(Scope::OrganizationRead)),
    ("organization_update", Some(Scope::OrganizationWrite)),
    ("organization_patch", Some(Scope::OrganizationWrite)),
    ("organization_delete", Some(Scope::OrganizationWrite)),
    ("user_list", Some(Scope::UserRead)),
    ("user_view", Some(Scope::UserRead)),
    ("user_update", Some(Scope::UserWrite)),
    ("user_patch", Some(Scope::UserWrite)),
    ("user_create", Some(Scope::UserWrite)),
    ("personal_api_key_list", Some(Scope::PersonalApiKeyRead)),
    ("personal_api_key_create", Some(Scope::PersonalApiKeyWrite)),
    ("personal_api_key_view", Some(Scope::PersonalApiKeyRead)),
    ("personal_api_key_delete", Some(Scope::PersonalApiKeyWrite)),
    ("member_list", Some(Scope::OrganizationMemberRead)),
    ("member_update", Some(Scope::OrganizationMemberWrite)),
    ("member_patch", Some(Scope::OrganizationMemberWrite)),
    ("member_delete", Some(Scope::OrganizationMemberWrite)),
    ("member_scoped_api_keys", Some(Scope::OrganizationMemberRead)),
    ("member_github_login", Some(Scope::OrganizationMemberRead)),
    ("invite_list", Some(Scope::OrganizationMemberRead)),
    ("invite_create", Some(Scope::OrganizationMemberWrite)),
    ("invite_delete", Some(Scope::OrganizationMemberWrite)),
    ("invite_bulk_create", Some(Scope::OrganizationMemberWrite)),
    ("signup_view", Some(Scope::UserRead)),
    ("signup_accept", Some(Scope::UserWrite)),
    ("role_list", Some(Scope::OrganizationRead)),
    ("role_create", Some(Scope::OrganizationWrite)),
    ("role_view", Some(Scope::OrganizationRead)),
    ("role_update", Some(Scope::OrganizationWrite)),
    ("role_patch", Some(Scope::OrganizationWrite)),
    ("role_delete", Some(Scope::OrganizationWrite)),
    ("role_membership_list", Some(Scope::OrganizationRead)),
    ("role_membership_create", Some(Scope::OrganizationWrite)),
    ("role_membership_view", Some(Scope::OrganizationRead)),
    ("role_membership_delete", Some(Scope::OrganizationWrite)),
    ("cimd_verification_token_list", Some(Scope::OrganizationRead)),
    ("cimd_verification_token_create", Some(Scope::OrganizationWrite)),
    ("cimd_verification_token_view", Some(Scope::OrganizationRead)),
    ("cimd_verification_token_delete", Some(Scope::OrganizationWrite)),
    ("cimd_verification_token_match", Some(Scope::OrganizationWrite)),
    ("domain_list", Some(Scope::OrganizationRead)),
    ("domain_create", Some(Scope::OrganizationWrite)),
    ("domain_view", Some(Scope::OrganizationRead)),
    ("domain_update", Some(Scope::OrganizationWrite)),
    ("domain_patch", Some(Scope::OrganizationWrite)),
    ("domain_delete", Some(Scope::OrganizationWrite)),
    ("domain_verify", Some(Scope::OrganizationWrite)),
    ("domain_scim_token", Some(Scope::OrganizationWrite)),
    ("role_external_reference_list", Some(Scope::OrganizationRead)),
    ("role_external_reference_create", Some(Scope::OrganizationWrite)),
    ("role_external_reference_delete", Some(Scope::OrganizationWrite)),
    ("role_external_reference_lookup", Some(Scope::OrganizationRead)),
    ("proxy_record_list", Some(Scope::OrganizationRead)),
    ("proxy_record_create", Some(Scope::OrganizationWrite)),
    ("proxy_record_view", Some(Scope::OrganizationRead)),
    ("proxy_record_delete", Some(Scope::OrganizationWrite)),
    ("proxy_record_retry", Some(Scope::OrganizationWrite)),
    ("proxy_record_diagnose", Some(Scope::OrganizationRead)),
    ("domain_scim_logs", Some(Scope::OrganizationRead)),
    ("project_list", Some(Scope::ProjectRead)),
    ("project_create", Some(Scope::ProjectWrite)),
    ("project_view", Some(Scope::ProjectRead)),
    ("project_update", Some(Scope::ProjectWrite)),
    ("project_patch", Some(Scope::ProjectWrite)),
    ("project_delete", Some(Scope::ProjectWrite)),
    ("project_change_organization", Some(Scope::ProjectWrite)),
    ("project_reset_token", Some(Scope::ProjectWrite)),
    ("project_rotate_secret_token", Some(Scope::ProjectWrite)),
    ("project_delete_secret_token_backup", Some(Scope::ProjectWrite)),
    ("project_is_generating_demo_data", Some(Scope::ProjectRead)),
    ("project_view_root", Some(Scope::ProjectRead)),
    ("advanced_activity_log_list", Some(Scope::ActivityLogRead)),
    ("advanced_activity_log_available_filters", Some(Scope::ActivityLogRead)),
    ("advanced_activity_log_export", Some(Scope::ActivityLogRead)),
    ("webhook_list", Some(Scope::WebhookRead)),
    ("webhook_create", Some(Scope::WebhookWrite)),
    ("webhook_view", Some(Scope::WebhookRead)),
    ("webhook_patch", Some(Scope::WebhookWrite)),
    ("webhook_delete", Some(Scope::WebhookWrite)),
    ("webhook_rotate_secret", Some(Scope::WebhookWrite)),
    ("webhook_delivery_list", Some(Scope::WebhookRead)),
    ("webhook_delivery_retry", Some(Scope::WebhookWrite)),
    ("webhook_replay", Some(Scope::WebhookWrite)),
];

/// Path segments that PostHog spells as literals where Dropshot's router
/// needs a variable: as (operation id, path variable, literal). Dropshot
/// cannot route a literal segment beside a variable one (`invites/bulk/`
/// beside `invites/{invite_id}/`), so such an operation is declared on the
/// variable path, build.rs writes the literal into the document (so the
/// generated client calls PostHog's path), and the handler refuses any
/// other value with 405, as the variable path serves no such method.
pub const LITERAL_PATH_SEGMENTS: &[(&str, &str, &str)] = &[
    ("invite_bulk_create", "invite_id", "bulk"),
    ("role_external_reference_lookup", "reference_id", "lookup"),
];

/// The operations that are sent with POST but write nothing (a search,
/// an export): every other operation not sent with GET is a write, and
/// takes an `Idempotency-Key` header (see the document's parameter).
pub const NON_WRITE_POSTS: &[&str] =
    &["cimd_verification_token_match", "advanced_activity_log_export"];

/// The longest `Idempotency-Key` accepted.
pub const IDEMPOTENCY_KEY_LENGTH_MAX: usize = 255;

/// The `Idempotency-Key` header's description in the document.
pub const IDEMPOTENCY_KEY_DESCRIPTION: &str = "A key of the caller's \
    choosing (1 to 255 printable ASCII characters, unique per request, such as \
    a UUID) that makes the write safe to send again: the same request sent \
    again with the same key within 24 hours gets the first answer (marked \
    `Idempotent-Replayed: true`) and is not applied twice. The same key \
    with another request is refused with 422 (`idempotency_key_reused`); \
    while the first request with the key is still running, with 409 \
    (`idempotency_key_in_use`).";

/// The operations that answer a file rather than JSON, with what the file
/// is and its media types (build.rs writes them into the document, where
/// Dropshot would say "anything").
pub const FILE_RESPONSES: &[(&str, &str, &[&str])] = &[(
    "advanced_activity_log_export",
    "The entries, oldest first: CSV or newline-delimited JSON",
    &["text/csv", "application/x-ndjson"],
)];

/// Response fields that are left out while they have no value, as
/// (schema, field): every other response field is always written, and
/// build.rs marks it `required`. PostHog writes `null` for these, but its
/// published schema allows no `null` there (only a choice), so a client
/// generated from that schema accepts the field only when it is absent.
/// (`UserCreated` holds a `User`'s fields too.)
pub const OMITTED_WHEN_UNSET: &[(&str, &str)] = &[
    ("User", "role_at_organization"),
    ("UserCreated", "role_at_organization"),
    ("ActivityLogPage", "count"),
    ("OcsfEvent", "activity_name"),
    ("OcsfEvent", "entity"),
    ("OcsfEvent", "entity_result"),
    ("OcsfEvent", "user"),
    ("OcsfEvent", "src_endpoint"),
    ("OcsfEntity", "name"),
    ("OcsfEntity", "data"),
    ("OcsfUser", "name"),
    ("OcsfUser", "email_addr"),
    ("OcsfActor", "user"),
    ("OcsfActor", "app_name"),
    ("ActivityLogFilterOption", "label"),
];

/// The scope an operation requires; `None` for an operation that needs no
/// credentials or is not in the table.
pub fn required_scope(operation_id: &str) -> Option<Scope> {
    OPERATION_SCOPES
        .iter()
        .find(|(id, _)| *id == operation_id)
        .and_then(|(_, scope)| *scope)
}

/// The orgbase API.
#[dropshot::api_description {
    tag_config = {
        allow_other_tags = false,
        policy = dropshot::EndpointTagPolicy::ExactlyOne,
        tags = {
            "organizations" = { description = "Organizations" },
            "users" = { description = "Users" },
            "personal_api_keys" = { description = "Personal API keys" },
            "members" = { description = "Members of organizations" },
            "invites" = {
                description = "Invitations to organizations, and accepting them"
            },
            "roles" = { description = "Roles and role memberships" },
            "projects" = { description = "An organization's projects" },
            "domains" = { description = "Verified domains, SSO and SCIM settings" },
            "cimd_verification_tokens" = {
                description = "Tokens that link a partner's OAuth app to an organization"
            },
            "role_external_references" = {
                description = "Roles of external providers mapped to roles"
            },
            "proxy_records" = {
                description = "Managed reverse proxies: domains pointed at orgbase"
            },
            "activity_logs" = {
                description = "The organization's activity log: who changed what, when, from where"
            },
            "webhooks" = {
                description = "Webhook endpoints: the organization's changes pushed, signed as Standard Webhooks"
            },
            "orgbase-extensions" = {
                description = "Operations orgbase adds to PostHog's API"
            },
        },
    },
}]
pub trait OrgbaseApi {
    /// Shared server state.
    type Context;

    /// Check liveness
    ///
    /// Answers 200 while the server runs; needs no credentials.
    #[endpoint { method = GET, path = "/_health", tags = ["orgbase-extensions"] }]
    async fn health(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<Reply<HttpResponseOk<Health>>, ApiError>;

    /// Check readiness
    ///
    /// Answers 200 when the store answers: a read succeeds and a write
    /// reaches the disk. Otherwise 503 (`service_unavailable`), so that a
    /// load balancer or a test suite waits. Needs no credentials.
    #[endpoint { method = GET, path = "/_ready", tags = ["orgbase-extensions"] }]
    async fn ready(
        rqctx: RequestContext<Self::Context>,
    ) -> Result<Reply<HttpResponseOk<Health>>, ApiError>;

    /// List organizations
    ///
    /// The caller's organizations (narrowed to the key's
    /// `scoped_organizations`, when set), oldest first.
    #[endpoint { method = GET, path = "/api/organizations", tags = ["organizations"] }]
    async fn organization_list(
        rqctx: RequestContext<Self::Context>,
        query: QueryParams<ContinuedListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<Organization>>>, ApiError>;

    /// Create an organization
    ///
    /// The caller becomes its owner (level 15), a default project is
    /// created, and the caller's current organization switches to it.
    #[endpoint { method = POST, path = "/api/organizations", tags = ["organizations"] }]
    async fn organization_create(
        rqctx: RequestContext<Self::Context>,
        body: JsonBody<OrganizationCreate>,
    ) -> Result<Reply<HttpResponseCreated<Organization>>, ApiError>;

    /// Fetch an organization
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}",
        tags = ["organizations"],
    }]
    async fn organization_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<Organization>>, ApiError>;

    /// Update an organization
    ///
    /// Needs membership level 8 (admin) or more. `name` is required; other
    /// fields left out keep their values.
    #[endpoint {
        method = PUT,
        path = "/api/organizations/{organization_id}",
        tags = ["organizations"],
    }]
    async fn organization_update(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<OrganizationCreate>,
    ) -> Result<Reply<HttpResponseOk<Organization>>, ApiError>;

    /// Partially update an organization
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}",
        tags = ["organizations"],
    }]
    async fn organization_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<OrganizationPatch>,
    ) -> Result<Reply<HttpResponseOk<Organization>>, ApiError>;

    /// Delete an organization
    ///
    /// Needs membership level 15 (owner). The organization and everything
    /// under it are removed at once.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}",
        tags = ["organizations"],
    }]
    async fn organization_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// List users
    ///
    /// Staff users see every user; others see only themselves. Ordered by
    /// numeric id. Filters: `email` (exact, case-insensitive), `is_staff`.
    #[endpoint { method = GET, path = "/api/users", tags = ["users"] }]
    async fn user_list(
        rqctx: RequestContext<Self::Context>,
        query: QueryParams<UserListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<User>>>, ApiError>;

    /// Fetch a user
    ///
    /// `@me` (or the caller's own UUID) is the caller. Staff users may
    /// fetch anyone; for others another user is not found. With a key
    /// limited by `scoped_organizations`, only those organizations are
    /// shown: `organizations` is filtered, and `organization` and `team`
    /// are null when the current organization is outside the key's scope
    /// (unlike PostHog, which shows them).
    #[endpoint { method = GET, path = "/api/users/{uuid}", tags = ["users"] }]
    async fn user_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<UserPath>,
    ) -> Result<Reply<HttpResponseOk<User>>, ApiError>;

    /// Update the calling user
    ///
    /// The same as PATCH: every field optional (PostHog requires them
    /// all on PUT). Only `@me` or the caller's own UUID.
    #[endpoint { method = PUT, path = "/api/users/{uuid}", tags = ["users"] }]
    async fn user_update(
        rqctx: RequestContext<Self::Context>,
        path: Path<UserPath>,
        body: JsonBody<UserPatch>,
    ) -> Result<Reply<HttpResponseOk<User>>, ApiError>;

    /// Partially update the calling user
    ///
    /// Names, `role_at_organization`, the preference fields, and the
    /// current organization or project (`set_current_organization`,
    /// `set_current_team`). Changing `email` or setting a `password` is
    /// refused with 400: orgbase has no email verification and no
    /// passwords. Only `@me` or the caller's own UUID.
    #[endpoint { method = PATCH, path = "/api/users/{uuid}", tags = ["users"] }]
    async fn user_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<UserPath>,
        body: JsonBody<UserPatch>,
    ) -> Result<Reply<HttpResponseOk<User>>, ApiError>;

    /// Create a user (instance administration)
    ///
    /// An orgbase extension for staff users: creates a user and, when asked
    /// for, a personal API key whose `value` is shown only in this response.
    #[endpoint { method = POST, path = "/api/users", tags = ["orgbase-extensions"] }]
    async fn user_create(
        rqctx: RequestContext<Self::Context>,
        body: JsonBody<UserCreate>,
    ) -> Result<Reply<HttpResponseCreated<UserCreated>>, ApiError>;

    /// List the caller's personal API keys
    ///
    /// Newest first.
    #[endpoint {
        method = GET,
        path = "/api/personal_api_keys",
        tags = ["personal_api_keys"],
    }]
    async fn personal_api_key_list(
        rqctx: RequestContext<Self::Context>,
        query: QueryParams<ListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<PersonalApiKey>>>, ApiError>;

    /// Create a personal API key
    ///
    /// The key's `value` is in this response only. A key cannot create a
    /// key with a scope or an organization it does not itself have.
    #[endpoint {
        method = POST,
        path = "/api/personal_api_keys",
        tags = ["personal_api_keys"],
    }]
    async fn personal_api_key_create(
        rqctx: RequestContext<Self::Context>,
        body: JsonBody<PersonalApiKeyCreate>,
    ) -> Result<Reply<HttpResponseCreated<PersonalApiKey>>, ApiError>;

    /// Fetch one of the caller's personal API keys
    ///
    /// `@current` is the key making the request; it needs no scope, so
    /// that any key can learn its own scopes (as PostHog's clients do
    /// before anything else). Another key of the caller's needs
    /// `personal_api_key:read`.
    #[endpoint {
        method = GET,
        path = "/api/personal_api_keys/{id}",
        tags = ["personal_api_keys"],
    }]
    async fn personal_api_key_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<PersonalApiKeyPath>,
    ) -> Result<Reply<HttpResponseOk<PersonalApiKey>>, ApiError>;

    /// Delete one of the caller's personal API keys
    #[endpoint {
        method = DELETE,
        path = "/api/personal_api_keys/{id}",
        tags = ["personal_api_keys"],
    }]
    async fn personal_api_key_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<PersonalApiKeyPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// List members
    ///
    /// Filters: `email` (exact, case-insensitive), `updated_after`,
    /// `search` (in email and names), `levels` (comma-separated),
    /// `email_domain`, `outside_verified_domains`; `order` is `joined_at`
    /// or `-joined_at` (default). Unknown parameters are ignored.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/members",
        tags = ["members"],
    }]
    async fn member_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<MemberListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<OrganizationMember>>>, ApiError>;

    /// Update a member
    ///
    /// Only `level` changes; a body without it changes nothing. You cannot change your own level; only an
    /// owner makes owners; nobody is raised above the editor's level; only
    /// admins edit others, and never someone above themselves.
    #[endpoint {
        method = PUT,
        path = "/api/organizations/{organization_id}/members/{user_uuid}",
        tags = ["members"],
    }]
    async fn member_update(
        rqctx: RequestContext<Self::Context>,
        path: Path<MemberPath>,
        body: JsonBody<OrganizationMemberUpdate>,
    ) -> Result<Reply<HttpResponseOk<OrganizationMember>>, ApiError>;

    /// Partially update a member
    ///
    /// The same as PUT: only `level` changes, under the same rules.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/members/{user_uuid}",
        tags = ["members"],
    }]
    async fn member_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<MemberPath>,
        body: JsonBody<OrganizationMemberUpdate>,
    ) -> Result<Reply<HttpResponseOk<OrganizationMember>>, ApiError>;

    /// Remove a member, or leave
    ///
    /// Anyone may leave (`@me`); removing others needs admin and a level at
    /// least theirs. The last owner can neither leave nor be removed.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/members/{user_uuid}",
        tags = ["members"],
    }]
    async fn member_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<MemberPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Summarize a member's API keys that reach the organization
    ///
    /// For the member themself, or for an admin. Unlike PostHog, answers
    /// personal API keys (with `organization_member:read`).
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/members/{user_uuid}/scoped_api_keys",
        tags = ["members"],
    }]
    async fn member_scoped_api_keys(
        rqctx: RequestContext<Self::Context>,
        path: Path<MemberPath>,
    ) -> Result<Reply<HttpResponseOk<ScopedApiKeys>>, ApiError>;

    /// Fetch a member's GitHub username
    ///
    /// orgbase links no GitHub identities, so `github_login` is always
    /// null; an unknown member is not found.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/members/{user_uuid}/github_login",
        tags = ["members"],
    }]
    async fn member_github_login(
        rqctx: RequestContext<Self::Context>,
        path: Path<MemberPath>,
    ) -> Result<Reply<HttpResponseOk<GithubLogin>>, ApiError>;

    /// List invites
    ///
    /// Newest first.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/invites",
        tags = ["invites"],
    }]
    async fn invite_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ContinuedListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<OrganizationInvite>>>, ApiError>;

    /// Invite someone
    ///
    /// Members may invite when `members_can_invite` allows; admins and
    /// owners always. The level may not exceed the inviter's. A new invite
    /// replaces the earlier ones for the same address. Invites expire after
    /// 3 days.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/invites",
        tags = ["invites"],
    }]
    async fn invite_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<OrganizationInviteCreate>,
    ) -> Result<Reply<HttpResponseCreated<OrganizationInvite>>, ApiError>;

    /// Delete an invite
    ///
    /// Admins, owners, and the member who made the invite.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/invites/{invite_id}",
        tags = ["invites"],
    }]
    async fn invite_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<InvitePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Invite several people at once
    ///
    /// A JSON array of at most 20 invites. All are checked before any is
    /// made; then all are made together.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/invites/{invite_id}",
        tags = ["invites"],
    }]
    async fn invite_bulk_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<InvitePath>,
        body: JsonBody<Vec<OrganizationInviteCreate>>,
    ) -> Result<Reply<HttpResponseCreated<Vec<OrganizationInvite>>>, ApiError>;

    /// Check an invite before accepting it
    ///
    /// Valid when it exists, has not expired, is for the caller's email
    /// address (case-insensitively), and the caller is not a member yet;
    /// otherwise 400 with code `expired`, `invalid_recipient` or
    /// `user_already_member`.
    #[endpoint { method = GET, path = "/api/signup/{invite_id}", tags = ["invites"] }]
    async fn signup_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<SignupPath>,
    ) -> Result<Reply<HttpResponseOk<InviteSignupCheck>>, ApiError>;

    /// Accept an invite
    ///
    /// Makes the caller a member at the invite's level, consumes the invite
    /// and switches the caller's current organization, all at once.
    #[endpoint { method = POST, path = "/api/signup/{invite_id}", tags = ["invites"] }]
    async fn signup_accept(
        rqctx: RequestContext<Self::Context>,
        path: Path<SignupPath>,
    ) -> Result<Reply<HttpResponseCreated<User>>, ApiError>;

    /// List roles
    ///
    /// Ordered by name. Roles always belong to the organization in the
    /// path (a UUID or `@current` alike), never to the caller's current one.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/roles",
        tags = ["roles"],
    }]
    async fn role_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ContinuedListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<Role>>>, ApiError>;

    /// Create a role
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/roles",
        tags = ["roles"],
    }]
    async fn role_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<RoleCreate>,
    ) -> Result<Reply<HttpResponseCreated<Role>>, ApiError>;

    /// Fetch a role
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/roles/{role_id}",
        tags = ["roles"],
    }]
    async fn role_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<RolePath>,
    ) -> Result<Reply<HttpResponseOk<Role>>, ApiError>;

    /// Update a role
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = PUT,
        path = "/api/organizations/{organization_id}/roles/{role_id}",
        tags = ["roles"],
    }]
    async fn role_update(
        rqctx: RequestContext<Self::Context>,
        path: Path<RolePath>,
        body: JsonBody<RoleCreate>,
    ) -> Result<Reply<HttpResponseOk<Role>>, ApiError>;

    /// Partially update a role
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/roles/{role_id}",
        tags = ["roles"],
    }]
    async fn role_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<RolePath>,
        body: JsonBody<RolePatch>,
    ) -> Result<Reply<HttpResponseOk<Role>>, ApiError>;

    /// Delete a role
    ///
    /// Needs membership level 8 (admin) or more. Its memberships go with
    /// it, and the organization's `default_role_id` is cleared if it named
    /// this role.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/roles/{role_id}",
        tags = ["roles"],
    }]
    async fn role_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<RolePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// List a role's memberships
    ///
    /// In the order they were added.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/roles/{role_id}/role_memberships",
        tags = ["roles"],
    }]
    async fn role_membership_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<RolePath>,
        query: QueryParams<JoinedListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<RoleMembership>>>, ApiError>;

    /// Add a member to a role
    ///
    /// Needs membership level 8 (admin) or more. The user must be a member
    /// of the organization, and not in the role already.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/roles/{role_id}/role_memberships",
        tags = ["roles"],
    }]
    async fn role_membership_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<RolePath>,
        body: JsonBody<RoleMembershipCreate>,
    ) -> Result<Reply<HttpResponseCreated<RoleMembership>>, ApiError>;

    /// Fetch a role membership
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{role_membership_id}",
        tags = ["roles"],
    }]
    async fn role_membership_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<RoleMembershipPath>,
    ) -> Result<Reply<HttpResponseOk<RoleMembership>>, ApiError>;

    /// Remove a member from a role
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{role_membership_id}",
        tags = ["roles"],
    }]
    async fn role_membership_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<RoleMembershipPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// List CIMD verification tokens
    ///
    /// Newest first. Any member reads.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/cimd_verification_tokens",
        tags = ["cimd_verification_tokens"],
    }]
    async fn cimd_verification_token_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<CimdVerificationToken>>>, ApiError>;

    /// Create a CIMD verification token
    ///
    /// Needs membership level 8 (admin) or more. The token's `value`
    /// (`phvt_...`) is in this response only.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/cimd_verification_tokens",
        tags = ["cimd_verification_tokens"],
    }]
    async fn cimd_verification_token_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<CimdVerificationTokenCreate>,
    ) -> Result<Reply<HttpResponseCreated<CimdVerificationToken>>, ApiError>;

    /// Fetch a CIMD verification token
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/cimd_verification_tokens/{token_id}",
        tags = ["cimd_verification_tokens"],
    }]
    async fn cimd_verification_token_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<CimdVerificationTokenPath>,
    ) -> Result<Reply<HttpResponseOk<CimdVerificationToken>>, ApiError>;

    /// Revoke a CIMD verification token
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/cimd_verification_tokens/{token_id}",
        tags = ["cimd_verification_tokens"],
    }]
    async fn cimd_verification_token_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<CimdVerificationTokenPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Match a partner's metadata document (instance administration)
    ///
    /// An orgbase extension for staff users. Given the URL a CIMD metadata
    /// document was read from and the document, answers the organization
    /// whose token the document publishes (at `com.posthog` ->
    /// `verification_token`, else the legacy top-level
    /// `posthog_verification_token`) and whose token was issued for that
    /// URL, and records the token's use; otherwise `organization_id` is
    /// null.
    #[endpoint {
        method = POST,
        path = "/api/cimd_verification_tokens/match",
        tags = ["orgbase-extensions"],
    }]
    async fn cimd_verification_token_match(
        rqctx: RequestContext<Self::Context>,
        body: JsonBody<CimdMatchRequest>,
    ) -> Result<Reply<HttpResponseOk<CimdMatch>>, ApiError>;

    /// List domains
    ///
    /// Ordered by domain. Any member reads.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/domains",
        tags = ["domains"],
    }]
    async fn domain_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ContinuedListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<OrganizationDomain>>>, ApiError>;

    /// Add a domain
    ///
    /// Needs membership level 8 (admin) or more. The domain is trimmed and
    /// lowercased, and must be unique across all organizations.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/domains",
        tags = ["domains"],
    }]
    async fn domain_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<OrganizationDomainCreate>,
    ) -> Result<Reply<HttpResponseCreated<OrganizationDomain>>, ApiError>;

    /// Fetch a domain
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/domains/{domain_id}",
        tags = ["domains"],
    }]
    async fn domain_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
    ) -> Result<Reply<HttpResponseOk<OrganizationDomain>>, ApiError>;

    /// Update a domain
    ///
    /// Needs membership level 8 (admin) or more. Fields left out keep
    /// their values; the domain itself cannot change.
    #[endpoint {
        method = PUT,
        path = "/api/organizations/{organization_id}/domains/{domain_id}",
        tags = ["domains"],
    }]
    async fn domain_update(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
        body: JsonBody<OrganizationDomainPatch>,
    ) -> Result<Reply<HttpResponseOk<OrganizationDomain>>, ApiError>;

    /// Partially update a domain
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/domains/{domain_id}",
        tags = ["domains"],
    }]
    async fn domain_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
        body: JsonBody<OrganizationDomainPatch>,
    ) -> Result<Reply<HttpResponseOk<OrganizationDomain>>, ApiError>;

    /// Delete a domain
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/domains/{domain_id}",
        tags = ["domains"],
    }]
    async fn domain_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Verify a domain
    ///
    /// Looks up the TXT records of `_posthog-challenge.<domain>`; when one
    /// equals `verification_challenge` the domain is verified, otherwise
    /// (no match, no such name, no answer, timeout) the attempt is recorded
    /// in `last_verification_retry`. Always 200 with the domain, except 400
    /// `already_verified`. Needs admin; unlike PostHog, API keys (with
    /// `organization:write`) may call it.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/domains/{domain_id}/verify",
        tags = ["domains"],
    }]
    async fn domain_verify(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
    ) -> Result<Reply<HttpResponseOk<OrganizationDomain>>, ApiError>;

    /// Rotate a domain's SCIM token
    ///
    /// The new `scim_bearer_token` is in this response only; the old one
    /// stops working. 400 `scim_not_enabled` while SCIM is off. Needs
    /// admin; unlike PostHog, API keys (with `organization:write`) may call
    /// it.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/domains/{domain_id}/scim/token",
        tags = ["domains"],
    }]
    async fn domain_scim_token(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
    ) -> Result<Reply<HttpResponseOk<OrganizationDomain>>, ApiError>;

    /// List role external references
    ///
    /// Ordered as PostHog orders them: by `provider`,
    /// `provider_organization_id` and `provider_role_slug` (compared as
    /// bytes; references without a slug after those with one), then by
    /// creation. Any member reads.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/role_external_references",
        tags = ["role_external_references"],
    }]
    async fn role_external_reference_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<RoleExternalReference>>>, ApiError>;

    /// Map an external provider's role to a role
    ///
    /// Needs membership level 8 (admin) or more. `role` must be a role of
    /// this organization (400 `does_not_exist` otherwise, as for a role
    /// that does not exist); the provider role (by `provider`,
    /// `provider_organization_id` and `provider_role_id`, or
    /// `provider_role_slug`, compared case-insensitively) may be mapped
    /// once per organization (400 otherwise).
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/role_external_references",
        tags = ["role_external_references"],
    }]
    async fn role_external_reference_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<RoleExternalReferenceCreate>,
    ) -> Result<Reply<HttpResponseCreated<RoleExternalReference>>, ApiError>;

    /// Delete a role external reference
    ///
    /// Needs membership level 8 (admin) or more.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/role_external_references/{reference_id}",
        tags = ["role_external_references"],
    }]
    async fn role_external_reference_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<RoleExternalReferencePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Look up the role an external provider's role maps to
    ///
    /// By `provider`, `provider_organization_id` and `provider_role_id` or
    /// `provider_role_slug` (one is needed; with both, either may match;
    /// compared case-insensitively). `reference` is null when nothing
    /// matches. Any member reads.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/role_external_references/{reference_id}",
        tags = ["role_external_references"],
    }]
    async fn role_external_reference_lookup(
        rqctx: RequestContext<Self::Context>,
        path: Path<RoleExternalReferencePath>,
        query: QueryParams<RoleExternalReferenceLookupParams>,
    ) -> Result<Reply<HttpResponseOk<RoleLookupResponse>>, ApiError>;

    /// List proxy records
    ///
    /// Not paginated, as in PostHog: every record, newest first, with the
    /// most the organization may have. Any member reads.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/proxy_records",
        tags = ["proxy_records"],
    }]
    async fn proxy_record_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<ProxyRecordList>>, ApiError>;

    /// Create a proxy record
    ///
    /// Needs membership level 8 (admin) or more. Point the domain's CNAME
    /// at the `target_cname` of the response: orgbase checks it in the
    /// background and moves the record to `valid` once it does (see the
    /// book's "Resources, rules and errors" for the schedule). 400 when the organization has
    /// `max_proxy_records` already, or another record has the domain.
    /// 201, as PostHog's schema says (its server answers 200).
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/proxy_records",
        tags = ["proxy_records"],
    }]
    async fn proxy_record_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<ProxyRecordCreate>,
    ) -> Result<Reply<HttpResponseCreated<ProxyRecord>>, ApiError>;

    /// Fetch a proxy record
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/proxy_records/{proxy_record_id}",
        tags = ["proxy_records"],
    }]
    async fn proxy_record_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<ProxyRecord>>, ApiError>;

    /// Delete a proxy record
    ///
    /// Needs membership level 8 (admin) or more. A record in `waiting`,
    /// `erroring` or `timed_out` goes at once; any other becomes
    /// `deleting` and goes with the next round of the provisioning task.
    /// 200 with `{"success": true}`, as PostHog's server answers (its
    /// schema says 204).
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/proxy_records/{proxy_record_id}",
        tags = ["proxy_records"],
    }]
    async fn proxy_record_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<ProxyRecordDeleted>>, ApiError>;

    /// Retry provisioning a proxy record
    ///
    /// Needs membership level 8 (admin) or more. Only from `erroring`,
    /// `timed_out` or `issuing` (400 otherwise): back to `waiting`, with a
    /// new provisioning window.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/retry",
        tags = ["proxy_records"],
    }]
    async fn proxy_record_retry(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<ProxyRecord>>, ApiError>;

    /// Diagnose a proxy record's DNS
    ///
    /// Looks up the domain's CNAME and the CAA records up its tree, and
    /// says for each check what was found and what to change. At most once
    /// a minute per record (429 `throttled` sooner), so that nobody's DNS
    /// is hammered. Any member may call it.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/proxy_records/{proxy_record_id}/diagnose",
        tags = ["proxy_records"],
    }]
    async fn proxy_record_diagnose(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<ProxyRecordDiagnosis>>, ApiError>;
    /// List a domain's SCIM requests
    ///
    /// Every request made to the domain's SCIM API, newest first: method,
    /// path, headers and bodies (the bearer token, emails, names and
    /// other personal values masked, as PostHog masks them), response
    /// status, identity provider (from the User-Agent), duration and time.
    /// Kept for 180 days, at most the newest 1,000 per domain. Page-number
    /// pagination (`page`, `page_size`), unlike the other lists. Needs
    /// admin.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/domains/{domain_id}/scim/logs",
        tags = ["domains"],
    }]
    async fn domain_scim_logs(
        rqctx: RequestContext<Self::Context>,
        path: Path<DomainPath>,
        query: QueryParams<ScimLogParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<ScimRequestLog>>>, ApiError>;

    /// List projects
    ///
    /// The organization's projects the caller can see (a private project:
    /// its organization's admins and the members given access), by id.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/projects",
        tags = ["projects"],
    }]
    async fn project_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ProjectListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<TeamBasic>>>, ApiError>;

    /// Create a project
    ///
    /// Needs membership level 8 (admin) or more, or any membership where
    /// the organization lets members create projects
    /// (`members_can_create_projects`) or for a demo project. The new
    /// project becomes the caller's current project; its
    /// `secret_api_token` is in this response only.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/projects",
        tags = ["projects"],
    }]
    async fn project_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<ProjectWrite>,
    ) -> Result<Reply<HttpResponseCreated<Project>>, ApiError>;

    /// Retrieve a project and its settings
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/projects/{id}",
        tags = ["projects"],
    }]
    async fn project_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Replace a project and its settings
    ///
    /// Any member who can see the project; `access_control` needs level 8
    /// (admin). Fields left out keep their values.
    #[endpoint {
        method = PUT,
        path = "/api/organizations/{organization_id}/projects/{id}",
        tags = ["projects"],
    }]
    async fn project_update(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
        body: JsonBody<ProjectWrite>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Update one or more of a project's settings
    ///
    /// Only the fields included in the request body are changed.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/projects/{id}",
        tags = ["projects"],
    }]
    async fn project_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
        body: JsonBody<ProjectWrite>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Delete a project
    ///
    /// Needs level 8 (admin) in the project. Invites stop granting access
    /// to it; users whose current project it was move to another of
    /// theirs.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/projects/{id}",
        tags = ["projects"],
    }]
    async fn project_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Move a project to another organization
    ///
    /// The caller must be an admin (level 8) of both organizations.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/projects/{id}/change_organization",
        tags = ["projects"],
    }]
    async fn project_change_organization(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
        body: JsonBody<ProjectMove>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Reset a project's public API token
    ///
    /// Needs level 8 (admin) in the project.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/projects/{id}/reset_token",
        tags = ["projects"],
    }]
    async fn project_reset_token(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Rotate a project's secret API token
    ///
    /// Needs level 8 (admin) in the project. The new token is in this
    /// response only; the previous one is kept as the backup (masked)
    /// until the backup is deleted.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/projects/{id}/rotate_secret_token",
        tags = ["projects"],
    }]
    async fn project_rotate_secret_token(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Delete a project's backup secret token
    ///
    /// Needs level 8 (admin) in the project.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/projects/{id}/delete_secret_token_backup",
        tags = ["projects"],
    }]
    async fn project_delete_secret_token_backup(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// Whether demo data is being generated for a project
    ///
    /// Always false: orgbase generates no demo data.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/projects/{id}/is_generating_demo_data",
        tags = ["projects"],
    }]
    async fn project_is_generating_demo_data(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<DemoDataStatus>>, ApiError>;

    /// Retrieve a project by its id alone
    ///
    /// PostHog's `/api/projects/{id}/` (which its CLI reads to switch
    /// projects): the project of any of the caller's organizations that
    /// they see, or `@current` for their current project.
    #[endpoint {
        method = GET,
        path = "/api/projects/{id}",
        tags = ["projects"],
    }]
    async fn project_view_root(
        rqctx: RequestContext<Self::Context>,
        path: Path<ProjectRootPath>,
    ) -> Result<Reply<HttpResponseOk<Project>>, ApiError>;

    /// List the organization's activity log
    ///
    /// Every change to the organization and what it holds, through any
    /// door (the API, SCIM, orgbase's own work), newest first (or oldest
    /// first with `ordering=created_at`), filtered. Admins and owners
    /// only. Pages follow a cursor (`next`, `previous`), or, with `page`,
    /// are numbered with a `count`. `schema=ocsf` answers OCSF 1.5.0
    /// events.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/advanced_activity_logs",
        tags = ["activity_logs"],
    }]
    async fn advanced_activity_log_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: ListQuery<ActivityLogParams>,
    ) -> Result<Reply<HttpResponseOk<ActivityLogPage>>, ApiError>;

    /// What the activity log can be filtered on
    ///
    /// The users, scopes, activities and clients of the organization's
    /// newest 10,000 entries, and the `detail` fields each scope's entries
    /// hold.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/advanced_activity_logs/available_filters",
        tags = ["activity_logs"],
    }]
    async fn advanced_activity_log_available_filters(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<ActivityLogAvailableFilters>>, ApiError>;

    /// Export the activity log
    ///
    /// Every entry the filters keep, oldest first, streamed as CSV
    /// (PostHog's flat columns) or newline-delimited JSON, in constant
    /// memory whatever the range. PostHog's organization route refuses
    /// exports; orgbase answers at once with the file.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/advanced_activity_logs/export",
        tags = ["activity_logs"],
    }]
    async fn advanced_activity_log_export(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<ActivityLogExport>,
    ) -> Result<http::Response<dropshot::Body>, ApiError>;

    /// List webhook endpoints
    ///
    /// Admins and owners only (403 for members, as the activity log). An
    /// organization has at most 20 endpoints. Secrets are never answered
    /// here.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/webhooks",
        tags = ["webhooks"],
    }]
    async fn webhook_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        query: QueryParams<ListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<Webhook>>>, ApiError>;

    /// Create a webhook endpoint
    ///
    /// Every change to the organization committed after this (its activity
    /// log's entries, filtered by `event_types`) is POSTed to `url`,
    /// signed as Standard Webhooks describes, in commit order, at least
    /// once. The answer holds the signing secret, once. `url` must be
    /// `https` and resolve to public addresses only (loopback and private
    /// addresses are refused unless the server allows them). Admins and
    /// owners only.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/webhooks",
        tags = ["webhooks"],
    }]
    async fn webhook_create(
        rqctx: RequestContext<Self::Context>,
        path: Path<OrganizationPath>,
        body: JsonBody<WebhookCreate>,
    ) -> Result<Reply<HttpResponseCreated<Webhook>>, ApiError>;

    /// Fetch a webhook endpoint
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}",
        tags = ["webhooks"],
    }]
    async fn webhook_view(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookPath>,
    ) -> Result<Reply<HttpResponseOk<Webhook>>, ApiError>;

    /// Change a webhook endpoint
    ///
    /// The fields given change. Enabling a disabled endpoint resumes its
    /// queue where it stopped: nothing committed meanwhile is skipped.
    #[endpoint {
        method = PATCH,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}",
        tags = ["webhooks"],
    }]
    async fn webhook_patch(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookPath>,
        body: JsonBody<WebhookPatch>,
    ) -> Result<Reply<HttpResponseOk<Webhook>>, ApiError>;

    /// Delete a webhook endpoint
    ///
    /// With its deliveries; nothing more is sent to it.
    #[endpoint {
        method = DELETE,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}",
        tags = ["webhooks"],
    }]
    async fn webhook_delete(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError>;

    /// Rotate a webhook endpoint's signing secret
    ///
    /// The answer holds the new secret, once. For 24 hours the previous
    /// secret signs too (`webhook-signature` carries both), so receivers
    /// can switch without losing an event.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}/rotate_secret",
        tags = ["webhooks"],
    }]
    async fn webhook_rotate_secret(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookPath>,
    ) -> Result<Reply<HttpResponseOk<Webhook>>, ApiError>;

    /// List a webhook endpoint's deliveries
    ///
    /// Newest event first, each with its latest attempts (status code,
    /// duration, the start of the response's body). The endpoint keeps
    /// its latest 1,000 deliveries.
    #[endpoint {
        method = GET,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}/deliveries",
        tags = ["webhooks"],
    }]
    async fn webhook_delivery_list(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookPath>,
        query: QueryParams<ListParams>,
    ) -> Result<Reply<HttpResponseOk<Paginated<WebhookDelivery>>>, ApiError>;

    /// Send one event to a webhook endpoint again
    ///
    /// Queued (202): the endpoint's delivery worker sends it once more,
    /// whatever became of it, with the same `webhook-id`. At most 100
    /// retries wait per endpoint.
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}/deliveries/{event_id}/retry",
        tags = ["webhooks"],
    }]
    async fn webhook_delivery_retry(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookDeliveryPath>,
    ) -> Result<Reply<HttpResponseAccepted<WebhookQueued>>, ApiError>;

    /// Deliver every event since a time again
    ///
    /// Queued (202): the endpoint's queue goes back to the first event
    /// committed at or after `since`, and every event from there is
    /// delivered again, in commit order, with its own `webhook-id`
    /// (receivers that deduplicate see each once).
    #[endpoint {
        method = POST,
        path = "/api/organizations/{organization_id}/webhooks/{webhook_id}/replay",
        tags = ["webhooks"],
    }]
    async fn webhook_replay(
        rqctx: RequestContext<Self::Context>,
        path: Path<WebhookPath>,
        body: JsonBody<WebhookReplay>,
    ) -> Result<Reply<HttpResponseAccepted<WebhookQueued>>, ApiError>;
}
