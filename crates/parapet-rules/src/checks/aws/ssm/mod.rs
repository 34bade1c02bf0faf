pub mod ssm_document_shared_publicly;
pub mod ssm_parameter_secret_not_secure_string;
pub mod ssm_parameter_secret_value_hard_coded;

use crate::checks::aws::secrets::secret_like_name;
use crate::{Ctx, Outcomes};
use parapet_model::aws::ssm::Parameter;
use parapet_model::Config;

/// The SSM parameter a check runs on and its name, when the name reads like a secret. A
/// parameter whose name is not known or not written is skipped, one named otherwise passes.
pub(crate) fn secret_named_parameter<'a>(
    ctx: &Ctx<'a>,
    out: &mut Outcomes,
) -> Option<(&'a Parameter, &'a str)> {
    let Config::SsmParameter(x) = &ctx.resource.config else {
        return None;
    };
    let name = match x.name.get() {
        None => {
            out.skip(&x.name.origin, "the parameter's name is not known");
            return None;
        }
        Some(None) => {
            out.skip(&x.name.origin, "the parameter has no name");
            return None;
        }
        Some(Some(n)) => n,
    };
    if !secret_like_name(name) {
        out.pass(&x.name.origin);
        return None;
    }
    Some((x, name))
}
