pub mod sns_topic_not_encrypted;
