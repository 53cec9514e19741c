//! CIMD verification tokens: issuing, listing, revoking, and matching a
//! partner's OAuth client ID metadata document to the organization whose
//! token it publishes.
//!
//! ## Why the URL binding
//! The metadata document is public, so a token found in it may have been
//! copied from someone else's document. A token therefore only verifies
//! the document at the URL it was issued for; several organizations may
//! name the same URL, and only the one whose token the document carries
//! matches.

use super::clean_text;
use super::members::user_basic;
use super::organizations::Access;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::page::Start;
use crate::secrets;
use crate::store::records::CimdTokenRecord;
use crate::store::StoreError;
use std::convert::Infallible;
use uuid::Uuid;

const LABEL_MAX: usize = 40;
const URL_MAX: usize = 2048;
/// Where a metadata document publishes the token: `com.posthog` ->
/// `verification_token`, else the legacy top-level key.
const NAMESPACE_KEY: &str = "com.posthog";
const NESTED_TOKEN_KEY: &str = "verification_token";
const LEGACY_TOKEN_KEY: &str = "posthog_verification_token";

/// The stored form of a metadata document's URL: HTTPS only, no user info
/// or fragment; scheme and host lowercased, default port dropped, trailing
/// slash removed.
pub fn normalize_cimd_url(input: &str) -> Result<String, Error> {
    let attr = "cimd_url";
    let input = clean_text(attr, input, URL_MAX, false)?;
    let invalid = |detail: &str| Error::invalid(attr, Code::Invalid, detail);
    let url =
        url::Url::parse(&input).map_err(|_| invalid("Enter a valid URL."))?;
    if url.scheme() != "https" {
        return Err(invalid("The metadata document URL must use https."));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "The metadata document URL must not contain user information.",
        ));
    }
    if url.fragment().is_some() {
        return Err(invalid(
            "The metadata document URL must not contain a fragment.",
        ));
    }
    let host = url
        .host_str()
        .filter(|host| !host.is_empty())
        .ok_or_else(|| invalid("Enter a valid URL."))?;
    let port = url.port().map(|port| format!(":{port}")).unwrap_or_default();
    let path = url.path().trim_end_matches('/');
    let query =
        url.query().map(|query| format!("?{query}")).unwrap_or_default();
    Ok(format!("https://{host}{port}{path}{query}"))
}

impl App {
    async fn cimd_token_to_view(
        &self,
        token: CimdTokenRecord,
        value: Option<String>,
    ) -> Result<api::CimdVerificationToken, Error> {
        let created_by = self
            .store
            .user_fetch(token.created_by)
            .await?
            .map(|user| user_basic(&user));
        Ok(api::CimdVerificationToken {
            id: token.id,
            label: token.label,
            cimd_url: token.cimd_url,
            mask_value: token.mask_value,
            created_by,
            created_at: token.created_at,
            last_used_at: token.last_used_at,
            value,
        })
    }

    pub async fn cimd_verification_token_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        page: PageRequest,
    ) -> Result<Page<api::CimdVerificationToken>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        self.store
            .list_under(
                &[organization.id],
                true,
                Start::Offset(page.offset),
                page.limit,
            )
            .await?
            .try_map_async(|token| self.cimd_token_to_view(token, None))
            .await
    }

    pub async fn cimd_verification_token_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::CimdVerificationTokenCreate,
    ) -> Result<api::CimdVerificationToken, Error> {
        let Access { organization, guard, .. } = self
            .organization_access(caller, organization_id, Level::Admin)
            .await?;
        let label = clean_text("label", &params.label, LABEL_MAX, false)?;
        let cimd_url = normalize_cimd_url(&params.cimd_url)?;
        let value = secrets::generate(secrets::CIMD_TOKEN_PREFIX);
        let token = CimdTokenRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            label,
            cimd_url: Some(cimd_url),
            secure_value: secrets::hash(&value),
            mask_value: secrets::mask(&value),
            created_by: caller.user.id,
            created_at: self.now(),
            last_used_at: None,
        };
        self.store
            .insert_under(
                &self.actor(caller, Some(organization.id)),
                &token,
                &guard,
            )
            .await?;
        self.cimd_token_to_view(token, Some(value)).await
    }

    /// A token of the organization in the path; any other id is not found.
    async fn cimd_token_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        token_id: RecordId,
        level: Level,
    ) -> Result<(Access, CimdTokenRecord), Error> {
        self.record_access(
            caller,
            organization_id,
            token_id,
            level,
            |organization, id| async move {
                self.store.fetch(&[organization, id]).await
            },
        )
        .await
    }

    pub async fn cimd_verification_token_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        token_id: RecordId,
    ) -> Result<api::CimdVerificationToken, Error> {
        let (_, token) = self
            .cimd_token_access(caller, organization_id, token_id, Level::Member)
            .await?;
        self.cimd_token_to_view(token, None).await
    }

    pub async fn cimd_verification_token_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        token_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { guard, organization, .. }, token) = self
            .cimd_token_access(caller, organization_id, token_id, Level::Admin)
            .await?;
        let key = [token.organization_id, token.id];
        self.store
            .remove_under::<CimdTokenRecord>(
                &self.actor(caller, Some(organization.id)),
                &key,
                &guard,
            )
            .await?;
        Ok(())
    }

    /// The stored token a raw value from a document names, if any.
    async fn cimd_token_named(
        &self,
        raw: Option<&serde_json::Value>,
    ) -> Result<Option<CimdTokenRecord>, Error> {
        match raw.and_then(serde_json::Value::as_str) {
            Some(raw) if raw.starts_with(secrets::CIMD_TOKEN_PREFIX) => {
                Ok(self
                    .store
                    .cimd_token_fetch_by_hash(&secrets::hash(raw))
                    .await?)
            }
            _ => Ok(None),
        }
    }

    /// The organization a metadata document read from `cimd_url` verifies:
    /// the one whose token it publishes, if that token was issued for this
    /// URL. A recognized nested token issued for another URL matches
    /// nothing (the document quotes someone else's token); an absent or
    /// unrecognized nested token falls back to the legacy location.
    pub async fn cimd_match(
        &self,
        cimd_url: &str,
        document: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<Option<Uuid>, Error> {
        let url = normalize_cimd_url(cimd_url)?;
        let nested = document
            .get(NAMESPACE_KEY)
            .and_then(serde_json::Value::as_object)
            .and_then(|namespace| namespace.get(NESTED_TOKEN_KEY));
        let token = match self.cimd_token_named(nested).await? {
            Some(token) => Some(token),
            None => {
                self.cimd_token_named(document.get(LEGACY_TOKEN_KEY)).await?
            }
        };
        let Some(token) = token
            .filter(|token| token.cimd_url.as_deref() == Some(url.as_str()))
        else {
            return Ok(None);
        };
        let (key, now) = ([token.organization_id, token.id], self.now());
        let matcher = self.system("cimd");
        let touched = self.store.update_under(
            &matcher,
            &key,
            None,
            move |token: &mut CimdTokenRecord| {
                token.last_used_at = Some(now);
                Ok::<(), Infallible>(())
            },
        );
        // A token revoked meanwhile still matched the document it was read
        // for.
        match touched.await {
            Ok(_) | Err(StoreError::NotFound) => {}
            Err(error) => return Err(error.into()),
        }
        Ok(Some(token.organization_id))
    }

    /// The match, as the staff-only extension endpoint offers it.
    pub async fn cimd_verification_token_match(
        &self,
        caller: &Caller,
        params: api::CimdMatchRequest,
    ) -> Result<api::CimdMatch, Error> {
        if !caller.user.is_staff {
            return Err(Error::permission_denied(
                "Only staff users may match metadata documents.",
            ));
        }
        let organization_id =
            self.cimd_match(&params.cimd_url, &params.document).await?;
        Ok(api::CimdMatch { organization_id })
    }
}

#[cfg(test)]
mod test {
    use super::normalize_cimd_url;

    #[test]
    fn test_cimd_url_normalization() {
        let cases = [
            ("https://Example.COM/", "https://example.com"),
            (
                "HTTPS://example.com:443/client.json",
                "https://example.com/client.json",
            ),
            ("https://example.com:8443/a/b/", "https://example.com:8443/a/b"),
            ("https://example.com/meta?x=1", "https://example.com/meta?x=1"),
            ("  https://example.com/path  ", "https://example.com/path"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_cimd_url(input).unwrap(), expected, "{input}");
        }
        for bad in [
            "http://example.com/",
            "https://user:pass@example.com/",
            "https://user@example.com/",
            "https://example.com/#frag",
            "not a url",
            "",
            "ftp://example.com/",
        ] {
            assert!(normalize_cimd_url(bad).is_err(), "{bad}");
        }
        let long = format!("https://example.com/{}", "a".repeat(2048));
        assert!(normalize_cimd_url(&long).is_err());
    }
}
