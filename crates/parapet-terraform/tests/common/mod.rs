//! Helpers shared by the fixture tests: temporary module trees, lookups by address and path.

#![allow(dead_code)]

use parapet_model::{Dyn, Node, Origin, Resource};
use parapet_terraform::module::RawResource;
use parapet_terraform::{Evaluated, Options};
use std::path::{Path, PathBuf};

/// A directory tree written from `(relative path, text)` pairs.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new(files: &[(&str, &str)]) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        for (p, text) in files {
            let path = dir.path().join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Fixture { dir }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn opts(&self) -> Options {
        Options {
            root: self.root().to_path_buf(),
            ..Default::default()
        }
    }

    /// Evaluates `rel` (a directory of the tree) as a root module.
    pub fn eval(&self, rel: &str) -> Evaluated {
        parapet_terraform::evaluate(&self.path(rel), &self.opts())
    }

    pub fn eval_with(&self, rel: &str, opts: &Options) -> Evaluated {
        parapet_terraform::evaluate(&self.path(rel), opts)
    }
}

pub fn raw<'a>(ev: &'a Evaluated, address: &str) -> &'a RawResource {
    ev.resources
        .iter()
        .find(|r| r.address == address)
        .unwrap_or_else(|| {
            panic!(
                "no resource {address}; have {:?}",
                ev.resources.iter().map(|r| &r.address).collect::<Vec<_>>()
            )
        })
}

pub fn addresses(ev: &Evaluated) -> Vec<String> {
    ev.resources.iter().map(|r| r.address.clone()).collect()
}

pub fn resource<'a>(rs: &'a [Resource], address: &str) -> &'a Resource {
    rs.iter().find(|r| r.address == address).unwrap_or_else(|| {
        panic!(
            "no resource {address}; have {:?}",
            rs.iter().map(|r| &r.address).collect::<Vec<_>>()
        )
    })
}

/// Follows a dotted path of map keys and list indices (`ingress.0.from_port`).
pub fn at<'a>(n: &'a Node, path: &str) -> &'a Node {
    let mut cur = n;
    for part in path.split('.') {
        cur = match (&cur.v, part.parse::<usize>()) {
            (Dyn::List(l), Ok(i)) => l.get(i),
            (Dyn::Map(m), _) => m.get(part),
            _ => None,
        }
        .unwrap_or_else(|| panic!("no `{part}` in path `{path}`: {:?}", cur.v));
    }
    cur
}

pub fn s(n: &Node) -> &str {
    n.as_str()
        .unwrap_or_else(|| panic!("not a string: {:?}", n.v))
}

pub fn num(n: &Node) -> f64 {
    match n.v {
        Dyn::Number(x) => x,
        ref other => panic!("not a number: {other:?}"),
    }
}

pub fn line(o: &Origin) -> u32 {
    o.line().expect("a source origin")
}

pub fn file(o: &Origin) -> &str {
    o.file().expect("a source origin")
}

/// The text an origin covers.
pub fn text_of<'a>(fx: &'a str, o: &Origin) -> &'a str {
    let s = o.span().unwrap();
    &fx[s.start as usize..s.end as usize]
}

pub fn unknown_reason(n: &Node) -> &str {
    match &n.v {
        Dyn::Unknown(u) => &u.reason,
        other => panic!("not unknown: {other:?}"),
    }
}

pub fn errors(ev: &Evaluated) -> Vec<String> {
    ev.diagnostics
        .iter()
        .filter(|d| d.level == parapet_model::DiagnosticLevel::Error)
        .map(|d| format!("{}:{} {} {}", d.file, d.line(), d.code, d.message))
        .collect()
}

/// The 1-based line of the first occurrence of `needle` in `text`.
pub fn line_of(text: &str, needle: &str) -> u32 {
    let off = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in the fixture"));
    text[..off].matches('\n').count() as u32 + 1
}
