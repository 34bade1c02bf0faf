//! KUBERNETES-WORKLOAD-012: an environment variable named like a credential holds a literal
//! value instead of a reference to a Secret, or any variable holds a URL with a password.

use crate::checks::kubernetes::common::{container_label, secret_like_name, workload};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::EnvSource;

pub struct Rule;

/// Values that are clearly not credentials: switches (`true`, `yes`, `1`, ...), paths, URLs
/// without user info, and references to other variables (`$(VAR)`).
fn not_a_credential(v: &str) -> bool {
    let t = v.trim();
    if t.is_empty() {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "none" | "null" | "0" | "1"
    ) {
        return true;
    }
    if t.starts_with('/') {
        return true;
    }
    if let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        let authority = rest.split('/').next().unwrap_or("");
        return !authority.contains('@');
    }
    // Only `$(VAR)` references: Kubernetes expands them from other variables.
    let mut rest = t;
    while let Some(r) = rest.strip_prefix("$(") {
        match r.find(')') {
            Some(i) => rest = &r[i + 1..],
            None => return false,
        }
    }
    rest.is_empty()
}

/// A URL whose user information carries a literal password (`postgres://app:pw@db/app`).
fn url_with_password(v: &str) -> bool {
    let Some((_, rest)) = v.trim().split_once("://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let Some((userinfo, _)) = authority.rsplit_once('@') else {
        return false;
    };
    match userinfo.split_once(':') {
        Some((_, pw)) => !pw.is_empty() && !pw.starts_with("$(") && !pw.starts_with("${"),
        None => false,
    }
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        for c in &w.pod.containers {
            for e in &c.env {
                let Some(name) = e.name.get() else { continue };
                let EnvSource::Literal(v) = &e.source else {
                    if secret_like_name(name) {
                        out.pass(&e.origin);
                    }
                    continue;
                };
                let Some(text) = v.get() else {
                    if secret_like_name(name) {
                        out.expect(v, |_| false, "");
                    }
                    continue;
                };
                let label = container_label(c);
                if url_with_password(text) {
                    out.fail(
                        &v.origin,
                        format!("Environment variable `{name}` holds a URL with a literal password; read credentials from a Secret ({label})"),
                    );
                } else if !secret_like_name(name) {
                    continue;
                } else if not_a_credential(text) {
                    out.pass(&v.origin);
                } else {
                    out.fail(
                        &v.origin,
                        format!("Environment variable `{name}` holds a literal value; read credentials from a Secret ({label})"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{not_a_credential, url_with_password};

    #[test]
    fn urls_with_passwords() {
        assert!(url_with_password("postgres://app:pw@db:5432/app"));
        assert!(url_with_password("redis://:pw@cache:6379"));
        assert!(!url_with_password("postgres://app@db/app"));
        assert!(!url_with_password("postgres://app:$(DB_PASSWORD)@db/app"));
        assert!(!url_with_password("https://example.com/a@b"));
    }

    #[test]
    fn obvious_non_credentials() {
        for v in [
            "",
            "true",
            "/run/secrets/db",
            "https://vault.example.com/v1",
            "$(DB_PASS)",
        ] {
            assert!(not_a_credential(v), "{v}");
        }
        for v in ["hunter2", "https://user:pw@example.com", "$(A)x", "s3cr3t"] {
            assert!(!not_a_credential(v), "{v}");
        }
    }
}
