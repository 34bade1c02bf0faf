//! `aws::batch::JobDefinition` (`aws_batch_job_definition`, `AWS::Batch::JobDefinition`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A Batch job definition.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct JobDefinition {
    pub name: Value<Option<String>>,
    /// `container` or `multinode` (`type`, `Type`; required).
    pub job_type: Value<Option<String>>,
    /// Whether the job's container runs privileged (`container_properties` JSON
    /// `privileged`, `ContainerProperties.Privileged`); false unless written, and false when
    /// the definition has no container properties.
    pub privileged: Value<bool>,
}
