//! `parapet github comment`: creates or updates Parapet's one sticky comment on a pull request
//! through the GitHub REST API, so the Action needs nothing but the binary.
//!
//! The comment is found by the marker `parapet_report::markdown::MARKER` among the pull
//! request's issue comments (following pagination) and updated in place; otherwise created.
//! The token is read from the environment and never printed.

use anyhow::{bail, Context, Result};
use std::io::Read;
use std::time::Duration;

pub struct Client {
    agent: ureq::Agent,
    api: String,
    token: String,
}

/// What the client did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Created(u64),
    Updated(u64),
}

struct Reply {
    status: u16,
    body: String,
    next: Option<String>,
    retry_after: Option<u64>,
    rate_remaining: Option<String>,
}

/// The `next` link of a `Link` header.
pub fn next_link(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let mut it = part.split(';');
        let url = it
            .next()?
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>');
        it.any(|p| p.trim() == "rel=\"next\"")
            .then(|| url.to_string())
    })
}

impl Client {
    pub fn new(api: &str, token: &str) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .user_agent(concat!("parapet/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            agent: config.into(),
            api: api.trim_end_matches('/').to_string(),
            token: token.to_string(),
        }
    }

    fn call(&self, method: &str, url: &str, body: Option<&serde_json::Value>) -> Result<Reply> {
        let auth = format!("Bearer {}", self.token);
        let resp = match (method, body) {
            ("GET", _) => self
                .agent
                .get(url)
                .header("Authorization", &auth)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .call(),
            ("POST", Some(b)) => self
                .agent
                .post(url)
                .header("Authorization", &auth)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("Content-Type", "application/json")
                .send(b.to_string()),
            ("PATCH", Some(b)) => self
                .agent
                .patch(url)
                .header("Authorization", &auth)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("Content-Type", "application/json")
                .send(b.to_string()),
            _ => bail!("unsupported request {method}"),
        };
        // Errors from the transport never include the token (it is only in a header).
        let mut resp = resp.map_err(|e| anyhow::anyhow!("{method} {url}: {e}"))?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let next = header("link").and_then(|l| next_link(&l));
        let retry_after = header("retry-after").and_then(|v| v.trim().parse().ok());
        let rate_remaining = header("x-ratelimit-remaining");
        let mut body = String::new();
        resp.body_mut()
            .as_reader()
            .take(16 * 1024 * 1024)
            .read_to_string(&mut body)
            .with_context(|| format!("{method} {url}: reading the response"))?;
        Ok(Reply {
            status: resp.status().as_u16(),
            body,
            next,
            retry_after,
            rate_remaining,
        })
    }

    /// Calls the API, waiting once for a short rate-limit window, and explains failures.
    fn checked(&self, method: &str, url: &str, body: Option<&serde_json::Value>) -> Result<Reply> {
        let mut attempt = 0;
        loop {
            let r = self.call(method, url, body)?;
            if (200..300).contains(&r.status) {
                return Ok(r);
            }
            let limited = r.status == 429
                || (r.status == 403
                    && (r.rate_remaining.as_deref() == Some("0") || r.retry_after.is_some()));
            if limited {
                match r.retry_after {
                    Some(s) if s <= 60 && attempt == 0 => {
                        attempt += 1;
                        std::thread::sleep(Duration::from_secs(s));
                        continue;
                    }
                    _ => bail!(
                        "GitHub API rate limit reached ({method} {url}, HTTP {}); try again later",
                        r.status
                    ),
                }
            }
            let message = serde_json::from_str::<serde_json::Value>(&r.body)
                .ok()
                .and_then(|v| {
                    v.get("message")
                        .and_then(|m| m.as_str())
                        .map(str::to_string)
                })
                .unwrap_or_else(|| r.body.chars().take(200).collect());
            let hint = match r.status {
                401 => " (is GITHUB_TOKEN set and valid?)",
                403 => {
                    " (does the token have `pull-requests: write` / `issues: write` permission?)"
                }
                404 => " (wrong repository or pull request number, or no access)",
                _ => "",
            };
            bail!(
                "GitHub API {method} {url} failed with HTTP {}: {message}{hint}",
                r.status
            );
        }
    }

    /// Creates or updates the comment carrying `marker` on issue/PR `number` of `repo`.
    pub fn upsert_comment(
        &self,
        repo: &str,
        number: u64,
        marker: &str,
        body: &str,
    ) -> Result<Outcome> {
        let mut url = Some(format!(
            "{}/repos/{repo}/issues/{number}/comments?per_page=100",
            self.api
        ));
        let mut pages = 0;
        let mut existing: Option<u64> = None;
        while let Some(u) = url.take() {
            pages += 1;
            if pages > 100 {
                bail!("more than 100 pages of comments; giving up looking for the previous report");
            }
            let r = self.checked("GET", &u, None)?;
            let list: Vec<serde_json::Value> = serde_json::from_str(&r.body)
                .with_context(|| format!("GET {u}: the response is not a list of comments"))?;
            if let Some(c) = list.iter().find(|c| {
                c.get("body")
                    .and_then(|b| b.as_str())
                    .is_some_and(|b| b.contains(marker))
            }) {
                existing = c.get("id").and_then(|i| i.as_u64());
                break;
            }
            url = r.next;
        }
        let payload = serde_json::json!({ "body": body });
        match existing {
            Some(id) => {
                self.checked(
                    "PATCH",
                    &format!("{}/repos/{repo}/issues/comments/{id}", self.api),
                    Some(&payload),
                )?;
                Ok(Outcome::Updated(id))
            }
            None => {
                let r = self.checked(
                    "POST",
                    &format!("{}/repos/{repo}/issues/{number}/comments", self.api),
                    Some(&payload),
                )?;
                let id = serde_json::from_str::<serde_json::Value>(&r.body)
                    .ok()
                    .and_then(|v| v.get("id").and_then(|i| i.as_u64()))
                    .unwrap_or(0);
                Ok(Outcome::Created(id))
            }
        }
    }
}

/// The pull request number of a GitHub event payload (`pull_request` and
/// `pull_request_target` events; `issue_comment` on a pull request).
pub fn pr_number(event: &serde_json::Value) -> Option<u64> {
    event
        .pointer("/pull_request/number")
        .or_else(|| {
            event
                .pointer("/issue/number")
                .filter(|_| event.pointer("/issue/pull_request").is_some())
        })
        .or_else(|| event.get("number"))
        .and_then(|n| n.as_u64())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_headers() {
        let l = r#"<https://api.github.com/repositories/1/issues/2/comments?page=2>; rel="next", <https://api.github.com/repositories/1/issues/2/comments?page=5>; rel="last""#;
        assert_eq!(
            next_link(l).as_deref(),
            Some("https://api.github.com/repositories/1/issues/2/comments?page=2")
        );
        assert_eq!(next_link(r#"<https://x/?page=1>; rel="prev""#), None);
    }

    #[test]
    fn pull_request_numbers() {
        assert_eq!(
            pr_number(&serde_json::json!({"pull_request": {"number": 7}})),
            Some(7)
        );
        assert_eq!(
            pr_number(&serde_json::json!({"issue": {"number": 9, "pull_request": {}}})),
            Some(9)
        );
        assert_eq!(
            pr_number(&serde_json::json!({"issue": {"number": 9}})),
            None
        );
        assert_eq!(
            pr_number(&serde_json::json!({"ref": "refs/heads/main"})),
            None
        );
    }
}
