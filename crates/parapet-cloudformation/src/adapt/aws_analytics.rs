//! Athena workgroups and Glue (Data Catalog encryption settings, security configurations,
//! connections, jobs) → `aws::athena::*`, `aws::glue::*`.

use super::aws_common::{present, prop};
use super::aws_nested::{bool_at, opt_string_at, string_at, walk, Walk};
use super::field;
use crate::eval::Evaluated;
use parapet_model::aws::athena::Workgroup;
use parapet_model::aws::glue::{Connection, DataCatalogEncryption, Job, SecurityConfiguration};
use parapet_model::{conv, Config, Value};

pub(crate) fn config(ev: &Evaluated) -> Option<Config> {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Some(match ev.ty.as_str() {
        "AWS::Athena::WorkGroup" => {
            let c = "WorkGroupConfiguration";
            Config::AthenaWorkgroup(Box::new(Workgroup {
                name: conv::opt_string(g("Name").as_ref(), o),
                result_encryption: opt_string_at(
                    p,
                    &[c, "ResultConfiguration", "EncryptionConfiguration"],
                    "EncryptionOption",
                    o,
                ),
                // CloudFormation and the Athena API document no default for it.
                enforce_configuration: match walk(p, &[c], o) {
                    Walk::Found(w) => match field(&w, "EnforceWorkGroupConfiguration") {
                        Some(x) => conv::bool(Some(&x), false, &w.origin),
                        None => Value::unknown(
                            "EnforceWorkGroupConfiguration is not written, and Athena documents no default",
                            w.origin.clone(),
                        ),
                    },
                    Walk::Missing(o) => Value::unknown(
                        "EnforceWorkGroupConfiguration is not written, and Athena documents no default",
                        o,
                    ),
                    Walk::Unknown(r, o) => Value::unknown(r, o),
                },
            }))
        }
        "AWS::Glue::DataCatalogEncryptionSettings" => {
            let s = "DataCatalogEncryptionSettings";
            Config::GlueDataCatalogEncryption(Box::new(DataCatalogEncryption {
                catalog_encryption_mode: string_at(
                    p,
                    &[s, "EncryptionAtRest"],
                    "CatalogEncryptionMode",
                    "DISABLED",
                    o,
                ),
                connection_password_encrypted: bool_at(
                    p,
                    &[s, "ConnectionPasswordEncryption"],
                    "ReturnConnectionPasswordEncrypted",
                    false,
                    o,
                ),
            }))
        }
        "AWS::Glue::SecurityConfiguration" => {
            let e = "EncryptionConfiguration";
            Config::GlueSecurityConfiguration(Box::new(SecurityConfiguration {
                name: conv::opt_string(g("Name").as_ref(), o),
                s3_mode: string_at(p, &[e, "S3Encryptions"], "S3EncryptionMode", "DISABLED", o),
                cloudwatch_mode: string_at(
                    p,
                    &[e, "CloudWatchEncryption"],
                    "CloudWatchEncryptionMode",
                    "DISABLED",
                    o,
                ),
                job_bookmarks_mode: string_at(
                    p,
                    &[e, "JobBookmarksEncryption"],
                    "JobBookmarksEncryptionMode",
                    "DISABLED",
                    o,
                ),
            }))
        }
        "AWS::Glue::Job" => Config::GlueJob(Box::new(Job {
            name: conv::opt_string(g("Name").as_ref(), o),
            security_configuration: present(p, "SecurityConfiguration", o),
        })),
        "AWS::Glue::Connection" => Config::GlueConnection(Box::new(Connection {
            name: opt_string_at(p, &["ConnectionInput"], "Name", o),
            password: opt_string_at(
                p,
                &["ConnectionInput", "ConnectionProperties"],
                "PASSWORD",
                o,
            ),
        })),
        _ => return None,
    })
}
