//! The book (`docs/`, an mdBook) and the README, tested like code: every
//! link between pages and every anchor resolves and every page is in the
//! book's summary; the configuration page lists exactly the options and
//! variables that `orgbase serve --help` does; and every command block
//! marked `<!-- tested -->` runs, in order, against a real `orgbase serve
//! --ephemeral` (with the options a page names in `<!-- tested server:
//! ... -->`), its answer compared where the block shows one.

use crate::binary::serve_with;
use crate::binary::terminate;
use crate::common::files_below;
use pulldown_cmark::Event;
use pulldown_cmark::Options;
use pulldown_cmark::Parser;
use pulldown_cmark::Tag;
use pulldown_cmark::TagEnd;
use std::collections::BTreeSet;
use std::collections::HashSet;
use std::path::PathBuf;

const KEY: &str = "phx_booktestkey0123456789abcdefghijklmnopqrst";
/// The line that marks the command block after it as run by the test.
const TESTED: &str = "<!-- tested -->";
/// A page's line that gives its server options beyond `--ephemeral`, as
/// the page tells the reader to start it: `<!-- tested server: ARGS -->`.
const TESTED_SERVER: &str = "<!-- tested server:";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The README and every page of the book.
fn documents() -> Vec<PathBuf> {
    let mut found = vec![root().join("README.md")];
    found.extend(files_below(&root().join("docs/src"), "md"));
    found.sort();
    found
}

fn parser(text: &str) -> Parser<'_> {
    Parser::new_ext(text, Options::ENABLE_TABLES)
}

/// The anchors mdBook gives a page's headings: the heading's text
/// lowercased, whitespace as `-`, other punctuation dropped, repeats
/// numbered (mdBook's `id_from_content` and `unique_id`).
fn anchors(text: &str) -> HashSet<String> {
    let mut anchors = HashSet::new();
    let mut heading: Option<String> = None;
    for event in parser(text) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = &mut heading {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let content = heading.take().unwrap();
                let id: String = content
                    .trim()
                    .to_lowercase()
                    .chars()
                    .filter_map(|ch| match ch {
                        ch if ch.is_alphanumeric()
                            || ch == '_'
                            || ch == '-' =>
                        {
                            Some(ch)
                        }
                        ch if ch.is_whitespace() => Some('-'),
                        _ => None,
                    })
                    .collect();
                let mut unique = id.clone();
                let mut counter = 1;
                while !anchors.insert(unique.clone()) {
                    unique = format!("{id}-{counter}");
                    counter += 1;
                }
            }
            _ => {}
        }
    }
    anchors
}

/// Every link's destination in a page.
fn links(text: &str) -> Vec<String> {
    parser(text)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn test_book_links_and_anchors_resolve() {
    let mut broken = Vec::new();
    for document in documents() {
        let text = std::fs::read_to_string(&document).unwrap();
        for link in links(&text) {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = match link.split_once('#') {
                Some((path, anchor)) => (path, Some(anchor)),
                None => (link.as_str(), None),
            };
            let target = if path.is_empty() {
                document.clone()
            } else {
                document.parent().unwrap().join(path)
            };
            let name = document.strip_prefix(root()).unwrap().display();
            if !target.exists() {
                broken.push(format!("{name}: {link}: no such file"));
                continue;
            }
            if let Some(anchor) = anchor {
                let target_text = std::fs::read_to_string(&target).unwrap();
                if !anchors(&target_text).contains(anchor) {
                    broken.push(format!("{name}: {link}: no such heading"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));

    // Every page is in the book's summary (an orphan is never built).
    let summary_path = root().join("docs/src/SUMMARY.md");
    let summary = std::fs::read_to_string(&summary_path).unwrap();
    let listed: BTreeSet<PathBuf> = links(&summary)
        .into_iter()
        .map(|link| root().join("docs/src").join(link))
        .collect();
    let orphans: Vec<_> = documents()
        .into_iter()
        .filter(|page| page.starts_with(root().join("docs/src")))
        .filter(|page| *page != summary_path && !listed.contains(page))
        .collect();
    assert!(orphans.is_empty(), "pages missing from SUMMARY.md: {orphans:?}");
}

/// The long options and environment variables that `orgbase serve --help`
/// names.
fn help_names() -> (BTreeSet<String>, BTreeSet<String>) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgbase"))
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    let mut options = BTreeSet::new();
    let mut variables = BTreeSet::new();
    for line in help.lines().map(str::trim) {
        let option = line.strip_prefix("-h, ").unwrap_or(line);
        if let Some(option) = option.strip_prefix("--") {
            let name = option.split([' ', '=']).next().unwrap();
            if name != "help" {
                options.insert(format!("--{name}"));
            }
        }
        if let Some(variable) = line.strip_prefix("[env: ") {
            variables.insert(variable.trim_end_matches(']').to_string());
        }
    }
    (options, variables)
}

#[test]
fn test_book_configuration_matches_help() {
    let page = root().join("docs/src/operating/configuration.md");
    let text = std::fs::read_to_string(page).unwrap();
    // The reference table: `| option | environment | default | meaning |`.
    let mut options = BTreeSet::new();
    let mut variables = BTreeSet::new();
    for row in text.lines().filter(|line| line.starts_with("| ")) {
        let cells: Vec<&str> = row.split(" | ").collect();
        let code = |cell: &str| {
            cell.trim_matches(|c| c == '|' || c == ' ')
                .strip_prefix('`')
                .map(|rest| rest.split(['`', ' ']).next().unwrap().to_string())
        };
        if let Some(option) = code(cells[0]).filter(|o| o.starts_with("--")) {
            options.insert(option);
        }
        if let Some(variable) = cells
            .get(1)
            .and_then(|cell| code(cell))
            .filter(|v| v.starts_with("ORGBASE_"))
        {
            variables.insert(variable);
        }
    }
    let (help_options, mut help_variables) = help_names();
    // Read by the first start, not an option of its own.
    help_variables.insert("ORGBASE_BOOTSTRAP_API_KEY".to_string());
    assert_eq!(options, help_options, "options: the page, then --help");
    assert_eq!(variables, help_variables, "variables: the page, then --help");
}

/// A command block marked as tested, and the answer it shows (its
/// trailing `# ...` comment lines), if any.
struct TestedBlock {
    script: String,
    shown: Option<String>,
}

fn tested_blocks(text: &str) -> Vec<TestedBlock> {
    let mut blocks = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() != TESTED {
            continue;
        }
        let fence = lines.next().expect("a block after the marker");
        assert!(fence.starts_with("```sh"), "{TESTED} before {fence:?}");
        let body: Vec<&str> = lines
            .by_ref()
            .take_while(|line| !line.starts_with("```"))
            .collect();
        let answer_lines =
            body.iter().rev().take_while(|line| line.starts_with("# ")).count();
        let (script, answer) = body.split_at(body.len() - answer_lines);
        let shown = (!answer.is_empty()).then(|| {
            answer.iter().map(|line| &line[2..]).collect::<Vec<_>>().join("\n")
        });
        blocks.push(TestedBlock { script: script.join("\n"), shown });
    }
    blocks
}

/// Whether `output` is the answer a block shows: the same JSON value when
/// both are JSON (jq's layout may differ from the page's), else the same
/// text.
fn same_answer(output: &str, shown: &str) -> bool {
    match (
        serde_json::from_str::<serde_json::Value>(output),
        serde_json::from_str::<serde_json::Value>(shown),
    ) {
        (Ok(output), Ok(shown)) => output == shown,
        _ => output.trim() == shown.trim(),
    }
}

#[test]
fn test_book_tested_blocks_run() {
    let mut pages_run = 0;
    for document in documents() {
        let text = std::fs::read_to_string(&document).unwrap();
        let blocks = tested_blocks(&text);
        if blocks.is_empty() {
            continue;
        }
        let name = document.strip_prefix(root()).unwrap().display().to_string();
        pages_run += 1;
        // A fresh server per page: each page's blocks start from nothing.
        let mut args = vec!["--ephemeral".to_string()];
        if let Some(line) =
            text.lines().find(|line| line.trim().starts_with(TESTED_SERVER))
        {
            let options = line.trim()[TESTED_SERVER.len()..]
                .trim_end_matches("-->")
                .split_whitespace()
                .map(str::to_string);
            args.extend(options);
        }
        let args: Vec<&std::ffi::OsStr> =
            args.iter().map(|arg| arg.as_ref()).collect();
        let served = serve_with(&args, Some(KEY));
        let outputs = tempfile::tempdir().unwrap();
        // One shell runs the page's blocks in order, so that what one sets
        // the next reads. A block that shows no answer must succeed, curl
        // included (a 4xx fails it); one that shows its answer has it
        // compared instead.
        let mut script = format!(
            "set -euo pipefail\n\
             export ORGBASE_URL=http://{}\n\
             export ORGBASE_KEY={KEY}\n\
             curl() {{\n\
                 if [ -n \"$ANSWER_SHOWN\" ]; then command curl \"$@\";\n\
                 else command curl --fail-with-body \"$@\"; fi\n\
             }}\n",
            served.address
        );
        for (n, block) in blocks.iter().enumerate() {
            let shown = if block.shown.is_some() { "1" } else { "" };
            let output = outputs.path().join(format!("{n}.out"));
            script.push_str(&format!(
                "ANSWER_SHOWN={shown}\n{{\n{}\n}} > {}\n",
                block.script,
                output.display()
            ));
        }
        let run = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .output()
            .unwrap();
        let (clean, log) = terminate(served);
        assert!(
            run.status.success(),
            "{name}: a tested block failed: {}\n{}\n(server log:\n{log})",
            String::from_utf8_lossy(&run.stderr),
            String::from_utf8_lossy(&run.stdout),
        );
        assert!(clean, "{log}");
        for (n, block) in blocks.iter().enumerate() {
            let output = std::fs::read_to_string(
                outputs.path().join(format!("{n}.out")),
            )
            .unwrap();
            if let Some(shown) = &block.shown {
                assert!(
                    same_answer(&output, shown),
                    "{name}, tested block {n}:\n{}\nanswered\n{output}\nwhere the page shows\n{shown}",
                    block.script
                );
            }
        }
    }
    assert!(
        pages_run >= 2,
        "the README and the walkthrough have tested blocks"
    );
}
