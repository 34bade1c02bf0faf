//! AWS-EC2-009: no flow log records the VPC's traffic.

use crate::{Check, Ctx, Outcomes};
use parapet_model::{Config, EdgeKind};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Vpc(_) = &ctx.resource.config else {
            return;
        };
        let m = ctx.model;
        let recorded = m.edges_to(ctx.index).any(|e| {
            e.kind == EdgeKind::References
                && matches!(m.resources[e.from].config, Config::Ec2FlowLog(_))
        });
        if recorded {
            out.pass(&ctx.resource.origin);
            return;
        }
        // A flow log of the same directory whose target is not resolved may record this VPC.
        let dir = |r: &parapet_model::Resource| {
            r.file()
                .map(|f| f.rsplit_once('/').map_or("", |(d, _)| d).to_string())
        };
        let here = dir(ctx.resource);
        let undecided = m.resources.iter().enumerate().any(|(i, r)| {
            matches!(r.config, Config::Ec2FlowLog(_))
                && dir(r) == here
                && !m.edges_from(i).any(|e| {
                    e.kind == EdgeKind::References
                        && matches!(m.resources[e.to].config, Config::Ec2Vpc(_))
                })
        });
        if undecided {
            out.skip(
                &ctx.resource.origin,
                "a flow log here records a target that is not resolved, which may be this VPC",
            );
        } else {
            out.fail(
                &ctx.resource.origin,
                "no flow log in this configuration records the VPC: accepted and rejected connections leave no trace",
            );
        }
    }
}
