//! The module graph of one crate: its files, the module each is, and the file each path
//! it names lands in (following `use` re-exports to the file that defines the item).

use super::parse::{self, Named};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// One crate's files and what they import.
pub struct Crate {
    /// Files by module path (`a::b`; the root is the empty string), relative file names.
    pub files: BTreeMap<String, String>,
    /// For each file, the names it brings into scope with `use`, as absolute paths.
    binds: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// For each file, the absolute paths it names, each with whether a re-export names it.
    named: BTreeMap<String, Vec<(Vec<String>, bool)>>,
}

/// Every `.rs` file under `dir`.
fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rs_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file under `src` is: `a/b.rs` and `a/b/mod.rs` are `a::b`.
fn module_of(rel: &str) -> Vec<String> {
    let trimmed = rel.trim_end_matches(".rs");
    let mut segs: Vec<String> = trimmed.split('/').map(str::to_string).collect();
    if segs
        .last()
        .is_some_and(|s| s == "mod" || s == "lib" || s == "main")
    {
        segs.pop();
    }
    segs
}

impl Crate {
    /// Reads the crate whose sources are under `src`; file names are given from `root`.
    pub fn read(root: &Path, src: &Path) -> Crate {
        let mut paths = Vec::new();
        rs_files(src, &mut paths);
        paths.sort();
        let mut files = BTreeMap::new();
        let mut raw = BTreeMap::new();
        for path in paths {
            let rel = path
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let module = module_of(&rel);
            let text = fs::read_to_string(&path).unwrap();
            raw.insert(name.clone(), parse::paths(&parse::tokens(&text), &module));
            files.insert(module.join("::"), name);
        }
        let mut krate = Crate {
            files,
            binds: BTreeMap::new(),
            named: BTreeMap::new(),
        };
        for (name, found) in raw {
            krate.absorb(name, found);
        }
        krate
    }

    fn absorb(&mut self, name: String, found: Vec<Named>) {
        let mut binds = BTreeMap::new();
        let mut named = Vec::new();
        for n in found {
            let Some(abs) = self.absolute(&n.scope, &n.segments) else {
                continue;
            };
            if let Some(bound) = n.binds.filter(|b| b != "*" && b != "_") {
                binds.insert(bound, abs.clone());
            }
            named.push((abs, n.reexport));
        }
        self.binds.insert(name.clone(), binds);
        self.named.insert(name, named);
    }

    /// A path written in `scope` from the crate root, or `None` when it leaves the crate.
    fn absolute(&self, scope: &[String], segments: &[String]) -> Option<Vec<String>> {
        let first = segments.first()?;
        let mut base = scope.to_vec();
        let mut rest = segments;
        match first.as_str() {
            "crate" => {
                base.clear();
                rest = &segments[1..];
            }
            "self" => rest = &segments[1..],
            "super" => {
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            _ => {
                // A relative path names a child module of the file's module, or leaves.
                let mut child = scope.to_vec();
                child.push(first.clone());
                if !self.files.contains_key(&child.join("::")) {
                    return None;
                }
            }
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The file a path lands in: its longest prefix that is a file's module, followed
    /// through that file's `use` items while the next segment is a name it imports.
    pub fn land(&self, path: &[String]) -> Option<String> {
        let mut path = path.to_vec();
        let mut seen = BTreeSet::new();
        loop {
            let (len, file) = (0..=path.len()).rev().find_map(|n| {
                self.files
                    .get(&path[..n].join("::"))
                    .map(|f| (n, f.clone()))
            })?;
            let Some(next) = path.get(len) else {
                return Some(file);
            };
            let Some(target) = self.binds.get(&file).and_then(|b| b.get(next)) else {
                return Some(file);
            };
            if !seen.insert(path.clone()) {
                return Some(file);
            }
            let mut followed = target.clone();
            followed.extend(path[len + 1..].iter().cloned());
            path = followed;
        }
    }

    /// The module path of a file.
    pub fn module(&self, file: &str) -> String {
        self.files
            .iter()
            .find(|(_, f)| *f == file)
            .map(|(m, _)| m.clone())
            .unwrap_or_default()
    }

    /// Every import edge between two files: not to itself, and not from a module to the
    /// modules it gathers (a parent re-exporting or using its own children): the edges
    /// the layers judge.
    pub fn edges(&self) -> BTreeSet<(String, String)> {
        self.edges_where(|_, _| false)
    }

    /// The edges the cycles are read from: those of [`Crate::edges`] and a parent's use of
    /// its own children's items in its code (a call, a type, a non-re-exporting `use`),
    /// which depends on them like any import. A re-export only gathers: an importer of a
    /// re-exported item already has its own edge to the file that defines it. The crate
    /// root gathers without depending.
    pub fn cycle_edges(&self) -> BTreeSet<(String, String)> {
        self.edges_where(|from, reexport| !from.is_empty() && !reexport)
    }

    /// The edges, keeping a parent's edge to its child when `keep(parent, reexport)`.
    fn edges_where(&self, keep: impl Fn(&str, bool) -> bool) -> BTreeSet<(String, String)> {
        let mut edges = BTreeSet::new();
        for (file, named) in &self.named {
            let from = self.module(file);
            for (path, reexport) in named {
                let Some(to) = self.land(path) else { continue };
                let to_module = self.module(&to);
                if to == *file || (gathers(&from, &to_module) && !keep(&from, *reexport)) {
                    continue;
                }
                edges.insert((file.clone(), to));
            }
        }
        edges
    }
}

/// Whether module `parent` gathers `child` (is one of its ancestors).
pub fn gathers(parent: &str, child: &str) -> bool {
    parent.is_empty() || child.starts_with(&format!("{parent}::"))
}

/// The cycles of a graph: its strongly connected components of more than one file.
pub fn cycles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges {
        out.entry(a).or_default().push(b);
        out.entry(b).or_default();
    }
    let reach = |start: &str| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.to_string()];
        while let Some(n) = stack.pop() {
            for m in out.get(n.as_str()).into_iter().flatten() {
                if seen.insert(m.to_string()) {
                    stack.push(m.to_string());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&str, BTreeSet<String>> = out.keys().map(|n| (*n, reach(n))).collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for (n, r) in &reaches {
        if done.contains(*n) || !r.contains(*n) {
            continue;
        }
        let comp: Vec<String> = r
            .iter()
            .filter(|m| reaches[m.as_str()].contains(*n))
            .cloned()
            .collect();
        done.extend(comp.iter().cloned());
        found.push(comp);
    }
    found
}
