//! Arbitrary UTF-8 loaded as YAML, every document read as Kubernetes manifests, then the graph
//! links (services, bindings, network policies, ...) computed over the resources. Must never
//! panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parapet_model::{FileRef, LineIndex};
use std::sync::Arc;

/// Larger inputs are ignored, so that a timeout means a real hang.
const MAX_LEN: usize = 64 * 1024;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_LEN {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text: Arc<str> = Arc::from(text);
    let file: FileRef = Arc::from("manifests.yaml");
    let idx = LineIndex::new(text.clone());
    let (docs, errors) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
    let unit = parapet_kubernetes::load_manifests(&file, &text, &idx, &docs, &errors);
    let edges = parapet_kubernetes::link(&unit.resources);
    std::hint::black_box((unit, edges));
});
