//! Inline suppression comments: the directive parser on arbitrary text, and the search for
//! directives over a whole file. Must never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parapet_engine::suppress::{find_inline, parse_directive};
use parapet_model::FileRef;
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
    let _ = std::hint::black_box(parse_directive(text));
    let file: FileRef = Arc::from("main.tf");
    let text: Arc<str> = Arc::from(text);
    std::hint::black_box(find_inline(&file, &text));
});
