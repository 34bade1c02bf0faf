//! The CloudFormation frontend: evaluates a template (YAML or JSON, already loaded with
//! `parapet-yaml`) into the normalized model.
//!
//! Invariants:
//! - Intrinsic functions, parameters, mappings and conditions are resolved into a
//!   [`parapet_model::Node`] tree before any adapter looks at a resource; adapters never see an
//!   intrinsic. What cannot be resolved becomes an unknown node that says why and which
//!   resources it referred to. Nothing unresolved is ever guessed.
//! - Every node carries the origin of the YAML node it came from; a value taken from a
//!   parameter or a mapping points at the place that uses it.
//! - Conditions are compiled once, in dependency order, and memoized; undecidable ones are
//!   explored over at most [`Options::max_condition_branches`] alternatives. Cycles and
//!   too-deep nesting are diagnostics, never a hang or a stack overflow.
//! - The frontend never panics on bad input and never prints: problems with the input are
//!   [`parapet_model::Diagnostic`]s in the returned [`Unit`].
//! - This crate knows no rule.

mod adapt;
mod cidr;
mod cond;
mod eval;
mod raw;
mod sub;
mod values;

use indexmap::IndexMap;
use parapet_model::{Diagnostic, FileRef, LineIndex, Unit};
use parapet_yaml::YNode;
use std::sync::Arc;

/// How a template is evaluated.
#[derive(Clone, Debug)]
pub struct Options {
    /// Parameter overrides: --cfn-parameter Key=Value and parameter files.
    pub parameters: IndexMap<String, String>,
    /// Max alternatives explored for undecidable conditions (bound), e.g. 64.
    ///
    /// A condition that depends on unknown values (a parameter without a value, a pseudo
    /// parameter) is tried under every truth assignment of the comparisons it depends on, as
    /// long as there are at most this many assignments; when all agree (a tautology, or a
    /// condition implied by an enclosing `Fn::If` or by the resource's own `Condition`), it is
    /// decided. Otherwise it stays undecidable.
    pub max_condition_branches: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            parameters: IndexMap::new(),
            max_condition_branches: 64,
        }
    }
}

/// Resource type prefixes that mark a CloudFormation template.
const TYPE_PREFIXES: [&str; 3] = ["AWS::", "Custom::", "Alexa::"];

/// Whether a loaded document is a CloudFormation template: has `AWSTemplateFormatVersion`, or a
/// `Resources` map whose values have a `Type` starting with `AWS::` / `Custom::` / `Alexa::`.
pub fn is_template(doc: &YNode) -> bool {
    if doc.as_map().is_none() {
        return false;
    }
    if doc.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    let Some(resources) = doc.get("Resources").and_then(YNode::as_map) else {
        return false;
    };
    resources.iter().any(|(_, r)| {
        r.get("Type")
            .and_then(YNode::as_str)
            .is_some_and(|t| TYPE_PREFIXES.iter().any(|p| t.starts_with(p)))
    })
}

/// Reads a parameters file in either `[{"ParameterKey": k, "ParameterValue": v}]` or
/// `{"Parameters": {k: v}}` form.
///
/// JSON is read through the YAML loader, so YAML files of the same shapes work too. Values are
/// taken as written (`5` is `"5"`); a list value is joined with commas, as the CLI expects for
/// `CommaDelimitedList` parameters. Entries with `UsePreviousValue` and no value are skipped.
pub fn read_parameters_file(text: &str) -> Result<IndexMap<String, String>, String> {
    let (docs, errors) = parapet_yaml::load(text, parapet_yaml::Limits::default());
    if let Some(e) = errors.first() {
        return Err(format!("line {}, column {}: {}", e.line, e.col, e.message));
    }
    let Some(doc) = docs.first() else {
        return Err("the parameters file is empty".into());
    };
    let mut out = IndexMap::new();
    let root = &doc.root;
    if let Some(items) = root.as_seq() {
        for (i, item) in items.iter().enumerate() {
            if item.as_map().is_none() {
                return Err(format!("item {} is not a map", i + 1));
            }
            let key = item
                .get("ParameterKey")
                .and_then(YNode::as_str)
                .ok_or_else(|| format!("item {} has no ParameterKey", i + 1))?;
            match item.get("ParameterValue") {
                Some(v) => {
                    let v = param_text(v)
                        .ok_or_else(|| format!("the value of parameter `{key}` is not a string"))?;
                    out.insert(key.to_string(), v);
                }
                None if item.get("UsePreviousValue").is_some() => {}
                None => return Err(format!("parameter `{key}` has no ParameterValue")),
            }
        }
        return Ok(out);
    }
    if root.as_map().is_some() {
        let params = root.get("Parameters").ok_or_else(|| {
            "expected a list of {ParameterKey, ParameterValue} or a map with `Parameters`"
                .to_string()
        })?;
        let entries = params
            .as_map()
            .ok_or_else(|| "`Parameters` is not a map".to_string())?;
        for (k, v) in entries {
            let key = k
                .as_str()
                .ok_or_else(|| "a parameter name is not a string".to_string())?;
            let v = param_text(v)
                .ok_or_else(|| format!("the value of parameter `{key}` is not a string"))?;
            out.insert(key.to_string(), v);
        }
        return Ok(out);
    }
    Err("expected a list of {ParameterKey, ParameterValue} or a map with `Parameters`".into())
}

/// A parameter value as text: scalars as written, lists joined with commas.
pub(crate) fn param_text(v: &YNode) -> Option<String> {
    match &v.kind {
        parapet_yaml::YKind::Scalar(s, _) => Some(s.clone()),
        parapet_yaml::YKind::Seq(items) => items
            .iter()
            .map(|i| i.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .map(|v| v.join(",")),
        parapet_yaml::YKind::Map(_) => None,
    }
}

/// Evaluates one template into the model. `file` is the path shown to users, `text` its contents.
pub fn load_template(
    file: &FileRef,
    text: &Arc<str>,
    idx: &LineIndex,
    doc: &YNode,
    opts: &Options,
) -> Unit {
    let mut unit = Unit {
        files: vec![(file.clone(), text.clone())],
        ..Unit::default()
    };
    if doc.as_map().is_none() {
        unit.diagnostics.push(Diagnostic::error(
            "cfn-invalid",
            file.clone(),
            Some(idx.span(file, doc.start, doc.end)),
            "the template is not a map",
        ));
        return unit;
    }
    let mut ctx = eval::Ctx::new(file, idx, doc, opts);
    let out = ctx.run();
    unit.resources = out.resources;
    unit.edges = out.edges;
    unit.diagnostics = ctx.diags;
    unit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> YNode {
        let (docs, errs) = parapet_yaml::load(text, parapet_yaml::Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        docs.into_iter().next().unwrap().root
    }

    #[test]
    fn detects_templates() {
        assert!(is_template(&doc(
            "AWSTemplateFormatVersion: '2010-09-09'\n"
        )));
        assert!(is_template(&doc(
            "Resources:\n  A:\n    Type: AWS::S3::Bucket\n"
        )));
        assert!(is_template(&doc(
            "{\"Resources\": {\"A\": {\"Type\": \"Custom::Thing\"}}}"
        )));
        assert!(!is_template(&doc("apiVersion: v1\nkind: Pod\n")));
        assert!(!is_template(&doc("Resources:\n  A:\n    Type: Other\n")));
        assert!(!is_template(&doc("Resources: [1, 2]\n")));
        assert!(!is_template(&doc("- a\n- b\n")));
        assert!(!is_template(&doc("Parameters:\n  Env: prod\n")));
    }

    #[test]
    fn reads_both_parameter_file_forms() {
        let a = read_parameters_file(
            r#"[{"ParameterKey": "Env", "ParameterValue": "prod"},
                {"ParameterKey": "Port", "ParameterValue": 22},
                {"ParameterKey": "Old", "UsePreviousValue": true}]"#,
        )
        .unwrap();
        assert_eq!(a.get("Env").map(String::as_str), Some("prod"));
        assert_eq!(a.get("Port").map(String::as_str), Some("22"));
        assert!(!a.contains_key("Old"));
        let b = read_parameters_file(
            r#"{"Parameters": {"Env": "dev", "Subnets": ["a", "b"]}, "Tags": {}}"#,
        )
        .unwrap();
        assert_eq!(b.get("Env").map(String::as_str), Some("dev"));
        assert_eq!(b.get("Subnets").map(String::as_str), Some("a,b"));
        assert!(read_parameters_file("{\"Env\": \"x\"}").is_err());
        assert!(read_parameters_file("[{\"ParameterValue\": \"x\"}]").is_err());
        assert!(read_parameters_file("[1, 2").is_err());
        assert!(read_parameters_file("").is_err());
    }
}
