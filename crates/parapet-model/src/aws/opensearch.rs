//! `aws::opensearch::Domain` (`aws_opensearch_domain`, `aws_elasticsearch_domain`,
//! `AWS::OpenSearchService::Domain`, `AWS::Elasticsearch::Domain`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Domain {
    pub name: Value<Option<String>>,
    /// Encryption of indices, logs, swap and snapshots at rest; off unless written.
    pub encrypt_at_rest: Value<bool>,
    /// TLS between the domain's nodes; off unless written.
    pub node_to_node_encryption: Value<bool>,
}
