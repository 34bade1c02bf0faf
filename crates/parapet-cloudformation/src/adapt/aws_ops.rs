//! SSM parameters and documents, CodeBuild projects and WorkSpaces → their model types.

use super::aws_common::{present, prop};
use super::aws_nested::{bool_at, required_string, string_at, walk, Walk};
use super::field;
use crate::eval::Evaluated;
use parapet_model::aws::codebuild::{Artifact, EnvVar, Project};
use parapet_model::aws::ssm::{Document, Parameter};
use parapet_model::aws::workspaces::Workspace;
use parapet_model::{conv, Config, Dyn, Node, Origin, Value};

pub(crate) fn config(ev: &Evaluated) -> Option<Config> {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Some(match ev.ty.as_str() {
        "AWS::SSM::Parameter" => Config::SsmParameter(Box::new(Parameter {
            name: conv::opt_string(g("Name").as_ref(), o),
            param_type: required_string(p, "Type", o),
            value: conv::opt_string(g("Value").as_ref(), o),
        })),
        // CloudFormation has no property that shares a document with other accounts.
        "AWS::SSM::Document" => Config::SsmDocument(Box::new(Document {
            name: conv::opt_string(g("Name").as_ref(), o),
            shared_with: Value::defaulted(Vec::new(), o.clone()),
        })),
        "AWS::CodeBuild::Project" => Config::CodeBuildProject(Box::new(project(p, o))),
        "AWS::WorkSpaces::Workspace" => Config::WorkSpacesWorkspace(Box::new(Workspace {
            root_volume_encrypted: conv::bool(g("RootVolumeEncryptionEnabled").as_ref(), false, o),
            user_volume_encrypted: conv::bool(g("UserVolumeEncryptionEnabled").as_ref(), false, o),
        })),
        _ => return None,
    })
}

fn project(p: &Node, o: &Origin) -> Project {
    let env_vars = match walk(p, &["Environment"], o) {
        Walk::Unknown(r, origin) => Value::unknown(r, origin),
        Walk::Missing(origin) => Value::defaulted(Vec::new(), origin),
        Walk::Found(env) => match field(&env, "EnvironmentVariables") {
            None => Value::defaulted(Vec::new(), env.origin.clone()),
            Some(list) => match &list.v {
                Dyn::Null => Value::defaulted(Vec::new(), list.origin.clone()),
                Dyn::List(items) => {
                    let mut vars = Vec::new();
                    for i in items {
                        // An unresolved item (an undecided `Fn::If`) cannot be judged.
                        if i.is_unknown() {
                            continue;
                        }
                        let Some(name) =
                            field(i, "Name").and_then(|n| n.as_str().map(String::from))
                        else {
                            continue;
                        };
                        vars.push(EnvVar {
                            name,
                            value: conv::opt_string(field(i, "Value").as_ref(), &i.origin),
                            var_type: conv::string(
                                field(i, "Type").as_ref(),
                                "PLAINTEXT",
                                &i.origin,
                            ),
                            origin: i.origin.clone(),
                        });
                    }
                    Value::explicit(vars, list.origin.clone())
                }
                Dyn::Unknown(u) => Value::unknown(u.reason.clone(), list.origin.clone()),
                other => Value::unknown(
                    format!("expected a list, found {}", conv::type_name(other)),
                    list.origin.clone(),
                ),
            },
        },
    };
    let artifact = |b: &Node| Artifact {
        artifact_type: required_string(b, "Type", &b.origin),
        encryption_disabled: conv::bool(field(b, "EncryptionDisabled").as_ref(), false, &b.origin),
        origin: b.origin.clone(),
    };
    let mut artifacts = Vec::new();
    if let Some(a) = prop(p, "Artifacts").filter(|x| !x.is_null()) {
        artifacts.push(artifact(&a));
    }
    if let Some(list) = prop(p, "SecondaryArtifacts") {
        match &list.v {
            Dyn::List(items) => artifacts.extend(items.iter().map(artifact)),
            Dyn::Null => {}
            _ => artifacts.push(artifact(&list)),
        }
    }
    let mut sources: Vec<Node> = Vec::new();
    if let Some(src) = prop(p, "Source").filter(|x| !x.is_null()) {
        sources.push(src);
    }
    if let Some(list) = prop(p, "SecondarySources") {
        match &list.v {
            Dyn::List(items) => sources.extend(items.iter().cloned()),
            Dyn::Null => {}
            _ => sources.push(list.clone()),
        }
    }
    let source_locations = sources
        .iter()
        .map(|s| conv::opt_string(field(s, "Location").as_ref(), &s.origin))
        .collect();
    let source_insecure_ssl = sources
        .iter()
        .map(|s| conv::bool(field(s, "InsecureSsl").as_ref(), false, &s.origin))
        .collect();
    Project {
        name: conv::opt_string(prop(p, "Name").as_ref(), o),
        visibility: conv::string(prop(p, "Visibility").as_ref(), "PRIVATE", o),
        privileged_mode: bool_at(p, &["Environment"], "PrivilegedMode", false, o),
        env_vars,
        artifacts,
        cloudwatch_logs: string_at(p, &["LogsConfig", "CloudWatchLogs"], "Status", "ENABLED", o)
            .map(|s| s.eq_ignore_ascii_case("ENABLED")),
        source_locations,
        source_insecure_ssl,
        s3_logs: string_at(p, &["LogsConfig", "S3Logs"], "Status", "DISABLED", o)
            .map(|s| s.eq_ignore_ascii_case("ENABLED")),
        s3_logs_encryption_disabled: bool_at(
            p,
            &["LogsConfig", "S3Logs"],
            "EncryptionDisabled",
            false,
            o,
        ),
        encryption_key: present(p, "EncryptionKey", o),
    }
}
