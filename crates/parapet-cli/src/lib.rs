//! The `parapet` command line. The only crate that prints; the binary at the repository root
//! calls [`main`].

pub mod github;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use parapet_engine::config::Config;
use parapet_engine::Settings;
use parapet_model::span::normalize_path;
use parapet_report::ReportOptions;
use parapet_rules::meta::Severity;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Exit codes.
const EXIT_OK: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "parapet",
    version,
    about = "Security linter for Terraform, CloudFormation and Kubernetes",
    after_help = "Exit codes: 0 nothing failed; 1 failing findings at or above the threshold, or input files that could not be parsed; 2 usage or fatal error (or parse errors with --parse-errors-fatal)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan files and directories (default: the current directory). `-` reads standard input.
    Scan(Box<ScanArgs>),
    /// List the rules.
    Rules(RulesArgs),
    /// Run the language server on standard input and output.
    Lsp,
    /// GitHub integration used by the Action.
    #[command(subcommand)]
    Github(GithubCommand),
    /// Read and parse files without evaluating them (the benchmarks' baseline).
    #[command(hide = true)]
    ParseOnly { paths: Vec<PathBuf> },
    /// Show a rule's documentation.
    Explain {
        /// A rule id, e.g. AWS-S3-001.
        rule: String,
    },
}

#[derive(Subcommand)]
enum GithubCommand {
    /// Create or update Parapet's sticky comment on a pull request. Needs GITHUB_TOKEN.
    Comment {
        /// The Markdown to post (from `--format markdown=FILE`).
        #[arg(long)]
        body_file: PathBuf,
        /// owner/name (default: GITHUB_REPOSITORY).
        #[arg(long)]
        repo: Option<String>,
        /// Pull request number (default: from the GITHUB_EVENT_PATH payload).
        #[arg(long)]
        pr: Option<u64>,
        /// API base URL (default: GITHUB_API_URL or https://api.github.com).
        #[arg(long)]
        api_url: Option<String>,
    },
    /// Print the base commit of the pull request in GITHUB_EVENT_PATH (nothing otherwise).
    BaseRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Text,
    Json,
    Sarif,
    /// GitHub Actions annotations (and the job summary when `GITHUB_STEP_SUMMARY` is set).
    Github,
    /// Markdown for a pull-request comment.
    Markdown,
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Args)]
struct ScanArgs {
    /// Files or directories to scan; `-` for standard input.
    paths: Vec<PathBuf>,
    /// Output format; repeat for several, each as FORMAT or FORMAT=FILE
    /// (e.g. `--format text --format sarif=results.sarif`).
    #[arg(long, short = 'f', value_name = "FORMAT[=FILE]")]
    format: Vec<String>,
    /// Write the (first) report to this file instead of standard output.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Lowest severity reported and failing: info, low, medium, high, critical.
    #[arg(long)]
    min_severity: Option<String>,
    /// Lowest severity that makes the exit code non-zero (findings below it are still
    /// reported), or `never`.
    #[arg(long, value_name = "SEVERITY|never")]
    fail_on: Option<String>,
    /// Run only these rule ids or prefixes (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Do not run these rule ids or prefixes.
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Run only the rules mapped to this compliance framework (e.g. cis-aws-3.0).
    #[arg(long, value_delimiter = ',')]
    framework: Vec<String>,
    /// Only report resources read from these inputs: terraform, cloudformation, kubernetes.
    #[arg(long, value_delimiter = ',')]
    input_format: Vec<String>,
    /// Glob of paths to leave out (repeatable).
    #[arg(long)]
    exclude: Vec<String>,
    /// Configuration file (default: parapet.toml found from the scanned path upwards).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Ignore any parapet.toml.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Terraform variable, NAME=VALUE (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    vars: Vec<String>,
    /// Terraform variable file (repeatable).
    #[arg(long = "var-file")]
    var_files: Vec<PathBuf>,
    /// CloudFormation parameter, KEY=VALUE (repeatable).
    #[arg(long = "cfn-parameter", value_name = "KEY=VALUE")]
    cfn_parameters: Vec<String>,
    /// Print the normalized model as JSON instead of findings.
    #[arg(long)]
    dump_model: bool,
    /// Also report skipped checks (values that could not be resolved).
    #[arg(long)]
    show_skipped: bool,
    /// Make files that cannot be parsed a fatal error (exit code 2).
    #[arg(long)]
    parse_errors_fatal: bool,
    /// Also list suppressed findings in the text output (JSON and SARIF always carry them).
    #[arg(long)]
    show_suppressed: bool,
    /// Ignore inline suppressions (comments, annotations, template metadata).
    #[arg(long)]
    no_inline_suppressions: bool,
    /// Record the current failing findings as a baseline file.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Report only findings on lines or resources changed since this git ref.
    #[arg(long, value_name = "REF")]
    diff_base: Option<String>,
    /// The date of the scan (YYYY-MM-DD; default today): suppressions expire against it, and
    /// dated rules (a version's end of support) are checked on it.
    #[arg(long, hide = true)]
    today: Option<String>,
    /// Only print findings, no summary or progress.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Colour in the text output.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

#[derive(Args)]
struct RulesArgs {
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
    /// Only rules whose id starts with this prefix.
    #[arg(long)]
    select: Option<String>,
    /// Only rules of this provider (aws, kubernetes).
    #[arg(long)]
    provider: Option<String>,
    /// Only rules at or above this severity.
    #[arg(long)]
    min_severity: Option<String>,
    /// Only rules mapped to this framework.
    #[arg(long)]
    framework: Option<String>,
    /// Only rules that support this input format (terraform, cloudformation, kubernetes).
    #[arg(long)]
    input: Option<String>,
}

/// Parses the command line, runs it, and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(a) => scan(*a),
        Command::Rules(a) => rules(a),
        Command::Explain { rule } => explain(&rule),
        Command::Lsp => Ok(parapet_lsp::run_stdio().clamp(0, 255) as u8),
        Command::Github(GithubCommand::Comment {
            body_file,
            repo,
            pr,
            api_url,
        }) => github_comment(&body_file, repo, pr, api_url),
        Command::ParseOnly { paths } => {
            let paths = if paths.is_empty() {
                vec![PathBuf::from(".")]
            } else {
                paths
            };
            let st = parapet_engine::parse_only(&Settings {
                root: scan_root(&paths),
                paths,
                ..Default::default()
            });
            println!(
                "{} files, {} bytes, {} failed to parse",
                st.files, st.bytes, st.errors
            );
            Ok(EXIT_OK)
        }
        Command::Github(GithubCommand::BaseRef) => {
            let base = std::env::var("GITHUB_EVENT_PATH")
                .ok()
                .and_then(|p| std::fs::read_to_string(p).ok())
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .and_then(|e| {
                    e.pointer("/pull_request/base/sha")
                        .and_then(|v| v.as_str())
                        .map(str::to_string)
                });
            if let Some(b) = base {
                println!("{b}");
            }
            Ok(EXIT_OK)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn parse_severity(s: &str) -> Result<Severity> {
    Severity::parse(s).with_context(|| {
        format!("unknown severity `{s}` (expected info, low, medium, high or critical)")
    })
}

fn pair(s: &str, what: &str) -> Result<(String, String)> {
    match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
        _ => bail!("{what} must be NAME=VALUE, got `{s}`"),
    }
}

/// The directory paths are reported relative to: the working directory when everything
/// scanned is inside it, else the scanned directory.
fn scan_root(paths: &[PathBuf]) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let abs =
        |p: &Path| normalize_path(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
    let inside = paths.iter().all(|p| abs(p).starts_with(&cwd));
    if inside || paths.is_empty() {
        return cwd;
    }
    let first = abs(&paths[0]);
    if first.is_dir() {
        first
    } else {
        first.parent().map(Path::to_path_buf).unwrap_or(cwd)
    }
}

fn scan(a: ScanArgs) -> Result<u8> {
    let mut stdin = None;
    let mut paths: Vec<PathBuf> = Vec::new();
    for p in &a.paths {
        if p.as_os_str() == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading standard input")?;
            stdin = Some(s);
        } else {
            paths.push(p.clone());
        }
    }
    if paths.is_empty() && stdin.is_none() {
        paths.push(PathBuf::from("."));
    }
    let root = scan_root(&paths);
    let config = if a.no_config {
        Config::default()
    } else {
        let file = match &a.config {
            Some(c) => Some(c.clone()),
            None => Config::discover(
                paths
                    .first()
                    .map(PathBuf::as_path)
                    .unwrap_or(Path::new(".")),
            ),
        };
        match file {
            Some(f) => Config::load(&f).map_err(|e| anyhow::anyhow!("{e}"))?,
            None => Config::default(),
        }
    };
    let min_severity = a.min_severity.as_deref().map(parse_severity).transpose()?;
    // None: never fail.
    let fail_on: Option<Severity> = match a.fail_on.as_deref() {
        Some("never") => None,
        Some(s) => Some(parse_severity(s)?),
        None => Some(Severity::Info),
    };
    let mut tf_vars = Vec::new();
    for v in &a.vars {
        tf_vars.push(pair(v, "--var")?);
    }
    let mut cfn_parameters = indexmap::IndexMap::new();
    for p in &a.cfn_parameters {
        let (k, v) = pair(p, "--cfn-parameter")?;
        cfn_parameters.insert(k, v);
    }
    let known: Vec<&str> = parapet_rules::frameworks()
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    for f in a.framework.iter().chain(&config.scan.frameworks) {
        if !known.contains(&f.as_str()) {
            bail!("unknown framework `{f}` (known: {})", known.join(", "));
        }
    }
    let tf_env: Vec<(String, String)> = std::env::vars()
        .filter_map(|(k, v)| k.strip_prefix("TF_VAR_").map(|n| (n.to_string(), v)))
        .collect();
    let parse_errors_fatal = a.parse_errors_fatal || config.scan.parse_errors_fatal;
    let today = match &a.today {
        Some(t) => Some(
            parapet_engine::suppress::Date::parse(t)
                .with_context(|| format!("--today: `{t}` is not a YYYY-MM-DD date"))?,
        ),
        None => None,
    };
    let baseline = match &a.baseline {
        Some(p) => Some(parapet_engine::baseline::Baseline::read(p).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let changes = match &a.diff_base {
        Some(r) => Some(parapet_engine::diff::changes_since(r, &root).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let mut input_formats = Vec::new();
    for f in &a.input_format {
        input_formats.push(parapet_model::Format::parse(f).with_context(|| {
            format!("unknown input format `{f}` (terraform, cloudformation, kubernetes)")
        })?);
    }
    let settings = Settings {
        input_formats,
        // JUnit lists passing checks as test cases.
        keep_passes: a.show_skipped
            || a.format.iter().any(|f| {
                f.split('=')
                    .next()
                    .is_some_and(|n| n.eq_ignore_ascii_case("junit"))
            }),
        no_inline_suppressions: a.no_inline_suppressions,
        today,
        baseline,
        changes,
        overlay: Default::default(),
        paths,
        root,
        stdin,
        config,
        exclude: a.exclude.clone(),
        select: a.select.clone(),
        ignore: a.ignore.clone(),
        frameworks: a.framework.clone(),
        min_severity,
        tf_vars,
        tf_var_files: a.var_files.clone(),
        tf_env,
        cfn_parameters,
        keep_model: a.dump_model,
        keep_sources: false,
        manifest_budget: None,
        findings_budget: None,
    };

    // Outputs: FORMAT or FORMAT=FILE.
    let mut outputs: Vec<(ReportFormat, Option<PathBuf>)> = Vec::new();
    for f in &a.format {
        let (name, file) = match f.split_once('=') {
            Some((n, p)) => (n, Some(PathBuf::from(p))),
            None => (f.as_str(), None),
        };
        let fmt = ReportFormat::from_str(name, true).map_err(|_| {
            anyhow::anyhow!("unknown format `{name}` (text, json, sarif, github, markdown, junit)")
        })?;
        outputs.push((fmt, file));
    }
    if outputs.is_empty() {
        outputs.push((ReportFormat::Text, None));
    }
    if let Some(o) = &a.output {
        if outputs[0].1.is_none() {
            outputs[0].1 = Some(o.clone());
        }
    }
    let stdout_is_tty = std::io::stdout().is_terminal();
    let machine_on_stdout = outputs
        .iter()
        .any(|(f, p)| p.is_none() && *f != ReportFormat::Text)
        || a.dump_model;
    let show_progress = !a.quiet && !machine_on_stdout && std::io::stderr().is_terminal();

    let done = Arc::new(AtomicBool::new(false));
    let progress = show_progress.then(|| {
        let done = done.clone();
        std::thread::spawn(move || {
            let start = std::time::Instant::now();
            let frames = ['|', '/', '-', '\\'];
            let mut i = 0;
            let mut shown = false;
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(100));
                if start.elapsed().as_millis() > 400 {
                    shown = true;
                    eprint!(
                        "\r{} scanning… {:.1}s",
                        frames[i % frames.len()],
                        start.elapsed().as_secs_f32()
                    );
                    i += 1;
                }
            }
            if shown {
                eprint!("\r\x1b[2K");
            }
        })
    });
    let started = std::time::Instant::now();
    let timings = std::env::var_os("PARAPET_TIMINGS").is_some();
    let result = parapet_engine::scan(&settings);
    if timings {
        eprintln!("parapet: scan returned at {:?}", started.elapsed());
    }
    done.store(true, Ordering::Relaxed);
    if let Some(p) = progress {
        let _ = p.join();
    }

    if let Some(p) = &a.write_baseline {
        let b = parapet_engine::baseline::Baseline::from_findings(result.failures());
        std::fs::write(p, b.to_json()).with_context(|| format!("writing {}", p.display()))?;
    }

    if a.dump_model {
        let text = serde_json::to_string_pretty(&result.model)? + "\n";
        write_out(a.output.as_deref(), &text)?;
        return Ok(EXIT_OK);
    }

    let color = match a.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stdout_is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    for (fmt, file) in &outputs {
        let opts = ReportOptions {
            color: color && file.is_none(),
            show_skipped: a.show_skipped,
            show_suppressed: a.show_suppressed,
            no_summary: a.quiet,
        };
        if *fmt == ReportFormat::Github {
            if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|v| !v.is_empty())
            {
                let md = parapet_report::markdown::render(
                    &result,
                    &parapet_report::markdown::Links::from_github_env(),
                );
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&summary)
                    .with_context(|| {
                        format!(
                            "opening GITHUB_STEP_SUMMARY {}",
                            PathBuf::from(&summary).display()
                        )
                    })?;
                f.write_all(md.as_bytes())?;
            }
        }
        let written = write_report(file.as_deref(), |w| match fmt {
            ReportFormat::Text => parapet_report::text::write(&result, &opts, w),
            ReportFormat::Json => parapet_report::json::write(&result, &opts, w),
            ReportFormat::Sarif => parapet_report::sarif::write(&result, w),
            ReportFormat::Markdown => w.write_all(
                parapet_report::markdown::render(
                    &result,
                    &parapet_report::markdown::Links::from_github_env(),
                )
                .as_bytes(),
            ),
            ReportFormat::Junit => w.write_all(parapet_report::junit::render(&result).as_bytes()),
            ReportFormat::Github => w.write_all(parapet_report::github::render(&result).as_bytes()),
        });
        written?;
        if timings {
            eprintln!("parapet: {fmt:?} written at {:?}", started.elapsed());
        }
    }

    if let Some(e) = result.findings.error() {
        anyhow::bail!("{e}");
    }
    let errors = result.input_errors();
    if errors > 0 && parse_errors_fatal {
        return Ok(EXIT_ERROR);
    }
    if fail_on.is_none() {
        return Ok(EXIT_OK);
    }
    let failing = fail_on.map_or(0, |t| result.findings.counts().reported_at_least(t));
    Ok(if failing > 0 || errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// Writes a report to a file or standard output through a buffer, as the reporter produces it.
fn write_report(
    file: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match file {
        Some(p) => {
            let f = std::fs::File::create(p).with_context(|| format!("writing {}", p.display()))?;
            let mut w = std::io::BufWriter::new(f);
            write(&mut w)
                .and_then(|_| w.flush())
                .with_context(|| format!("writing {}", p.display()))
        }
        None => {
            let out = std::io::stdout().lock();
            let mut w = std::io::BufWriter::new(out);
            // A closed pipe (`| head`) is not an error worth a message.
            match write(&mut w).and_then(|_| w.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("writing to standard output"),
            }
        }
    }
}

fn write_out(file: Option<&Path>, text: &str) -> Result<()> {
    match file {
        Some(p) => std::fs::write(p, text).with_context(|| format!("writing {}", p.display())),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("writing to standard output"),
            }
        }
    }
}

fn rules(a: RulesArgs) -> Result<u8> {
    let min = a.min_severity.as_deref().map(parse_severity).transpose()?;
    let list: Vec<_> = parapet_rules::catalogue()
        .iter()
        .filter(|e| {
            a.select.as_ref().is_none_or(|s| {
                parapet_engine::matches_selector(&e.meta.id, std::slice::from_ref(s))
            })
        })
        .filter(|e| a.provider.as_ref().is_none_or(|p| &e.provider == p))
        .filter(|e| min.is_none_or(|m| e.meta.severity >= m))
        .filter(|e| {
            a.framework
                .as_ref()
                .is_none_or(|f| e.meta.compliance.contains_key(f))
        })
        .filter(|e| a.input.as_ref().is_none_or(|i| e.meta.formats.contains(i)))
        .collect();
    let text = match a.format {
        ReportFormat::Json => {
            let v: Vec<serde_json::Value> = list
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "id": e.meta.id,
                        "name": e.meta.name,
                        "provider": e.provider,
                        "service": e.service,
                        "title": e.meta.title,
                        "severity": e.meta.severity.as_str(),
                        "target": e.meta.target,
                        "formats": e.meta.formats,
                        "compliance": e.meta.compliance,
                        "help_uri": parapet_rules::docs::help_uri(&e.meta.id),
                    })
                })
                .collect();
            serde_json::to_string_pretty(&v)? + "\n"
        }
        ReportFormat::Sarif
        | ReportFormat::Github
        | ReportFormat::Markdown
        | ReportFormat::Junit => {
            bail!("`parapet rules` prints text or json")
        }
        ReportFormat::Text => {
            let mut s = String::new();
            for e in &list {
                s.push_str(&format!(
                    "{:<12} {:<8} {:<40} {}\n",
                    e.meta.id,
                    e.meta.severity.as_str(),
                    e.meta.formats.join(","),
                    e.meta.title
                ));
            }
            s.push_str(&format!("{} rules\n", list.len()));
            s
        }
    };
    write_out(None, &text)?;
    Ok(EXIT_OK)
}

fn explain(id: &str) -> Result<u8> {
    match parapet_rules::find(id) {
        Some(e) => {
            write_out(None, &parapet_rules::docs::render(e))?;
            Ok(EXIT_OK)
        }
        None => bail!("no rule `{id}`; `parapet rules` lists them"),
    }
}

fn github_comment(
    body_file: &Path,
    repo: Option<String>,
    pr: Option<u64>,
    api_url: Option<String>,
) -> Result<u8> {
    let token = std::env::var("GITHUB_TOKEN")
        .ok()
        .filter(|t| !t.is_empty())
        .context("GITHUB_TOKEN is not set")?;
    let repo = repo
        .or_else(|| std::env::var("GITHUB_REPOSITORY").ok())
        .filter(|r| r.contains('/'))
        .context("no repository: pass --repo owner/name or set GITHUB_REPOSITORY")?;
    let pr = match pr {
        Some(n) => n,
        None => {
            let path = std::env::var("GITHUB_EVENT_PATH")
                .context("no pull request: pass --pr or set GITHUB_EVENT_PATH")?;
            let event: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?,
            )
            .with_context(|| format!("{path} is not JSON"))?;
            match github::pr_number(&event) {
                Some(n) => n,
                None => {
                    eprintln!("parapet: not a pull request event; no comment posted");
                    return Ok(EXIT_OK);
                }
            }
        }
    };
    let api = api_url
        .or_else(|| std::env::var("GITHUB_API_URL").ok())
        .unwrap_or_else(|| "https://api.github.com".to_string());
    let body = std::fs::read_to_string(body_file)
        .with_context(|| format!("reading {}", body_file.display()))?;
    let client = github::Client::new(&api, &token);
    match client.upsert_comment(&repo, pr, parapet_report::markdown::MARKER, &body)? {
        github::Outcome::Created(id) => eprintln!("parapet: created comment {id} on {repo}#{pr}"),
        github::Outcome::Updated(id) => eprintln!("parapet: updated comment {id} on {repo}#{pr}"),
    }
    Ok(EXIT_OK)
}
