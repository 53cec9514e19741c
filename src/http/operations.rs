//! The implementation of [`OrgbaseApi`]: each operation is one call into
//! the module of its tag, run by [`reply`] so that a refusal carries its
//! headers.

use super::activity_logs;
use super::cimd_verification_tokens;
use super::domains;
use super::invites;
use super::members;
use super::organizations;
use super::personal_api_keys;
use super::probes;
use super::projects;
use super::proxy_records;
use super::role_external_references;
use super::roles;
use super::users;
use super::webhooks;
use super::OrgbaseApiImpl;
use super::Rq;
use super::ServerContext;
use crate::api;
use crate::api::reply::replied;
use crate::api::reply::reply;
use crate::api::ApiError;
use crate::api::JsonBody;
use crate::api::OrgbaseApi;
use crate::api::QueryParams;
use crate::api::Reply;
use dropshot::HttpResponseAccepted;
use dropshot::HttpResponseCreated;
use dropshot::HttpResponseDeleted;
use dropshot::HttpResponseOk;
use dropshot::Path;

impl OrgbaseApi for OrgbaseApiImpl {
    type Context = ServerContext;

    async fn health(
        _rqctx: Rq,
    ) -> Result<Reply<HttpResponseOk<api::Health>>, ApiError> {
        reply(probes::health(_rqctx)).await
    }

    async fn ready(
        rqctx: Rq,
    ) -> Result<Reply<HttpResponseOk<api::Health>>, ApiError> {
        reply(probes::ready(rqctx)).await
    }

    async fn organization_list(
        rqctx: Rq,
        query: QueryParams<api::ContinuedListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::Organization>>>,
        ApiError,
    > {
        reply(organizations::organization_list(rqctx, query)).await
    }

    async fn organization_create(
        rqctx: Rq,
        body: JsonBody<api::OrganizationCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::Organization>>, ApiError> {
        replied(organizations::organization_create(rqctx, body)).await
    }

    async fn organization_view(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
        reply(organizations::organization_view(rqctx, path)).await
    }

    async fn organization_update(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationCreate>,
    ) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
        replied(organizations::organization_update(rqctx, path, body)).await
    }

    async fn organization_patch(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationPatch>,
    ) -> Result<Reply<HttpResponseOk<api::Organization>>, ApiError> {
        replied(organizations::organization_patch(rqctx, path, body)).await
    }

    async fn organization_delete(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(organizations::organization_delete(rqctx, path)).await
    }

    async fn user_list(
        rqctx: Rq,
        query: QueryParams<api::UserListParams>,
    ) -> Result<Reply<HttpResponseOk<api::Paginated<api::User>>>, ApiError>
    {
        reply(users::user_list(rqctx, query)).await
    }

    async fn user_view(
        rqctx: Rq,
        path: Path<api::UserPath>,
    ) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
        reply(users::user_view(rqctx, path)).await
    }

    async fn user_update(
        rqctx: Rq,
        path: Path<api::UserPath>,
        body: JsonBody<api::UserPatch>,
    ) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
        replied(users::user_change(rqctx, path, body)).await
    }

    async fn user_patch(
        rqctx: Rq,
        path: Path<api::UserPath>,
        body: JsonBody<api::UserPatch>,
    ) -> Result<Reply<HttpResponseOk<api::User>>, ApiError> {
        replied(users::user_change(rqctx, path, body)).await
    }

    async fn user_create(
        rqctx: Rq,
        body: JsonBody<api::UserCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::UserCreated>>, ApiError> {
        replied(users::user_create(rqctx, body)).await
    }

    async fn personal_api_key_list(
        rqctx: Rq,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::PersonalApiKey>>>,
        ApiError,
    > {
        reply(personal_api_keys::personal_api_key_list(rqctx, query)).await
    }

    async fn personal_api_key_create(
        rqctx: Rq,
        body: JsonBody<api::PersonalApiKeyCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::PersonalApiKey>>, ApiError> {
        replied(personal_api_keys::personal_api_key_create(rqctx, body)).await
    }

    async fn personal_api_key_view(
        rqctx: Rq,
        path: Path<api::PersonalApiKeyPath>,
    ) -> Result<Reply<HttpResponseOk<api::PersonalApiKey>>, ApiError> {
        reply(personal_api_keys::personal_api_key_view(rqctx, path)).await
    }

    async fn personal_api_key_delete(
        rqctx: Rq,
        path: Path<api::PersonalApiKeyPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(personal_api_keys::personal_api_key_delete(rqctx, path)).await
    }

    async fn member_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::MemberListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::OrganizationMember>>>,
        ApiError,
    > {
        reply(members::member_list(rqctx, path, query)).await
    }

    async fn member_update(
        rqctx: Rq,
        path: Path<api::MemberPath>,
        body: JsonBody<api::OrganizationMemberUpdate>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationMember>>, ApiError> {
        replied(members::member_level_set(rqctx, path, body)).await
    }

    async fn member_patch(
        rqctx: Rq,
        path: Path<api::MemberPath>,
        body: JsonBody<api::OrganizationMemberUpdate>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationMember>>, ApiError> {
        replied(members::member_level_set(rqctx, path, body)).await
    }

    async fn member_delete(
        rqctx: Rq,
        path: Path<api::MemberPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(members::member_delete(rqctx, path)).await
    }

    async fn member_scoped_api_keys(
        rqctx: Rq,
        path: Path<api::MemberPath>,
    ) -> Result<Reply<HttpResponseOk<api::ScopedApiKeys>>, ApiError> {
        reply(members::member_scoped_api_keys(rqctx, path)).await
    }

    async fn member_github_login(
        rqctx: Rq,
        path: Path<api::MemberPath>,
    ) -> Result<Reply<HttpResponseOk<api::GithubLogin>>, ApiError> {
        reply(members::member_github_login(rqctx, path)).await
    }

    async fn invite_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ContinuedListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::OrganizationInvite>>>,
        ApiError,
    > {
        reply(invites::invite_list(rqctx, path, query)).await
    }

    async fn invite_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationInviteCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::OrganizationInvite>>, ApiError>
    {
        replied(invites::invite_create(rqctx, path, body)).await
    }

    async fn invite_delete(
        rqctx: Rq,
        path: Path<api::InvitePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(invites::invite_delete(rqctx, path)).await
    }

    async fn invite_bulk_create(
        rqctx: Rq,
        path: Path<api::InvitePath>,
        body: JsonBody<Vec<api::OrganizationInviteCreate>>,
    ) -> Result<
        Reply<HttpResponseCreated<Vec<api::OrganizationInvite>>>,
        ApiError,
    > {
        replied(invites::invite_bulk_create(rqctx, path, body)).await
    }

    async fn signup_view(
        rqctx: Rq,
        path: Path<api::SignupPath>,
    ) -> Result<Reply<HttpResponseOk<api::InviteSignupCheck>>, ApiError> {
        reply(invites::signup_view(rqctx, path)).await
    }

    async fn signup_accept(
        rqctx: Rq,
        path: Path<api::SignupPath>,
    ) -> Result<Reply<HttpResponseCreated<api::User>>, ApiError> {
        replied(invites::signup_accept(rqctx, path)).await
    }

    async fn role_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ContinuedListParams>,
    ) -> Result<Reply<HttpResponseOk<api::Paginated<api::Role>>>, ApiError>
    {
        reply(roles::role_list(rqctx, path, query)).await
    }

    async fn role_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::RoleCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::Role>>, ApiError> {
        replied(roles::role_create(rqctx, path, body)).await
    }

    async fn role_view(
        rqctx: Rq,
        path: Path<api::RolePath>,
    ) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
        reply(roles::role_view(rqctx, path)).await
    }

    async fn role_update(
        rqctx: Rq,
        path: Path<api::RolePath>,
        body: JsonBody<api::RoleCreate>,
    ) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
        replied(roles::role_update(rqctx, path, body)).await
    }

    async fn role_patch(
        rqctx: Rq,
        path: Path<api::RolePath>,
        body: JsonBody<api::RolePatch>,
    ) -> Result<Reply<HttpResponseOk<api::Role>>, ApiError> {
        replied(roles::role_patch(rqctx, path, body)).await
    }

    async fn role_delete(
        rqctx: Rq,
        path: Path<api::RolePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(roles::role_delete(rqctx, path)).await
    }

    async fn role_membership_list(
        rqctx: Rq,
        path: Path<api::RolePath>,
        query: QueryParams<api::JoinedListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::RoleMembership>>>,
        ApiError,
    > {
        reply(roles::role_membership_list(rqctx, path, query)).await
    }

    async fn role_membership_create(
        rqctx: Rq,
        path: Path<api::RolePath>,
        body: JsonBody<api::RoleMembershipCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::RoleMembership>>, ApiError> {
        replied(roles::role_membership_create(rqctx, path, body)).await
    }

    async fn role_membership_view(
        rqctx: Rq,
        path: Path<api::RoleMembershipPath>,
    ) -> Result<Reply<HttpResponseOk<api::RoleMembership>>, ApiError> {
        reply(roles::role_membership_view(rqctx, path)).await
    }

    async fn role_membership_delete(
        rqctx: Rq,
        path: Path<api::RoleMembershipPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(roles::role_membership_delete(rqctx, path)).await
    }

    async fn cimd_verification_token_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::CimdVerificationToken>>>,
        ApiError,
    > {
        reply(cimd_verification_tokens::cimd_verification_token_list(
            rqctx, path, query,
        ))
        .await
    }

    async fn cimd_verification_token_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::CimdVerificationTokenCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::CimdVerificationToken>>, ApiError>
    {
        replied(cimd_verification_tokens::cimd_verification_token_create(
            rqctx, path, body,
        ))
        .await
    }

    async fn cimd_verification_token_view(
        rqctx: Rq,
        path: Path<api::CimdVerificationTokenPath>,
    ) -> Result<Reply<HttpResponseOk<api::CimdVerificationToken>>, ApiError>
    {
        reply(cimd_verification_tokens::cimd_verification_token_view(
            rqctx, path,
        ))
        .await
    }

    async fn cimd_verification_token_delete(
        rqctx: Rq,
        path: Path<api::CimdVerificationTokenPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(cimd_verification_tokens::cimd_verification_token_delete(
            rqctx, path,
        ))
        .await
    }

    async fn cimd_verification_token_match(
        rqctx: Rq,
        body: JsonBody<api::CimdMatchRequest>,
    ) -> Result<Reply<HttpResponseOk<api::CimdMatch>>, ApiError> {
        reply(cimd_verification_tokens::cimd_verification_token_match(
            rqctx, body,
        ))
        .await
    }

    async fn domain_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ContinuedListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::OrganizationDomain>>>,
        ApiError,
    > {
        reply(domains::domain_list(rqctx, path, query)).await
    }

    async fn domain_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::OrganizationDomainCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::OrganizationDomain>>, ApiError>
    {
        replied(domains::domain_create(rqctx, path, body)).await
    }

    async fn domain_view(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        reply(domains::domain_view(rqctx, path)).await
    }

    async fn domain_update(
        rqctx: Rq,
        path: Path<api::DomainPath>,
        body: JsonBody<api::OrganizationDomainPatch>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        replied(domains::domain_change(rqctx, path, body)).await
    }

    async fn domain_patch(
        rqctx: Rq,
        path: Path<api::DomainPath>,
        body: JsonBody<api::OrganizationDomainPatch>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        replied(domains::domain_change(rqctx, path, body)).await
    }

    async fn domain_delete(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(domains::domain_delete(rqctx, path)).await
    }

    async fn domain_verify(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        replied(domains::domain_verify(rqctx, path)).await
    }

    async fn domain_scim_token(
        rqctx: Rq,
        path: Path<api::DomainPath>,
    ) -> Result<Reply<HttpResponseOk<api::OrganizationDomain>>, ApiError> {
        replied(domains::domain_scim_token(rqctx, path)).await
    }

    async fn role_external_reference_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::RoleExternalReference>>>,
        ApiError,
    > {
        reply(role_external_references::role_external_reference_list(
            rqctx, path, query,
        ))
        .await
    }

    async fn role_external_reference_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::RoleExternalReferenceCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::RoleExternalReference>>, ApiError>
    {
        replied(role_external_references::role_external_reference_create(
            rqctx, path, body,
        ))
        .await
    }

    async fn role_external_reference_delete(
        rqctx: Rq,
        path: Path<api::RoleExternalReferencePath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(role_external_references::role_external_reference_delete(
            rqctx, path,
        ))
        .await
    }

    async fn role_external_reference_lookup(
        rqctx: Rq,
        path: Path<api::RoleExternalReferencePath>,
        query: QueryParams<api::RoleExternalReferenceLookupParams>,
    ) -> Result<Reply<HttpResponseOk<api::RoleLookupResponse>>, ApiError> {
        reply(role_external_references::role_external_reference_lookup(
            rqctx, path, query,
        ))
        .await
    }

    async fn proxy_record_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecordList>>, ApiError> {
        reply(proxy_records::proxy_record_list(rqctx, path)).await
    }

    async fn proxy_record_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::ProxyRecordCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::ProxyRecord>>, ApiError> {
        replied(proxy_records::proxy_record_create(rqctx, path, body)).await
    }

    async fn proxy_record_view(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecord>>, ApiError> {
        reply(proxy_records::proxy_record_view(rqctx, path)).await
    }

    async fn proxy_record_delete(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecordDeleted>>, ApiError> {
        replied(proxy_records::proxy_record_delete(rqctx, path)).await
    }

    async fn proxy_record_retry(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecord>>, ApiError> {
        replied(proxy_records::proxy_record_retry(rqctx, path)).await
    }

    async fn proxy_record_diagnose(
        rqctx: Rq,
        path: Path<api::ProxyRecordPath>,
    ) -> Result<Reply<HttpResponseOk<api::ProxyRecordDiagnosis>>, ApiError>
    {
        reply(proxy_records::proxy_record_diagnose(rqctx, path)).await
    }

    async fn domain_scim_logs(
        rqctx: Rq,
        path: Path<api::DomainPath>,
        query: QueryParams<api::ScimLogParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::ScimRequestLog>>>,
        ApiError,
    > {
        reply(domains::domain_scim_logs(rqctx, path, query)).await
    }
    async fn project_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ProjectListParams>,
    ) -> Result<Reply<HttpResponseOk<api::Paginated<api::TeamBasic>>>, ApiError>
    {
        reply(projects::project_list(rqctx, path, query)).await
    }

    async fn project_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::ProjectWrite>,
    ) -> Result<Reply<HttpResponseCreated<api::Project>>, ApiError> {
        replied(projects::project_create(rqctx, path, body)).await
    }

    async fn project_view(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        reply(projects::project_view(rqctx, path)).await
    }

    async fn project_update(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
        body: JsonBody<api::ProjectWrite>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        replied(projects::project_update(rqctx, path, body)).await
    }

    async fn project_patch(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
        body: JsonBody<api::ProjectWrite>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        replied(projects::project_update(rqctx, path, body)).await
    }

    async fn project_delete(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(projects::project_delete(rqctx, path)).await
    }

    async fn project_change_organization(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
        body: JsonBody<api::ProjectMove>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        replied(projects::project_change_organization(rqctx, path, body)).await
    }

    async fn project_reset_token(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        replied(projects::project_reset_token(rqctx, path)).await
    }

    async fn project_rotate_secret_token(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        replied(projects::project_rotate_secret_token(rqctx, path)).await
    }

    async fn project_delete_secret_token_backup(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        replied(projects::project_delete_secret_token_backup(rqctx, path)).await
    }

    async fn project_is_generating_demo_data(
        rqctx: Rq,
        path: Path<api::ProjectPath>,
    ) -> Result<Reply<HttpResponseOk<api::DemoDataStatus>>, ApiError> {
        reply(projects::project_is_generating_demo_data(rqctx, path)).await
    }
    async fn project_view_root(
        rqctx: Rq,
        path: Path<api::ProjectRootPath>,
    ) -> Result<Reply<HttpResponseOk<api::Project>>, ApiError> {
        reply(projects::project_view_root(rqctx, path)).await
    }

    async fn advanced_activity_log_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: api::ListQuery<api::ActivityLogParams>,
    ) -> Result<Reply<HttpResponseOk<api::ActivityLogPage>>, ApiError> {
        reply(activity_logs::advanced_activity_log_list(rqctx, path, query))
            .await
    }

    async fn advanced_activity_log_available_filters(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
    ) -> Result<Reply<HttpResponseOk<api::ActivityLogAvailableFilters>>, ApiError>
    {
        reply(activity_logs::advanced_activity_log_available_filters(
            rqctx, path,
        ))
        .await
    }

    async fn advanced_activity_log_export(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::ActivityLogExport>,
    ) -> Result<http::Response<dropshot::Body>, ApiError> {
        // A refusal that carries headers (429) is answered as its own
        // response, as `Reply` answers it for the other operations.
        let exported = reply(activity_logs::advanced_activity_log_export(
            rqctx, path, body,
        ));
        match exported.await? {
            Reply::Answer(response) => Ok(response),
            Reply::Refusal(error) => Ok(error.response()),
            Reply::Replayed { status, body } => {
                Ok(crate::api::reply::replayed(status, body))
            }
        }
    }

    async fn webhook_list(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<Reply<HttpResponseOk<api::Paginated<api::Webhook>>>, ApiError>
    {
        reply(webhooks::webhook_list(rqctx, path, query)).await
    }

    async fn webhook_create(
        rqctx: Rq,
        path: Path<api::OrganizationPath>,
        body: JsonBody<api::WebhookCreate>,
    ) -> Result<Reply<HttpResponseCreated<api::Webhook>>, ApiError> {
        replied(webhooks::webhook_create(rqctx, path, body)).await
    }

    async fn webhook_view(
        rqctx: Rq,
        path: Path<api::WebhookPath>,
    ) -> Result<Reply<HttpResponseOk<api::Webhook>>, ApiError> {
        reply(webhooks::webhook_view(rqctx, path)).await
    }

    async fn webhook_patch(
        rqctx: Rq,
        path: Path<api::WebhookPath>,
        body: JsonBody<api::WebhookPatch>,
    ) -> Result<Reply<HttpResponseOk<api::Webhook>>, ApiError> {
        replied(webhooks::webhook_patch(rqctx, path, body)).await
    }

    async fn webhook_delete(
        rqctx: Rq,
        path: Path<api::WebhookPath>,
    ) -> Result<Reply<HttpResponseDeleted>, ApiError> {
        replied(webhooks::webhook_delete(rqctx, path)).await
    }

    async fn webhook_rotate_secret(
        rqctx: Rq,
        path: Path<api::WebhookPath>,
    ) -> Result<Reply<HttpResponseOk<api::Webhook>>, ApiError> {
        replied(webhooks::webhook_rotate_secret(rqctx, path)).await
    }

    async fn webhook_delivery_list(
        rqctx: Rq,
        path: Path<api::WebhookPath>,
        query: QueryParams<api::ListParams>,
    ) -> Result<
        Reply<HttpResponseOk<api::Paginated<api::WebhookDelivery>>>,
        ApiError,
    > {
        reply(webhooks::webhook_delivery_list(rqctx, path, query)).await
    }

    async fn webhook_delivery_retry(
        rqctx: Rq,
        path: Path<api::WebhookDeliveryPath>,
    ) -> Result<Reply<HttpResponseAccepted<api::WebhookQueued>>, ApiError> {
        replied(webhooks::webhook_delivery_retry(rqctx, path)).await
    }

    async fn webhook_replay(
        rqctx: Rq,
        path: Path<api::WebhookPath>,
        body: JsonBody<api::WebhookReplay>,
    ) -> Result<Reply<HttpResponseAccepted<api::WebhookQueued>>, ApiError> {
        replied(webhooks::webhook_replay(rqctx, path, body)).await
    }
}
