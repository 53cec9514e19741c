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
//! Before anything is written, [`prepare`] (records in memory: a seed)
//! and [`check_file`] (a file of any size, in passes over it that never
//! hold its records) check that every value is one the API would have
//! stored ([`value_problem`]), and that the records refer to each other
//! soundly and are unique where the API keeps them unique (the invariants
//! `orgbase check` holds a store to, written once in `store::invariants`),
//! and name the first record that is not; they also derive what a store
//! keeps in step by itself (an organization's member and owner counts,
//! the roles listed on a membership), so a hand-written fixture need not
//! spell them, nor keep the export's order.

use crate::app::stored_values;
use crate::store::invariants::Known;
use crate::store::ExportRecord;
use crate::store::Store;
use crate::store::StoreError;
use crate::store::EXPORT_HEADER;
use std::collections::BTreeSet;
use std::fs::File;
use std::io::BufRead;
use std::io::BufReader;
use std::io::Write;
use std::path::Path;
use std::path::PathBuf;
use std::time::SystemTime;

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

/// Reads a file in the export format into memory, checked and in the
/// export's order ([`prepare`]); the error names the line. For small files
/// (a `--seed`); [`check_file`] reads one of any size.
pub fn read(input: impl BufRead) -> Result<Vec<ExportRecord>, String> {
    prepare(numbered_records(input).collect::<Result<_, _>>()?)
}

/// The records of a file in the export format, each with its line
/// number, after its header (checked); an error names the line.
fn numbered_records(
    input: impl BufRead,
) -> impl Iterator<Item = Result<(usize, ExportRecord), String>> {
    let mut lines = input.lines().enumerate();
    let header = header_of(lines.next().map(|(_, line)| line));
    let records = lines.filter_map(|(index, line)| parse_line(index + 1, line));
    // After a bad header, only its error.
    let (header, records) = match header {
        Some(problem) => (Some(Err(problem)), None),
        None => (None, Some(records)),
    };
    header.into_iter().chain(records.into_iter().flatten())
}

/// What is wrong with a file's first line (if any) as its header.
fn header_of(first: Option<std::io::Result<String>>) -> Option<String> {
    match first {
        Some(Ok(line)) => header_problem(&line),
        Some(Err(e)) => Some(format!("line 1: {e}")),
        None => Some("empty file: no export header".to_string()),
    }
}

/// The record on line `number`, if the line is not blank; an error names
/// the line.
fn parse_line(
    number: usize,
    line: std::io::Result<String>,
) -> Option<Result<(usize, ExportRecord), String>> {
    let line = match line {
        Ok(line) if line.trim().is_empty() => return None,
        Ok(line) => line,
        Err(e) => return Some(Err(format!("line {number}: {e}"))),
    };
    Some(
        serde_json::from_str(&line)
            .map(|record| (number, record))
            .map_err(|e| format!("line {number}: {e}")),
    )
}

/// Lines a parsing thread takes at a time.
const CHUNK_LINES: usize = 256;

/// At most this many threads parse a file.
const MAX_PARSERS: usize = 4;

/// As [`numbered_records`], for a file: its lines parsed ahead of the
/// caller, on as many threads as the machine has cores (at most
/// [`MAX_PARSERS`]), and handed on in the file's order. Parsing is most
/// of a pass's work, so a check pass takes every core, and the import's
/// pass parses while the store writes what came before. A few chunks of
/// [`CHUNK_LINES`] lines wait per thread, no more; the threads stop when
/// the file ends or the caller drops the iterator.
fn parsed_ahead(
    input: BufReader<File>,
) -> impl Iterator<Item = Result<(usize, ExportRecord), String>> + Send {
    type Chunk = Vec<(usize, std::io::Result<String>)>;
    type Parsed = Vec<Result<(usize, ExportRecord), String>>;
    let mut lines = input.lines().enumerate();
    if let Some(problem) = header_of(lines.next().map(|(_, line)| line)) {
        return Box::new(std::iter::once(Err(problem)))
            as Box<dyn Iterator<Item = _> + Send>;
    }
    let parsers = std::thread::available_parallelism()
        .map_or(1, |cores| cores.get())
        .clamp(1, MAX_PARSERS);
    // Chunk `i` goes to parser `i % parsers` and comes back from it, so
    // taking results from each parser in turn keeps the file's order.
    let (mut to_parse, mut parsed) = (Vec::new(), Vec::new());
    for _ in 0..parsers {
        let (chunks, chunks_in) = std::sync::mpsc::sync_channel::<Chunk>(2);
        let (results_out, results) = std::sync::mpsc::sync_channel::<Parsed>(2);
        std::thread::spawn(move || {
            for chunk in chunks_in {
                let chunk = chunk
                    .into_iter()
                    .filter_map(|(index, line)| parse_line(index + 1, line))
                    .collect();
                if results_out.send(chunk).is_err() {
                    break;
                }
            }
        });
        to_parse.push(chunks);
        parsed.push(results);
    }
    std::thread::spawn(move || {
        let mut chunk = Vec::with_capacity(CHUNK_LINES);
        let mut sent = 0;
        for line in lines {
            chunk.push(line);
            if chunk.len() == CHUNK_LINES {
                let full = std::mem::replace(
                    &mut chunk,
                    Vec::with_capacity(CHUNK_LINES),
                );
                if to_parse[sent % parsers].send(full).is_err() {
                    return;
                }
                sent += 1;
            }
        }
        if !chunk.is_empty() {
            let _ = to_parse[sent % parsers].send(chunk);
        }
    });
    let mut turn = 0;
    let chunks = std::iter::from_fn(move || {
        let chunk = parsed[turn % parsers].recv().ok();
        turn += 1;
        chunk
    });
    Box::new(chunks.flatten())
}

/// What is wrong with the first line as an export header, if anything.
fn header_problem(line: &str) -> Option<String> {
    let header: serde_json::Value = match serde_json::from_str(line) {
        Ok(header) => header,
        Err(e) => return Some(format!("line 1: not an export header: {e}")),
    };
    let expected: serde_json::Value =
        serde_json::from_str(EXPORT_HEADER).expect("the header is JSON");
    (header != expected).then(|| {
        format!("line 1: the header is {header}, this orgbase reads {EXPORT_HEADER}")
    })
}

/// A file in the export format that [`check_file`] found sound, ready to
/// be read a last time into a store ([`CheckedFile::records`]).
pub struct CheckedFile {
    path: PathBuf,
    /// The file's length and modification time when it was checked: a
    /// file that changed since is refused, not imported unchecked.
    version: (u64, Option<SystemTime>),
    known: Known,
    records: u64,
    /// The ranks of the records in the file ([`ExportRecord::rank`]).
    ranks: BTreeSet<usize>,
    /// Whether the file lists its records in the export's order (an
    /// export does; a hand-written fixture need not).
    in_order: bool,
}

/// Checks a file in the export format as [`prepare`] checks records, in
/// two passes over it that never hold its records: the first reads every
/// line and checks its values, and learns what the records hold
/// (`invariants::Known`: ids, and a fingerprint of each unique key); the
/// second checks each record against what the first learnt. The error
/// names the first offending line.
pub fn check_file(path: &Path) -> Result<CheckedFile, String> {
    let version = file_version(path)?;
    let (mut known, mut records, mut ranks) =
        (Known::default(), 0, BTreeSet::new());
    let mut in_order = true;
    for numbered in parsed_ahead(open(path)?) {
        let (line, record) = numbered?;
        learn(&mut known, line, &record)?;
        in_order &= ranks.last().is_none_or(|last| *last <= record.rank());
        ranks.insert(record.rank());
        records += 1;
    }
    for numbered in parsed_ahead(open(path)?) {
        let (line, mut record) = numbered?;
        check(&mut known, line, &mut record)?;
    }
    let path = path.to_path_buf();
    Ok(CheckedFile { path, version, known, records, ranks, in_order })
}

impl CheckedFile {
    /// How many records the file holds.
    pub fn len(&self) -> u64 {
        self.records
    }

    /// Whether the file holds no record.
    pub fn is_empty(&self) -> bool {
        self.records == 0
    }

    /// The file's records in the export's order, with what a store derives
    /// filled in, read as they are handed on: in one more pass over a
    /// file in that order, else one pass per kind. An error, and nothing
    /// after it, where the file changed since it was checked.
    pub fn records(
        &self,
    ) -> impl Iterator<Item = Result<ExportRecord, String>> + Send + '_ {
        let ranks: Vec<Option<usize>> = match self.in_order {
            true => vec![None],
            false => self.ranks.iter().copied().map(Some).collect(),
        };
        let mut passes = ranks.into_iter().flat_map(|rank| self.pass(rank));
        let (mut read, mut done) = (0, false);
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            match passes.next() {
                Some(Ok(record)) => {
                    read += 1;
                    Some(Ok(record))
                }
                Some(Err(error)) => {
                    done = true;
                    Some(Err(error))
                }
                None => {
                    done = true;
                    (read != self.records).then(|| Err(self.changed()))
                }
            }
        })
    }

    /// One pass over the file: its records of `rank`, or all of them.
    fn pass(
        &self,
        rank: Option<usize>,
    ) -> Box<dyn Iterator<Item = Result<ExportRecord, String>> + Send + '_>
    {
        let input = match file_version(&self.path) {
            Ok(version) if version == self.version => open(&self.path),
            Ok(_) => Err(self.changed()),
            Err(error) => Err(error),
        };
        let input = match input {
            Ok(input) => input,
            Err(error) => return Box::new(std::iter::once(Err(error))),
        };
        Box::new(parsed_ahead(input).filter_map(move |numbered| {
            let mut record = match numbered {
                Ok((_, record)) => record,
                Err(error) => return Some(Err(error)),
            };
            if rank.is_some_and(|rank| rank != record.rank()) {
                return None;
            }
            self.known.derive(&mut record);
            Some(Ok(record))
        }))
    }

    fn changed(&self) -> String {
        format!("{} changed while it was imported", self.path.display())
    }
}

/// Opens a file to read it line by line.
fn open(path: &Path) -> Result<BufReader<File>, String> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// A file's length and modification time.
fn file_version(path: &Path) -> Result<(u64, Option<SystemTime>), String> {
    let metadata = std::fs::metadata(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((metadata.len(), metadata.modified().ok()))
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
    mut numbered: Vec<(usize, ExportRecord)>,
) -> Result<Vec<ExportRecord>, String> {
    let mut known = Known::default();
    for (line, record) in &numbered {
        learn(&mut known, *line, record)?;
    }
    for (line, record) in &mut numbered {
        check(&mut known, *line, record)?;
    }
    let mut records: Vec<ExportRecord> =
        numbered.into_iter().map(|(_, record)| record).collect();
    records.sort_by_key(ExportRecord::rank);
    Ok(records)
}

/// The first pass over a file's records, for the record at `line`: its
/// values are ones the API would store, and `known` learns what it holds.
fn learn(
    known: &mut Known,
    line: usize,
    record: &ExportRecord,
) -> Result<(), String> {
    if let Some(problem) = value_problem(record) {
        return Err(format!("{}: {problem}", describe(line, record)));
    }
    known.learn(record);
    Ok(())
}

/// The second pass, for the record at `line`: what a store derives is
/// filled in, and the record breaks no invariant among those `known`
/// learnt.
fn check(
    known: &mut Known,
    line: usize,
    record: &mut ExportRecord,
) -> Result<(), String> {
    known.derive(record);
    match known.check(record).first() {
        Some(broken) => {
            Err(format!("{}: {}", describe(line, record), broken.detail))
        }
        None => Ok(()),
    }
}

#[cfg(test)]
mod test {
    use super::open;
    use super::parsed_ahead;
    use super::CHUNK_LINES;
    use crate::store::ExportRecord;
    use crate::store::EXPORT_HEADER;
    use std::io::Write;

    /// A file of many chunks comes back whole and in its order, each
    /// record with its line number (blank lines skipped); a line that is
    /// not a record is an error naming it, after every record before it.
    #[test]
    fn test_a_file_parsed_ahead_keeps_its_order() {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        writeln!(file, "{EXPORT_HEADER}").unwrap();
        let count = CHUNK_LINES * 9 + 17;
        let mut expected = Vec::new();
        for at in 0..count {
            if at == 500 {
                writeln!(file).unwrap();
            }
            let id = uuid::Uuid::from_u128(at as u128 + 1);
            let line = serde_json::json!({"kind": "activity", "record": {
                "organization_id": uuid::Uuid::from_u128(7),
                "id": id,
                "user": null,
                "activity": "created",
                "scope": "Organization",
                "item_id": "x",
                "detail": {"name": null, "changes": [], "context": null},
                "is_system": true,
                "was_impersonated": false,
                "client": null,
                "ip_address": null,
                "created_at": "2026-12-07T18:32:57Z"
            }});
            writeln!(file, "{line}").unwrap();
            // The header is line 1; the blank line pushes the rest down.
            expected.push((at + 2 + usize::from(at >= 500), id));
        }
        writeln!(file, "not a record").unwrap();
        let bad_line = count + 3;
        file.flush().unwrap();
        let mut read = Vec::new();
        let mut error = None;
        for numbered in parsed_ahead(open(file.path()).unwrap()) {
            match numbered {
                Ok((line, ExportRecord::Activity { record })) => {
                    read.push((line, record.id))
                }
                Ok((line, other)) => panic!("line {line}: {other:?}"),
                Err(e) => error = Some(e),
            }
        }
        assert_eq!(read, expected);
        let error = error.expect("the last line is refused");
        assert!(error.starts_with(&format!("line {bad_line}:")), "{error}");
    }
}
