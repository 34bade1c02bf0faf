//! `aws::s3::Bucket`

use crate::policy::PolicyDocument;
use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bucket {
    pub name: Value<Option<String>>,
    /// Default server-side encryption as declared. `Defaulted(None)` means the configuration
    /// does not declare any: AWS then applies SSE-S3 (since January 2023), which nobody chose
    /// and no key policy governs.
    pub encryption: Value<Option<BucketEncryption>>,
    pub public_access_block: PublicAccessBlock,
    pub versioning: Value<bool>,
    pub mfa_delete: Value<bool>,
    /// Whether server access logging is configured.
    pub logging: Value<bool>,
    /// The canned ACL, when one is set.
    pub acl: Value<Option<String>>,
    pub policy: Value<Option<PolicyDocument>>,
    pub object_lock: Value<bool>,
    /// S3 Object Ownership (`aws_s3_bucket_ownership_controls.rule.object_ownership`,
    /// `OwnershipControls.Rules[].ObjectOwnership`): `BucketOwnerEnforced` (ACLs disabled, the
    /// default for buckets created since April 2023), `BucketOwnerPreferred` or `ObjectWriter`.
    pub object_ownership: Value<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BucketEncryption {
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    pub algorithm: Value<String>,
    pub kms_key_id: Value<Option<String>>,
    pub origin: Origin,
}

/// The bucket-level S3 Block Public Access settings. Buckets created since April 2023 have all
/// four on unless configured otherwise; a written configuration defaults omitted settings to off.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PublicAccessBlock {
    pub block_public_acls: Value<bool>,
    pub block_public_policy: Value<bool>,
    pub ignore_public_acls: Value<bool>,
    pub restrict_public_buckets: Value<bool>,
}

impl PublicAccessBlock {
    pub fn all(&self) -> [(&'static str, &Value<bool>); 4] {
        [
            ("block_public_acls", &self.block_public_acls),
            ("block_public_policy", &self.block_public_policy),
            ("ignore_public_acls", &self.ignore_public_acls),
            ("restrict_public_buckets", &self.restrict_public_buckets),
        ]
    }

    /// The AWS default for a bucket without any written configuration.
    pub fn aws_default(origin: &Origin) -> Self {
        PublicAccessBlock {
            block_public_acls: Value::defaulted(true, origin.clone()),
            block_public_policy: Value::defaulted(true, origin.clone()),
            ignore_public_acls: Value::defaulted(true, origin.clone()),
            restrict_public_buckets: Value::defaulted(true, origin.clone()),
        }
    }
}
