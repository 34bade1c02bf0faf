//! Diagnostics about the input (as opposed to findings about the configuration).

use crate::span::{FileRef, Span};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticLevel {
    Error,
    Warning,
    Note,
}

/// A problem with an input file: it could not be read or parsed, a module was not found, a
/// limit was hit. The scan goes on; the exit code says a file failed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: DiagnosticLevel,
    /// Stable machine-readable kind, e.g. `parse-error`, `module-not-found`, `limit`.
    pub code: String,
    pub file: FileRef,
    /// The exact place when known (otherwise the whole file).
    pub span: Option<Span>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(
        code: &str,
        file: FileRef,
        span: Option<Span>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            level: DiagnosticLevel::Error,
            code: code.to_string(),
            file,
            span,
            message: message.into(),
        }
    }

    pub fn warning(
        code: &str,
        file: FileRef,
        span: Option<Span>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            level: DiagnosticLevel::Warning,
            code: code.to_string(),
            file,
            span,
            message: message.into(),
        }
    }

    pub fn line(&self) -> u32 {
        self.span.as_ref().map(|s| s.start_line).unwrap_or(1)
    }
}
