//! `aws::rds::DbInstance` and `aws::rds::DbCluster`.
//!
//! Defaults are the provider's documented defaults. Where a setting is inherited — a read
//! replica from its source, a restore from its snapshot, an Aurora instance from its cluster —
//! a setting that is not written is `Unknown`, not defaulted.

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A DB instance: `aws_db_instance`, `aws_rds_cluster_instance`, `AWS::RDS::DBInstance`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DbInstance {
    pub identifier: Value<Option<String>>,
    /// `mysql`, `postgres`, `aurora-postgresql` ...
    pub engine: Value<Option<String>>,
    /// Set when the instance belongs to an Aurora (or Multi-AZ) DB cluster: storage
    /// encryption, backups, deletion protection, IAM authentication and log exports are then
    /// the cluster's settings, not the instance's.
    pub cluster_identifier: Value<Option<String>>,
    /// Set for a read replica (`replicate_source_db`, `SourceDBInstanceIdentifier`).
    pub replicate_source: Value<Option<String>>,
    pub storage_encrypted: Value<bool>,
    pub kms_key_id: Value<Option<String>>,
    pub publicly_accessible: Value<bool>,
    /// Days; 0 turns automated backups off. The RDS API default is 1.
    pub backup_retention_period: Value<i64>,
    pub deletion_protection: Value<bool>,
    pub iam_database_authentication: Value<bool>,
    pub auto_minor_version_upgrade: Value<bool>,
    pub enabled_cloudwatch_logs_exports: Value<Vec<String>>,
    /// Whether a master password whose value is known is written in the configuration — a
    /// literal, a variable or parameter default, a tfvars value — rather than generated or
    /// fetched at deploy time (`random_password`, Secrets Manager, a `{{resolve:...}}`
    /// dynamic reference, `manage_master_user_password`). The password itself is not kept.
    pub master_password_in_code: Value<bool>,
}

impl DbInstance {
    /// Whether the instance is a member of a DB cluster (`None` when not known).
    pub fn is_cluster_member(&self) -> Option<bool> {
        self.cluster_identifier.get().map(Option::is_some)
    }

    /// Whether the instance is a read replica (`None` when not known).
    pub fn is_replica(&self) -> Option<bool> {
        self.replicate_source.get().map(Option::is_some)
    }
}

/// A DB cluster: `aws_rds_cluster`, `AWS::RDS::DBCluster`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DbCluster {
    pub identifier: Value<Option<String>>,
    pub engine: Value<Option<String>>,
    /// `provisioned` (the default) or `serverless` (Aurora Serverless v1, always encrypted).
    pub engine_mode: Value<String>,
    pub storage_encrypted: Value<bool>,
    pub kms_key_id: Value<Option<String>>,
    pub backup_retention_period: Value<i64>,
    pub deletion_protection: Value<bool>,
    pub iam_database_authentication: Value<bool>,
    pub enabled_cloudwatch_logs_exports: Value<Vec<String>>,
    /// See [`DbInstance::master_password_in_code`].
    pub master_password_in_code: Value<bool>,
}

/// Whether a resolved password value is a dynamic reference that CloudFormation resolves at
/// deploy time (`{{resolve:secretsmanager:...}}`, `{{resolve:ssm-secure:...}}`).
pub fn is_dynamic_reference(s: &str) -> bool {
    s.trim_start().starts_with("{{resolve:")
}

/// Whether an engine supports IAM database authentication (MySQL, MariaDB, PostgreSQL and
/// their Aurora editions).
pub fn engine_supports_iam_auth(engine: &str) -> bool {
    let e = engine.to_ascii_lowercase();
    e == "aurora"
        || e.starts_with("aurora-mysql")
        || e.starts_with("aurora-postgresql")
        || e == "mysql"
        || e == "mariadb"
        || e == "postgres"
}

/// The CloudWatch log types an engine can export, per the RDS documentation.
pub fn exportable_logs(engine: &str) -> &'static [&'static str] {
    let e = engine.to_ascii_lowercase();
    if e.starts_with("aurora-postgresql") || e == "postgres" {
        &["postgresql", "upgrade", "iam-db-auth-error", "instance"]
    } else if e == "aurora" || e.starts_with("aurora-mysql") || e == "mysql" || e == "mariadb" {
        &[
            "audit",
            "error",
            "general",
            "slowquery",
            "iam-db-auth-error",
            "instance",
        ]
    } else if e.starts_with("oracle") {
        &["alert", "audit", "listener", "trace", "oemagent"]
    } else if e.starts_with("sqlserver") {
        &["agent", "error"]
    } else if e.starts_with("db2") {
        &["diag.log", "notify.log"]
    } else {
        &[]
    }
}

/// An RDS Proxy (`aws_db_proxy`, `AWS::RDS::DBProxy`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DbProxy {
    pub name: Value<Option<String>>,
    /// Whether clients must connect to the proxy over TLS (`require_tls`, `RequireTLS`); off
    /// unless written.
    pub require_tls: Value<bool>,
}
