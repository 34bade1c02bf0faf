//! Helpers shared by the RDS rules.

use crate::Outcomes;
use parapet_model::aws::rds::DbInstance;
use parapet_model::Origin;

/// Whether an instance-level rule about a setting the DB cluster owns applies: not to a
/// cluster member (the cluster rule covers it); skipped when membership is not known.
pub fn standalone(i: &DbInstance, origin: &Origin, out: &mut Outcomes) -> bool {
    match i.is_cluster_member() {
        Some(false) => true,
        Some(true) => false,
        None => {
            out.skip(
                origin,
                format!(
                    "whether the instance belongs to a DB cluster is not known: {}",
                    i.cluster_identifier
                        .unknown_reason()
                        .unwrap_or("unresolved")
                ),
            );
            false
        }
    }
}
