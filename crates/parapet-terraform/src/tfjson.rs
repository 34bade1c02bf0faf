//! Terraform JSON syntax (`.tf.json`): the JSON document is rewritten into native syntax that
//! means the same, with a map from every offset of the rewritten text back to the JSON file, so
//! the evaluator sees one kind of syntax tree and every origin still points into the JSON.
//!
//! The mapping follows the Terraform JSON syntax: top-level properties are block types; the
//! properties below `resource`/`data` (two levels) and `variable`/`output`/`module` (one level)
//! are labels, and arrays of objects at any of those levels mean several blocks; string values
//! are templates (`"${var.x}"`), except where Terraform reads them literally (variable
//! defaults, module `source` and `version`); `"//"` properties of a block body are comments.
//! Without a provider schema an object-valued property of a resource is read as an attribute
//! holding an object (adapters accept an object where a nested block would be a list of one);
//! an object that holds `dynamic` is a nested block.

use parapet_yaml::{YKind, YNode};

/// A run of the rewritten text and the JSON range it came from.
#[derive(Clone, Debug)]
struct Anchor {
    gen: (usize, usize),
    json: (usize, usize),
    /// Byte-for-byte the same text: offsets inside map one to one.
    linear: bool,
}

/// Maps offsets of the rewritten (native syntax) text to offsets of the JSON file.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    anchors: Vec<Anchor>,
}

impl OffsetMap {
    /// The JSON offset for the start of a range beginning at `off`.
    pub fn start(&self, off: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.gen.0 <= off);
        let Some(a) = i.checked_sub(1).and_then(|i| self.anchors.get(i)) else {
            return self.anchors.first().map(|a| a.json.0).unwrap_or(0);
        };
        if off < a.gen.1 {
            if a.linear {
                (a.json.0 + (off - a.gen.0)).min(a.json.1)
            } else {
                a.json.0
            }
        } else {
            // Between anchors: where the next one starts, else where this one ends.
            self.anchors
                .get(i)
                .map(|n| n.json.0.max(a.json.1))
                .unwrap_or(a.json.1)
        }
    }

    /// The JSON offset for the (exclusive) end of a range ending at `off`.
    pub fn end(&self, off: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.gen.0 < off);
        let Some(a) = i.checked_sub(1).and_then(|i| self.anchors.get(i)) else {
            return self.anchors.first().map(|a| a.json.0).unwrap_or(0);
        };
        if off < a.gen.1 && a.linear {
            (a.json.0 + (off - a.gen.0)).min(a.json.1)
        } else {
            a.json.1
        }
    }
}

/// The rewritten text, its offset map, and problems found in the JSON (byte offset, message).
pub struct Transpiled {
    pub hcl: String,
    pub map: OffsetMap,
    pub errors: Vec<(usize, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Resource,
    Nested,
    Variable,
    Output,
    Module,
    Locals,
    Dynamic,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Template,
    Literal,
}

struct E<'t> {
    text: &'t str,
    out: String,
    anchors: Vec<Anchor>,
    errors: Vec<(usize, String)>,
}

/// Rewrites a parsed `.tf.json` document into native syntax.
pub fn transpile(text: &str, root: &YNode) -> Transpiled {
    let mut e = E {
        text,
        out: String::new(),
        anchors: Vec::new(),
        errors: Vec::new(),
    };
    match root.as_map() {
        Some(entries) => {
            for (k, v) in entries {
                match k.as_str().unwrap_or_default() {
                    "resource" | "data" => e.labeled(k, k, v, 2, &mut Vec::new()),
                    "variable" | "output" | "module" => e.labeled(k, k, v, 1, &mut Vec::new()),
                    "locals" => e.labeled(k, k, v, 0, &mut Vec::new()),
                    // terraform, provider, moved, import, check, removed, comments: nothing
                    // the evaluation reads.
                    _ => {}
                }
            }
        }
        None => e.errors.push((
            root.start,
            "a Terraform JSON file must hold one JSON object".into(),
        )),
    }
    Transpiled {
        hcl: e.out,
        map: OffsetMap { anchors: e.anchors },
        errors: e.errors,
    }
}

fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(f) if f.is_ascii_alphabetic() || f == '_')
        && c.all(|x| x.is_ascii_alphanumeric() || x == '_' || x == '-')
}

/// Whether an object (or array of objects) holds a `dynamic` block at any depth: then it is
/// read as nested blocks, not as an attribute.
fn contains_dynamic(v: &YNode) -> bool {
    fn walk(v: &YNode, d: usize) -> bool {
        if d > 64 {
            return false;
        }
        match &v.kind {
            YKind::Map(entries) => {
                v.get("dynamic").is_some_and(|x| x.as_map().is_some())
                    || entries.iter().any(|(_, x)| walk(x, d + 1))
            }
            YKind::Seq(items) => {
                items.iter().all(|i| i.as_map().is_some()) && items.iter().any(|i| walk(i, d + 1))
            }
            _ => false,
        }
    }
    walk(v, 0)
}

impl E<'_> {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn mapped(&mut self, s: &str, json: (usize, usize), linear: bool) {
        let start = self.out.len();
        self.out.push_str(s);
        let json = (json.0.min(self.text.len()), json.1.min(self.text.len()));
        self.anchors.push(Anchor {
            gen: (start, self.out.len()),
            json: (json.0, json.1.max(json.0)),
            linear,
        });
    }

    fn block_kind(ident: &str) -> Kind {
        match ident {
            "resource" | "data" => Kind::Resource,
            "variable" => Kind::Variable,
            "output" => Kind::Output,
            "module" => Kind::Module,
            _ => Kind::Locals,
        }
    }

    /// Walks the label levels of a top-level block type.
    fn labeled<'y>(
        &mut self,
        ident_node: &YNode,
        key: &'y YNode,
        v: &'y YNode,
        remaining: usize,
        labels: &mut Vec<String>,
    ) {
        let ident = ident_node.as_str().unwrap_or_default();
        match &v.kind {
            YKind::Seq(items) => {
                for i in items {
                    self.labeled(ident_node, key, i, remaining, labels);
                }
            }
            YKind::Map(entries) if remaining > 0 => {
                for (k, vv) in entries {
                    let label = k.as_str().unwrap_or_default();
                    if label == "//" {
                        continue;
                    }
                    if !is_ident(label) {
                        self.errors
                            .push((k.start, format!("`{label}` is not a valid {ident} name")));
                        continue;
                    }
                    labels.push(label.to_string());
                    self.labeled(ident_node, k, vv, remaining - 1, labels);
                    labels.pop();
                }
            }
            YKind::Map(_) => {
                let mut header = ident.to_string();
                for l in labels.iter() {
                    header.push_str(&format!(" \"{l}\""));
                }
                self.block(&header, key, v, Self::block_kind(ident));
            }
            _ => self
                .errors
                .push((v.start, format!("`{ident}`: expected a JSON object"))),
        }
    }

    /// A block whose header is `header` (identifier and quoted labels) located at `key`.
    fn block(&mut self, header: &str, key: &YNode, body: &YNode, kind: Kind) {
        self.mapped(&format!("{header} {{"), (key.start, body.start + 1), false);
        self.raw("\n");
        self.body(body, kind);
        self.mapped("}", (body.end.saturating_sub(1), body.end), false);
        self.raw("\n");
    }

    fn body(&mut self, body: &YNode, kind: Kind) {
        let Some(entries) = body.as_map() else {
            return;
        };
        for (k, v) in entries {
            let key = k.as_str().unwrap_or_default();
            if key == "//" {
                continue;
            }
            match kind {
                Kind::Locals => self.attr(k, v, Mode::Template),
                Kind::Variable => match key {
                    "default" | "nullable" => self.attr(k, v, Mode::Literal),
                    "type" => self.type_attr(k, v),
                    _ => {}
                },
                Kind::Output => {
                    if key == "value" {
                        self.attr(k, v, Mode::Template)
                    }
                }
                Kind::Module => match key {
                    "source" | "version" => self.attr(k, v, Mode::Literal),
                    "providers" | "depends_on" => {}
                    _ => self.attr(k, v, Mode::Template),
                },
                Kind::Dynamic => match key {
                    "for_each" => self.attr(k, v, Mode::Template),
                    "iterator" => match v.as_str() {
                        Some(it) if is_ident(it) && v.as_map().is_none() => {
                            self.mapped(key, (k.start, k.end), false);
                            self.raw(" = ");
                            self.mapped(it, (v.start, v.end), false);
                            self.raw("\n");
                        }
                        _ => self
                            .errors
                            .push((v.start, "`iterator` must name a variable".into())),
                    },
                    "content" => {
                        let items: Vec<&YNode> = match &v.kind {
                            YKind::Seq(items) => items.iter().take(1).collect(),
                            _ => vec![v],
                        };
                        for it in items {
                            if it.as_map().is_some() {
                                self.block("content", k, it, Kind::Nested);
                            }
                        }
                    }
                    _ => {}
                },
                Kind::Resource | Kind::Nested => match key {
                    "depends_on" | "provider" | "lifecycle" | "provisioner" | "connection"
                        if kind == Kind::Resource => {}
                    "dynamic" => self.dynamic(v),
                    _ if contains_dynamic(v) => {
                        let items: Vec<&YNode> = match &v.kind {
                            YKind::Seq(items) => items.iter().collect(),
                            _ => vec![v],
                        };
                        if is_ident(key) {
                            for it in items {
                                self.block(key, k, it, Kind::Nested);
                            }
                        }
                    }
                    _ => self.attr(k, v, Mode::Template),
                },
            }
        }
    }

    fn dynamic(&mut self, v: &YNode) {
        let Some(entries) = v.as_map() else {
            self.errors
                .push((v.start, "`dynamic`: expected a JSON object".into()));
            return;
        };
        for (label, spec) in entries {
            let l = label.as_str().unwrap_or_default();
            if !is_ident(l) {
                continue;
            }
            let specs: Vec<&YNode> = match &spec.kind {
                YKind::Seq(items) => items.iter().collect(),
                _ => vec![spec],
            };
            for s in specs {
                if s.as_map().is_some() {
                    self.block(&format!("dynamic \"{l}\""), label, s, Kind::Dynamic);
                }
            }
        }
    }

    fn attr(&mut self, k: &YNode, v: &YNode, mode: Mode) {
        let key = k.as_str().unwrap_or_default();
        if !is_ident(key) {
            self.errors
                .push((k.start, format!("`{key}` is not a valid argument name")));
            return;
        }
        self.mapped(key, (k.start, k.end), false);
        self.raw(" = ");
        self.expr(v, mode);
        self.raw("\n");
    }

    /// `"type": "list(string)"`: the string holds a type expression.
    fn type_attr(&mut self, k: &YNode, v: &YNode) {
        let Some(t) = v.as_str().filter(|_| v.as_map().is_none()) else {
            return;
        };
        if hcl_edit::parser::parse_expr(t).is_err() || t.contains('\n') {
            return;
        }
        self.mapped("type", (k.start, k.end), false);
        self.raw(" = ");
        self.mapped(t, (v.start, v.end), false);
        self.raw("\n");
    }

    fn expr(&mut self, v: &YNode, mode: Mode) {
        let raw = &self.text[v.start.min(self.text.len())..v.end.min(self.text.len())];
        match &v.kind {
            YKind::Scalar(_, true) => {
                let raw = raw.to_string();
                self.mapped(&raw, (v.start, v.end), true);
            }
            YKind::Scalar(s, false) => self.string(s, raw, (v.start, v.end), mode),
            YKind::Seq(items) => {
                self.mapped("[", (v.start, v.start + 1), true);
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        self.raw(", ");
                    }
                    self.expr(it, mode);
                }
                self.mapped("]", (v.end.saturating_sub(1), v.end), true);
            }
            YKind::Map(entries) => {
                self.mapped("{", (v.start, v.start + 1), true);
                self.raw("\n");
                for (k, x) in entries {
                    let kraw = &self.text[k.start.min(self.text.len())..k.end.min(self.text.len())];
                    let kraw = kraw.to_string();
                    self.string(
                        k.as_str().unwrap_or_default(),
                        &kraw,
                        (k.start, k.end),
                        mode,
                    );
                    self.raw(" = ");
                    self.expr(x, mode);
                    self.raw("\n");
                }
                self.mapped("}", (v.end.saturating_sub(1), v.end), true);
            }
        }
    }

    fn string(&mut self, s: &str, raw: &str, span: (usize, usize), mode: Mode) {
        let emitted = match mode {
            Mode::Literal => quote_literal(s),
            Mode::Template => quote_template(s),
        };
        if mode == Mode::Template && hcl_edit::parser::parse_expr(&emitted).is_err() {
            self.errors.push((
                span.0,
                format!(
                    "invalid template in JSON string {}",
                    serde_json::Value::String(s.chars().take(80).collect())
                ),
            ));
            // An undeclared name: the value is an error-unknown, never a guess.
            self.mapped("__invalid_template__", span, false);
            return;
        }
        let linear = emitted == raw;
        self.mapped(&emitted, span, linear);
    }
}

fn escape_char(c: char, out: &mut String) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04X}", c as u32)),
        c => out.push(c),
    }
}

/// A quoted native string whose content is exactly `s` (no template sequences).
pub(crate) fn quote_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    for (i, c) in s.char_indices() {
        if (c == '$' || c == '%') && b.get(i + 1) == Some(&b'{') {
            out.push(c);
            out.push(c);
        } else {
            escape_char(c, &mut out);
        }
    }
    out.push('"');
    out
}

/// A quoted native template for the template text `s`: literal parts are escaped for a quoted
/// string, interpolations and directives are kept as written (with their nested strings).
pub(crate) fn quote_template(s: &str) -> String {
    enum St {
        Expr(usize),
        Str,
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut stack: Vec<St> = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let at = |i: usize, p: &str| {
        let p: Vec<char> = p.chars().collect();
        chars.get(i..i + p.len()) == Some(&p[..])
    };
    while i < chars.len() {
        let c = chars[i];
        match stack.last_mut() {
            None | Some(St::Str) => {
                let in_str = stack.last().is_some();
                if at(i, "$${") || at(i, "%%{") {
                    out.extend(&chars[i..i + 3]);
                    i += 3;
                    continue;
                }
                if at(i, "${") || at(i, "%{") {
                    out.extend(&chars[i..i + 2]);
                    stack.push(St::Expr(1));
                    i += 2;
                    continue;
                }
                if in_str {
                    match c {
                        '\\' => {
                            out.push('\\');
                            if let Some(n) = chars.get(i + 1) {
                                out.push(*n);
                            }
                            i += 2;
                            continue;
                        }
                        '"' => {
                            out.push('"');
                            stack.pop();
                        }
                        '\n' => out.push_str("\\n"),
                        c => out.push(c),
                    }
                } else {
                    escape_char(c, &mut out);
                }
            }
            Some(St::Expr(depth)) => match c {
                '{' => {
                    *depth += 1;
                    out.push(c);
                }
                '}' => {
                    *depth -= 1;
                    if *depth == 0 {
                        stack.pop();
                    }
                    out.push(c);
                }
                '"' => {
                    out.push(c);
                    stack.push(St::Str);
                }
                '\n' | '\r' => out.push(' '),
                c => out.push(c),
            },
        }
        i += 1;
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_keep_nested_quotes() {
        assert_eq!(quote_template("a\"b"), r#""a\"b""#);
        assert_eq!(
            quote_template("${lookup(var.m, \"k\")}-x"),
            r#""${lookup(var.m, "k")}-x""#
        );
        assert_eq!(quote_template("$${x}"), r#""$${x}""#);
        assert_eq!(quote_literal("${x} %{y}"), r#""$${x} %%{y}""#);
        assert_eq!(quote_literal("$${x}"), r#""$$${x}""#);
        for s in ["${a == \"${b}\" }", "%{ if x }y%{ endif }", "line\nbreak\\"] {
            assert!(
                hcl_edit::parser::parse_expr(&quote_template(s)).is_ok(),
                "{s}"
            );
        }
    }

    #[test]
    fn offsets_map_back_into_the_json() {
        let text =
            r#"{"resource": {"aws_s3_bucket": {"b": {"bucket": "x-${var.env}", "n": [1, 2]}}}}"#;
        let root = crate::json::parse(text).unwrap();
        let t = transpile(text, &root);
        assert!(t.errors.is_empty());
        let body = crate::parse::parse_body_bounded(&t.hcl).unwrap();
        let b = body.get_blocks("resource").next().unwrap();
        let a = b.body.get_attribute("bucket").unwrap();
        let r = hcl_edit::Span::span(a).unwrap();
        assert_eq!(
            &text[t.map.start(r.start)..t.map.end(r.end)],
            r#""bucket": "x-${var.env}""#
        );
        let n = b.body.get_attribute("n").unwrap();
        let hcl_edit::expr::Expression::Array(arr) = &n.value else {
            panic!()
        };
        let second = hcl_edit::Span::span(arr.iter().nth(1).unwrap()).unwrap();
        assert_eq!(&text[t.map.start(second.start)..t.map.end(second.end)], "2");
    }
}
