//! The normalized, typed configuration model of Parapet.
//!
//! Invariants:
//! - Every field of a typed resource is a [`Value`] that knows whether it was written, defaulted
//!   or unknown, and where it came from ([`Origin`]). A missing attribute points at the header
//!   of the block that would have held it.
//! - The model knows nothing of the formats it is built from: Terraform, CloudFormation,
//!   Kubernetes manifests and a live account all fill the same types.
//! - This crate depends on no parser and no rule.

pub mod aws;
pub mod date;
pub mod diag;
pub mod k8s;
pub mod policy;
pub mod resource;
pub mod span;
pub mod value;

pub use date::Date;
pub use diag::{Diagnostic, DiagnosticLevel};
pub use resource::{Config, Edge, EdgeKind, Format, Model, Resource, Unit};
pub use span::{FileRef, LineIndex, Origin, Span};
pub use value::{conv, Dyn, Node, State, Unknown, Value};
