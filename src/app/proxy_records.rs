//! Proxy records (PostHog's managed reverse proxy): a domain of the
//! organization's that is to point, by CNAME, at a name orgbase derives
//! for it, and the provisioning that watches for that CNAME.
//!
//! ## What `valid` means here
//! orgbase checks DNS only: `valid` says the domain's CNAME points at
//! `target_cname`. Issuing a certificate and serving traffic for the
//! domain is the job of whatever runs under `--proxy-cname-base`; orgbase
//! never sets `issuing` or `warning`.
//!
//! ## Provisioning
//! A job of the server (`jobs::proxy_provisioning`, which owns the loop
//! and its scheduling) looks, every tick, for records that are due
//! ([`App::proxy_records_due`]): `waiting` ones whose next check has come,
//! and `deleting` ones (removed at once, as there is no infrastructure of
//! orgbase's to take down). It checks each with [`App::proxy_check`],
//! where the rules below live. A check first claims the
//! record with a conditional write (the record must still be `waiting`
//! with the same number of checks and be due; the claim counts the check
//! and sets the next one), so replicas on one database never check a
//! record twice; then it looks up the CNAME through the resolver domain
//! verification uses, without holding anything; then it writes the
//! outcome only if nobody changed the record meanwhile. State lives in
//! the store, so a restart resumes where it stopped. Checks back off
//! (the interval doubles up to a ceiling) and stop after the window:
//! `timed_out`. A CNAME elsewhere is `erroring` with what was found; no
//! CNAME yet, or a failed lookup, waits for the next check.
//!
//! ## Rules
//! - `domain`: trimmed and lowercased, a host name of at most 64
//!   characters, unique across organizations.
//! - `target_cname`: the first 20 hex digits of SHA-256 of the
//!   organization's id (hyphenated) followed by the domain, then `.` and
//!   the base (`--proxy-cname-base`), as PostHog derives it.
//! - At most [`MAX_PROXY_RECORDS`] per organization, checked in the
//!   insert's transaction.
//! - Reads for any member; writes (create, delete, retry) for admins, as
//!   PostHog's `OrganizationAdminWritePermissions`. A diagnosis is a read,
//!   at most once per cooldown per record.

use super::domains::clean_domain;
use super::organizations::Access;
use super::proxy_settings::chrono_duration;
use super::proxy_settings::MAX_PROXY_RECORDS;
use super::App;
use super::Caller;
use super::Level;
use super::OrganizationRef;
use super::RecordId;
use crate::api;
use crate::dns::Answer;
use crate::error::Code;
use crate::error::Error;
use crate::page::Start;
use crate::store::records::ProxyRecord;
use crate::store::records::ProxyStatus;
use crate::store::ProxyWrite;
use crate::store::StoreError;
use chrono::DateTime;
use chrono::Utc;
use sha2::Digest;
use std::time::Duration;
use uuid::Uuid;

pub(super) const DOMAIN_MAX: usize = 64;
/// The certificate authority a proxy's certificate would come from, for
/// the CAA check.
const CERTIFICATE_AUTHORITY: &str = "letsencrypt.org";
/// Least time between two diagnoses of one record.
const DIAGNOSIS_COOLDOWN_SECS: i64 = 60;

/// How the activity log names the provisioning of proxy records.
const PROVISIONER: &str = "orgbase proxy provisioner";

/// The target CNAME of `domain` in `organization_id`, as PostHog derives it.
fn target_cname(organization_id: Uuid, domain: &str, base: &str) -> String {
    let mut hash = sha2::Sha256::new();
    hash.update(organization_id.to_string());
    hash.update(domain);
    let digest = hex::encode(hash.finalize());
    format!("{}.{base}", &digest[..20])
}

fn status_view(status: ProxyStatus) -> api::ProxyRecordStatus {
    match status {
        ProxyStatus::Waiting => api::ProxyRecordStatus::Waiting,
        ProxyStatus::Issuing => api::ProxyRecordStatus::Issuing,
        ProxyStatus::Valid => api::ProxyRecordStatus::Valid,
        ProxyStatus::Warning => api::ProxyRecordStatus::Warning,
        ProxyStatus::Erroring => api::ProxyRecordStatus::Erroring,
        ProxyStatus::Deleting => api::ProxyRecordStatus::Deleting,
        ProxyStatus::TimedOut => api::ProxyRecordStatus::TimedOut,
    }
}

fn proxy_view(record: ProxyRecord) -> api::ProxyRecord {
    api::ProxyRecord {
        id: record.id,
        domain: record.domain,
        target_cname: record.target_cname,
        status: status_view(record.status),
        message: record.message,
        created_at: record.created_at,
        updated_at: record.updated_at,
        created_by: record.created_by,
    }
}

/// A record changed by someone else since the provisioning task read it:
/// the task leaves it alone.
struct Stale;

/// What a CNAME lookup means for a record waiting for it: its new status
/// and message, or None to wait for the next check.
fn provisioning_outcome(
    record: &ProxyRecord,
    answer: &Answer<String>,
) -> Option<(ProxyStatus, Option<String>)> {
    match answer {
        Answer::Records(targets) if targets.contains(&record.target_cname) => {
            Some((ProxyStatus::Valid, None))
        }
        Answer::Records(targets) => Some((
            ProxyStatus::Erroring,
            Some(format!(
                "The CNAME record of {} points to {}, not to {}. Change it, \
                 then retry.",
                record.domain,
                targets.join(", "),
                record.target_cname
            )),
        )),
        Answer::Nothing | Answer::Failed(_) => None,
    }
}

/// Every name from `domain` up to its top-level domain.
fn names_up_from(domain: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(domain), |name| {
        name.split_once('.').map(|(_, parent)| parent)
    })
}

/// Whether a CAA `issue` value names `authority` (its domain part, before
/// any parameters).
fn caa_names(value: &str, authority: &str) -> bool {
    value.split(';').next().unwrap_or("").trim().eq_ignore_ascii_case(authority)
}

impl App {
    async fn proxy_record_access(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        proxy_record_id: RecordId,
        level: Level,
    ) -> Result<(Access, ProxyRecord), Error> {
        self.record_access(
            caller,
            organization_id,
            proxy_record_id,
            level,
            |organization, id| async move {
                self.store.fetch(&[organization, id]).await
            },
        )
        .await
    }

    pub async fn proxy_record_list(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
    ) -> Result<api::ProxyRecordList, Error> {
        let Access { organization, .. } = self
            .organization_access(caller, organization_id, Level::Member)
            .await?;
        let all = u64::MAX;
        let records: Vec<ProxyRecord> = self
            .store
            .list_under(&[organization.id], true, Start::Offset(0), all)
            .await?
            .items;
        Ok(api::ProxyRecordList {
            results: records.into_iter().map(proxy_view).collect(),
            max_proxy_records: MAX_PROXY_RECORDS,
        })
    }

    pub async fn proxy_record_create(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        params: api::ProxyRecordCreate,
    ) -> Result<api::ProxyRecord, Error> {
        let Access { organization, guard, .. } = self
            .organization_access(caller, organization_id, Level::Admin)
            .await?;
        let domain = clean_domain(&params.domain, DOMAIN_MAX)?;
        let now = self.now();
        let record = ProxyRecord {
            id: Uuid::now_v7(),
            organization_id: organization.id,
            target_cname: target_cname(
                organization.id,
                &domain,
                &self.proxy.cname_base,
            ),
            domain,
            status: ProxyStatus::Waiting,
            message: None,
            created_by: caller.user.numeric_id,
            created_at: now,
            updated_at: now,
            waiting_since: now,
            checks: 0,
            next_check_at: now,
            last_diagnosed_at: None,
        };
        self.store
            .insert_limited(
                &self.actor(caller, Some(organization.id)),
                &record,
                &guard,
                MAX_PROXY_RECORDS,
            )
            .await
            .map_err(|error| match error {
                StoreError::LimitReached { max } => Error::Invalid {
                    code: Code::MaxProxyRecords,
                    detail: format!(
                        "Maximum of {max} proxy records per organization."
                    ),
                    attr: None,
                },
                error => error.into(),
            })?;
        Ok(proxy_view(record))
    }

    pub async fn proxy_record_view(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        proxy_record_id: RecordId,
    ) -> Result<api::ProxyRecord, Error> {
        let (_, record) = self
            .proxy_record_access(
                caller,
                organization_id,
                proxy_record_id,
                Level::Member,
            )
            .await?;
        Ok(proxy_view(record))
    }

    /// Removes a record not (yet) provisioned at once; marks any other
    /// `deleting`, for the provisioning task to finish.
    pub async fn proxy_record_delete(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        proxy_record_id: RecordId,
    ) -> Result<(), Error> {
        let (Access { guard, .. }, record) = self
            .proxy_record_access(
                caller,
                organization_id,
                proxy_record_id,
                Level::Admin,
            )
            .await?;
        let now = self.now();
        self.store
            .proxy_record_update(
                &self.actor(caller, Some(record.organization_id)),
                record.organization_id,
                record.id,
                Some(&guard),
                move |record| {
                    Ok::<_, Error>(match record.status {
                        ProxyStatus::Waiting
                        | ProxyStatus::Erroring
                        | ProxyStatus::TimedOut => ProxyWrite::Remove,
                        ProxyStatus::Deleting => ProxyWrite::Keep,
                        ProxyStatus::Issuing
                        | ProxyStatus::Valid
                        | ProxyStatus::Warning => {
                            record.status = ProxyStatus::Deleting;
                            record.next_check_at = now;
                            record.updated_at = now;
                            ProxyWrite::Keep
                        }
                    })
                },
            )
            .await??;
        Ok(())
    }

    pub async fn proxy_record_retry(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        proxy_record_id: RecordId,
    ) -> Result<api::ProxyRecord, Error> {
        let (Access { guard, .. }, record) = self
            .proxy_record_access(
                caller,
                organization_id,
                proxy_record_id,
                Level::Admin,
            )
            .await?;
        let now = self.now();
        let updated = self
            .store
            .proxy_record_update(
                &self.actor(caller, Some(record.organization_id)),
                record.organization_id,
                record.id,
                Some(&guard),
                move |record| {
                    let retryable = matches!(
                        record.status,
                        ProxyStatus::Erroring
                            | ProxyStatus::TimedOut
                            | ProxyStatus::Issuing
                    );
                    if !retryable {
                        return Err(Error::Invalid {
                            code: Code::Invalid,
                            detail: format!(
                                "Cannot retry proxy in {} state.",
                                record.status.as_str()
                            ),
                            attr: None,
                        });
                    }
                    record.status = ProxyStatus::Waiting;
                    record.message = None;
                    record.waiting_since = now;
                    record.checks = 0;
                    record.next_check_at = now;
                    record.updated_at = now;
                    Ok(ProxyWrite::Keep)
                },
            )
            .await??;
        Ok(proxy_view(updated))
    }

    /// Checks the record's DNS now (after recording the diagnosis, so that
    /// a second call within the cooldown is refused even while this one
    /// runs).
    pub async fn proxy_record_diagnose(
        &self,
        caller: &Caller,
        organization_id: OrganizationRef,
        proxy_record_id: RecordId,
    ) -> Result<api::ProxyRecordDiagnosis, Error> {
        let (Access { guard, .. }, record) = self
            .proxy_record_access(
                caller,
                organization_id,
                proxy_record_id,
                Level::Member,
            )
            .await?;
        let now = self.now();
        let cooldown = chrono::Duration::seconds(DIAGNOSIS_COOLDOWN_SECS);
        let record = self
            .store
            .proxy_record_update(
                &self.actor(caller, Some(record.organization_id)),
                record.organization_id,
                record.id,
                Some(&guard),
                move |record| {
                    if let Some(last) = record.last_diagnosed_at {
                        let wait = last + cooldown - now;
                        if wait > chrono::Duration::zero() {
                            return Err(Error::Throttled {
                                wait_seconds: wait
                                    .num_seconds()
                                    .max(1)
                                    .unsigned_abs(),
                            });
                        }
                    }
                    record.last_diagnosed_at = Some(now);
                    Ok(ProxyWrite::Keep)
                },
            )
            .await??;
        let checks = vec![
            self.cname_check(&record).await,
            self.caa_check(&record).await,
        ];
        Ok(api::ProxyRecordDiagnosis {
            record: proxy_view(record),
            checked_at: now,
            checks,
        })
    }

    async fn cname_check(&self, record: &ProxyRecord) -> api::ProxyRecordCheck {
        let (domain, target) = (&record.domain, &record.target_cname);
        let add =
            format!("Add a CNAME record for {domain} pointing to {target}.");
        let (status, detail, fix) = match self.dns.cname(domain).await {
            Answer::Records(found) if found.contains(target) => (
                api::ProxyCheckStatus::Pass,
                format!("{domain} is a CNAME for {target}."),
                None,
            ),
            Answer::Records(found) => (
                api::ProxyCheckStatus::Fail,
                format!("{domain} is a CNAME for {}.", found.join(", ")),
                Some(format!(
                    "Change the CNAME record of {domain} to point to {target}."
                )),
            ),
            Answer::Nothing => (
                api::ProxyCheckStatus::Fail,
                format!("{domain} has no CNAME record."),
                Some(add),
            ),
            Answer::Failed(error) => (
                api::ProxyCheckStatus::Unknown,
                format!("The CNAME lookup of {domain} failed: {error}."),
                None,
            ),
        };
        api::ProxyRecordCheck { name: "cname".to_string(), status, detail, fix }
    }

    /// The CAA records that govern the domain: those of the closest name,
    /// from the domain up, that has any (RFC 8659).
    async fn caa_check(&self, record: &ProxyRecord) -> api::ProxyRecordCheck {
        let check = |status, detail: String, fix: Option<String>| {
            api::ProxyRecordCheck {
                name: "caa".to_string(),
                status,
                detail,
                fix,
            }
        };
        for name in names_up_from(&record.domain) {
            let records = match self.dns.caa_records(name).await {
                Answer::Nothing => continue,
                Answer::Failed(error) => {
                    return check(
                        api::ProxyCheckStatus::Unknown,
                        format!("The CAA lookup of {name} failed: {error}."),
                        None,
                    )
                }
                Answer::Records(records) => records,
            };
            let issuers: Vec<&str> = records
                .iter()
                .filter(|caa| caa.tag == "issue")
                .map(|caa| caa.value.as_str())
                .collect();
            if issuers.is_empty()
                || issuers
                    .iter()
                    .any(|value| caa_names(value, CERTIFICATE_AUTHORITY))
            {
                return check(
                    api::ProxyCheckStatus::Pass,
                    format!(
                        "The CAA records at {name} allow {CERTIFICATE_AUTHORITY} \
                         to issue certificates."
                    ),
                    None,
                );
            }
            return check(
                api::ProxyCheckStatus::Fail,
                format!(
                    "The CAA records at {name} allow only {} to issue \
                     certificates.",
                    issuers.join(", ")
                ),
                Some(format!(
                    "Add a CAA record at {name}: 0 issue \"{CERTIFICATE_AUTHORITY}\"."
                )),
            );
        }
        check(
            api::ProxyCheckStatus::Pass,
            format!(
                "No CAA records at {} or above: any certificate authority may \
                 issue.",
                record.domain
            ),
            None,
        )
    }

    /// How often the provisioning job looks for due records.
    pub fn proxy_provisioning_tick(&self) -> Duration {
        self.proxy.schedule.tick
    }

    /// The records due now, at most `limit` (`waiting` ones whose next
    /// check has come, and `deleting` ones), with the time they were due
    /// at.
    pub async fn proxy_records_due(
        &self,
        limit: u64,
    ) -> Result<(DateTime<Utc>, Vec<ProxyRecord>), StoreError> {
        let now = self.now();
        Ok((now, self.store.proxy_record_list_due(now, limit).await?))
    }

    /// One due record's check (or removal); returns its id once it has
    /// ended. Failures are logged; the record is due again at its next
    /// check.
    pub async fn proxy_check(
        &self,
        record: ProxyRecord,
        now: DateTime<Utc>,
    ) -> Uuid {
        let id = record.id;
        match self.proxy_provision(record, now).await {
            // Deleted meanwhile, with its organization or by a user:
            // nothing left to do.
            Ok(()) | Err(StoreError::NotFound) => {}
            Err(error) => {
                slog::warn!(self.log, "proxy provisioning failed";
                    "error" => %error)
            }
        }
        id
    }

    async fn proxy_provision(
        &self,
        seen: ProxyRecord,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let (organization_id, id) = (seen.organization_id, seen.id);
        let permit = self.provisioning_writes.acquire().await;
        if seen.status == ProxyStatus::Deleting {
            self.store
                .proxy_record_update(
                    &self.system(PROVISIONER),
                    organization_id,
                    id,
                    None,
                    |record| match record.status {
                        ProxyStatus::Deleting => Ok(ProxyWrite::Remove),
                        _ => Err(Stale),
                    },
                )
                .await?
                .ok();
            return Ok(());
        }
        let schedule = self.proxy.schedule;
        let window = chrono_duration(schedule.window);
        // The claim: one process, one check.
        let claimed = self
            .store
            .proxy_record_update(
                &self.system(PROVISIONER),
                organization_id,
                id,
                None,
                move |record| {
                    if record.status != ProxyStatus::Waiting
                        || record.checks != seen.checks
                        || record.next_check_at > now
                    {
                        return Err(Stale);
                    }
                    if now >= record.waiting_since + window {
                        record.status = ProxyStatus::TimedOut;
                        record.message = Some(format!(
                            "No CNAME record for {} pointing to {} was seen \
                         within {} hours. Add it, then retry.",
                            record.domain,
                            record.target_cname,
                            window.num_hours()
                        ));
                        record.updated_at = now;
                        return Ok(ProxyWrite::Keep);
                    }
                    record.checks += 1;
                    record.next_check_at =
                        now + schedule.interval(record.checks);
                    Ok(ProxyWrite::Keep)
                },
            )
            .await?;
        drop(permit);
        let Ok(claimed) = claimed else {
            return Ok(());
        };
        if claimed.status != ProxyStatus::Waiting {
            slog::info!(self.log, "proxy record timed out";
                "proxy_record_id" => %id, "domain" => &claimed.domain);
            return Ok(());
        }
        let answer = self.dns.cname(&claimed.domain).await;
        let Some((status, message)) = provisioning_outcome(&claimed, &answer)
        else {
            return Ok(());
        };
        let now = self.now();
        let checks = claimed.checks;
        let _permit = self.provisioning_writes.acquire().await;
        let written = self
            .store
            .proxy_record_update(
                &self.system(PROVISIONER),
                organization_id,
                id,
                None,
                move |record| {
                    if record.status != ProxyStatus::Waiting
                        || record.checks != checks
                    {
                        return Err(Stale);
                    }
                    record.status = status;
                    record.message = message.clone();
                    record.updated_at = now;
                    Ok(ProxyWrite::Keep)
                },
            )
            .await?;
        if written.is_ok() {
            slog::info!(self.log, "proxy record checked";
                "proxy_record_id" => %id, "domain" => &claimed.domain,
                "status" => status.as_str());
        }
        Ok(())
    }
}

#[cfg(test)]
mod test {
    use super::super::proxy_settings::ProvisioningSchedule;
    use super::*;

    #[test]
    fn test_target_cname_as_posthog_derives_it() {
        // Python: hashlib.sha256(f"{organization_id}".encode() +
        // domain.encode()).hexdigest()[:20]
        let organization =
            Uuid::parse_str("0190b1c2-0000-7000-8000-000000000001").unwrap();
        assert_eq!(
            target_cname(organization, "e.example.com", "base.test"),
            "9a3dc75969d0212ef10a.base.test"
        );
    }

    #[test]
    fn test_interval_doubles_up_to_the_ceiling() {
        let schedule = ProvisioningSchedule::default();
        let seconds = |checks| schedule.interval(checks).num_seconds();
        assert_eq!(
            [1, 2, 3, 4, 5, 6, 7, 100].map(seconds),
            [15, 30, 60, 120, 240, 480, 600, 600]
        );
    }

    #[test]
    fn test_names_up_from_a_domain() {
        let names: Vec<&str> = names_up_from("e.sub.example.com").collect();
        assert_eq!(
            names,
            ["e.sub.example.com", "sub.example.com", "example.com", "com"]
        );
    }
}
