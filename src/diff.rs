//! `--diff`: the whole document with every removed line shown in place, marked `-` and named by
//! pass and rule at the right margin; the title line marked `#`; kept lines plain. With colour,
//! removed text is red and each pass's label has its own colour.

use crate::{Cleaned, Status};

/// Column the pass/rule labels line up at (lines longer than this get theirs after a space).
pub const DEFAULT_WIDTH: usize = 100;

const RESET: &str = "\x1b[0m";
const RED: &str = "\x1b[31m";
const BOLD: &str = "\x1b[1m";

/// A colour per pass (ANSI 256-colour palette), the same in the HTML report's chart.
pub fn pass_color(pass: &str) -> (&'static str, &'static str) {
    // (terminal escape, CSS colour)
    match pass {
        "normalize" => ("\x1b[38;5;244m", "#808080"),
        "wire" => ("\x1b[38;5;33m", "#0087ff"),
        "repeats" => ("\x1b[38;5;135m", "#af5fff"),
        "main-block" => ("\x1b[38;5;166m", "#d75f00"),
        "boilerplate" => ("\x1b[38;5;208m", "#ff8700"),
        "captions" => ("\x1b[38;5;37m", "#00afaf"),
        "byline" => ("\x1b[38;5;70m", "#5faf00"),
        "repeated-labels" => ("\x1b[38;5;136m", "#af8700"),
        "related" => ("\x1b[38;5;161m", "#d7005f"),
        "chrome" => ("\x1b[38;5;97m", "#875faf"),
        "title" => ("\x1b[38;5;25m", "#005faf"),
        _ => ("\x1b[38;5;240m", "#585858"),
    }
}

/// Renders the marked document. `width` is where labels line up.
pub fn render_diff(cleaned: &Cleaned<'_>, color: bool, width: usize) -> String {
    let doc = cleaned.document();
    let mut diff = Diff {
        out: String::with_capacity(doc.bytes_in + doc.lines.len() * 24),
        color,
        width,
    };
    for line in &doc.lines {
        let text = line.text.trim_end();
        match doc.status_of(line) {
            Status::Kept if text.is_empty() => diff.out.push('\n'),
            Status::Kept => {
                diff.out.push_str("  ");
                diff.out.push_str(text);
                diff.out.push('\n');
            }
            Status::Title => diff.marked("# ", BOLD, text, "title", "title"),
            Status::Removed(r) => {
                diff.marked("- ", RED, text, r.pass, &format!("{}/{}", r.pass, r.rule));
            }
        }
    }
    diff.out
}

struct Diff {
    out: String,
    color: bool,
    width: usize,
}

impl Diff {
    /// A marked line: the marker, the text (in `style` when colouring), and `[label]` ending at
    /// the margin in the pass's colour.
    fn marked(&mut self, marker: &str, style: &str, text: &str, pass: &str, label: &str) {
        let out = &mut self.out;
        out.push_str(marker);
        if self.color {
            out.push_str(style);
        }
        out.push_str(text);
        if self.color {
            out.push_str(RESET);
        }
        let used = marker.chars().count() + text.chars().count();
        let room = self.width.saturating_sub(label.len() + 2);
        let pad = if used < room { room - used } else { 1 };
        out.extend(std::iter::repeat_n(' ', pad));
        if self.color {
            out.push_str(pass_color(pass).0);
        }
        out.push('[');
        out.push_str(label);
        out.push(']');
        if self.color {
            out.push_str(RESET);
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, clean};

    #[test]
    fn removed_lines_are_marked_in_place() {
        let input = "Bridge to close\n\nBridge to close\n\nThe council voted on Tuesday to close \
                     the old bridge for repairs next spring.\n\nAdvertisement\n";
        let cleaned = clean(input, &Config::default());
        let plain = render_diff(&cleaned, false, 60);
        let lines: Vec<&str> = plain.lines().collect();
        assert!(lines[0].starts_with("# Bridge to close") && lines[0].ends_with("[title]"));
        assert!(lines[2].starts_with("- Bridge to close") && lines[2].contains("[title/"));
        assert!(lines[4].starts_with("  The council voted"));
        assert!(lines[6].starts_with("- Advertisement") && lines[6].ends_with("]"));
        assert_eq!(
            lines[6].chars().count(),
            60,
            "labels end at the margin: {:?}",
            lines[6]
        );
        assert!(!plain.contains('\x1b'));
        let colored = render_diff(&cleaned, true, 60);
        assert!(colored.contains("\x1b[31mAdvertisement\x1b[0m"));
    }
}
