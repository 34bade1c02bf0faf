//! Topic, queue and detector settings declared in their own resources, and the IAM
//! attachment resources: joined into the resources they configure, with provenance.

mod common;

use common::*;
use parapet_model::aws::iam::Kind;
use parapet_model::{Config, Resource, State};

fn load(main: &str) -> Vec<Resource> {
    let fx = Fixture::new(&[("main.tf", main)]);
    parapet_terraform::load_root(fx.root(), &fx.opts()).resources
}

const TF: &str = r#"resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish" }] })
}

resource "aws_sns_topic_policy" "elsewhere" {
  arn    = "arn:aws:sns:eu-west-1:111122223333:elsewhere"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish" }] })
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage" }] })
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  status      = "DISABLED"
}

resource "aws_iam_user_policy_attachment" "alice" {
  user       = "alice"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "app" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_cloudtrail" "data" {
  name           = "data"
  s3_bucket_name = "trail"

  advanced_event_selector {
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
}
"#;

#[test]
fn policies_features_and_attachments_join_their_targets() {
    let rs = load(TF);
    let Config::SnsTopic(t) = &resource(&rs, "aws_sns_topic.alerts").config else {
        panic!("a topic")
    };
    let doc = t
        .policy
        .get()
        .cloned()
        .flatten()
        .expect("the joined policy");
    assert_eq!(doc.statements[0].principal_is_anyone(), Some(true));

    // A policy whose topic is not declared stands for it, other settings unknown.
    let Config::SnsTopic(t) = &resource(&rs, "aws_sns_topic_policy.elsewhere").config else {
        panic!("a standalone topic")
    };
    assert!(t.policy.is_explicit());
    assert!(!t.kms_master_key_id.is_known());

    let Config::SqsQueue(q) = &resource(&rs, "aws_sqs_queue.orders").config else {
        panic!("a queue")
    };
    let doc = q
        .policy
        .get()
        .cloned()
        .flatten()
        .expect("the joined policy");
    assert_eq!(
        doc.statements[0].principals,
        vec![("Service".to_string(), "sns.amazonaws.com".to_string())]
    );

    let Config::GuardDutyDetector(d) = &resource(&rs, "aws_guardduty_detector.main").config else {
        panic!("a detector")
    };
    assert_eq!(d.s3_protection.state, State::Explicit(Some(false)));
    assert_eq!(d.eks_audit_logs.state, State::Defaulted(None));

    let Config::IamPolicies(p) = &resource(&rs, "aws_iam_user_policy_attachment.alice").config
    else {
        panic!("an attachment")
    };
    assert_eq!(p.kind, Kind::Attachment);
    assert_eq!(p.attached_to_users.state, State::Explicit(true));
    assert_eq!(
        p.managed_policy_arns[0].get().map(String::as_str),
        Some("arn:aws:iam::aws:policy/AdministratorAccess")
    );
    let Config::IamPolicies(p) = &resource(&rs, "aws_iam_role_policy_attachment.app").config else {
        panic!("an attachment")
    };
    assert_eq!(p.attached_to_users.state, State::Defaulted(false));

    let Config::CloudTrail(t) = &resource(&rs, "aws_cloudtrail.data").config else {
        panic!("a trail")
    };
    assert_eq!(t.s3_object_events.state, State::Explicit(true));
    assert_eq!(t.global_service_events.state, State::Defaulted(true));
}
