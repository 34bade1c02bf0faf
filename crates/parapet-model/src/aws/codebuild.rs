//! `aws::codebuild::Project` (`aws_codebuild_project`, `AWS::CodeBuild::Project`).

use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Project {
    pub name: Value<Option<String>>,
    /// Who can see the builds (`project_visibility`, `Visibility`): `PRIVATE` (the default) or
    /// `PUBLIC_READ` (build results, logs and artifacts readable by anyone).
    pub visibility: Value<String>,
    /// Whether builds run privileged, with access to the host's devices and a Docker daemon
    /// (`environment.privileged_mode`, `Environment.PrivilegedMode`); off unless written.
    pub privileged_mode: Value<bool>,
    /// The build environment variables (`environment.environment_variable`,
    /// `Environment.EnvironmentVariables`); an unresolved list is unknown as a whole.
    pub env_vars: Value<Vec<EnvVar>>,
    /// The primary and secondary artifacts.
    pub artifacts: Vec<Artifact>,
    /// Whether build logs go to CloudWatch Logs (`logs_config.cloudwatch_logs.status`,
    /// `LogsConfig.CloudWatchLogs.Status`); on unless written.
    pub cloudwatch_logs: Value<bool>,
    /// The locations of the primary and secondary sources (`source.location`,
    /// `secondary_sources.location`, `Source.Location`, `SecondarySources[].Location`).
    pub source_locations: Vec<Value<Option<String>>>,
    /// For the primary and secondary sources, whether TLS errors are ignored when connecting
    /// to the source provider (`insecure_ssl`, `InsecureSsl`); false unless written.
    pub source_insecure_ssl: Vec<Value<bool>>,
    /// Whether build logs go to S3 (`logs_config.s3_logs.status`,
    /// `LogsConfig.S3Logs.Status`); off unless written.
    pub s3_logs: Value<bool>,
    /// Whether the S3 build logs are left unencrypted
    /// (`logs_config.s3_logs.encryption_disabled`, `LogsConfig.S3Logs.EncryptionDisabled`);
    /// false unless written.
    pub s3_logs_encryption_disabled: Value<bool>,
    /// The KMS key for the build output (`encryption_key`, `EncryptionKey`); `None`: the AWS
    /// managed key `aws/s3`.
    pub encryption_key: Value<Option<String>>,
}

/// One build environment variable.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EnvVar {
    pub name: String,
    pub value: Value<Option<String>>,
    /// `PLAINTEXT` (the default), `PARAMETER_STORE` or `SECRETS_MANAGER`.
    pub var_type: Value<String>,
    pub origin: Origin,
}

/// One artifact output of a project.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Artifact {
    /// `S3`, `CODEPIPELINE` or `NO_ARTIFACTS`.
    pub artifact_type: Value<String>,
    /// Whether the artifact is stored unencrypted (`encryption_disabled`,
    /// `EncryptionDisabled`); false unless written.
    pub encryption_disabled: Value<bool>,
    pub origin: Origin,
}
