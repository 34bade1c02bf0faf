//! Project tasks: `cargo xtask new-rule <provider> <service> <name>`, `cargo xtask docs`
//! (regenerate docs/rules and the config schema), `cargo xtask docs --check` (fail if stale).

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("new-rule") => {
            let [_, provider, service, name] = args.as_slice() else {
                bail!("usage: cargo xtask new-rule <provider> <service> <name>");
            };
            new_rule(provider, service, name)
        }
        Some("docs") => docs(args.iter().any(|a| a == "--check")),
        Some("gen-corpus") => {
            let out = args.get(1).map(PathBuf::from).unwrap_or_else(|| root().join("target/bench-corpus"));
            let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(2000);
            gen_corpus(&out, n)
        }
        Some("gen-module") => {
            let out = args.get(1).map(PathBuf::from).unwrap_or_else(|| root().join("target/bench-module"));
            let lines: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1000);
            gen_module(&out, lines)
        }
        _ => bail!("usage: cargo xtask new-rule <provider> <service> <name> | docs [--check] | gen-corpus [DIR] [N] | gen-module [DIR] [LINES]"),
    }
}

/// The generated files: path relative to the root → contents.
fn generated() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let cat = parapet_rules::catalogue();
    for e in cat {
        out.push((
            PathBuf::from("docs/rules").join(parapet_rules::docs::page_name(&e.meta.id)),
            parapet_rules::docs::render(e),
        ));
    }
    out.push((
        PathBuf::from("docs/rules/README.md"),
        parapet_rules::docs::render_index(cat),
    ));
    out.push((
        PathBuf::from("docs/parapet.schema.json"),
        parapet_engine::config::Config::json_schema(),
    ));
    out
}

fn docs(check: bool) -> Result<()> {
    let root = root();
    let files = generated();
    let mut stale = Vec::new();
    for (rel, text) in &files {
        let path = root.join(rel);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != *text {
            if check {
                stale.push(rel.display().to_string());
            } else {
                std::fs::create_dir_all(path.parent().unwrap())?;
                std::fs::write(&path, text)?;
            }
        }
    }
    // Pages of rules that no longer exist.
    let keep: Vec<PathBuf> = files.iter().map(|(p, _)| root.join(p)).collect();
    if let Ok(rd) = std::fs::read_dir(root.join("docs/rules")) {
        for e in rd.flatten() {
            if !keep.contains(&e.path()) {
                if check {
                    stale.push(e.path().display().to_string());
                } else {
                    std::fs::remove_file(e.path())?;
                }
            }
        }
    }
    if !stale.is_empty() {
        bail!(
            "generated docs are stale, run `cargo xtask docs`:\n  {}",
            stale.join("\n  ")
        );
    }
    Ok(())
}

fn next_id(provider: &str, service: &str) -> String {
    let prefix = format!("{}-{}-", provider.to_uppercase(), service.to_uppercase());
    let n = parapet_rules::catalogue()
        .iter()
        .filter_map(|e| e.meta.id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{:03}", n + 1)
}

fn new_rule(provider: &str, service: &str, name: &str) -> Result<()> {
    if !name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        bail!("the name must be kebab-case and name the bad pattern, e.g. s3-bucket-versioning-disabled");
    }
    let root = root();
    let dir = root.join("rules").join(provider).join(service).join(name);
    if dir.exists() {
        bail!("{} exists", dir.display());
    }
    let id = next_id(provider, service);
    let module = name.replace('-', "_");
    let formats: &[&str] = if provider == "kubernetes" {
        &["kubernetes"]
    } else {
        &["terraform", "cloudformation"]
    };
    std::fs::create_dir_all(&dir)?;
    let mut yaml = format!(
        "id: {id}\nname: {name}\ntitle: TODO one line naming the bad pattern\nseverity: medium\ntarget: TODO model type, e.g. aws::s3::Bucket\nformats: [{}]\ndescription: |\n  TODO what the rule finds.\nrationale: |\n  TODO why it matters.\nremediation:\n  summary: TODO one line.\n  snippets:\n",
        formats.join(", ")
    );
    for f in formats {
        yaml.push_str(&format!("    {f}: |\n      TODO\n"));
        let fdir = dir.join(f);
        std::fs::create_dir_all(&fdir)?;
        for file in parapet_rules::meta::fixture_names(f) {
            let marker = if file.starts_with("bad") {
                format!("  # expect: {id}\n")
            } else {
                String::new()
            };
            std::fs::write(
                fdir.join(file),
                format!(
                    "# TODO: {} fixture for {id}\n{marker}",
                    &file[..file.find('.').unwrap_or(0)]
                ),
            )?;
        }
    }
    yaml.push_str("compliance: {}\nreferences: []\n");
    std::fs::write(dir.join("rule.yaml"), yaml)?;

    // The Rust file, its module line, and the registry line.
    let src = root
        .join("crates/parapet-rules/src/checks")
        .join(provider)
        .join(service);
    std::fs::create_dir_all(&src)?;
    std::fs::write(
        src.join(format!("{module}.rs")),
        format!(
            "//! {id}: TODO\n\nuse crate::{{Check, Ctx, Outcomes}};\n\npub struct Rule;\n\nimpl Check for Rule {{\n    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {{\n        let _ = (ctx, out);\n        todo!(\"{id}\")\n    }}\n}}\n"
        ),
    )?;
    add_mod_line(&src.join("mod.rs"), &module)?;
    add_mod_line(&src.parent().unwrap().join("mod.rs"), service)?;
    add_mod_line(
        &root.join("crates/parapet-rules/src/checks/mod.rs"),
        provider,
    )?;
    let reg = root.join("crates/parapet-rules/src/registry.rs");
    let text = std::fs::read_to_string(&reg)?;
    let line = format!("    (\"{id}\", &checks::{provider}::{service}::{module}::Rule),\n");
    let text = text.replacen(
        "    // new rules above this line",
        &format!("{line}    // new rules above this line"),
        1,
    );
    std::fs::write(&reg, text).context("registry")?;
    println!("created {id} in {}\nfill in rule.yaml, the fixtures and crates/parapet-rules/src/checks/{provider}/{service}/{module}.rs", dir.display());
    Ok(())
}

fn add_mod_line(file: &Path, module: &str) -> Result<()> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let line = format!("pub mod {module};");
    if text.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let mut lines: Vec<&str> = text.lines().collect();
    lines.push(&line);
    let (mods, other): (Vec<&str>, Vec<&str>) =
        lines.into_iter().partition(|l| l.starts_with("pub mod "));
    let mut mods = mods;
    mods.sort();
    let mut out = other.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&mods.join("\n"));
    out.push('\n');
    std::fs::write(file, out)?;
    Ok(())
}

/// A synthetic corpus for benchmarks: `n` Terraform root modules (variables, locals,
/// `for_each`, `dynamic` blocks, a call to a shared local module), `n` CloudFormation templates
/// (parameters, conditions, intrinsics) and `n` Kubernetes manifest files. With n = 2000 that is
/// 10,000 files.
fn gen_corpus(out: &Path, n: usize) -> Result<()> {
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    let shared = out.join("terraform/modules/bucket");
    std::fs::create_dir_all(&shared)?;
    std::fs::write(
        shared.join("main.tf"),
        "variable \"name\" {\n  type = string\n}\n\nvariable \"public\" {\n  type    = bool\n  default = false\n}\n\nresource \"aws_s3_bucket\" \"this\" {\n  bucket = var.name\n}\n\nresource \"aws_s3_bucket_public_access_block\" \"this\" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  block_public_policy     = !var.public\n  ignore_public_acls      = true\n  restrict_public_buckets = !var.public\n}\n\noutput \"arn\" {\n  value = aws_s3_bucket.this.arn\n}\n",
    )?;
    for i in 0..n {
        let dir = out.join(format!("terraform/stack{i:05}"));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(
            dir.join("variables.tf"),
            format!(
                "variable \"env\" {{\n  default = \"env{i}\"\n}}\n\nvariable \"buckets\" {{\n  default = {{\n    logs = {{ public = false }}\n    site = {{ public = {} }}\n    data = {{ public = false }}\n  }}\n}}\n\nvariable \"admin_cidrs\" {{\n  default = [\"10.{}.0.0/16\", \"{}\"]\n}}\n",
                i % 7 == 0,
                i % 250,
                if i % 11 == 0 { "0.0.0.0/0" } else { "192.168.0.0/24" }
            ),
        )?;
        std::fs::write(
            dir.join("main.tf"),
            "locals {\n  prefix = \"${var.env}-app\"\n  ports  = [22, 443, 8080]\n  tags   = { env = var.env, owner = \"platform\" }\n}\n\nmodule \"bucket\" {\n  source   = \"../modules/bucket\"\n  for_each = var.buckets\n  name     = \"${local.prefix}-${each.key}\"\n  public   = each.value.public\n}\n\nresource \"aws_security_group\" \"app\" {\n  name        = \"${local.prefix}-sg\"\n  description = \"app\"\n  tags        = local.tags\n\n  dynamic \"ingress\" {\n    for_each = local.ports\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = \"tcp\"\n      cidr_blocks = ingress.value == 22 ? var.admin_cidrs : [\"0.0.0.0/0\"]\n    }\n  }\n}\n",
        )?;
        std::fs::write(
            dir.join("outputs.tf"),
            "output \"bucket_arns\" {\n  value = { for k, b in module.bucket : k => b.arn }\n}\n\noutput \"sg\" {\n  value = aws_security_group.app.id\n}\n",
        )?;
        let cfn = out.join(format!("cloudformation/stack{i:05}.yaml"));
        std::fs::create_dir_all(cfn.parent().unwrap())?;
        std::fs::write(
            cfn,
            format!(
                "AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n  Env:\n    Type: String\n    Default: env{i}\n  SshSource:\n    Type: String\n    Default: {}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nMappings:\n  Sizes:\n    env{i}:\n      Retention: 7\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \"${{Env}}-logs\"\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: !If [IsProd, aws:kms, AES256]\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  Site:\n    Type: AWS::S3::Bucket\n  Admin:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: !Join [\" \", [admin, !Ref Env]]\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: !Ref SshSource\n  LogsPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Logs\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: \"*\"\n            Action: \"s3:*\"\n            Resource: !Sub \"${{Logs.Arn}}/*\"\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n",
                if i % 13 == 0 { "0.0.0.0/0" } else { "10.0.0.0/8" }
            ),
        )?;
        let k8s = out.join(format!("kubernetes/app{i:05}.yaml"));
        std::fs::create_dir_all(k8s.parent().unwrap())?;
        std::fs::write(
            k8s,
            format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app{i}\n  namespace: team{}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app{i}\n  template:\n    metadata:\n      labels:\n        app: app{i}\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n      containers:\n        - name: app\n          image: registry.example.com/app:{}\n          ports:\n            - containerPort: 8080\n          resources:\n            limits:\n              cpu: 500m\n              memory: 256Mi\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            privileged: {}\n            capabilities:\n              drop: [ALL]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app{i}\n  namespace: team{}\nspec:\n  type: {}\n  selector:\n    app: app{i}\n  ports:\n    - port: 80\n      targetPort: 8080\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app{i}-config\n  namespace: team{}\ndata:\n  LOG_LEVEL: info\n",
                i % 20,
                if i % 9 == 0 { "latest" } else { "1.4.2" },
                i % 17 == 0,
                i % 20,
                if i % 5 == 0 { "LoadBalancer" } else { "ClusterIP" },
                i % 20
            ),
        )?;
    }
    println!("generated {} files in {}", 3 * n + n + n + 1, out.display());
    Ok(())
}

/// One Terraform module of about `lines` lines (the editor benchmark's input).
fn gen_module(out: &Path, lines: usize) -> Result<()> {
    std::fs::create_dir_all(out)?;
    std::fs::write(
        out.join("variables.tf"),
        "variable \"cidrs\" {\n  default = [\"10.0.0.0/8\"]\n}\n",
    )?;
    let mut s = String::new();
    let mut i = 0;
    while s.lines().count() < lines {
        s.push_str(&format!(
            "resource \"aws_security_group\" \"g{i}\" {{\n  name        = \"g{i}\"\n  description = \"group {i}\"\n  ingress {{\n    from_port   = {}\n    to_port     = {}\n    protocol    = \"tcp\"\n    cidr_blocks = var.cidrs\n  }}\n}}\n\nresource \"aws_s3_bucket\" \"b{i}\" {{\n  bucket = \"bucket-{i}\"\n}}\n\n",
            20 + i % 10,
            22 + i % 10
        ));
        i += 1;
    }
    std::fs::write(out.join("main.tf"), s)?;
    println!("generated a {lines}-line module in {}", out.display());
    Ok(())
}
