//! `aws_ebs_volume` → `aws::ec2::Volume`; `aws_instance`, `aws_launch_template`,
//! `aws_launch_configuration` → `aws::ec2::Instance`.

use super::aws_common::{bool_or_inherited, inherited_from};
use super::{block, blocks};
use crate::module::RawResource;
use parapet_model::aws::ec2::{
    any_public_ip, may_be_root_device, metadata_options_not_written, BlockDevice,
    DefaultSecurityGroup, Instance, InstanceKind, SecurityGroupRule, Volume,
};
use parapet_model::{conv, Dyn, Node, Origin, Value};

pub(crate) fn volume(r: &RawResource) -> Volume {
    let n = &r.node;
    let o = &r.origin;
    let inherits = inherited_from(n, &["snapshot_id"]);
    Volume {
        // Provider docs: `encrypted` defaults to false; a volume from a snapshot inherits the
        // snapshot's encryption.
        encrypted: bool_or_inherited(n.get("encrypted"), false, inherits.as_deref(), o),
        kms_key_id: conv::opt_string(n.get("kms_key_id"), o),
    }
}

/// `metadata_options { http_endpoint, http_tokens }`.
fn metadata(n: &Node, o: &Origin, from_template: bool) -> (Value<bool>, Value<Option<String>>) {
    match n.get("metadata_options").map(|x| &x.v) {
        Some(Dyn::Unknown(u)) => (
            Value::unknown(u.reason.clone(), o.clone()),
            Value::unknown(u.reason.clone(), o.clone()),
        ),
        _ => match block(n, "metadata_options") {
            Some(m) => (
                conv::string(m.get("http_endpoint"), "enabled", &m.origin).map(|s| s != "disabled"),
                conv::opt_string(m.get("http_tokens"), &m.origin),
            ),
            None => metadata_options_not_written(o, from_template),
        },
    }
}

/// An EBS device. A volume created from a snapshot — the root volume from the AMI's, a
/// mapping that may be the AMI's root device, a `snapshot_id` — inherits its encryption unless
/// `encrypted = true` is written; an empty volume is unencrypted unless written.
fn device(b: &Node, name: Option<&Node>, root: bool, maybe_root: bool) -> BlockDevice {
    let device_name = conv::opt_string(name, &b.origin);
    let inherits = if root {
        Some("the root volume inherits the encryption of the AMI's snapshot unless encrypted is true".into())
    } else if maybe_root
        && may_be_root_device(device_name.get().map(|n| n.as_deref()).unwrap_or(None))
    {
        Some(
            "a mapping of the AMI's root device inherits the encryption of the AMI's snapshot unless encrypted is true"
                .into(),
        )
    } else {
        inherited_from(b, &["snapshot_id"])
    };
    BlockDevice {
        device_name,
        root,
        encrypted: bool_or_inherited(b.get("encrypted"), false, inherits.as_deref(), &b.origin),
        origin: b.origin.clone(),
    }
}

pub(crate) fn instance(r: &RawResource) -> Instance {
    let n = &r.node;
    let o = &r.origin;
    let kind = match r.rtype.as_str() {
        "aws_launch_template" => InstanceKind::LaunchTemplate,
        "aws_launch_configuration" => InstanceKind::LaunchConfiguration,
        _ => InstanceKind::Instance,
    };
    let from_template = kind == InstanceKind::Instance && block(n, "launch_template").is_some();
    let (metadata_endpoint_enabled, http_tokens) = metadata(n, o, from_template);
    let mut block_devices = Vec::new();
    if kind == InstanceKind::LaunchTemplate {
        for m in blocks(n, "block_device_mappings") {
            if let Some(ebs) = block(m, "ebs") {
                block_devices.push(device(ebs, m.get("device_name"), false, true));
            }
        }
    } else {
        for b in blocks(n, "root_block_device") {
            block_devices.push(device(b, None, true, false));
        }
        for b in blocks(n, "ebs_block_device") {
            block_devices.push(device(b, b.get("device_name"), false, false));
        }
    }
    let user_data = match (n.get("user_data"), n.get("user_data_base64")) {
        // A launch template's `user_data` is base64-encoded; an instance's is plain text,
        // or base64 in `user_data_base64`.
        (Some(u), _) if kind == InstanceKind::LaunchTemplate => {
            conv::opt_string(Some(u), o).map(|s| s.map(|t| decode_base64(&t)))
        }
        (Some(u), _) => conv::opt_string(Some(u), o),
        (None, Some(b)) => conv::opt_string(Some(b), o).map(|s| s.map(|t| decode_base64(&t))),
        (None, None) => Value::defaulted(None, o.clone()),
    };
    let public_ip = if kind == InstanceKind::LaunchTemplate {
        match n.get("network_interfaces") {
            Some(x) if x.is_unknown() => {
                Value::unknown("the network interfaces are not known", x.origin.clone())
            }
            _ => {
                let interfaces: Vec<_> = blocks(n, "network_interfaces")
                    .into_iter()
                    .map(|b| conv::opt_bool(b.get("associate_public_ip_address"), &b.origin))
                    .collect();
                any_public_ip(&interfaces, o)
            }
        }
    } else if from_template && n.get("associate_public_ip_address").is_none() {
        Value::unknown(
            "not written: the instance may take it from its launch template",
            o.clone(),
        )
    } else {
        conv::opt_bool(n.get("associate_public_ip_address"), o)
    };
    Instance {
        kind,
        metadata_endpoint_enabled,
        http_tokens,
        block_devices,
        user_data,
        public_ip,
    }
}

/// Base64-decoded text, or the text itself when it is not base64 of UTF-8.
fn decode_base64(s: &str) -> String {
    use base64::Engine as _;
    let compact: String = s.split_whitespace().collect();
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_else(|| s.to_string())
}

/// `aws_default_security_group`: Terraform removes the default group's rules when it adopts
/// it and creates the ones written, so the written rules are all the rules.
pub(crate) fn default_security_group(r: &RawResource) -> DefaultSecurityGroup {
    let rules = |key: &str| match r.node.get(key) {
        Some(x) if x.is_unknown() => vec![SecurityGroupRule {
            protocol: Value::unknown("the rules are not known", x.origin.clone()),
            from_port: Value::unknown("the rules are not known", x.origin.clone()),
            to_port: Value::unknown("the rules are not known", x.origin.clone()),
            cidr_ipv4: Value::unknown("the rules are not known", x.origin.clone()),
            cidr_ipv6: Value::unknown("the rules are not known", x.origin.clone()),
            description: Value::unknown("the rules are not known", x.origin.clone()),
            origin: x.origin.clone(),
        }],
        _ => super::sg_rules_inline(&r.node, key),
    };
    DefaultSecurityGroup {
        ingress: rules("ingress"),
        egress: rules("egress"),
    }
}
