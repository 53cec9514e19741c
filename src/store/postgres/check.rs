//! What `orgbase check` holds PostgreSQL's own layout to: every record
//! decodes, and agrees with its row's key and other columns as the table
//! of kinds (`store::kinds`) says they are made from it (a user's email
//! key, a role's name key, a proxy record's domain, status and next check,
//! ...). Keys, unique names and what lives under an organization are also
//! the schema's (primary keys, unique indexes, foreign keys). What records
//! must say about each other (owners, counts, mirrored role lists,
//! references) is checked once for both engines (`store::invariants`),
//! over the records this engine exports.

use super::decode;
use super::statements::CachedStatements;
use super::PgStore;
use super::TxError;
use crate::store::kinds::each_kind;
use crate::store::kinds::EachKind;
use crate::store::kinds::KeptCount;
use crate::store::kinds::Kind;
use crate::store::kinds::Part;
use crate::store::types::StoreError;
use crate::store::types::Violation;
use chrono::DateTime;
use chrono::Utc;
use deadpool_postgres::GenericClient;
use futures::future::BoxFuture;
use uuid::Uuid;

impl PgStore {
    pub async fn check(&self) -> Result<Vec<Violation>, StoreError> {
        check(&self.connection().await?).await
    }
}

async fn check(
    client: &deadpool_postgres::Object,
) -> Result<Vec<Violation>, StoreError> {
    let mut checks = Checks(Vec::new());
    each_kind(&mut checks);
    let mut violations = Vec::new();
    for check in checks.0 {
        check(client, &mut violations).await?;
    }
    Ok(violations)
}

/// The check of one kind's table.
type Check = for<'a> fn(
    &'a deadpool_postgres::Object,
    &'a mut Vec<Violation>,
) -> BoxFuture<'a, Result<(), StoreError>>;

/// Every kind's check, from the table of kinds.
struct Checks(Vec<Check>);

impl EachKind for Checks {
    fn kind<K: Kind>(&mut self) {
        self.0.push(|client, violations| {
            Box::pin(check_kind::<K>(client, violations))
        });
    }
}

/// Whether column `at` of `row` holds `part`, read as its type.
fn column_holds(row: &tokio_postgres::Row, at: usize, part: &Part) -> bool {
    match part {
        Part::Id(id) => row.try_get::<_, Uuid>(at).ok() == Some(*id),
        Part::Text(text) | Part::Field(text) => {
            row.try_get::<_, String>(at).ok().as_ref() == Some(text)
        }
        // As PostgreSQL keeps times: in microseconds.
        Part::Time(time) => {
            row.try_get::<_, DateTime<Utc>>(at).is_ok_and(|held| {
                held.timestamp_micros() == time.timestamp_micros()
            })
        }
        Part::Number(number) => row.try_get::<_, i64>(at).ok() == Some(*number),
        Part::Optional(text) => {
            row.try_get::<_, Option<String>>(at).ok().as_ref() == Some(text)
        }
    }
}

/// Checks every row of kind `K`'s table: its record decodes (else
/// `records_decode`), and names the row's key and columns (else the
/// kind's name).
async fn check_kind<K: Kind>(
    client: &impl GenericClient,
    violations: &mut Vec<Violation>,
) -> Result<(), StoreError> {
    let table = K::TABLE;
    let columns: Vec<&str> =
        table.key.iter().chain(table.columns).copied().collect();
    let sql =
        format!("SELECT record, {} FROM {}", columns.join(", "), table.table);
    for row in client.query_cached(&sql, &[]).await? {
        let key: Vec<Uuid> =
            (1..=table.key.len()).map(|at| row.get(at)).collect();
        let described = format!("{} {key:?}", table.table);
        let record = match decode::<K::Stored>(&row, 0) {
            Ok(stored) => K::from_stored(&key, stored),
            Err(TxError::Store(error)) => {
                violations.push(Violation {
                    invariant: "records_decode",
                    key: described,
                    detail: error.to_string(),
                });
                continue;
            }
            Err(other @ (TxError::Retry | TxError::ReadOnly(_))) => {
                return Err(StoreError::from(other))
            }
        };
        if record.key() != key {
            violations.push(Violation {
                invariant: table.kind,
                key: described.clone(),
                detail: "the record's ids differ from the row's key".into(),
            });
        }
        let first = 1 + table.key.len();
        let expected = record.columns();
        let differing: Vec<&str> = (expected.iter().enumerate())
            .filter(|(at, part)| !column_holds(&row, first + at, part))
            .map(|(at, _)| table.columns[at])
            .collect();
        if !differing.is_empty() {
            violations.push(Violation {
                invariant: table.kind,
                key: described,
                detail: format!(
                    "{} differ from the record's",
                    differing.join(", ")
                ),
            });
        }
    }
    for count in table.counts {
        counts_check(client, table.table, count, violations).await?;
    }
    Ok(())
}

/// The counts that `count` keeps (`entry_counts`) are the numbers of rows
/// of `table` under each value of the counted column, and none is kept
/// where there are none.
async fn counts_check(
    client: &impl GenericClient,
    table: &str,
    count: &KeptCount,
    violations: &mut Vec<Violation>,
) -> Result<(), StoreError> {
    let column = count.column;
    let sql = format!(
        "SELECT coalesce(r.id, c.id), coalesce(r.count, 0), c.count FROM \
         (SELECT {column} AS id, count(*) AS count FROM {table} \
          GROUP BY {column}) r \
         FULL JOIN (SELECT id, count FROM entry_counts WHERE counter = $1) c \
         ON c.id = r.id \
         WHERE c.count IS DISTINCT FROM r.count"
    );
    for row in client.query_cached(&sql, &[&count.name]).await? {
        let (id, actual, kept): (Uuid, i64, Option<i64>) =
            (row.get(0), row.get(1), row.get(2));
        let kept = kept.map_or("absent".to_string(), |n| format!("says {n}"));
        violations.push(Violation {
            invariant: count.name,
            key: format!("entry_counts {} {id}", count.name),
            detail: format!("{kept}, but {actual} {table} rows"),
        });
    }
    Ok(())
}
