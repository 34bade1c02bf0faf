//! Terraform plan JSON and state JSON as input, through the same adapters as HCL.

mod common;

use common::*;
use parapet_model::{Config, FileRef, LineIndex, Resource};
use std::sync::Arc;

const MAIN: &str = r#"variable "env" {}

resource "aws_s3_bucket" "b" {
  bucket = "my-bucket-${var.env}"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket            = aws_s3_bucket.b.id
  block_public_acls = true
}

module "m" {
  source = "./m"
  count  = 1
}
"#;

const CHILD: &str = r#"resource "aws_security_group" "g" {
  name = "g"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

const PLAN: &str = r#"{
  "format_version": "1.2",
  "terraform_version": "1.7.0",
  "variables": {
    "env": { "value": "prod" }
  },
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_s3_bucket.b",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "b",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "my-bucket-prod",
            "force_destroy": false,
            "tags": null
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket_public_access_block.b",
          "mode": "managed",
          "type": "aws_s3_bucket_public_access_block",
          "name": "b",
          "values": {
            "block_public_acls": true,
            "block_public_policy": false,
            "ignore_public_acls": false,
            "restrict_public_buckets": false
          }
        },
        {
          "address": "data.aws_caller_identity.me",
          "mode": "data",
          "type": "aws_caller_identity",
          "name": "me",
          "values": {}
        }
      ],
      "child_modules": [
        {
          "address": "module.m[0]",
          "resources": [
            {
              "address": "module.m[0].aws_security_group.g",
              "mode": "managed",
              "type": "aws_security_group",
              "name": "g",
              "index": null,
              "values": {
                "name": "g",
                "ingress": [
                  {
                    "from_port": 22,
                    "to_port": 22,
                    "protocol": "tcp",
                    "cidr_blocks": ["0.0.0.0/0"],
                    "ipv6_cidr_blocks": [],
                    "description": ""
                  }
                ],
                "revoke_rules_on_delete": false
              }
            }
          ]
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_s3_bucket.b",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "b",
      "change": {
        "actions": ["create"],
        "before": null,
        "after_unknown": { "acl": true, "arn": true, "id": true }
      }
    },
    {
      "address": "aws_s3_bucket_public_access_block.b",
      "mode": "managed",
      "type": "aws_s3_bucket_public_access_block",
      "name": "b",
      "change": {
        "actions": ["create"],
        "after_unknown": { "bucket": true, "id": true }
      }
    },
    {
      "address": "module.m[0].aws_security_group.g",
      "module_address": "module.m[0]",
      "mode": "managed",
      "type": "aws_security_group",
      "name": "g",
      "change": {
        "actions": ["create"],
        "after_unknown": { "id": true, "egress": true, "ingress": [{ "cidr_blocks": [false] }] }
      }
    }
  ],
  "configuration": {
    "root_module": {
      "resources": [
        {
          "address": "aws_s3_bucket_public_access_block.b",
          "mode": "managed",
          "type": "aws_s3_bucket_public_access_block",
          "name": "b",
          "expressions": {
            "bucket": { "references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"] },
            "block_public_acls": { "constant_value": true }
          }
        }
      ],
      "module_calls": {
        "m": { "source": "./m", "module": { "resources": [] } }
      }
    }
  }
}
"#;

fn load(fx: &Fixture, rel: &str) -> parapet_model::Unit {
    let text: Arc<str> = std::fs::read_to_string(fx.path(rel)).unwrap().into();
    let display: FileRef = rel.into();
    let u = parapet_terraform::load_json_document(&fx.path(rel), &display, &text, 1 << 20);
    u.expect("a plan or state")
}

fn bucket<'a>(rs: &'a [Resource], a: &str) -> &'a parapet_model::aws::s3::Bucket {
    match &resource(rs, a).config {
        Config::S3Bucket(b) => b,
        other => panic!("{other:?}"),
    }
}

#[test]
fn detection_by_content() {
    let doc = |t: &str| parapet_terraform::json::parse(t).unwrap();
    assert!(parapet_terraform::is_plan(&doc(PLAN)));
    assert!(!parapet_terraform::is_state(&doc(PLAN)));
    let state = r#"{"version": 4, "terraform_version": "1.7.0", "serial": 1, "lineage": "x", "resources": []}"#;
    assert!(parapet_terraform::is_state(&doc(state)));
    assert!(!parapet_terraform::is_plan(&doc(state)));
    assert!(!parapet_terraform::is_plan(&doc(r#"{"Resources": {}}"#)));
    let fx = Fixture::new(&[("x.json", r#"{"format_version": "1.0", "other": 1}"#)]);
    let text: Arc<str> = r#"{"format_version": "1.0", "other": 1}"#.into();
    assert!(parapet_terraform::load_json_document(
        &fx.path("x.json"),
        &"x.json".into(),
        &text,
        1 << 20
    )
    .is_none());
}

#[test]
fn plan_resources_are_located_in_the_configuration_beside_the_plan() {
    let fx = Fixture::new(&[
        ("infra/main.tf", MAIN),
        ("infra/m/main.tf", CHILD),
        ("infra/plan.json", PLAN),
    ]);
    let u = load(&fx, "infra/plan.json");
    assert!(u.diagnostics.is_empty(), "{:?}", u.diagnostics);
    let addrs: Vec<&str> = u.resources.iter().map(|r| r.address.as_str()).collect();
    assert_eq!(
        addrs,
        [
            "aws_s3_bucket.b",
            "aws_s3_bucket_public_access_block.b",
            "module.m[0].aws_security_group.g"
        ]
    );
    let b = bucket(&u.resources, "aws_s3_bucket.b");
    // The value the plan resolved, located where the configuration writes it (the plan's
    // variables were used to evaluate the configuration).
    assert_eq!(b.name.get(), Some(&Some("my-bucket-prod".to_string())));
    assert_eq!(file(&b.name.origin), "infra/main.tf");
    assert_eq!(line(&b.name.origin), line_of(MAIN, "bucket = \"my-bucket"));
    assert_eq!(line(&resource(&u.resources, "aws_s3_bucket.b").origin), 3);
    // `after_unknown` makes a value unknown.
    assert!(!b.acl.is_known());
    // Joined through the reference the configuration recorded.
    assert_eq!(b.public_access_block.block_public_acls.get(), Some(&true));
    assert_eq!(
        line(&b.public_access_block.block_public_acls.origin),
        line_of(MAIN, "block_public_acls = true")
    );
    assert_eq!(
        b.public_access_block.block_public_policy.get(),
        Some(&false)
    );
    // Not written in the configuration: the resource block.
    assert_eq!(line(&b.public_access_block.block_public_policy.origin), 7);
    assert!(u
        .edges
        .iter()
        .any(|e| e.kind == parapet_model::EdgeKind::Attaches));

    let g = match &resource(&u.resources, "module.m[0].aws_security_group.g").config {
        Config::SecurityGroup(g) => g.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(g.ingress.len(), 1);
    assert_eq!(g.ingress[0].from_port.get(), Some(&Some(22)));
    assert_eq!(file(&g.ingress[0].cidr_ipv4.origin), "infra/m/main.tf");
    assert_eq!(
        line(&g.ingress[0].cidr_ipv4.origin),
        line_of(CHILD, "cidr_blocks")
    );
    assert_eq!(
        resource(&u.resources, "module.m[0].aws_security_group.g")
            .call_chain
            .len(),
        1
    );
    assert!(u.files.iter().any(|(f, _)| &**f == "infra/main.tf"));
    assert!(u.files.iter().any(|(f, _)| &**f == "infra/plan.json"));
}

#[test]
fn plan_without_configuration_points_into_the_plan() {
    let fx = Fixture::new(&[("plans/plan.json", PLAN)]);
    let u = load(&fx, "plans/plan.json");
    let r = resource(&u.resources, "aws_s3_bucket.b");
    assert_eq!(file(&r.origin), "plans/plan.json");
    assert_eq!(
        line(&r.origin),
        line_of(PLAN, "\"address\": \"aws_s3_bucket.b\"") - 1
    );
    let b = bucket(&u.resources, "aws_s3_bucket.b");
    assert_eq!(
        line(&b.name.origin),
        line_of(PLAN, "\"bucket\": \"my-bucket-prod\"")
    );
    assert_eq!(text_of(PLAN, &b.name.origin), "\"my-bucket-prod\"");
    // Still joined: the configuration section recorded the reference.
    assert_eq!(b.public_access_block.block_public_acls.get(), Some(&true));
    let g = resource(&u.resources, "module.m[0].aws_security_group.g");
    assert_eq!(file(&g.origin), "plans/plan.json");
}

#[test]
fn minified_plans_and_broken_plans() {
    let one_line: String =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(PLAN).unwrap()).unwrap();
    let fx = Fixture::new(&[("p.json", &one_line)]);
    let u = load(&fx, "p.json");
    assert_eq!(u.resources.len(), 3);
    let text: Arc<str> = PLAN[..PLAN.len() / 2].into();
    let idx = LineIndex::new(text.clone());
    let u = parapet_terraform::load_plan(&"half.json".into(), &text, &idx, &Default::default());
    assert_eq!(u.diagnostics.len(), 1);
    assert_eq!(u.diagnostics[0].code, "parse-error");
}

const STATE: &str = r#"{
  "version": 4,
  "terraform_version": "1.7.0",
  "serial": 3,
  "lineage": "3f1e",
  "outputs": {},
  "resources": [
    {
      "module": "module.web",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "b",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "index_key": "site",
          "schema_version": 0,
          "attributes": {
            "id": "site-bucket",
            "bucket": "site-bucket",
            "acl": "public-read",
            "versioning": [{ "enabled": false, "mfa_delete": false }],
            "server_side_encryption_configuration": [],
            "logging": []
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "module": "module.web",
      "mode": "managed",
      "type": "aws_s3_bucket_policy",
      "name": "p",
      "instances": [
        {
          "attributes": {
            "bucket": "site-bucket",
            "policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"
          },
          "dependencies": ["module.web.aws_s3_bucket.b"]
        }
      ]
    },
    {
      "mode": "data",
      "type": "aws_caller_identity",
      "name": "me",
      "instances": [{ "attributes": { "account_id": "1" } }]
    }
  ]
}
"#;

#[test]
fn state_resources_are_explicit_and_located_at_their_instance() {
    let fx = Fixture::new(&[("terraform.tfstate.json", STATE)]);
    let u = load(&fx, "terraform.tfstate.json");
    let addrs: Vec<&str> = u.resources.iter().map(|r| r.address.as_str()).collect();
    assert_eq!(
        addrs,
        [
            r#"module.web.aws_s3_bucket.b["site"]"#,
            "module.web.aws_s3_bucket_policy.p"
        ]
    );
    let r = resource(&u.resources, r#"module.web.aws_s3_bucket.b["site"]"#);
    let instance_line = line_of(STATE, "\"index_key\": \"site\"") - 1;
    assert_eq!(line(&r.origin), instance_line);
    let b = bucket(&u.resources, r#"module.web.aws_s3_bucket.b["site"]"#);
    assert_eq!(b.acl.get(), Some(&Some("public-read".to_string())));
    assert!(b.acl.is_explicit());
    assert_eq!(line(&b.acl.origin), instance_line);
    assert_eq!(b.versioning.get(), Some(&false));
    assert!(b.versioning.is_explicit());
    assert!(b.encryption.get().unwrap().is_none());
    // The policy resource is joined by the bucket's name.
    let p = b.policy.get().unwrap().as_ref().unwrap();
    assert_eq!(p.statements[0].principals, vec![("*".into(), "*".into())]);
}

#[test]
fn state_shown_as_json_is_read_too() {
    let shown = r#"{
  "format_version": "1.0",
  "terraform_version": "1.7.0",
  "values": {
    "root_module": {
      "child_modules": [
        {
          "address": "module.m",
          "resources": [
            {
              "address": "module.m.aws_s3_bucket.b[0]",
              "mode": "managed",
              "type": "aws_s3_bucket",
              "name": "b",
              "index": 0,
              "values": { "bucket": "shown", "acl": "private" }
            }
          ]
        }
      ]
    }
  }
}
"#;
    let doc = parapet_terraform::json::parse(shown).unwrap();
    assert!(parapet_terraform::is_state(&doc));
    assert!(!parapet_terraform::is_plan(&doc));
    let fx = Fixture::new(&[("show.json", shown)]);
    let u = load(&fx, "show.json");
    let b = bucket(&u.resources, "module.m.aws_s3_bucket.b[0]");
    assert_eq!(b.name.get(), Some(&Some("shown".to_string())));
    assert_eq!(
        line(&b.name.origin),
        line_of(shown, "\"address\": \"module.m.aws") - 1
    );
}

#[test]
fn kubernetes_workloads_from_a_plan_use_the_same_adapter() {
    // As the provider writes them in a plan: blocks are lists, absent blocks empty lists,
    // unset strings empty.
    let plan = r#"{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{
  "address": "kubernetes_pod_v1.p", "mode": "managed", "type": "kubernetes_pod_v1", "name": "p",
  "values": {
    "metadata": [{"name": "p", "namespace": "", "labels": null, "annotations": null}],
    "spec": [{
      "host_network": false, "host_pid": true, "service_account_name": "",
      "automount_service_account_token": true, "security_context": [],
      "volume": [{"name": "v", "host_path": [{"path": "/etc", "type": ""}], "secret": [], "config_map": []}],
      "container": [{
        "name": "c", "image": "nginx:1.25", "image_pull_policy": "",
        "security_context": [{"privileged": true, "capabilities": [], "seccomp_profile": []}],
        "port": [], "env": [], "liveness_probe": []
      }]
    }]
  }}]}}}"#;
    let fx = Fixture::new(&[("plan.json", plan)]);
    let u = load(&fx, "plan.json");
    let Config::Workload(w) = &resource(&u.resources, "kubernetes_pod_v1.p").config else {
        panic!()
    };
    assert_eq!(w.meta.namespace_str(), Some("default"));
    assert_eq!(w.pod.host_pid.get(), Some(&true));
    assert_eq!(w.pod.service_account_name.get().unwrap(), "default");
    assert!(w.pod.service_account_name.is_defaulted());
    assert!(w.pod.automount_service_account_token.is_explicit());
    let c = &w.pod.containers[0];
    assert_eq!(c.security_context.privileged.get(), Some(&true));
    assert_eq!(c.security_context.seccomp_profile.get(), Some(&None));
    assert_eq!(c.image_pull_policy.get().unwrap(), "IfNotPresent");
    assert_eq!(c.liveness_probe.get(), Some(&false));
    assert_eq!(w.pod.volumes[0].source.kind(), "hostPath");
    assert_eq!(
        line(&c.security_context.privileged.origin),
        line_of(plan, "\"privileged\": true")
    );
}
