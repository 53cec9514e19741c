//! Verified domains: ownership proven by a DNS TXT record, then SSO
//! enforcement, just-in-time provisioning, SAML and SCIM settings.
//!
//! ## Rules
//! - The domain is trimmed and lowercased before it is checked (PostHog
//!   rejects `Example.com`; orgbase accepts and normalizes it), and never
//!   changes after creation.
//! - `jit_provisioning_enabled` and `sso_enforcement` change only on a
//!   verified domain; `sso_enforcement = "saml"` needs complete SAML
//!   settings, and stays valid only while they are.
//! - Turning SCIM on shows its bearer token once (stored hashed); turning
//!   it off revokes the token.

use super::clean_text;
use super::domain_names::is_domain_name;
use super::organizations::Access;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::PageRequest;
use super::RecordId;
use crate::api;
use crate::dns::Answer;
use crate::error::Code;
use crate::error::Error;
use crate::page::Page;
use crate::secrets;
use crate::store::records::DomainRecord;
use base64::Engine;
use rand::RngCore;
use uuid::Uuid;

pub(super) const DOMAIN_MAX: usize = 128;
const SAML_FIELD_MAX: usize = 512;
/// Longest `sso_enforcement`, as PostHog's column.
const SSO_ENFORCEMENT_MAX: usize = 28;
/// Where the verification TXT record is published, under the domain.
const CHALLENGE_LABEL: &str = "_posthog-challenge";

/// A domain name from a request: trimmed and lowercased, at most `max`
/// characters, of PostHog's pattern.
pub(super) fn clean_domain(domain: &str, max: usize) -> Result<String, Error> {
    let domain = clean_text("domain", &domain.to_lowercase(), max, false)?;
    if !is_domain_name(&domain) {
        return Err(Error::invalid(
            "domain",
            Code::Invalid,
            "Please enter a valid domain or subdomain name.",
        ));
    }
    Ok(domain)
}

/// A SAML text setting: trimmed, blank is none.
fn clean_saml_text(
    attr: &str,
    value: Option<&str>,
) -> Result<Option<String>, Error> {
    let value = value
        .map(|value| clean_text(attr, value, SAML_FIELD_MAX, true))
        .transpose()?;
    Ok(value.filter(|value| !value.is_empty()))
}

fn clean_saml_acs_url(value: Option<&str>) -> Result<Option<String>, Error> {
    let value = clean_saml_text("saml_acs_url", value)?;
    if let Some(url) = &value {
        let parsed = url::Url::parse(url).ok();
        if !parsed.is_some_and(|url| matches!(url.scheme(), "http" | "https")) {
            return Err(Error::invalid(
                "saml_acs_url",
                Code::Invalid,
                "Enter a valid URL.",
            ));
        }
    }
    Ok(value)
}

/// A PEM-encoded X.509 certificate, or none.
fn clean_saml_cert(value: Option<&str>) -> Result<Option<String>, Error> {
    let Some(pem) = value.map(str::trim).filter(|pem| !pem.is_empty()) else {
        return Ok(None);
    };
    let parses = x509_parser::pem::parse_x509_pem(pem.as_bytes()).is_ok_and(
        |(_, pem)| pem.label == "CERTIFICATE" && pem.parse_x509().is_ok(),
    );
    if !parses {
        return Err(Error::invalid(
            "saml_x509_cert",
            Code::Invalid,
            "Enter a valid PEM-encoded X.509 certificate.",
        ));
    }
    Ok(Some(pem.to_string()))
}

fn has_saml(domain: &DomainRecord) -> bool {
    domain.saml_entity_id.is_some()
        && domain.saml_acs_url.is_some()
        && domain.saml_x509_cert.is_some()
}

/// A URL-safe random challenge (as Python's `token_urlsafe(32)`).
fn new_challenge() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The SAML settings of a patch, checked: for each field, `None` keeps it,
/// `Some(value)` sets it.
struct SamlChanges {
    entity_id: Option<Option<String>>,
    acs_url: Option<Option<String>>,
    cert: Option<Option<String>>,
}

impl SamlChanges {
    fn from_patch(
        patch: &api::OrganizationDomainPatch,
    ) -> Result<SamlChanges, Error> {
        Ok(SamlChanges {
            entity_id: patch
                .saml_entity_id
                .as_ref()
                .map(|value| {
                    clean_saml_text("saml_entity_id", value.as_deref())
                })
                .transpose()?,
            acs_url: patch
                .saml_acs_url
                .as_ref()
                .map(|value| clean_saml_acs_url(value.as_deref()))
                .transpose()?,
            cert: patch
                .saml_x509_cert
                .as_ref()
                .map(|value| clean_saml_cert(value.as_deref()))
                .transpose()?,
        })
    }
}

/// Applies a checked patch to a domain as it is now (inside the store's
/// transaction). `scim_token_hash` is the hash of the token to use if this
/// patch turns SCIM on.
fn apply_patch(
    domain: &mut DomainRecord,
    patch: &api::OrganizationDomainPatch,
    saml: &SamlChanges,
    scim_token_hash: &str,
) -> Result<(), Error> {
    let verified = domain.verified_at.is_some();
    if let Some(jit) = patch.jit_provisioning_enabled {
        if jit != domain.jit_provisioning_enabled && !verified {
            return Err(verification_required("jit_provisioning_enabled"));
        }
        domain.jit_provisioning_enabled = jit;
    }
    if let Some(sso) = &patch.sso_enforcement {
        if *sso != domain.sso_enforcement && !verified {
            return Err(verification_required("sso_enforcement"));
        }
        domain.sso_enforcement = sso.clone();
    }
    if let Some(value) = &saml.entity_id {
        domain.saml_entity_id = value.clone();
    }
    if let Some(value) = &saml.acs_url {
        domain.saml_acs_url = value.clone();
    }
    if let Some(value) = &saml.cert {
        domain.saml_x509_cert = value.clone();
    }
    if domain.sso_enforcement == "saml" && !has_saml(domain) {
        return Err(Error::invalid(
            "sso_enforcement",
            Code::SamlRequired,
            "SAML can only be enforced when the entity id, ACS URL and certificate are all set.",
        ));
    }
    match patch.scim_enabled {
        Some(true) if domain.scim_token_hash.is_none() => {
            domain.scim_token_hash = Some(scim_token_hash.to_string());
        }
        Some(false) => domain.scim_token_hash = None,
        _ => {}
    }
    Ok(())
}

fn verification_required(attr: &str) -> Error {
    Error::invalid(
        attr,
        Code::VerificationRequired,
        "This attribute cannot be updated until the domain is verified.",
    )
}

impl App {
    /// The wire view; `base_url` is where this server is reached (for the
    /// SCIM base URL), `scim_token` the plaintext to show this once.
    fn domain_to_view(
        &self,
        domain: DomainRecord,
        base_url: &str,
        scim_token: Option<String>,
    ) -> api::OrganizationDomain {
        let scim_enabled = domain.scim_token_hash.is_some();
        api::OrganizationDomain {
            id: domain.id,
            is_verified: domain.verified_at.is_some(),
            verified_at: domain.verified_at,
            has_saml: has_saml(&domain),
            has_scim: scim_enabled,
            scim_enabled,
            scim_base_url: scim_enabled.then(|| {
                format!(
                    "{}/scim/v2/{}",
                    base_url.trim_end_matches('/'),
                    domain.id
                )
            }),
            scim_bearer_token: scim_token,
            domain: domain.domain,
            verification_challenge: domain.verification_challenge,
            last_verification_retry: domain.last_verification_retry,
            jit_provisioning_enabled: domain.jit_provisioning_enabled,
            sso_enforcement: domain.sso_enforcement,
            saml_entity_id: domain.saml_entity_id,
            saml_acs_url: domain.saml_acs_url,
            saml_x509_cert: domain.saml_x509_cert,
        }
    }

    pub(super) async fn domain_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
        level: Level,
    ) -> Result<(Access, DomainRecord), Error> {
        self.record_access(
            caller,
            organization_id,
            domain_id,
            level,
            |organization, id| async move {
                self.store.fetch(&[organization, id]).await
            },
        )
        .await
    }

    pub async fn domain_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        page: PageRequest,
        base_url: &str,
    ) -> Result<Page<api::OrganizationDomain>, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        Ok(self
            .store
            .domain_list_page(
                organization.id,
                page.offset,
                page.after_id()?,
                page.limit,
            )
            .await?
            .map(|domain| self.domain_to_view(domain, base_url, None)))
    }

    pub async fn domain_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::OrganizationDomainCreate,
        base_url: &str,
    ) -> Result<api::OrganizationDomain, Error> {
        let Access { organization, guard, .. } = self
            .organization_access(caller, organization_id, Level::Admin)
            .await?;
        let domain = DomainRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            domain: clean_domain(&params.domain, DOMAIN_MAX)?,
            verification_challenge: new_challenge(),
            verified_at: None,
            last_verification_retry: None,
            jit_provisioning_enabled: false,
            sso_enforcement: String::new(),
            saml_entity_id: clean_saml_text(
                "saml_entity_id",
                params.saml_entity_id.as_deref(),
            )?,
            saml_acs_url: clean_saml_acs_url(params.saml_acs_url.as_deref())?,
            saml_x509_cert: clean_saml_cert(params.saml_x509_cert.as_deref())?,
            scim_token_hash: None,
            created_at: self.now(),
        };
        self.store
            .domain_insert(
                &self.actor(caller, Some(organization.id)),
                &domain,
                &guard,
            )
            .await?;
        Ok(self.domain_to_view(domain, base_url, None))
    }

    pub async fn domain_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
        base_url: &str,
    ) -> Result<api::OrganizationDomain, Error> {
        let (_, domain) = self
            .domain_access(caller, organization_id, domain_id, Level::Member)
            .await?;
        Ok(self.domain_to_view(domain, base_url, None))
    }

    /// PUT and PATCH: the fields given change, under the rules above.
    pub async fn domain_patch(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
        mut patch: api::OrganizationDomainPatch,
        base_url: &str,
    ) -> Result<api::OrganizationDomain, Error> {
        let (Access { organization, guard, .. }, domain) = self
            .domain_access(caller, organization_id, domain_id, Level::Admin)
            .await?;
        if let Some(sso) = &mut patch.sso_enforcement {
            *sso =
                clean_text("sso_enforcement", sso, SSO_ENFORCEMENT_MAX, true)?;
        }
        let saml = SamlChanges::from_patch(&patch)?;
        let scim_token = secrets::generate(secrets::SCIM_TOKEN_PREFIX);
        let scim_hash = secrets::hash(&scim_token);
        let offered_hash = scim_hash.clone();
        let updated = self
            .store
            .domain_update(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                domain.id,
                &guard,
                move |domain| apply_patch(domain, &patch, &saml, &offered_hash),
            )
            .await??;
        let shown = (updated.scim_token_hash.as_deref()
            == Some(scim_hash.as_str()))
        .then_some(scim_token);
        Ok(self.domain_to_view(updated, base_url, shown))
    }

    pub async fn domain_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { guard, organization, .. }, domain) = self
            .domain_access(caller, organization_id, domain_id, Level::Admin)
            .await?;
        self.store
            .domain_remove(
                &self.actor(caller, Some(organization.id)),
                &domain,
                &guard,
            )
            .await?;
        Ok(())
    }

    /// Looks for the challenge in DNS; verifies the domain on a match, and
    /// records the attempt otherwise.
    pub async fn domain_verify(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
        base_url: &str,
    ) -> Result<api::OrganizationDomain, Error> {
        let (Access { organization, guard, .. }, domain) = self
            .domain_access(caller, organization_id, domain_id, Level::Admin)
            .await?;
        let already_verified = || Error::Invalid {
            code: Code::AlreadyVerified,
            detail: "This domain has already been verified.".to_string(),
            attr: None,
        };
        if domain.verified_at.is_some() {
            return Err(already_verified());
        }
        let name = format!("{CHALLENGE_LABEL}.{}", domain.domain);
        let answer = self.dns.txt_records(&name).await;
        let matched = matches!(&answer, Answer::Records(texts)
            if texts.iter().any(|text| text.trim() == domain.verification_challenge));
        if !matched {
            slog::info!(self.log, "domain verification failed";
                "domain_id" => %domain.id, "answer" => ?answer);
        }
        let now = self.now();
        let updated = self
            .store
            .domain_update(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                domain.id,
                &guard,
                move |domain| {
                    if domain.verified_at.is_some() {
                        return Err(already_verified());
                    }
                    if matched {
                        domain.verified_at = Some(now);
                        domain.last_verification_retry = None;
                    } else {
                        domain.last_verification_retry = Some(now);
                    }
                    Ok(())
                },
            )
            .await??;
        Ok(self.domain_to_view(updated, base_url, None))
    }

    /// Replaces the SCIM token of a domain with SCIM on.
    pub async fn domain_scim_token(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        domain_id: RecordId,
        base_url: &str,
    ) -> Result<api::OrganizationDomain, Error> {
        let (Access { organization, guard, .. }, domain) = self
            .domain_access(caller, organization_id, domain_id, Level::Admin)
            .await?;
        let token = secrets::generate(secrets::SCIM_TOKEN_PREFIX);
        let hash = secrets::hash(&token);
        let updated = self
            .store
            .domain_update(
                &self.actor(caller, Some(organization.id)),
                organization.id,
                domain.id,
                &guard,
                move |domain| {
                    if domain.scim_token_hash.is_none() {
                        return Err(Error::Invalid {
                            code: Code::ScimNotEnabled,
                            detail: "SCIM is not enabled for this domain."
                                .to_string(),
                            attr: None,
                        });
                    }
                    domain.scim_token_hash = Some(hash.clone());
                    Ok(())
                },
            )
            .await??;
        Ok(self.domain_to_view(updated, base_url, Some(token)))
    }
}

#[cfg(test)]
mod test {
    use super::is_domain_name;

    #[test]
    fn test_domain_pattern() {
        for good in [
            "example.com",
            "a.b.example.co",
            "my-site.io",
            "x1.y2.dev",
            "1.example.org",
        ] {
            assert!(is_domain_name(good), "{good}");
        }
        for bad in [
            "example",
            "example.c",
            "-a.com",
            "a-.com",
            "a--b.com",
            "a..com",
            ".com",
            "ex ample.com",
            "example.c0m",
            "Example.com",
            "a_b.com",
        ] {
            assert!(!is_domain_name(bad), "{bad}");
        }
    }
}
