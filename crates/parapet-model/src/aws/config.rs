//! `aws::config::Recorder` (`aws_config_configuration_recorder`,
//! `AWS::Config::ConfigurationRecorder`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Recorder {
    pub name: Value<Option<String>>,
    /// Records every supported resource type (`recording_group.all_supported`,
    /// `RecordingGroup.AllSupported`). Without a recording group, AWS Config records all
    /// supported types; a written recording group without the setting does not (it names
    /// types or exclusions instead).
    pub all_supported: Value<bool>,
    /// Whether global resource types (IAM users, roles, groups, policies) are recorded too
    /// (`recording_group.include_global_resource_types`,
    /// `RecordingGroup.IncludeGlobalResourceTypes`); false unless written.
    pub include_global_resources: Value<bool>,
}
