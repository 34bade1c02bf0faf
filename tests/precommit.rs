//! The pre-commit hooks, run by the real `pre-commit` tool against a temporary repository that
//! uses this repository as its hook source. `scripts/test` installs pre-commit and sets
//! PARAPET_PRE_COMMIT; without it the test says it was skipped.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
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
        .unwrap()
}

#[test]
fn hooks_block_a_bad_commit_and_pass_a_good_one() {
    let Some(pre_commit) = std::env::var_os("PARAPET_PRE_COMMIT") else {
        println!("skipped: PARAPET_PRE_COMMIT not set (scripts/test installs pre-commit)");
        return;
    };
    let source = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rev = String::from_utf8(git(source, &["rev-parse", "HEAD"]).stdout)
        .unwrap()
        .trim()
        .to_string();
    assert!(!rev.is_empty(), "the hook source must be a git checkout");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(git(d, &["init", "-q", "-b", "main"]).status.success());
    std::fs::write(
        d.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: parapet\n      - id: parapet-kubernetes\n",
            source.display()
        ),
    )
    .unwrap();
    // The module's variables are already committed; only main.tf will be staged.
    std::fs::create_dir_all(d.join("infra")).unwrap();
    std::fs::write(
        d.join("infra/variables.tf"),
        "variable \"cidrs\" {\n  default = [\"0.0.0.0/0\"]\n}\n",
    )
    .unwrap();
    assert!(git(d, &["add", "."]).status.success());
    assert!(git(d, &["commit", "-q", "--no-verify", "-m", "base"])
        .status
        .success());

    let home = source.join("target/pre-commit-home");
    // pre-commit builds the hook with `cargo install` (a release build): a fast profile keeps
    // the test quick; the binary's speed does not matter here.
    let fast = [
        (
            "CARGO_TARGET_DIR",
            source.join("target/pre-commit-build").display().to_string(),
        ),
        ("CARGO_PROFILE_RELEASE_LTO", "false".to_string()),
        ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16".to_string()),
        ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0".to_string()),
        ("CARGO_PROFILE_RELEASE_DEBUG", "false".to_string()),
    ];
    let run = |args: &[&str]| {
        Command::new(&pre_commit)
            .current_dir(d)
            .args(args)
            .env("PRE_COMMIT_HOME", &home)
            .envs(fast.iter().map(|(k, v)| (k, v)))
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .unwrap()
    };
    let o = run(&["install"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    // A bad file: the commit is blocked and the finding is shown.
    std::fs::write(
        d.join("infra/main.tf"),
        "resource \"aws_security_group\" \"ssh\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = var.cidrs\n  }\n}\n",
    )
    .unwrap();
    assert!(git(d, &["add", "infra/main.tf"]).status.success());
    let o = Command::new("git")
        .current_dir(d)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
            "commit",
            "-m",
            "open ssh",
        ])
        .env("PRE_COMMIT_HOME", &home)
        .envs(fast.iter().map(|(k, v)| (k, v)))
        .output()
        .unwrap();
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!o.status.success(), "the commit must be blocked:\n{out}");
    assert!(out.contains("AWS-EC2-001"), "{out}");
    assert!(out.contains("infra/main.tf"), "{out}");

    // Fixed: the commit goes through.
    std::fs::write(
        d.join("infra/main.tf"),
        "resource \"aws_security_group\" \"ssh\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n",
    )
    .unwrap();
    assert!(git(d, &["add", "infra/main.tf"]).status.success());
    let o = Command::new("git")
        .current_dir(d)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
            "commit",
            "-m",
            "ssh from the office",
        ])
        .env("PRE_COMMIT_HOME", &home)
        .envs(fast.iter().map(|(k, v)| (k, v)))
        .output()
        .unwrap();
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "{out}");
    assert!(out.contains("Passed"), "{out}");
}
