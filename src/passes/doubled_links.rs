//! Links captured twice: a scraper that takes a link's text together with its title (or an
//! image's alt text with the link around it) writes the same headline twice on one line — "1.
//! The best Black Friday TV deals of 2019 The best Black Friday TV deals of 2019". Such a line
//! is a teaser for another story, never the article's prose.
//!
//! Guards: each half is a headline (at least four words, no closing full stop: a paragraph
//! captured twice is the article's text and is left to the repeats pass), and only lines below
//! the article's first prose line (a doubled headline at the top may be the page's own title).

use crate::document::{Document, LineList};
use crate::passes::boilerplate::line_is_article_prose;
use crate::pipeline::{Config, Pass};
use crate::text::{ends_sentence, words_upto};

pub struct DoubledLinks;

const PASS: &str = "doubled-links";

/// Each half has at least this many words.
const MIN_HALF_WORDS: usize = 4;

/// The line, without a list number or bullet, is one headline written twice, separated by a
/// space.
pub fn is_doubled_headline(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['*', '+', '•', '·', '-'])
        .trim_start();
    // "1. " and "12) " list numbers.
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let t = if (1..=3).contains(&digits) && matches!(t.as_bytes().get(digits), Some(b'.' | b')')) {
        t[digits + 1..].trim_start()
    } else {
        t
    };
    // "X X": odd length, a space in the middle, the same bytes on both sides. Most lines fail
    // on the middle byte.
    let half = t.len() / 2;
    if t.len() % 2 == 0 || t.as_bytes().get(half) != Some(&b' ') {
        return false;
    }
    let (a, b) = (&t[..half], &t[half + 1..]);
    a == b && !ends_sentence(a) && words_upto(a, MIN_HALF_WORDS) >= MIN_HALF_WORDS
}

impl Pass for DoubledLinks {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove other stories' links captured twice on one line (link text and title)"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        let kept = doc.kept();
        let Some(first) = kept.lines().position(|i| line_is_article_prose(doc, i)) else {
            return;
        };
        for i in kept[first + 1..].lines() {
            if is_doubled_headline(&doc.lines[i].text) {
                doc.remove(
                    i,
                    PASS,
                    "doubled-link",
                    "another story's link, its text and title captured together",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_doubled_headline;
    use crate::pipeline::testing::removed_lines;

    #[test]
    fn doubled_headlines() {
        for line in [
            "1. The best Black Friday TV deals of 2019 The best Black Friday TV deals of 2019",
            "* Tom Hanks discovers that he’s actually related to Mister Rogers Tom Hanks discovers that he’s actually related to Mister Rogers",
            "Harbour festival cancelled after storm damage Harbour festival cancelled after storm damage",
        ] {
            assert!(is_doubled_headline(line), "{line}");
        }
        for line in [
            // A sentence captured twice is the article's text.
            "The council voted on Tuesday. The council voted on Tuesday.",
            // Short repeats are refrains and names.
            "Let it be Let it be",
            "New York, New York",
            "The festival was cancelled after the storm damaged the harbour wall.",
            "",
        ] {
            assert!(!is_doubled_headline(line), "{line}");
        }
    }

    #[test]
    fn only_below_the_first_prose_line() {
        let doubled = "Harbour festival cancelled after storm damage Harbour festival cancelled after storm damage";
        let prose = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes, officials said.";
        let input = format!("{doubled}\n\n{prose}\n\n{prose} Again.\n\n1. {doubled}\n");
        let removed = removed_lines(&["normalize", "doubled-links"], &input);
        assert_eq!(removed, [format!("1. {doubled}")]);
    }
}
