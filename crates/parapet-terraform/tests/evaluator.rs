//! Fixture tests of the HCL evaluator: values and the lines they come from.

mod common;

use common::*;
use parapet_model::Dyn;
use parapet_terraform::Options;

#[test]
fn variable_values_follow_terraform_precedence() {
    let main = r#"variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { default = "default" }
variable "g" { default = "default" }
variable "h" { default = "default" }
variable "n" { type = number }
variable "l" { type = list(string) }
variable "unset" {}

resource "null_resource" "v" {
  triggers = {
    a = var.a
    b = var.b
    c = var.c
    d = var.d
    e = var.e
    f = var.f
    g = var.g
    h = var.h
    n = var.n
    l = var.l
    unset = var.unset
  }
}
"#;
    let fx = Fixture::new(&[
        ("root/main.tf", main),
        (
            "root/terraform.tfvars",
            "c = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\nf = \"tfvars\"\ng = \"tfvars\"\nh = \"tfvars\"\n",
        ),
        (
            "root/terraform.tfvars.json",
            r#"{"d": "tfvars.json", "e": "tfvars.json", "f": "tfvars.json", "g": "tfvars.json", "h": "tfvars.json"}"#,
        ),
        ("root/a.auto.tfvars", "e = \"a.auto\"\nf = \"a.auto\"\ng = \"a.auto\"\nh = \"a.auto\"\n"),
        ("root/b.auto.tfvars.json", r#"{"f": "b.auto", "g": "b.auto", "h": "b.auto"}"#),
        ("extra.tfvars", "g = \"var-file\"\nh = \"var-file\"\n"),
    ]);
    let env = |k: &str| (k.to_string(), "env".to_string());
    let opts = Options {
        env_vars: vec![
            env("b"),
            env("c"),
            env("d"),
            env("e"),
            env("f"),
            env("g"),
            env("h"),
        ],
        var_files: vec![fx.path("extra.tfvars")],
        vars: vec![
            ("h".into(), "cli".into()),
            ("n".into(), "5".into()),
            ("l".into(), r#"["x", "y"]"#.into()),
        ],
        ..fx.opts()
    };
    let ev = fx.eval_with("root", &opts);
    assert!(errors(&ev).is_empty(), "{:?}", errors(&ev));
    let r = raw(&ev, "null_resource.v");
    let t = at(&r.node, "triggers");
    for (k, want) in [
        ("a", "default"),
        ("b", "env"),
        ("c", "tfvars"),
        ("d", "tfvars.json"),
        ("e", "a.auto"),
        ("f", "b.auto"),
        ("g", "var-file"),
        ("h", "cli"),
    ] {
        assert_eq!(s(at(t, k)), want, "var.{k}");
        // Each value is located at the expression that used it.
        assert_eq!(
            line(&at(t, k).origin),
            line_of(main, &format!("{k} = var.{k}"))
        );
    }
    assert_eq!(num(at(t, "n")), 5.0);
    assert_eq!(s(at(t, "l.1")), "y");
    assert_eq!(
        unknown_reason(at(t, "unset")),
        "variable `unset` has no value"
    );
    assert_eq!(line(&r.origin), line_of(main, "resource \"null_resource\""));
}

#[test]
fn a_missing_var_file_is_an_error() {
    let fx = Fixture::new(&[("main.tf", "variable \"a\" {}\n")]);
    let opts = Options {
        var_files: vec![fx.path("nope.tfvars")],
        ..fx.opts()
    };
    let ev = fx.eval_with("", &opts);
    assert_eq!(ev.diagnostics.len(), 1);
    assert_eq!(ev.diagnostics[0].code, "io-error");
}

#[test]
fn locals_refer_to_each_other_in_any_order_across_files() {
    let a = r#"locals {
  c = "${local.b}-c"
  b = "${local.a}-b"
}

resource "aws_s3_bucket" "b" {
  bucket = local.c
  tags   = { loop = local.x }
}
"#;
    let b = "locals {\n  a = upper(\"a\")\n  x = local.y\n  y = local.x\n}\n";
    let fx = Fixture::new(&[("a.tf", a), ("b.tf", b)]);
    let ev = fx.eval("");
    let r = raw(&ev, "aws_s3_bucket.b");
    assert_eq!(s(at(&r.node, "bucket")), "A-b-c");
    assert_eq!(line(&at(&r.node, "bucket").origin), 7);
    assert_eq!(file(&at(&r.node, "bucket").origin), "a.tf");
    // A cycle is an error, so the value is unknown.
    assert!(unknown_reason(at(&r.node, "tags.loop")).contains("refers to itself"));
}

#[test]
fn conditionals_with_unknowns_are_unknown_unless_both_sides_agree() {
    let main = r#"variable "flag" {}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "null_resource" "c" {
  triggers = {
    either = var.flag ? "a" : "b"
    same   = var.flag ? "same" : "same"
    known  = true ? aws_s3_bucket.b.id : "x"
    picked = false ? aws_s3_bucket.b.id : "x"
    cmp    = aws_s3_bucket.b.id == "x" ? 1 : 2
  }
}
"#;
    let fx = Fixture::new(&[("main.tf", main)]);
    let ev = fx.eval("");
    let t = at(&raw(&ev, "null_resource.c").node, "triggers");
    assert!(at(t, "either").is_unknown());
    assert_eq!(s(at(t, "same")), "same");
    assert_eq!(at(t, "known").refs(), vec!["aws_s3_bucket.b".to_string()]);
    assert_eq!(s(at(t, "picked")), "x");
    assert_eq!(at(t, "cmp").refs(), vec!["aws_s3_bucket.b".to_string()]);
    assert_eq!(line(&at(t, "cmp").origin), line_of(main, "cmp"));
}

#[test]
fn for_expressions_and_splats() {
    let main = r#"variable "users" {
  default = [
    { name = "ann", admin = true, team = "a" },
    { name = "bob", admin = false, team = "b" },
    { name = "cy", admin = true, team = "a" },
  ]
}
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "b${count.index}"
}
resource "null_resource" "f" {
  triggers = {
    upper   = [for u in var.users : upper(u.name)]
    admins  = [for u in var.users : u.name if u.admin]
    by_name = { for u in var.users : u.name => u.team }
    by_team = { for u in var.users : u.team => u.name... }
    indexed = [for i, u in var.users : "${i}:${u.name}"]
    splat   = var.users[*].name
    ids     = aws_s3_bucket.b[*].id
    unknown = [for b in aws_s3_bucket.b : b.id]
  }
}
"#;
    let fx = Fixture::new(&[("main.tf", main)]);
    let ev = fx.eval("");
    let t = at(&raw(&ev, "null_resource.f").node, "triggers");
    let list = |n: &parapet_model::Node| -> Vec<String> {
        n.as_list()
            .unwrap()
            .iter()
            .map(|x| s(x).to_string())
            .collect()
    };
    assert_eq!(list(at(t, "upper")), ["ANN", "BOB", "CY"]);
    assert_eq!(list(at(t, "admins")), ["ann", "cy"]);
    assert_eq!(s(at(t, "by_name.bob")), "b");
    assert_eq!(list(at(t, "by_team.a")), ["ann", "cy"]);
    assert_eq!(list(at(t, "indexed")), ["0:ann", "1:bob", "2:cy"]);
    assert_eq!(list(at(t, "splat")), ["ann", "bob", "cy"]);
    assert!(at(t, "ids")
        .refs()
        .iter()
        .any(|r| r.starts_with("aws_s3_bucket.b")));
    assert!(at(t, "unknown").contains_unknown());
    assert_eq!(line(&at(t, "splat").origin), line_of(main, "splat"));
    assert_eq!(
        addresses(&ev)[..2],
        [
            "aws_s3_bucket.b[0]".to_string(),
            "aws_s3_bucket.b[1]".to_string()
        ]
    );
    assert_eq!(s(at(&raw(&ev, "aws_s3_bucket.b[1]").node, "bucket")), "b1");
}

#[test]
fn templates_directives_and_heredocs() {
    let main = r#"variable "names" { default = ["a", "b"] }
variable "env" { default = "prod" }
resource "null_resource" "t" {
  triggers = {
    interp  = "${var.env}-x"
    typed   = "${var.names}"
    loop    = "%{for n in var.names}${n};%{endfor}"
    cond    = "%{if var.env == "prod"}P%{else}D%{endif}"
    escaped = "$${literal}"
    heredoc = <<EOT
hello ${var.env}
EOT
    indented = <<-EOT
      one
        two
      EOT
  }
}
"#;
    let fx = Fixture::new(&[("main.tf", main)]);
    let ev = fx.eval("");
    let t = at(&raw(&ev, "null_resource.t").node, "triggers");
    assert_eq!(s(at(t, "interp")), "prod-x");
    // A template that is one interpolation keeps the value's type.
    assert_eq!(at(t, "typed").as_list().map(|l| l.len()), Some(2));
    assert_eq!(s(at(t, "loop")), "a;b;");
    assert_eq!(s(at(t, "cond")), "P");
    assert_eq!(s(at(t, "escaped")), "${literal}");
    assert_eq!(s(at(t, "heredoc")), "hello prod\n");
    assert_eq!(s(at(t, "indented")), "one\n  two\n");
    assert_eq!(line(&at(t, "heredoc").origin), line_of(main, "heredoc"));
}

#[test]
fn count_and_for_each_instances_have_addresses_and_values() {
    let main = r#"variable "buckets" {
  default = { logs = "private", site = "public-read" }
}
resource "aws_s3_bucket" "c" {
  count  = 3
  bucket = "c-${count.index}"
}
resource "aws_s3_bucket" "m" {
  for_each = var.buckets
  bucket   = each.key
  acl      = each.value
}
resource "aws_s3_bucket" "s" {
  for_each = toset(["x", "y"])
  bucket   = "s-${each.value}"
}
resource "aws_s3_bucket" "none" {
  count  = 0
  bucket = "none"
}
resource "aws_s3_bucket" "u" {
  count  = length(aws_s3_bucket.c[0].arn)
  bucket = "u-${count.index}"
}
"#;
    let fx = Fixture::new(&[("main.tf", main)]);
    let ev = fx.eval("");
    assert_eq!(
        addresses(&ev),
        [
            "aws_s3_bucket.c[0]",
            "aws_s3_bucket.c[1]",
            "aws_s3_bucket.c[2]",
            r#"aws_s3_bucket.m["logs"]"#,
            r#"aws_s3_bucket.m["site"]"#,
            r#"aws_s3_bucket.s["x"]"#,
            r#"aws_s3_bucket.s["y"]"#,
            // The number of instances is not known: one instance stands for them, with the
            // values that depend on the index unknown.
            "aws_s3_bucket.u",
        ]
    );
    let site = raw(&ev, r#"aws_s3_bucket.m["site"]"#);
    assert_eq!(s(at(&site.node, "acl")), "public-read");
    assert_eq!(site.base_address, "aws_s3_bucket.m");
    assert_eq!(line(&at(&site.node, "acl").origin), line_of(main, "acl"));
    assert_eq!(
        line(&site.origin),
        line_of(main, "resource \"aws_s3_bucket\" \"m\"")
    );
    assert_eq!(s(at(&raw(&ev, "aws_s3_bucket.c[2]").node, "bucket")), "c-2");
    assert_eq!(
        s(at(&raw(&ev, r#"aws_s3_bucket.s["y"]"#).node, "bucket")),
        "s-y"
    );
    assert!(at(&raw(&ev, "aws_s3_bucket.u").node, "bucket").is_unknown());
}

#[test]
fn dynamic_blocks_expand_with_iterators() {
    let main = r#"variable "rules" {
  default = [
    { port = 22, cidr = "10.0.0.0/8" },
    { port = 443, cidr = "0.0.0.0/0" },
  ]
}
variable "unknown_rules" {}
resource "aws_security_group" "g" {
  name = "g"
  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = "tcp"
      cidr_blocks = [rule.value.cidr]
      description = "rule ${rule.key}"
    }
  }
  egress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
  }
  dynamic "egress" {
    for_each = var.unknown_rules
    content {
      from_port = egress.value
      to_port   = 0
      protocol  = "tcp"
    }
  }
}
"#;
    let fx = Fixture::new(&[("main.tf", main)]);
    let ev = fx.eval("");
    let g = raw(&ev, "aws_security_group.g");
    let ingress = at(&g.node, "ingress").as_list().unwrap();
    assert_eq!(ingress.len(), 2);
    assert_eq!(num(at(&g.node, "ingress.1.from_port")), 443.0);
    assert_eq!(s(at(&g.node, "ingress.1.cidr_blocks.0")), "0.0.0.0/0");
    assert_eq!(s(at(&g.node, "ingress.0.description")), "rule 0");
    // Values of generated blocks point at the content's attributes; the block at `dynamic`.
    assert_eq!(
        line(&at(&g.node, "ingress.1.from_port").origin),
        line_of(main, "from_port   = rule.value.port")
    );
    assert_eq!(
        line(&ingress[1].origin),
        line_of(main, "dynamic \"ingress\"")
    );
    // A static block and one representative block of an unknown dynamic one.
    let egress = at(&g.node, "egress").as_list().unwrap();
    assert_eq!(egress.len(), 2);
    assert_eq!(num(at(&g.node, "egress.0.from_port")), 0.0);
    assert!(at(&g.node, "egress.1.from_port").is_unknown());
    // The typed model sees both inline ingress rules.
    let (rs, _) = parapet_terraform::adapt::adapt(ev.resources.clone());
    let parapet_model::Config::SecurityGroup(sg) = &rs[0].config else {
        panic!()
    };
    assert_eq!(sg.ingress.len(), 2);
    assert_eq!(sg.ingress[0].from_port.get(), Some(&Some(22)));
}

#[test]
fn file_functions_are_confined_to_the_scan_root() {
    let main = r#"resource "null_resource" "f" {
  triggers = {
    plain = file("${path.module}/files/a.txt")
    tpl   = templatefile("${path.module}/files/t.tpl", { name = "ann", items = ["x", "y"] })
    out   = file("../secret.txt")
    abs   = file("/etc/hostname")
    gone  = file("${path.module}/files/missing.txt")
  }
}
"#;
    let fx = Fixture::new(&[
        ("scan/main.tf", main),
        ("scan/files/a.txt", "hello\n"),
        (
            "scan/files/t.tpl",
            "hi ${name}: %{ for i in items }${i}%{ endfor }",
        ),
        ("secret.txt", "do not read"),
    ]);
    let opts = Options {
        root: fx.path("scan"),
        ..Default::default()
    };
    let ev = fx.eval_with("scan", &opts);
    let t = at(&raw(&ev, "null_resource.f").node, "triggers");
    assert_eq!(s(at(t, "plain")), "hello\n");
    assert_eq!(s(at(t, "tpl")), "hi ann: xy");
    assert!(unknown_reason(at(t, "out")).starts_with("error:"));
    assert!(unknown_reason(at(t, "abs")).starts_with("error:"));
    assert!(unknown_reason(at(t, "gone")).starts_with("error:"));
    assert_eq!(line(&at(t, "tpl").origin), 4);
}

#[test]
fn module_inputs_and_outputs() {
    let root = r#"module "site" {
  source = "./modules/bucket"
  name   = "site"
  acl    = "public-read"
}
module "each" {
  source   = "./modules/bucket"
  for_each = toset(["a", "b"])
  name     = "each-${each.key}"
}
module "counted" {
  source = "./modules/bucket"
  count  = 1
  name   = "counted"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = module.site.name
  policy = module.each["b"].arn_prefix
}
"#;
    let child = r#"variable "name" {
  type = string
}
variable "acl" {
  type     = string
  default  = "private"
  nullable = false
}
resource "aws_s3_bucket" "this" {
  bucket = var.name
  acl    = var.acl
}
output "name" {
  value = aws_s3_bucket.this.bucket
}
output "arn_prefix" {
  value = "arn:aws:s3:::${var.name}"
}
"#;
    let fx = Fixture::new(&[("main.tf", root), ("modules/bucket/main.tf", child)]);
    let ev = fx.eval("");
    assert!(errors(&ev).is_empty(), "{:?}", errors(&ev));
    let mut got = addresses(&ev);
    got.sort();
    assert_eq!(
        got,
        [
            "aws_s3_bucket_policy.p",
            "module.counted[0].aws_s3_bucket.this",
            r#"module.each["a"].aws_s3_bucket.this"#,
            r#"module.each["b"].aws_s3_bucket.this"#,
            "module.site.aws_s3_bucket.this",
        ]
    );
    let site = raw(&ev, "module.site.aws_s3_bucket.this");
    assert_eq!(s(at(&site.node, "bucket")), "site");
    assert_eq!(s(at(&site.node, "acl")), "public-read");
    // The value is located where the child module uses the variable; the call chain says
    // which module call it came through.
    assert_eq!(
        file(&at(&site.node, "acl").origin),
        "modules/bucket/main.tf"
    );
    assert_eq!(
        line(&at(&site.node, "acl").origin),
        line_of(child, "acl    = var.acl")
    );
    assert_eq!(site.call_chain.len(), 1);
    assert_eq!(line(&site.call_chain[0]), 1);
    assert_eq!(site.prefix, "module.site.");
    let b = raw(&ev, r#"module.each["b"].aws_s3_bucket.this"#);
    assert_eq!(s(at(&b.node, "bucket")), "each-b");
    assert_eq!(s(at(&b.node, "acl")), "private");
    let p = raw(&ev, "aws_s3_bucket_policy.p");
    // An output that refers to a resource is unknown, with the resource's address.
    assert_eq!(
        at(&p.node, "bucket").refs(),
        vec!["module.site.aws_s3_bucket.this".to_string()]
    );
    assert_eq!(s(at(&p.node, "policy")), "arn:aws:s3:::each-b");
    assert!(ev.called.iter().any(|c| c.ends_with("modules/bucket")));
}

#[test]
fn null_inputs_and_optional_object_attributes() {
    let root = r#"module "m" {
  source   = "./m"
  nullable = null
  strict   = null
  rules    = [{ port = 22 }, { port = 80, cidr = "10.0.0.0/8" }]
}
"#;
    let child = r#"variable "nullable" {
  default = "d"
}
variable "strict" {
  default  = "d"
  nullable = false
}
variable "rules" {
  type = list(object({
    port = number
    cidr = optional(string, "0.0.0.0/0")
  }))
}
resource "null_resource" "r" {
  triggers = {
    nullable = var.nullable == null ? "was null" : var.nullable
    strict   = var.strict
    cidr0    = var.rules[0].cidr
    cidr1    = var.rules[1].cidr
  }
}
"#;
    let fx = Fixture::new(&[("main.tf", root), ("m/main.tf", child)]);
    let ev = fx.eval("");
    let t = at(&raw(&ev, "module.m.null_resource.r").node, "triggers");
    assert_eq!(s(at(t, "nullable")), "was null");
    assert_eq!(s(at(t, "strict")), "d");
    assert_eq!(s(at(t, "cidr0")), "0.0.0.0/0");
    assert_eq!(s(at(t, "cidr1")), "10.0.0.0/8");
}

#[test]
fn a_module_with_unknown_instances_has_unknown_outputs() {
    let root = r#"variable "n" {}
module "m" {
  source = "./m"
  count  = var.n
}
resource "null_resource" "r" {
  triggers = { out = module.m[0].out }
}
"#;
    let fx = Fixture::new(&[
        ("main.tf", root),
        (
            "m/main.tf",
            "output \"out\" { value = \"constant\" }\nresource \"null_resource\" \"x\" {}\n",
        ),
    ]);
    let ev = fx.eval("");
    // One representative instance is evaluated for its resources...
    assert!(addresses(&ev).contains(&"module.m.null_resource.x".to_string()));
    // ... but which instances exist is not known, so neither is `module.m[0]`.
    assert!(at(&raw(&ev, "null_resource.r").node, "triggers.out").is_unknown());
}

#[test]
fn remote_modules_are_read_from_modules_json() {
    let root = r#"module "remote" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"
  bucket  = "from-registry"
}
module "missing" {
  source = "git::https://example.com/x.git"
}
"#;
    let remote = r#"variable "bucket" {}
module "inner" {
  source = "./modules/inner"
  name   = "${var.bucket}-inner"
}
resource "aws_s3_bucket" "this" {
  bucket = var.bucket
}
"#;
    let inner =
        "variable \"name\" {}\nresource \"aws_s3_bucket\" \"i\" {\n  bucket = var.name\n}\n";
    let modules_json = r#"{"Modules":[
  {"Key":"","Source":"","Dir":"."},
  {"Key":"remote","Source":"registry.terraform.io/terraform-aws-modules/s3-bucket/aws","Version":"4.1.0","Dir":".terraform/modules/remote"},
  {"Key":"remote.inner","Source":"./modules/inner","Dir":".terraform/modules/remote/modules/inner"}
]}"#;
    let fx = Fixture::new(&[
        ("main.tf", root),
        (".terraform/modules/modules.json", modules_json),
        (".terraform/modules/remote/main.tf", remote),
        (".terraform/modules/remote/modules/inner/main.tf", inner),
    ]);
    let ev = fx.eval("");
    let r = raw(&ev, "module.remote.aws_s3_bucket.this");
    assert_eq!(s(at(&r.node, "bucket")), "from-registry");
    assert_eq!(file(&r.origin), ".terraform/modules/remote/main.tf");
    assert_eq!(line(&r.origin), 6);
    let i = raw(&ev, "module.remote.module.inner.aws_s3_bucket.i");
    assert_eq!(s(at(&i.node, "bucket")), "from-registry-inner");
    assert_eq!(i.call_chain.len(), 2);
    // A module that `terraform init` did not fetch is a warning, never an error.
    let d: Vec<_> = ev
        .diagnostics
        .iter()
        .map(|d| (d.level, d.code.as_str()))
        .collect();
    assert_eq!(
        d,
        [(
            parapet_model::DiagnosticLevel::Warning,
            "module-not-resolved"
        )]
    );
    assert_eq!(ev.diagnostics[0].line(), 6);
}

#[test]
fn data_sources_other_than_policy_documents_stay_unknown() {
    let main = r#"data "aws_caller_identity" "me" {}
resource "aws_s3_bucket" "b" {
  bucket = "b-${data.aws_caller_identity.me.account_id}"
}
"#;
    let fx = Fixture::new(&[("main.tf", main)]);
    let ev = fx.eval("");
    let b = at(&raw(&ev, "aws_s3_bucket.b").node, "bucket");
    assert!(b.is_unknown());
    assert_eq!(b.refs(), vec!["data.aws_caller_identity.me".to_string()]);
    assert!(matches!(b.v, Dyn::Unknown(_)));
}

#[test]
fn paths_and_the_order_of_map_iteration() {
    let root = r#"module "m" {
  source = "./modules/m"
}
resource "null_resource" "r" {
  triggers = {
    module = path.module
    root   = path.root
    cwd    = basename(path.cwd)
    keys   = join(",", [for k, v in { b = 1, a = 2, c = 3 } : k])
    each   = "%{for k, v in { y = 1, x = 2 }}${k}%{endfor}"
  }
}
resource "aws_s3_bucket" "s" {
  for_each = toset(["b", "a", "b"])
}
"#;
    let child = "resource \"null_resource\" \"c\" {\n  triggers = { module = path.module }\n}\n";
    let fx = Fixture::new(&[("proj/main.tf", root), ("proj/modules/m/main.tf", child)]);
    let ev = fx.eval("proj");
    let t = at(&raw(&ev, "null_resource.r").node, "triggers");
    assert_eq!(s(at(t, "module")), ".");
    assert_eq!(s(at(t, "root")), ".");
    assert_eq!(s(at(t, "cwd")), "proj");
    assert_eq!(s(at(t, "keys")), "a,b,c");
    assert_eq!(s(at(t, "each")), "xy");
    let c = raw(&ev, "module.m.null_resource.c");
    assert_eq!(s(at(&c.node, "triggers.module")), "modules/m");
    let sets: Vec<String> = addresses(&ev)
        .into_iter()
        .filter(|a| a.starts_with("aws_s3_bucket.s"))
        .collect();
    assert_eq!(sets, [r#"aws_s3_bucket.s["a"]"#, r#"aws_s3_bucket.s["b"]"#]);
}

#[test]
fn override_files_merge_into_the_blocks_they_name() {
    let main = r#"variable "acl" {
  default = "private"
}
locals {
  name = "main"
}
resource "aws_s3_bucket" "b" {
  bucket = local.name
  acl    = var.acl
  versioning {
    enabled = false
  }
  logging {
    target_bucket = "logs"
  }
}
output "o" {
  value = "main"
}
"#;
    let over = r#"variable "acl" {
  default = "public-read"
}
locals {
  name = "overridden"
}
resource "aws_s3_bucket" "b" {
  count = 2
  versioning {
    enabled = true
  }
}
"#;
    let fx = Fixture::new(&[("main.tf", main), ("x_override.tf", over)]);
    let ev = fx.eval("");
    // The override declares nothing new: it changes the block it names.
    assert_eq!(addresses(&ev), ["aws_s3_bucket.b[0]", "aws_s3_bucket.b[1]"]);
    let b = raw(&ev, "aws_s3_bucket.b[1]");
    assert_eq!(s(at(&b.node, "bucket")), "overridden");
    assert_eq!(s(at(&b.node, "acl")), "public-read");
    // A nested block of the override replaces the original's blocks of that type.
    assert_eq!(at(&b.node, "versioning").as_list().unwrap().len(), 1);
    assert_eq!(at(&b.node, "versioning.0.enabled").v, Dyn::Bool(true));
    assert_eq!(
        file(&at(&b.node, "versioning.0.enabled").origin),
        "x_override.tf"
    );
    assert_eq!(s(at(&b.node, "logging.0.target_bucket")), "logs");
    assert_eq!(file(&b.origin), "main.tf");
    let parapet_terraform::val::Val::Map(outputs) = &ev.outputs else {
        panic!()
    };
    assert_eq!(
        outputs.get("o"),
        Some(&parapet_terraform::val::Val::Str("main".into()))
    );
}
