//! The positioned YAML loader on arbitrary UTF-8, and each document converted to a model node.
//! Must never panic, and stays bounded in depth and alias expansion.

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
    let file: FileRef = Arc::from("fuzz.yaml");
    let idx = LineIndex::new(text.clone());
    let (docs, errors) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
    for doc in &docs {
        assert!(doc.root.start <= doc.root.end && doc.root.end <= text.len());
        std::hint::black_box(doc.root.to_node(&file, &idx));
    }
    std::hint::black_box(errors);
});
