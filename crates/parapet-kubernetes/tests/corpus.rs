//! Robustness over real public manifests (`$PARAPET_CORPUS/kubernetes`).

mod common;

use parapet_kubernetes::link;
use parapet_model::{Config, Model};
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| matches!(x, "yaml" | "yml" | "json"))
        {
            out.push(p);
        }
    }
}

#[test]
fn corpus_loads_without_panics() {
    let Some(root) = std::env::var_os("PARAPET_CORPUS") else {
        println!("skipped: PARAPET_CORPUS not set");
        return;
    };
    let dir = PathBuf::from(root).join("kubernetes");
    let mut files = Vec::new();
    walk(&dir, &mut files);
    files.sort();
    assert!(
        files.len() > 100,
        "only {} files under {}",
        files.len(),
        dir.display()
    );
    let mut model = Model::default();
    let mut workloads = 0;
    let mut with_errors = 0;
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let name = f
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let unit = common::load(&name, &text);
        if !unit.diagnostics.is_empty() {
            with_errors += 1;
        }
        for r in &unit.resources {
            assert!(r.origin.line().is_some(), "{}", r.address);
            if let Config::Workload(w) = &r.config {
                workloads += 1;
                for c in &w.pod.containers {
                    assert!(c.origin.line().is_some());
                }
            }
        }
        model.push_unit(&unit);
    }
    let edges = link(&model.resources);
    println!(
        "{} files, {} resources, {workloads} workloads, {} edges, {with_errors} files with load errors",
        files.len(),
        model.resources.len(),
        edges.len()
    );
    assert!(workloads > 250, "only {workloads} workloads");
    assert!(
        model.resources.len() > 700,
        "only {} resources",
        model.resources.len()
    );
    // Services in the corpus select their deployments.
    assert!(edges.len() > 100, "only {} edges", edges.len());
    // Raw Helm templates (`templates/*.yaml`) and a few broken samples do not load; the
    // rest must.
    assert!(
        with_errors * 10 < files.len(),
        "{with_errors} files with load errors"
    );
}
