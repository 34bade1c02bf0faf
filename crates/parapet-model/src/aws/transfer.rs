//! `aws::transfer::Server` (`aws_transfer_server`, `AWS::Transfer::Server`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Server {
    /// The file transfer protocols the server accepts (`protocols`, `Protocols`): `SFTP`,
    /// `FTPS`, `FTP`, `AS2`, upper case. `["SFTP"]` unless written.
    pub protocols: Value<Vec<String>>,
}
