//! The source's shape, tested like code: no two files of `src/` import
//! each other in a circle, and no import runs against the layers
//! (DESIGN.md, "Layers").
//!
//! Every file under `src/` is parsed (`syn`), and every path it names
//! through the crate (`use` items, `pub use` re-exports, and paths written
//! out in code, such as `impl super::App` or `crate::store::Tx`) becomes an
//! edge to the FILE that defines the module the path names: its longest
//! module prefix, so `use super::Item` is an edge to the parent's file
//! whether the parent defines `Item` or re-exports it. Code under
//! `#[cfg(test)]` is left out: unit tests may reach anywhere.
//!
//! ## Why a test
//! It runs with the rest of the suite, so CI needs no tool of its own
//! (`cargo modules dependencies --acyclic` checks cycles alone, between
//! modules rather than files, and knows nothing of layers).
//!
//! ## The layers
//! [`LAYERS`] is the allowed graph: each part of the crate (a top-level
//! module, or one of the store's engines) and the parts it may import.
//! A part not in the table fails the test until it is placed.

use crate::common::files_below;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::Path;
use syn::visit::Visit;

/// Each part of the crate and the parts it may import (its own files
/// aside). Parts are `src/`'s top-level modules, with the store's engines
/// apart from the store's interface; `main` is the binary, `crate root`
/// is `lib.rs`. Adding a part here is a decision about the design: say
/// why in the commit.
const LAYERS: &[(&str, &[&str])] = &[
    // The contract: the trait and the wire types. No logic.
    ("api", &[]),
    // Unpack, authenticate, call one `App` method, convert to the view.
    (
        "http",
        &["api", "app", "crate root", "error", "metrics", "page", "rate_limit"],
    ),
    // Every business rule.
    ("app", &["api", "dns", "email", "error", "page", "secrets", "store"]),
    // Background work; the rules it applies are `app`'s, what it did is
    // counted in the metrics.
    ("jobs", &["app", "metrics"]),
    // The interface (dispatching to an engine), the changes written once,
    // the invariants.
    ("store", &["names", "page", "secrets", "store::sled", "store::postgres"]),
    // The engines: only what is engine-specific; never each other.
    ("store::sled", &["names", "page", "store"]),
    ("store::postgres", &["names", "page", "store"]),
    // Small parts beside the layers.
    ("client", &[]),
    ("dns", &[]),
    ("email", &["store"]),
    ("error", &["api", "store"]),
    ("export", &["app", "store"]),
    ("logging", &["secrets"]),
    ("memory", &[]),
    ("metrics", &["rate_limit", "store"]),
    ("names", &[]),
    ("open_files", &[]),
    ("page", &[]),
    ("rate_limit", &["app"]),
    ("request_log", &["metrics"]),
    ("secrets", &[]),
    // Assembly: the server and the binary put the parts together.
    (
        "server",
        &[
            "app",
            "dns",
            "email",
            "http",
            "jobs",
            "memory",
            "metrics",
            "open_files",
            "rate_limit",
            "request_log",
            "store",
        ],
    ),
    (
        "main",
        &[
            "app",
            "export",
            "http",
            "logging",
            "rate_limit",
            "server",
            "store",
            "store::sled",
            "store::postgres",
        ],
    ),
    ("crate root", &[]),
];

#[test]
fn test_imports_acyclic_and_within_layers() {
    let sources =
        Sources::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let edges = sources.edges();
    let mut failures = Vec::new();

    for cycle in cycles(sources.files.len(), &edges) {
        let names: BTreeSet<usize> = cycle.iter().copied().collect();
        let mut text = format!(
            "cycle between {}:",
            names
                .iter()
                .map(|&file| sources.files[file].rel.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        for edge in edges
            .iter()
            .filter(|e| names.contains(&e.from) && names.contains(&e.to))
        {
            text += &format!(
                "\n    {} -> {} ({})",
                sources.files[edge.from].rel,
                sources.files[edge.to].rel,
                edge.path
            );
        }
        failures.push(text);
    }

    let layers: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut unplaced = BTreeSet::new();
    for edge in &edges {
        let from = sources.files[edge.from].part();
        let to = sources.files[edge.to].part();
        if from == to {
            continue;
        }
        match layers.get(from.as_str()) {
            None => {
                unplaced.insert(from);
            }
            Some(allowed) if !allowed.contains(&to.as_str()) => {
                failures.push(format!(
                    "against the layers: {} ({}) -> {} ({}) ({})",
                    sources.files[edge.from].rel,
                    from,
                    sources.files[edge.to].rel,
                    to,
                    edge.path
                ))
            }
            Some(_) => {}
        }
    }
    for part in unplaced {
        failures.push(format!("`{part}` is not in LAYERS: place it"));
    }

    assert!(
        failures.is_empty(),
        "{} problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// One file of `src/`.
struct SourceFile {
    /// Its path under `src/`, as `store/sled/tx.rs`.
    rel: String,
    /// The module it defines (`main.rs`: the binary, none of the library).
    module: Option<Vec<String>>,
    syntax: syn::File,
}

impl SourceFile {
    /// The part of the crate (a key of [`LAYERS`]) the file belongs to.
    fn part(&self) -> String {
        match self.module.as_deref() {
            None => "main".to_string(),
            Some([]) => "crate root".to_string(),
            Some([store, engine, ..])
                if store == "store"
                    && (engine == "sled" || engine == "postgres") =>
            {
                format!("store::{engine}")
            }
            Some([top, ..]) => top.clone(),
        }
    }
}

/// An import of one file by another, and the path that names it.
struct Edge {
    from: usize,
    to: usize,
    path: String,
}

/// The files of `src/` and the modules they define.
struct Sources {
    files: Vec<SourceFile>,
    /// Every module of the library (inline ones too) and its file.
    modules: BTreeMap<Vec<String>, usize>,
}

impl Sources {
    fn read(src: &Path) -> Sources {
        let mut sources =
            Sources { files: Vec::new(), modules: BTreeMap::new() };
        for path in files_below(src, "rs") {
            let rel = path
                .strip_prefix(src)
                .unwrap()
                .to_str()
                .unwrap()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).unwrap();
            let syntax =
                syn::parse_file(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
            let module = if rel == "main.rs" {
                None
            } else {
                let mut module: Vec<String> = rel
                    .trim_end_matches(".rs")
                    .split('/')
                    .map(str::to_string)
                    .collect();
                if matches!(
                    module.last().map(String::as_str),
                    Some("mod" | "lib")
                ) {
                    module.pop();
                }
                Some(module)
            };
            let file = sources.files.len();
            if let Some(module) = &module {
                sources.modules.insert(module.clone(), file);
                inline_modules(
                    &syntax.items,
                    module,
                    file,
                    &mut sources.modules,
                );
            }
            sources.files.push(SourceFile { rel, module, syntax });
        }
        sources
    }

    fn edges(&self) -> Vec<Edge> {
        let mut edges = Vec::new();
        for (file, source) in self.files.iter().enumerate() {
            let mut imports = Imports {
                sources: self,
                file,
                scope: source.module.clone().unwrap_or_default(),
                edges: &mut edges,
            };
            for item in &source.syntax.items {
                imports.visit_item(item);
            }
        }
        // One edge per pair of files, with the first path that names it.
        let mut seen = BTreeSet::new();
        edges.retain(|edge| seen.insert((edge.from, edge.to)));
        edges
    }

    /// The file that defines the module `path` (from the crate's root)
    /// names: its longest prefix that is a module.
    fn defining_file(&self, path: &[String]) -> usize {
        (0..=path.len())
            .rev()
            .find_map(|n| self.modules.get(&path[..n]).copied())
            .expect("the crate root is a module")
    }
}

/// Records the library's inline modules (`mod name { ... }`) as defined
/// by `file`.
fn inline_modules(
    items: &[syn::Item],
    scope: &[String],
    file: usize,
    modules: &mut BTreeMap<Vec<String>, usize>,
) {
    for item in items {
        if let syn::Item::Mod(module) = item {
            if let (Some((_, items)), false) =
                (&module.content, is_test_only(&module.attrs))
            {
                let mut inner = scope.to_vec();
                inner.push(module.ident.to_string());
                modules.insert(inner.clone(), file);
                inline_modules(items, &inner, file, modules);
            }
        }
    }
}

/// Whether the attributes put an item under `#[cfg(test)]`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Meta>()
                .is_ok_and(|meta| meta.path().is_ident("test"))
    })
}

/// The attributes of an item, where it can carry `#[cfg(test)]`.
fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(item) => &item.attrs,
        syn::Item::Enum(item) => &item.attrs,
        syn::Item::Fn(item) => &item.attrs,
        syn::Item::Impl(item) => &item.attrs,
        syn::Item::Macro(item) => &item.attrs,
        syn::Item::Mod(item) => &item.attrs,
        syn::Item::Static(item) => &item.attrs,
        syn::Item::Struct(item) => &item.attrs,
        syn::Item::Trait(item) => &item.attrs,
        syn::Item::Type(item) => &item.attrs,
        syn::Item::Use(item) => &item.attrs,
        _ => &[],
    }
}

/// Collects one file's edges, knowing the module each item sits in.
struct Imports<'a> {
    sources: &'a Sources,
    file: usize,
    /// The module the visitor is in (a file's module, or an inline one).
    scope: Vec<String>,
    edges: &'a mut Vec<Edge>,
}

impl Imports<'_> {
    /// Adds the edge for a path as written in the current scope, if it
    /// names a module of the library in another file.
    fn record(&mut self, segments: &[String]) {
        let in_library = self.sources.files[self.file].module.is_some();
        let (first, rest) = match segments.split_first() {
            Some(split) => split,
            None => return,
        };
        let absolute: Vec<String> = match first.as_str() {
            "crate" if in_library => rest.to_vec(),
            "orgbase" if !in_library => rest.to_vec(),
            "self" if in_library => {
                self.scope.iter().chain(rest).cloned().collect()
            }
            "super" if in_library => {
                let mut base = self.scope.clone();
                base.pop();
                let supers = rest.iter().take_while(|s| *s == "super").count();
                for _ in 0..supers {
                    base.pop();
                }
                base.into_iter().chain(rest[supers..].iter().cloned()).collect()
            }
            // A path from a child module of the current one.
            _ if in_library => {
                let mut child = self.scope.clone();
                child.push(first.clone());
                if !self.sources.modules.contains_key(&child) {
                    return;
                }
                self.scope.iter().chain(segments).cloned().collect()
            }
            _ => return,
        };
        let to = self.sources.defining_file(&absolute);
        if to != self.file {
            self.edges.push(Edge {
                from: self.file,
                to,
                path: segments.join("::"),
            });
        }
    }
}

/// The paths a `use` tree imports, one per leaf (`a::{b, c::d}` gives
/// `a::b` and `a::c::d`; `a::{self}` and `a::*` give `a`).
fn use_paths(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    paths: &mut Vec<Vec<String>>,
) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            use_paths(&path.tree, prefix, paths);
            prefix.pop();
        }
        syn::UseTree::Name(name) if name.ident == "self" => {
            paths.push(prefix.clone())
        }
        syn::UseTree::Name(name) => paths.push(
            prefix.iter().cloned().chain([name.ident.to_string()]).collect(),
        ),
        syn::UseTree::Rename(rename) => paths.push(
            prefix.iter().cloned().chain([rename.ident.to_string()]).collect(),
        ),
        syn::UseTree::Glob(_) => paths.push(prefix.clone()),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                use_paths(tree, prefix, paths);
            }
        }
    }
}

impl<'ast> Visit<'ast> for Imports<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_test_only(item_attrs(item)) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        self.scope.push(module.ident.to_string());
        syn::visit::visit_item_mod(self, module);
        self.scope.pop();
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        if item.leading_colon.is_some() {
            return;
        }
        let mut paths = Vec::new();
        use_paths(&item.tree, &mut Vec::new(), &mut paths);
        for path in paths {
            self.record(&path);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            let segments: Vec<String> =
                path.segments.iter().map(|s| s.ident.to_string()).collect();
            self.record(&segments);
        }
        syn::visit::visit_path(self, path);
    }

    /// `pub(in crate::x)` names where an item is seen, not an import.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}
}

/// The strongly connected components of more than one file (Tarjan).
fn cycles(count: usize, edges: &[Edge]) -> Vec<Vec<usize>> {
    struct Tarjan<'a> {
        next: Vec<Vec<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        stack: Vec<usize>,
        on_stack: Vec<bool>,
        counter: usize,
        found: &'a mut Vec<Vec<usize>>,
    }
    impl Tarjan<'_> {
        fn visit(&mut self, v: usize) {
            self.index[v] = Some(self.counter);
            self.low[v] = self.counter;
            self.counter += 1;
            self.stack.push(v);
            self.on_stack[v] = true;
            for w in self.next[v].clone() {
                match self.index[w] {
                    None => {
                        self.visit(w);
                        self.low[v] = self.low[v].min(self.low[w]);
                    }
                    Some(index) if self.on_stack[w] => {
                        self.low[v] = self.low[v].min(index)
                    }
                    Some(_) => {}
                }
            }
            if Some(self.low[v]) == self.index[v] {
                let mut component = Vec::new();
                loop {
                    let w = self.stack.pop().unwrap();
                    self.on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let mut next = vec![Vec::new(); count];
    for edge in edges {
        next[edge.from].push(edge.to);
    }
    let mut found = Vec::new();
    let mut tarjan = Tarjan {
        next,
        index: vec![None; count],
        low: vec![0; count],
        stack: Vec::new(),
        on_stack: vec![false; count],
        counter: 0,
        found: &mut found,
    };
    for v in 0..count {
        if tarjan.index[v].is_none() {
            tarjan.visit(v);
        }
    }
    found
}
