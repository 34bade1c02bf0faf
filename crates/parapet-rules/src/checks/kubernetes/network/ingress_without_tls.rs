//! KUBERNETES-NETWORK-003: an Ingress serves plain HTTP: no `tls` section and no
//! controller-specific certificate annotation.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// Annotations through which cloud ingress controllers attach certificates.
const CERT_ANNOTATIONS: &[&str] = &[
    "networking.gke.io/managed-certificates",
    "ingress.gcp.kubernetes.io/pre-shared-cert",
    "alb.ingress.kubernetes.io/certificate-arn",
    "appgw.ingress.kubernetes.io/appgw-ssl-certificate",
    "appgw.ingress.kubernetes.io/appgw-trusted-root-certificate",
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sIngress(i) = &ctx.resource.config else {
            return;
        };
        let tls = &i.tls;
        match tls.get() {
            None => return out.expect(tls, |_| false, ""),
            Some(true) => return out.pass(&tls.origin),
            Some(false) => {}
        }
        let Some(annotations) = i.meta.annotations.get() else {
            return out.expect(&i.meta.annotations, |_| false, "");
        };
        if let Some(v) = CERT_ANNOTATIONS.iter().find_map(|k| annotations.get(*k)) {
            return out.pass(&v.origin);
        }
        out.fail(
            &tls.origin,
            "The Ingress defines no TLS (`spec.tls`), so it serves its hosts over plain HTTP",
        );
    }
}
