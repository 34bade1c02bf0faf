//! Baselines: the findings a team has accepted as they stand, keyed by fingerprint (never by
//! line number), so that only new findings are reported.

use parapet_rules::Finding;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub rule_id: String,
    pub resource: String,
    pub file: String,
}

impl Baseline {
    /// The current failing, unsuppressed findings.
    pub fn from_findings(
        findings: impl Iterator<Item = impl std::borrow::Borrow<Finding>>,
    ) -> Baseline {
        let mut findings: Vec<Entry> = findings
            .map(|f| {
                let f = f.borrow();
                Entry {
                    fingerprint: f.fingerprint.clone(),
                    rule_id: f.rule_id.clone(),
                    resource: f.resource.clone(),
                    file: f.file().to_string(),
                }
            })
            .collect();
        findings.sort_by(|a, b| {
            (&a.file, &a.rule_id, &a.fingerprint).cmp(&(&b.file, &b.rule_id, &b.fingerprint))
        });
        Baseline {
            version: VERSION,
            findings,
        }
    }

    pub fn read(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let b: Baseline = serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a Parapet baseline: {e}", path.display()))?;
        if b.version != VERSION {
            return Err(format!(
                "{}: baseline version {} is not supported",
                path.display(),
                b.version
            ));
        }
        Ok(b)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Marks findings that are in the baseline, one at a time (see [`Marker::finish`]).
    pub fn marker(&self) -> Marker<'_> {
        Marker {
            // The first entry of a fingerprint listed twice.
            index: self.findings.iter().enumerate().rev().fold(
                Default::default(),
                |mut m, (i, e)| {
                    m.insert(e.fingerprint.as_str(), i);
                    m
                },
            ),
            seen: vec![false; self.findings.len()],
            baseline: self,
        }
    }
}

/// Marks the findings of a baseline as they come, by fingerprint.
pub struct Marker<'a> {
    baseline: &'a Baseline,
    index: std::collections::HashMap<&'a str, usize>,
    seen: Vec<bool>,
}

impl Marker<'_> {
    pub fn mark(&mut self, f: &mut Finding) {
        if f.status != parapet_rules::Status::Fail {
            return;
        }
        if let Some(&i) = self.index.get(f.fingerprint.as_str()) {
            self.seen[i] = true;
            f.baselined = true;
        }
    }

    /// The entries that no longer occur.
    pub fn finish(self) -> Vec<Entry> {
        self.baseline
            .findings
            .iter()
            .zip(self.seen)
            .filter(|(_, s)| !s)
            .map(|(e, _)| e.clone())
            .collect()
    }
}
