//! Every workload kind → one [`Workload`] with a normalized pod spec and the containers'
//! effective security settings, filled by [`parapet_model::k8s::fill`] from the manifest.

use crate::cx::{Cx, Obj};
use crate::objects::meta;
use parapet_model::k8s::fill::{self, Fields};
use parapet_model::k8s::{ProjectedSource, StrMap, Volume, VolumeSource, Workload, WorkloadKind};
use parapet_model::{Origin, Value};
use std::borrow::Cow;

pub(crate) fn workload(cx: &Cx, top: &Obj, api_version: &str, kind: WorkloadKind) -> Workload {
    let meta = meta(cx, top, api_version, kind.as_str());
    let top = Manifest {
        cx,
        obj: top.clone(),
    };
    fill::workload(&top, kind, meta)
}

/// An object of a manifest, read as the Kubernetes API reads it.
#[derive(Clone)]
struct Manifest<'c, 'a> {
    cx: &'c Cx<'c>,
    obj: Obj<'a>,
}

impl<'a> Manifest<'_, 'a> {
    fn with(&self, obj: Obj<'a>) -> Self {
        Manifest { cx: self.cx, obj }
    }
}

impl Fields for Manifest<'_, '_> {
    const EMPTY_IS_UNSET: bool = false;
    const AUTOMOUNT_DEFAULT: Option<bool> = None;

    fn spell(key: &'static str) -> Cow<'static, str> {
        Cow::Borrowed(key)
    }

    fn origin(&self) -> &Origin {
        &self.obj.origin
    }

    fn bad(&self) -> Option<&str> {
        self.obj.bad.as_deref()
    }

    fn is_present(&self) -> bool {
        self.obj.node.is_some()
    }

    fn has(&self, key: &'static str) -> bool {
        self.obj.has(key)
    }

    fn written_at(&self, key: &'static str) -> Option<Origin> {
        self.obj.slot(key).present().map(|n| self.cx.origin(n))
    }

    fn first_key(&self) -> Option<String> {
        self.obj
            .node
            .and_then(|n| n.as_map())
            .and_then(|m| m.first())
            .and_then(|(k, _)| k.as_str())
            .map(str::to_string)
    }

    fn child(&self, key: &'static str) -> Self {
        self.with(self.obj.child(self.cx, key))
    }

    fn items(&self, key: &'static str) -> Vec<Self> {
        self.obj
            .items(self.cx, key)
            .into_iter()
            .map(|o| self.with(o))
            .collect()
    }

    fn opt_bool(&self, key: &'static str) -> Value<Option<bool>> {
        self.obj.opt_bool(self.cx, key)
    }

    fn opt_int(&self, key: &'static str) -> Value<Option<i64>> {
        self.obj.opt_int(self.cx, key)
    }

    fn opt_string(&self, key: &'static str) -> Value<Option<String>> {
        self.obj.opt_string(self.cx, key)
    }

    fn req_string(&self, key: &'static str) -> Value<String> {
        self.obj.req_string(self.cx, key)
    }

    fn strings(&self, key: &'static str) -> Value<Vec<String>> {
        self.obj.strings(self.cx, key)
    }

    fn ints(&self, key: &'static str) -> Value<Vec<i64>> {
        self.obj.ints(self.cx, key)
    }

    fn str_map(&self, key: &'static str) -> Value<StrMap> {
        self.obj.str_map(self.cx, key)
    }

    fn present(&self, key: &'static str) -> Value<bool> {
        self.obj.present(self.cx, key)
    }

    fn names(&self, key: &'static str) -> Value<Vec<String>> {
        self.obj.names(self.cx, key)
    }

    fn volume(&self) -> Volume {
        volume(self.cx, &self.obj)
    }
}

fn volume(cx: &Cx, v: &Obj) -> Volume {
    const KNOWN: [&str; 6] = [
        "hostPath",
        "secret",
        "configMap",
        "emptyDir",
        "persistentVolumeClaim",
        "projected",
    ];
    let key = KNOWN.into_iter().find(|k| v.has(k)).or_else(|| {
        v.node.and_then(|n| n.as_map()).and_then(|m| {
            m.iter()
                .filter_map(|(k, _)| k.as_str())
                .find(|k| *k != "name")
        })
    });
    let source = match key {
        _ if v.is_bad() => VolumeSource::Other { key: "?".into() },
        Some("hostPath") => {
            let h = v.child(cx, "hostPath");
            VolumeSource::HostPath {
                path: h.req_string(cx, "path"),
                path_type: h.opt_string(cx, "type"),
            }
        }
        Some("secret") => {
            let s = v.child(cx, "secret");
            VolumeSource::Secret {
                secret_name: s.opt_string(cx, "secretName"),
                optional: s.bool(cx, "optional", false),
            }
        }
        Some("configMap") => VolumeSource::ConfigMap {
            name: v.child(cx, "configMap").opt_string(cx, "name"),
        },
        Some("emptyDir") => VolumeSource::EmptyDir {
            medium: v.child(cx, "emptyDir").opt_string(cx, "medium"),
        },
        Some("persistentVolumeClaim") => {
            let p = v.child(cx, "persistentVolumeClaim");
            VolumeSource::PersistentVolumeClaim {
                claim_name: p.opt_string(cx, "claimName"),
                read_only: p.bool(cx, "readOnly", false),
            }
        }
        Some("projected") => VolumeSource::Projected {
            sources: v
                .child(cx, "projected")
                .items(cx, "sources")
                .iter()
                .map(|s| {
                    let kind = s
                        .node
                        .and_then(|n| n.as_map())
                        .and_then(|m| m.first())
                        .and_then(|(k, _)| k.as_str())
                        .unwrap_or("?");
                    let name = if matches!(kind, "secret" | "configMap") {
                        s.child(cx, kind).opt_string(cx, "name")
                    } else if let Some(r) = &s.bad {
                        Value::unknown(r.clone(), s.origin.clone())
                    } else {
                        Value::defaulted(None, s.origin.clone())
                    };
                    ProjectedSource {
                        kind: kind.to_string(),
                        name,
                        origin: s.origin.clone(),
                    }
                })
                .collect(),
        },
        Some(other) => VolumeSource::Other {
            key: other.to_string(),
        },
        // No source at all: Kubernetes defaults the volume to an emptyDir.
        None => VolumeSource::EmptyDir {
            medium: Value::defaulted(None, v.origin.clone()),
        },
    };
    Volume {
        name: v.req_string(cx, "name"),
        source,
        origin: v.origin.clone(),
    }
}
