//! YAML (and JSON, which is YAML) loading with byte-exact positions, tags kept, aliases
//! expanded under a budget, nesting bounded, and recovery after a broken document.
//!
//! Built on the event parser of `saphyr-parser`; the tree is built here so that limits apply
//! while loading, not after a bomb has gone off.

use parapet_model::{Dyn, FileRef, LineIndex, Node, Origin};
use saphyr_parser::{Event, Parser, ScalarStyle, Span as PSpan};
use std::collections::HashMap;

/// Bounds applied while loading.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Maximum depth of nested sequences/mappings.
    pub max_depth: usize,
    /// Maximum number of nodes a file may expand to (aliases counted at their expanded size).
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 256,
            max_nodes: 2_000_000,
        }
    }
}

/// A loaded YAML node with its byte range in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct YNode {
    pub kind: YKind,
    /// The tag as written, e.g. `!Ref` (local tags) or `tag:yaml.org,2002:str`.
    pub tag: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum YKind {
    /// A scalar and whether it was plain (unquoted), which decides its type.
    Scalar(String, bool),
    Seq(Vec<YNode>),
    /// Keys in document order.
    Map(Vec<(YNode, YNode)>),
}

/// A typed view of a scalar per the YAML core schema (with the YAML 1.1 booleans that
/// Kubernetes and CloudFormation accept).
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar<'a> {
    Null,
    Bool(bool),
    Number(f64),
    Str(&'a str),
}

impl YNode {
    pub fn scalar(&self) -> Option<Scalar<'_>> {
        match &self.kind {
            YKind::Scalar(s, plain) => Some(resolve_scalar(s, *plain, self.tag.as_deref())),
            _ => None,
        }
    }

    /// The scalar's text, whatever its type.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            YKind::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[(YNode, YNode)]> {
        match &self.kind {
            YKind::Map(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[YNode]> {
        match &self.kind {
            YKind::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// Looks a key up in a mapping (the last one wins, as in most loaders).
    pub fn get(&self, key: &str) -> Option<&YNode> {
        self.as_map()?
            .iter()
            .rev()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    pub fn get_entry(&self, key: &str) -> Option<(&YNode, &YNode)> {
        self.as_map()?
            .iter()
            .rev()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(k, v)| (k, v))
    }

    pub fn is_null(&self) -> bool {
        matches!(self.scalar(), Some(Scalar::Null))
    }

    /// Converts to a model node, ignoring tags; each node gets its own origin.
    pub fn to_node(&self, file: &FileRef, idx: &LineIndex) -> Node {
        let origin = Origin::Source(idx.span(file, self.start, self.end));
        let v = match &self.kind {
            YKind::Scalar(..) => match self.scalar() {
                Some(Scalar::Null) | None => Dyn::Null,
                Some(Scalar::Bool(b)) => Dyn::Bool(b),
                Some(Scalar::Number(n)) => Dyn::Number(n),
                Some(Scalar::Str(s)) => Dyn::String(s.to_string()),
            },
            YKind::Seq(items) => Dyn::List(items.iter().map(|i| i.to_node(file, idx)).collect()),
            YKind::Map(entries) => Dyn::Map(
                entries
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.as_str().unwrap_or_default().to_string(),
                            v.to_node(file, idx),
                        )
                    })
                    .collect(),
            ),
        };
        Node::new(v, origin)
    }
}

pub fn resolve_scalar<'a>(s: &'a str, plain: bool, tag: Option<&str>) -> Scalar<'a> {
    if let Some(t) = tag {
        if t.ends_with(":str") {
            return Scalar::Str(s);
        }
    }
    if !plain {
        return Scalar::Str(s);
    }
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Scalar::Null,
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => {
            return Scalar::Bool(true)
        }
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => {
            return Scalar::Bool(false)
        }
        _ => {}
    }
    let first = s.as_bytes()[0];
    if first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.') {
        if let Some(hex) = s.strip_prefix("0x") {
            if let Ok(i) = i64::from_str_radix(hex, 16) {
                return Scalar::Number(i as f64);
            }
        }
        if let Some(oct) = s.strip_prefix("0o") {
            if let Ok(i) = i64::from_str_radix(oct, 8) {
                return Scalar::Number(i as f64);
            }
        }
        let numeric = s
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'_'));
        if numeric && s.bytes().any(|b| b.is_ascii_digit()) {
            if let Ok(f) = s.replace('_', "").parse::<f64>() {
                return Scalar::Number(f);
            }
        }
    }
    Scalar::Str(s)
}

/// One document of a stream.
#[derive(Clone, Debug)]
pub struct Document {
    pub root: YNode,
    /// Byte offset where the document's text starts (after a `---` line, if any).
    pub start: usize,
}

/// A load error, with its 1-based line and column.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub offset: usize,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

/// Loads every document of a YAML stream. A broken document yields an error and loading
/// resumes at the next `---` line, so its siblings are still read.
pub fn load(text: &str, limits: Limits) -> (Vec<Document>, Vec<LoadError>) {
    let idx = LineIndex::new(text.into());
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let mut base = 0usize;
    loop {
        let mut doc_start = base;
        let (mut d, err) = load_from(text, base, &idx, limits, &mut doc_start);
        docs.append(&mut d);
        match err {
            None => break,
            Some(e) => {
                let resume = next_document_start(text, doc_start.max(base));
                errors.push(e);
                match resume {
                    Some(r) if r > base => base = r,
                    _ => break,
                }
            }
        }
    }
    (docs, errors)
}

fn next_document_start(text: &str, from: usize) -> Option<usize> {
    let mut pos = text[..from.min(text.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    // Start from the line after the error's line.
    pos = text[pos..].find('\n').map(|i| pos + i + 1)?;
    while pos < text.len() {
        let line_end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = &text[pos..line_end];
        if line.starts_with("---") {
            return Some(pos);
        }
        pos = line_end + 1;
    }
    None
}

enum Frame {
    Seq(Vec<YNode>, Option<String>, usize, usize),
    Map(
        Vec<(YNode, YNode)>,
        Option<YNode>,
        Option<String>,
        usize,
        usize,
    ),
}

struct Builder<'t> {
    text: &'t str,
    idx: &'t LineIndex,
    base: usize,
    base_line: u32,
}

impl Builder<'_> {
    fn offset(&self, m: saphyr_parser::Marker) -> usize {
        let line = m.line() as u32 + self.base_line - 1;
        // Columns of the first line of a slice count from the slice start.
        let off = self.idx.offset(line, m.col() as u32 + 1);
        off.min(self.text.len())
    }

    fn range(&self, s: PSpan) -> (usize, usize) {
        let a = self.offset(s.start);
        let b = self.offset(s.end).max(a);
        (a, b)
    }
}

fn node_count(n: &YNode) -> usize {
    match &n.kind {
        YKind::Scalar(..) => 1,
        YKind::Seq(s) => 1 + s.iter().map(node_count).sum::<usize>(),
        YKind::Map(m) => {
            1 + m
                .iter()
                .map(|(k, v)| node_count(k) + node_count(v))
                .sum::<usize>()
        }
    }
}

fn load_from(
    text: &str,
    base: usize,
    idx: &LineIndex,
    limits: Limits,
    failed_doc_start: &mut usize,
) -> (Vec<Document>, Option<LoadError>) {
    let slice = &text[base..];
    let (base_line, _) = idx.line_col(base);
    let b = Builder {
        text,
        idx,
        base,
        base_line,
    };
    let mut parser = Parser::new_from_str(slice);
    let mut docs = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (YNode, usize)> = HashMap::new();
    let mut budget = limits.max_nodes;
    let mut doc_start = base;
    let err_at = |off: usize, message: String| {
        let (line, col) = idx.line_col(off);
        LoadError {
            offset: off,
            line,
            col,
            message,
        }
    };
    loop {
        let ev = match parser.next_event() {
            None => break,
            Some(Ok(ev)) => ev,
            Some(Err(e)) => {
                let m = e.marker();
                let off = b.offset(*m);
                return (docs, Some(err_at(off, e.info().to_string())));
            }
        };
        let (event, span) = ev;
        let (start, end) = b.range(span);
        let _ = b.base;
        let complete: Option<(YNode, usize)> = match event {
            Event::StreamStart | Event::StreamEnd | Event::Nothing => None,
            Event::DocumentStart(_) => {
                doc_start = start;
                *failed_doc_start = start;
                anchors.clear();
                None
            }
            Event::DocumentEnd => None,
            Event::Alias(id) => match anchors.get(&id) {
                Some((n, size)) => {
                    if *size > budget {
                        return (docs, Some(err_at(
                                start,
                                format!(
                                    "alias expansion exceeds the limit of {} nodes (a YAML alias bomb?)",
                                    limits.max_nodes
                                ),
                            )),
                        );
                    }
                    budget -= size;
                    let mut n = n.clone();
                    n.start = start;
                    n.end = end;
                    Some((n, 0))
                }
                None => return (docs, Some(err_at(start, "unknown alias".into()))),
            },
            Event::Scalar(v, style, anchor, tag) => {
                if budget == 0 {
                    return (
                        docs,
                        Some(err_at(
                            start,
                            format!("more than {} nodes", limits.max_nodes),
                        )),
                    );
                }
                budget -= 1;
                let n = YNode {
                    kind: YKind::Scalar(
                        v.into_owned(),
                        style == ScalarStyle::Plain && tag.is_none(),
                    ),
                    tag: tag.map(|t| format!("{}{}", t.handle, t.suffix)),
                    start,
                    end,
                };
                Some((n, anchor))
            }
            Event::SequenceStart(anchor, tag) => {
                if stack.len() >= limits.max_depth {
                    return (
                        docs,
                        Some(err_at(
                            start,
                            format!("nesting deeper than {} levels", limits.max_depth),
                        )),
                    );
                }
                stack.push(Frame::Seq(
                    Vec::new(),
                    tag.map(|t| format!("{}{}", t.handle, t.suffix)),
                    start,
                    anchor,
                ));
                None
            }
            Event::MappingStart(anchor, tag) => {
                if stack.len() >= limits.max_depth {
                    return (
                        docs,
                        Some(err_at(
                            start,
                            format!("nesting deeper than {} levels", limits.max_depth),
                        )),
                    );
                }
                stack.push(Frame::Map(
                    Vec::new(),
                    None,
                    tag.map(|t| format!("{}{}", t.handle, t.suffix)),
                    start,
                    anchor,
                ));
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq(items, tag, s, anchor)) => {
                    budget = budget.saturating_sub(1);
                    let e = items.last().map(|i| i.end).unwrap_or(end).max(s);
                    Some((
                        YNode {
                            kind: YKind::Seq(items),
                            tag,
                            start: s,
                            end: e,
                        },
                        anchor,
                    ))
                }
                _ => return (docs, Some(err_at(start, "unbalanced sequence".into()))),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map(entries, _, tag, s, anchor)) => {
                    budget = budget.saturating_sub(1);
                    let e = entries.last().map(|(_, v)| v.end).unwrap_or(end).max(s);
                    Some((
                        YNode {
                            kind: YKind::Map(entries),
                            tag,
                            start: s,
                            end: e,
                        },
                        anchor,
                    ))
                }
                _ => return (docs, Some(err_at(start, "unbalanced mapping".into()))),
            },
        };
        if let Some((node, anchor)) = complete {
            if anchor != 0 {
                let size = node_count(&node);
                anchors.insert(anchor, (node.clone(), size));
            }
            match stack.last_mut() {
                None => docs.push(Document {
                    root: node,
                    start: doc_start,
                }),
                Some(Frame::Seq(items, ..)) => items.push(node),
                Some(Frame::Map(entries, pending, ..)) => match pending.take() {
                    None => *pending = Some(node),
                    Some(k) => {
                        // `<<: *base` merge keys.
                        if k.as_str() == Some("<<") && k.tag.is_none() {
                            merge_into(entries, node);
                        } else {
                            entries.push((k, node));
                        }
                    }
                },
            }
        }
    }
    (docs, None)
}

fn merge_into(entries: &mut Vec<(YNode, YNode)>, node: YNode) {
    let sources: Vec<YNode> = match node.kind {
        YKind::Map(_) => vec![node],
        YKind::Seq(items) => items,
        _ => return,
    };
    for src in sources {
        if let YKind::Map(m) = src.kind {
            for (k, v) in m {
                if !entries.iter().any(|(ek, _)| ek.as_str() == k.as_str()) {
                    entries.push((k, v));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_bytes_and_tags_are_kept() {
        let text = "a: 1\nb: !Ref X\nc:\n  - é\n  - \"q\"\n";
        let (docs, errs) = load(text, Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        let root = &docs[0].root;
        let b = root.get("b").unwrap();
        assert_eq!(b.tag.as_deref(), Some("!Ref"));
        assert_eq!(&text[b.start..b.end], "!Ref X");
        let c = root.get("c").unwrap().as_seq().unwrap();
        assert_eq!(c[0].scalar(), Some(Scalar::Str("é")));
        assert_eq!(&text[c[1].start..c[1].start + 1], "\"");
        assert_eq!(root.get("a").unwrap().scalar(), Some(Scalar::Number(1.0)));
    }

    #[test]
    fn broken_document_does_not_hide_its_siblings() {
        let text = "a: 1\n---\nb: [1, 2\n---\nc: 3\n";
        let (docs, errs) = load(text, Limits::default());
        assert_eq!(errs.len(), 1);
        assert!(errs[0].line >= 3, "{errs:?}");
        assert!(docs.iter().any(|d| d.root.get("a").is_some()));
        assert!(docs.iter().any(|d| d.root.get("c").is_some()));
    }

    #[test]
    fn alias_bomb_is_stopped() {
        let mut text = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
        let mut prev = "a";
        for n in names {
            text.push_str(&format!(
                "{n}: &{n} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
            ));
            prev = n;
        }
        let (_docs, errs) = load(&text, Limits::default());
        assert_eq!(errs.len(), 1);
        assert!(errs[0].message.contains("alias"), "{errs:?}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        let (_docs, errs) = load(&text, Limits::default());
        assert_eq!(errs.len(), 1);
        assert!(
            errs[0].message.contains("nesting") || errs[0].message.contains("recursion"),
            "{errs:?}"
        );
    }

    #[test]
    fn merge_keys_and_json() {
        let text = "base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n";
        let (docs, _) = load(text, Limits::default());
        let d = docs[0].root.get("d").unwrap();
        assert!(d.get("x").is_some() && d.get("y").is_some());
        let (docs, errs) = load("{\"k\": [true, null, \"s\"]}", Limits::default());
        assert!(errs.is_empty());
        let k = docs[0].root.get("k").unwrap().as_seq().unwrap();
        assert_eq!(k[0].scalar(), Some(Scalar::Bool(true)));
        assert_eq!(k[1].scalar(), Some(Scalar::Null));
    }
}
