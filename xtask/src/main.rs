//! Project tasks: `cargo xtask new-rule <provider> <service> <name>`, `cargo xtask docs`
//! (regenerate docs/rules and the config schema), `cargo xtask docs --check` (fail if stale).

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("new-rule") => {
            let [_, provider, service, name] = args.as_slice() else {
                bail!("usage: cargo xtask new-rule <provider> <service> <name>");
            };
            new_rule(provider, service, name)
        }
        Some("docs") => docs(args.iter().any(|a| a == "--check")),
        _ => bail!("usage: cargo xtask new-rule <provider> <service> <name> | docs [--check]"),
    }
}

/// The generated files: path relative to the root → contents.
fn generated() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let cat = parapet_rules::catalogue();
    for e in cat {
        out.push((
            PathBuf::from("docs/rules").join(parapet_rules::docs::page_name(&e.meta.id)),
            parapet_rules::docs::render(e),
        ));
    }
    out.push((
        PathBuf::from("docs/rules/README.md"),
        parapet_rules::docs::render_index(cat),
    ));
    out.push((
        PathBuf::from("docs/parapet.schema.json"),
        parapet_engine::config::Config::json_schema(),
    ));
    out
}

fn docs(check: bool) -> Result<()> {
    let root = root();
    let files = generated();
    let mut stale = Vec::new();
    for (rel, text) in &files {
        let path = root.join(rel);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != *text {
            if check {
                stale.push(rel.display().to_string());
            } else {
                std::fs::create_dir_all(path.parent().unwrap())?;
                std::fs::write(&path, text)?;
            }
        }
    }
    // Pages of rules that no longer exist.
    let keep: Vec<PathBuf> = files.iter().map(|(p, _)| root.join(p)).collect();
    if let Ok(rd) = std::fs::read_dir(root.join("docs/rules")) {
        for e in rd.flatten() {
            if !keep.contains(&e.path()) {
                if check {
                    stale.push(e.path().display().to_string());
                } else {
                    std::fs::remove_file(e.path())?;
                }
            }
        }
    }
    if !stale.is_empty() {
        bail!(
            "generated docs are stale, run `cargo xtask docs`:\n  {}",
            stale.join("\n  ")
        );
    }
    Ok(())
}

fn next_id(provider: &str, service: &str) -> String {
    let prefix = format!("{}-{}-", provider.to_uppercase(), service.to_uppercase());
    let n = parapet_rules::catalogue()
        .iter()
        .filter_map(|e| e.meta.id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{:03}", n + 1)
}

fn new_rule(provider: &str, service: &str, name: &str) -> Result<()> {
    if !name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        bail!("the name must be kebab-case and name the bad pattern, e.g. s3-bucket-versioning-disabled");
    }
    let root = root();
    let dir = root.join("rules").join(provider).join(service).join(name);
    if dir.exists() {
        bail!("{} exists", dir.display());
    }
    let id = next_id(provider, service);
    let module = name.replace('-', "_");
    let formats: &[&str] = if provider == "kubernetes" {
        &["kubernetes"]
    } else {
        &["terraform", "cloudformation"]
    };
    std::fs::create_dir_all(&dir)?;
    let mut yaml = format!(
        "id: {id}\nname: {name}\ntitle: TODO one line naming the bad pattern\nseverity: medium\ntarget: TODO model type, e.g. aws::s3::Bucket\nformats: [{}]\ndescription: |\n  TODO what the rule finds.\nrationale: |\n  TODO why it matters.\nremediation:\n  summary: TODO one line.\n  snippets:\n",
        formats.join(", ")
    );
    for f in formats {
        yaml.push_str(&format!("    {f}: |\n      TODO\n"));
        let fdir = dir.join(f);
        std::fs::create_dir_all(&fdir)?;
        for file in parapet_rules::meta::fixture_names(f) {
            let marker = if file.starts_with("bad") {
                format!("  # expect: {id}\n")
            } else {
                String::new()
            };
            std::fs::write(
                fdir.join(file),
                format!(
                    "# TODO: {} fixture for {id}\n{marker}",
                    &file[..file.find('.').unwrap_or(0)]
                ),
            )?;
        }
    }
    yaml.push_str("compliance: {}\nreferences: []\n");
    std::fs::write(dir.join("rule.yaml"), yaml)?;

    // The Rust file, its module line, and the registry line.
    let src = root
        .join("crates/parapet-rules/src/checks")
        .join(provider)
        .join(service);
    std::fs::create_dir_all(&src)?;
    std::fs::write(
        src.join(format!("{module}.rs")),
        format!(
            "//! {id}: TODO\n\nuse crate::{{Check, Ctx, Outcomes}};\n\npub struct Rule;\n\nimpl Check for Rule {{\n    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {{\n        let _ = (ctx, out);\n        todo!(\"{id}\")\n    }}\n}}\n"
        ),
    )?;
    add_mod_line(&src.join("mod.rs"), &module)?;
    add_mod_line(&src.parent().unwrap().join("mod.rs"), service)?;
    add_mod_line(
        &root.join("crates/parapet-rules/src/checks/mod.rs"),
        provider,
    )?;
    let reg = root.join("crates/parapet-rules/src/registry.rs");
    let text = std::fs::read_to_string(&reg)?;
    let line = format!("    (\"{id}\", &checks::{provider}::{service}::{module}::Rule),\n");
    let text = text.replacen(
        "    // new rules above this line",
        &format!("{line}    // new rules above this line"),
        1,
    );
    std::fs::write(&reg, text).context("registry")?;
    println!("created {id} in {}\nfill in rule.yaml, the fixtures and crates/parapet-rules/src/checks/{provider}/{service}/{module}.rs", dir.display());
    Ok(())
}

fn add_mod_line(file: &Path, module: &str) -> Result<()> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let line = format!("pub mod {module};");
    if text.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let mut lines: Vec<&str> = text.lines().collect();
    lines.push(&line);
    let (mods, other): (Vec<&str>, Vec<&str>) =
        lines.into_iter().partition(|l| l.starts_with("pub mod "));
    let mut mods = mods;
    mods.sort();
    let mut out = other.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&mods.join("\n"));
    out.push('\n');
    std::fs::write(file, out)?;
    Ok(())
}
