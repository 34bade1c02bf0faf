pub mod mq_broker_logging_disabled;
pub mod mq_broker_not_encrypted_with_cmk;
pub mod mq_broker_publicly_accessible;
