//! Arbitrary UTF-8 loaded as YAML; every document that looks like a CloudFormation template is
//! evaluated (parameters, conditions, intrinsics) and adapted. Must never panic.

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
    let file: FileRef = Arc::from("template.yaml");
    let idx = LineIndex::new(text.clone());
    let (docs, _errors) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
    let opts = parapet_cloudformation::Options::default();
    for doc in &docs {
        if parapet_cloudformation::is_template(&doc.root) {
            let unit = parapet_cloudformation::load_template(&file, &text, &idx, &doc.root, &opts);
            std::hint::black_box(unit);
        }
    }
});
