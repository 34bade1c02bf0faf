//! Source positions: one shared line index per file, and the origin every value carries.

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Maps byte offsets of one file to 1-based lines and columns.
///
/// Columns are counted in Unicode scalar values (characters), 1-based. Consumers that need
/// UTF-16 units (LSP) convert from the line text with [`LineIndex::utf16_col`].
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<u32>,
    text: Arc<str>,
}

impl LineIndex {
    pub fn new(text: Arc<str>) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push((i + 1) as u32);
            }
        }
        LineIndex { starts, text }
    }

    pub fn text(&self) -> &Arc<str> {
        &self.text
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 1-based line and 1-based character column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = match self.starts.binary_search(&(offset as u32)) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        let start = self.starts[line] as usize;
        let mut end = offset;
        while end > start && !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.text[start..end].chars().count();
        (line as u32 + 1, col as u32 + 1)
    }

    /// Byte offset of the start of a 1-based line.
    pub fn line_start(&self, line: u32) -> usize {
        let l = (line.max(1) - 1) as usize;
        self.starts
            .get(l)
            .copied()
            .unwrap_or(self.text.len() as u32) as usize
    }

    /// Byte offset of a 1-based line and 1-based character column.
    pub fn offset(&self, line: u32, col: u32) -> usize {
        let start = self.line_start(line);
        let line_end = self.text[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(self.text.len());
        self.text[start..line_end]
            .char_indices()
            .nth((col.max(1) - 1) as usize)
            .map(|(i, _)| start + i)
            .unwrap_or(line_end)
    }

    /// The text of a 1-based line without its line terminator.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_start(line);
        let rest = &self.text[start.min(self.text.len())..];
        let end = rest.find('\n').unwrap_or(rest.len());
        rest[..end].trim_end_matches('\r')
    }

    /// UTF-16 code-unit column (0-based) of a byte offset, as LSP counts by default.
    pub fn utf16_col(&self, offset: usize) -> u32 {
        let (line, _) = self.line_col(offset);
        let start = self.line_start(line);
        let mut end = offset.min(self.text.len());
        while end > start && !self.text.is_char_boundary(end) {
            end -= 1;
        }
        self.text[start..end].encode_utf16().count() as u32
    }

    /// Builds a [`Span`] for a byte range of this file.
    pub fn span(&self, file: &FileRef, start: usize, end: usize) -> Span {
        let (start_line, start_col) = self.line_col(start);
        let (end_line, end_col) = self.line_col(end.max(start));
        Span {
            file: file.clone(),
            start: start as u32,
            end: end.max(start) as u32,
            start_line,
            start_col,
            end_line,
            end_col,
        }
    }
}

/// Removes `.` and `..` components lexically (without touching the file system), so that
/// paths can be compared and shown relative to each other.
pub fn normalize_path(p: &std::path::Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A scanned file's path as shown to users: relative to the scan root, `/`-separated.
pub type FileRef = Arc<str>;

/// A range in a source file: bytes (for editing) and 1-based line/column (for people).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct Span {
    pub file: FileRef,
    pub start: u32,
    pub end: u32,
    pub start_line: u32,
    pub start_col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// Where a value or resource came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Origin {
    /// Written in (or, for a missing attribute, implied by) a source file.
    Source(Span),
    /// Read from a cloud account.
    Cloud { id: String, region: Option<String> },
    /// Nowhere in particular (synthetic values in tests).
    #[default]
    Synthetic,
}

impl Origin {
    pub fn span(&self) -> Option<&Span> {
        match self {
            Origin::Source(s) => Some(s),
            _ => None,
        }
    }

    pub fn file(&self) -> Option<&str> {
        self.span().map(|s| &*s.file)
    }

    pub fn line(&self) -> Option<u32> {
        self.span().map(|s| s.start_line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_and_lines() {
        let idx = LineIndex::new("ab\nçd = 1\n\nx".into());
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(3), (2, 1));
        // 'ç' is two bytes: the 'd' after it is column 2.
        assert_eq!(idx.line_col(5), (2, 2));
        assert_eq!(idx.line_col(12), (4, 1));
        assert_eq!(idx.line_text(2), "çd = 1");
        assert_eq!(idx.offset(2, 2), 5);
        assert_eq!(idx.utf16_col(5), 1);
        // Past the end clamps.
        assert_eq!(idx.line_col(999), (4, 2));
    }

    #[test]
    fn offset_in_the_middle_of_a_char_is_clamped() {
        let idx = LineIndex::new("é".into());
        assert_eq!(idx.line_col(1), (1, 1));
    }
}
