//! Robustness over real-world Terraform (the shared corpus, `PARAPET_CORPUS`), and the bounds
//! that keep hostile configurations from hanging a scan.

mod common;

use common::*;
use parapet_model::{Config, DiagnosticLevel, Resource};
use parapet_terraform::{load_root, Options};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("PARAPET_CORPUS") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p).join("terraform")),
        _ => {
            println!("skipped: PARAPET_CORPUS not set");
            None
        }
    }
}

/// Every directory holding `.tf` files, outside hidden directories.
fn tf_dirs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    if entries
        .iter()
        .any(|p| p.is_file() && p.extension().is_some_and(|x| x == "tf"))
    {
        out.push(dir.to_path_buf());
    }
    for p in entries {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if p.is_dir() && !hidden {
            tf_dirs(&p, out);
        }
    }
}

#[test]
fn every_corpus_module_loads_without_errors() {
    let Some(root) = corpus() else { return };
    let mut dirs = Vec::new();
    tf_dirs(&root, &mut dirs);
    assert!(dirs.len() > 50, "only {} directories found", dirs.len());
    let opts = Options {
        root: root.clone(),
        ..Default::default()
    };
    let mut failures = Vec::new();
    let mut in_modules = 0;
    let mut count_keys = 0;
    let mut each_keys = 0;
    for d in &dirs {
        let u = load_root(d, &opts);
        for x in u
            .diagnostics
            .iter()
            .filter(|x| x.level == DiagnosticLevel::Error)
        {
            failures.push(format!(
                "{}: {}:{} {} {}",
                d.display(),
                x.file,
                x.line(),
                x.code,
                x.message
            ));
        }
        if d.components().any(|c| c.as_os_str() == "examples") {
            for r in &u.resources {
                in_modules += usize::from(r.address.contains("module."));
                count_keys += usize::from(r.address.contains("[0]"));
                each_keys += usize::from(r.address.contains("[\""));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(in_modules > 100, "{in_modules} resources inside modules");
    assert!(count_keys > 50, "{count_keys} resources with count keys");
    assert!(each_keys > 10, "{each_keys} resources with for_each keys");
}

fn find<'a>(rs: &'a [Resource], address: &str) -> &'a Resource {
    resource(rs, address)
}

#[test]
fn module_inputs_reach_the_typed_model_in_the_corpus() {
    let Some(root) = corpus() else { return };
    let opts = Options {
        root: root.clone(),
        ..Default::default()
    };
    // examples/complete passes `ingress_cidr_blocks = ["10.10.0.0/16"]` and
    // `ingress_rules = ["https-443-tcp"]` to the module, which turns them into an
    // `aws_security_group_rule` joined to its group.
    let dir = root.join("terraform-aws-security-group/examples/complete");
    let u = load_root(&dir, &opts);
    let sg = find(
        &u.resources,
        "module.main_sg.aws_security_group.this_name_prefix[0]",
    );
    let Config::SecurityGroup(g) = &sg.config else {
        panic!("{:?}", sg.config)
    };
    assert_eq!(
        g.description.get(),
        Some(&Some(
            "Security group which is used as an argument in complete-sg".to_string()
        ))
    );
    let rule = g
        .ingress
        .iter()
        .find(|r| r.from_port.get() == Some(&Some(443)))
        .expect("the https rule");
    assert_eq!(rule.to_port.get(), Some(&Some(443)));
    assert_eq!(rule.protocol.get().map(String::as_str), Some("tcp"));
    assert_eq!(
        rule.cidr_ipv4.get(),
        Some(&vec!["10.10.0.0/16".to_string()])
    );
    // Located in the module, reached through the call in the example.
    assert_eq!(
        file(&rule.cidr_ipv4.origin),
        "terraform-aws-security-group/main.tf"
    );
    assert_eq!(
        file(&sg.call_chain[0]),
        "terraform-aws-security-group/examples/complete/main.tf"
    );
    assert_eq!(line(&sg.call_chain[0]), 36);

    // A for_each over a module input: the bucket module's metric configurations.
    let s3 = load_root(
        &root.join("terraform-aws-s3-bucket/examples/complete"),
        &opts,
    );
    assert!(s3
        .resources
        .iter()
        .any(|r| r.address == r#"module.s3_bucket.aws_s3_bucket_metric.this["0"]"#));
}

fn fast<T>(f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let v = f();
    // A sanity bound, not a timing test.
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t.elapsed()
    );
    v
}

fn codes(u: &parapet_model::Unit) -> Vec<&str> {
    u.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn a_module_calling_itself_is_a_cycle() {
    let fx = Fixture::new(&[(
        "main.tf",
        "module \"me\" {\n  source = \"./\"\n}\nresource \"aws_s3_bucket\" \"b\" {}\n",
    )]);
    let u = fast(|| load_root(fx.root(), &fx.opts()));
    assert_eq!(codes(&u), ["module-cycle"]);
    assert_eq!(u.diagnostics[0].line(), 1);
    assert_eq!(u.resources.len(), 1);
}

#[test]
fn two_modules_calling_each_other_are_a_cycle() {
    let fx = Fixture::new(&[
        ("main.tf", "module \"a\" {\n  source = \"./a\"\n}\n"),
        (
            "a/main.tf",
            "module \"b\" {\n  source = \"../b\"\n}\nresource \"aws_s3_bucket\" \"a\" {}\n",
        ),
        (
            "b/main.tf",
            "module \"a\" {\n  source = \"../a\"\n}\nresource \"aws_s3_bucket\" \"b\" {}\n",
        ),
    ]);
    let u = fast(|| load_root(fx.root(), &fx.opts()));
    assert_eq!(codes(&u), ["module-cycle"]);
    assert_eq!(&*u.diagnostics[0].file, "b/main.tf");
    let mut addrs: Vec<&str> = u.resources.iter().map(|r| r.address.as_str()).collect();
    addrs.sort();
    assert_eq!(
        addrs,
        [
            "module.a.aws_s3_bucket.a",
            "module.a.module.b.aws_s3_bucket.b"
        ]
    );
}

#[test]
fn a_huge_count_is_a_limit() {
    let fx = Fixture::new(&[(
        "main.tf",
        "resource \"aws_s3_bucket\" \"b\" {\n  count  = 100000\n  bucket = \"b-${count.index}\"\n}\n",
    )]);
    let u = fast(|| load_root(fx.root(), &fx.opts()));
    assert_eq!(codes(&u), ["limit"]);
    assert_eq!(u.diagnostics[0].line(), 2);
    assert!(u.resources.is_empty());
}

#[test]
fn nested_instances_are_bounded_in_total() {
    // 5000 module instances of 5000 resources each would be 25 million resources.
    let fx = Fixture::new(&[
        (
            "main.tf",
            "module \"m\" {\n  source = \"./m\"\n  count  = 5000\n}\n",
        ),
        (
            "m/main.tf",
            "resource \"aws_s3_bucket\" \"b\" {\n  count = 5000\n}\n",
        ),
    ]);
    let u = fast(|| load_root(fx.root(), &fx.opts()));
    assert!(codes(&u).contains(&"limit"), "{:?}", codes(&u));
    assert!(u.resources.len() <= 100_000);
}

/// The scan-wide module cache holds the child modules roots call, never the roots themselves,
/// however the root's path is written (`a/../a` is the same directory).
#[test]
fn the_module_cache_holds_child_modules_only() {
    let dir = tempfile::tempdir().unwrap();
    let module = dir.path().join("modules/m");
    std::fs::create_dir_all(&module).unwrap();
    std::fs::write(
        module.join("main.tf"),
        "resource \"aws_s3_bucket\" \"b\" {}\n",
    )
    .unwrap();
    let cache = std::sync::Arc::new(parapet_terraform::ModuleCache::default());
    for name in ["a", "b"] {
        let root = dir.path().join(name);
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(
            root.join("main.tf"),
            "module \"m\" {\n  source = \"../modules/m\"\n}\n",
        )
        .unwrap();
        let opts = Options {
            root: dir.path().to_path_buf(),
            module_cache: Some(cache.clone()),
            ..Default::default()
        };
        let written = dir.path().join(name).join("..").join(name);
        let u = load_root(&written, &opts);
        assert_eq!(u.resources.len(), 1, "{:?}", u.diagnostics);
    }
    assert_eq!(format!("{cache:?}"), "ModuleCache(1 directories)");
}
