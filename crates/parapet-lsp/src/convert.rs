//! Positions: the model's byte offsets to LSP positions in the negotiated encoding, and back.

use lsp_types::{Position, Range};
use parapet_model::LineIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

pub fn position(idx: &LineIndex, offset: usize, enc: Encoding) -> Position {
    let (line, _) = idx.line_col(offset);
    let start = idx.line_start(line);
    let text = idx.text();
    let mut off = offset.min(text.len());
    while off > start && !text.is_char_boundary(off) {
        off -= 1;
    }
    let character = match enc {
        Encoding::Utf8 => (off - start) as u32,
        Encoding::Utf16 => idx.utf16_col(off),
    };
    Position::new(line - 1, character)
}

pub fn range(idx: &LineIndex, start: usize, end: usize, enc: Encoding) -> Range {
    Range::new(
        position(idx, start, enc),
        position(idx, end.max(start), enc),
    )
}

/// Byte offset of an LSP position in `text` (clamped to the line and the text).
pub fn offset(text: &str, pos: Position, enc: Encoding) -> usize {
    let mut line_start = 0usize;
    for _ in 0..pos.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map(|i| line_start + i)
        .unwrap_or(text.len());
    let line = &text[line_start..line_end];
    match enc {
        Encoding::Utf8 => {
            let mut o = (pos.character as usize).min(line.len());
            while o > 0 && !line.is_char_boundary(o) {
                o -= 1;
            }
            line_start + o
        }
        Encoding::Utf16 => {
            let mut units = 0u32;
            for (i, c) in line.char_indices() {
                if units >= pos.character {
                    return line_start + i;
                }
                units += c.len_utf16() as u32;
            }
            line_end
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_utf8_positions_round_trip() {
        let text = "a = \"é😀x\"\nb";
        let idx = LineIndex::new(text.into());
        let x = text.find('x').unwrap();
        let p16 = position(&idx, x, Encoding::Utf16);
        assert_eq!(p16, Position::new(0, 8)); // é = 1 unit, 😀 = 2 units
        let p8 = position(&idx, x, Encoding::Utf8);
        assert_eq!(p8, Position::new(0, 11));
        assert_eq!(offset(text, p16, Encoding::Utf16), x);
        assert_eq!(offset(text, p8, Encoding::Utf8), x);
        assert_eq!(
            offset(text, Position::new(1, 0), Encoding::Utf16),
            text.len() - 1
        );
        assert_eq!(
            offset(text, Position::new(9, 9), Encoding::Utf16),
            text.len()
        );
        assert_eq!(
            offset(text, Position::new(0, 999), Encoding::Utf16),
            text.find('\n').unwrap()
        );
    }
}
