//! A Terraform file of arbitrary bytes, evaluated as a root module and adapted into the model:
//! parse (`hcl-edit`, or the `.tf.json` rewriting when the input looks like JSON), variables,
//! locals, `count`/`for_each`, functions, modules, adapters. Must never panic.
//!
//! Nothing is written to disk: the file is an in-memory overlay in an empty module directory
//! created once per process.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parapet_terraform::{load_root, Options};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Larger inputs are ignored, so that a timeout means a real hang.
const MAX_LEN: usize = 64 * 1024;

/// An empty directory, the module's and the scan root; nothing is ever written into it. One
/// level down in a folder of its own, so that `source = ".."` meets a directory with no
/// configuration rather than whatever else is in the temp dir.
fn module_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join("parapet-fuzz-hcl").join("module");
        std::fs::create_dir_all(&dir).expect("cannot create the module directory");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_LEN {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dir = module_dir();
    let name = if text.trim_start().starts_with('{') {
        "main.tf.json"
    } else {
        "main.tf"
    };
    let opts = Options {
        root: dir.clone(),
        overlay: HashMap::from([(dir.join(name), Arc::<str>::from(text))]),
        ..Options::default()
    };
    let unit = load_root(dir, &opts);
    std::hint::black_box(unit);
});
