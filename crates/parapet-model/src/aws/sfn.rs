//! `aws::sfn::StateMachine` (`aws_sfn_state_machine`, `AWS::StepFunctions::StateMachine`,
//! `AWS::Serverless::StateMachine`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StateMachine {
    pub name: Value<Option<String>>,
    /// Execution history logging to CloudWatch Logs: `OFF` (the default), `ERROR`, `FATAL`
    /// or `ALL` (`logging_configuration.level`, `LoggingConfiguration.Level`, SAM
    /// `Logging.Level`).
    pub log_level: Value<String>,
    /// X-Ray tracing (`tracing_configuration.enabled`, `TracingConfiguration.Enabled`, SAM
    /// `Tracing.Enabled`); off unless written.
    pub tracing: Value<bool>,
}
