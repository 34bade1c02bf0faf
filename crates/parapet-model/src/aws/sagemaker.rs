//! `aws::sagemaker::NotebookInstance` (`aws_sagemaker_notebook_instance`,
//! `AWS::SageMaker::NotebookInstance`), `aws::sagemaker::Model` and
//! `aws::sagemaker::EndpointConfig`.

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A SageMaker notebook instance.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NotebookInstance {
    pub name: Value<Option<String>>,
    /// `Enabled` (the default) or `Disabled` (`direct_internet_access`,
    /// `DirectInternetAccess`): whether SageMaker gives the instance its own route to the
    /// internet, outside the customer's VPC.
    pub direct_internet_access: Value<String>,
    /// `Enabled` (the default) or `Disabled` (`root_access`, `RootAccess`): whether notebook
    /// users can become root on the instance.
    pub root_access: Value<String>,
    /// The KMS key encrypting the instance's storage volume (`kms_key_id`, `KmsKeyId`);
    /// `None`: an AWS managed key.
    pub kms_key_id: Value<Option<String>>,
}

/// A model (`aws_sagemaker_model`, `AWS::SageMaker::Model`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Model {
    pub name: Value<Option<String>>,
    /// Whether the model's containers run without network access (`enable_network_isolation`,
    /// `EnableNetworkIsolation`); off unless written.
    pub network_isolation: Value<bool>,
}

/// An endpoint configuration (`aws_sagemaker_endpoint_configuration`,
/// `AWS::SageMaker::EndpointConfig`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EndpointConfig {
    pub name: Value<Option<String>>,
    /// The KMS key encrypting the storage volumes of the endpoint's instances (`kms_key_arn`,
    /// `KmsKeyId`); `None`: an AWS managed key.
    pub kms_key_id: Value<Option<String>>,
}
