//! What the tail passes share: find a marker line that ends the article (a copyright notice, a
//! comment-section heading) after enough article prose, and remove every kept line from a point
//! on.
//!
//! The guards are the same for every marker: at least `tail_min_prose_words` of article prose
//! before it (a marker at the top of a page is followed by the article), and no more than
//! `MAX_TAIL_RATIO` times that much prose after it (a long article after a marker means the
//! marker was not the end).

use crate::document::Document;
use crate::passes::boilerplate::line_is_article_prose;
use crate::pipeline::Config;

/// Prose after the marker may reach this many times the prose before it (teaser lists and
/// comment threads are long).
const MAX_TAIL_RATIO: usize = 2;
/// Words a line counts at most towards the prose on either side.
const MAX_LINE_WORDS: usize = 200;

/// The next kept line after `i` with text.
pub fn next_text<'d>(doc: &'d Document<'_>, i: usize) -> Option<&'d str> {
    doc.lines[i + 1..]
        .iter()
        .find(|l| l.is_kept() && !l.is_blank())
        .map(|l| l.text.as_ref())
}

fn prose_words(doc: &Document<'_>, i: usize) -> usize {
    if doc.lines[i].is_kept() && line_is_article_prose(doc, i) {
        doc.words_upto(i, MAX_LINE_WORDS)
    } else {
        0
    }
}

/// The first line (kept or already removed: an earlier pass may have taken the marker itself)
/// for which `is_marker(doc, index)` holds once enough article prose came before it, when the
/// guards allow cutting after it; a removed marker the guards reject is passed over for the
/// next, a kept one ends the search. `maybe_marker` is a cheap test on the text that every
/// marker passes: most documents have no candidate, and then no line's prose is measured.
pub fn marker_after_prose(
    doc: &Document<'_>,
    config: &Config,
    maybe_marker: impl Fn(&str) -> bool,
    is_marker: impl Fn(&Document<'_>, usize) -> bool,
) -> Option<usize> {
    let min_prose = config.mode.thresholds().tail_min_prose_words;
    if min_prose == usize::MAX {
        return None;
    }
    let is_candidate = |i: usize| {
        let line = &doc.lines[i];
        !line.is_blank() && maybe_marker(&line.text)
    };
    let first_candidate = (0..doc.lines.len()).find(|&i| is_candidate(i))?;
    // Prose is measured lazily, from the top, only as far as the guards need: enough to reach
    // `min_prose` (the marker is the first candidate from there on), then, if the tail needs
    // it, more up to the marker. The article body is rarely measured whole.
    let (mut before, mut measured) = (0, 0);
    while before < min_prose {
        if measured >= doc.lines.len() {
            return None;
        }
        before += prose_words(doc, measured);
        measured += 1;
    }
    // `before` is the prose of lines [0, measured): a candidate at `measured` or later qualifies.
    let next_marker =
        |from: usize| (from..doc.lines.len()).find(|&i| is_candidate(i) && is_marker(doc, i));
    let mut marker = next_marker(first_candidate.max(measured))?;
    let mut after: usize = (marker + 1..doc.lines.len())
        .map(|i| prose_words(doc, i))
        .sum();
    loop {
        while before * MAX_TAIL_RATIO < after && measured < marker {
            before += prose_words(doc, measured);
            measured += 1;
        }
        if after <= before * MAX_TAIL_RATIO {
            return Some(marker);
        }
        // Too much prose after it. A marker an earlier pass removed (the wire pass takes an
        // agency's copyright line) is gone when the output is cleaned again, and the next one
        // is weighed then: it is weighed now. A kept one ends the search, as it will again.
        if doc.lines[marker].is_kept() {
            return None;
        }
        let next = next_marker(marker + 1)?;
        // Each line's prose is counted once more at most: the walk stays linear.
        after -= (marker + 1..=next)
            .map(|i| prose_words(doc, i))
            .sum::<usize>();
        marker = next;
    }
}

/// Removes every kept line from `from` on.
pub fn cut_after(
    doc: &mut Document<'_>,
    from: usize,
    pass: &'static str,
    rule: &'static str,
    reason: &'static str,
) {
    for i in from..doc.lines.len() {
        if doc.lines[i].is_kept() {
            doc.remove(i, pass, rule, reason);
        }
    }
}
