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
    pub fn from_findings<'a>(findings: impl Iterator<Item = &'a Finding>) -> Baseline {
        let mut findings: Vec<Entry> = findings
            .map(|f| Entry {
                fingerprint: f.fingerprint.clone(),
                rule_id: f.rule_id.clone(),
                resource: f.resource.clone(),
                file: f.file().to_string(),
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

    /// Marks findings that are in the baseline; returns the entries that no longer occur.
    pub fn apply(&self, findings: &mut [Finding]) -> Vec<Entry> {
        let mut seen = vec![false; self.findings.len()];
        for f in findings
            .iter_mut()
            .filter(|f| f.status == parapet_rules::Status::Fail)
        {
            if let Some(i) = self
                .findings
                .iter()
                .position(|e| e.fingerprint == f.fingerprint)
            {
                seen[i] = true;
                f.baselined = true;
            }
        }
        self.findings
            .iter()
            .zip(seen)
            .filter(|(_, s)| !s)
            .map(|(e, _)| e.clone())
            .collect()
    }
}
