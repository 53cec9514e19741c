//! Verified domains, and the global index that keeps each domain name in
//! one organization only (checked in the write's transaction, so two
//! concurrent creates cannot both win).

use super::layout::key;
use super::layout::DOMAIN;
use super::layout::DOMAIN_ID;
use super::layout::DOMAIN_NAME;

use super::layout::ORG_DOMAIN;
use super::records::DomainRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Start;
use uuid::Uuid;

pub(super) fn domain_key(organization_id: Uuid, domain_id: Uuid) -> Vec<u8> {
    key(DOMAIN, &[organization_id.as_bytes(), domain_id.as_bytes()])
}

pub(super) fn name_key(domain: &str) -> Vec<u8> {
    key(DOMAIN_NAME, &[domain.as_bytes()])
}

pub(super) fn id_key(domain_id: Uuid) -> Vec<u8> {
    key(DOMAIN_ID, &[domain_id.as_bytes()])
}

impl SledStore {
    /// A page of the organization's domains, by name, through the
    /// `org_domain/` index, from `start` (after a name).
    pub fn domain_list_page(
        &self,
        organization_id: Uuid,
        start: Start<String>,
        limit: u64,
    ) -> Result<Vec<DomainRecord>, StoreError> {
        let prefix = key(ORG_DOMAIN, &[organization_id.as_bytes()]);
        let start = start.map(String::into_bytes);
        self.records_from(&prefix, false, start, limit, |_, domain_id| {
            Ok(domain_key(
                organization_id,
                super::layout::uuid_from(domain_id)?,
            ))
        })
    }

    /// The domain record of this name (lowercase), in whichever
    /// organization has it.
    pub fn domain_fetch_by_name(
        &self,
        domain: &str,
    ) -> Result<Option<DomainRecord>, StoreError> {
        let Some(ids) = self.db.get(name_key(domain))? else {
            return Ok(None);
        };
        let (organization_id, domain_id) =
            super::layout::id_pair(&ids, "domain name")?;
        self.fetch_kind(&[organization_id, domain_id])
    }
}

impl SledStore {
    /// A domain, by id alone.
    pub fn domain_fetch_by_id(
        &self,
        domain_id: Uuid,
    ) -> Result<Option<DomainRecord>, StoreError> {
        let Some(organization_id) = self.db.get(id_key(domain_id))? else {
            return Ok(None);
        };
        self.fetch_kind(&[
            super::layout::uuid_from(&organization_id)?,
            domain_id,
        ])
    }

    /// Writes the `domain_id/` entries of a store made before they existed
    /// (domains, but no entries): once, at open, before anything else can
    /// write.
    pub(super) fn domain_ids_build(&self) -> Result<(), StoreError> {
        let has_domains = self.db.scan_prefix(DOMAIN).next().is_some();
        let has_ids = self.db.scan_prefix(DOMAIN_ID).next().is_some();
        if !has_domains || has_ids {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        let mut built = 0;
        for entry in self.db.scan_prefix(DOMAIN).keys() {
            let entry = entry?;
            let (organization_id, domain_id) =
                super::layout::id_pair(&entry[DOMAIN.len()..], "domain")?;
            batch.insert(
                id_key(domain_id),
                organization_id.as_bytes().as_slice(),
            );
            built += 1;
        }
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        slog::info!(self.log, "indexed the domains by id"; "domains" => built);
        Ok(())
    }
}
