//! Hostile input: each case ends in a clear diagnostic, in bounded time, with the scan of the
//! other files intact (a known-bad file next to each hostile one must still be reported).

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

const BAD: &str = "resource \"aws_security_group\" \"witness\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Scans `dir` (which also holds the witness) and returns the JSON report.
fn scan(dir: &Path) -> serde_json::Value {
    write(dir, "witness/main.tf", BAD.as_bytes());
    let out = Command::cargo_bin("parapet")
        .unwrap()
        .current_dir(dir)
        .args(["scan", ".", "--format", "json", "--select", "AWS-EC2-001"])
        // A sanity bound, not a benchmark: hostile input must not hang the scan.
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "crashed: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["resource"] == "aws_security_group.witness"),
        "the witness finding is missing: {v}"
    );
    v
}

fn diagnostic<'a>(v: &'a serde_json::Value, file: &str) -> &'a serde_json::Value {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == file)
        .unwrap_or_else(|| panic!("no diagnostic for {file}: {}", v["diagnostics"]))
}

#[test]
fn yaml_alias_bomb() {
    let dir = tempfile::tempdir().unwrap();
    let mut y = String::from("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    let mut prev = "a".to_string();
    for n in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
        y.push_str(&format!("  {n}: &{n} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        prev = n.to_string();
    }
    write(dir.path(), "bomb.yaml", y.as_bytes());
    let v = scan(dir.path());
    let d = diagnostic(&v, "bomb.yaml");
    assert!(d["message"].as_str().unwrap().contains("alias"), "{d}");
    assert!(d["line"].as_u64().unwrap() > 1);
}

#[test]
fn thousand_level_nesting_in_hcl_json_and_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let n = 1000;
    write(
        dir.path(),
        "hcl/main.tf",
        format!("locals {{\n  x = {}1{}\n}}\n", "[".repeat(n), "]".repeat(n)).as_bytes(),
    );
    write(
        dir.path(),
        "deep.json",
        format!(
            "{{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}1{}}}",
            "[".repeat(n),
            "]".repeat(n)
        )
        .as_bytes(),
    );
    let mut yaml = String::from("apiVersion: v1\nkind: ConfigMap\ndata:\n");
    for i in 0..n {
        yaml.push_str(&" ".repeat(2 * (i + 1)));
        yaml.push_str("k:\n");
    }
    write(dir.path(), "deep.yaml", yaml.as_bytes());
    let v = scan(dir.path());
    for f in ["hcl/main.tf", "deep.json", "deep.yaml"] {
        let d = diagnostic(&v, f);
        assert_eq!(d["level"], "error", "{d}");
        let m = d["message"].as_str().unwrap();
        assert!(
            m.contains("nest") || m.contains("recursion") || m.contains("deep"),
            "{f}: {m}"
        );
    }
}

#[test]
fn oversized_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = String::from("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
    while big.len() < 20 * 1024 * 1024 {
        big.push_str(
            "  # padding padding padding padding padding padding padding padding padding\n",
        );
    }
    write(dir.path(), "big.yaml", big.as_bytes());
    write(
        dir.path(),
        "bigtf/main.tf",
        big.replace("  #", "#").as_bytes(),
    );
    let v = scan(dir.path());
    for f in ["big.yaml", "bigtf/main.tf"] {
        let d = diagnostic(&v, f);
        assert_eq!(d["code"], "limit", "{d}");
        assert!(d["message"].as_str().unwrap().contains("over the limit"));
    }
}

#[test]
fn recursive_modules_and_runaway_count() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "self/main.tf",
        b"module \"me\" {\n  source = \"./\"\n}\n",
    );
    write(
        dir.path(),
        "pair/a/main.tf",
        b"module \"b\" {\n  source = \"../b\"\n}\n",
    );
    write(
        dir.path(),
        "pair/b/main.tf",
        b"module \"a\" {\n  source = \"../a\"\n}\n",
    );
    write(dir.path(), "count/main.tf", b"resource \"aws_s3_bucket\" \"many\" {\n  count  = 10000000\n  bucket = \"b-${count.index}\"\n}\n");
    let v = scan(dir.path());
    assert_eq!(diagnostic(&v, "self/main.tf")["code"], "module-cycle");
    let pair: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "module-cycle" && d["file"].as_str().unwrap().starts_with("pair/"))
        .collect();
    assert!(!pair.is_empty(), "{}", v["diagnostics"]);
    let c = diagnostic(&v, "count/main.tf");
    assert_eq!(c["code"], "limit");
    assert_eq!(c["line"], 2);
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_links_out_of_the_tree() {
    let outside = tempfile::tempdir().unwrap();
    write(
        outside.path(),
        "secret/main.tf",
        BAD.replace("witness", "outside").as_bytes(),
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("loop"), dir.path().join("loop/again")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("linked")).unwrap();
    let v = scan(dir.path());
    assert!(!v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["resource"] == "aws_security_group.outside"));
}

#[test]
fn non_utf8_and_nul_bytes() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "latin1/main.tf",
        b"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"caf\xe9\"\n}\n",
    );
    write(
        dir.path(),
        "nul.yaml",
        b"apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\x00\n",
    );
    let v = scan(dir.path());
    let d = diagnostic(&v, "latin1/main.tf");
    assert_eq!(d["code"], "encoding");
    assert_eq!(d["line"], 2);
    assert_eq!(diagnostic(&v, "nul.yaml")["code"], "encoding");
}

#[test]
fn cloudformation_condition_cycle() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "cycle.yaml",
        b"AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n  A: !Condition B\n  B: !Not [!Condition A]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Condition: A\n",
    );
    let v = scan(dir.path());
    let d = diagnostic(&v, "cycle.yaml");
    assert_eq!(d["code"], "cfn-condition-cycle", "{d}");
    assert!(d["message"].as_str().unwrap().contains("A → B → A"), "{d}");
}

#[test]
fn limits_are_configurable() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "count/main.tf", b"resource \"aws_s3_bucket\" \"many\" {\n  count  = 50\n  bucket = \"b-${count.index}\"\n}\n");
    write(
        dir.path(),
        "parapet.toml",
        b"[limits]\nmax_instances = 10\n",
    );
    let v = scan(dir.path());
    assert_eq!(diagnostic(&v, "count/main.tf")["code"], "limit");
}

/// `file()` and `templatefile()` never read outside the scanned tree: not through `..`, an
/// absolute path, or a link inside the tree pointing out. The value is unknown (its checks
/// skip, so nothing is reported on text that was not read), with a warning at the attribute.
#[cfg(unix)]
#[test]
fn file_reads_that_escape_the_tree() {
    let base = tempfile::tempdir().unwrap();
    // If this were read, the security group below would admit SSH from anywhere.
    write(base.path(), "outside/cidr.txt", b"0.0.0.0/0\n");
    let dir = base.path().join("scan");
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::os::unix::fs::symlink(
        base.path().join("outside/cidr.txt"),
        dir.join("app/link.txt"),
    )
    .unwrap();
    let sg = |name: &str, expr: &str| {
        format!("resource \"aws_security_group\" \"{name}\" {{\n  ingress {{\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [trimspace({expr})]\n  }}\n}}\n")
    };
    let tf = [
        sg("dotdot", "file(\"${path.module}/../../outside/cidr.txt\")"),
        sg(
            "absolute",
            &format!(
                "file(\"{}\")",
                base.path().join("outside/cidr.txt").display()
            ),
        ),
        sg("link", "file(\"${path.module}/link.txt\")"),
        sg("template", "templatefile(\"../../outside/cidr.txt\", {})"),
    ]
    .join("\n");
    write(&dir, "app/main.tf", tf.as_bytes());
    let v = scan(&dir);
    let findings = v["findings"].as_array().unwrap();
    assert!(
        !findings
            .iter()
            .any(|f| f["file"] == "app/main.tf" || f["location"]["file"] == "app/main.tf"),
        "{findings:#?}"
    );
    let warnings: Vec<(u64, &str)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == "app/main.tf" && d["code"] == "file-read")
        .map(|d| (d["line"].as_u64().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        warnings.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        vec![6, 15, 24, 33],
        "{warnings:#?}"
    );
    assert!(warnings
        .iter()
        .all(|(_, m)| m.contains("outside the scanned directory")));
}

/// Past the findings budget, findings go to temporary files; when none can be written (here the
/// temporary directory does not exist), they stay in memory: the report is complete, with a
/// warning saying so.
#[test]
fn findings_stay_in_memory_when_no_temporary_file_can_be_written() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..5 {
        write(
            dir.path(),
            &format!("app{i}/main.tf"),
            BAD.replace("witness", &format!("sg{i}")).as_bytes(),
        );
    }
    write(
        dir.path(),
        "parapet.toml",
        b"[limits]\nmax_findings_memory = 0\n",
    );
    let run = |tmp: &Path| {
        let out = Command::cargo_bin("parapet")
            .unwrap()
            .current_dir(dir.path())
            .env("TMPDIR", tmp)
            .args(["scan", ".", "--format", "json", "--select", "AWS-EC2-001"])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.code(), v)
    };
    let (code, v) = run(&dir.path().join("no-such-directory"));
    assert_eq!(code, Some(1));
    let resources: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["resource"].as_str().unwrap())
        .collect();
    assert_eq!(
        resources,
        (0..5)
            .map(|i| format!("aws_security_group.sg{i}"))
            .collect::<Vec<_>>()
    );
    assert!(
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "findings"
                && d["level"] == "warning"
                && d["message"].as_str().unwrap().contains("kept in memory")),
        "{}",
        v["diagnostics"]
    );
    // With a temporary directory, the same findings, through the disk, and no warning.
    let (code, w) = run(&std::env::temp_dir());
    assert_eq!(code, Some(1));
    assert_eq!(v["findings"], w["findings"]);
    assert!(w["diagnostics"].as_array().unwrap().is_empty());
}
