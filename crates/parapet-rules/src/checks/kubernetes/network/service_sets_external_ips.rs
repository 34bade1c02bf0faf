//! KUBERNETES-NETWORK-006: a Service sets `externalIPs`.

use crate::checks::kubernetes::common::code_list;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sService(s) = &ctx.resource.config else {
            return;
        };
        let v = &s.external_ips;
        let msg = match v.get() {
            Some(ips) => format!(
                "The Service claims external IP {} (`externalIPs`): every node accepts and forwards traffic for {}",
                code_list(ips),
                if ips.len() == 1 { "it" } else { "them" }
            ),
            None => String::new(),
        };
        out.expect(v, |ips| !ips.is_empty(), msg);
    }
}
