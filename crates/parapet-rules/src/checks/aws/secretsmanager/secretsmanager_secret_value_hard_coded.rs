//! AWS-SECRETSMANAGER-005: a secret's value is written in the configuration.

use crate::checks::aws::secrets::{is_reference_or_empty, secret_like_name};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecretsManagerSecret(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.secret_string,
            |s| s.as_deref().is_some_and(holds_literal_secret),
            "the secret's value is written in the configuration: it sits in the repository and its history, and in the plan, the state or the template, readable by whoever can read those",
        );
    }
}

/// Whether a secret string holds a literal secret: a plain value that is not a reference, or
/// a JSON object with a credential-named key whose value is a literal.
fn holds_literal_secret(s: &str) -> bool {
    if let Ok(serde_json::Value::Object(m)) = serde_json::from_str::<serde_json::Value>(s) {
        return m.iter().any(|(k, v)| {
            secret_like_name(k) && v.as_str().is_some_and(|v| !is_reference_or_empty(v))
        });
    }
    !is_reference_or_empty(s)
}

#[cfg(test)]
mod tests {
    use super::holds_literal_secret;

    #[test]
    fn literals() {
        assert!(holds_literal_secret("hunter22"));
        assert!(holds_literal_secret(
            r#"{"username":"app","password":"hunter22"}"#
        ));
        assert!(!holds_literal_secret(r#"{"engine":"mysql","port":3306}"#));
        assert!(!holds_literal_secret("{{resolve:ssm:/db/password}}"));
        assert!(!holds_literal_secret(""));
    }
}
