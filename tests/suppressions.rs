//! Suppressions, exceptions, the veto, baselines and diff-aware results, end to end.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn scan_json(dir: &Path, extra: &[&str]) -> (i32, serde_json::Value) {
    let out = Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir)
        .args(["scan", ".", "--format", "json", "--today", "2026-11-30"])
        .args(extra)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), v)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

fn failing(v: &serde_json::Value) -> Vec<(String, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["suppression"].is_null() || f["suppression"]["expired"] == true)
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["location"]["start_line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn suppressed(v: &serde_json::Value) -> Vec<(String, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["suppression"].is_null() && f["suppression"]["expired"] == false)
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["location"]["start_line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn warnings(v: &serde_json::Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "suppression")
        .map(|d| {
            format!(
                "{}:{} {}",
                d["file"].as_str().unwrap(),
                d["line"],
                d["message"].as_str().unwrap()
            )
        })
        .collect()
}

const GROUP: &str = "resource \"aws_security_group\" \"NAME\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";

fn group(name: &str) -> String {
    GROUP.replace("NAME", name)
}

#[test]
fn terraform_scopes_attribute_resource_line_end_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let attr = group("attr").replace(
        "    cidr_blocks",
        "    # parapet:ignore AWS-EC2-001 reason=\"bastion, VPN only\"\n    cidr_blocks",
    );
    let res = format!(
        "// parapet:ignore AWS-EC2-001 expires=2027-01-01 reason=\"migration\"\n{}",
        group("res")
    );
    let eol = group("eol").replace(
        "[\"0.0.0.0/0\"]",
        "[\"0.0.0.0/0\"] /* parapet:ignore AWS-EC2-001 */",
    );
    let open = group("open");
    write(
        dir.path(),
        "main.tf",
        &format!("{attr}\n{res}\n{eol}\n{open}"),
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 1);
    assert_eq!(failing(&v).len(), 1, "{v}");
    assert_eq!(suppressed(&v).len(), 3, "{v}");
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["resource"] == "aws_security_group.attr")
        .unwrap();
    assert_eq!(f["suppression"]["reason"], "bastion, VPN only");
    assert_eq!(f["suppression"]["kind"], "in_source");
    assert_eq!(v["summary"]["suppressed"], 3);

    // The file scope covers everything in the file.
    write(
        dir.path(),
        "main.tf",
        &format!("# parapet:ignore-file AWS-EC2-001 reason=\"sandbox\"\n{open}"),
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(suppressed(&v).len(), 1);
}

#[test]
fn module_call_scope_covers_everything_inside() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "modules/sg/main.tf", &group("this"));
    write(
        dir.path(),
        "main.tf",
        "# parapet:ignore AWS-EC2-001 reason=\"vendored\"\nmodule \"a\" {\n  source = \"./modules/sg\"\n}\n\nmodule \"b\" {\n  source = \"./modules/sg\"\n}\n",
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 1);
    let f = failing(&v);
    assert_eq!(f.len(), 1, "{v}");
    let unsup: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["suppression"].is_null())
        .map(|f| f["resource"].as_str().unwrap())
        .collect();
    assert_eq!(unsup, vec!["module.b.aws_security_group.this"]);
}

#[test]
fn expiry_in_both_directions() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        &format!(
            "# parapet:ignore AWS-EC2-001 expires=2026-12-31 reason=\"q4\"\n{}",
            group("g")
        ),
    );
    let (code, _) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 0);
    let out = Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "scan",
            ".",
            "--format",
            "json",
            "--select",
            "AWS-EC2-001",
            "--today",
            "2027-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["suppression"]["expired"], true);
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("expired on 2026-12-31"),
        "{f}"
    );
    // The day itself still counts.
    let out = Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "scan",
            ".",
            "-q",
            "--select",
            "AWS-EC2-001",
            "--today",
            "2026-12-31",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn bad_suppressions_are_reported_and_not_applied() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        &format!(
            "# parapet:ignore AWS-EC2-999 reason=\"typo\"\n# parapet:ignore AWS-EC2-001 expires=2026-02-30\n{}\n# parapet:ignore AWS-EC2-001 reason=\"stale\"\nresource \"aws_security_group\" \"closed\" {{\n}}\n# parapet:ignore\nresource \"aws_s3_bucket\" \"b\" {{\n}}\n",
            group("g")
        ),
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 1, "a malformed suppression does not suppress");
    let w = warnings(&v).join("\n");
    assert!(
        w.contains("main.tf:1 ") && w.contains("unknown rule id `AWS-EC2-999`"),
        "{w}"
    );
    assert!(
        w.contains("main.tf:2 ") && w.contains("malformed expiry date"),
        "{w}"
    );
    assert!(
        w.contains("main.tf:12 ") && w.contains("matches no finding"),
        "{w}"
    );
    assert!(w.contains("must name the rule id"), "{w}");
}

#[test]
fn cloudformation_comments_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "template.yaml",
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  # parapet:ignore AWS-S3-001 reason=\"public data set\"\n  Open:\n    Type: AWS::S3::Bucket\n  Other:\n    Type: AWS::S3::Bucket\n",
    );
    write(
        dir.path(),
        "template.json",
        r#"{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"J": {"Type": "AWS::S3::Bucket", "Metadata": {"parapet": {"ignore": [{"id": "AWS-S3-001", "reason": "json", "expires": "2030-01-01"}]}}}}}"#,
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-S3-001"]);
    assert_eq!(code, 1);
    let bad: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["suppression"].is_null())
        .map(|f| f["resource"].as_str().unwrap())
        .collect();
    assert_eq!(bad, vec!["Resources.Other"], "{v}");
    let j = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["location"]["file"] == "template.json")
        .unwrap();
    assert_eq!(j["suppression"]["reason"], "json");
    assert_eq!(j["suppression"]["expires"], "2030-01-01");
}

#[test]
fn the_veto_and_unsuppressible_rules() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        &format!("# parapet:ignore AWS-EC2-001 reason=\"x\"\n{}", group("g")),
    );
    assert_eq!(scan_json(dir.path(), &["--select", "AWS-EC2-001"]).0, 0);
    assert_eq!(
        scan_json(
            dir.path(),
            &["--select", "AWS-EC2-001", "--no-inline-suppressions"]
        )
        .0,
        1
    );
    write(
        dir.path(),
        "parapet.toml",
        "[suppressions]\nallow_inline_suppressions = false\n",
    );
    assert_eq!(scan_json(dir.path(), &["--select", "AWS-EC2-001"]).0, 1);
    write(
        dir.path(),
        "parapet.toml",
        "[suppressions]\nunsuppressible = [\"AWS-EC2-001\"]\n",
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 1);
    assert!(warnings(&v).join("\n").contains("may not be suppressed"));
}

#[test]
fn configuration_exceptions_by_path_and_resource() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "legacy/main.tf", &group("old"));
    write(
        dir.path(),
        "app/main.tf",
        &format!("{}\n{}", group("keep"), group("tmp")),
    );
    write(
        dir.path(),
        "parapet.toml",
        "[[exceptions]]\nrules = [\"AWS-EC2-001\"]\npaths = [\"legacy/**\"]\nreason = \"frozen code\"\nowner = \"platform-team\"\n\n[[exceptions]]\nrules = [\"AWS-EC2-001\"]\nresources = [\"aws_security_group.tmp\"]\nreason = \"until migration\"\nexpires = \"2026-01-01\"\n",
    );
    let (code, v) = scan_json(dir.path(), &["--select", "AWS-EC2-001"]);
    assert_eq!(code, 1);
    let by_res = |r: &str| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["resource"] == r)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_res("aws_security_group.old")["suppression"]["owner"],
        "platform-team"
    );
    assert_eq!(
        by_res("aws_security_group.old")["suppression"]["kind"],
        "external"
    );
    assert!(by_res("aws_security_group.keep")["suppression"].is_null());
    assert_eq!(
        by_res("aws_security_group.tmp")["suppression"]["expired"],
        true
    );

    // SARIF marks suppressed results.
    let out = Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "scan",
            ".",
            "--format",
            "sarif",
            "--select",
            "AWS-EC2-001",
            "--today",
            "2026-11-30",
        ])
        .output()
        .unwrap();
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = s["runs"][0]["results"].as_array().unwrap();
    let sup: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(sup.len(), 1);
    assert_eq!(sup[0]["suppressions"][0]["kind"], "external");
    assert!(sup[0]["suppressions"][0]["justification"]
        .as_str()
        .unwrap()
        .contains("frozen code"));

    // Text hides suppressed findings unless asked.
    let text = |extra: &[&str]| {
        let o = Command::cargo_bin("parapet")
            .unwrap()
            .current_dir(dir.path())
            .args([
                "scan",
                ".",
                "--color",
                "never",
                "--select",
                "AWS-EC2-001",
                "--today",
                "2026-11-30",
            ])
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    assert!(!text(&[]).contains("frozen code"));
    assert!(text(&["--show-suppressed"]).contains("suppressed: frozen code [owner: platform-team]"));
    assert!(text(&[]).contains("1 suppressed"));
}

#[test]
fn baseline_round_trip_survives_moved_lines() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        &format!("{}\n{}", group("a"), group("b")),
    );
    let base = dir.path().join("parapet-baseline.json");
    Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "scan",
            ".",
            "-q",
            "--select",
            "AWS-EC2-001",
            "--write-baseline",
        ])
        .arg(&base)
        .assert()
        .code(1);
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    assert_eq!(b["findings"].as_array().unwrap().len(), 2);
    // Move everything down, change nothing else: nothing new.
    write(
        dir.path(),
        "main.tf",
        &format!(
            "# a comment\n\nvariable \"x\" {{}}\n\n{}\n{}",
            group("a"),
            group("b")
        ),
    );
    let (code, v) = scan_json(
        dir.path(),
        &[
            "--select",
            "AWS-EC2-001",
            "--baseline",
            base.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["summary"]["baselined"], 2);
    // A new finding is reported; a fixed one is listed as resolved.
    write(
        dir.path(),
        "main.tf",
        &format!("{}\n{}", group("a"), group("c")),
    );
    let (code, v) = scan_json(
        dir.path(),
        &[
            "--select",
            "AWS-EC2-001",
            "--baseline",
            base.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    let f = v["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0]["resource"], "aws_security_group.c");
    assert_eq!(
        v["baseline_resolved"][0]["resource"],
        "aws_security_group.b"
    );
    // A file that is not a baseline is a usage error.
    write(dir.path(), "bad.json", "{}");
    Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir.path())
        .args(["scan", ".", "--baseline", "bad.json"])
        .assert()
        .code(2);
}

fn git(dir: &Path, args: &[&str]) {
    let st = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&st.stderr)
    );
}

#[test]
fn diff_aware_results_on_a_real_repository() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    write(
        d,
        "main.tf",
        &format!("{}\n{}", group("old"), group("other")),
    );
    write(
        d,
        "cfn/t.yaml",
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n",
    );
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "base"]);
    // Change one resource, add a new one, and add an untracked file.
    let changed = format!(
        "{}\n{}",
        group("old"),
        group("other")
            .replace("22", "21-22")
            .replace("from_port   = 21-22", "from_port   = 21")
    );
    write(d, "main.tf", &format!("{changed}\n{}", group("new")));
    write(d, "extra/x.tf", &group("untracked"));
    let (code, v) = scan_json(
        d,
        &["--select", "AWS-EC2-001,AWS-S3-001", "--diff-base", "main"],
    );
    assert_eq!(code, 1);
    let mut res: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["resource"].as_str().unwrap())
        .collect();
    res.sort();
    assert_eq!(
        res,
        vec![
            "aws_security_group.new",
            "aws_security_group.other",
            "aws_security_group.untracked"
        ],
        "{v}"
    );
    assert_eq!(v["summary"]["outside_diff"], 2);
    Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(d)
        .args(["scan", ".", "--diff-base", "no-such-ref"])
        .assert()
        .code(2);
}

const PRIVILEGED: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: NAME\n  namespace: apps\nspec:\n  containers:\n    - name: c\n      image: registry.example.com/c:1.0\n      securityContext:\n        privileged: true\n";

#[test]
fn kubernetes_comments_above_documents_and_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let commented = format!(
        "# parapet:ignore KUBERNETES-POD-001 reason=\"node agent\"\n{}",
        PRIVILEGED.replace("NAME", "agent")
    );
    let annotated = PRIVILEGED.replace("NAME", "annotated").replace(
        "  namespace: apps\n",
        "  namespace: apps\n  annotations:\n    parapet.dev/ignore: KUBERNETES-POD-001 reason=\"vendor chart\"\n",
    );
    let open = PRIVILEGED.replace("NAME", "open");
    write(
        dir.path(),
        "pods.yaml",
        &format!("{commented}---\n{annotated}---\n{open}"),
    );
    let (code, v) = scan_json(dir.path(), &["--select", "KUBERNETES-POD-001"]);
    assert_eq!(code, 1);
    let unsup: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["suppression"].is_null())
        .map(|f| f["resource"].as_str().unwrap())
        .collect();
    assert_eq!(unsup, vec!["v1/Pod/apps/open"], "{v}");
    let reasons: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["suppression"]["reason"].as_str())
        .collect();
    assert!(
        reasons.contains(&"node agent") && reasons.contains(&"vendor chart"),
        "{reasons:?}"
    );
}

#[test]
fn helm_output_from_standard_input_names_the_chart_template() {
    let rendered = format!(
        "---\n# Source: web/templates/pod.yaml\n{}",
        PRIVILEGED.replace("NAME", "web")
    );
    let out = Command::cargo_bin("parapet")
        .unwrap()
        .args([
            "scan",
            "-",
            "--format",
            "json",
            "--select",
            "KUBERNETES-POD-001",
        ])
        .write_stdin(rendered)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["location"]["file"], "<stdin>");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("rendered from web/templates/pod.yaml"),
        "{f}"
    );
}

/// Past `limits.max_findings_memory` the findings go to temporary files and are merged back:
/// every report, the exit code, exceptions, inline suppressions, the baseline and repeated
/// fingerprints come out exactly as when they are all held in memory.
#[test]
fn findings_written_to_disk_report_the_same() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..30 {
        let inline = if i % 7 == 0 {
            "# parapet:ignore AWS-EC2-001 reason=\"lab\"\n"
        } else {
            ""
        };
        write(
            dir.path(),
            &format!("app{i:02}/main.tf"),
            &format!(
                "{inline}{}\n{}\n{}",
                group("a"),
                group("b"),
                // The same rule on the same text twice in a resource: numbered fingerprints.
                group("c").replace("  ingress {", "  ingress {\n    description = \"x\"\n  }\n  ingress {")
                    .replace("  }\n}", "  }\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}")
            ),
        );
    }
    write(dir.path(), "legacy/main.tf", &group("old"));
    let exceptions = "[[exceptions]]\nrules = [\"AWS-EC2-001\"]\npaths = [\"legacy/**\"]\nreason = \"frozen\"\n\n[[exceptions]]\nrules = [\"AWS-EC2-001\"]\nresources = [\"aws_security_group.b\"]\npaths = [\"app1*/**\"]\nreason = \"until migration\"\nexpires = \"2026-01-01\"\n\n[[exceptions]]\nrules = [\"AWS-EC2-001\"]\nresources = [\"nothing.matches\"]\nreason = \"unused\"\n";
    write(dir.path(), "memory.toml", exceptions);
    write(
        dir.path(),
        "disk.toml",
        &format!("{exceptions}\n[limits]\nmax_findings_memory = 0\n"),
    );
    let run = |config: &str, extra: &[&str]| {
        let out = Command::cargo_bin("parapet")
            .unwrap()
            .current_dir(dir.path())
            .args(["scan", ".", "--today", "2026-11-30", "--color", "never"])
            .args(["--config", config])
            .args(extra)
            .output()
            .unwrap();
        (out.status.code(), out.stdout, out.stderr)
    };
    // A baseline of part of the findings, written from memory.
    let base = dir.path().join("baseline.json");
    let (code, _, _) = run(
        "memory.toml",
        &[
            "-q",
            "--select",
            "AWS-EC2-001",
            "--write-baseline",
            base.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(1));
    write(dir.path(), "app00/extra.tf", &group("new"));
    for format in ["json", "sarif", "text", "junit", "markdown", "github"] {
        let args = [
            "--format",
            format,
            "--baseline",
            base.to_str().unwrap(),
            "--show-suppressed",
        ];
        let memory = run("memory.toml", &args);
        let disk = run("disk.toml", &args);
        assert_eq!(memory.0, disk.0, "{format}: exit code");
        assert_eq!(
            String::from_utf8_lossy(&memory.1),
            String::from_utf8_lossy(&disk.1),
            "{format}: report"
        );
        assert!(
            String::from_utf8_lossy(&memory.1).contains("AWS-EC2-001"),
            "{format}: {}",
            String::from_utf8_lossy(&memory.2)
        );
    }
    let (_, json, _) = run(
        "disk.toml",
        &["--format", "json", "--baseline", base.to_str().unwrap()],
    );
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert!(
        v["summary"]["baselined"].as_u64().unwrap() > 50,
        "{}",
        v["summary"]
    );
    assert!(v["summary"]["suppressed"].as_u64().unwrap() > 0);
    // Only the file added after the baseline was written.
    assert_eq!(v["summary"]["failed"], 1, "{}", v["summary"]);
    assert!(warnings(&v).iter().any(|w| w.contains("exception #3")));
    let (_, json, _) = run("disk.toml", &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let fps: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["fingerprint"].as_str())
        .collect();
    assert!(fps.iter().any(|f| f.ends_with(":2")));
}
