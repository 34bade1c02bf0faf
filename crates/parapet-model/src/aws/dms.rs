//! `aws::dms::ReplicationInstance` (`aws_dms_replication_instance`,
//! `AWS::DMS::ReplicationInstance`) and `aws::dms::Endpoint` (`aws_dms_endpoint`,
//! `AWS::DMS::Endpoint`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A DMS replication instance.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReplicationInstance {
    pub identifier: Value<Option<String>>,
    /// Whether the instance has a public IP address (`publicly_accessible`,
    /// `PubliclyAccessible`). The Terraform provider sends false when it is not written; the
    /// DMS API (and so CloudFormation) defaults to true.
    pub publicly_accessible: Value<bool>,
    /// Whether minor engine upgrades are applied in the maintenance window
    /// (`auto_minor_version_upgrade`, `AutoMinorVersionUpgrade`). The Terraform provider sends
    /// false when it is not written; the DMS API (and so CloudFormation) defaults to true.
    pub auto_minor_version_upgrade: Value<bool>,
}

/// A DMS source or target endpoint.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Endpoint {
    pub identifier: Value<Option<String>>,
    /// The engine (`engine_name`, `EngineName`): `mysql`, `postgres`, `s3`, `kinesis` ...
    pub engine: Value<Option<String>>,
    /// The TLS mode of the connection (`ssl_mode`, `SslMode`): `none` (the default),
    /// `require`, `verify-ca` or `verify-full`.
    pub ssl_mode: Value<String>,
}

/// Whether an endpoint engine connects to a database over a connection whose TLS is governed
/// by `ssl_mode` (the AWS-API engines — S3, DynamoDB, Kinesis, OpenSearch, Neptune, Redshift
/// Serverless targets over HTTPS — and Kafka have their own settings).
pub fn engine_uses_ssl_mode(engine: &str) -> bool {
    matches!(
        engine.to_ascii_lowercase().as_str(),
        "mysql"
            | "mariadb"
            | "aurora"
            | "aurora-postgresql"
            | "postgres"
            | "oracle"
            | "sqlserver"
            | "sybase"
            | "db2"
            | "db2-zos"
            | "redshift"
            | "mongodb"
            | "docdb"
            | "azuredb"
            | "azure-sql-managed-instance"
            | "babelfish"
            | "redis"
            | "aurora-serverless"
            | "aurora-postgresql-serverless"
            | "redshift-serverless"
    )
}
