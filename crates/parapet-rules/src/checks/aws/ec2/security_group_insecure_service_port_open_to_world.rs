//! AWS-EC2-012: a security group admits a cleartext or file-sharing service port from
//! anywhere.

use super::common::report_named_ports_open_to_world;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// Legacy cleartext, file-sharing and remote-desktop services (SSH and RDP have their own
/// rules).
pub(crate) const PORTS: &[(&str, i64, &str)] = &[
    ("tcp", 20, "FTP data"),
    ("tcp", 21, "FTP"),
    ("tcp", 23, "Telnet"),
    ("udp", 69, "TFTP"),
    ("tcp", 135, "Microsoft RPC"),
    ("udp", 137, "NetBIOS name service"),
    ("udp", 138, "NetBIOS datagram"),
    ("tcp", 139, "NetBIOS session"),
    ("udp", 161, "SNMP"),
    ("tcp", 445, "SMB"),
    ("tcp", 5900, "VNC"),
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_named_ports_open_to_world(
            ctx,
            out,
            PORTS,
            "these services send credentials in clear text or are common worm and ransomware entry points",
        );
    }
}
