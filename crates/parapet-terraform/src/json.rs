//! A small JSON parser that keeps byte positions, producing the same positioned tree
//! ([`YNode`]) as the YAML loader. Used for `.tf.json`, plan and state files: JSON written by
//! machines is often one multi-megabyte line, which a line/column based loader handles badly.
//!
//! Bounded: nesting deeper than [`MAX_DEPTH`] is an error, never a stack overflow.

use parapet_yaml::{YKind, YNode};

/// Deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 256;

/// A parse error at a byte offset.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonError {
    pub offset: usize,
    pub message: String,
}

/// Parses one JSON document (surrounding whitespace allowed, nothing else after it).
///
/// Strings become `Scalar(text, false)`; numbers, `true`, `false` and `null` become
/// `Scalar(raw, true)` so that [`YNode::scalar`] types them. Every node's `start..end` covers
/// its text, quotes and brackets included.
pub fn parse(text: &str) -> Result<YNode, JsonError> {
    let mut p = P {
        b: text.as_bytes(),
        text,
        i: 0,
    };
    // A byte-order mark is tolerated.
    if text.starts_with('\u{feff}') {
        p.i = 3;
    }
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.err("unexpected text after the JSON value"));
    }
    Ok(v)
}

/// Whether a text looks like a JSON object (first non-blank character is `{`).
pub fn looks_like_object(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
}

struct P<'a> {
    b: &'a [u8],
    text: &'a str,
    i: usize,
}

impl P<'_> {
    fn err(&self, m: &str) -> JsonError {
        JsonError {
            offset: self.i.min(self.b.len()),
            message: m.to_string(),
        }
    }

    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<YNode, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.err(&format!("nesting deeper than {MAX_DEPTH} levels")));
        }
        let start = self.i;
        match self.b.get(self.i) {
            None => Err(self.err("unexpected end of input")),
            Some(b'{') => {
                self.i += 1;
                let mut entries = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b'}') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        if self.b.get(self.i) != Some(&b'"') {
                            return Err(self.err("expected a string key"));
                        }
                        let k = self.string()?;
                        self.ws();
                        if self.b.get(self.i) != Some(&b':') {
                            return Err(self.err("expected `:`"));
                        }
                        self.i += 1;
                        self.ws();
                        let v = self.value(depth + 1)?;
                        entries.push((k, v));
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                break;
                            }
                            _ => return Err(self.err("expected `,` or `}`")),
                        }
                    }
                }
                Ok(YNode {
                    kind: YKind::Map(entries),
                    tag: None,
                    start,
                    end: self.i,
                })
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        items.push(self.value(depth + 1)?);
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                break;
                            }
                            _ => return Err(self.err("expected `,` or `]`")),
                        }
                    }
                }
                Ok(YNode {
                    kind: YKind::Seq(items),
                    tag: None,
                    start,
                    end: self.i,
                })
            }
            Some(b'"') => self.string(),
            Some(b't') => self.word("true"),
            Some(b'f') => self.word("false"),
            Some(b'n') => self.word("null"),
            Some(c) if *c == b'-' || c.is_ascii_digit() => self.number(),
            Some(_) => Err(self.err("unexpected character")),
        }
    }

    fn word(&mut self, w: &str) -> Result<YNode, JsonError> {
        let start = self.i;
        if self.b[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(YNode {
                kind: YKind::Scalar(w.to_string(), true),
                tag: None,
                start,
                end: self.i,
            })
        } else {
            Err(self.err("unexpected word"))
        }
    }

    fn number(&mut self) -> Result<YNode, JsonError> {
        let start = self.i;
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while p.i < p.b.len() && p.b[p.i].is_ascii_digit() {
                p.i += 1;
            }
            p.i > s
        };
        if !digits(self) {
            return Err(self.err("malformed number"));
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.err("malformed number"));
            }
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.err("malformed number"));
            }
        }
        Ok(YNode {
            kind: YKind::Scalar(self.text[start..self.i].to_string(), true),
            tag: None,
            start,
            end: self.i,
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let h = self
            .text
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.err("truncated \\u escape"))?;
        let v = u32::from_str_radix(h, 16).map_err(|_| self.err("malformed \\u escape"))?;
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<YNode, JsonError> {
        let start = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            // Copy a run of plain characters at once.
            let run = self.i;
            while self.i < self.b.len() && !matches!(self.b[self.i], b'"' | b'\\' | 0..=0x1f) {
                self.i += 1;
            }
            out.push_str(&self.text[run..self.i]);
            match self.b.get(self.i) {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    break;
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = *self
                        .b
                        .get(self.i)
                        .ok_or_else(|| self.err("unterminated string"))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi) {
                                if self.b.get(self.i) == Some(&b'\\')
                                    && self.b.get(self.i + 1) == Some(&b'u')
                                {
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&lo) {
                                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                    } else {
                                        0xFFFD
                                    }
                                } else {
                                    0xFFFD
                                }
                            } else {
                                hi
                            };
                            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        }
                        _ => {
                            self.i -= 1;
                            return Err(self.err("invalid escape"));
                        }
                    }
                }
                Some(_) => return Err(self.err("control character in string")),
            }
        }
        Ok(YNode {
            kind: YKind::Scalar(out, false),
            tag: None,
            start,
            end: self.i,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parapet_yaml::Scalar;

    #[test]
    fn positions_and_types() {
        let t = r#" {"a": [1, -2.5e3, true, null], "b\u00e9": "x\"y\ud83d\ude00"} "#;
        let v = parse(t).unwrap();
        assert_eq!(&t[v.start..v.end], &t[1..t.len() - 1]);
        let a = v.get("a").unwrap();
        assert_eq!(&t[a.start..a.end], "[1, -2.5e3, true, null]");
        let items = a.as_seq().unwrap();
        assert_eq!(items[1].scalar(), Some(Scalar::Number(-2500.0)));
        assert_eq!(items[2].scalar(), Some(Scalar::Bool(true)));
        assert!(items[3].is_null());
        let b = v.get("bé").unwrap();
        assert_eq!(b.as_str(), Some("x\"y😀"));
        assert_eq!(&t[b.start..b.end], r#""x\"y\ud83d\ude00""#);
    }

    #[test]
    fn errors_are_located_and_depth_is_bounded() {
        assert_eq!(parse("{\"a\": }").unwrap_err().offset, 6);
        assert!(parse("[1,]").is_err());
        assert!(parse("{} x").is_err());
        assert!(parse("\"abc").is_err());
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&deep).unwrap_err().message.contains("nesting"));
        for bad in [
            "",
            "-",
            "1.",
            "1e",
            "\"\\x\"",
            "\"\\u12\"",
            "tru",
            "{\"a\" 1}",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
