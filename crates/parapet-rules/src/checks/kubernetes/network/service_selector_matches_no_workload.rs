//! KUBERNETES-NETWORK-005: a Service's selector matches the pods of no workload of its
//! namespace, though the scan holds workloads of that namespace.

use crate::checks::kubernetes::common::{
    address_namespace, from_manifest, placement, same_namespace, Placement,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::{is_custom_resource, StringMap, Workload, WorkloadKind};
use parapet_model::Config;

pub struct Rule;

fn dir_of(file: Option<&str>) -> Option<&str> {
    file.map(|f| f.rsplit_once('/').map_or("", |(d, _)| d))
}

/// Whether the labels of a workload's pods match the selector: `None` when it cannot be told.
/// Labels that controllers add to the pods they create count too: `job-name` on a Job's pods,
/// `statefulset.kubernetes.io/pod-name` on a StatefulSet's, and generated hashes and ids
/// (which make the answer unknown).
fn selects(selector: &StringMap, w: &Workload) -> Option<bool> {
    let labels = w.pod_labels.get()?;
    let name = w.meta.name_str();
    let mut unknown = false;
    for (k, v) in selector {
        let ok = match labels.get(k) {
            Some(l) => l.get()? == v,
            None => match (k.as_str(), w.kind) {
                ("job-name" | "batch.kubernetes.io/job-name", WorkloadKind::Job) => name? == v,
                ("job-name" | "batch.kubernetes.io/job-name", WorkloadKind::CronJob) => {
                    v.starts_with(&format!("{}-", name?))
                }
                ("statefulset.kubernetes.io/pod-name", WorkloadKind::StatefulSet) => v
                    .strip_prefix(&format!("{}-", name?))
                    .is_some_and(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit())),
                (
                    "pod-template-hash"
                    | "controller-revision-hash"
                    | "controller-uid"
                    | "batch.kubernetes.io/controller-uid"
                    | "batch.kubernetes.io/job-completion-index"
                    | "apps.kubernetes.io/pod-index",
                    _,
                ) => {
                    unknown = true;
                    true
                }
                _ => false,
            },
        };
        if !ok {
            return Some(false);
        }
    }
    if unknown {
        None
    } else {
        Some(true)
    }
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sService(s) = &ctx.resource.config else {
            return;
        };
        let sel = &s.selector;
        let Some(selector) = sel.get() else {
            return out.expect(sel, |_| false, "");
        };
        if selector.is_empty() {
            return;
        }
        let Some(ns) = s.meta.namespace_str() else {
            return out.expect(&s.meta.namespace, |_| false, "");
        };
        let here = placement(&s.meta);
        if here == Placement::Unknown {
            return out.skip(&sel.origin, "the namespace is unknown");
        }
        let dir = dir_of(s.meta.origin.file());
        let mut any = false;
        let mut unknown: Option<String> = None;
        for r in &ctx.model.resources {
            if !from_manifest(r) {
                continue;
            }
            match &r.config {
                Config::Workload(w) if same_namespace(&w.meta, &s.meta) => {
                    any = true;
                    match selects(selector, w) {
                        Some(true) => return out.pass(&sel.origin),
                        Some(false) => {}
                        None => {
                            unknown = Some(format!(
                                "whether {} `{}` is selected cannot be told (unknown or generated labels)",
                                w.kind.as_str(),
                                w.meta.name_str().unwrap_or("?")
                            ))
                        }
                    }
                }
                // Custom resources deployed with the Service may stand for pods an operator
                // creates.
                Config::Unmodelled
                    if is_custom_resource(&r.address)
                        && (dir_of(r.origin.file()) == dir
                            || (matches!(here, Placement::Named(_))
                                && address_namespace(r) == Some(ns))) =>
                {
                    unknown = Some(format!(
                        "`{}` may create pods through an operator",
                        r.address
                    ));
                }
                _ => {}
            }
        }
        if let Some(why) = unknown {
            return out.skip(&sel.origin, why);
        }
        if !any {
            return;
        }
        out.fail(
            &sel.origin,
            format!("The Service's selector matches no workload of namespace `{ns}` in the scan: it has no endpoints, and any pod given these labels receives its traffic"),
        );
    }
}
