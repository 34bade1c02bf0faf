//! AWS-EC2-006: a security group admits a well-known database or data-store port from anywhere.

use super::common::{covers_all_ports, report_world_rules};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// Default ports of common databases and data stores.
pub(crate) const PORTS: &[(i64, &str)] = &[
    (1433, "SQL Server"),
    (1521, "Oracle"),
    (3306, "MySQL/MariaDB"),
    (5432, "PostgreSQL"),
    (5439, "Redshift"),
    (6379, "Redis"),
    (9042, "Cassandra"),
    (9200, "Elasticsearch/OpenSearch"),
    (9300, "Elasticsearch/OpenSearch"),
    (11211, "Memcached"),
    (27017, "MongoDB"),
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecurityGroup(g) = &ctx.resource.config else {
            return;
        };
        report_world_rules(
            &g.ingress,
            &ctx.resource.origin,
            out,
            |r| {
                // A rule admitting every port is AWS-EC2-007's finding.
                if covers_all_ports(r)? {
                    return Some(None);
                }
                let mut hits = Vec::new();
                for (port, name) in PORTS {
                    if r.covers_tcp_port(*port)? {
                        hits.push(format!("{name} ({port})"));
                    }
                }
                Some(if hits.is_empty() {
                    None
                } else if hits.len() > 3 {
                    Some(format!(
                        "{} database ports, including {}",
                        hits.len(),
                        hits[..3].join(", ")
                    ))
                } else {
                    Some(format!("database ports {}", hits.join(", ")))
                })
            },
            |what, world| format!("ingress admits {what} from {world}"),
        );
    }
}
