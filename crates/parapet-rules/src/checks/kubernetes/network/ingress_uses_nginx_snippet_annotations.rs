//! KUBERNETES-NETWORK-007: an Ingress uses ingress-nginx snippet annotations (raw NGINX
//! configuration).

use crate::checks::kubernetes::common::code_list;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// Annotation names (after `nginx.ingress.kubernetes.io/`) that inject raw configuration.
const SNIPPETS: &[&str] = &[
    "configuration-snippet",
    "server-snippet",
    "auth-snippet",
    "stream-snippet",
    "modsecurity-snippet",
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sIngress(i) = &ctx.resource.config else {
            return;
        };
        let a = &i.meta.annotations;
        let Some(annotations) = a.get() else {
            return out.expect(a, |_| false, "");
        };
        let found: Vec<(&str, &parapet_model::Value<String>)> = annotations
            .iter()
            .filter_map(|(k, v)| {
                let name = k.strip_prefix("nginx.ingress.kubernetes.io/")?;
                SNIPPETS.contains(&name).then_some((k.as_str(), v))
            })
            .collect();
        let Some((_, first)) = found.first() else {
            return out.pass(&a.origin);
        };
        let keys: Vec<&str> = found.iter().map(|(k, _)| *k).collect();
        out.fail(
            &first.origin,
            format!(
                "The Ingress injects raw NGINX configuration through {}; snippets run with the controller's access to every Secret it can read",
                code_list(&keys)
            ),
        );
    }
}
