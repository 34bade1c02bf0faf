//! The AWS service adapters: documented defaults, inherited settings and provenance.

mod common;

use common::*;
use parapet_model::aws::ec2::InstanceKind;
use parapet_model::aws::iam::Kind;
use parapet_model::{Config, Resource, State, Value};

fn load(main: &str) -> Vec<Resource> {
    let fx = Fixture::new(&[("main.tf", main)]);
    parapet_terraform::load_root(fx.root(), &fx.opts()).resources
}

fn cfg<'a>(rs: &'a [Resource], address: &str) -> &'a Config {
    &resource(rs, address).config
}

fn is_defaulted<T: PartialEq + std::fmt::Debug>(v: &Value<T>, want: T) -> bool {
    matches!(&v.state, State::Defaulted(x) if *x == want)
}

fn is_explicit<T: PartialEq + std::fmt::Debug>(v: &Value<T>, want: T) -> bool {
    matches!(&v.state, State::Explicit(x) if *x == want)
}

const RDS: &str = r#"resource "aws_db_instance" "app" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.micro"
  storage_encrypted   = false
}

variable "password" {
  default = "hunter2hunter2"
}

resource "aws_db_instance" "legacy" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  password          = var.password
}

resource "random_password" "db" {
  length = 32
}

resource "aws_rds_cluster" "aurora" {
  engine          = "aurora-postgresql"
  master_password = random_password.db.result
}

resource "aws_rds_cluster" "serverless" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
}
"#;

#[test]
fn rds_defaults_inheritance_and_passwords() {
    let rs = load(RDS);
    let Config::RdsDbInstance(app) = cfg(&rs, "aws_db_instance.app") else {
        panic!("not an instance")
    };
    assert!(is_defaulted(&app.storage_encrypted, false));
    assert_eq!(line(&app.storage_encrypted.origin), 1);
    assert!(is_defaulted(&app.publicly_accessible, false));
    assert!(is_defaulted(&app.backup_retention_period, 1));
    assert!(is_defaulted(&app.auto_minor_version_upgrade, true));
    assert!(is_defaulted(&app.master_password_in_code, false));
    assert_eq!(app.is_cluster_member(), Some(false));

    // A replica's written `false` does not decide its encryption: the source does.
    let Config::RdsDbInstance(replica) = cfg(&rs, "aws_db_instance.replica") else {
        panic!()
    };
    assert_eq!(replica.is_replica(), Some(true));
    assert!(replica
        .storage_encrypted
        .unknown_reason()
        .unwrap()
        .contains("replicate_source_db"));

    let Config::RdsDbInstance(legacy) = cfg(&rs, "aws_db_instance.legacy") else {
        panic!()
    };
    assert!(is_explicit(&legacy.master_password_in_code, true));
    assert_eq!(
        line(&legacy.master_password_in_code.origin),
        line_of(RDS, "password          = var.password")
    );

    let Config::RdsDbCluster(aurora) = cfg(&rs, "aws_rds_cluster.aurora") else {
        panic!()
    };
    assert!(is_defaulted(&aurora.storage_encrypted, false));
    assert!(!aurora.master_password_in_code.is_known());
    let Config::RdsDbCluster(serverless) = cfg(&rs, "aws_rds_cluster.serverless") else {
        panic!()
    };
    assert!(is_defaulted(&serverless.storage_encrypted, true));

    let Config::RdsDbInstance(writer) = cfg(&rs, "aws_rds_cluster_instance.writer") else {
        panic!()
    };
    assert_eq!(writer.is_cluster_member(), Some(true));
    assert!(!writer.storage_encrypted.is_known());
}

const IAM: &str = r#"resource "aws_s3_bucket" "b" {
  bucket = "b"
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  inline_policy {
    name   = "read"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
  }
  inline_policy {
    name   = "bucket"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = aws_s3_bucket.b.arn }] })
  }
}

resource "aws_iam_policy" "none" {
  name = "none"
}
"#;

#[test]
fn iam_roles_carry_trust_and_inline_documents() {
    let rs = load(IAM);
    let Config::IamPolicies(role) = cfg(&rs, "aws_iam_role.app") else {
        panic!()
    };
    assert_eq!(role.kind, Kind::Role);
    let trust = role.trust_policy.get().unwrap().as_ref().unwrap();
    assert_eq!(
        trust.statements[0].principals,
        vec![("Service".into(), "ec2.amazonaws.com".into())]
    );
    assert_eq!(role.documents.len(), 2);
    let read = role.documents[0].policy.get().unwrap().as_ref().unwrap();
    assert_eq!(
        read.statements[0].allows_action_on_any_resource("s3:GetObject"),
        Some(true)
    );
    assert_eq!(
        line(&role.documents[0].origin),
        line_of(IAM, "inline_policy {")
    );
    // A reference inside jsonencode leaves that part unknown, not the whole document: the
    // action is read, whether it covers every resource is not known.
    let bucket = role.documents[1].policy.get().unwrap().as_ref().unwrap();
    assert!(!bucket.incomplete);
    assert_eq!(
        bucket.statements[0].covers_action("s3:PutObject"),
        Some(true)
    );
    assert_eq!(
        bucket.statements[0].allows_action_on_any_resource("s3:GetObject"),
        None
    );

    let Config::IamPolicies(none) = cfg(&rs, "aws_iam_policy.none") else {
        panic!()
    };
    assert_eq!(none.kind, Kind::ManagedPolicy);
    assert!(is_defaulted(&none.documents[0].policy, None));
}

const EC2: &str = r#"resource "aws_instance" "plain" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 20
  }
  ebs_block_device {
    device_name = "/dev/sdf"
  }
}

resource "aws_launch_template" "lt" {
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "templated" {
  launch_template {
    id = aws_launch_template.lt.id
  }
}
"#;

#[test]
fn ec2_metadata_options_and_block_devices() {
    let rs = load(EC2);
    let Config::Ec2Instance(plain) = cfg(&rs, "aws_instance.plain") else {
        panic!()
    };
    assert_eq!(plain.kind, InstanceKind::Instance);
    assert!(is_defaulted(&plain.http_tokens, None));
    assert!(is_defaulted(&plain.metadata_endpoint_enabled, true));
    assert!(plain.block_devices[0].root);
    assert!(!plain.block_devices[0].encrypted.is_known());
    assert!(is_defaulted(&plain.block_devices[1].encrypted, false));
    assert_eq!(
        line(&plain.block_devices[1].origin),
        line_of(EC2, "ebs_block_device {")
    );

    let Config::Ec2Instance(lt) = cfg(&rs, "aws_launch_template.lt") else {
        panic!()
    };
    assert_eq!(lt.kind, InstanceKind::LaunchTemplate);
    assert!(is_explicit(&lt.http_tokens, Some("required".to_string())));

    let Config::Ec2Instance(templated) = cfg(&rs, "aws_instance.templated") else {
        panic!()
    };
    assert!(templated
        .http_tokens
        .unknown_reason()
        .unwrap()
        .contains("launch template"));
}

const LB: &str = r#"resource "aws_lb_listener" "https" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "https"
  default_action {
    type = "forward"
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = "arn"
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
"#;

#[test]
fn listeners_take_the_api_default_tls_policy_and_see_redirects() {
    let rs = load(LB);
    let Config::LoadBalancerListener(https) = cfg(&rs, "aws_lb_listener.https") else {
        panic!()
    };
    assert!(is_explicit(&https.protocol, Some("HTTPS".to_string())));
    assert!(is_defaulted(
        &https.ssl_policy,
        "ELBSecurityPolicy-2016-08".to_string()
    ));
    assert!(is_explicit(&https.redirects_to_https, false));
    let Config::LoadBalancerListener(http) = cfg(&rs, "aws_lb_listener.http") else {
        panic!()
    };
    assert!(is_explicit(&http.redirects_to_https, true));
}

const SERVICES: &str = r##"resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    { name = "app", image = "app:1", privileged = true, user = "0",
      environment = [{ name = "A", value = "1" }] },
  ])
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy     = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "ecr:*" }] })
}

resource "aws_secretsmanager_secret" "rotated" {
  name = "rotated"
}

resource "aws_secretsmanager_secret_rotation" "rotated" {
  secret_id           = aws_secretsmanager_secret.rotated.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
}

resource "aws_secretsmanager_secret" "static" {
  name = "static"
}

resource "aws_launch_template" "web" {
  user_data = base64encode("#!/bin/bash\necho hi\n")
}
"##;

#[test]
fn service_adapters_parse_json_join_split_resources_and_decode_user_data() {
    let rs = load(SERVICES);
    match cfg(&rs, "aws_ecs_task_definition.app") {
        Config::EcsTaskDefinition(t) => {
            assert!(is_defaulted(&t.network_mode, "bridge".to_string()));
            let c = &t.containers.get().expect("known containers")[0];
            assert!(is_explicit(&c.privileged, true));
            assert!(is_explicit(&c.user, Some("0".to_string())));
            assert_eq!(c.environment.get().map(Vec::len), Some(1));
        }
        other => panic!("{}", other.type_name()),
    }
    match cfg(&rs, "aws_ecr_repository.app") {
        Config::EcrRepository(r) => {
            assert!(r.policy.get().is_some_and(Option::is_some));
            assert!(is_defaulted(&r.image_tag_mutability, "MUTABLE".to_string()));
        }
        other => panic!("{}", other.type_name()),
    }
    for (addr, rotated) in [
        ("aws_secretsmanager_secret.rotated", true),
        ("aws_secretsmanager_secret.static", false),
    ] {
        match cfg(&rs, addr) {
            Config::SecretsManagerSecret(s) => assert_eq!(s.rotation.get(), Some(&rotated)),
            other => panic!("{}", other.type_name()),
        }
    }
    match cfg(&rs, "aws_launch_template.web") {
        Config::Ec2Instance(i) => assert_eq!(
            i.user_data.get(),
            Some(&Some("#!/bin/bash\necho hi\n".to_string()))
        ),
        other => panic!("{}", other.type_name()),
    }
}

/// A split-out S3 resource may name another split-out resource of the bucket instead of the
/// bucket (`bucket = aws_s3_bucket_policy.this.id`, to order the two): its settings still go
/// to the bucket, not to a bucket of its own.
#[test]
fn s3_settings_reach_the_bucket_through_another_split_out_resource() {
    let rs = load(
        r#"resource "aws_s3_bucket" "b" {
  bucket = "logs"
}

resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = "{}"
}

resource "aws_s3_bucket_ownership_controls" "o" {
  bucket = aws_s3_bucket_policy.p.id
  rule {
    object_ownership = "ObjectWriter"
  }
}

resource "aws_s3_bucket_versioning" "v" {
  bucket = aws_s3_bucket_ownership_controls.o.id
  versioning_configuration {
    status = "Enabled"
  }
}
"#,
    );
    let Config::S3Bucket(b) = cfg(&rs, "aws_s3_bucket.b") else {
        panic!("not a bucket")
    };
    assert!(is_explicit(&b.object_ownership, "ObjectWriter".to_string()));
    assert_eq!(line(&b.object_ownership.origin), 13);
    assert!(is_explicit(&b.versioning, true));
    // The split-out resources no longer stand for buckets of their own.
    for a in [
        "aws_s3_bucket_ownership_controls.o",
        "aws_s3_bucket_versioning.v",
    ] {
        assert!(
            !matches!(cfg(&rs, a), Config::S3Bucket(_)),
            "{a} stands for a bucket"
        );
    }
}
