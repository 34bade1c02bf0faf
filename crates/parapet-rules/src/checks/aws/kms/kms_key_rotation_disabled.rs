//! AWS-KMS-001: a symmetric KMS key does not rotate its key material.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::KmsKey(k) = &ctx.resource.config else {
            return;
        };
        match k.supports_rotation() {
            // Asymmetric, HMAC and imported keys cannot rotate automatically.
            Some(false) => return,
            None => {
                out.skip(
                    &ctx.resource.origin,
                    "the key's spec, usage or origin is not known",
                );
                return;
            }
            Some(true) => {}
        }
        out.expect(
            &k.rotation,
            |on| !on,
            "automatic key rotation is off: the same key material protects data for as long as the key exists",
        );
    }
}
