//! Moving data: `orgbase export`, `orgbase import` and `orgbase serve
//! --seed` share one format, newline-delimited JSON.
//!
//! The first line is a header naming the format and its version
//! (`{"orgbase_export":1}`); every other line is one record
//! ([`ExportRecord`]: `{"kind": "user", "record": {...}}`), each after the
//! records it refers to. The same file moves a store from sled to
//! PostgreSQL and back, and seeds a contract test's server with a known
//! state (keys appear as their `sha256$` hash, never as their value).
//!
//! Before anything is written, [`prepare`] checks that every value is one
//! the API would have stored ([`value_problem`]), and that the records
//! refer to each other soundly and are unique where the API keeps them
//! unique (the invariants `orgbase check` holds a store to, written once
//! in `store::invariants`), and names the first record that is not; it
//! also derives what a store keeps in step by itself (an organization's
//! member and owner counts, the roles listed on a membership), so a
//! hand-written fixture need not spell them, nor keep the export's order.

use crate::app::stored_values;
use crate::store::invariants;
use crate::store::ExportRecord;
use crate::store::Store;
use crate::store::StoreError;
use crate::store::EXPORT_HEADER;
use std::io::BufRead;
use std::io::Write;

/// Writes `records` in the export format, calling `progress` after each.
pub fn write(
    records: &[ExportRecord],
    out: &mut impl Write,
    mut progress: impl FnMut(),
) -> std::io::Result<()> {
    writeln!(out, "{EXPORT_HEADER}")?;
    for record in records {
        write_line(out, record)?;
        progress();
    }
    out.flush()
}

/// Writes every record of `store` in the export format as it is read
/// (`Store::export_each`: memory that does not grow with the store),
/// calling `progress` after each; how many it wrote.
pub async fn write_store(
    store: &Store,
    out: &mut (impl Write + Send),
    mut progress: impl FnMut() + Send,
) -> std::io::Result<u64> {
    writeln!(out, "{EXPORT_HEADER}")?;
    let mut written = 0;
    let mut failed = None;
    let exported = store
        .export_each(&mut |record| match write_line(out, &record) {
            Ok(()) => {
                written += 1;
                progress();
                Ok(())
            }
            Err(error) => {
                failed = Some(error);
                Err(StoreError::Internal("the export's output failed".into()))
            }
        })
        .await;
    if let Some(error) = failed {
        return Err(error);
    }
    exported.map_err(std::io::Error::other)?;
    out.flush()?;
    Ok(written)
}

/// One record's line.
fn write_line(
    out: &mut impl Write,
    record: &ExportRecord,
) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    writeln!(out)
}

/// Reads a file in the export format; the error names the line.
pub fn read(input: impl BufRead) -> Result<Vec<ExportRecord>, String> {
    let mut lines = input.lines().enumerate();
    let header = match lines.next() {
        Some((_, line)) => line.map_err(|e| format!("line 1: {e}"))?,
        None => return Err("empty file: no export header".to_string()),
    };
    let header: serde_json::Value = serde_json::from_str(&header)
        .map_err(|e| format!("line 1: not an export header: {e}"))?;
    let expected: serde_json::Value =
        serde_json::from_str(EXPORT_HEADER).expect("the header is JSON");
    if header != expected {
        return Err(format!(
            "line 1: the header is {header}, this orgbase reads {EXPORT_HEADER}"
        ));
    }
    let mut records = Vec::new();
    for (index, line) in lines {
        let number = index + 1;
        let line = line.map_err(|e| format!("line {number}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str(&line)
            .map_err(|e| format!("line {number}: {e}"))?;
        records.push((number, record));
    }
    prepare(records)
}

/// A record's line number (as read) and a short description, for errors.
fn describe(line: usize, record: &ExportRecord) -> String {
    format!("line {line} ({})", record.describe())
}

/// Why a record holds a value the API would never store (an email that is
/// not one, a domain not in the API's form), if it does: a level that is
/// not one is refused as the record is read. `orgbase check` reports these in a store too.
pub fn value_problem(record: &ExportRecord) -> Option<String> {
    // Each value, whether the API would store it, and what it should be.
    let values: Vec<(&str, String, bool, &str)> = match record {
        ExportRecord::User { record } => vec![(
            "email",
            format!("{:?}", record.email),
            stored_values::is_email(&record.email),
            "an email address",
        )],
        ExportRecord::Invite { record } => vec![(
            "target_email",
            format!("{:?}", record.target_email),
            stored_values::is_email(&record.target_email),
            "an email address",
        )],
        ExportRecord::Domain { record } => vec![(
            "domain",
            format!("{:?}", record.domain),
            stored_values::is_domain(&record.domain),
            "a domain name as the API stores one (lowercase, at most 128 \
             characters)",
        )],
        ExportRecord::ProxyRecord { record } => vec![(
            "domain",
            format!("{:?}", record.domain),
            stored_values::is_proxy_domain(&record.domain),
            "a host name as the API stores one (lowercase, at most 64 \
             characters)",
        )],
        _ => Vec::new(),
    };
    values.into_iter().find(|(_, _, stored, _)| !stored).map(
        |(field, value, _, expected)| {
            format!("its {field} {value} is not {expected}")
        },
    )
}

/// Every record of a store (as [`crate::store::Store::export`] gives them)
/// whose values the API would never store, described as an import error
/// names it; for `orgbase check`.
pub fn value_problems(records: &[ExportRecord]) -> Vec<String> {
    records
        .iter()
        .enumerate()
        .filter_map(|(at, record)| {
            let problem = value_problem(record)?;
            Some(format!("{}: {problem}", describe(at + 2, record)))
        })
        .collect()
}

/// Checks that every value is one the API would store and that the
/// records refer to each other soundly and are unique where the API keeps
/// them unique (`store::invariants`, as `orgbase check` holds a store),
/// after filling in what a store derives (counts, mirrored role lists).
/// The error names the first offending record. The records come back in
/// the export's order, whatever the file's, ready to import.
pub fn prepare(
    numbered: Vec<(usize, ExportRecord)>,
) -> Result<Vec<ExportRecord>, String> {
    for (line, record) in &numbered {
        if let Some(problem) = value_problem(record) {
            return Err(format!("{}: {problem}", describe(*line, record)));
        }
    }
    let (lines, mut records): (Vec<usize>, Vec<ExportRecord>) =
        numbered.into_iter().unzip();
    invariants::derive(&mut records);
    let describe_at = |at: usize| describe(lines[at], &records[at]);
    if let Some(first) = invariants::violations(&records, describe_at).first() {
        return Err(format!("{}: {}", first.key, first.detail));
    }
    records.sort_by_key(ExportRecord::rank);
    Ok(records)
}
