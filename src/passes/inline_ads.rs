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

use regex::bytes::{Regex, RegexBuilder};

use crate::document::Document;
use crate::pipeline::{Config, Pass};

pub struct InlineAdSlots;

const PASS: &str = "inline";

/// The phrase, with what must stand before and after it. On bytes without Unicode classes (the
/// phrases are ASCII): the Unicode-aware automaton took most of this pass's time to build.
static SLOT: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        r#"(?x)
        (?:^|(?:[.!?")]|…|”|’)\s+)
        (?P<slot>
            (?i:story|article)\s+continues\s+below(?:\s+this)?\s+advertisement
          | (?i:continue\s+reading\s+the\s+main\s+story)
          | (?i:scroll\s+to\s+continue\s+with\s+content)
          | (?i:this\s+advertisement\s+has\s+not\s+loaded\s+yet,?\s+but\s+your\s+article\s+continues\s+below)
          | (?i:advertisement)(?:\s+(?i:advertisement))+
          | ADVERTISEMENT | PUBLICIDAD | PUBLICITÉ | ANZEIGE
        )[.:]?
        (?P<next>\s+\S|\s*$)"#,
    )
    .unicode(false)
    .build()
    .expect("ad-slot pattern is valid")
});

/// What follows the phrase starts a sentence: a capital letter, perhaps after an opening quote
/// or bracket.
fn starts_sentence(s: &str) -> bool {
    s.trim_start_matches(['"', '“', '‘', '(', '\''])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Cheap test first: every phrase holds one of these as written in news text, found by one
/// multi-literal search (the regex crate's packed SIMD searcher) in a single pass over the line.
static HINTS: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        "dvertisement|DVERTISEMENT|main story|Main Story|croll to continue|PUBLICIDAD|PUBLICITÉ|ANZEIGE",
    )
    .unicode(false)
    .build()
    .expect("ad-slot hints are valid")
});

fn may_hold_slot(s: &str) -> bool {
    HINTS.is_match(s.as_bytes())
}

/// The byte range of the first ad-slot phrase glued into `line` with prose around it, if any.
pub fn glued_slot(line: &str) -> Option<std::ops::Range<usize>> {
    if !may_hold_slot(line) {
        return None;
    }
    let c = SLOT.captures(line.as_bytes())?;
    let slot = c.name("slot")?;
    // The phrase ends where its optional full stop or colon does.
    let end = c.name("next").map_or(slot.end(), |n| n.start());
    let before = line.get(..slot.start())?.trim();
    let after = line.get(end..)?.trim();
    if !after.is_empty() && !starts_sentence(after) {
        return None;
    }
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
        let kept: Vec<usize> = doc.kept();
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
