//! Image references as the model parses them.

use parapet_model::k8s::Image;

/// reference, registry, repository, tag, has a digest, is `latest`.
type Case<'a> = (
    &'a str,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    bool,
    bool,
);

#[test]
fn references() {
    let digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    let with_digest = format!("gcr.io/p/app:1.0@{digest}");
    let cases: Vec<Case> = vec![
        // reference, registry, repository, tag, has digest, is_latest
        ("nginx", None, "nginx", None, false, true),
        ("nginx:latest", None, "nginx", Some("latest"), false, true),
        (
            "nginx:1.25-alpine",
            None,
            "nginx",
            Some("1.25-alpine"),
            false,
            false,
        ),
        (
            "library/nginx:1",
            None,
            "library/nginx",
            Some("1"),
            false,
            false,
        ),
        (
            "localhost:5000/app",
            Some("localhost:5000"),
            "app",
            None,
            false,
            true,
        ),
        (
            "localhost/app:v2",
            Some("localhost"),
            "app",
            Some("v2"),
            false,
            false,
        ),
        (
            "us-docker.pkg.dev/p/r/app:v1",
            Some("us-docker.pkg.dev"),
            "p/r/app",
            Some("v1"),
            false,
            false,
        ),
        (
            &with_digest,
            Some("gcr.io"),
            "p/app",
            Some("1.0"),
            true,
            false,
        ),
    ];
    for (r, registry, repo, tag, has_digest, latest) in cases {
        let i = Image::parse(r).unwrap_or_else(|e| panic!("{r}: {e}"));
        assert_eq!(i.reference, r);
        assert_eq!(i.registry.as_deref(), registry, "{r}");
        assert_eq!(i.repository, repo, "{r}");
        assert_eq!(i.tag.as_deref(), tag, "{r}");
        assert_eq!(i.digest.is_some(), has_digest, "{r}");
        assert_eq!(i.is_latest(), latest, "{r}");
    }
    let only_digest = Image::parse(&format!("alpine@{digest}")).unwrap();
    assert!(!only_digest.is_latest() && only_digest.tag.is_none());
}

#[test]
fn placeholders_and_malformed_references_are_rejected() {
    for r in [
        "",
        "${IMAGE}",
        "$IMAGE",
        "{{ .Values.image }}",
        "<DOCKER_REPO>/app:1.0",
        "IMAGE_NAME",
        "REGION-docker.pkg.dev/PROJECT_ID/repo/app:latest",
        "nginx:",
        "nginx:bad tag",
        "nginx@sha256:short",
        "-nginx",
    ] {
        assert!(Image::parse(r).is_err(), "{r:?} parsed");
    }
}
