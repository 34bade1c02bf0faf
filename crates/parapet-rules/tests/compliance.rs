//! The compliance framework catalogues under `rules/compliance/` are well formed: each control
//! id is unique and written the way its framework writes it, each title is one plain line, and
//! the catalogues that must be complete have their full count.
//!
//! Frameworks without an entry in `PATTERNS` are skipped (they are checked by whoever owns them).

use parapet_rules::meta::Framework;
use regex::Regex;
use std::collections::HashSet;

/// Framework id → the syntax of its control ids.
const PATTERNS: &[(&str, &str)] = &[
    // `AC-3`, `SC-28(1)`
    ("nist-800-53-r5", r"^[A-Z]{2}-\d+(\(\d+\))?$"),
    // `PR.AA-05`
    ("nist-csf-2.0", r"^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$"),
    // `A.8.24`
    ("iso-27001-2022", r"^A\.[5-8]\.\d+$"),
    // `1.10`, `2.1.4`
    ("cis-aws-3.0", r"^\d+(\.\d+)+$"),
    // `1.3.1`, `10.2.1.1`; `9.5.1.2.1` is the one five-level requirement of PCI DSS 4.0.
    ("pci-dss-4.0", r"^\d+(\.\d+){2,4}$"),
    // `164.312(a)(2)(iv)`, `164.312(b)`
    ("hipaa", r"^164\.\d{3}(\(\w+\))+$"),
    // `CC6.1`, `A1.2`, `C1.1`, `PI1.5`
    ("soc2", r"^(CC\d\.\d+|A1\.\d|C1\.\d|PI1\.\d)$"),
    // `Art.32`
    ("gdpr", r"^Art\.\d+$"),
];

/// Framework id → the number of controls a complete catalogue has.
const COUNTS: &[(&str, usize)] = &[
    // Annex A of ISO/IEC 27001:2022.
    ("iso-27001-2022", 93),
    // Every recommendation of CIS AWS Foundations Benchmark v3.0.0 (sections 1-5).
    ("cis-aws-3.0", 62),
    // Every subcategory of NIST CSF 2.0.
    ("nist-csf-2.0", 106),
];

fn framework(id: &str) -> &'static Framework {
    parapet_rules::frameworks()
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("framework `{id}` is missing from rules/compliance/"))
}

#[test]
fn every_patterned_framework_exists() {
    for (id, _) in PATTERNS {
        framework(id);
    }
}

#[test]
fn control_ids_are_unique() {
    for fw in parapet_rules::frameworks() {
        if !PATTERNS.iter().any(|(id, _)| *id == fw.id) {
            continue;
        }
        let mut seen = HashSet::new();
        for c in &fw.controls {
            assert!(
                seen.insert(c.id.as_str()),
                "{}: control `{}` is listed twice",
                fw.id,
                c.id
            );
        }
    }
}

#[test]
fn control_ids_follow_the_framework_syntax() {
    for fw in parapet_rules::frameworks() {
        let Some((_, pattern)) = PATTERNS.iter().find(|(id, _)| *id == fw.id) else {
            continue;
        };
        let re = Regex::new(pattern).unwrap();
        let bad: Vec<&str> = fw
            .controls
            .iter()
            .map(|c| c.id.as_str())
            .filter(|id| !re.is_match(id))
            .collect();
        assert!(
            bad.is_empty(),
            "{}: ids not matching {pattern}: {bad:?}",
            fw.id
        );
    }
}

#[test]
fn titles_are_non_empty_single_lines() {
    for fw in parapet_rules::frameworks() {
        if !PATTERNS.iter().any(|(id, _)| *id == fw.id) {
            continue;
        }
        assert!(!fw.name.trim().is_empty(), "{}: empty name", fw.id);
        assert!(!fw.version.trim().is_empty(), "{}: empty version", fw.id);
        assert!(!fw.controls.is_empty(), "{}: no controls", fw.id);
        for c in &fw.controls {
            let t = &c.title;
            assert!(
                !t.trim().is_empty() && !t.contains(['\n', '\r']) && t.trim() == t,
                "{}: control `{}` needs a one-line title, got {t:?}",
                fw.id,
                c.id
            );
        }
    }
}

#[test]
fn complete_catalogues_have_every_control() {
    for (id, n) in COUNTS {
        assert_eq!(framework(id).controls.len(), *n, "{id}: control count");
    }
}

#[test]
fn spot_checks() {
    let has = |fw: &str, id: &str| framework(fw).controls.iter().any(|c| c.id == id);
    // Canonical NIST form, not Prowler's `sc_28_1`; withdrawn and item-letter ids are absent.
    assert!(has("nist-800-53-r5", "SC-28(1)"));
    assert!(!has("nist-800-53-r5", "SC-7(2)"));
    assert!(!has("nist-800-53-r5", "AC-17(b)"));
    // CSF 2.0 ids, not CSF 1.1 ones.
    assert!(has("nist-csf-2.0", "PR.AA-05"));
    assert!(!has("nist-csf-2.0", "PR.AC-3"));
    assert!(!has("nist-csf-2.0", "ID.AM-06"));
    // PCI DSS requirement ids, not Prowler's extra sub-numbering.
    assert!(has("pci-dss-4.0", "10.2.1.1"));
    assert!(!has("pci-dss-4.0", "1.2.8.17"));
    assert!(has("iso-27001-2022", "A.8.28"));
}
