//! The document model: an article as lines grouped into paragraphs.
//!
//! Every line keeps its 1-based position in the input and a [`Status`]. Passes never delete a
//! line; they mark it, so every removal can be reported with the pass and rule that made it.

use std::borrow::Cow;
use std::cell::Cell;

use crate::line_text::LineText;

/// Text cut out of a kept line (an ad-slot phrase glued into a paragraph); the rest of the
/// line stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment {
    /// 1-based line number in the input.
    pub line: usize,
    pub pass: &'static str,
    pub rule: &'static str,
    pub reason: &'static str,
    /// The text cut out.
    pub text: String,
}

/// Why a line is not part of the clean article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// Name of the pass that removed the line (as in `--list-passes`).
    pub pass: &'static str,
    /// The rule inside the pass, stable and machine-readable (`duplicate-title`).
    pub rule: &'static str,
    /// A short human explanation.
    pub reason: Cow<'static, str>,
}

/// What a line is in the clean article (see [`Document::status_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status<'d> {
    /// Part of the article body.
    Kept,
    /// The line chosen as the article's title; rendered once, above the body.
    Title,
    /// Not part of the article; says who removed it and why.
    Removed(&'d Removal),
}

/// [`Line::mark`] of a kept line.
const KEPT: u32 = 0;
/// [`Line::mark`] of the title line; a removed line's is its removal's index plus this plus one.
const TITLE: u32 = 1;
/// Input lines longer than this are cut into pieces of at most this many bytes (at character
/// boundaries): a line's length is a `u32` (see [`LineText`]), and a pass that rewrites a piece
/// has room to lengthen it. No real text has a gigabyte line; binary junk might.
const MAX_LINE: usize = crate::line_text::MAX_LEN / 2;

/// One input line: 16 bytes, as an input of short lines holds millions of them (its number is
/// its index plus one; its removal is kept by the document, and so is its paragraph).
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// The line's text (normalized once the normalize pass has run). Borrowed from the input
    /// unless a pass had to change it.
    pub text: LineText<'a>,
    /// Kept, title, or which of the document's removals.
    mark: u32,
}

impl Line<'_> {
    /// A line with no visible text separates paragraphs and is never output.
    #[inline]
    pub fn is_blank(&self) -> bool {
        // Asked of every line by every pass: an empty line (the paragraph breaks, half the
        // lines) or a printable ASCII first byte (most others) settles it without a Unicode trim.
        match self.text.as_bytes().first() {
            None => true,
            Some(&b) if b > b' ' && b < 0x80 => false,
            Some(_) => self.text.trim().is_empty(),
        }
    }

    /// Neither blank, nor removed, nor the title: a line of the article body.
    pub fn is_kept(&self) -> bool {
        self.mark == KEPT && !self.is_blank()
    }

    /// Some pass removed the line.
    pub fn is_removed(&self) -> bool {
        self.mark > TITLE
    }
}

/// The place and agency at the start of the lede ("WASHINGTON (AP) —").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline as it appears at the start of the line ("WASHINGTON (AP) —").
    pub text: String,
    /// The place ("WASHINGTON"), when the dateline names one.
    pub place: Option<String>,
    /// Canonical agency name ("The Associated Press"), when the dateline names one.
    pub agency: Option<&'static str>,
    /// 1-based input line of the lede.
    pub line: usize,
    /// True when `--strip-dateline` removed the agency marker from the text.
    pub stripped: bool,
}

/// A wire-service credit line found (and removed) in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// `publication-note`, `copyright`, `contributors`, `sign-off` or `syndication`.
    pub kind: &'static str,
    /// Canonical agency name, when the line names one.
    pub agency: Option<&'static str>,
    pub text: String,
    pub line: usize,
}

/// What the wire-credit pass learned about the article's source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wire {
    /// Canonical name of the agency that wrote the article, when a credit or dateline says so.
    pub agency: Option<&'static str>,
    pub dateline: Option<Dateline>,
    pub credits: Vec<Credit>,
}

/// The per-line numbers [`Document::line_fact`] remembers.
#[derive(Clone, Copy)]
pub enum Fact {
    /// The boilerplate rule matching the line at the article's edge, plus one; 0 for none.
    BoilerplateRule = 0,
    /// The line's words, counted up to [`COUNTED_WORDS`] + 1 (see [`Document::words_upto`]).
    Words = 1,
}

const FACTS: usize = 2;

/// The per-line yes-or-no facts [`Document::line_flag`] remembers, two bits each (known, value)
/// in one byte.
#[derive(Clone, Copy)]
pub enum Flag {
    /// The line is article prose (see `passes::boilerplate::line_is_article_prose`).
    ArticleProse = 0,
    /// The line is a short label (see `passes::chrome::line_is_edge_label`).
    EdgeLabel = 1,
}

/// What [`Document`] remembers of one line: 3 bytes (an input of short lines has millions).
#[derive(Debug, Clone)]
struct LineFacts {
    values: [Cell<u8>; FACTS],
    /// Two bits per [`Flag`]: bit `2n` set once flag `n` is known, bit `2n + 1` its value.
    flags: Cell<u8>,
}

impl LineFacts {
    fn unknown() -> Self {
        LineFacts {
            values: std::array::from_fn(|_| Cell::new(UNKNOWN)),
            flags: Cell::new(0),
        }
    }

    fn forget(&self) {
        for v in &self.values {
            v.set(UNKNOWN);
        }
        self.flags.set(0);
    }
}

/// [`Document::words_upto`] counts a line's words this far, once, and answers every smaller
/// limit from that count (the largest value a fact can hold is 254).
const COUNTED_WORDS: usize = 253;
const UNKNOWN: u8 = u8::MAX;

/// A scraped article as lines, their statuses and the metadata the passes found.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub lines: Vec<Line<'a>>,
    /// Set by the title pass; the text of the line whose status is [`Status::Title`].
    pub title: Option<String>,
    pub wire: Wire,
    /// Text cut out of kept lines, in the order it was cut.
    pub fragments: Vec<Fragment>,
    /// The byline as written ("By Jane Doe, Reuters"), when the byline pass found one.
    pub byline: Option<String>,
    /// The authors the byline names.
    pub authors: Vec<String>,
    /// Input size in bytes.
    pub bytes_in: usize,
    /// Lines whose dateline lost its agency marker to `--strip-dateline`, with the dateline as
    /// it read before: they still open the lede for the passes that look for it after the wire
    /// pass, and still name its agency.
    pub(crate) stripped_datelines: Vec<(usize, Dateline)>,
    /// The index of each paragraph's first line, in order: a table per paragraph, not a number
    /// per line (see [`Line`]).
    paragraph_starts: Vec<usize>,
    /// Why each removed line was removed, indexed by the line's mark (see [`Line::mark`]).
    removals: Vec<Removal>,
    /// Facts about each line that depend only on its text, once some pass asked: several passes
    /// measure where the article's prose starts and ends and which lines are boilerplate, and
    /// those tests (pattern sets, caption and byline shapes) are the costliest per line.
    facts: Vec<LineFacts>,
}

impl<'a> Document<'a> {
    /// Splits `input` into lines at `\n`, `\r\n` or a lone `\r`, and groups them into paragraphs
    /// separated by blank lines.
    pub fn parse(input: &'a str) -> Self {
        let bytes = input.as_bytes();
        // Sized exactly (a "\r\n" counts twice): an input of short lines is mostly line records,
        // and a vector that grows by doubling can hold twice what it needs.
        let mut lines = Vec::with_capacity(memchr::memchr2_iter(b'\n', b'\r', bytes).count() + 1);
        let mut start = 0;
        // Line ends found with SIMD (memchr), not byte by byte.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if i < start {
                // The '\n' of a "\r\n" already taken.
                continue;
            }
            push_line(&mut lines, &input[start..i]);
            start = if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
        if start < bytes.len() {
            push_line(&mut lines, &input[start..]);
        }
        let mut doc = Document {
            lines,
            title: None,
            wire: Wire::default(),
            fragments: Vec::new(),
            byline: None,
            authors: Vec::new(),
            bytes_in: input.len(),
            stripped_datelines: Vec::new(),
            paragraph_starts: Vec::new(),
            removals: Vec::new(),
            facts: Vec::new(),
        };
        doc.index_paragraphs();
        doc
    }

    /// Recomputes paragraph membership; called after a pass that changes line text, since a line
    /// can become blank.
    pub fn index_paragraphs(&mut self) {
        self.forget_line_facts();
        self.paragraph_starts.clear();
        let mut in_paragraph = false;
        for (i, line) in self.lines.iter().enumerate() {
            if line.is_blank() {
                in_paragraph = false;
            } else if !in_paragraph {
                self.paragraph_starts.push(i);
                in_paragraph = true;
            }
        }
    }

    /// Index of the paragraph line `i` belongs to; blank lines (and lines past the end) belong
    /// to none. A binary search of the paragraph table: passes ask it of a few lines near the
    /// title and the tail, and walks over every line use [`Document::paragraphs_of_lines`].
    pub fn paragraph_of(&self, i: usize) -> Option<usize> {
        if self.lines.get(i).is_none_or(Line::is_blank) {
            return None;
        }
        self.paragraph_starts
            .partition_point(|&start| start <= i)
            .checked_sub(1)
    }

    /// The lines of line `i`'s paragraph (none for a blank line): from its first line to the
    /// blank line under it.
    pub fn paragraph_lines(&self, i: usize) -> std::ops::Range<usize> {
        let Some(&start) = self
            .paragraph_of(i)
            .and_then(|p| self.paragraph_starts.get(p))
        else {
            return i..i;
        };
        let end = self.lines[start..]
            .iter()
            .position(Line::is_blank)
            .map_or(self.lines.len(), |n| start + n);
        start..end
    }

    /// Every line with the paragraph it belongs to ([`Document::paragraph_of`]), in order, in
    /// one walk.
    pub fn paragraphs_of_lines(&self) -> impl Iterator<Item = (&Line<'a>, Option<usize>)> + '_ {
        let mut next: usize = 0;
        self.lines.iter().enumerate().map(move |(i, line)| {
            while self.paragraph_starts.get(next).is_some_and(|&s| s <= i) {
                next += 1;
            }
            let paragraph = (!line.is_blank()).then(|| next.checked_sub(1)).flatten();
            (line, paragraph)
        })
    }

    /// A fact about line `i`'s text, by `compute` the first time and remembered after that
    /// (`compute` returns a value below 255). Only valid while the text does not change: passes
    /// that edit text call [`Document::forget_line_facts`].
    pub fn line_fact(&self, i: usize, fact: Fact, compute: impl FnOnce(&str) -> u8) -> u8 {
        let Some(cell) = self.facts.get(i).map(|f| &f.values[fact as usize]) else {
            return self.lines.get(i).map_or(0, |l| compute(&l.text));
        };
        match cell.get() {
            UNKNOWN => {
                let value = compute(&self.lines[i].text).min(UNKNOWN - 1);
                cell.set(value);
                value
            }
            value => value,
        }
    }

    /// A yes-or-no fact about line `i`'s text, by `compute` the first time and remembered after
    /// that, as [`Document::line_fact`] remembers numbers.
    pub fn line_flag(&self, i: usize, flag: Flag, compute: impl FnOnce(&str) -> bool) -> bool {
        let Some(cell) = self.facts.get(i).map(|f| &f.flags) else {
            return self.lines.get(i).is_some_and(|l| compute(&l.text));
        };
        let shift = 2 * flag as u8;
        let bits = cell.get() >> shift;
        if bits & 1 != 0 {
            return bits & 2 != 0;
        }
        let value = compute(&self.lines[i].text);
        // Read again: `compute` may have asked (and set) the line's other flag.
        cell.set(cell.get() | ((1 | u8::from(value) << 1) << shift));
        value
    }

    /// [`crate::text::words_upto`] for line `i`: the number of its words, counting no further
    /// than `limit + 1`. Several passes weigh the same prose lines by their words with different
    /// limits; the line is walked once and the count shared.
    pub fn words_upto(&self, i: usize, limit: usize) -> usize {
        if limit > COUNTED_WORDS {
            return self
                .lines
                .get(i)
                .map_or(0, |l| crate::text::words_upto(&l.text, limit));
        }
        let counted = self.line_fact(i, Fact::Words, |s| {
            crate::text::words_upto(s, COUNTED_WORDS) as u8
        });
        usize::from(counted).min(limit + 1)
    }

    /// Forgets what [`Document::line_fact`] remembered (after line text changed).
    pub fn forget_line_facts(&mut self) {
        self.facts.clear();
        self.facts.resize_with(self.lines.len(), LineFacts::unknown);
    }

    /// Line `i` opens with the document's dateline, marker and all: the lede, which chrome and
    /// the title pass leave alone. Not once `--strip-dateline` took the marker out, for a second
    /// run sees no dateline there and must decide as the first did.
    pub(crate) fn opens_with_marked_dateline(&self, i: usize) -> bool {
        self.wire
            .dateline
            .as_ref()
            .is_some_and(|d| !d.stripped && d.line == i + 1)
    }

    /// [`Document::opens_with_marked_dateline`], for a dateline that names an agency ("WASHINGTON
    /// (AP) —", not a site name before a headline, "CNN -"): the lede of a wire story.
    fn is_wire_lede(&self, i: usize) -> bool {
        self.opens_with_marked_dateline(i)
            && self
                .wire
                .dateline
                .as_ref()
                .is_some_and(|d| d.agency.is_some())
    }

    pub fn paragraph_count(&self) -> usize {
        self.paragraph_starts.len()
    }

    /// Marks line `index` as removed, unless an earlier pass already did (the first reason wins).
    ///
    /// The line that opens with the document's agency dateline stays whatever a pass says: the
    /// wire pass takes the first dateline it finds for the document's, and a second run that no
    /// longer found this one would take a later one, and the lede pass would cut everything
    /// above that.
    pub fn remove(
        &mut self,
        index: usize,
        pass: &'static str,
        rule: &'static str,
        reason: impl Into<Cow<'static, str>>,
    ) {
        if index < self.lines.len() && self.is_wire_lede(index) {
            return;
        }
        if self.lines.get(index).is_none_or(Line::is_removed) {
            return;
        }
        let removal = Removal {
            pass,
            rule,
            reason: reason.into(),
        };
        // A pass removes runs of lines for one reason: they share one record.
        if self.removals.last() != Some(&removal) {
            self.removals.push(removal);
        }
        // Past u32::MAX removals (an input of over 4 billion lines) the last record is shared.
        let mark = u32::try_from(self.removals.len() - 1)
            .ok()
            .and_then(|n| n.checked_add(TITLE + 1))
            .unwrap_or(u32::MAX);
        if let Some(line) = self.lines.get_mut(index) {
            line.mark = mark;
        }
    }

    /// Marks line `index` as the article's title.
    pub fn set_title_line(&mut self, index: usize) {
        if let Some(line) = self.lines.get_mut(index) {
            line.mark = TITLE;
        }
    }

    /// What `line`, one of this document's, is in the clean article.
    pub fn status_of(&self, line: &Line<'_>) -> Status<'_> {
        match line.mark {
            KEPT => Status::Kept,
            TITLE => Status::Title,
            mark => self
                .removals
                .get((mark - TITLE - 1) as usize)
                .or(self.removals.last())
                .map_or(Status::Kept, Status::Removed),
        }
    }

    /// Indices of the lines that are still article body, in order.
    pub fn kept_indices(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.is_kept())
            .map(|(i, _)| i)
    }

    /// [`Document::kept_indices`] collected, in one allocation (most passes walk them by index
    /// while removing lines). Four bytes a line, not eight: the list lives beside the document,
    /// and an input of short lines is mostly line records. Lines past the 4,294,967,295th (an
    /// input of over 4 GB) are not listed: no pass looks at them, and they are output as read.
    pub fn kept(&self) -> Vec<u32> {
        let mut kept = Vec::with_capacity(self.lines.len().min(u32::MAX as usize));
        kept.extend(self.kept_indices().map_while(|i| u32::try_from(i).ok()));
        kept
    }

    /// The article body: paragraphs of kept lines, in input order.
    pub fn kept_paragraphs(&self) -> Vec<Vec<&str>> {
        let mut out: Vec<Vec<&str>> = Vec::new();
        let mut current = None;
        for (line, paragraph) in self.paragraphs_of_lines() {
            if !line.is_kept() {
                continue;
            }
            if paragraph != current || out.is_empty() {
                out.push(Vec::new());
                current = paragraph;
            }
            if let Some(p) = out.last_mut() {
                p.push(&line.text);
            }
        }
        out
    }

    /// Cuts `range` (bytes) out of line `i`'s text, joining what is left around it with one
    /// space, and records the cut. The caller makes sure the line keeps text on either side.
    pub fn cut_fragment(
        &mut self,
        i: usize,
        range: std::ops::Range<usize>,
        pass: &'static str,
        rule: &'static str,
        reason: &'static str,
    ) {
        let Some(line) = self.lines.get_mut(i) else {
            return;
        };
        let (Some(before), Some(cut), Some(after)) = (
            line.text.get(..range.start),
            line.text.get(range.clone()),
            line.text.get(range.end..),
        ) else {
            return;
        };
        let (before, after) = (before.trim_end(), after.trim_start());
        let joined = match (before.is_empty(), after.is_empty()) {
            (true, _) => after.to_string(),
            (_, true) => before.to_string(),
            _ => format!("{before} {after}"),
        };
        self.fragments.push(Fragment {
            line: i + 1,
            pass,
            rule,
            reason,
            text: cut.trim().to_string(),
        });
        line.text = LineText::owned(joined);
        // Only this line's facts depend on its text (forgetting them all made a document with a
        // slot on every line quadratic).
        if let Some(facts) = self.facts.get(i) {
            facts.forget();
        }
    }

    /// Every removed line with its 1-based number and its reason, in input order.
    pub fn removals(&self) -> impl Iterator<Item = (usize, &Line<'a>, &Removal)> {
        self.lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| match self.status_of(l) {
                Status::Removed(r) => Some((i + 1, l, r)),
                _ => None,
            })
    }
}

/// A list of line indices as [`Document::kept`] stores them (4 bytes each), read as `usize`.
pub trait LineList {
    /// The `n`th index; panics past the end, as indexing does.
    fn line(&self, n: usize) -> usize;
    /// The indices in order.
    fn lines(&self) -> std::iter::Map<std::slice::Iter<'_, u32>, fn(&u32) -> usize>;
}

impl LineList for [u32] {
    #[inline]
    fn line(&self, n: usize) -> usize {
        self[n] as usize
    }

    #[inline]
    fn lines(&self) -> std::iter::Map<std::slice::Iter<'_, u32>, fn(&u32) -> usize> {
        self.iter().map(|&i| i as usize)
    }
}

/// Adds input line `text`, cut into pieces of at most [`MAX_LINE`] bytes.
fn push_line<'a>(lines: &mut Vec<Line<'a>>, text: &'a str) {
    push_pieces(lines, text, MAX_LINE);
}

fn push_pieces<'a>(lines: &mut Vec<Line<'a>>, mut text: &'a str, max: usize) {
    while text.len() > max {
        // A boundary within 3 bytes below the limit (`max` is at least 4).
        let cut = crate::line_text::floor_char_boundary(text, max).max(1);
        let Some((piece, rest)) = text.split_at_checked(cut) else {
            break;
        };
        lines.push(new_line(piece));
        text = rest;
    }
    lines.push(new_line(text));
}

fn new_line(text: &str) -> Line<'_> {
    Line {
        text: LineText::borrowed(text),
        mark: KEPT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_line_ending_and_keeps_positions() {
        let doc = Document::parse("a\r\nb\rc\n\nd");
        let texts: Vec<_> = doc.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["a", "b", "c", "", "d"]);
        assert_eq!(std::mem::size_of::<Line<'_>>(), 16);
        // A lone CR before a CRLF ends a line of its own; a final line without an ending counts.
        let doc = Document::parse("a\r\r\nb\n\rc");
        let texts: Vec<_> = doc.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["a", "", "b", "", "c"]);
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let doc = Document::parse("a\nb\n\n\n  \nc\n");
        assert_eq!(doc.paragraph_count(), 2);
        let of = |i| doc.paragraph_of(i);
        assert_eq!(
            [of(0), of(1), of(2), of(3), of(4), of(5), of(6)],
            [Some(0), Some(0), None, None, None, Some(1), None]
        );
        let walked: Vec<_> = doc.paragraphs_of_lines().map(|(_, p)| p).collect();
        assert_eq!(walked, (0..doc.lines.len()).map(of).collect::<Vec<_>>());
        assert_eq!(doc.kept_paragraphs(), vec![vec!["a", "b"], vec!["c"]]);
    }

    #[test]
    fn overlong_lines_are_cut_at_character_boundaries() {
        let mut lines = Vec::new();
        push_pieces(&mut lines, "abcdeé新xyz", 4);
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["abcd", "eé", "新x", "yz"]);
        assert_eq!(texts.concat(), "abcdeé新xyz");
    }

    #[test]
    fn line_flags_are_remembered_apart() {
        let doc = Document::parse("a\nb");
        let calls = Cell::new(0);
        let ask = |i, flag, value| {
            doc.line_flag(i, flag, |_| {
                calls.set(calls.get() + 1);
                value
            })
        };
        assert!(ask(0, Flag::ArticleProse, true));
        assert!(!ask(0, Flag::EdgeLabel, false));
        assert!(ask(1, Flag::EdgeLabel, true));
        // Remembered: the second answer is the first, whatever `compute` would say now.
        assert!(ask(0, Flag::ArticleProse, false));
        assert!(!ask(0, Flag::EdgeLabel, true));
        assert!(ask(1, Flag::EdgeLabel, false));
        assert!(!ask(1, Flag::ArticleProse, false));
        assert_eq!(calls.get(), 4);
        // A flag asked while computing the other (as the prose test asks rules) keeps both.
        let doc = Document::parse("c");
        let outer = doc.line_flag(0, Flag::ArticleProse, |_| {
            doc.line_flag(0, Flag::EdgeLabel, |_| true)
        });
        assert!(outer);
        assert!(doc.line_flag(0, Flag::EdgeLabel, |_| false));
        assert!(doc.line_flag(0, Flag::ArticleProse, |_| false));
    }

    #[test]
    fn first_removal_wins() {
        let mut doc = Document::parse("a\nb");
        doc.remove(0, "x", "r1", "first");
        doc.remove(0, "y", "r2", "second");
        let (number, _, r) = doc.removals().next().unwrap();
        assert_eq!((number, r.pass, r.rule), (1, "x", "r1"));
        assert_eq!(doc.kept_paragraphs(), vec![vec!["b"]]);
    }

    #[test]
    fn empty_input_has_no_lines() {
        let doc = Document::parse("");
        assert!(doc.lines.is_empty());
        assert_eq!(doc.paragraph_count(), 0);
    }
}
