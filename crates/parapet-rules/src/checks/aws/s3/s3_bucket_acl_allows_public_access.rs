//! AWS-S3-006: the bucket's canned ACL grants access to everyone, and Block Public Access does
//! not stop it.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// The audience of a public canned ACL (`public-read`, `PublicReadWrite` ...).
fn public_audience(acl: &str) -> Option<&'static str> {
    match acl.replace('-', "").to_ascii_lowercase().as_str() {
        "publicread" => Some("anyone on the internet can list the bucket"),
        "publicreadwrite" => {
            Some("anyone on the internet can list the bucket and write objects to it")
        }
        "authenticatedread" => Some("any AWS account can list the bucket"),
        _ => None,
    }
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        let acl = match b.acl.get() {
            None => {
                out.skip(&b.acl.origin, "the bucket's ACL is not known");
                return;
            }
            Some(None) => {
                out.pass(&b.acl.origin);
                return;
            }
            Some(Some(a)) => a,
        };
        let Some(audience) = public_audience(acl) else {
            out.pass(&b.acl.origin);
            return;
        };
        // BlockPublicAcls rejects the ACL, IgnorePublicAcls makes S3 disregard it.
        let pab = &b.public_access_block;
        let (block, ignore) = (pab.block_public_acls.get(), pab.ignore_public_acls.get());
        if block == Some(&true) || ignore == Some(&true) {
            out.pass(&b.acl.origin);
        } else if block.is_none() || ignore.is_none() {
            out.skip(
                &b.acl.origin,
                "the bucket's Block Public Access settings are not known",
            );
        } else {
            out.fail(
                &b.acl.origin,
                format!("the canned ACL `{acl}` is public and Block Public Access does not stop it: {audience}"),
            );
        }
    }
}
