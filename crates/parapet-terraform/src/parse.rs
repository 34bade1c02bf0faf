//! Parsing with bounds: hcl-edit's parser is recursive, so nesting is checked first.

use hcl_edit::structure::Body;

/// Deepest bracket nesting accepted before parsing.
pub const MAX_NESTING: usize = 256;

/// Parses a body, refusing pathological nesting. Errors carry a byte offset and a message.
pub fn parse_body_bounded(text: &str) -> Result<Body, (usize, String)> {
    if let Some(off) = nesting_exceeds(text, MAX_NESTING) {
        return Err((
            off,
            format!("brackets nested deeper than {MAX_NESTING} levels; file not parsed"),
        ));
    }
    hcl_edit::parser::parse_body(text).map_err(|e| {
        let loc = e.location();
        let msg = e
            .message()
            .lines()
            .next()
            .unwrap_or("syntax error")
            .to_string();
        (loc.offset(), format!("syntax error: {msg}"))
    })
}

/// The offset at which bracket nesting first exceeds `max`, skipping strings and comments
/// (an approximation that errs towards parsing).
pub fn nesting_exceeds(text: &str, max: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut in_str = false;
    while i < b.len() {
        let c = b[i];
        if in_str {
            match c {
                b'\\' => i += 1,
                b'"' => in_str = false,
                b'\n' => in_str = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => in_str = true,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 1;
                }
                b'{' | b'[' | b'(' => {
                    depth += 1;
                    if depth > max {
                        return Some(i);
                    }
                }
                b'}' | b']' | b')' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("a = {}1{}\n", "[".repeat(1000), "]".repeat(1000));
        let err = parse_body_bounded(&text).unwrap_err();
        assert!(err.1.contains("nested deeper"));
        assert!(parse_body_bounded("a = [[1]]\n").is_ok());
    }

    #[test]
    fn syntax_errors_have_offsets() {
        let err = parse_body_bounded("a = 1\nb = {\n").unwrap_err();
        assert!(err.0 >= 6, "{err:?}");
    }
}
