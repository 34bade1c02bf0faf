//! `aws::opensearch::Domain` (`aws_opensearch_domain`, `aws_elasticsearch_domain`,
//! `AWS::OpenSearchService::Domain`, `AWS::Elasticsearch::Domain`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Domain {
    pub name: Value<Option<String>>,
    /// Encryption of indices, logs, swap and snapshots at rest; off unless written.
    pub encrypt_at_rest: Value<bool>,
    /// TLS between the domain's nodes; off unless written.
    pub node_to_node_encryption: Value<bool>,
    /// Whether plain HTTP requests are refused (`domain_endpoint_options.enforce_https`,
    /// `DomainEndpointOptions.EnforceHTTPS`). Without the endpoint options the service does
    /// not enforce HTTPS; inside the Terraform block the provider defaults it to true.
    pub enforce_https: Value<bool>,
    /// The TLS policy of the HTTPS endpoint (`tls_security_policy`, `TLSSecurityPolicy`):
    /// `Policy-Min-TLS-1-0-2019-07`, `Policy-Min-TLS-1-2-2019-07`,
    /// `Policy-Min-TLS-1-2-PFS-2023-10`; `None` when not written (the service chooses).
    pub tls_security_policy: Value<Option<String>>,
    /// Fine-grained access control (`advanced_security_options.enabled`,
    /// `AdvancedSecurityOptions.Enabled`); off unless written.
    pub fine_grained_access_control: Value<bool>,
    /// Whether the domain is placed in a VPC (`vpc_options`, `VPCOptions`); a domain without
    /// one has a public endpoint.
    pub in_vpc: Value<bool>,
    /// The domain's resource-based access policy (`access_policies`, a joined
    /// `aws_opensearch_domain_policy`, `AccessPolicies`); `Defaulted(None)` when there is none.
    pub access_policy: Value<Option<PolicyDocument>>,
    /// Whether audit logs are published to CloudWatch Logs (`log_publishing_options` with
    /// `log_type = "AUDIT_LOGS"`, `LogPublishingOptions.AUDIT_LOGS`); off unless written.
    pub audit_logs: Value<bool>,
}
