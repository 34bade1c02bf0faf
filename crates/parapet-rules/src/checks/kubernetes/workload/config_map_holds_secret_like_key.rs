//! KUBERNETES-WORKLOAD-014: a ConfigMap has a key named like a credential.

use crate::checks::kubernetes::common::{code_list, secret_like_name};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sConfigMap(cm) = &ctx.resource.config else {
            return;
        };
        let v = &cm.keys;
        let Some(keys) = v.get() else {
            out.expect(v, |_| false, "");
            return;
        };
        let bad: Vec<&str> = keys
            .iter()
            .map(String::as_str)
            .filter(|k| secret_like_name(k))
            .collect();
        if bad.is_empty() {
            out.pass(&v.origin);
        } else {
            out.fail(
                &v.origin,
                format!(
                    "ConfigMap holds {} {} named like credentials; ConfigMaps are not meant for secrets",
                    if bad.len() == 1 { "key" } else { "keys" },
                    code_list(&bad)
                ),
            );
        }
    }
}
