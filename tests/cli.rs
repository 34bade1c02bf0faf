//! End-to-end tests of the `parapet` binary.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn parapet() -> Command {
    let mut c = Command::cargo_bin("parapet").unwrap();
    c.current_dir(repo()).env_remove("NO_COLOR");
    c
}

fn json_of(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

const BAD_TF: &str = r#"resource "aws_security_group" "ssh" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

const BAD_CFN: &str =
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n";

#[test]
fn scanning_the_bundled_example_shows_findings_with_snippets() {
    let out = parapet()
        .args(["scan", "examples/insecure", "--color", "never"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("AWS-EC2-001"), "{text}");
    assert!(
        text.contains("examples/insecure/terraform/main.tf:25:5"),
        "{text}"
    );
    assert!(text.contains("cidr_blocks = var.admin_cidrs"), "{text}");
    assert!(text.contains("fix: Restrict SSH ingress"), "{text}");
    assert!(text.contains("called from here"), "{text}");
    assert!(!text.contains("\u{1b}["), "no colour when not a terminal");
    let summary = text.lines().last().unwrap();
    assert!(summary.contains("high"), "{summary}");
}

#[test]
fn json_output_has_locations_controls_and_fingerprints() {
    let out = parapet()
        .args(["scan", "examples/insecure", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["schema_version"], "1");
    let findings = v["findings"].as_array().unwrap();
    let f = findings
        .iter()
        .find(|f| f["rule_id"] == "AWS-S3-002" && f["format"] == "cloudformation")
        .expect("a CloudFormation public access finding");
    assert_eq!(
        f["location"]["file"],
        "examples/insecure/cloudformation/storage.yaml"
    );
    assert_eq!(f["location"]["start_line"], 19);
    assert_eq!(f["resource"], "Resources.ReportsBucket");
    assert!(f["controls"]["cis-aws-3.0"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "2.1.4"));
    assert_eq!(f["fingerprint"].as_str().unwrap().len(), 32);
    // The module's bucket is reported through its callers, with module addresses.
    assert!(findings
        .iter()
        .any(|f| f["resource"] == "module.assets.aws_s3_bucket.this"));
    assert!(!findings
        .iter()
        .any(|f| f["resource"] == "aws_s3_bucket.this"));
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("out.sarif");
    parapet()
        .args(["scan", "examples/insecure", "--format"])
        .arg(format!("sarif={}", sarif.display()))
        .args(["--format", "text"])
        .assert()
        .code(1);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    // The official schema's `run.language` pattern has a stray `]` that JavaScript tolerates and
    // Rust's regex engine rejects; it constrains a property Parapet does not emit.
    let schema_text = std::fs::read_to_string(repo().join("tests/data/sarif-schema-2.1.0.json"))
        .unwrap()
        .replace(
            "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
            "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
        );
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF schema errors: {errors:?}");
    let run = &doc["runs"][0];
    let result = &run["results"][0];
    let loc = &result["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert!(!loc["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .starts_with('/'));
    assert!(loc["region"]["startLine"].as_u64().unwrap() > 1);
    assert!(result["partialFingerprints"]["parapet/v1"].is_string());
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules
        .iter()
        .all(|r| r["properties"]["security-severity"].is_string()));
    assert!(rules
        .iter()
        .all(|r| r["helpUri"].as_str().unwrap().ends_with(".md")));
}

#[test]
fn a_broken_file_does_not_hide_the_findings_of_its_neighbours() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a/broken.tf",
        "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n",
    );
    write(dir.path(), "b/main.tf", BAD_TF);
    write(
        dir.path(),
        "c/broken.yaml",
        "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n",
    );
    write(dir.path(), "d/template.yaml", BAD_CFN);
    write(
        dir.path(),
        "e/binary.yaml",
        "apiVersion: v1\nkind: Pod\n\u{0}\u{0}",
    );
    std::fs::write(
        dir.path().join("f.yaml"),
        b"apiVersion: v1\nkind: \xff\xfe\n",
    )
    .unwrap();
    let out = parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let ids: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"AWS-EC2-001"), "{v}");
    assert!(ids.contains(&"AWS-S3-001"), "{v}");
    let diags = v["diagnostics"].as_array().unwrap();
    let at = |file: &str| {
        diags
            .iter()
            .find(|d| d["file"] == file)
            .unwrap_or_else(|| panic!("no diagnostic for {file}: {diags:?}"))
    };
    assert_eq!(at("a/broken.tf")["line"], 2);
    assert_eq!(at("c/broken.yaml")["level"], "error");
    assert!(at("e/binary.yaml")["message"]
        .as_str()
        .unwrap()
        .contains("NUL"));
    assert!(at("f.yaml")["message"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(v["summary"]["input_errors"], 4);

    // Parse errors alone fail the scan; with --parse-errors-fatal they are fatal.
    std::fs::remove_file(dir.path().join("b/main.tf")).unwrap();
    std::fs::remove_file(dir.path().join("d/template.yaml")).unwrap();
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "-q"])
        .assert()
        .code(1);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "-q", "--parse-errors-fatal"])
        .assert()
        .code(2);
}

#[test]
fn thresholds_and_selection_decide_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "main.tf", BAD_TF);
    parapet()
        .current_dir(dir.path())
        .args(["scan", "."])
        .assert()
        .code(1);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--min-severity", "critical"])
        .assert()
        .code(0);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--select", "AWS-S3"])
        .assert()
        .code(0);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--ignore", "AWS-EC2-001"])
        .assert()
        .code(0);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--framework", "cis-aws-3.0"])
        .assert()
        .code(1);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--framework", "no-such"])
        .assert()
        .code(2);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--min-severity", "severe"])
        .assert()
        .code(2);
    parapet()
        .current_dir(dir.path())
        .args(["scan", "--no-such-flag"])
        .assert()
        .code(2);
    parapet()
        .current_dir(dir.path())
        .args(["scan", "missing-dir"])
        .assert()
        .code(1);
}

#[test]
fn standard_input_is_scanned_as_cloudformation_kubernetes_or_terraform() {
    let out = parapet()
        .args(["scan", "-", "--format", "json"])
        .write_stdin(BAD_CFN)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["findings"][0]["location"]["file"], "<stdin>");
    assert_eq!(v["findings"][0]["location"]["start_line"], 3);

    let out = parapet()
        .args(["scan", "-", "--format", "json"])
        .write_stdin(BAD_TF)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["findings"][0]["rule_id"], "AWS-EC2-001");
    assert_eq!(v["findings"][0]["location"]["file"], "<stdin>.tf");
    assert_eq!(v["findings"][0]["location"]["start_line"], 6);
}

#[test]
fn a_single_file_is_evaluated_with_its_module_but_reported_alone() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "variables.tf",
        "variable \"cidrs\" {\n  default = [\"0.0.0.0/0\"]\n}\n",
    );
    write(
        dir.path(),
        "main.tf",
        "resource \"aws_security_group\" \"g\" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = var.cidrs\n  }\n}\n",
    );
    write(
        dir.path(),
        "other.tf",
        BAD_TF.replace("\"ssh\"", "\"other\"").as_str(),
    );
    let out = parapet()
        .current_dir(dir.path())
        .args(["scan", "main.tf", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["location"]["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, vec!["main.tf"]);
}

#[test]
fn configuration_file_is_found_validated_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "infra/main.tf", BAD_TF);
    write(
        dir.path(),
        "parapet.toml",
        "[scan]\nignore = [\"AWS-EC2\"]\n",
    );
    parapet()
        .current_dir(dir.path())
        .args(["scan", "infra"])
        .assert()
        .code(0);
    parapet()
        .current_dir(dir.path())
        .args(["scan", "infra", "--no-config"])
        .assert()
        .code(1);
    write(
        dir.path(),
        "parapet.toml",
        "[scan]\nignore = [\"AWS-EC2\"]\nignroe = 1\n",
    );
    let out = parapet()
        .current_dir(dir.path())
        .args(["scan", "infra"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("parapet.toml:3:1"), "{err}");
    assert!(err.contains("ignroe"), "{err}");
}

#[test]
fn terraform_variables_from_the_command_line_and_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        "variable \"cidr\" {}\nresource \"aws_security_group\" \"g\" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n}\n",
    );
    // Unset: unknown, so skipped rather than failed.
    parapet()
        .current_dir(dir.path())
        .args(["scan", "."])
        .assert()
        .code(0);
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--var", "cidr=0.0.0.0/0"])
        .assert()
        .code(1);
    parapet()
        .current_dir(dir.path())
        .args(["scan", "."])
        .env("TF_VAR_cidr", "0.0.0.0/0")
        .assert()
        .code(1);
    write(dir.path(), "prod.tfvars", "cidr = \"0.0.0.0/0\"\n");
    parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--var-file", "prod.tfvars"])
        .assert()
        .code(1);
    let out = parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--format", "json", "--show-skipped"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["status"] == "skip"));
}

#[test]
fn rules_list_and_explain() {
    let out = parapet()
        .args(["rules", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let rules = v.as_array().unwrap();
    assert!(rules.len() >= 3);
    let r = rules.iter().find(|r| r["id"] == "AWS-S3-002").unwrap();
    assert_eq!(r["provider"], "aws");
    assert_eq!(r["service"], "s3");
    assert_eq!(r["severity"], "high");
    assert!(r["formats"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "cloudformation"));
    assert!(r["compliance"]["cis-aws-3.0"].is_array());

    let out = parapet()
        .args(["explain", "aws-s3-002"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let page = std::fs::read_to_string(repo().join("docs/rules/AWS-S3-002.md")).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), page);
    parapet().args(["explain", "NOPE-001"]).assert().code(2);
}

#[test]
fn dump_model_shows_provenance() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "template.yaml", BAD_CFN);
    let out = parapet()
        .current_dir(dir.path())
        .args(["scan", ".", "--dump-model"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let r = &v["resources"][0];
    assert_eq!(r["address"], "Resources.Logs");
    assert_eq!(r["config"]["type"], "aws::s3::Bucket");
    let enc = &r["config"]["config"]["encryption"];
    assert!(enc.get("defaulted").is_some(), "{enc}");
    assert_eq!(enc["origin"]["start_line"], 3);
}
