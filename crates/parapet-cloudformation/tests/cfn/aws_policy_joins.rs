//! Topic and queue policies joined into the topics and queues they name; GuardDuty
//! features over legacy data sources; EventBridge permissions as policy statements.

use crate::support::*;
use parapet_model::{Config, State};

const TEMPLATE: &str = r#"Parameters:
  Enabled:
    Type: String
    AllowedValues: ["true", "false"]
Conditions:
  WithPolicy: !Equals [!Ref Enabled, "true"]
Resources:
  Alerts:
    Type: AWS::SNS::Topic
  Audit:
    Type: AWS::SNS::Topic
  Shared:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Alerts, !Ref Audit]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sns:Publish
  Orders:
    Type: AWS::SQS::Queue
  OrdersPolicy:
    Type: AWS::SQS::QueueInlinePolicy
    Condition: WithPolicy
    Properties:
      Queue: !Ref Orders
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
  Detector:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
      DataSources:
        S3Logs:
          Enable: true
      Features:
        - Name: S3_DATA_EVENTS
          Status: DISABLED
  Anyone:
    Type: AWS::Events::EventBusPolicy
    Properties:
      StatementId: Anyone
      Action: events:PutEvents
      Principal: "*"
      Condition:
        Type: StringEquals
        Key: aws:PrincipalOrgID
        Value: o-exampleorgid
"#;

#[test]
fn topic_and_queue_policies_join_their_targets() {
    let u = load(TEMPLATE);
    for id in ["Alerts", "Audit"] {
        let Config::SnsTopic(t) = &res(&u, id).config else {
            panic!("a topic")
        };
        let doc = t
            .policy
            .get()
            .cloned()
            .flatten()
            .expect("the joined policy");
        assert_eq!(doc.statements[0].principal_is_anyone(), Some(true));
    }
    // A policy under an undecided condition makes the queue's policy unknown.
    let Config::SqsQueue(q) = &res(&u, "Orders").config else {
        panic!("a queue")
    };
    assert!(!q.policy.is_known(), "{:?}", q.policy);

    // A `Features` entry wins over the legacy data source.
    let Config::GuardDutyDetector(d) = &res(&u, "Detector").config else {
        panic!("a detector")
    };
    assert_eq!(d.s3_protection.state, State::Explicit(Some(false)));

    let Config::EventBridgeBusPolicy(b) = &res(&u, "Anyone").config else {
        panic!("a bus policy")
    };
    let doc = b.policy.get().cloned().flatten().expect("a statement");
    let s = &doc.statements[0];
    assert_eq!(s.principal_is_anyone(), Some(true));
    assert!(s.has_condition);
    assert_eq!(s.conditions[0].key, "aws:PrincipalOrgID");
    assert_eq!(b.bus_name.get().map(String::as_str), Some("default"));
}
