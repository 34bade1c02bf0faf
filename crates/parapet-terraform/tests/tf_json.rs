//! `.tf.json` files evaluated together with `.tf` files, located in the JSON.

mod common;

use common::*;
use parapet_model::Config;

const MAIN_JSON: &str = r#"{
  "//": "generated",
  "variable": {
    "env": { "type": "string", "default": "prod" },
    "literal": { "default": "${not.a.template}" },
    "ports": { "type": "list(number)", "default": ["22", 443] }
  },
  "locals": {
    "prefix": "app-${var.env}",
    "tags": { "Env": "${var.env}", "Team": "core" }
  },
  "resource": {
    "aws_s3_bucket": {
      "logs": {
        "count": 2,
        "bucket": "${local.prefix}-logs-${count.index}",
        "acl": "private",
        "tags": "${local.tags}",
        "versioning": { "enabled": true }
      }
    },
    "aws_security_group": {
      "web": [{
        "name": "${lookup({\"a\" = \"web\"}, \"a\")}",
        "egress": [{ "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"] }],
        "dynamic": {
          "ingress": {
            "for_each": "${var.ports}",
            "iterator": "p",
            "content": {
              "from_port": "${p.value}",
              "to_port": "${p.value}",
              "protocol": "tcp",
              "cidr_blocks": ["10.0.0.0/8"]
            }
          }
        },
        "lifecycle": { "create_before_destroy": true }
      }]
    }
  },
  "module": {
    "child": { "source": "./child", "name": "${local.prefix}" }
  },
  "output": {
    "bucket": { "value": "${aws_s3_bucket.logs[0].bucket}" }
  },
  "provider": { "aws": { "region": "eu-west-1" } },
  "terraform": { "required_version": ">= 1.0" }
}
"#;

const NATIVE_TF: &str = r#"resource "aws_s3_bucket" "native" {
  bucket = "${local.prefix}-native"
  acl    = var.literal
}
"#;

const CHILD_JSON: &str = r#"{"variable": {"name": {}}, "resource": {"aws_s3_bucket": {"c": {"bucket": "${var.name}-child"}}}}"#;

#[test]
fn json_and_native_files_of_a_module_are_evaluated_together() {
    let fx = Fixture::new(&[
        ("main.tf.json", MAIN_JSON),
        ("native.tf", NATIVE_TF),
        ("child/main.tf.json", CHILD_JSON),
    ]);
    let ev = fx.eval("");
    assert!(errors(&ev).is_empty(), "{:?}", errors(&ev));
    let mut got = addresses(&ev);
    got.sort();
    assert_eq!(
        got,
        [
            "aws_s3_bucket.logs[0]",
            "aws_s3_bucket.logs[1]",
            "aws_s3_bucket.native",
            "aws_security_group.web",
            "module.child.aws_s3_bucket.c",
        ]
    );
    let logs = raw(&ev, "aws_s3_bucket.logs[1]");
    assert_eq!(s(at(&logs.node, "bucket")), "app-prod-logs-1");
    assert_eq!(s(at(&logs.node, "tags.Env")), "prod");
    // Origins are in the JSON file: the resource at its name, values at their property.
    assert_eq!(file(&logs.origin), "main.tf.json");
    assert_eq!(line(&logs.origin), line_of(MAIN_JSON, "\"logs\": {"));
    assert!(text_of(MAIN_JSON, &logs.origin).starts_with("\"logs\": {"));
    let bucket = at(&logs.node, "bucket");
    assert_eq!(
        line(&bucket.origin),
        line_of(MAIN_JSON, "\"bucket\": \"${local")
    );
    assert_eq!(
        text_of(MAIN_JSON, &bucket.origin),
        r#""bucket": "${local.prefix}-logs-${count.index}""#
    );
    let span = bucket.origin.span().unwrap();
    assert_eq!(span.start_col, 9);

    // A native file of the same module sees the JSON locals and variables; a variable
    // default is read literally.
    let native = raw(&ev, "aws_s3_bucket.native");
    assert_eq!(s(at(&native.node, "bucket")), "app-prod-native");
    assert_eq!(s(at(&native.node, "acl")), "${not.a.template}");
    assert_eq!(file(&native.origin), "native.tf");

    // Module calls and JSON child modules.
    let c = raw(&ev, "module.child.aws_s3_bucket.c");
    assert_eq!(s(at(&c.node, "bucket")), "app-prod-child");
    assert_eq!(file(&c.origin), "child/main.tf.json");
    assert_eq!(line(&c.call_chain[0]), line_of(MAIN_JSON, "\"child\": {"));
}

#[test]
fn json_nested_blocks_dynamic_blocks_and_escapes() {
    let fx = Fixture::new(&[
        ("main.tf.json", MAIN_JSON),
        ("native.tf", NATIVE_TF),
        ("child/main.tf.json", CHILD_JSON),
    ]);
    let ev = fx.eval("");
    let web = raw(&ev, "aws_security_group.web");
    // Quotes escaped inside an interpolation are the expression's own quotes.
    assert_eq!(s(at(&web.node, "name")), "web");
    assert!(web.node.get("lifecycle").is_none());
    let ingress = at(&web.node, "ingress").as_list().unwrap();
    assert_eq!(ingress.len(), 2);
    // The variable's type converts the string "22" to a number.
    assert_eq!(num(at(&web.node, "ingress.0.from_port")), 22.0);
    assert_eq!(
        line(&at(&web.node, "ingress.1.to_port").origin),
        line_of(MAIN_JSON, "\"to_port\": \"${p.value}\"")
    );
    // The typed model: an object where a nested block would be, a list of rule objects.
    let (rs, _) = parapet_terraform::adapt::adapt(ev.resources.clone());
    let Config::SecurityGroup(sg) = &resource(&rs, "aws_security_group.web").config else {
        panic!()
    };
    assert_eq!(sg.ingress.len(), 2);
    assert_eq!(sg.ingress[1].from_port.get(), Some(&Some(443)));
    assert_eq!(sg.egress.len(), 1);
    assert_eq!(
        sg.egress[0].cidr_ipv4.get().unwrap(),
        &vec!["0.0.0.0/0".to_string()]
    );
    let Config::S3Bucket(b) = &resource(&rs, "aws_s3_bucket.logs[0]").config else {
        panic!()
    };
    assert_eq!(b.versioning.get(), Some(&true));
    assert_eq!(
        line(&b.versioning.origin),
        line_of(MAIN_JSON, "\"enabled\": true")
    );
    assert_eq!(b.acl.get(), Some(&Some("private".to_string())));
}

#[test]
fn broken_json_is_a_located_diagnostic() {
    let bad = "{\n  \"resource\": {\n    \"aws_s3_bucket\": {\"b\": {\"bucket\": }}\n  }\n}\n";
    let bad_template = r#"{"resource": {"aws_s3_bucket": {"t": {"bucket": "${oops(}"}}}}"#;
    let fx = Fixture::new(&[
        ("a.tf.json", bad),
        ("b.tf.json", bad_template),
        ("c.tf", "resource \"aws_s3_bucket\" \"ok\" {}\n"),
    ]);
    let ev = fx.eval("");
    let errs = errors(&ev);
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(
        errs[0].starts_with("a.tf.json:3 parse-error invalid JSON"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("b.tf.json:1 parse-error invalid template"),
        "{errs:?}"
    );
    // The rest of the module is still evaluated; the broken template is an unknown.
    let t = raw(&ev, "aws_s3_bucket.t");
    assert!(unknown_reason(at(&t.node, "bucket")).starts_with("error:"));
    raw(&ev, "aws_s3_bucket.ok");
}

#[test]
fn dynamic_blocks_deep_inside_json_nested_blocks() {
    let json = r#"{
  "variable": { "containers": { "default": { "web": "nginx:1.25", "side": "busybox" } } },
  "resource": {
    "kubernetes_deployment": {
      "web": {
        "metadata": { "name": "web" },
        "spec": {
          "template": {
            "metadata": { "labels": { "app": "web" } },
            "spec": {
              "dynamic": {
                "container": {
                  "for_each": "${var.containers}",
                  "content": { "name": "${container.key}", "image": "${container.value}" }
                }
              }
            }
          }
        }
      }
    }
  }
}
"#;
    let fx = Fixture::new(&[("main.tf.json", json)]);
    let u = parapet_terraform::load_root(fx.root(), &fx.opts());
    assert!(u.diagnostics.is_empty(), "{:?}", u.diagnostics);
    let Config::Workload(w) = &resource(&u.resources, "kubernetes_deployment.web").config else {
        panic!()
    };
    let names: Vec<&str> = w
        .pod
        .containers
        .iter()
        .map(|c| c.name.get().unwrap().as_str())
        .collect();
    assert_eq!(names, ["side", "web"]);
    assert_eq!(
        line(&w.pod.containers[1].image.origin),
        line_of(json, "\"image\": \"${container.value}\"")
    );
    assert_eq!(w.meta.name_str(), Some("web"));
}
