//! `AWS::EC2::Volume` → `aws::ec2::Volume`; `AWS::EC2::Instance`, `AWS::EC2::LaunchTemplate`,
//! `AWS::AutoScaling::LaunchConfiguration` → `aws::ec2::Instance`.

use super::aws_common::{bool_or_inherited, inherited_from, prop};
use super::unknown_reason;
use crate::eval::Evaluated;
use parapet_model::aws::ec2::{
    any_public_ip, may_be_root_device, metadata_options_not_written, BlockDevice, Instance,
    InstanceKind, Volume,
};
use parapet_model::{conv, Dyn, Node, Origin, Value};

pub(crate) fn volume(ev: &Evaluated) -> Volume {
    let o = &ev.origin;
    let p = &ev.props;
    let inherits = inherited_from(p, &["SnapshotId"]);
    Volume {
        // CloudFormation docs: Encrypted defaults to false; a volume from a snapshot inherits
        // the snapshot's encryption.
        encrypted: bool_or_inherited(prop(p, "Encrypted").as_ref(), false, inherits.as_deref(), o),
        kms_key_id: conv::opt_string(prop(p, "KmsKeyId").as_ref(), o),
    }
}

fn metadata(data: &Node, o: &Origin, from_template: bool) -> (Value<bool>, Value<Option<String>>) {
    match prop(data, "MetadataOptions") {
        Some(m) if !m.is_null() => {
            if let Some(r) = unknown_reason(&m) {
                return (
                    Value::unknown(r.clone(), m.origin.clone()),
                    Value::unknown(r, m.origin.clone()),
                );
            }
            (
                conv::string(prop(&m, "HttpEndpoint").as_ref(), "enabled", &m.origin)
                    .map(|s| s != "disabled"),
                conv::opt_string(prop(&m, "HttpTokens").as_ref(), &m.origin),
            )
        }
        _ => metadata_options_not_written(o, from_template),
    }
}

/// `BlockDeviceMappings`. A mapping of what may be the AMI's root device, or of a snapshot,
/// inherits the snapshot's encryption unless `Encrypted: true` is written; an empty volume is
/// unencrypted unless written.
fn devices(data: &Node) -> Vec<BlockDevice> {
    let Some(list) = prop(data, "BlockDeviceMappings") else {
        return Vec::new();
    };
    let items: Vec<Node> = match &list.v {
        Dyn::List(l) => l.clone(),
        Dyn::Null => Vec::new(),
        _ => vec![list.clone()],
    };
    let mut out = Vec::new();
    for m in items {
        if let Some(r) = unknown_reason(&m) {
            out.push(BlockDevice {
                device_name: Value::unknown(r.clone(), m.origin.clone()),
                root: false,
                encrypted: Value::unknown(r, m.origin.clone()),
                origin: m.origin.clone(),
            });
            continue;
        }
        let Some(ebs) = prop(&m, "Ebs").filter(|e| !e.is_null()) else {
            continue;
        };
        let device_name = conv::opt_string(prop(&m, "DeviceName").as_ref(), &m.origin);
        let name = device_name.get().map(|n| n.as_deref()).unwrap_or(None);
        let inherits = if may_be_root_device(name) {
            Some("a mapping of the AMI's root device inherits the encryption of the AMI's snapshot unless Encrypted is true".to_string())
        } else {
            inherited_from(&ebs, &["SnapshotId"])
        };
        let encrypted = match unknown_reason(&ebs) {
            Some(r) => Value::unknown(r, ebs.origin.clone()),
            None => bool_or_inherited(
                prop(&ebs, "Encrypted").as_ref(),
                false,
                inherits.as_deref(),
                &ebs.origin,
            ),
        };
        out.push(BlockDevice {
            device_name,
            root: false,
            encrypted,
            origin: m.origin.clone(),
        });
    }
    out
}

pub(crate) fn instance(ev: &Evaluated) -> Instance {
    let o = &ev.origin;
    let p = &ev.props;
    let (kind, data) = match ev.ty.as_str() {
        "AWS::EC2::LaunchTemplate" => (
            InstanceKind::LaunchTemplate,
            prop(p, "LaunchTemplateData").unwrap_or_else(|| p.clone()),
        ),
        "AWS::AutoScaling::LaunchConfiguration" => (InstanceKind::LaunchConfiguration, p.clone()),
        _ => (InstanceKind::Instance, p.clone()),
    };
    if let Some(r) = unknown_reason(&data) {
        return Instance {
            kind,
            metadata_endpoint_enabled: Value::unknown(r.clone(), data.origin.clone()),
            http_tokens: Value::unknown(r.clone(), data.origin.clone()),
            block_devices: Vec::new(),
            user_data: Value::unknown(r.clone(), data.origin.clone()),
            public_ip: Value::unknown(r, data.origin.clone()),
        };
    }
    let from_template =
        kind == InstanceKind::Instance && prop(p, "LaunchTemplate").is_some_and(|x| !x.is_null());
    let (metadata_endpoint_enabled, http_tokens) = metadata(&data, o, from_template);
    Instance {
        kind,
        metadata_endpoint_enabled,
        http_tokens,
        block_devices: devices(&data),
        // `UserData` is base64-encoded (usually written as `Fn::Base64`, which is resolved
        // into its encoded text).
        user_data: conv::opt_string(prop(&data, "UserData").as_ref(), o)
            .map(|s| s.map(|t| decode_base64(&t))),
        public_ip: if kind == InstanceKind::LaunchConfiguration {
            conv::opt_bool(prop(&data, "AssociatePublicIpAddress").as_ref(), o)
        } else {
            public_ip(&data, o, from_template)
        },
    }
}

/// `NetworkInterfaces[].AssociatePublicIpAddress`: the first written `true`, else unknown if
/// any is unknown, else the first written `false`, else not written.
fn public_ip(data: &Node, o: &Origin, from_template: bool) -> Value<Option<bool>> {
    let list = match prop(data, "NetworkInterfaces") {
        None if from_template => {
            return Value::unknown(
                "not written: the instance may take it from its launch template",
                o.clone(),
            )
        }
        None => return Value::defaulted(None, o.clone()),
        Some(l) => l,
    };
    let items: Vec<Node> = match &list.v {
        Dyn::List(l) => l.clone(),
        Dyn::Null => Vec::new(),
        _ => vec![list.clone()],
    };
    let vals: Vec<Value<Option<bool>>> = items
        .iter()
        .map(|i| match unknown_reason(i) {
            Some(r) => Value::unknown(r, i.origin.clone()),
            None => conv::opt_bool(prop(i, "AssociatePublicIpAddress").as_ref(), &i.origin),
        })
        .collect();
    any_public_ip(&vals, o)
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
