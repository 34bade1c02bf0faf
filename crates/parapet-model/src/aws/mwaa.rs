//! `aws::mwaa::Environment` (`aws_mwaa_environment`, `AWS::MWAA::Environment`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A Managed Workflows for Apache Airflow environment.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Environment {
    pub name: Value<Option<String>>,
    /// `PRIVATE_ONLY` (the default) or `PUBLIC_ONLY` (`webserver_access_mode`,
    /// `WebserverAccessMode`): whether the Airflow web server is reachable from the internet.
    pub webserver_access_mode: Value<String>,
}
