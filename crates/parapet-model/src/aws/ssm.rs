//! `aws::ssm::Parameter` (`aws_ssm_parameter`, `AWS::SSM::Parameter`) and
//! `aws::ssm::Document` (`aws_ssm_document`, `AWS::SSM::Document`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A Parameter Store parameter.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Parameter {
    /// The parameter's name (a path such as `/prod/db/password`).
    pub name: Value<Option<String>>,
    /// `String`, `StringList` or `SecureString` (`type`, `Type`; required by both formats, and
    /// CloudFormation accepts only `String` and `StringList`).
    pub param_type: Value<String>,
    /// The value as written in the configuration (`value`, `value_wo` or `insecure_value`,
    /// `Value`); unknown when it comes from an unresolved expression.
    pub value: Value<Option<String>>,
}

/// A Systems Manager document (a command, automation or session document).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    pub name: Value<Option<String>>,
    /// The accounts the document is shared with (`permissions.account_ids`, split on
    /// commas); `All` shares it publicly. Empty when not shared (the default; CloudFormation
    /// cannot share a document).
    pub shared_with: Value<Vec<String>>,
}
