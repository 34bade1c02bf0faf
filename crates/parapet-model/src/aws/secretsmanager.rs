//! `aws::secretsmanager::Secret` (`aws_secretsmanager_secret` +
//! `aws_secretsmanager_secret_rotation` + `aws_secretsmanager_secret_policy` +
//! `aws_secretsmanager_secret_version`, `AWS::SecretsManager::Secret` +
//! `AWS::SecretsManager::RotationSchedule` + `AWS::SecretsManager::ResourcePolicy`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Secret {
    pub name: Value<Option<String>>,
    /// Whether a rotation configuration is attached; `Defaulted(false)` when the configuration
    /// attaches none (Secrets Manager does not rotate a secret on its own).
    pub rotation: Value<bool>,
    /// The days between two rotations, when rotation is configured
    /// (`rotation_rules.automatically_after_days` or a `rate(...)` `schedule_expression`,
    /// `RotationRules.AutomaticallyAfterDays` / `ScheduleExpression`); `None` without rotation,
    /// unknown for a `cron(...)` schedule.
    pub rotation_interval_days: Value<Option<i64>>,
    /// The KMS key that encrypts the secret; `None`: the AWS managed key
    /// `aws/secretsmanager`.
    pub kms_key_id: Value<Option<String>>,
    /// The resource policy (`policy`, `aws_secretsmanager_secret_policy.policy`,
    /// `AWS::SecretsManager::ResourcePolicy`); `None` when there is none.
    pub policy: Value<Option<PolicyDocument>>,
    /// Whether Secrets Manager validates the resource policy and rejects one that grants broad
    /// access (`block_public_policy` of `aws_secretsmanager_secret_policy`, `BlockPublicPolicy`
    /// of `AWS::SecretsManager::ResourcePolicy`). The API does not block unless asked, so
    /// only a written `true` is relied on.
    pub block_public_policy: Value<bool>,
    /// Days Secrets Manager keeps a deleted secret recoverable
    /// (`recovery_window_in_days`, default 30; `0` deletes it at once). CloudFormation has no
    /// such property: unknown there.
    pub recovery_window_days: Value<i64>,
    /// The secret value as written in the configuration (`secret_string` of an
    /// `aws_secretsmanager_secret_version`, `SecretString`); `None` when none is written
    /// (a generated or separately stored value).
    pub secret_string: Value<Option<String>>,
}

/// The days between rotations, from `AutomaticallyAfterDays` or a schedule expression
/// (`rate(30 days)`, `rate(12 hours)`); unknown for `cron(...)` schedules and anything else.
pub fn rotation_interval(
    after_days: Value<Option<i64>>,
    schedule: Value<Option<String>>,
) -> Value<Option<i64>> {
    match schedule.get() {
        None => {
            let why = schedule.unknown_reason().unwrap_or("unknown").to_string();
            return Value::unknown(why, schedule.origin);
        }
        Some(Some(expr)) => {
            let origin = schedule.origin.clone();
            let e = expr.trim().to_ascii_lowercase();
            let inner = e.strip_prefix("rate(").and_then(|r| r.strip_suffix(')'));
            let parsed = inner.and_then(|i| {
                let mut parts = i.split_whitespace();
                let n: i64 = parts.next()?.parse().ok()?;
                match parts.next()? {
                    "day" | "days" => Some(n),
                    "hour" | "hours" => Some((n + 23) / 24),
                    _ => None,
                }
            });
            return match parsed {
                Some(d) => Value::explicit(Some(d), origin),
                None => Value::unknown(
                    format!("the interval of the schedule `{expr}` is not computed"),
                    origin,
                ),
            };
        }
        Some(None) => {}
    }
    let origin = after_days.origin.clone();
    match after_days.get() {
        None => after_days,
        Some(Some(d)) => Value::explicit(Some(*d), origin),
        Some(None) => Value::unknown("the rotation rules set no interval", origin),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Origin;

    #[test]
    fn intervals() {
        let o = Origin::Synthetic;
        let none = || Value::<Option<i64>>::defaulted(None, o.clone());
        let no_schedule = || Value::<Option<String>>::defaulted(None, o.clone());
        let s = |x: &str| Value::explicit(Some(x.to_string()), o.clone());
        assert_eq!(
            rotation_interval(none(), s("rate(30 days)")).get(),
            Some(&Some(30))
        );
        assert_eq!(
            rotation_interval(none(), s("rate(12 hours)")).get(),
            Some(&Some(1))
        );
        assert!(!rotation_interval(none(), s("cron(0 16 1,15 * ? *)")).is_known());
        let d = Value::explicit(Some(120), o.clone());
        assert_eq!(rotation_interval(d, no_schedule()).get(), Some(&Some(120)));
    }
}
