//! `parapet.toml`: found by walking up from the scanned path, or given with `--config`.
//! Unknown keys are errors with the file and line.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "parapet.toml";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub scan: ScanConfig,
    pub terraform: TerraformConfig,
    pub cloudformation: CloudFormationConfig,
    pub limits: LimitsConfig,
    pub suppressions: SuppressionsConfig,
    /// Accepted risks for code that cannot carry an inline suppression.
    pub exceptions: Vec<ExceptionConfig>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SuppressionsConfig {
    /// Whether `parapet:ignore` comments, annotations and template metadata are honoured.
    /// A security team sets this to false to see every finding.
    pub allow_inline_suppressions: bool,
    /// Rule ids that no suppression or exception may silence.
    pub unsuppressible: Vec<String>,
}

impl Default for SuppressionsConfig {
    fn default() -> Self {
        SuppressionsConfig {
            allow_inline_suppressions: true,
            unsuppressible: Vec::new(),
        }
    }
}

/// One accepted risk: which rules, where, why, until when, and who owns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExceptionConfig {
    /// Rule ids (or `*`).
    pub rules: Vec<String>,
    /// Globs of file paths (relative to the scan root); empty means any file.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Globs of resource addresses, e.g. `module.legacy.*`; empty means any resource.
    #[serde(default)]
    pub resources: Vec<String>,
    /// Why the risk is accepted.
    pub reason: String,
    /// `YYYY-MM-DD`; after this date the exception no longer applies.
    #[serde(default)]
    pub expires: Option<String>,
    /// Who is accountable.
    #[serde(default)]
    pub owner: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ScanConfig {
    /// Glob patterns of paths to leave out (relative to the scan root), e.g. `**/testdata/**`.
    pub exclude: Vec<String>,
    /// Rule ids or id prefixes to run (all when empty), e.g. `AWS-S3`.
    pub select: Vec<String>,
    /// Rule ids or id prefixes not to run.
    pub ignore: Vec<String>,
    /// Lowest severity that is reported and fails the scan: info, low, medium, high, critical.
    pub min_severity: Option<String>,
    /// Compliance frameworks whose rules run (all rules when empty), e.g. `cis-aws-3.0`.
    pub frameworks: Vec<String>,
    /// Treat files that cannot be parsed as a fatal error (exit code 2).
    pub parse_errors_fatal: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct TerraformConfig {
    /// Variable files applied to every root module, after `*.auto.tfvars`.
    pub var_files: Vec<PathBuf>,
    /// Variable values, as `--var` would give them.
    pub vars: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CloudFormationConfig {
    /// Template parameter values.
    pub parameters: BTreeMap<String, String>,
    /// Parameter files (`[{ParameterKey, ParameterValue}]` or `{Parameters: {...}}`).
    pub parameter_files: Vec<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Largest file read, in bytes.
    pub max_file_size: u64,
    /// Deepest nesting of YAML/JSON/HCL structures.
    pub max_depth: usize,
    /// Deepest chain of Terraform module calls.
    pub max_module_depth: usize,
    /// Most instances one `count`/`for_each` may create.
    pub max_instances: usize,
    /// Most nodes a YAML file may expand to through aliases.
    pub max_yaml_nodes: usize,
    /// Bytes of findings a scan holds in memory; beyond it they are sorted and written to
    /// temporary files, then merged for the report.
    pub max_findings_memory: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_file_size: 8 * 1024 * 1024,
            max_depth: 256,
            max_module_depth: 16,
            max_instances: 10_000,
            max_yaml_nodes: 2_000_000,
            max_findings_memory: 32 * 1024 * 1024,
        }
    }
}

/// A configuration error with its place.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, ":{l}:{c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Config {
    pub fn parse(text: &str, file: &Path) -> Result<Config, ConfigError> {
        toml::from_str::<Config>(text)
            .map_err(|e| {
                let (line, column) = match e.span() {
                    Some(s) => {
                        let before = &text[..s.start.min(text.len())];
                        let line = before.matches('\n').count() + 1;
                        let col = before
                            .rsplit('\n')
                            .next()
                            .map(|l| l.chars().count())
                            .unwrap_or(0)
                            + 1;
                        (Some(line), Some(col))
                    }
                    None => (None, None),
                };
                ConfigError {
                    file: file.to_path_buf(),
                    line,
                    column,
                    message: e.message().to_string(),
                }
            })
            .and_then(|c| {
                if let Some(s) = &c.scan.min_severity {
                    if parapet_rules::meta::Severity::parse(s).is_none() {
                        return Err(ConfigError {
                            file: file.to_path_buf(),
                            line: None,
                            column: None,
                            message: format!("scan.min_severity: unknown severity `{s}`"),
                        });
                    }
                }
                Ok(c)
            })
    }

    pub fn load(file: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(file).map_err(|e| ConfigError {
            file: file.to_path_buf(),
            line: None,
            column: None,
            message: e.to_string(),
        })?;
        Config::parse(&text, file)
    }

    /// Finds `parapet.toml` in `start` or the nearest directory above it.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let start = if start.is_file() {
            start.parent()?.to_path_buf()
        } else {
            start.to_path_buf()
        };
        let abs = std::path::absolute(&start).unwrap_or(start);
        let mut dir = Some(abs.as_path());
        while let Some(d) = dir {
            let f = d.join(FILE_NAME);
            if f.is_file() {
                return Some(f);
            }
            dir = d.parent();
        }
        None
    }

    /// The JSON schema of the configuration file.
    pub fn json_schema() -> String {
        let schema = schemars::schema_for!(Config);
        serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_line() {
        let err = Config::parse(
            "[scan]\nexclude = []\nexlude = [\"x\"]\n",
            Path::new("parapet.toml"),
        )
        .unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert!(err.message.contains("exlude"), "{err}");
    }

    #[test]
    fn parses_a_full_file() {
        let c = Config::parse(
            "[scan]\nmin_severity = \"high\"\nselect = [\"AWS-S3\"]\n[terraform.vars]\nenv = \"prod\"\n[limits]\nmax_instances = 5\n",
            Path::new("p.toml"),
        )
        .unwrap();
        assert_eq!(c.scan.min_severity.as_deref(), Some("high"));
        assert_eq!(c.terraform.vars["env"], "prod");
        assert_eq!(c.limits.max_instances, 5);
        assert_eq!(c.limits.max_depth, 256);
        assert!(Config::parse("[scan]\nmin_severity = \"severe\"\n", Path::new("p")).is_err());
    }

    #[test]
    fn shipped_schema_is_current() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/parapet.schema.json");
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            shipped,
            Config::json_schema(),
            "docs/parapet.schema.json is stale: run `cargo xtask docs`"
        );
    }
}
