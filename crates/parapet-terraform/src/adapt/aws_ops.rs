//! SSM parameters and documents, CodeBuild projects and WorkSpaces →
//! `aws::ssm::*`, `aws::codebuild::Project`, `aws::workspaces::Workspace`.

use super::aws_nested::{bool_at, string_at, walk, Walk};
use super::blocks;
use crate::module::RawResource;
use parapet_model::aws::codebuild::{Artifact, EnvVar, Project};
use parapet_model::aws::ssm::{Document, Parameter};
use parapet_model::aws::workspaces::Workspace;
use parapet_model::{conv, Config, Dyn, Node, Value};

pub(crate) fn config(r: &RawResource) -> Option<Config> {
    let n = &r.node;
    let o = &r.origin;
    Some(match r.rtype.as_str() {
        "aws_ssm_parameter" => Config::SsmParameter(Box::new(Parameter {
            name: conv::opt_string(n.get("name"), o),
            param_type: match conv::opt_string(n.get("type"), o) {
                Value {
                    state: parapet_model::State::Explicit(Some(t)),
                    origin,
                } => Value::explicit(t, origin),
                v if v.is_known() => Value::unknown("type is not set", v.origin),
                v => Value::unknown(
                    v.unknown_reason().unwrap_or("unknown").to_string(),
                    v.origin,
                ),
            },
            value: conv::opt_string(
                n.get("value")
                    .or(n.get("value_wo"))
                    .or(n.get("insecure_value")),
                o,
            ),
        })),
        "aws_ssm_document" => Config::SsmDocument(Box::new(Document {
            name: conv::opt_string(n.get("name"), o),
            shared_with: shared_with(n.get("permissions"), o),
        })),
        "aws_codebuild_project" => Config::CodeBuildProject(Box::new(project(r))),
        "aws_workspaces_workspace" => Config::WorkSpacesWorkspace(Box::new(Workspace {
            root_volume_encrypted: conv::bool(n.get("root_volume_encryption_enabled"), false, o),
            user_volume_encrypted: conv::bool(n.get("user_volume_encryption_enabled"), false, o),
        })),
        _ => return None,
    })
}

/// `permissions = { type = "Share", account_ids = "All" }`: the account ids, comma-separated.
fn shared_with(p: Option<&Node>, o: &parapet_model::Origin) -> Value<Vec<String>> {
    let Some(p) = p else {
        return Value::defaulted(Vec::new(), o.clone());
    };
    match &p.v {
        Dyn::Null => Value::defaulted(Vec::new(), p.origin.clone()),
        Dyn::Map(m) => {
            let ids = conv::opt_string(m.get("account_ids"), &p.origin);
            ids.map(|s| {
                s.unwrap_or_default()
                    .split(',')
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect()
            })
        }
        Dyn::Unknown(u) => Value::unknown(u.reason.clone(), p.origin.clone()),
        other => Value::unknown(
            format!("expected a map, found {}", conv::type_name(other)),
            p.origin.clone(),
        ),
    }
}

fn project(r: &RawResource) -> Project {
    let n = &r.node;
    let o = &r.origin;
    let env_vars = match walk(n, &["environment"], o) {
        Walk::Unknown(why, origin) => Value::unknown(why, origin),
        Walk::Missing(origin) => Value::defaulted(Vec::new(), origin),
        Walk::Found(env) => match env.get("environment_variable") {
            Some(x) if x.is_unknown() => {
                Value::unknown("the environment variables are not known", x.origin.clone())
            }
            Some(x) => Value::explicit(
                blocks(env, "environment_variable")
                    .into_iter()
                    .filter_map(|b| {
                        Some(EnvVar {
                            name: b.get("name")?.as_str()?.to_string(),
                            value: conv::opt_string(b.get("value"), &b.origin),
                            var_type: conv::string(b.get("type"), "PLAINTEXT", &b.origin),
                            origin: b.origin.clone(),
                        })
                    })
                    .collect(),
                x.origin.clone(),
            ),
            None => Value::defaulted(Vec::new(), env.origin.clone()),
        },
    };
    let artifact = |b: &Node| Artifact {
        artifact_type: match conv::opt_string(b.get("type"), &b.origin) {
            Value {
                state: parapet_model::State::Explicit(Some(t)),
                origin,
            } => Value::explicit(t, origin),
            v => Value::unknown(
                v.unknown_reason().unwrap_or("type is not set").to_string(),
                v.origin,
            ),
        },
        encryption_disabled: conv::bool(b.get("encryption_disabled"), false, &b.origin),
        origin: b.origin.clone(),
    };
    let mut artifacts: Vec<Artifact> = blocks(n, "artifacts").into_iter().map(artifact).collect();
    artifacts.extend(blocks(n, "secondary_artifacts").into_iter().map(artifact));
    Project {
        name: conv::opt_string(n.get("name"), o),
        visibility: conv::string(n.get("project_visibility"), "PRIVATE", o),
        privileged_mode: bool_at(n, &["environment"], "privileged_mode", false, o),
        env_vars,
        artifacts,
        cloudwatch_logs: string_at(
            n,
            &["logs_config", "cloudwatch_logs"],
            "status",
            "ENABLED",
            o,
        )
        .map(|s| s.eq_ignore_ascii_case("ENABLED")),
        source_locations: blocks(n, "source")
            .into_iter()
            .chain(blocks(n, "secondary_sources"))
            .map(|b| conv::opt_string(b.get("location"), &b.origin))
            .collect(),
        source_insecure_ssl: blocks(n, "source")
            .into_iter()
            .chain(blocks(n, "secondary_sources"))
            .map(|b| conv::bool(b.get("insecure_ssl"), false, &b.origin))
            .collect(),
        s3_logs: string_at(n, &["logs_config", "s3_logs"], "status", "DISABLED", o)
            .map(|s| s.eq_ignore_ascii_case("ENABLED")),
        s3_logs_encryption_disabled: bool_at(
            n,
            &["logs_config", "s3_logs"],
            "encryption_disabled",
            false,
            o,
        ),
        encryption_key: super::aws_common::present(n.get("encryption_key"), o),
    }
}
