//! DAX clusters, EFS access points, AWS Backup vaults and Glacier vaults → their model types, and the join of
//! `AWS::SecretsManager::ResourcePolicy` into the secret it governs.

use super::aws_common::{present, prop};
use super::aws_iam::document;
use super::aws_nested::{bool_at, string_at, walk, Walk};
use super::target_of;
use crate::eval::{Ctx, Evaluated};
use parapet_model::aws::backup::Vault as BackupVault;
use parapet_model::aws::dynamodb::DaxCluster;
use parapet_model::aws::efs::AccessPoint;
use parapet_model::aws::glacier::Vault as GlacierVault;
use parapet_model::{conv, Config, Dyn, Value};

pub(crate) fn config(ev: &Evaluated) -> Option<Config> {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Some(match ev.ty.as_str() {
        "AWS::DAX::Cluster" => Config::DaxCluster(Box::new(DaxCluster {
            name: conv::opt_string(g("ClusterName").as_ref(), o),
            encrypted_at_rest: bool_at(p, &["SSESpecification"], "SSEEnabled", false, o),
            endpoint_encryption: conv::string(
                g("ClusterEndpointEncryptionType").as_ref(),
                "NONE",
                o,
            ),
        })),
        "AWS::EFS::AccessPoint" => Config::EfsAccessPoint(Box::new(AccessPoint {
            root_directory: string_at(p, &["RootDirectory"], "Path", "/", o),
            posix_user: match walk(p, &["PosixUser"], o) {
                Walk::Found(b) => Value::explicit(true, b.origin.clone()),
                Walk::Missing(origin) => Value::defaulted(false, origin),
                Walk::Unknown(r, origin) => Value::unknown(r, origin),
            },
        })),
        "AWS::Backup::BackupVault" => Config::BackupVault(Box::new(BackupVault {
            name: conv::opt_string(g("BackupVaultName").as_ref(), o),
            kms_key_arn: present(p, "EncryptionKeyArn", o),
            policy: document(g("AccessPolicy"), o),
            lock: match g("LockConfiguration").filter(|x| !x.is_null()) {
                None => Value::defaulted(false, o.clone()),
                Some(x) => match &x.v {
                    Dyn::Unknown(u) if u.reason.contains("may be absent") => {
                        Value::unknown(u.reason.clone(), x.origin.clone())
                    }
                    _ => Value::explicit(true, x.origin.clone()),
                },
            },
        })),
        "AWS::Glacier::Vault" => Config::GlacierVault(Box::new(GlacierVault {
            name: conv::opt_string(g("VaultName").as_ref(), o),
            policy: document(g("AccessPolicy"), o),
        })),
        _ => return None,
    })
}

/// Joins `AWS::SecretsManager::ResourcePolicy` into the secret it governs.
pub(crate) fn join(ctx: &mut Ctx<'_>, evs: &[Evaluated], configs: &mut [Config]) {
    for (i, ev) in evs.iter().enumerate() {
        if ev.ty != "AWS::SecretsManager::ResourcePolicy" {
            continue;
        }
        let Some(t) = target_of(
            ctx,
            evs,
            ev,
            &["SecretId"],
            "AWS::SecretsManager::Secret",
            "Name",
        ) else {
            continue;
        };
        let Some(holds) = super::attach(ctx, evs, i, t) else {
            continue;
        };
        if let Config::SecretsManagerSecret(s) = &mut configs[t] {
            s.block_public_policy = conv::bool(
                prop(&ev.props, "BlockPublicPolicy").as_ref(),
                false,
                &ev.origin,
            );
            s.policy = super::when_attached(&holds, "the resource policy", ev, || {
                document(prop(&ev.props, "ResourcePolicy"), &ev.origin)
            });
        }
    }
}
