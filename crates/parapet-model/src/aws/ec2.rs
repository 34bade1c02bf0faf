//! `aws::ec2::SecurityGroup`

use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SecurityGroup {
    pub name: Value<Option<String>>,
    pub description: Value<Option<String>>,
    pub ingress: Vec<SecurityGroupRule>,
    pub egress: Vec<SecurityGroupRule>,
}

/// One ingress or egress rule, whether written inline or as a separate resource.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SecurityGroupRule {
    /// `tcp`, `udp`, `icmp`, `-1` (all) ... normalized to lower case; `6` becomes `tcp`.
    pub protocol: Value<String>,
    pub from_port: Value<Option<i64>>,
    pub to_port: Value<Option<i64>>,
    pub cidr_ipv4: Value<Vec<String>>,
    pub cidr_ipv6: Value<Vec<String>>,
    pub description: Value<Option<String>>,
    /// The rule's own block or resource.
    pub origin: Origin,
}

impl SecurityGroupRule {
    /// Whether the rule admits traffic to `port` for TCP, when the protocol and ports are known.
    pub fn covers_tcp_port(&self, port: i64) -> Option<bool> {
        let proto = self.protocol.get()?;
        let all = matches!(proto.as_str(), "-1" | "all");
        if !all && proto != "tcp" {
            return Some(false);
        }
        if all {
            return Some(true);
        }
        let from = self.from_port.get()?.unwrap_or(0);
        let to = self.to_port.get()?.unwrap_or(65535);
        // -1 as a port means "all" for tcp in some APIs.
        if from == -1 || to == -1 {
            return Some(true);
        }
        Some(from <= port && port <= to)
    }
}

/// Normalizes a protocol name or number as AWS accepts them.
pub fn normalize_protocol(p: &str) -> String {
    match p.trim().to_ascii_lowercase().as_str() {
        "6" => "tcp".into(),
        "17" => "udp".into(),
        "1" => "icmp".into(),
        "58" => "icmpv6".into(),
        "all" | "-1" => "-1".into(),
        other => other.to_string(),
    }
}

/// `aws::ec2::Volume`: an EBS volume (`aws_ebs_volume`, `AWS::EC2::Volume`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Volume {
    /// Whether the volume requests encryption. Not written: `Defaulted(false)` (the provider's
    /// documented default; the account's EBS encryption-by-default setting, invisible here, may
    /// still encrypt it), or `Unknown` when created from a snapshot, whose encryption it
    /// inherits.
    pub encrypted: Value<bool>,
    pub kms_key_id: Value<Option<String>>,
}

/// What launches EC2 instances: an instance, a launch template or a launch configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstanceKind {
    Instance,
    LaunchTemplate,
    LaunchConfiguration,
}

/// `aws::ec2::Instance`: the launch settings of EC2 instances — an instance
/// (`aws_instance`, `AWS::EC2::Instance`), a launch template (`aws_launch_template`,
/// `AWS::EC2::LaunchTemplate`) or a launch configuration (`aws_launch_configuration`,
/// `AWS::AutoScaling::LaunchConfiguration`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Instance {
    pub kind: InstanceKind,
    /// Whether the instance metadata service answers at all (`http_endpoint`,
    /// `HttpEndpoint`); enabled unless written.
    pub metadata_endpoint_enabled: Value<bool>,
    /// `http_tokens` / `HttpTokens` as written: `required` or `optional`. `Defaulted(None)`
    /// when not written: EC2 then decides from the AMI's `ImdsSupport` and the account's
    /// metadata defaults. `Unknown` when inherited from a launch template.
    pub http_tokens: Value<Option<String>>,
    /// The EBS block devices the configuration declares.
    pub block_devices: Vec<BlockDevice>,
    /// The user data as text (base64 already decoded where the format encodes it); `None`
    /// when there is none.
    pub user_data: Value<Option<String>>,
    /// Whether a public IPv4 address is requested (`associate_public_ip_address`,
    /// `AssociatePublicIpAddress`, on the instance, the launch configuration or a network
    /// interface of the template). `None` when not written: the subnet's
    /// `map_public_ip_on_launch` decides. Carries the origin of the `true` when several
    /// interfaces are declared.
    pub public_ip: Value<Option<bool>>,
}

/// One declared EBS block device of an instance or launch template.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BlockDevice {
    pub device_name: Value<Option<String>>,
    /// The root volume (`root_block_device`), created from the AMI's snapshot.
    pub root: bool,
    /// Whether encryption is requested. Not written: `Unknown` when the volume comes from a
    /// snapshot (the root volume from the AMI's), whose encryption it inherits; otherwise
    /// `Defaulted(false)`.
    pub encrypted: Value<bool>,
    /// The block device's own block or list item.
    pub origin: Origin,
}

/// `metadata_endpoint_enabled` and `http_tokens` of an instance whose metadata options are not
/// written: unknown when it takes them from its launch template, else the endpoint enabled and
/// the tokens left to EC2 (defaulted at `o`).
pub fn metadata_options_not_written(
    o: &Origin,
    from_template: bool,
) -> (Value<bool>, Value<Option<String>>) {
    if from_template {
        let why = "not written: the instance takes its metadata options from its launch template";
        (
            Value::unknown(why, o.clone()),
            Value::unknown(why, o.clone()),
        )
    } else {
        (
            Value::defaulted(true, o.clone()),
            Value::defaulted(None, o.clone()),
        )
    }
}

/// Whether any of several network interfaces requests a public address: the first written
/// `true`, else the first unknown, else the first written `false`, else not written (defaulted
/// at `fallback`).
pub fn any_public_ip(interfaces: &[Value<Option<bool>>], fallback: &Origin) -> Value<Option<bool>> {
    if let Some(t) = interfaces.iter().find(|v| v.get() == Some(&Some(true))) {
        return t.clone();
    }
    if let Some(u) = interfaces.iter().find(|v| !v.is_known()) {
        return u.clone();
    }
    if let Some(f) = interfaces.iter().find(|v| v.get() == Some(&Some(false))) {
        return f.clone();
    }
    Value::defaulted(None, fallback.clone())
}

/// Whether a block device name may be an AMI's root device: the names Amazon Linux
/// (`/dev/xvda`), Ubuntu, RHEL and Windows (`/dev/sda1`) and Nitro instances (`/dev/nvme0n1`)
/// use, or a name that is not known. A root volume is created from the AMI's snapshot.
pub fn may_be_root_device(name: Option<&str>) -> bool {
    match name {
        None => true,
        Some(n) => matches!(
            n.trim().trim_start_matches("/dev/"),
            "xvda" | "sda" | "sda1" | "nvme0n1" | "hda" | "xvda1"
        ),
    }
}

/// `aws::ec2::Vpc` (`aws_vpc`, `AWS::EC2::VPC`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Vpc {
    pub cidr_block: Value<Option<String>>,
}

/// `aws::ec2::FlowLog` (`aws_flow_log`, `AWS::EC2::FlowLog`): linked to the VPC, subnet or
/// network interface it records by a reference edge.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FlowLog {
    /// `ALL`, `ACCEPT` or `REJECT`.
    pub traffic_type: Value<String>,
}

/// `aws::ec2::DefaultSecurityGroup` (`aws_default_security_group`): the VPC's default group,
/// which Terraform adopts and whose rules it replaces with the ones written (none written:
/// no rules). CloudFormation cannot manage it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DefaultSecurityGroup {
    pub ingress: Vec<SecurityGroupRule>,
    pub egress: Vec<SecurityGroupRule>,
}

/// `aws::ec2::NetworkAcl`: a network ACL's entries — the inline `ingress`/`egress` blocks of
/// `aws_network_acl` and `aws_default_network_acl`, or one split-out entry
/// (`aws_network_acl_rule`, `AWS::EC2::NetworkAclEntry`), which is modelled as an ACL of its own
/// entry.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NetworkAcl {
    pub entries: Vec<NetworkAclEntry>,
}

/// One network ACL entry.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NetworkAclEntry {
    /// An outbound entry (`egress = true`, `Egress: true`); inbound unless written.
    pub egress: Value<bool>,
    /// `allow` or `deny`, lower case.
    pub action: Value<String>,
    /// Normalized like security group protocols: `tcp`, `udp`, `icmp`, `-1` (all).
    pub protocol: Value<String>,
    pub from_port: Value<Option<i64>>,
    pub to_port: Value<Option<i64>>,
    /// The IPv4 and IPv6 source or destination ranges written (at most one of each).
    pub cidrs: Value<Vec<String>>,
    /// The entry's own block or resource.
    pub origin: Origin,
}

impl NetworkAclEntry {
    /// Whether the entry matches TCP traffic to `port`, when its protocol and ports are known.
    pub fn covers_tcp_port(&self, port: i64) -> Option<bool> {
        let proto = self.protocol.get()?;
        if proto == "-1" {
            return Some(true);
        }
        if proto != "tcp" {
            return Some(false);
        }
        let from = self.from_port.get()?.unwrap_or(0);
        let to = self.to_port.get()?.unwrap_or(65535);
        Some(from <= port && port <= to)
    }
}

/// `aws::ec2::Subnet` (`aws_subnet`, `AWS::EC2::Subnet`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Subnet {
    /// Whether instances launched in the subnet get a public IPv4 address by default
    /// (`map_public_ip_on_launch`, `MapPublicIpOnLaunch`); false unless written.
    pub map_public_ip_on_launch: Value<bool>,
}

/// `aws::ec2::EbsEncryptionByDefault` (`aws_ebs_encryption_by_default`): the account's
/// per-region setting that encrypts every new EBS volume and snapshot copy.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EbsEncryptionByDefault {
    /// `enabled`; true unless written.
    pub enabled: Value<bool>,
}

/// `aws::ec2::AmiLaunchPermission` (`aws_ami_launch_permission`): who may launch an AMI.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AmiLaunchPermission {
    /// The group granted (`group`); `all` makes the AMI public. `None` when the permission
    /// names an account, organization or organizational unit instead.
    pub group: Value<Option<String>>,
}

/// `aws::ec2::PublicSharingBlock`: the account's per-region block on public sharing of EBS
/// snapshots (`aws_ebs_snapshot_block_public_access`, `AWS::EC2::SnapshotBlockPublicAccess`)
/// or of AMIs (`aws_ec2_image_block_public_access`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PublicSharingBlock {
    /// What is shared: `snapshots` or `AMIs`.
    pub shares: String,
    /// `block-all-sharing`, `block-new-sharing` or `unblocked` (`state`, `State`; required).
    pub state: Value<String>,
}

/// `aws::ec2::InstanceMetadataDefaults` (`aws_ec2_instance_metadata_defaults`): the
/// account's per-region defaults for the instance metadata options of new instances.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InstanceMetadataDefaults {
    /// `http_tokens`: `required`, `optional` or `no-preference` (the default).
    pub http_tokens: Value<String>,
}
