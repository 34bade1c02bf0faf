//! The Action's runner-side steps and the GitHub comment client against a local fake API.

mod common;

use common::{comment, Answer, FakeGithub};
use std::path::Path;
use std::process::Command;

const TOKEN: &str = "ghs_SECRETtoken1234567890";
const MARKER: &str = "<!-- parapet:report -->";

fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

const OPEN_SG: &str = "resource \"aws_security_group\" \"ssh\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";

/// A repository whose pull request adds an open security group next to an old, accepted
/// bucket finding.
fn fixture_repo(dir: &Path) -> String {
    git(dir, &["init", "-q", "-b", "main"]);
    std::fs::create_dir_all(dir.join("infra")).unwrap();
    std::fs::write(
        dir.join("infra/storage.tf"),
        "resource \"aws_s3_bucket\" \"old\" {\n  bucket = \"old\"\n}\n",
    )
    .unwrap();
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "base"]);
    let base = git(dir, &["rev-parse", "HEAD"]);
    git(dir, &["checkout", "-q", "-b", "feature"]);
    std::fs::write(dir.join("infra/network.tf"), OPEN_SG).unwrap();
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "open ssh"]);
    base
}

fn run_action(
    dir: &Path,
    api: &str,
    extra_env: &[(&str, &str)],
) -> (i32, String, String, std::path::PathBuf) {
    let repo_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = dir.join(".runner");
    std::fs::create_dir_all(&work).unwrap();
    let event = work.join("event.json");
    let base = git(dir, &["rev-parse", "main"]);
    std::fs::write(
        &event,
        serde_json::json!({"action": "synchronize", "number": 5, "pull_request": {"number": 5, "base": {"sha": base, "ref": "main"}, "head": {"ref": "feature"}}})
            .to_string(),
    )
    .unwrap();
    let mut cmd = Command::new("bash");
    cmd.current_dir(dir)
        .arg(repo_root.join("scripts/action.sh"))
        .env("PARAPET_BIN", assert_cmd::cargo::cargo_bin("parapet"))
        .env("INPUT_PATHS", "infra")
        .env("INPUT_FAIL_ON", "high")
        .env("INPUT_SARIF_FILE", work.join("parapet.sarif"))
        .env("GITHUB_EVENT_NAME", "pull_request")
        .env("GITHUB_EVENT_PATH", &event)
        .env("GITHUB_REPOSITORY", "acme/infra")
        .env("GITHUB_API_URL", api)
        .env("GITHUB_SERVER_URL", "https://github.com")
        .env("GITHUB_SHA", "0123abc")
        .env("GITHUB_TOKEN", TOKEN)
        .env("GITHUB_STEP_SUMMARY", work.join("summary.md"))
        .env("GITHUB_OUTPUT", work.join("output.txt"))
        .env("RUNNER_TEMP", &work)
        .env_remove("INPUT_DIFF_BASE");
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
        work,
    )
}

#[test]
fn action_updates_its_sticky_comment_found_on_the_second_page() {
    let dir = tempfile::tempdir().unwrap();
    fixture_repo(dir.path());
    let page1: Vec<serde_json::Value> = (1..=3).map(|i| comment(i, "LGTM")).collect();
    let page2 = vec![
        comment(42, &format!("{MARKER}\nold report")),
        comment(43, "thanks"),
    ];
    let next = "<{url}/repositories/1/issues/5/comments?per_page=100&page=2>; rel=\"next\", <{url}/repositories/1/issues/5/comments?per_page=100&page=2>; rel=\"last\"".to_string();
    let fake = FakeGithub::start(vec![
        Answer {
            method: "GET",
            path: "/repos/acme/infra/issues/5/comments".into(),
            status: 200,
            headers: vec![("Link".into(), next)],
            body: serde_json::to_string(&page1).unwrap(),
        },
        Answer {
            method: "GET",
            path: "/repositories/1/issues/5/comments".into(),
            status: 200,
            headers: vec![],
            body: serde_json::to_string(&page2).unwrap(),
        },
        Answer {
            method: "PATCH",
            path: "/repos/acme/infra/issues/comments/42".into(),
            status: 200,
            headers: vec![],
            body: comment(42, "new").to_string(),
        },
    ]);
    let (code, stdout, stderr, work) = run_action(dir.path(), &fake.url, &[]);
    assert_eq!(code, 1, "high finding fails the step\n{stdout}\n{stderr}");
    // Annotations on the new, changed file only (the old bucket is outside the diff).
    assert!(
        stdout.contains("::error file=infra/network.tf,line=6,"),
        "{stdout}"
    );
    assert!(!stdout.contains("storage.tf"), "{stdout}");
    let summary = std::fs::read_to_string(work.join("summary.md")).unwrap();
    assert!(
        summary.contains(MARKER) && summary.contains("AWS-EC2-001"),
        "{summary}"
    );
    assert!(
        summary.contains("https://github.com/acme/infra/blob/0123abc/infra/network.tf#L6"),
        "{summary}"
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(work.join("parapet.sarif")).unwrap())
            .unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 1);
    let outputs = std::fs::read_to_string(work.join("output.txt")).unwrap();
    assert!(
        outputs.contains("sarif-file=") && outputs.contains("exit-code=1"),
        "{outputs}"
    );
    // The comment was found on page 2 and updated in place; the token was sent, never shown.
    let reqs = fake.requests();
    let methods: Vec<String> = reqs
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(methods.len(), 3, "{methods:?}");
    assert!(methods[0].starts_with("GET /repos/acme/infra/issues/5/comments"));
    assert!(methods[1].starts_with("GET /repositories/1/issues/5/comments"));
    assert_eq!(methods[2], "PATCH /repos/acme/infra/issues/comments/42");
    assert_eq!(
        reqs[2].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    let body: serde_json::Value = serde_json::from_str(&reqs[2].body).unwrap();
    assert!(body["body"].as_str().unwrap().starts_with(MARKER));
    assert!(
        stderr.contains("updated comment 42 on acme/infra#5"),
        "{stderr}"
    );
    assert!(!stdout.contains(TOKEN) && !stderr.contains(TOKEN));
}

#[test]
fn action_creates_the_comment_when_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    fixture_repo(dir.path());
    let fake = FakeGithub::start(vec![
        Answer {
            method: "GET",
            path: "/repos/acme/infra/issues/5/comments".into(),
            status: 200,
            headers: vec![],
            body: "[]".into(),
        },
        Answer {
            method: "POST",
            path: "/repos/acme/infra/issues/5/comments".into(),
            status: 201,
            headers: vec![],
            body: comment(77, "x").to_string(),
        },
    ]);
    let (code, _out, stderr, _) = run_action(dir.path(), &fake.url, &[("INPUT_FAIL_ON", "never")]);
    assert_eq!(code, 0, "fail-on never");
    let reqs = fake.requests();
    assert_eq!(reqs.last().unwrap().method, "POST");
    assert!(stderr.contains("created comment 77"), "{stderr}");
}

#[test]
fn api_errors_are_explained_without_the_token() {
    let dir = tempfile::tempdir().unwrap();
    fixture_repo(dir.path());
    let fake = FakeGithub::start(vec![Answer {
        method: "GET",
        path: "/repos/acme/infra/issues/5/comments".into(),
        status: 403,
        headers: vec![
            ("x-ratelimit-remaining".into(), "0".into()),
            ("x-ratelimit-reset".into(), "1893456000".into()),
        ],
        body: r#"{"message":"API rate limit exceeded for installation ID 1."}"#.into(),
    }]);
    let (code, stdout, stderr, _) = run_action(dir.path(), &fake.url, &[]);
    assert_eq!(
        code, 1,
        "the scan's status stands; the comment failure is a warning"
    );
    assert!(stderr.contains("rate limit"), "{stderr}");
    assert!(
        stdout.contains("::warning title=Parapet::could not create or update"),
        "{stdout}"
    );
    assert!(!stdout.contains(TOKEN) && !stderr.contains(TOKEN));

    // Unauthorized: a clear hint.
    let fake = FakeGithub::start(vec![Answer {
        method: "GET",
        path: "/repos/".into(),
        status: 401,
        headers: vec![],
        body: r#"{"message":"Bad credentials"}"#.into(),
    }]);
    let body = dir.path().join("c.md");
    std::fs::write(&body, "x").unwrap();
    let o = Command::new(assert_cmd::cargo::cargo_bin("parapet"))
        .args([
            "github",
            "comment",
            "--repo",
            "acme/infra",
            "--pr",
            "5",
            "--api-url",
            &fake.url,
            "--body-file",
        ])
        .arg(&body)
        .env("GITHUB_TOKEN", TOKEN)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err.contains("Bad credentials") && err.contains("GITHUB_TOKEN"),
        "{err}"
    );
    assert!(!err.contains(TOKEN));
}

#[test]
fn action_yml_and_hooks_are_consistent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let action = std::fs::read_to_string(root.join("action.yml")).unwrap();
    for input in [
        "paths",
        "config",
        "min-severity",
        "framework",
        "diff-base",
        "fail-on",
        "comment",
        "sarif-file",
        "version",
        "github-token",
    ] {
        assert!(action.contains(&format!("\n  {input}:\n")), "input {input}");
    }
    assert!(action.contains("using: composite"));
    assert!(action.contains("scripts/action.sh"));
    let hooks = std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("language: rust"));
    assert_eq!(hooks.matches("- id:").count(), 4);
}
