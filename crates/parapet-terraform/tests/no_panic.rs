//! Never panic on input: truncated and corrupted `.tf`, `.tf.json`, plan and state files.

mod common;

use common::*;
use parapet_model::LineIndex;
use std::sync::Arc;

const TF: &str = r#"variable "v" { default = { a = [1, 2] } }
locals { l = [for k, x in var.v : "${k}-${length(x)}"] }
resource "aws_s3_bucket" "b" {
  for_each = toset(local.l)
  bucket   = each.key
  dynamic "rule" {
    for_each = var.v.a
    content { n = rule.value * 2 }
  }
}
data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:*"]
    resources = [for b in aws_s3_bucket.b : b.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = "x"
  policy = data.aws_iam_policy_document.p.json
}
resource "kubernetes_pod" "p" {
  metadata { name = "p" }
  spec {
    container {
      name  = "c"
      image = "nginx"
      security_context { privileged = true }
    }
  }
}
"#;

const TF_JSON: &str = r#"{"variable": {"v": {"default": ["a", "b"]}},
 "locals": [{"x": "${var.v[0]}"}, {"y": "%{ for s in var.v }${s}%{ endfor }"}],
 "resource": {"aws_security_group": {"g": {"count": "${length(var.v)}", "name": "g-${count.index}",
   "dynamic": {"ingress": {"for_each": "${var.v}", "content": {"description": "${ingress.value}"}}}}}},
 "module": {"m": {"source": "./m", "n": 1}},
 "output": {"o": {"value": "${local.x}"}}}"#;

const PLAN: &str = r#"{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","index":0,"values":{"bucket":"b","versioning":[{"enabled":true}]}}],"child_modules":[{"address":"module.m","resources":[{"address":"module.m.kubernetes_pod.p","mode":"managed","type":"kubernetes_pod","name":"p","values":{"metadata":[{"name":"p"}],"spec":[{"container":[{"name":"c","image":"x","security_context":[]}]}]}}]}]}},"resource_changes":[{"address":"aws_s3_bucket.b","change":{"after_unknown":{"acl":true,"versioning":[{"enabled":false}]}}}],"configuration":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","expressions":{"bucket":{"references":["x.y"]}}}]}}}"#;

const STATE: &str = r#"{"version":4,"lineage":"l","resources":[{"module":"module.a","mode":"managed","type":"aws_security_group","name":"g","instances":[{"index_key":"k","attributes":{"id":"sg-1","ingress":[{"from_port":22,"to_port":22,"protocol":"6","cidr_blocks":["0.0.0.0/0"]}]}}]}]}"#;

/// A small deterministic generator of corruptions.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const NOISE: &[&str] = &[
    "{", "}", "[", "]", "\"", "\\", "${", "%{", ":", ",", "=", "\n", "null", "-1e999", "\u{e9}",
    "\\u", "\\ud800", "<<EOT\n", "..", "*", "0",
];

fn corruptions(text: &str, seed: u64, n: usize) -> Vec<String> {
    let mut rng = Lcg(seed);
    let mut out = Vec::new();
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for i in 0..n {
        let a = boundaries[rng.next() % boundaries.len()];
        let b = boundaries[rng.next() % boundaries.len()];
        let (a, b) = (a.min(b), a.max(b));
        let s = match i % 3 {
            // Truncated.
            0 => text[..a].to_string(),
            // A range removed.
            1 => format!("{}{}", &text[..a], &text[b..]),
            // Noise inserted.
            _ => format!(
                "{}{}{}",
                &text[..a],
                NOISE[rng.next() % NOISE.len()],
                &text[a..]
            ),
        };
        out.push(s);
    }
    out
}

#[test]
fn corrupted_configurations_never_panic() {
    let fx = Fixture::new(&[("m/main.tf", "variable \"n\" {}\n")]);
    for (i, t) in corruptions(TF, 1, 150).into_iter().enumerate() {
        std::fs::write(fx.path("main.tf"), &t).unwrap();
        let _ = std::fs::remove_file(fx.path("main.tf.json"));
        let u = parapet_terraform::load_root(fx.root(), &fx.opts());
        let _ = (i, u);
    }
    std::fs::write(fx.path("main.tf"), "").unwrap();
    for t in corruptions(TF_JSON, 2, 300) {
        std::fs::write(fx.path("main.tf.json"), &t).unwrap();
        let _ = parapet_terraform::load_root(fx.root(), &fx.opts());
    }
}

#[test]
fn corrupted_plans_and_states_never_panic() {
    for (seed, base) in [(3, PLAN), (4, STATE)] {
        for t in corruptions(base, seed, 400) {
            let text: Arc<str> = t.into();
            let idx = LineIndex::new(text.clone());
            let name = "x.json".into();
            let opts = Default::default();
            let _ = parapet_terraform::load_plan(&name, &text, &idx, &opts);
            let _ = parapet_terraform::load_state(&name, &text, &idx, &opts);
            let _ = parapet_terraform::load_json_document(
                std::path::Path::new("/nonexistent/x.json"),
                &name,
                &text,
                1 << 20,
            );
        }
    }
    // The uncorrupted inputs load.
    let text: Arc<str> = PLAN.into();
    let idx = LineIndex::new(text.clone());
    let u = parapet_terraform::load_plan(&"p.json".into(), &text, &idx, &Default::default());
    assert_eq!(u.resources.len(), 2);
    let text: Arc<str> = STATE.into();
    let idx = LineIndex::new(text.clone());
    let u = parapet_terraform::load_state(&"s.json".into(), &text, &idx, &Default::default());
    assert_eq!(
        u.resources[0].address,
        r#"module.a.aws_security_group.g["k"]"#
    );
}

#[test]
fn hostile_nesting_is_refused_not_overflowed() {
    let deep_json = format!(
        r#"{{"locals": {{"x": {}1{}}}}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let fx = Fixture::new(&[("main.tf.json", &deep_json)]);
    let ev = fx.eval("");
    assert_eq!(errors(&ev).len(), 1, "{:?}", errors(&ev));
    let text: Arc<str> = format!(
        r#"{{"format_version":"1","planned_values":{{"root_module":{{"resources":[{{"type":"t","name":"n","values":{{"a":{}1{}}}}}]}}}}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    )
    .into();
    let idx = LineIndex::new(text.clone());
    let u = parapet_terraform::load_plan(&"p.json".into(), &text, &idx, &Default::default());
    assert_eq!(u.resources.len(), 1);
}
