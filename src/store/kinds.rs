//! The table of record kinds: for each kind, one [`Kind`] line that says
//! how it is keyed, what it keeps unique, what lists and finds it, and
//! what each engine names it. Both engines derive their layout from it:
//! - sled writes the record under its prefix and key, each [`Entry`] under
//!   its index's prefix, checks a [`Uniqueness::Unique`] entry is free,
//!   keeps the counts, and checks every index against its records
//!   (`sled::tx`, `sled::indexes`);
//! - PostgreSQL writes a row of the kind's table with its key and
//!   [`Kind::columns`], maps a unique constraint's violation to the error
//!   its index names, keeps the counts (`entry_counts`), and checks the
//!   columns and counts against the records (`postgres::by_kind`,
//!   `postgres::check`);
//! - the export reads every kind in [`ExportRecord`]'s order.
//!
//! So reading, writing and removing a record by key is written once per
//! engine, generically ([`Tx::get`], [`Tx::insert`], [`Tx::put`],
//! [`Tx::remove`]), and a new kind is a record, its line here and its
//! migration.
//!
//! [`Tx::get`]: super::tx::Tx::get
//! [`Tx::insert`]: super::tx::Tx::insert
//! [`Tx::put`]: super::tx::Tx::put
//! [`Tx::remove`]: super::tx::Tx::remove

use super::records::ActivityRecord;
use super::records::ApiKeyRecord;
use super::records::CimdTokenRecord;
use super::records::DomainRecord;
use super::records::IdempotencyRecord;
use super::records::InviteRecord;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::ProjectSettingsRecord;
use super::records::ProxyRecord;
use super::records::RoleExternalReferenceRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::records::ScimLogRecord;
use super::records::ScimUserRecord;
use super::records::UserRecord;
use super::records::WebhookDeliveryRecord;
use super::records::WebhookRecord;
use super::types::Counted;
use super::types::Place;
use super::types::StoreError;
use super::types::Subject;
use crate::names;
use chrono::DateTime;
use chrono::Utc;
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

/// One record of a store, as `orgbase export` writes it (one JSON object
/// per line, after a header line) and `orgbase import` and `orgbase serve
/// --seed` read it. Records come in this order, each after what it refers
/// to: users, keys, organizations, memberships, invites, roles, role
/// memberships, CIMD tokens, domains, role external references, proxy
/// records, SCIM users, SCIM request logs, project settings, activity log
/// entries, webhook endpoints, webhook deliveries, idempotency keys. Indexes are not
/// exported: each backend builds its own.
///
/// Read by a hand-written `Deserialize` (below) that reads what the derive
/// would, without first buffering every record.
#[derive(Clone, Debug, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportRecord {
    User { record: UserRecord },
    ApiKey { record: ApiKeyRecord },
    Organization { record: OrganizationRecord },
    Membership { organization_id: Uuid, record: MembershipRecord },
    Invite { record: InviteRecord },
    Role { record: RoleRecord },
    RoleMember { organization_id: Uuid, record: RoleMembershipRecord },
    CimdToken { record: CimdTokenRecord },
    Domain { record: DomainRecord },
    ScimUser { record: ScimUserRecord },
    ScimLog { record: ScimLogRecord },
    RoleExternalReference { record: RoleExternalReferenceRecord },
    ProxyRecord { record: ProxyRecord },
    ProjectSettings { record: ProjectSettingsRecord },
    Activity { record: ActivityRecord },
    Webhook { record: WebhookRecord },
    WebhookDelivery { record: WebhookDeliveryRecord },
    IdempotencyKey { record: IdempotencyRecord },
}

/// An [`ExportRecord`]'s `kind`.
#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum ExportKind {
    User,
    ApiKey,
    Organization,
    Membership,
    Invite,
    Role,
    RoleMember,
    CimdToken,
    Domain,
    ScimUser,
    ScimLog,
    RoleExternalReference,
    ProxyRecord,
    ProjectSettings,
    Activity,
    Webhook,
    WebhookDelivery,
    IdempotencyKey,
}

/// The record of `$kind` (an [`ExportKind`]), its body `$body` (an
/// expression read as the type the kind names); the organization a kind
/// names beside its record is the nil id until it is read.
macro_rules! export_record {
    ($kind:expr, $body:expr) => {{
        let nil = Uuid::nil();
        match $kind {
            ExportKind::User => ExportRecord::User { record: $body },
            ExportKind::ApiKey => ExportRecord::ApiKey { record: $body },
            ExportKind::Organization => {
                ExportRecord::Organization { record: $body }
            }
            ExportKind::Membership => {
                ExportRecord::Membership { organization_id: nil, record: $body }
            }
            ExportKind::Invite => ExportRecord::Invite { record: $body },
            ExportKind::Role => ExportRecord::Role { record: $body },
            ExportKind::RoleMember => {
                ExportRecord::RoleMember { organization_id: nil, record: $body }
            }
            ExportKind::CimdToken => ExportRecord::CimdToken { record: $body },
            ExportKind::Domain => ExportRecord::Domain { record: $body },
            ExportKind::ScimUser => ExportRecord::ScimUser { record: $body },
            ExportKind::ScimLog => ExportRecord::ScimLog { record: $body },
            ExportKind::RoleExternalReference => {
                ExportRecord::RoleExternalReference { record: $body }
            }
            ExportKind::ProxyRecord => {
                ExportRecord::ProxyRecord { record: $body }
            }
            ExportKind::ProjectSettings => {
                ExportRecord::ProjectSettings { record: $body }
            }
            ExportKind::Activity => ExportRecord::Activity { record: $body },
            ExportKind::Webhook => ExportRecord::Webhook { record: $body },
            ExportKind::WebhookDelivery => {
                ExportRecord::WebhookDelivery { record: $body }
            }
            ExportKind::IdempotencyKey => {
                ExportRecord::IdempotencyKey { record: $body }
            }
        }
    }};
}

/// Reads an [`ExportRecord`] as serde's derive for an internally tagged
/// enum with `deny_unknown_fields` would (`kind` names the variant), with
/// the same errors. The derive buffers the whole record before it reads
/// `kind`, which was most of the time an import took to read its file;
/// an export writes `kind` first, so here a `record` after it is read
/// straight into its type, and only one before it is buffered.
impl<'de> serde::Deserialize<'de> for ExportRecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ExportRecordVisitor)
    }
}

struct ExportRecordVisitor;

impl<'de> serde::de::Visitor<'de> for ExportRecordVisitor {
    type Value = ExportRecord;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an export record")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<ExportRecord, A::Error> {
        use serde::de::Error;
        /// A line's fields: any other is refused, as
        /// `deny_unknown_fields` refuses it.
        #[derive(serde::Deserialize)]
        #[serde(field_identifier, rename_all = "snake_case")]
        enum Field {
            Kind,
            OrganizationId,
            Record,
        }
        let mut kind: Option<ExportKind> = None;
        let mut organization_id: Option<Uuid> = None;
        let mut record: Option<ExportRecord> = None;
        // A record before its kind, buffered until the kind is known.
        let mut early: Option<serde_json::Value> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Kind if kind.is_some() => {
                    return Err(Error::duplicate_field("kind"))
                }
                Field::Kind => kind = Some(map.next_value()?),
                Field::OrganizationId if organization_id.is_some() => {
                    return Err(Error::duplicate_field("organization_id"))
                }
                Field::OrganizationId => {
                    organization_id = Some(map.next_value()?)
                }
                Field::Record if record.is_some() || early.is_some() => {
                    return Err(Error::duplicate_field("record"))
                }
                Field::Record => match &kind {
                    Some(kind) => {
                        record = Some(export_record!(kind, map.next_value()?))
                    }
                    None => early = Some(map.next_value()?),
                },
            }
        }
        let kind = kind.ok_or_else(|| Error::missing_field("kind"))?;
        let mut record = match (record, early) {
            (Some(record), _) => record,
            (None, Some(early)) => export_record!(
                kind,
                serde::Deserialize::deserialize(early)
                    .map_err(Error::custom)?
            ),
            (None, None) => return Err(Error::missing_field("record")),
        };
        // Where the kind names its organization beside its record (the
        // nil id until now).
        let beside = match &mut record {
            ExportRecord::Membership { organization_id, .. }
            | ExportRecord::RoleMember { organization_id, .. } => {
                Some(organization_id)
            }
            _ => None,
        };
        match (beside, organization_id) {
            (Some(beside), Some(organization_id)) => *beside = organization_id,
            (Some(_), None) => {
                return Err(Error::missing_field("organization_id"))
            }
            (None, Some(_)) => {
                return Err(Error::unknown_field(
                    "organization_id",
                    &["kind", "record"],
                ))
            }
            (None, None) => {}
        }
        Ok(record)
    }
}

/// Where an export's records go as they are read, one at a time and in
/// [`ExportRecord`]'s order, so that an export's memory does not grow
/// with the store. An error stops the export.
pub type ExportSink<'s> =
    dyn FnMut(ExportRecord) -> Result<(), StoreError> + Send + 's;

/// Where an import's records come from, in the export's order (a file
/// read as they are imported): each record, or why it could not be read.
pub type ImportRecords<'a> =
    dyn Iterator<Item = Result<ExportRecord, String>> + Send + 'a;

impl ExportRecord {
    /// Where the record comes in an export: each kind after the kinds it
    /// refers to.
    pub fn rank(&self) -> usize {
        match self {
            ExportRecord::User { .. } => 0,
            ExportRecord::ApiKey { .. } => 1,
            ExportRecord::Organization { .. } => 2,
            ExportRecord::Membership { .. } => 3,
            ExportRecord::Invite { .. } => 4,
            ExportRecord::Role { .. } => 5,
            ExportRecord::RoleMember { .. } => 6,
            ExportRecord::CimdToken { .. } => 7,
            ExportRecord::Domain { .. } => 8,
            ExportRecord::RoleExternalReference { .. } => 9,
            ExportRecord::ProxyRecord { .. } => 10,
            ExportRecord::ScimUser { .. } => 11,
            ExportRecord::ScimLog { .. } => 12,
            ExportRecord::ProjectSettings { .. } => 13,
            ExportRecord::Activity { .. } => 14,
            ExportRecord::Webhook { .. } => 15,
            ExportRecord::WebhookDelivery { .. } => 16,
            ExportRecord::IdempotencyKey { .. } => 17,
        }
    }

    /// The organization the record is kept under, if any.
    pub fn organization_id(&self) -> Option<Uuid> {
        match self {
            ExportRecord::User { .. }
            | ExportRecord::ApiKey { .. }
            | ExportRecord::Organization { .. }
            | ExportRecord::IdempotencyKey { .. } => None,
            ExportRecord::Membership { organization_id, .. }
            | ExportRecord::RoleMember { organization_id, .. } => {
                Some(*organization_id)
            }
            ExportRecord::Invite { record } => Some(record.organization_id),
            ExportRecord::Role { record } => Some(record.organization_id),
            ExportRecord::CimdToken { record } => Some(record.organization_id),
            ExportRecord::Domain { record } => Some(record.organization_id),
            ExportRecord::RoleExternalReference { record } => {
                Some(record.organization_id)
            }
            ExportRecord::ProxyRecord { record } => {
                Some(record.organization_id)
            }
            ExportRecord::ScimUser { record } => Some(record.organization_id),
            ExportRecord::ScimLog { record } => Some(record.organization_id),
            ExportRecord::ProjectSettings { record } => {
                Some(record.organization_id)
            }
            ExportRecord::Activity { record } => Some(record.organization_id),
            ExportRecord::Webhook { record } => Some(record.organization_id),
            ExportRecord::WebhookDelivery { record } => {
                Some(record.organization_id)
            }
        }
    }

    /// The record in a few words, for errors and the checker.
    pub fn describe(&self) -> String {
        match self {
            ExportRecord::User { record } => format!("user {}", record.email),
            ExportRecord::ApiKey { record } => format!("key {}", record.id),
            ExportRecord::Organization { record } => {
                format!("organization {}", record.id)
            }
            ExportRecord::Membership { organization_id, record } => format!(
                "membership of user {} in organization {organization_id}",
                record.user_id
            ),
            ExportRecord::Invite { record } => format!("invite {}", record.id),
            ExportRecord::Role { record } => format!("role {}", record.id),
            ExportRecord::RoleMember { record, .. } => format!(
                "role membership of user {} in role {}",
                record.user_id, record.role_id
            ),
            ExportRecord::CimdToken { record } => {
                format!("CIMD token {}", record.id)
            }
            ExportRecord::Domain { record } => {
                format!("domain {}", record.domain)
            }
            ExportRecord::RoleExternalReference { record } => {
                format!("role external reference {}", record.id)
            }
            ExportRecord::ProxyRecord { record } => {
                format!("proxy record {}", record.domain)
            }
            ExportRecord::ScimUser { record } => format!(
                "SCIM user {} of domain {}",
                record.user_id, record.domain_id
            ),
            ExportRecord::ScimLog { record } => {
                format!("SCIM log entry {}", record.id)
            }
            ExportRecord::ProjectSettings { record } => {
                format!("settings of project {}", record.project_id)
            }
            ExportRecord::Activity { record } => {
                format!("activity log entry {}", record.id)
            }
            ExportRecord::Webhook { record } => {
                format!("webhook endpoint {}", record.id)
            }
            ExportRecord::WebhookDelivery { record } => format!(
                "delivery of event {} to webhook endpoint {}",
                record.event_id, record.webhook_id
            ),
            ExportRecord::IdempotencyKey { record } => format!(
                "idempotency key {} of user {}",
                record.id, record.user_id
            ),
        }
    }

    /// The numeric ids this record holds (a user's, an organization's
    /// projects'): what an import must keep new ids clear of.
    pub fn numeric_ids(&self) -> Vec<i64> {
        match self {
            ExportRecord::User { record } => vec![record.numeric_id],
            ExportRecord::Organization { record } => {
                record.projects.iter().map(|project| project.id).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// One part of an index entry's key (or of a column): sled writes the
/// parts as bytes one after the other, so that byte order is the parts'
/// order; PostgreSQL binds a column to one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Part {
    Id(Uuid),
    /// Text that ends the key (nothing follows it).
    Text(String),
    Time(DateTime<Utc>),
    Number(i64),
    /// Text followed by more parts: ended by a 0 byte on sled (texts hold
    /// no null character; requests with one are refused).
    Field(String),
    /// Optional text followed by more parts, present before absent.
    Optional(Option<String>),
}

/// What an index's entries are for.
#[derive(Clone, Copy)]
pub(crate) enum Uniqueness {
    /// Each entry names one record, and no other may take it: a write
    /// that would fails with this error (on PostgreSQL, when one of the
    /// index's constraints is violated).
    Unique { taken: fn() -> StoreError, constraints: &'static [&'static str] },
    /// Each entry finds one record by another key than its own.
    Lookup,
    /// The entries list the records in an order of their own.
    Listing,
}

/// One index of a kind.
pub(crate) struct Index {
    /// What `orgbase check` reports its differences under.
    pub name: &'static str,
    /// Where sled keeps its entries.
    pub prefix: &'static [u8],
    pub uniqueness: Uniqueness,
}

/// A count the store keeps of a kind's records under one id of their key
/// (a user's organizations, an organization's invites, a role's members),
/// moved in the transaction that adds or removes a record, so that a
/// list's count is one read however long the list.
pub(crate) struct KeptCount {
    /// What `orgbase check` reports it under; PostgreSQL keeps the counts
    /// in the rows of `entry_counts` whose `counter` is this name.
    pub name: &'static str,
    /// sled: where the counts are kept (followed by the id).
    pub prefix: &'static [u8],
    /// The key's column that holds the id the records are counted under:
    /// an id unique on its own (a role's, not an organization's and a
    /// role's), so that the count is keyed by it alone.
    pub column: &'static str,
}

impl Table {
    /// The count kept of the records whose key begins with `parent`, if
    /// the table keeps one (see [`KeptCount`]).
    pub fn count_under(
        &self,
        parent: &[Uuid],
    ) -> Option<(&'static KeptCount, Uuid)> {
        let (last, column) = (parent.last()?, self.key.get(parent.len() - 1)?);
        let count = self.counts.iter().find(|count| count.column == *column)?;
        Some((count, *last))
    }
}

impl KeptCount {
    /// Where in `table`'s key the id it counts under is.
    pub fn position_in(&self, table: &Table) -> usize {
        (table.key.iter().position(|column| *column == self.column))
            .expect("a kept count's column is in the key")
    }
}

/// Every count the store keeps, each with the table of the kind it counts.
pub(crate) fn kept_counts() -> Vec<(Table, &'static KeptCount)> {
    struct Counts(Vec<(Table, &'static KeptCount)>);
    impl EachKind for Counts {
        fn kind<K: Kind>(&mut self) {
            self.0
                .extend(K::TABLE.counts.iter().map(|count| (K::TABLE, *count)));
        }
    }
    let mut counts = Counts(Vec::new());
    each_kind(&mut counts);
    counts.0
}

/// The counts a record moves when it is added or removed, each with the
/// id it is counted under.
pub(crate) fn counts_of<K: Kind>(
    record: &K,
) -> impl Iterator<Item = (&'static KeptCount, Uuid)> {
    let key = record.key();
    (K::TABLE.counts.iter())
        .map(move |count| (*count, key[count.position_in(&K::TABLE)]))
}

/// An entry a record wants in one of its kind's indexes: its key's parts
/// and its value (ids, one after the other).
pub(crate) struct Entry {
    pub index: &'static Index,
    pub key: Vec<Part>,
    pub value: Vec<Uuid>,
}

/// What a record whose key another holds fails with.
pub(crate) struct Duplicate {
    /// PostgreSQL's name of the key's constraint.
    pub constraint: &'static str,
    pub error: fn() -> StoreError,
}

/// What becomes of a kind's records when their organization is removed.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Cascade {
    /// Nothing: they are not kept under an organization (or are kept
    /// under a record of theirs, removed with it).
    None,
    /// They are listed, by key, before the removal, and removed with it.
    Listed,
    /// A change of their own removes them (a member leaves; a domain goes
    /// with its SCIM records).
    ByChange,
}

/// What each engine calls a kind and how it is keyed.
pub(crate) struct Table {
    /// The kind as the export names it.
    pub kind: &'static str,
    /// Where sled keeps its records (followed by the key's ids).
    pub prefix: &'static [u8],
    /// PostgreSQL's table.
    pub table: &'static str,
    /// The key's columns, in the key's order.
    pub key: &'static [&'static str],
    /// The other columns beside `record` (see [`Kind::columns`]).
    pub columns: &'static [&'static str],
    /// The kind's indexes on sled (PostgreSQL's are its migrations').
    pub indexes: &'static [&'static Index],
    /// Whether the store counts the records (see [`Counted`]).
    pub counted: Option<Counted>,
    /// The counts kept of the records under an id of their key.
    pub counts: &'static [&'static KeptCount],
    /// Whether PostgreSQL reads a record `FOR UPDATE`: a change that reads
    /// one writes it back. Not memberships: every guard reads one, and
    /// locking it would queue a member's concurrent writes (the isolation
    /// level catches a concurrent change to one).
    pub locked: bool,
    /// What a record whose key is taken fails with. None where the key is
    /// a new id.
    pub duplicate: Option<Duplicate>,
    /// What becomes of the records when their organization is removed;
    /// a kind kept under one has `organization_id` first in its key.
    pub cascade: Cascade,
}

/// A kind of record: what the engines store (`Stored`, as JSON) and how
/// they key and index it, by [`Kind::TABLE`].
pub(crate) trait Kind: Clone + Send + Sync + 'static {
    /// What the record's value holds.
    type Stored: Serialize + DeserializeOwned + std::fmt::Debug + Sync;
    const TABLE: Table;
    /// The key's ids, in [`Table::key`]'s order.
    fn key(&self) -> Vec<Uuid>;
    fn stored(&self) -> &Self::Stored;
    /// The record stored at `key`.
    fn from_stored(key: &[Uuid], stored: Self::Stored) -> Self;
    /// The entries the record wants in its kind's indexes.
    fn entries(&self) -> Vec<Entry>;
    /// The values of [`Table::columns`].
    fn columns(&self) -> Vec<Part>;
    /// The record as an export's line.
    fn exported(self) -> ExportRecord;
    /// How the activity log names the record; None for kinds whose
    /// changes it does not record (logs).
    fn subject(&self) -> Option<Subject> {
        None
    }
}

/// A membership with the organization it is of, which its record (as
/// stored from the first version on) does not name.
#[derive(Clone, Debug)]
pub(crate) struct Membership {
    pub organization_id: Uuid,
    pub record: MembershipRecord,
}

/// A role membership with its organization (see [`Membership`]).
#[derive(Clone, Debug)]
pub(crate) struct RoleMember {
    pub organization_id: Uuid,
    pub record: RoleMembershipRecord,
}

/// A kind whose record is what is stored, holding its own key.
macro_rules! stored_as_is {
    () => {
        type Stored = Self;
        fn stored(&self) -> &Self {
            self
        }
        fn from_stored(_: &[Uuid], stored: Self) -> Self {
            stored
        }
    };
}

/// How many organizations a user is a member of.
pub(crate) static ORGANIZATIONS_OF_USER: KeptCount = KeptCount {
    name: "organizations_of_user",
    prefix: b"user_org_count/",
    column: "user_id",
};

/// How many invites an organization has.
pub(crate) static INVITES_OF_ORGANIZATION: KeptCount = KeptCount {
    name: "invites_of_organization",
    prefix: b"invite_count/",
    column: "organization_id",
};

/// How many roles an organization has.
pub(crate) static ROLES_OF_ORGANIZATION: KeptCount = KeptCount {
    name: "roles_of_organization",
    prefix: b"role_count/",
    column: "organization_id",
};

/// How many members a role has.
pub(crate) static MEMBERS_OF_ROLE: KeptCount = KeptCount {
    name: "members_of_role",
    prefix: b"role_member_count/",
    column: "role_id",
};

/// How many domains an organization has.
pub(crate) static DOMAINS_OF_ORGANIZATION: KeptCount = KeptCount {
    name: "domains_of_organization",
    prefix: b"domain_count/",
    column: "organization_id",
};

/// How many SCIM users a domain has.
pub(crate) static SCIM_USERS_OF_DOMAIN: KeptCount = KeptCount {
    name: "scim_users_of_domain",
    prefix: b"scim_user_count/",
    column: "domain_id",
};

fn entry(index: &'static Index, key: Vec<Part>, value: Vec<Uuid>) -> Entry {
    Entry { index, key, value }
}

pub(crate) static USER_EMAIL: Index = Index {
    name: "user_email_index",
    prefix: b"user_email/",
    uniqueness: Uniqueness::Unique {
        taken: || StoreError::EmailTaken,
        constraints: &["users_email_unique"],
    },
};

/// Users by their numeric id (PostHog's `id`), for the staff's list.
pub(crate) static USER_NUMERIC: Index = Index {
    name: "user_numeric_index",
    prefix: b"user_numeric/",
    uniqueness: Uniqueness::Listing,
};

/// The key that an email address claims: compared without case.
pub(crate) fn email_key(email: &str) -> String {
    email.to_lowercase()
}

impl Kind for UserRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "user",
        prefix: b"user/",
        table: "users",
        key: &["id"],
        columns: &["email_key"],
        indexes: &[&USER_EMAIL, &USER_NUMERIC],
        counted: Some(Counted::Users),
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::None,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![
            entry(
                &USER_EMAIL,
                vec![Part::Text(email_key(&self.email))],
                vec![self.id],
            ),
            entry(
                &USER_NUMERIC,
                vec![Part::Number(self.numeric_id), Part::Id(self.id)],
                vec![],
            ),
        ]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Text(email_key(&self.email))]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::User { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "User",
            place: Place::User(self.id),
            item_id: self.id.to_string(),
            name: Some(self.email.clone()),
        })
    }
}

/// A key by its hash: how a request is authenticated.
pub(crate) static KEY_HASH: Index = Index {
    name: "key_hash_index",
    prefix: b"key_hash/",
    uniqueness: Uniqueness::Lookup,
};

/// A user's keys.
pub(crate) static USER_KEY: Index = Index {
    name: "user_key_index",
    prefix: b"user_key/",
    uniqueness: Uniqueness::Listing,
};

impl Kind for ApiKeyRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "api_key",
        prefix: b"key/",
        table: "api_keys",
        key: &["id"],
        columns: &["user_id", "secure_value"],
        indexes: &[&KEY_HASH, &USER_KEY],
        counted: Some(Counted::ApiKeys),
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::None,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![
            entry(
                &KEY_HASH,
                vec![Part::Text(self.secure_value.clone())],
                vec![self.id],
            ),
            entry(
                &USER_KEY,
                vec![Part::Id(self.user_id), Part::Id(self.id)],
                vec![],
            ),
        ]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Id(self.user_id), Part::Text(self.secure_value.clone())]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::ApiKey { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "PersonalAPIKey",
            place: Place::User(self.user_id),
            item_id: self.id.to_string(),
            name: Some(self.label.clone()),
        })
    }
}

pub(crate) static ORG_SLUG: Index = Index {
    name: "org_slug_index",
    prefix: b"org_slug/",
    uniqueness: Uniqueness::Unique {
        taken: || StoreError::SlugUnavailable,
        constraints: &["organizations_slug_unique"],
    },
};

impl Kind for OrganizationRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "organization",
        prefix: b"org/",
        table: "organizations",
        key: &["id"],
        columns: &["slug"],
        indexes: &[&ORG_SLUG],
        counted: Some(Counted::Organizations),
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::None,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![entry(
            &ORG_SLUG,
            vec![Part::Text(self.slug.clone())],
            vec![self.id],
        )]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Text(self.slug.clone())]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::Organization { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "Organization",
            place: Place::Organization(self.id),
            item_id: self.id.to_string(),
            name: Some(self.name.clone()),
        })
    }
}

/// A user's organizations.
pub(crate) static USER_ORG: Index = Index {
    name: "user_org_index",
    prefix: b"user_org/",
    uniqueness: Uniqueness::Listing,
};

/// An organization's members in the order they joined.
pub(crate) static MEMBER_JOINED: Index = Index {
    name: "member_joined_index",
    prefix: b"member_joined/",
    uniqueness: Uniqueness::Listing,
};

impl Kind for Membership {
    type Stored = MembershipRecord;
    const TABLE: Table = Table {
        kind: "membership",
        prefix: b"member/",
        table: "memberships",
        key: &["organization_id", "user_id"],
        columns: &["joined_at"],
        indexes: &[&USER_ORG, &MEMBER_JOINED],
        counted: None,
        counts: &[&ORGANIZATIONS_OF_USER],
        locked: false,
        duplicate: None,
        cascade: Cascade::ByChange,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.record.user_id]
    }
    fn stored(&self) -> &MembershipRecord {
        &self.record
    }
    fn from_stored(key: &[Uuid], record: MembershipRecord) -> Self {
        Membership { organization_id: key[0], record }
    }
    fn entries(&self) -> Vec<Entry> {
        let user_id = self.record.user_id;
        vec![
            entry(
                &USER_ORG,
                vec![Part::Id(user_id), Part::Id(self.organization_id)],
                vec![],
            ),
            entry(
                &MEMBER_JOINED,
                vec![
                    Part::Id(self.organization_id),
                    Part::Time(self.record.joined_at),
                    Part::Id(user_id),
                ],
                vec![],
            ),
        ]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Time(self.record.joined_at)]
    }
    fn exported(self) -> ExportRecord {
        let organization_id = self.organization_id;
        ExportRecord::Membership { organization_id, record: self.record }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "OrganizationMembership",
            place: Place::Organization(self.organization_id),
            item_id: self.record.user_id.to_string(),
            name: None,
        })
    }
}

/// An invite by its id alone (accepting one names no organization).
pub(crate) static INVITE_ID: Index = Index {
    name: "invite_id_index",
    prefix: b"invite_id/",
    uniqueness: Uniqueness::Lookup,
};

impl Kind for InviteRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "invite",
        prefix: b"invite/",
        table: "invites",
        key: &["organization_id", "id"],
        columns: &[],
        indexes: &[&INVITE_ID],
        counted: None,
        counts: &[&INVITES_OF_ORGANIZATION],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![entry(
            &INVITE_ID,
            vec![Part::Id(self.id)],
            vec![self.organization_id],
        )]
    }
    fn columns(&self) -> Vec<Part> {
        vec![]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::Invite { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "OrganizationInvite",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.target_email.clone()),
        })
    }
}

/// A role's name in its organization: names compare by
/// [`names::comparison_key`], so look-alikes collide; the entries are in
/// the roles' list order.
pub(crate) static ROLE_NAME: Index = Index {
    name: "role_name_index",
    prefix: b"role_name/",
    uniqueness: Uniqueness::Unique {
        taken: || StoreError::RoleNameTaken,
        constraints: &["roles_name_unique"],
    },
};

impl Kind for RoleRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "role",
        prefix: b"role/",
        table: "roles",
        key: &["organization_id", "id"],
        columns: &["name_key"],
        indexes: &[&ROLE_NAME],
        counted: None,
        counts: &[&ROLES_OF_ORGANIZATION],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        let name = names::comparison_key(&self.name);
        vec![entry(
            &ROLE_NAME,
            vec![Part::Id(self.organization_id), Part::Text(name)],
            vec![self.id],
        )]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Text(names::comparison_key(&self.name))]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::Role { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "Role",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.name.clone()),
        })
    }
}

/// A role's members in the order they joined it.
pub(crate) static ROLE_MEMBER_JOINED: Index = Index {
    name: "role_member_joined_index",
    prefix: b"role_member_joined/",
    uniqueness: Uniqueness::Listing,
};

impl Kind for RoleMember {
    type Stored = RoleMembershipRecord;
    const TABLE: Table = Table {
        kind: "role_member",
        prefix: b"role_member/",
        table: "role_members",
        key: &["organization_id", "role_id", "user_id"],
        columns: &["joined_at", "member_id"],
        indexes: &[&ROLE_MEMBER_JOINED],
        counted: None,
        counts: &[&MEMBERS_OF_ROLE],
        locked: true,
        duplicate: Some(Duplicate {
            constraint: "role_members_unique",
            error: || StoreError::AlreadyInRole,
        }),
        cascade: Cascade::ByChange,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.record.role_id, self.record.user_id]
    }
    fn stored(&self) -> &RoleMembershipRecord {
        &self.record
    }
    fn from_stored(key: &[Uuid], record: RoleMembershipRecord) -> Self {
        RoleMember { organization_id: key[0], record }
    }
    fn entries(&self) -> Vec<Entry> {
        let member = &self.record;
        vec![entry(
            &ROLE_MEMBER_JOINED,
            vec![
                Part::Id(self.organization_id),
                Part::Id(member.role_id),
                Part::Time(member.joined_at),
                Part::Id(member.id),
            ],
            vec![member.user_id],
        )]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Time(self.record.joined_at), Part::Id(self.record.id)]
    }
    fn exported(self) -> ExportRecord {
        let organization_id = self.organization_id;
        ExportRecord::RoleMember { organization_id, record: self.record }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "RoleMembership",
            place: Place::Organization(self.organization_id),
            item_id: self.record.id.to_string(),
            name: None,
        })
    }
}

/// A CIMD token by its hash: how a token is verified.
pub(crate) static CIMD_HASH: Index = Index {
    name: "cimd_hash_index",
    prefix: b"cimd_hash/",
    uniqueness: Uniqueness::Lookup,
};

impl Kind for CimdTokenRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "cimd_token",
        prefix: b"cimd/",
        table: "cimd_tokens",
        key: &["organization_id", "id"],
        columns: &["secure_value"],
        indexes: &[&CIMD_HASH],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![entry(
            &CIMD_HASH,
            vec![Part::Text(self.secure_value.clone())],
            vec![self.organization_id, self.id],
        )]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Text(self.secure_value.clone())]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::CimdToken { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "CimdToken",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.label.clone()),
        })
    }
}

impl Kind for ProjectSettingsRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "project_settings",
        prefix: b"project/",
        table: "project_settings",
        key: &["organization_id", "id"],
        columns: &[],
        indexes: &[],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.team_uuid]
    }
    fn entries(&self) -> Vec<Entry> {
        Vec::new()
    }
    fn columns(&self) -> Vec<Part> {
        Vec::new()
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::ProjectSettings { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "Project",
            place: Place::Organization(self.organization_id),
            item_id: self.project_id.to_string(),
            name: None,
        })
    }
}

impl Kind for ActivityRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "activity",
        prefix: b"activity/",
        table: "activity_log",
        key: &["organization_id", "id"],
        columns: &[],
        indexes: &[],
        counted: None,
        counts: &[],
        locked: false,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        Vec::new()
    }
    fn columns(&self) -> Vec<Part> {
        Vec::new()
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::Activity { record: self }
    }
}

pub(crate) static DOMAIN_NAME: Index = Index {
    name: "domain_name_index",
    prefix: b"domain_name/",
    uniqueness: Uniqueness::Unique {
        taken: || StoreError::DomainTaken,
        constraints: &["domains_domain_unique"],
    },
};

/// A domain by its id alone (a SCIM request names no organization).
pub(crate) static DOMAIN_ID: Index = Index {
    name: "domain_id_index",
    prefix: b"domain_id/",
    uniqueness: Uniqueness::Lookup,
};

/// An organization's domains by name.
pub(crate) static ORG_DOMAIN: Index = Index {
    name: "org_domain_index",
    prefix: b"org_domain/",
    uniqueness: Uniqueness::Listing,
};

impl Kind for DomainRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "domain",
        prefix: b"domain/",
        table: "domains",
        key: &["organization_id", "id"],
        columns: &["domain"],
        indexes: &[&DOMAIN_NAME, &DOMAIN_ID, &ORG_DOMAIN],
        counted: None,
        counts: &[&DOMAINS_OF_ORGANIZATION],
        locked: true,
        duplicate: None,
        cascade: Cascade::ByChange,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![
            entry(
                &DOMAIN_NAME,
                vec![Part::Text(self.domain.clone())],
                vec![self.organization_id, self.id],
            ),
            entry(
                &DOMAIN_ID,
                vec![Part::Id(self.id)],
                vec![self.organization_id],
            ),
            entry(
                &ORG_DOMAIN,
                vec![
                    Part::Id(self.organization_id),
                    Part::Text(self.domain.clone()),
                ],
                vec![self.id],
            ),
        ]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Text(self.domain.clone())]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::Domain { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "OrganizationDomain",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.domain.clone()),
        })
    }
}

/// A reference's provider role, by id and by slug
/// ([`RoleExternalReferenceRecord::id_key`], `slug_key`): each unique in
/// the organization.
pub(crate) static ROLE_REF_KEY: Index = Index {
    name: "role_ref_key_index",
    prefix: b"role_ref_key/",
    uniqueness: Uniqueness::Unique {
        taken: || StoreError::ReferenceTaken,
        constraints: &[
            "role_external_references_id_unique",
            "role_external_references_slug_unique",
        ],
    },
};

/// An organization's references in list order: provider, provider
/// organization and slug (present before absent), then id.
pub(crate) static ROLE_REF_ORDER: Index = Index {
    name: "role_ref_order_index",
    prefix: b"role_ref_order/",
    uniqueness: Uniqueness::Listing,
};

impl Kind for RoleExternalReferenceRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "role_external_reference",
        prefix: b"role_ref/",
        table: "role_external_references",
        key: &["organization_id", "id"],
        columns: &["role_id", "id_key", "slug_key"],
        indexes: &[&ROLE_REF_KEY, &ROLE_REF_ORDER],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        let organization = Part::Id(self.organization_id);
        let mut entries: Vec<Entry> = std::iter::once(self.id_key())
            .chain(self.slug_key())
            .map(|unique| {
                entry(
                    &ROLE_REF_KEY,
                    vec![organization.clone(), Part::Text(unique)],
                    vec![self.id],
                )
            })
            .collect();
        entries.push(entry(
            &ROLE_REF_ORDER,
            vec![
                organization,
                Part::Field(self.provider.clone()),
                Part::Field(self.provider_organization_id.clone()),
                Part::Optional(self.provider_role_slug.clone()),
                Part::Id(self.id),
            ],
            vec![],
        ));
        entries
    }
    fn columns(&self) -> Vec<Part> {
        vec![
            Part::Id(self.role_id),
            Part::Text(self.id_key()),
            Part::Optional(self.slug_key()),
        ]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::RoleExternalReference { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "RoleExternalReference",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.provider_role_name.clone()),
        })
    }
}

pub(crate) static PROXY_DOMAIN: Index = Index {
    name: "proxy_domain_index",
    prefix: b"proxy_domain/",
    uniqueness: Uniqueness::Unique {
        taken: || StoreError::ProxyDomainTaken,
        constraints: &["proxy_records_domain_unique"],
    },
};

impl Kind for ProxyRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "proxy_record",
        prefix: b"proxy/",
        table: "proxy_records",
        key: &["organization_id", "id"],
        columns: &["domain", "status", "next_check_at"],
        indexes: &[&PROXY_DOMAIN],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![entry(
            &PROXY_DOMAIN,
            vec![Part::Text(self.domain.clone())],
            vec![self.organization_id, self.id],
        )]
    }
    fn columns(&self) -> Vec<Part> {
        vec![
            Part::Text(self.domain.clone()),
            Part::Text(self.status.as_str().to_string()),
            Part::Time(self.next_check_at),
        ]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::ProxyRecord { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "ProxyRecord",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.domain.clone()),
        })
    }
}

impl Kind for ScimUserRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "scim_user",
        prefix: b"scim_user/",
        table: "scim_users",
        key: &["domain_id", "user_id"],
        columns: &["organization_id"],
        indexes: &[],
        counted: None,
        counts: &[&SCIM_USERS_OF_DOMAIN],
        locked: true,
        duplicate: None,
        cascade: Cascade::None,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.domain_id, self.user_id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![]
    }
    fn columns(&self) -> Vec<Part> {
        vec![Part::Id(self.organization_id)]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::ScimUser { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "User",
            place: Place::Organization(self.organization_id),
            item_id: self.user_id.to_string(),
            name: self
                .display_name
                .clone()
                .or_else(|| self.formatted_name.clone()),
        })
    }
}

impl Kind for ScimLogRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "scim_log",
        prefix: b"scim_log/",
        table: "scim_logs",
        key: &["domain_id", "id"],
        columns: &[],
        indexes: &[],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::None,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.domain_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        vec![]
    }
    fn columns(&self) -> Vec<Part> {
        vec![]
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::ScimLog { record: self }
    }
}

impl Kind for WebhookRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "webhook",
        prefix: b"webhook/",
        table: "webhooks",
        key: &["organization_id", "id"],
        columns: &[],
        indexes: &[],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        Vec::new()
    }
    fn columns(&self) -> Vec<Part> {
        Vec::new()
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::Webhook { record: self }
    }
    fn subject(&self) -> Option<Subject> {
        Some(Subject {
            scope: "Webhook",
            place: Place::Organization(self.organization_id),
            item_id: self.id.to_string(),
            name: Some(self.url.clone()),
        })
    }
}

/// An endpoint's deliveries are kept under it, in event (commit) order.
impl Kind for WebhookDeliveryRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "webhook_delivery",
        prefix: b"webhook_delivery/",
        table: "webhook_deliveries",
        key: &["organization_id", "webhook_id", "event_id"],
        columns: &[],
        indexes: &[],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::Listed,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.organization_id, self.webhook_id, self.event_id]
    }
    fn entries(&self) -> Vec<Entry> {
        Vec::new()
    }
    fn columns(&self) -> Vec<Part> {
        Vec::new()
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::WebhookDelivery { record: self }
    }
}

/// A user's idempotency keys are kept under the user, in no order.
impl Kind for IdempotencyRecord {
    stored_as_is!();
    const TABLE: Table = Table {
        kind: "idempotency_key",
        prefix: b"idempotency_key/",
        table: "idempotency_keys",
        key: &["user_id", "id"],
        columns: &[],
        indexes: &[],
        counted: None,
        counts: &[],
        locked: true,
        duplicate: None,
        cascade: Cascade::None,
    };
    fn key(&self) -> Vec<Uuid> {
        vec![self.user_id, self.id]
    }
    fn entries(&self) -> Vec<Entry> {
        Vec::new()
    }
    fn columns(&self) -> Vec<Part> {
        Vec::new()
    }
    fn exported(self) -> ExportRecord {
        ExportRecord::IdempotencyKey { record: self }
    }
}

/// Calls `$each!(Kind, ...)` with every kind, in the export's order:
/// each kind after the kinds it refers to. The one list of kinds.
macro_rules! with_kinds {
    ($each:ident) => {
        $each!(
            UserRecord,
            ApiKeyRecord,
            OrganizationRecord,
            Membership,
            InviteRecord,
            RoleRecord,
            RoleMember,
            CimdTokenRecord,
            DomainRecord,
            RoleExternalReferenceRecord,
            ProxyRecord,
            ScimUserRecord,
            ScimLogRecord,
            ProjectSettingsRecord,
            ActivityRecord,
            WebhookRecord,
            WebhookDeliveryRecord,
            IdempotencyRecord
        )
    };
}

/// Something done for each kind in turn (see [`each_kind`]).
pub(crate) trait EachKind {
    fn kind<K: Kind>(&mut self);
}

/// Does `each` for every kind, in the export's order.
pub(crate) fn each_kind(each: &mut impl EachKind) {
    macro_rules! each {
        ($($kind:ty),*) => { $(each.kind::<$kind>();)* };
    }
    with_kinds!(each);
}

/// Something done for each kind in turn that waits (see
/// [`each_kind_async`]).
pub(crate) trait EachKindAsync {
    type Error;
    async fn kind<K: Kind>(&mut self) -> Result<(), Self::Error>;
}

/// Does `each` for every kind, in the export's order, one after the
/// other; stops at the first error.
pub(crate) async fn each_kind_async<E: EachKindAsync>(
    each: &mut E,
) -> Result<(), E::Error> {
    macro_rules! each {
        ($($kind:ty),*) => { $(each.kind::<$kind>().await?;)* };
    }
    with_kinds!(each);
    Ok(())
}

#[cfg(test)]
mod test {
    use super::each_kind;
    use super::EachKind;
    use super::Kind;
    use std::collections::BTreeSet;

    /// Every name each kind's line gives an engine, with what it names.
    #[derive(Default)]
    struct Names {
        /// sled prefixes of records, index entries and counts.
        prefixes: Vec<(&'static [u8], String)>,
        tables: Vec<&'static str>,
        kinds: Vec<&'static str>,
        indexes: Vec<&'static str>,
    }

    impl EachKind for Names {
        fn kind<K: Kind>(&mut self) {
            let table = K::TABLE;
            self.prefixes
                .push((table.prefix, format!("{} records", table.kind)));
            for index in table.indexes {
                self.prefixes.push((index.prefix, index.name.to_string()));
                self.indexes.push(index.name);
            }
            for count in table.counts {
                self.prefixes.push((count.prefix, count.name.to_string()));
                // A count's column is in the key (`counts_of` reads it
                // there).
                assert!(table.key.contains(&count.column), "{}", count.name);
                self.indexes.push(count.name);
            }
            self.tables.push(table.table);
            self.kinds.push(table.kind);
        }
    }

    /// The table names nothing twice, and no sled prefix begins another
    /// (a scan of one would read the other's keys): a new kind or index
    /// with a clashing name fails here, not in a store.
    #[test]
    fn test_the_table_names_each_thing_once() {
        let mut names = Names::default();
        each_kind(&mut names);
        let unique =
            |names: &[&str]| names.iter().collect::<BTreeSet<_>>().len();
        assert_eq!(
            unique(&names.tables),
            names.tables.len(),
            "{:?}",
            names.tables
        );
        assert_eq!(
            unique(&names.kinds),
            names.kinds.len(),
            "{:?}",
            names.kinds
        );
        assert_eq!(
            unique(&names.indexes),
            names.indexes.len(),
            "{:?}",
            names.indexes
        );
        // An index shared by kinds would be listed once per kind.
        for (at, (prefix, named)) in names.prefixes.iter().enumerate() {
            assert!(prefix.ends_with(b"/"), "{named}: a prefix ends with /");
            for (other, other_named) in &names.prefixes[at + 1..] {
                assert!(
                    !prefix.starts_with(other) && !other.starts_with(prefix),
                    "{named} and {other_named} share a prefix"
                );
            }
        }
    }

    /// An export's line reads in any order of its fields, and a line the
    /// format does not allow is refused with the error serde's derive for
    /// the enum gave (the reader replaced it).
    #[test]
    fn test_an_export_line_reads_as_the_derive_read_it() {
        use super::ExportRecord;
        use serde_json::json;
        let membership = json!({
            "kind": "membership",
            "organization_id": "01a251c7-c858-76ab-aefc-0acc5b8d7fb7",
            "record": {
                "id": "01a251c7-c858-76ab-aefc-0ace3a805dd9",
                "user_id": "01a251c7-c088-7419-b22c-34a5457e9a87",
                "level": 15,
                "joined_at": "2026-12-07T18:32:57.176087380Z",
                "updated_at": "2026-12-07T18:32:57.176087380Z",
                "roles": [],
                "project_access": []
            }
        });
        let activity = json!({
            "organization_id": membership["organization_id"],
            "id": "00000000-0000-8000-8000-01a251c7c858",
            "user": null,
            "activity": "created",
            "scope": "Organization",
            "item_id": membership["organization_id"],
            "detail": {"name": "Org 1", "changes": [], "context": null},
            "is_system": true,
            "was_impersonated": false,
            "client": null,
            "ip_address": null,
            "created_at": "2026-12-07T18:32:57.176119793Z"
        });
        let line = json!({"kind": "activity", "record": activity});
        serde_json::from_value::<ExportRecord>(line).unwrap();
        let read = |line: &str| serde_json::from_str::<ExportRecord>(line);
        let as_written = membership.to_string();
        let record = read(&as_written).unwrap();
        assert_eq!(serde_json::to_value(&record).unwrap(), membership);
        // The record first, then its organization, then its kind.
        let reordered = format!(
            r#"{{"record":{},"organization_id":{},"kind":"membership"}}"#,
            membership["record"], membership["organization_id"]
        );
        let record = read(&reordered).unwrap();
        assert_eq!(serde_json::to_value(&record).unwrap(), membership);
        let without = |field: &str| {
            let mut line = membership.clone();
            line.as_object_mut().unwrap().remove(field);
            line.to_string()
        };
        let refused = [
            (without("organization_id"), "missing field `organization_id`"),
            (without("kind"), "missing field `kind`"),
            (without("record"), "missing field `record`"),
            (
                as_written
                    .replace(r#""kind":"membership""#, r#""kind":"nope""#),
                "unknown variant `nope`",
            ),
            (
                // A kind whose record names its organization itself.
                json!({
                    "kind": "activity",
                    "organization_id": membership["organization_id"],
                    "record": activity,
                })
                .to_string(),
                "unknown field `organization_id`",
            ),
            (
                as_written.replacen('{', r#"{"extra":1,"#, 1),
                "unknown field `extra`",
            ),
            (
                as_written.replacen('{', r#"{"kind":"membership","#, 1),
                "duplicate field `kind`",
            ),
            (
                as_written.replace(r#""level":15"#, r#""level":"high""#),
                "invalid type: string \"high\"",
            ),
        ];
        for (line, error) in refused {
            let got = read(&line).unwrap_err().to_string();
            assert!(got.contains(error), "{line}: {got}, not {error}");
        }
    }
}
