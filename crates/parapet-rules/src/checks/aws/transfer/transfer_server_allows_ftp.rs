//! AWS-TRANSFER-001: a Transfer Family server accepts plain FTP.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::TransferServer(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.protocols,
            |l| l.iter().any(|p| p == "FTP"),
            "the server accepts FTP: user names, passwords and files cross the network unencrypted",
        );
    }
}
