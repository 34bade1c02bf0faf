//! Athena workgroups and Glue (Data Catalog encryption settings, security configurations,
//! connections) → `aws::athena::*`, `aws::glue::*`.

use super::aws_nested::{bool_at, opt_string_at, string_at};
use crate::module::RawResource;
use parapet_model::aws::athena::Workgroup;
use parapet_model::aws::glue::{Connection, DataCatalogEncryption, Job, SecurityConfiguration};
use parapet_model::{conv, Config, Dyn, Value};

pub(crate) fn config(r: &RawResource) -> Option<Config> {
    let n = &r.node;
    let o = &r.origin;
    Some(match r.rtype.as_str() {
        "aws_athena_workgroup" => Config::AthenaWorkgroup(Box::new(Workgroup {
            name: conv::opt_string(n.get("name"), o),
            result_encryption: opt_string_at(
                n,
                &[
                    "configuration",
                    "result_configuration",
                    "encryption_configuration",
                ],
                "encryption_option",
                o,
            ),
            // Provider docs: `enforce_workgroup_configuration` defaults to true.
            enforce_configuration: bool_at(
                n,
                &["configuration"],
                "enforce_workgroup_configuration",
                true,
                o,
            ),
        })),
        "aws_glue_data_catalog_encryption_settings" => {
            let s = &["data_catalog_encryption_settings"];
            Config::GlueDataCatalogEncryption(Box::new(DataCatalogEncryption {
                catalog_encryption_mode: string_at(
                    n,
                    &[s[0], "encryption_at_rest"],
                    "catalog_encryption_mode",
                    "DISABLED",
                    o,
                ),
                connection_password_encrypted: bool_at(
                    n,
                    &[s[0], "connection_password_encryption"],
                    "return_connection_password_encrypted",
                    false,
                    o,
                ),
            }))
        }
        "aws_glue_security_configuration" => {
            let e = "encryption_configuration";
            Config::GlueSecurityConfiguration(Box::new(SecurityConfiguration {
                name: conv::opt_string(n.get("name"), o),
                s3_mode: string_at(
                    n,
                    &[e, "s3_encryption"],
                    "s3_encryption_mode",
                    "DISABLED",
                    o,
                ),
                cloudwatch_mode: string_at(
                    n,
                    &[e, "cloudwatch_encryption"],
                    "cloudwatch_encryption_mode",
                    "DISABLED",
                    o,
                ),
                job_bookmarks_mode: string_at(
                    n,
                    &[e, "job_bookmarks_encryption"],
                    "job_bookmarks_encryption_mode",
                    "DISABLED",
                    o,
                ),
            }))
        }
        "aws_glue_job" => Config::GlueJob(Box::new(Job {
            name: conv::opt_string(n.get("name"), o),
            security_configuration: super::aws_common::present(n.get("security_configuration"), o),
        })),
        "aws_glue_connection" => Config::GlueConnection(Box::new(Connection {
            name: conv::opt_string(n.get("name"), o),
            password: match n.get("connection_properties") {
                None => Value::defaulted(None, o.clone()),
                Some(p) => match &p.v {
                    Dyn::Map(m) => conv::opt_string(m.get("PASSWORD"), &p.origin),
                    Dyn::Null => Value::defaulted(None, p.origin.clone()),
                    Dyn::Unknown(x) => Value::unknown(x.reason.clone(), p.origin.clone()),
                    other => Value::unknown(
                        format!("expected a map, found {}", conv::type_name(other)),
                        p.origin.clone(),
                    ),
                },
            },
        })),
        _ => return None,
    })
}
