//! `aws_iam_policy_document` data sources evaluated offline into their `json`.

mod common;

use common::*;
use parapet_model::Config;

const MAIN: &str = r#"variable "bucket" { default = "site" }

resource "aws_s3_bucket" "site" {
  bucket = var.bucket
}

data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Deny"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::${var.bucket}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = [false]
    }
  }
}

data "aws_iam_policy_document" "public" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${var.bucket}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "computed" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
  }
}

data "aws_iam_policy_document" "each" {
  for_each = toset(["a", "b"])
  statement {
    actions   = ["s3:${each.key}"]
    resources = ["*"]
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.public.json
}

resource "aws_iam_policy" "computed" {
  name   = "computed"
  policy = data.aws_iam_policy_document.computed.json
}

resource "aws_iam_role_policy" "r" {
  role   = "r"
  policy = data.aws_iam_policy_document.each["b"].minified_json
}
"#;

#[test]
fn policy_documents_render_to_json_when_known() {
    let fx = Fixture::new(&[("main.tf", MAIN)]);
    let ev = fx.eval("");
    assert!(errors(&ev).is_empty(), "{:?}", errors(&ev));
    // Data sources are not resources of the model.
    assert!(!addresses(&ev).iter().any(|a| a.starts_with("data.")));
    let p = raw(&ev, "aws_s3_bucket_policy.site");
    let json = s(at(&p.node, "policy"));
    let doc: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(doc["Version"], "2012-10-17");
    let st = doc["Statement"].as_array().unwrap();
    assert_eq!(st.len(), 2);
    assert_eq!(st[0]["Sid"], "Deny");
    assert_eq!(st[0]["Principal"], "*");
    assert_eq!(
        st[0]["Condition"]["Bool"]["aws:SecureTransport"],
        serde_json::json!("false")
    );
    assert_eq!(st[1]["Effect"], "Allow");
    assert_eq!(st[1]["Action"], "s3:GetObject");
    assert_eq!(st[1]["Resource"], "arn:aws:s3:::site/*");
    assert_eq!(st[1]["Principal"]["AWS"], "*");
    // The value is located at the attribute that uses it.
    assert_eq!(
        line(&at(&p.node, "policy").origin),
        line_of(MAIN, "policy = data.aws_iam_policy_document.public.json")
    );
    let r = raw(&ev, "aws_iam_role_policy.r");
    assert_eq!(
        s(at(&r.node, "policy")),
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:b","Resource":"*"}]}"#
    );

    // The bucket's typed policy is read from the rendered JSON.
    let (rs, edges) = parapet_terraform::adapt::adapt(ev.resources.clone());
    let Config::S3Bucket(b) = &resource(&rs, "aws_s3_bucket.site").config else {
        panic!()
    };
    let policy = b.policy.get().unwrap().as_ref().unwrap();
    assert_eq!(policy.statements.len(), 2);
    assert_eq!(
        policy.statements[1].principals,
        vec![("AWS".into(), "*".into())]
    );
    assert!(!edges.is_empty());
}

#[test]
fn policy_documents_with_unknown_inputs_stay_unknown_with_refs() {
    let fx = Fixture::new(&[("main.tf", MAIN)]);
    let ev = fx.eval("");
    let p = raw(&ev, "aws_iam_policy.computed");
    let policy = at(&p.node, "policy");
    assert!(policy.is_unknown());
    assert_eq!(
        policy.refs(),
        vec![
            "aws_s3_bucket.site".to_string(),
            "data.aws_iam_policy_document.computed".to_string()
        ]
    );
}
