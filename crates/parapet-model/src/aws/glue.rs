//! AWS Glue: `aws::glue::DataCatalogEncryption` (`aws_glue_data_catalog_encryption_settings`,
//! `AWS::Glue::DataCatalogEncryptionSettings`), `aws::glue::SecurityConfiguration`
//! (`aws_glue_security_configuration`, `AWS::Glue::SecurityConfiguration`) and
//! `aws::glue::Connection` (`aws_glue_connection`, `AWS::Glue::Connection`) and `aws::glue::Job`
//! (`aws_glue_job`, `AWS::Glue::Job`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// The encryption settings of an account's Data Catalog in a region.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DataCatalogEncryption {
    /// `encryption_at_rest.catalog_encryption_mode`, `EncryptionAtRest.CatalogEncryptionMode`:
    /// `DISABLED` (the default), `SSE-KMS` or `SSE-KMS-WITH-SERVICE-ROLE`.
    pub catalog_encryption_mode: Value<String>,
    /// Whether connection passwords are returned encrypted
    /// (`connection_password_encryption.return_connection_password_encrypted`,
    /// `ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted`); false unless written.
    pub connection_password_encrypted: Value<bool>,
}

/// A security configuration used by crawlers, jobs and development endpoints.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SecurityConfiguration {
    pub name: Value<Option<String>>,
    /// The encryption of data written to S3 (`s3_encryption.s3_encryption_mode`,
    /// `S3Encryptions[].S3EncryptionMode`): `DISABLED` (the default), `SSE-S3` or `SSE-KMS`.
    pub s3_mode: Value<String>,
    /// The encryption of logs written to CloudWatch
    /// (`cloudwatch_encryption.cloudwatch_encryption_mode`,
    /// `CloudWatchEncryption.CloudWatchEncryptionMode`): `DISABLED` (the default) or `SSE-KMS`.
    pub cloudwatch_mode: Value<String>,
    /// The encryption of job bookmarks
    /// (`job_bookmarks_encryption.job_bookmarks_encryption_mode`,
    /// `JobBookmarksEncryption.JobBookmarksEncryptionMode`): `DISABLED` (the default) or
    /// `CSE-KMS`.
    pub job_bookmarks_mode: Value<String>,
}

/// A Data Catalog connection to a data store.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Connection {
    pub name: Value<Option<String>>,
    /// The `PASSWORD` connection property; `None` when not written (no password, or one taken
    /// from Secrets Manager with `SECRET_ID`).
    pub password: Value<Option<String>>,
}

/// An ETL, streaming or Python shell job.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Job {
    pub name: Value<Option<String>>,
    /// The security configuration the job runs with (`security_configuration`,
    /// `SecurityConfiguration`); `None` when there is none (the default).
    pub security_configuration: Value<Option<String>>,
}
