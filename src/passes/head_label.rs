//! A label from the page's head that comes back after the article: above the article a page
//! shows its author's name ("Pamela Wilson"), a section or show ("CNBC TV", "Latest Sports"),
//! a sign-up link ("Newsletter Signup"); when the same short label stands alone again after the
//! article's prose, the page has moved on to its author box, the comment thread the author
//! answers in, or its footer menus. That line and everything after it go.
//!
//! Guards (shared with the other tails, see [`crate::passes::tail`]): the label must come after
//! enough article prose, and the prose after it must not outweigh the article by much; the label
//! must come back exactly once (an interview's speaker label comes back with every answer, the
//! article around it). A label here is a name-shaped line of two to four capitalised words, no
//! sentence: a one-word kicker ("Analysis", "Update") may head a real section of the article.

use crate::document::Document;
use crate::passes::boilerplate::{line_is_article_prose, line_is_boilerplate};
use crate::passes::tail;
use crate::pipeline::{Config, Pass};

pub struct HeadLabelReturns;

const PASS: &str = "head-label";

const MIN_LABEL_WORDS: usize = 2;
const MAX_LABEL_WORDS: usize = 4;
/// A label is a short line; longer lines are not looked at.
const MAX_LABEL_BYTES: usize = 60;

/// Two to four words, each starting with a capital letter (or a digit: "CNBC TV", "Red Wings",
/// "Pamela Wilson", "Mary-Kate O'Neil"), nothing but letters, digits and the marks names carry.
pub fn is_name_label(line: &str) -> bool {
    let s = line.trim();
    if s.is_empty() || s.len() > MAX_LABEL_BYTES {
        return false;
    }
    let mut words = 0;
    for word in s.split_whitespace() {
        words += 1;
        if words > MAX_LABEL_WORDS {
            return false;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !(first.is_uppercase() || first.is_ascii_digit()) {
            return false;
        }
        if !chars.all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.' | '&')) {
            return false;
        }
    }
    // "Go On." closes a sentence; a name never ends on a full stop.
    words >= MIN_LABEL_WORDS && !s.ends_with('.')
}

/// The name-shaped labels above the article's first prose line (their indices), and that
/// line's index. The page's first line is the headline's place, left to the title pass.
fn head_labels(doc: &Document<'_>) -> (Vec<usize>, usize) {
    let mut labels = Vec::new();
    let mut lines = doc.kept_indices().filter(|&i| !doc.lines[i].is_blank());
    let _headline = lines.next();
    for i in lines {
        if line_is_article_prose(doc, i) {
            return (labels, i);
        }
        // A share row ("Facebook Twitter WhatsApp Email") is the boilerplate pass's, with its
        // own reason.
        if is_name_label(&doc.lines[i].text) && !line_is_boilerplate(doc, i) {
            labels.push(i);
        }
    }
    (Vec::new(), doc.lines.len())
}

impl Pass for HeadLabelReturns {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "cut from a label of the page's head that returns after the article (author box, footer)"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        cut_after_head_label(doc, config);
    }
}

/// The pass itself; true when it cut. It runs after main-block (see the pipeline's order), which
/// therefore never needs to weigh the label again; the chrome pass, the last to take lines at
/// the article's end, asks again (later passes may have taken all but one of the label's
/// returns).
pub(crate) fn cut_after_head_label(doc: &mut Document<'_>, config: &Config) -> bool {
    let (labels, first_prose) = head_labels(doc);
    if labels.is_empty() {
        return false;
    }
    let label_at = |text: &str| {
        let text = text.trim();
        if text.len() > MAX_LABEL_BYTES {
            return None;
        }
        labels
            .iter()
            .copied()
            .find(|&i| doc.lines[i].text.trim() == text)
    };
    // The label comes back once: an interview's speaker label comes back with every answer.
    let mut returning = (first_prose + 1..doc.lines.len())
        .filter(|&i| doc.lines[i].is_kept() && label_at(&doc.lines[i].text).is_some());
    let (Some(first_return), None) = (returning.next(), returning.next()) else {
        return false;
    };
    let is_label = |t: &str| label_at(t).is_some();
    if tail::marker_after_prose(doc, config, is_label, |_, i| i == first_return).is_none() {
        return false;
    }
    // Every copy above the article goes too: the same furniture ("Pamela Wilson" over the text
    // and over her bio; "Newsletter Signup" in the header and the footer).
    let head_copies: Vec<usize> = labels
        .iter()
        .copied()
        .filter(|&i| doc.lines[i].text.trim() == doc.lines[first_return].text.trim())
        .collect();
    tail::cut_after(
        doc,
        first_return,
        PASS,
        "head-label-returns",
        "a label from above the article returns after it: author box, comments or footer",
    );
    for i in head_copies {
        doc.remove(
            i,
            PASS,
            "returning-head-label",
            "a label above the article that returns after it: the page's furniture",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_name_label;
    use crate::pipeline::testing::removed_lines;

    const PROSE: &str = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes for at least two years, officials said.";
    const HEADLINE: &str = "Bridge To Close For Repairs";

    #[test]
    fn name_labels() {
        for line in [
            "Pamela Wilson",
            "CNBC TV",
            "Latest Sports",
            "Mary-Kate O'Neil",
            "John F. Kennedy",
            "Newsletter Signup",
        ] {
            assert!(is_name_label(line), "{line}");
        }
        for line in [
            "Analysis",
            "Pamela",
            "Thanks so much",
            "Go On.",
            "Pamela Wilson:",
            "Read more from Pamela Wilson",
            "By the way, Pamela Wilson",
            "@apollozac",
        ] {
            assert!(!is_name_label(line), "{line}");
        }
    }

    #[test]
    fn the_author_box_goes_from_the_name() {
        let bio = "Pamela runs two shops on the coast and writes about business every other week.";
        let reply = "Go for it, Dan! It gets easier with practice.";
        let input = format!(
            "{HEADLINE}\n\nPamela Wilson\n\n{PROSE}\n\n{PROSE} Again.\n\nPamela Wilson\n\n{bio}\n\n{reply}\n"
        );
        let removed = removed_lines(&["normalize", "head-label"], &input);
        assert_eq!(removed, ["Pamela Wilson", "Pamela Wilson", bio, reply]);
    }

    #[test]
    fn the_headline_is_no_label() {
        // Its return after the article cuts nothing: the first line is the title pass's.
        let input = format!("{HEADLINE}\n\n{PROSE}\n\n{PROSE} Again.\n\n{HEADLINE}\n\nMore.\n");
        assert!(removed_lines(&["normalize", "head-label"], &input).is_empty());
    }

    #[test]
    fn a_label_that_returns_again_and_again_cuts_nothing() {
        // An interview: the speaker's label heads every answer.
        let input = format!(
            "{HEADLINE}\n\nRosa Delgado\n\n{PROSE}\n\n{PROSE} Again.\n\nRosa Delgado\n\n{PROSE} Once more.\n\nRosa Delgado\n\n{PROSE} Still.\n"
        );
        assert!(removed_lines(&["normalize", "head-label"], &input).is_empty());
    }

    #[test]
    fn a_return_too_soon_or_before_a_long_article_cuts_nothing() {
        // Before enough prose: the label introduces the article.
        let input = format!(
            "{HEADLINE}\n\nRosa Delgado\n\nShort intro.\n\nRosa Delgado\n\n{PROSE}\n\n{PROSE} Again.\n"
        );
        assert!(removed_lines(&["normalize", "head-label"], &input).is_empty());
        // Far more prose after it than before: the article goes on.
        let input = format!(
            "{HEADLINE}\n\nRosa Delgado\n\n{PROSE}\n\nRosa Delgado\n\n{}",
            format!("{PROSE}\n\n").repeat(4)
        );
        assert!(removed_lines(&["normalize", "head-label"], &input).is_empty());
    }

    #[test]
    fn a_one_word_kicker_is_no_label() {
        let input = format!(
            "{HEADLINE}\n\nAnalysis\n\n{PROSE}\n\n{PROSE} Again.\n\nAnalysis\n\n{PROSE} More.\n"
        );
        assert!(removed_lines(&["normalize", "head-label"], &input).is_empty());
    }
}
