//! AWS-ACM-001: a public certificate opts out of certificate transparency logging.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AcmCertificate(cert) = &ctx.resource.config else {
            return;
        };
        match cert.not_public.get() {
            None => out.skip(
                &cert.not_public.origin,
                "whether the certificate is public is not known",
            ),
            // Private and imported certificates are not logged anyway.
            Some(Some(_)) => out.pass(&cert.not_public.origin),
            Some(None) => out.expect(
                &cert.transparency_logging,
                |on| !on,
                "certificate transparency logging is off: browsers reject the certificate, and a mis-issued certificate for the domain would go unnoticed",
            ),
        }
    }
}
