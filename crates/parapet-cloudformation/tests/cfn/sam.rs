//! SAM (`AWS::Serverless-2016-10-31`): `Globals` merged into serverless resources, which are
//! adapted into the same model as their CloudFormation equivalents.

use crate::support::*;
use parapet_model::{Config, State};

const TEMPLATE: &str = r#"Transform: AWS::Serverless-2016-10-31
Parameters:
  Mode:
    Type: String
Globals:
  Function:
    Runtime: python3.12
    Tracing: Active
    Environment:
      Variables:
        LOG_LEVEL: info
    VpcConfig:
      SubnetIds: [subnet-1]
  SimpleTable:
    SSESpecification:
      SSEEnabled: true
Resources:
  Inherits:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      Environment:
        Variables:
          TABLE: orders
  Overrides:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Tracing: !Ref Mode
      DeadLetterQueue:
        Type: SQS
        TargetArn: arn:aws:sqs:us-east-1:111122223333:dlq
  Image:
    Type: AWS::Serverless::Function
    Properties:
      ImageUri: 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1
  Table:
    Type: AWS::Serverless::SimpleTable
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
"#;

fn function<'u>(u: &'u parapet_model::Unit, id: &str) -> &'u parapet_model::aws::lambda::Function {
    match &res(u, id).config {
        Config::LambdaFunction(f) => f,
        other => panic!("{id} is {}", other.type_name()),
    }
}

#[test]
fn globals_are_merged_into_functions() {
    let u = load(TEMPLATE);
    let f = function(&u, "Inherits");
    assert_eq!(f.runtime.get(), Some(&Some("python3.12".to_string())));
    // The value points into Globals, where it was written.
    assert_eq!(f.runtime.origin.line(), Some(7));
    assert_eq!(f.tracing_mode.get().map(String::as_str), Some("Active"));
    let env = f.environment.get().expect("known environment");
    let names: Vec<&str> = env.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["LOG_LEVEL", "TABLE"]);
    assert_eq!(f.vpc_subnet_ids.get().map(Vec::len), Some(1));
    assert!(matches!(f.dead_letter_target.state, State::Defaulted(None)));

    let o = function(&u, "Overrides");
    assert_eq!(o.runtime.get(), Some(&Some("nodejs22.x".to_string())));
    assert!(
        o.tracing_mode.get().is_none(),
        "a parameter without a value"
    );
    assert!(o.dead_letter_target.get().is_some_and(Option::is_some));

    let i = function(&u, "Image");
    assert!(matches!(i.runtime.state, State::Defaulted(None)));
}

#[test]
fn simple_tables_and_apis_are_modelled() {
    let u = load(TEMPLATE);
    match &res(&u, "Table").config {
        Config::DynamoDbTable(t) => {
            assert_eq!(t.sse_kms.get(), Some(&true));
            assert!(matches!(
                t.point_in_time_recovery.state,
                State::Defaulted(false)
            ));
        }
        other => panic!("Table is {}", other.type_name()),
    }
    match &res(&u, "Api").config {
        Config::ApiGatewayStage(s) => {
            assert!(matches!(
                s.access_log_destination.state,
                State::Defaulted(None)
            ))
        }
        other => panic!("Api is {}", other.type_name()),
    }
}

#[test]
fn globals_apply_only_with_the_sam_transform() {
    let text = TEMPLATE.replacen("Transform: AWS::Serverless-2016-10-31\n", "", 1);
    let u = load(&text);
    // Without the transform the type is not one CloudFormation knows: not modelled.
    assert!(matches!(
        res(&u, "Inherits").config,
        Config::LambdaFunction(_)
    ));
    let f = function(&u, "Inherits");
    assert!(matches!(f.runtime.state, State::Defaulted(None)));
}

#[test]
fn a_problem_in_globals_is_reported_once() {
    let t = r#"Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: !Select [0]
Resources:
  A:
    Type: AWS::Serverless::Function
  B:
    Type: AWS::Serverless::Function
"#;
    let u = load(t);
    let errors: Vec<_> = u
        .diagnostics
        .iter()
        .filter(|d| d.level == parapet_model::DiagnosticLevel::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(function(&u, "B").runtime.get().is_none());
}
