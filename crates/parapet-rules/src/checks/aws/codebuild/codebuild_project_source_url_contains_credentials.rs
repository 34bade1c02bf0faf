//! AWS-CODEBUILD-006: a CodeBuild source URL carries credentials.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        if x.source_locations.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for loc in &x.source_locations {
            out.expect(
                loc,
                |l| l.as_deref().is_some_and(has_credentials),
                "the source URL carries credentials (a token or a user name and password): they are readable by anyone who can read the project, appear in build logs and sit in the repository, the plan and the state",
            );
        }
    }
}

/// Whether an HTTP(S) URL carries a password or an access token in its user information
/// (`https://user:password@host/...`, `https://<token>@host/...`). A bare user name is not a
/// credential; SSH URLs authenticate with keys.
fn has_credentials(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let Some((userinfo, _host)) = authority.rsplit_once('@') else {
        return false;
    };
    match userinfo.split_once(':') {
        Some((_, password)) => !password.is_empty(),
        None => userinfo.len() >= 20,
    }
}

#[cfg(test)]
mod tests {
    use super::has_credentials;

    #[test]
    fn urls() {
        assert!(has_credentials(
            "https://ci:s3cr3t-pass@bitbucket.org/acme/app.git"
        ));
        assert!(has_credentials(
            "https://ghp_0123456789abcdefghijABCDEFGHIJ0123456789@github.com/acme/app.git"
        ));
        assert!(!has_credentials("https://github.com/acme/app.git"));
        assert!(!has_credentials("https://alice@bitbucket.org/acme/app.git"));
        assert!(!has_credentials("git@github.com:acme/app.git"));
        assert!(!has_credentials("acme-artifacts/source.zip"));
    }
}
