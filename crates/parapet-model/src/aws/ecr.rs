//! `aws::ecr::Repository` (`aws_ecr_repository` + `aws_ecr_repository_policy`,
//! `AWS::ECR::Repository`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Repository {
    pub name: Value<Option<String>>,
    /// Basic scanning on push (`image_scanning_configuration.scan_on_push`,
    /// `ImageScanningConfiguration.ScanOnPush`); off unless written. A registry-level scanning
    /// configuration (enhanced scanning) overrides it and is not part of this resource.
    pub scan_on_push: Value<bool>,
    /// `MUTABLE` (the default), `IMMUTABLE`, or the `*_WITH_EXCLUSION` variants.
    pub image_tag_mutability: Value<String>,
    /// The repository policy (`aws_ecr_repository_policy`, `RepositoryPolicyText`);
    /// `Defaulted(None)` when there is none.
    pub policy: Value<Option<PolicyDocument>>,
    /// `AES256` (the default: keys owned by ECR) or `KMS` / `KMS_DSSE`.
    pub encryption_type: Value<String>,
}
