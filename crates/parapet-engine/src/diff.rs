//! Diff-aware results: only findings on lines or resources that changed since a git ref.
//!
//! Uses the `git` binary: it is present wherever a diff base exists (a clone, a CI checkout),
//! reads the repository exactly as the user's git does (worktrees, sparse checkouts, config),
//! and costs no native build (libgit2) or large dependency (gix) for one `git diff`.

use parapet_model::span::normalize_path;
use parapet_model::{Model, Origin};
use parapet_rules::Finding;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Changed lines per file (absolute paths), or whole files (new, untracked).
#[derive(Clone, Debug, Default)]
pub struct Changes {
    pub files: HashMap<PathBuf, Option<Vec<(u32, u32)>>>,
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "core.quotePath=false"])
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}

/// The lines changed in the working tree since `base`.
pub fn changes_since(base: &str, dir: &Path) -> Result<Changes, String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])
        .map_err(|e| format!("--diff-base needs a git repository: {e}"))?;
    let top = PathBuf::from(top.trim());
    git(
        &top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{base}^{{commit}}"),
        ],
    )
    .map_err(|_| format!("--diff-base: `{base}` is not a commit in this repository"))?;
    let diff = git(
        &top,
        &[
            "diff",
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            base,
            "--",
        ],
    )?;
    let mut changes = parse_diff(&diff, &top);
    let untracked = git(&top, &["ls-files", "--others", "--exclude-standard"])?;
    for l in untracked.lines().filter(|l| !l.is_empty()) {
        changes.files.insert(normalize_path(&top.join(l)), None);
    }
    Ok(changes)
}

/// Parses `git diff --unified=0` output into changed line ranges of the new files.
pub fn parse_diff(diff: &str, top: &Path) -> Changes {
    let mut changes = Changes::default();
    let mut current: Option<PathBuf> = None;
    for line in diff.lines() {
        if let Some(p) = line.strip_prefix("+++ ") {
            current = if p == "/dev/null" {
                None
            } else {
                let p = p.strip_prefix("b/").unwrap_or(p);
                let path = normalize_path(&top.join(p));
                changes
                    .files
                    .entry(path.clone())
                    .or_insert(Some(Vec::new()));
                Some(path)
            };
        } else if let Some(h) = line.strip_prefix("@@ ") {
            let Some(path) = &current else { continue };
            // @@ -a,b +c,d @@
            let new = h
                .split_whitespace()
                .find(|t| t.starts_with('+'))
                .unwrap_or("+0");
            let mut it = new[1..].splitn(2, ',');
            let start: u32 = it.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            let count: u32 = it.next().and_then(|x| x.parse().ok()).unwrap_or(1);
            // A pure deletion touches the line it happened after.
            let (a, b) = if count == 0 {
                (start.max(1), start.max(1))
            } else {
                (start, start + count - 1)
            };
            if let Some(Some(v)) = changes.files.get_mut(path) {
                v.push((a, b));
            }
        }
    }
    changes
}

impl Changes {
    fn touched(&self, file: &Path, a: u32, b: u32) -> bool {
        match self.files.get(file) {
            None => false,
            Some(None) => true,
            Some(Some(ranges)) => ranges.iter().any(|&(x, y)| x <= b && a <= y),
        }
    }
}

/// Marks findings outside the change. A finding counts as changed when its own lines, any line
/// of its resource (from its header to the next resource in the file), or a module call it
/// comes through was touched.
pub fn apply(changes: &Changes, findings: &mut [Finding], model: &Model, root: &Path) -> usize {
    let abs = |file: &str| {
        normalize_path(&std::path::absolute(root.join(file)).unwrap_or_else(|_| root.join(file)))
    };
    // Header lines per file: resources and module calls.
    let mut headers: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut add = |o: &Origin| {
        if let Some(s) = o.span() {
            headers
                .entry(s.file.to_string())
                .or_default()
                .push(s.start_line);
        }
    };
    for r in &model.resources {
        add(&r.origin);
        r.call_chain.iter().for_each(&mut add);
    }
    for v in headers.values_mut() {
        v.sort();
        v.dedup();
    }
    let extent = |o: &Origin| -> Option<(String, u32, u32)> {
        let s = o.span()?;
        let next = headers
            .get(&*s.file)
            .and_then(|v| v.iter().find(|&&l| l > s.start_line).copied())
            .map(|l| l - 1)
            .unwrap_or(u32::MAX);
        Some((s.file.to_string(), s.start_line, next))
    };
    let mut outside = 0;
    for f in findings.iter_mut() {
        let mut hit = false;
        if let Some(s) = f.origin.span() {
            hit |= changes.touched(&abs(&s.file), s.start_line, s.end_line);
        }
        for o in std::iter::once(&f.resource_origin).chain(f.call_chain.iter()) {
            if let Some((file, a, b)) = extent(o) {
                hit |= changes.touched(&abs(&file), a, b);
            }
        }
        if !hit {
            f.outside_diff = true;
            outside += 1;
        }
    }
    outside
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_become_line_ranges() {
        let diff = "diff --git a/x.tf b/x.tf\n--- a/x.tf\n+++ b/x.tf\n@@ -3 +3,2 @@\n-a\n+b\n+c\n@@ -10,2 +11,0 @@\n-d\n-e\n--- a/gone.tf\n+++ /dev/null\n@@ -1 +0,0 @@\n";
        let c = parse_diff(diff, Path::new("/repo"));
        let ranges = c.files[&PathBuf::from("/repo/x.tf")].clone().unwrap();
        assert_eq!(ranges, vec![(3, 4), (11, 11)]);
        assert!(c.touched(Path::new("/repo/x.tf"), 4, 4));
        assert!(!c.touched(Path::new("/repo/x.tf"), 5, 10));
        assert!(!c.touched(Path::new("/repo/y.tf"), 1, 100));
    }
}
