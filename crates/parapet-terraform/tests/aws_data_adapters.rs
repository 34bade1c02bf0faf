//! The adapters of EFS, AWS Backup, Secrets Manager, CodeBuild and Athena: joins of split-out
//! resources, documented defaults and provenance.

mod common;

use common::*;
use parapet_model::{Config, EdgeKind, State, Unit, Value};

fn load(main: &str) -> Unit {
    let fx = Fixture::new(&[("main.tf", main)]);
    parapet_terraform::load_root(fx.root(), &fx.opts())
}

fn index(u: &Unit, address: &str) -> usize {
    u.resources
        .iter()
        .position(|r| r.address == address)
        .unwrap_or_else(|| panic!("no resource {address}"))
}

fn attaches(u: &Unit, from: &str, to: &str) -> bool {
    let (f, t) = (index(u, from), index(u, to));
    u.edges
        .iter()
        .any(|e| e.from == f && e.to == t && e.kind == EdgeKind::Attaches)
}

fn defaulted<T: PartialEq + std::fmt::Debug>(v: &Value<T>, want: T) -> bool {
    matches!(&v.state, State::Defaulted(x) if *x == want)
}

fn explicit<T: PartialEq + std::fmt::Debug>(v: &Value<T>, want: T) -> bool {
    matches!(&v.state, State::Explicit(x) if *x == want)
}

const JOINS: &str = r#"resource "aws_efs_file_system" "shared" {
  encrypted = true
}

resource "aws_efs_backup_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "elasticfilesystem:ClientMount", Resource = "*" }]
  })
}

resource "aws_efs_file_system" "plain" {
  encrypted = true
}

resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault_lock_configuration" "main" {
  backup_vault_name  = aws_backup_vault.main.name
  min_retention_days = 7
}

resource "aws_backup_vault" "open" {
  name = "open"
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = "hunter22-prod"
}

resource "aws_secretsmanager_secret_version" "external" {
  secret_id     = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:external"
  secret_string = "s3cr3t"
}
"#;

#[test]
fn split_out_resources_join_their_targets() {
    let u = load(JOINS);
    let rs = &u.resources;
    let Config::EfsFileSystem(f) = &resource(rs, "aws_efs_file_system.shared").config else {
        panic!("not a file system")
    };
    assert!(explicit(&f.backup, true));
    assert_eq!(
        line(&f.backup.origin),
        line_of(JOINS, "status = \"ENABLED\"")
    );
    assert!(f.policy.get().is_some_and(|p| p.is_some()));
    assert!(attaches(
        &u,
        "aws_efs_backup_policy.shared",
        "aws_efs_file_system.shared"
    ));
    assert!(attaches(
        &u,
        "aws_efs_file_system_policy.shared",
        "aws_efs_file_system.shared"
    ));
    let Config::EfsFileSystem(p) = &resource(rs, "aws_efs_file_system.plain").config else {
        panic!("not a file system")
    };
    assert!(defaulted(&p.backup, false));
    assert!(defaulted(&p.policy, None));
    assert_eq!(
        line(&p.backup.origin),
        line_of(JOINS, "\"aws_efs_file_system\" \"plain\"")
    );

    let Config::BackupVault(v) = &resource(rs, "aws_backup_vault.main").config else {
        panic!("not a vault")
    };
    assert!(explicit(&v.lock, true));
    assert!(defaulted(&v.kms_key_arn, None));
    let Config::BackupVault(o) = &resource(rs, "aws_backup_vault.open").config else {
        panic!("not a vault")
    };
    assert!(defaulted(&o.lock, false));

    let Config::SecretsManagerSecret(s) = &resource(rs, "aws_secretsmanager_secret.db").config
    else {
        panic!("not a secret")
    };
    assert!(explicit(
        &s.secret_string,
        Some("hunter22-prod".to_string())
    ));
    assert!(defaulted(&s.recovery_window_days, 30));
    assert!(attaches(
        &u,
        "aws_secretsmanager_secret_version.db",
        "aws_secretsmanager_secret.db"
    ));
    // A version whose secret is not declared here keeps its value on a secret of its own,
    // whose other settings are unknown.
    let Config::SecretsManagerSecret(x) =
        &resource(rs, "aws_secretsmanager_secret_version.external").config
    else {
        panic!("not a secret")
    };
    assert!(explicit(&x.secret_string, Some("s3cr3t".to_string())));
    assert!(!x.rotation.is_known());
    assert!(!x.kms_key_id.is_known());
}

const DEFAULTS: &str = r#"resource "aws_codebuild_project" "app" {
  name         = "app"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "S3"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "TOKEN"
      value = "abc"
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

resource "aws_athena_workgroup" "plain" {
  name = "plain"
}
"#;

#[test]
fn codebuild_and_athena_take_the_documented_defaults() {
    let u = load(DEFAULTS);
    let rs = &u.resources;
    let Config::CodeBuildProject(p) = &resource(rs, "aws_codebuild_project.app").config else {
        panic!("not a project")
    };
    assert!(defaulted(&p.privileged_mode, false));
    assert_eq!(
        line(&p.privileged_mode.origin),
        line_of(DEFAULTS, "environment {")
    );
    assert!(defaulted(&p.cloudwatch_logs, true));
    assert!(defaulted(&p.s3_logs, false));
    assert!(defaulted(&p.encryption_key, None));
    assert_eq!(p.artifacts.len(), 1);
    assert!(explicit(&p.artifacts[0].artifact_type, "S3".to_string()));
    assert!(defaulted(&p.artifacts[0].encryption_disabled, false));
    let vars = p.env_vars.get().expect("known variables");
    assert_eq!(vars.len(), 1);
    assert!(defaulted(&vars[0].var_type, "PLAINTEXT".to_string()));
    assert_eq!(p.source_locations.len(), 1);
    assert!(defaulted(&p.source_insecure_ssl[0], false));

    let Config::AthenaWorkgroup(w) = &resource(rs, "aws_athena_workgroup.plain").config else {
        panic!("not a workgroup")
    };
    assert!(defaulted(&w.enforce_configuration, true));
    assert!(defaulted(&w.result_encryption, None));
}
