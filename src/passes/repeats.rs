//! Repeated paragraphs: a sentence line seen earlier in the same document (a scraper that
//! captured a block twice, or the whole body twice) is removed after its first occurrence.
//! Headline-shaped lines are left to the title and related-links passes.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::document::{Document, LineList};
use crate::pipeline::{Config, Pass};
use crate::text::{
    ends_full_stop, ends_sentence, fx_hash, key, key_letters_fingerprint, key_letters_prefix,
    same_key,
};

pub struct RepeatedParagraphs;

const PASS: &str = "repeats";

/// The fingerprints are packed letter sums, spread enough to need no SipHash (it cost 2% of a
/// whole run): one multiply moves their bits into the high ones the table also uses.
#[derive(Default)]
struct FingerprintHasher(u64);

impl std::hash::Hasher for FingerprintHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u128(&mut self, n: u128) {
        // Both halves: the packed sums put the count in the high bits. The high bits of the
        // product are folded into the low ones, which pick the bucket: a multiply alone leaves
        // the low bits of the result to the low bits of the input, the same few letters in
        // lines that open alike ("Item 1: ...", "Item 2: ..."), and their probe chains made a
        // list of such lines quadratic.
        let x =
            ((n as u64) ^ ((n >> 64) as u64).rotate_left(32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 29);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FingerprintBuild = std::hash::BuildHasherDefault<FingerprintHasher>;

/// Short lines repeat legitimately ("He declined to comment."); only longer ones count.
const MIN_WORDS: usize = 6;

/// A line of this many words counts even without a closing full stop.
const LONG_WORDS: usize = 15;

impl Pass for RepeatedParagraphs {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove a paragraph line that repeats one seen earlier in the document"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        // Lines are grouped by the first letters of their key (a repeat shares them with the
        // line it repeats), and only a line whose group already has one is fingerprinted:
        // most lines are alone in theirs, and reading five words costs less than reading the
        // line. Among the fingerprinted lines: fingerprint -> the first line with it. The
        // fingerprint is letter sums, so lines that share it but not a key ("U.S. troops" and
        // "US troops", or the same words in another order) are looked up by a hash of their
        // key in `by_key`, the first counting line for each: one lookup a line, however many
        // lines share a fingerprint (a list scanned for them made a page of reordered
        // sentences quadratic). A match is confirmed by comparing keys, so a shared prefix,
        // fingerprint or hash can never remove a paragraph. Every earlier line with the key of
        // a line is in its group, so it is among the fingerprinted lines when that line is
        // compared.
        let kept = doc.kept();
        // Sized for an ordinary article at once (growing from empty rehashed every entry
        // several times a document); a long input of repeated lines still grows them only as
        // far as its distinct lines need.
        let mut groups: HashMap<u128, (usize, bool), FingerprintBuild> =
            HashMap::with_capacity_and_hasher(kept.len().min(1024), FingerprintBuild::default());
        let mut seen: HashMap<u128, usize, FingerprintBuild> = HashMap::default();
        let mut by_key: HashMap<u128, usize, FingerprintBuild> = HashMap::default();
        let remember = |by_key: &mut HashMap<u128, usize, FingerprintBuild>, j: usize| {
            if counts(doc, j) {
                by_key.entry(key_hash(&doc.lines[j].text)).or_insert(j);
            }
        };
        let headline_copies = headline_copies(doc, &kept);
        let mut removed = Vec::new();
        let lede_copies = lede_copies(doc, &kept);
        for i in kept.lines() {
            let text = &doc.lines[i].text;
            match groups.entry(key_letters_prefix(text)) {
                Entry::Vacant(v) => {
                    v.insert((i, false));
                    continue;
                }
                Entry::Occupied(mut o) => {
                    // The group's first line joins the fingerprinted lines when a second
                    // comes: it was kept (a repeat of it would be in its group before it).
                    let (head, fingerprinted) = *o.get();
                    if !fingerprinted {
                        o.insert((head, true));
                        let f = key_letters_fingerprint(&doc.lines[head].text);
                        match seen.entry(f) {
                            Entry::Vacant(v) => {
                                v.insert(head);
                            }
                            Entry::Occupied(_) => remember(&mut by_key, head),
                        }
                    }
                }
            }
            let first = match seen.entry(key_letters_fingerprint(text)) {
                Entry::Vacant(v) => {
                    v.insert(i);
                    continue;
                }
                Entry::Occupied(o) => *o.get(),
            };
            let repeats = counts(doc, i)
                && ((counts(doc, first) && same_key(&doc.lines[first].text, text))
                    || by_key
                        .get(&key_hash(text))
                        .is_some_and(|&j| same_key(&doc.lines[j].text, text)));
            // A headline copy stays for the title pass, but is remembered like any line: a copy
            // further down repeats it.
            if repeats && !headline_copies.contains(&i) {
                removed.push(i);
            } else {
                remember(&mut by_key, i);
            }
        }
        for i in removed {
            doc.remove(
                i,
                PASS,
                "repeated-paragraph",
                "repeats an earlier paragraph",
            );
        }
        for i in lede_copies {
            if doc.lines[i].is_kept() {
                doc.remove(
                    i,
                    PASS,
                    "lede-copy",
                    "repeats the lede without its dateline",
                );
            }
        }
    }
}

/// A dateline and its separator ("WASHINGTON, D.C., Nov. 19 (Reuters) -") are at most this long.
const MAX_DATELINE_BYTES: usize = 80;

/// The lede without its dateline ("The council voted ..." above or under "WASHINGTON (AP) — The
/// council voted ..."): a page's summary of the article, or the lede captured twice. The lede
/// with the dateline is the article's; the copy goes, above it or under it. The copy is the
/// lede's text after the dateline's separator, to the end, exactly.
fn lede_copies(doc: &Document<'_>, kept: &[u32]) -> Vec<usize> {
    let Some(lede) = doc
        .wire
        .dateline
        .as_ref()
        .and_then(|d| d.line.checked_sub(1))
    else {
        return Vec::new();
    };
    let Some(lede_text) = doc
        .lines
        .get(lede)
        .filter(|l| l.is_kept())
        .map(|l| l.text.trim())
    else {
        return Vec::new();
    };
    kept.lines()
        .filter(|&i| {
            // Most lines are settled by their length, before any trimming.
            if doc.lines[i].text.len() + MAX_DATELINE_BYTES < lede_text.len() {
                return false;
            }
            let t = doc.lines[i].text.trim();
            i != lede
                && t.len() < lede_text.len()
                && t.len() + MAX_DATELINE_BYTES >= lede_text.len()
                && lede_text.ends_with(t)
                && lede_text[..lede_text.len() - t.len()].ends_with(char::is_whitespace)
                // What the copy lacks ends as a dateline does: "(AP) —", "(Reuters) -",
                // "BERLIN (dpa)", "WASHINGTON —" once its agency is stripped.
                && lede_text[..lede_text.len() - t.len()]
                    .trim_end()
                    .ends_with(['—', '–', '-', ':', ')', '='])
                // A sentence, not a headline under a "CNN - ..." copy of it (the title pass's).
                && ends_full_stop(t)
                && counts(doc, i)
        })
        .collect()
}

/// A hash of the line's [`key`](crate::text::key), for lines that share a fingerprint.
fn key_hash(s: &str) -> u128 {
    let k = key(s);
    (u128::from(fx_hash(k.as_bytes())) << 64) | k.len() as u128
}

/// The copies of a headline-shaped first line right under it (`<title>`, og:title and `<h1>` of
/// a long headline: "The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're
/// Not Great - Digg", twice): the title pass collapses them and keeps one as the title. They are
/// the kept lines in the range returned (a range: asking a list
/// of them for every line made many copies quadratic).
fn headline_copies(doc: &Document<'_>, kept: &[u32]) -> std::ops::Range<usize> {
    let none = 0..0;
    let mut lines = kept.lines().filter(|&i| !doc.lines[i].is_blank());
    let Some(first) = lines.next() else {
        return none;
    };
    let headline = &doc.lines[first].text;
    // A headline may ask or exclaim ("... is it worth the fare?"); a first line closed by a full
    // stop is the lede, and its copy a repeat.
    if ends_full_stop(headline) {
        return none;
    }
    let mut copies = lines.take_while(|&i| same_key(&doc.lines[i].text, headline));
    match copies.next() {
        Some(start) => start..copies.last().unwrap_or(start) + 1,
        None => none,
    }
}

/// A line long enough for its repeat to be a scraper's doing: six words and a sentence's end, or
/// fifteen words (a paragraph cut short). Only the first words are counted.
fn counts(doc: &Document<'_>, i: usize) -> bool {
    let words = doc.words_upto(i, LONG_WORDS);
    words >= MIN_WORDS && (words >= LONG_WORDS || ends_sentence(&doc.lines[i].text))
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_lede_without_its_dateline_goes_above_or_under_it() {
        let lede = "The council voted on Tuesday to close the old bridge for repairs.";
        let other = "Engineers found corrosion in the steel supports of the span last year.";
        let passes = &["normalize", "wire", "repeats"];
        let above = format!("{lede}\n\nWASHINGTON (AP) — {lede}\n\n{other}\n");
        assert_eq!(
            crate::pipeline::testing::removed_numbers(passes, &above),
            [1]
        );
        let under = format!("WASHINGTON (AP) — {lede}\n\n{lede}\n\n{other}\n");
        assert_eq!(
            crate::pipeline::testing::removed_numbers(passes, &under),
            [3]
        );
        // Only a copy of the whole rest from a word on: a shorter tail, a part of a word, or
        // the lede without a dateline stay.
        for input in [
            format!("WASHINGTON (AP) — {lede}\n\nto close the old bridge for repairs.\n"),
            format!("WASHINGTON (AP) — X{lede}\n\n{lede}\n"),
            format!("{lede}\n\nWASHINGTON — Officials said {lede}\n"),
            // A headline under its copy that names the site like a dateline.
            "Our research shows native ad units earn the most for publishers this year\n\nCNN - Our research shows native ad units earn the most for publishers this year\n\nThe council voted on Tuesday.\n".to_string(),
        ] {
            assert!(
                crate::pipeline::testing::removed_numbers(passes, &input).is_empty(),
                "{input}"
            );
        }
    }

    #[test]
    fn copies_of_a_long_headline_at_the_top_are_the_title_passs() {
        let h = "The Early Reviews For Google's Stadia Gaming Platform Are Here And They're Not Great - Digg";
        let p = "The council voted on Tuesday to close the old bridge.";
        let input = format!("{h}\n{h}\n\n{p}\n\n{h}\n");
        let removed = crate::pipeline::testing::removed_numbers(&["normalize", "repeats"], &input);
        // The copy at the end is a repeat all the same.
        assert_eq!(removed, [6]);
    }

    #[test]
    fn later_copies_go_first_stays() {
        let p = "The council voted on Tuesday to close the old bridge.";
        let input = format!(
            "{p}\n\nSomething else entirely happened later that week.\n\n{p}\n\nShort one.\n\nShort one."
        );
        let removed = crate::pipeline::testing::removed_numbers(&["normalize", "repeats"], &input);
        assert_eq!(removed, [5]);
    }

    #[test]
    fn lines_sharing_letters_but_not_words_are_told_apart() {
        // "U.S." and "US" have the same letters but different keys: neither removes the other,
        // and the later copy of each still goes.
        let a = "The U.S. troops left the base on Tuesday morning.";
        let b = "The US troops left the base on Tuesday morning.";
        let input = format!("{a}\n\n{b}\n\n{b}\n\n{a}\n");
        let removed = crate::pipeline::testing::removed_numbers(&["normalize", "repeats"], &input);
        assert_eq!(removed, [5, 7]);
    }

    #[test]
    fn lines_opening_alike_are_compared_whole() {
        // Same first words, so one group: only the exact copy goes, wherever it is, and an
        // anagram of the group's first line from another group does not hide it.
        let a = "The council voted on Tuesday to close the old bridge for good.";
        let b = "The council voted on Tuesday to reopen the market next spring.";
        let anagram = "Good for bridge old the close to Tuesday on voted council the.";
        let input = format!("{a}\n\n{anagram}\n\n{b}\n\n{a}\n\n{b}\n");
        let removed = crate::pipeline::testing::removed_numbers(&["normalize", "repeats"], &input);
        assert_eq!(removed, [7, 9]);
    }
}
