//! AWS Backup vaults, Glacier vaults, DAX clusters, EFS access points, and the split-out resources joined into
//! EFS file systems (`aws_efs_file_system_policy`, `aws_efs_backup_policy`), Backup vaults
//! (`aws_backup_vault_policy`, `aws_backup_vault_lock_configuration`) and Secrets Manager
//! secrets (`aws_secretsmanager_secret_policy`, `aws_secretsmanager_secret_version`).

use super::aws_iam::document;
use super::aws_nested::{bool_at, string_at, walk, Walk};
use super::targets;
use crate::module::RawResource;
use parapet_model::aws::backup::Vault as BackupVault;
use parapet_model::aws::dynamodb::DaxCluster;
use parapet_model::aws::efs::{AccessPoint, FileSystem};
use parapet_model::aws::glacier::Vault as GlacierVault;
use parapet_model::aws::secretsmanager::Secret;
use parapet_model::{conv, Config, Edge, EdgeKind, Origin, Resource, Value};

pub(crate) fn config(r: &RawResource) -> Option<Config> {
    let n = &r.node;
    let o = &r.origin;
    Some(match r.rtype.as_str() {
        "aws_backup_vault" => Config::BackupVault(Box::new(BackupVault {
            name: conv::opt_string(n.get("name"), o),
            kms_key_arn: super::aws_common::present(n.get("kms_key_arn"), o),
            policy: Value::defaulted(None, o.clone()),
            lock: Value::defaulted(false, o.clone()),
        })),
        "aws_glacier_vault" => Config::GlacierVault(Box::new(GlacierVault {
            name: conv::opt_string(n.get("name"), o),
            policy: document(n.get("access_policy"), o),
        })),
        "aws_efs_access_point" => Config::EfsAccessPoint(Box::new(AccessPoint {
            root_directory: string_at(n, &["root_directory"], "path", "/", o),
            posix_user: match walk(n, &["posix_user"], o) {
                Walk::Found(b) => Value::explicit(true, b.origin.clone()),
                Walk::Missing(origin) => Value::defaulted(false, origin),
                Walk::Unknown(r, origin) => Value::unknown(r, origin),
            },
        })),
        "aws_dax_cluster" => Config::DaxCluster(Box::new(DaxCluster {
            name: conv::opt_string(n.get("cluster_name"), o),
            encrypted_at_rest: bool_at(n, &["server_side_encryption"], "enabled", false, o),
            endpoint_encryption: conv::string(n.get("cluster_endpoint_encryption_type"), "NONE", o),
        })),
        _ => return None,
    })
}

fn u<T>(why: &str, o: &Origin) -> Value<T> {
    Value::unknown(why, o.clone())
}

/// What a split-out resource whose target is not declared here still says.
fn detached(t: &str, o: &Origin) -> Option<Config> {
    let why = "the resource it configures is not declared in this configuration";
    Some(match t {
        "aws_efs_file_system_policy" | "aws_efs_backup_policy" => {
            Config::EfsFileSystem(Box::new(FileSystem {
                encrypted: u(why, o),
                kms_key_id: u(why, o),
                policy: u(why, o),
                backup: u(why, o),
            }))
        }
        "aws_backup_vault_policy" | "aws_backup_vault_lock_configuration" => {
            Config::BackupVault(Box::new(BackupVault {
                name: u(why, o),
                kms_key_arn: u(why, o),
                policy: u(why, o),
                lock: u(why, o),
            }))
        }
        "aws_secretsmanager_secret_policy" | "aws_secretsmanager_secret_version" => {
            Config::SecretsManagerSecret(Box::new(Secret {
                name: u(why, o),
                rotation: u(why, o),
                rotation_interval_days: u(why, o),
                kms_key_id: u(why, o),
                policy: u(why, o),
                block_public_policy: u(why, o),
                recovery_window_days: u(why, o),
                secret_string: u(why, o),
            }))
        }
        _ => return None,
    })
}

/// Applies a split-out resource to the configuration it belongs to.
fn apply(r: &RawResource, c: &mut Config) {
    let n = &r.node;
    let o = &r.origin;
    match (r.rtype.as_str(), c) {
        ("aws_efs_file_system_policy", Config::EfsFileSystem(f)) => {
            f.policy = document(n.get("policy"), o)
        }
        ("aws_efs_backup_policy", Config::EfsFileSystem(f)) => {
            f.backup = string_at(n, &["backup_policy"], "status", "DISABLED", o)
                .map(|s| s.eq_ignore_ascii_case("ENABLED") || s.eq_ignore_ascii_case("ENABLING"))
        }
        ("aws_backup_vault_policy", Config::BackupVault(v)) => {
            v.policy = document(n.get("policy"), o)
        }
        ("aws_backup_vault_lock_configuration", Config::BackupVault(v)) => {
            v.lock = Value::explicit(true, o.clone())
        }
        ("aws_secretsmanager_secret_policy", Config::SecretsManagerSecret(s)) => {
            s.policy = document(n.get("policy"), o);
            s.block_public_policy = conv::bool(n.get("block_public_policy"), false, o);
        }
        ("aws_secretsmanager_secret_version", Config::SecretsManagerSecret(s)) => {
            let v = n.get("secret_string").or(n.get("secret_string_wo"));
            s.secret_string = conv::opt_string(v, o)
        }
        _ => {}
    }
}

/// Joins the split-out resources of EFS, AWS Backup and Secrets Manager.
pub(crate) fn join(raw: &[RawResource], out: &mut [Resource], edges: &mut Vec<Edge>) {
    let file_systems = super::of_types(raw, &["aws_efs_file_system"]);
    let vaults = super::of_types(raw, &["aws_backup_vault"]);
    let secrets = super::of_types(raw, &["aws_secretsmanager_secret"]);
    for (i, r) in raw.iter().enumerate() {
        let ts = match r.rtype.as_str() {
            "aws_efs_file_system_policy" | "aws_efs_backup_policy" => {
                targets(r, "file_system_id", &file_systems, "id")
            }
            "aws_backup_vault_policy" | "aws_backup_vault_lock_configuration" => {
                targets(r, "backup_vault_name", &vaults, "name")
            }
            "aws_secretsmanager_secret_policy" => targets(r, "secret_arn", &secrets, "arn"),
            "aws_secretsmanager_secret_version" => targets(r, "secret_id", &secrets, "name"),
            _ => continue,
        };
        if ts.is_empty() {
            if let Some(mut c) = detached(&r.rtype, &r.origin) {
                apply(r, &mut c);
                out[i].config = c;
            }
            continue;
        }
        for t in ts {
            apply(r, &mut out[t].config);
            edges.push(Edge {
                from: i,
                to: t,
                kind: EdgeKind::Attaches,
            });
        }
    }
}
