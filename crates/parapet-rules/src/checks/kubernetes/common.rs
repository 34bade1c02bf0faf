//! Helpers shared by the Kubernetes rules: naming containers in messages, reporting
//! per-container verdicts (grouped when containers inherit one pod-level value), and the
//! vocabularies of the Pod Security Standards.

use crate::{Ctx, Outcomes};
use parapet_model::k8s::{
    Container, ContainerGroup, Meta, PodSecurityContext, PolicyRule, Role, RoleBinding,
    SeccompProfile, SecurityContext, ServiceAccount, Workload,
};
use parapet_model::{Config, EdgeKind, Format, Model, Origin, Resource, Value};

/// The workload a check runs on.
pub fn workload<'a>(ctx: &Ctx<'a>) -> Option<&'a Workload> {
    match &ctx.resource.config {
        Config::Workload(w) => Some(w),
        _ => None,
    }
}

/// `container `app``, `init container `setup``, `ephemeral container `debug``.
pub fn container_label(c: &Container) -> String {
    let group = match c.group {
        ContainerGroup::Containers => "container",
        ContainerGroup::InitContainers => "init container",
        ContainerGroup::EphemeralContainers => "ephemeral container",
    };
    match c.name.get() {
        Some(n) => format!("{group} `{n}`"),
        None => format!("an unnamed {group}"),
    }
}

/// What a check concludes about one container.
pub enum Verdict {
    /// Compliant; the origin of the value that shows it.
    Pass(Origin),
    /// Not evaluated (unknown value), with the reason.
    Skip(Origin, String),
    /// Non-compliant: the origin of the offending value and a message without the container's
    /// name (it is appended).
    Fail(Origin, String),
    /// Nothing to say (another rule covers the case, or the container is out of scope).
    None,
}

/// Runs `f` on every container and reports the verdicts. Failures with the same origin and
/// message (containers inheriting one pod-level value) are reported once, naming all the
/// containers concerned.
pub fn per_container(w: &Workload, out: &mut Outcomes, f: impl Fn(&Container) -> Verdict) {
    let mut fails: Vec<(Origin, String, Vec<String>)> = Vec::new();
    for c in &w.pod.containers {
        match f(c) {
            Verdict::Pass(o) => out.pass(&o),
            Verdict::Skip(o, r) => out.skip(&o, r),
            Verdict::Fail(o, m) => {
                let label = container_label(c);
                match fails.iter_mut().find(|(fo, fm, _)| *fo == o && *fm == m) {
                    Some((_, _, names)) => names.push(label),
                    None => fails.push((o, m, vec![label])),
                }
            }
            Verdict::None => {}
        }
    }
    for (o, m, names) in fails {
        out.fail(&o, format!("{m} ({})", names.join(", ")));
    }
}

/// Reports a pod-level value that `bad` rejects but that no container inherits (every
/// container overrides it). The Pod Security Standards check the pod-level field on its own,
/// so admission still rejects such a pod; inherited values are reported with the containers.
pub fn pod_value_overridden<T>(
    w: &Workload,
    out: &mut Outcomes,
    pod: &Value<Option<T>>,
    effective: impl Fn(&Container) -> &Value<Option<T>>,
    bad: impl Fn(&T) -> bool,
    message: &str,
) {
    let Some(Some(v)) = pod.get() else { return };
    if !pod.is_explicit() || !bad(v) {
        return;
    }
    if w.pod
        .containers
        .iter()
        .any(|c| effective(c).origin == pod.origin)
    {
        return;
    }
    out.fail(
        &pod.origin,
        format!("{message} (at the pod level; every container overrides it, but the Pod Security Standards reject the pod)"),
    );
}

/// Fails each container whose effective seccomp or AppArmor profile (`field` of its security
/// context) is `Unconfined`, with `message`; and a pod-level `Unconfined` profile (`pod_field`)
/// that no container inherits, with `pod_message`.
pub fn report_unconfined_profile(
    ctx: &Ctx<'_>,
    out: &mut Outcomes,
    field: fn(&SecurityContext) -> &Value<Option<SeccompProfile>>,
    pod_field: fn(&PodSecurityContext) -> &Value<Option<SeccompProfile>>,
    message: &str,
    pod_message: &str,
) {
    let Some(w) = workload(ctx) else { return };
    per_container(w, out, |c| {
        let v = field(&c.security_context);
        match v.get() {
            None => unknown(v),
            Some(Some(p)) if p.is_unconfined() => Verdict::Fail(v.origin.clone(), message.into()),
            Some(_) => Verdict::Pass(v.origin.clone()),
        }
    });
    pod_value_overridden(
        w,
        out,
        pod_field(&w.pod.security_context),
        |c| field(&c.security_context),
        |p| p.is_unconfined(),
        pod_message,
    );
}

/// A skip for an unknown value.
pub fn unknown<T>(v: &Value<T>) -> Verdict {
    Verdict::Skip(
        v.origin.clone(),
        format!(
            "value is unknown: {}",
            v.unknown_reason().unwrap_or("unresolved")
        ),
    )
}

/// A capability name as the container runtimes read it: upper case, without `CAP_`.
pub fn capability(name: &str) -> String {
    let up = name.trim().to_ascii_uppercase();
    match up.strip_prefix("CAP_") {
        Some(rest) => rest.to_string(),
        None => up,
    }
}

/// The capabilities the Baseline profile lets a container add (the container runtimes'
/// default set).
pub const BASELINE_CAPABILITIES: &[&str] = &[
    "AUDIT_WRITE",
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "MKNOD",
    "NET_BIND_SERVICE",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
];

/// Fails each container that adds capabilities `reported` selects (named as [`capability`]
/// reads them): "Adds capability `X`<rest>", "Adds capabilities `X` and `Y`<rest>".
pub fn report_added_capabilities(
    ctx: &Ctx<'_>,
    out: &mut Outcomes,
    reported: impl Fn(&str) -> bool,
    rest: &str,
) {
    let Some(w) = workload(ctx) else { return };
    per_container(w, out, |c| {
        let v = &c.security_context.capabilities_add;
        let Some(add) = v.get() else {
            return unknown(v);
        };
        let mut extra: Vec<String> = add
            .iter()
            .map(|a| capability(a))
            .filter(|a| reported(a))
            .collect();
        extra.dedup();
        if extra.is_empty() {
            Verdict::Pass(v.origin.clone())
        } else {
            Verdict::Fail(
                v.origin.clone(),
                format!(
                    "Adds {} {}{rest}",
                    if extra.len() == 1 {
                        "capability"
                    } else {
                        "capabilities"
                    },
                    code_list(&extra)
                ),
            )
        }
    });
}

/// `a`, `a and b`, `a, b and c`, each in backticks.
pub fn code_list<S: AsRef<str>>(items: &[S]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{}`", s.as_ref())).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Whether a workload kind runs long-lived pods (not Jobs, CronJobs or bare Pods).
pub fn is_long_running(w: &Workload) -> bool {
    use parapet_model::k8s::WorkloadKind as K;
    matches!(
        w.kind,
        K::Deployment | K::StatefulSet | K::DaemonSet | K::ReplicaSet | K::ReplicationController
    )
}

/// The namespace of a namespaced Kubernetes resource, from its address
/// (`<apiVersion>/<Kind>/<namespace>/<name>`).
pub fn address_namespace(r: &Resource) -> Option<&str> {
    let mut parts = r.address.rsplitn(3, '/');
    let _name = parts.next()?;
    let ns = parts.next()?;
    let rest = parts.next()?;
    let kind_follows = rest
        .strip_suffix(r.source_type.as_str())
        .is_some_and(|before| before.ends_with('/'));
    kind_follows.then_some(ns)
}

/// (namespace, kind) of every manifest object of the scan, computed once per scan.
struct NamespaceKinds(std::collections::HashSet<(String, String)>);

/// Whether the scan holds a resource of `kind` (as written, e.g. `LimitRange`) in `ns`.
pub fn namespace_has(model: &Model, ns: &str, kind: &str) -> bool {
    let index = model.memo(|m| {
        NamespaceKinds(
            m.resources
                .iter()
                .filter(|r| from_manifest(r))
                .filter_map(|r| Some((address_namespace(r)?.to_string(), r.source_type.clone())))
                .collect(),
        )
    });
    index.0.contains(&(ns.to_string(), kind.to_string()))
}

/// Whether the resource comes from a Kubernetes manifest (rather than from the Terraform
/// provider's workload resources).
///
/// Two things follow from it that the model does not carry. Who picks an unwritten namespace:
/// for a manifest, whoever deploys it (`kubectl -n`, Helm, Kustomize); for a Terraform
/// workload, the provider, which defaults `metadata.namespace` to `default`. And whether the
/// objects around a workload are in the scan: the Terraform frontend adapts only workloads
/// (not `kubernetes_service`, `kubernetes_network_policy`, `kubernetes_role_binding`, ...), and
/// the manifests of a scan may be deployed to another cluster than the provider's, so rules
/// that need Services, NetworkPolicies or RBAC bindings do not evaluate Terraform workloads.
pub fn from_manifest(r: &Resource) -> bool {
    r.format == Format::Kubernetes
}

/// Terraform resource types of the Kubernetes provider that give containers default requests
/// and limits.
const TERRAFORM_LIMIT_RANGES: &[&str] = &["kubernetes_limit_range", "kubernetes_limit_range_v1"];

/// Whether a LimitRange may give the workload's containers default requests and limits: one in
/// the namespace of a manifest's workload; for a Terraform workload, any
/// `kubernetes_limit_range` of the scan (its namespace is not modelled).
pub fn limit_range_may_apply(ctx: &Ctx<'_>) -> bool {
    if from_manifest(ctx.resource) {
        return address_namespace(ctx.resource)
            .is_some_and(|ns| namespace_has(ctx.model, ns, "LimitRange"));
    }
    struct TerraformLimitRanges(std::collections::HashSet<parapet_model::Format>);
    let index = ctx.model.memo(|m| {
        TerraformLimitRanges(
            m.resources
                .iter()
                .filter(|r| TERRAFORM_LIMIT_RANGES.contains(&r.source_type.as_str()))
                .map(|r| r.format)
                .collect(),
        )
    });
    index.0.contains(&ctx.resource.format)
}

/// Where a namespaced object is deployed, as far as the scan can tell.
///
/// A written namespace is the same wherever it is written. An unwritten one is chosen at
/// deploy time (`kubectl -n`, Helm, Kustomize), so objects without a namespace are taken to
/// share one only when their manifests are in the same directory (deployed together).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement<'a> {
    Named(&'a str),
    /// The directory of the manifest.
    Unwritten(&'a str),
    /// Unknown, or a cluster-scoped object.
    Unknown,
}

pub fn placement(meta: &Meta) -> Placement<'_> {
    match meta.namespace.get() {
        Some(Some(ns)) if meta.namespace.is_explicit() => Placement::Named(ns),
        Some(Some(_)) => match meta.origin.file() {
            Some(f) => Placement::Unwritten(f.rsplit_once('/').map_or("", |(d, _)| d)),
            None => Placement::Unknown,
        },
        _ => Placement::Unknown,
    }
}

/// Whether two objects are known to be deployed into the same namespace.
pub fn same_namespace(a: &Meta, b: &Meta) -> bool {
    let pa = placement(a);
    pa != Placement::Unknown && pa == placement(b)
}

/// The ServiceAccount resource a workload runs as, when the scan holds it.
pub fn service_account<'a>(ctx: &Ctx<'a>) -> Option<&'a ServiceAccount> {
    let w = workload(ctx)?;
    ctx.model.edges_from(ctx.index).find_map(|e| {
        match (&e.kind, &ctx.model.resources[e.to].config) {
            (EdgeKind::Uses, Config::K8sServiceAccount(sa))
                if same_namespace(&w.meta, &sa.meta) =>
            {
                Some(sa.as_ref())
            }
            _ => None,
        }
    })
}

/// Whether the service account's token is mounted into the workload's pods.
pub enum TokenMount {
    /// The pod or its ServiceAccount sets `automountServiceAccountToken: false`.
    Disabled,
    /// The pod or its ServiceAccount asks for it explicitly.
    Requested,
    /// Nothing says otherwise: Kubernetes mounts it. `sa_known` tells whether the
    /// ServiceAccount's own setting was seen (in the scan, or the `default` account, which
    /// Kubernetes creates without one).
    ByDefault { sa_known: bool },
    /// A setting is unknown.
    Unknown(String),
}

pub fn token_mount(ctx: &Ctx<'_>, w: &Workload) -> TokenMount {
    let pod = &w.pod.automount_service_account_token;
    match pod.get() {
        None => return TokenMount::Unknown(pod.unknown_reason().unwrap_or_default().into()),
        Some(Some(false)) => return TokenMount::Disabled,
        Some(Some(true)) if pod.is_explicit() => return TokenMount::Requested,
        // A format whose tooling writes `true` when nothing is set (the Terraform provider):
        // mounted whatever the ServiceAccount says.
        Some(Some(true)) => return TokenMount::ByDefault { sa_known: true },
        Some(None) => {}
    }
    match service_account(ctx) {
        Some(sa) => {
            let v = &sa.automount_service_account_token;
            match v.get() {
                None => TokenMount::Unknown(v.unknown_reason().unwrap_or_default().into()),
                Some(Some(false)) => TokenMount::Disabled,
                Some(Some(true)) => TokenMount::Requested,
                Some(None) => TokenMount::ByDefault { sa_known: true },
            }
        }
        None => TokenMount::ByDefault {
            sa_known: w
                .pod
                .service_account_name
                .get()
                .is_some_and(|n| n == "default"),
        },
    }
}

/// Whether a RoleBinding or ClusterRoleBinding of the scan names the service account as a
/// subject.
pub fn service_account_is_bound(model: &Model, ns: &str, name: &str) -> bool {
    /// (namespace, name) of every ServiceAccount subject of a binding, computed once per scan.
    struct BoundAccounts(std::collections::HashSet<(String, String)>);
    let index = model.memo(|m| {
        BoundAccounts(
            m.resources
                .iter()
                .filter_map(|r| match &r.config {
                    Config::K8sRoleBinding(b) => Some(b),
                    _ => None,
                })
                .flat_map(|b| b.subjects.iter())
                .filter(|s| s.kind.get().is_some_and(|k| k == "ServiceAccount"))
                .filter_map(|s| {
                    let name = s.name.get()?.clone();
                    let ns = s.namespace.get()?.clone()?;
                    Some((ns, name))
                })
                .collect(),
        )
    });
    index.0.contains(&(ns.to_string(), name.to_string()))
}

/// Whether a variable or key name reads like it holds a credential: its last word is
/// `PASSWORD`, `PASSWD`, `PASS`, `SECRET`, `TOKEN`, `APIKEY`, `CREDENTIAL(S)`, or its last two
/// are `API KEY`, `SECRET KEY`, `PRIVATE KEY`, `ACCESS KEY`, `SIGNING KEY`, `ENCRYPTION KEY`,
/// `AUTH KEY`, `MASTER KEY` (words split at `_`, `-`, `.` and camelCase, case-insensitive). Names that end in
/// another word (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `MAX_TOKENS`) do not, nor do
/// switches about a credential (`ALLOW_EMPTY_PASSWORD`, `USE_TOKEN`).
pub fn secret_like_name(name: &str) -> bool {
    // Split camelCase too: `dbPassword` is `DB PASSWORD`.
    let mut spaced = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            spaced.push(' ');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        spaced.push(c.to_ascii_uppercase());
    }
    let up = spaced.replace(' ', "_");
    let words: Vec<&str> = spaced
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    // Switches about a credential, not the credential: `ALLOW_EMPTY_PASSWORD`,
    // `MYSQL_RANDOM_ROOT_PASSWORD`, `REQUIRE_TOKEN`.
    const SWITCHES: &[&str] = &[
        "ALLOW", "EMPTY", "RANDOM", "ENABLE", "ENABLED", "DISABLE", "DISABLED", "REQUIRE",
        "REQUIRED", "USE", "SKIP", "GENERATE", "NO",
    ];
    if words.iter().any(|w| SWITCHES.contains(w)) {
        return false;
    }
    if matches!(
        *last,
        "PASSWORD"
            | "PASSWD"
            | "PASS"
            | "SECRET"
            | "TOKEN"
            | "APIKEY"
            | "CREDENTIAL"
            | "CREDENTIALS"
    ) {
        return true;
    }
    if *last == "KEY" && words.len() >= 2 {
        return matches!(
            words[words.len() - 2],
            "API" | "SECRET" | "PRIVATE" | "ACCESS" | "SIGNING" | "ENCRYPTION" | "AUTH" | "MASTER"
        );
    }
    up == "SECRET_KEY_BASE"
}

/// The Role or ClusterRole a check runs on. Aggregated ClusterRoles are left out: the
/// controller replaces their written rules with those of the roles they aggregate.
pub fn role<'a>(ctx: &Ctx<'a>) -> Option<&'a Role> {
    match &ctx.resource.config {
        Config::K8sRole(r) if r.aggregated.get() != Some(&true) => Some(r),
        _ => None,
    }
}

/// The RoleBinding or ClusterRoleBinding a check runs on.
pub fn binding<'a>(ctx: &Ctx<'a>) -> Option<&'a RoleBinding> {
    match &ctx.resource.config {
        Config::K8sRoleBinding(b) => Some(b),
        _ => None,
    }
}

/// Fails each subject of a binding that `matches` (its kind and name): "The <binding kind>
/// grants <role kind> `<role>` to `<name>`: <consequence>". A binding of one of the
/// ClusterRoles Kubernetes itself binds to such subjects (`defaults`) passes.
pub fn report_binding_subjects(
    ctx: &Ctx<'_>,
    out: &mut Outcomes,
    defaults: &[&str],
    matches: impl Fn(&str, &str) -> bool,
    consequence: &str,
) {
    let Some(b) = binding(ctx) else { return };
    let role = &b.role_ref.name;
    let Some(role_name) = role.get() else {
        out.expect(role, |_| false, "");
        return;
    };
    if b.role_ref.kind.get().is_some_and(|k| k == "ClusterRole")
        && defaults.contains(&role_name.as_str())
    {
        out.pass(&role.origin);
        return;
    }
    for s in &b.subjects {
        let (Some(kind), Some(name)) = (s.kind.get(), s.name.get()) else {
            out.expect(&s.name, |_| false, "");
            continue;
        };
        if matches(kind, name) {
            out.fail(
                &s.name.origin,
                format!(
                    "The {} grants {} `{role_name}` to `{name}`: {consequence}",
                    b.meta.kind,
                    b.role_ref.kind.get().map(String::as_str).unwrap_or("role"),
                ),
            );
        } else {
            out.pass(&s.origin);
        }
    }
}

/// The known lists of a policy rule, or a skip for the first unknown one.
pub struct Lists<'a> {
    pub groups: &'a [String],
    pub resources: &'a [String],
    pub verbs: &'a [String],
    pub names: &'a [String],
}

pub fn lists<'a>(r: &'a PolicyRule, out: &mut Outcomes) -> Option<Lists<'a>> {
    for v in [&r.api_groups, &r.resources, &r.verbs, &r.resource_names] {
        if !v.is_known() {
            out.expect(v, |_| false, "");
            return None;
        }
    }
    Some(Lists {
        groups: r.api_groups.get()?,
        resources: r.resources.get()?,
        verbs: r.verbs.get()?,
        names: r.resource_names.get()?,
    })
}

impl Lists<'_> {
    /// Whether the rule applies to API group `group` (named, or `*`).
    pub fn in_group(&self, group: &str) -> bool {
        self.groups.iter().any(|g| g == group || g == "*")
    }

    /// The resources of `wanted` the rule names: exactly, or as `*/<subresource>`. A bare `*`
    /// does not count (the wildcard rules report it).
    pub fn named<'w>(&self, wanted: &[&'w str]) -> Vec<&'w str> {
        wanted
            .iter()
            .copied()
            .filter(|w| {
                self.resources.iter().any(|r| {
                    r == w
                        || w.split_once('/')
                            .is_some_and(|(_, sub)| r.strip_prefix("*/") == Some(sub))
                })
            })
            .collect()
    }

    /// The verbs of `wanted` the rule grants, `*` included.
    pub fn grants_verb(&self, wanted: &[&str]) -> bool {
        self.verbs
            .iter()
            .any(|v| v == "*" || wanted.contains(&v.as_str()))
    }
}

/// Checks every rule of a role for named resources of one API group granted with one of the
/// verbs; fails at the rule's `resources` with `message(names)`.
pub fn check_resource_access(
    ctx: &Ctx<'_>,
    out: &mut Outcomes,
    group: &str,
    resources: &[&str],
    verbs: &[&str],
    message: impl Fn(&[&str], &Lists<'_>) -> Option<String>,
) {
    let Some(role) = role(ctx) else { return };
    for r in &role.rules {
        let Some(l) = lists(r, out) else { continue };
        let named = l.named(resources);
        if named.is_empty() || !l.in_group(group) || !l.grants_verb(verbs) {
            out.pass(&r.origin);
            continue;
        }
        match message(&named, &l) {
            Some(m) => out.fail(&r.resources.origin, m),
            None => out.pass(&r.origin),
        }
    }
}

/// Whether every API group of a rule is a metrics API (`metrics.k8s.io`,
/// `custom.metrics.k8s.io`, `external.metrics.k8s.io`): read-only APIs whose resource names are
/// the metrics themselves, where wildcards are the norm and grant nothing sensitive.
pub fn only_metrics_groups(groups: &[String]) -> bool {
    !groups.is_empty()
        && groups.iter().all(|g| {
            matches!(
                g.as_str(),
                "metrics.k8s.io" | "custom.metrics.k8s.io" | "external.metrics.k8s.io"
            )
        })
}

/// `the ClusterRole` / `the Role`.
pub fn role_kind(role: &Role) -> &'static str {
    if role.cluster {
        "ClusterRole"
    } else {
        "Role"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capabilities_are_normalized() {
        assert_eq!(capability("cap_sys_admin"), "SYS_ADMIN");
        assert_eq!(capability("NET_RAW"), "NET_RAW");
        assert_eq!(capability(" all "), "ALL");
    }

    #[test]
    fn secret_like_names() {
        for n in [
            "DB_PASSWORD",
            "password",
            "REDIS_PASS",
            "API_KEY",
            "apiKey",
            "GITHUB_TOKEN",
            "CLIENT_SECRET",
            "AWS_SECRET_ACCESS_KEY",
            "secret-key",
            "SECRET_KEY_BASE",
            "db.password",
            "dbPassword",
            "secretKeyBase",
        ] {
            assert!(secret_like_name(n), "{n}");
        }
        for n in [
            "PASSWORD_FILE",
            "TOKEN_URL",
            "SECRET_NAME",
            "MAX_TOKENS",
            "AWS_ACCESS_KEY_ID",
            "KEY",
            "PWD",
            "TOKENIZER",
            "PUBLIC_KEY",
            "API_KEY_HEADER",
        ] {
            assert!(!secret_like_name(n), "{n}");
        }
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(code_list(&["a"]), "`a`");
        assert_eq!(code_list(&["a", "b", "c"]), "`a`, `b` and `c`");
    }
}
