//! Ad-slot text glued into a paragraph: a scraper that joins a page's text nodes puts "Story
//! continues below advertisement" between two sentences ("...he added. Story continues below
//! advertisement The Charlotte win..."). The phrase is cut out and the prose around it kept; the
//! cut is reported like a removed line.
//!
//! Only unambiguous multi-word phrases (and an all-capitals ADVERTISEMENT), only between
//! sentences: after a sentence's end or at the line's start, and before a capitalised word or
//! the line's end. A sentence about advertising stays. A line that is nothing but the phrase is
//! the boilerplate pass's.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::pipeline::{Config, Pass};

pub struct InlineAdSlots;

const PASS: &str = "inline";

/// The phrase, with what must stand before and after it.
static SLOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)
        (?:^|[.!?…"”’)]\s+)
        (?P<slot>
            (?i:story|article)\s+continues\s+below(?:\s+this)?\s+advertisement
          | (?i:continue\s+reading\s+the\s+main\s+story)
          | (?i:scroll\s+to\s+continue\s+with\s+content)
          | (?i:this\s+advertisement\s+has\s+not\s+loaded\s+yet,?\s+but\s+your\s+article\s+continues\s+below)
          | (?i:advertisement)(?:\s+(?i:advertisement))+
          | ADVERTISEMENT | PUBLICIDAD | PUBLICITÉ | ANZEIGE
        )[.:]?
        (?P<next>\s+["“‘(]?\p{Lu}|\s*$)"#,
    )
    .expect("ad-slot pattern is valid")
});

/// Cheap test first: every phrase holds one of these (ASCII case ignored).
fn may_hold_slot(s: &str) -> bool {
    let b = s.as_bytes();
    [
        "advertisement",
        "main story",
        "scroll to",
        "publicidad",
        "publicit",
        "anzeige",
    ]
    .iter()
    .any(|n| {
        b.windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n.as_bytes()))
    })
}

/// The byte range of the first ad-slot phrase glued into `line` with prose around it, if any.
pub fn glued_slot(line: &str) -> Option<std::ops::Range<usize>> {
    if !may_hold_slot(line) {
        return None;
    }
    let c = SLOT.captures(line)?;
    let slot = c.name("slot")?;
    // The phrase ends where its optional full stop or colon does.
    let end = c.name("next").map_or(slot.end(), |n| n.start());
    let before = line[..slot.start()].trim();
    let after = line[end..].trim();
    // A line that is only the phrase is not inline text.
    (!before.is_empty() || !after.is_empty()).then_some(slot.start()..end)
}

impl Pass for InlineAdSlots {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "cut ad-slot text glued between two sentences of a paragraph, keep the prose"
    }

    fn edits_text(&self) -> bool {
        true
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        let kept: Vec<usize> = doc.kept_indices().collect();
        for i in kept {
            // A paragraph may hold several slots: cut them one by one.
            while let Some(range) = glued_slot(&doc.lines[i].text) {
                doc.cut_fragment(
                    i,
                    range,
                    PASS,
                    "ad-slot",
                    "ad-slot text glued into a paragraph",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::glued_slot;

    fn cut(line: &str) -> Option<String> {
        glued_slot(line).map(|r| {
            let (b, a) = (line[..r.start].trim_end(), line[r.end..].trim_start());
            [b, a]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn glued_slots_are_cut() {
        for (line, expected) in [
            (
                "The win was their third in a row, he added. Story continues below advertisement The Charlotte win came after a week of rest.",
                "The win was their third in a row, he added. The Charlotte win came after a week of rest.",
            ),
            (
                "Story continues below advertisement The council voted on Tuesday.",
                "The council voted on Tuesday.",
            ),
            (
                "The council voted on Tuesday. ADVERTISEMENT",
                "The council voted on Tuesday.",
            ),
            (
                "He left. Advertisement Advertisement \"We will be back,\" he said.",
                "He left. \"We will be back,\" he said.",
            ),
        ] {
            assert_eq!(cut(line).as_deref(), Some(expected), "{line}");
        }
    }

    #[test]
    fn sentences_about_advertising_stay() {
        for line in [
            "Advertisement revenue fell by 12 percent, the company said.",
            "He said. Advertisement Standards Authority rules apply.",
            "The story continues below the fold in the print edition.",
            "Story continues below advertisement",
            "The agency's ADVERTISEMENT campaign won an award.",
        ] {
            assert_eq!(cut(line), None, "{line}");
        }
    }
}
