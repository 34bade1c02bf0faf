//! Micro-benchmarks of the hot paths (divan): HCL parsing and evaluation, YAML loading, rule
//! evaluation, and a whole scan. `cargo bench --bench hot_paths`.

use parapet_engine::{scan, Settings};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// A Terraform module of about 1,000 lines: groups with ingress rules, buckets, variables.
fn module_text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let mut s = String::from("variable \"cidrs\" {\n  default = [\"10.0.0.0/8\"]\n}\n\nlocals {\n  ports = [22, 443, 8080]\n}\n\n");
        let mut i = 0;
        while s.lines().count() < 1000 {
            s.push_str(&format!(
                "resource \"aws_security_group\" \"g{i}\" {{\n  name = \"g{i}\"\n  dynamic \"ingress\" {{\n    for_each = local.ports\n    content {{\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = \"tcp\"\n      cidr_blocks = var.cidrs\n    }}\n  }}\n}}\n\nresource \"aws_s3_bucket\" \"b{i}\" {{\n  bucket = \"bucket-${{i}}-{i}\"\n}}\n\n"
            ));
            i += 1;
        }
        s.replace("${i}", "x")
    })
}

fn module_dir() -> &'static Path {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("parapet-bench-module-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("main.tf"), module_text()).unwrap();
        d
    })
}

fn manifests_text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let mut s = String::new();
        for i in 0..200 {
            s.push_str(&format!("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app{i}\n  namespace: team\nspec:\n  selector:\n    matchLabels:\n      app: app{i}\n  template:\n    metadata:\n      labels:\n        app: app{i}\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: app\n          image: registry.example.com/app:1.{i}\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n"));
        }
        s
    })
}

#[divan::bench]
fn hcl_parse_1000_lines() -> usize {
    parapet_terraform::parse::parse_body_bounded(divan::black_box(module_text()))
        .map(|b| b.len())
        .unwrap_or(0)
}

#[divan::bench]
fn hcl_parse_and_evaluate_1000_lines() -> usize {
    let opts = parapet_terraform::Options {
        root: module_dir().to_path_buf(),
        ..Default::default()
    };
    parapet_terraform::load_root(module_dir(), &opts)
        .resources
        .len()
}

#[divan::bench]
fn yaml_load_200_manifests() -> usize {
    parapet_yaml::load(
        divan::black_box(manifests_text()),
        parapet_yaml::Limits::default(),
    )
    .0
    .len()
}

#[divan::bench]
fn rules_on_a_1000_line_module(bencher: divan::Bencher) {
    let opts = parapet_terraform::Options {
        root: module_dir().to_path_buf(),
        ..Default::default()
    };
    let unit = parapet_terraform::load_root(module_dir(), &opts);
    let mut model = parapet_model::Model::default();
    model.push_unit(&unit);
    bencher.bench(|| {
        let mut out = Vec::new();
        for e in parapet_rules::catalogue() {
            if let Some(c) = parapet_rules::registry::check_for(&e.meta.id) {
                parapet_rules::run_rule(e, c, &model, parapet_model::Date::today(), &mut out);
            }
        }
        out.len()
    });
}

#[divan::bench]
fn full_scan_of_a_1000_line_module() -> usize {
    scan(&Settings {
        paths: vec![module_dir().to_path_buf()],
        root: module_dir().to_path_buf(),
        ..Default::default()
    })
    .findings
    .len()
}
