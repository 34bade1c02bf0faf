//! Fingerprints that identify a finding across edits: they hash the rule, the resource address,
//! the file and the flagged source text (whitespace-normalized), never line numbers, so a
//! finding keeps its fingerprint when unrelated lines move.

use parapet_model::FileRef;
use parapet_rules::Finding;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::Arc;

pub fn fingerprint(f: &Finding, sources: &BTreeMap<FileRef, Arc<str>>) -> String {
    let snippet = f.origin.span().and_then(|s| {
        let text = sources.get(&s.file)?;
        text.get(s.start as usize..s.end as usize)
    });
    let mut h = Sha256::new();
    for part in [f.rule_id.as_str(), f.resource.as_str(), f.file()] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    // The flagged text with its whitespace runs as single spaces (hashed word by word: the
    // same digest as hashing the joined text).
    for (i, word) in snippet
        .into_iter()
        .flat_map(str::split_whitespace)
        .enumerate()
    {
        if i > 0 {
            h.update(b" ");
        }
        h.update(word.as_bytes());
    }
    h.update([0u8]);
    h.update(f.message.as_bytes());
    h.update([0u8]);
    let d = h.finalize();
    let mut out = String::with_capacity(32);
    for b in d.iter().take(16) {
        use std::fmt::Write;
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Numbers repeated fingerprints of a scan's findings, taken in report order (`<fp>:2`,
/// `<fp>:3` ...), so each stays unique; only failing findings are identified across runs, the
/// others get none. A fingerprint hashes the file, and report order keeps a file's findings
/// together, so only the fingerprints of the current file are remembered.
#[derive(Default)]
pub struct Numbering {
    file: String,
    /// Fingerprints are 32 hex digits: kept as numbers (no copy of the text per finding).
    seen: std::collections::HashMap<u128, usize>,
    /// Any other (not produced by [`fingerprint`]).
    seen_text: std::collections::HashMap<String, usize>,
}

impl Numbering {
    pub fn number(&mut self, f: &mut Finding) {
        if f.status != parapet_rules::Status::Fail {
            f.fingerprint.clear();
            return;
        }
        if f.file() != self.file {
            self.file.clear();
            self.file.push_str(f.file());
            self.seen.clear();
            self.seen_text.clear();
        }
        let n = match u128::from_str_radix(&f.fingerprint, 16) {
            Ok(k) if f.fingerprint.len() == 32 => self.seen.entry(k).or_insert(0),
            _ => self.seen_text.entry(f.fingerprint.clone()).or_insert(0),
        };
        *n += 1;
        if *n > 1 {
            f.fingerprint = format!("{}:{n}", f.fingerprint);
        }
    }
}
