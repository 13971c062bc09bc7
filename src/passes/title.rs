//! Duplicate-title collapse: finds the headline at the top of the document, keeps it once as the
//! title and removes its repeats.
//!
//! Repeats are recognised when they differ only in case, spacing or punctuation, carry a site
//! name before or after a separator ("... - Reuters", "BBC News - ..."), or are cut short with
//! "..." / "…". A line that merely starts like the headline is not a repeat unless it is marked
//! as cut short. A headline that appears once is still taken as the title when it stands alone,
//! has the shape of a headline, and body text follows it.

use std::collections::HashMap;

use crate::document::Document;
use crate::passes::boilerplate::is_prose;
use crate::passes::chrome::{is_bulleted, opens_article};
use crate::pipeline::{Config, Pass};
use crate::text::{
    ends_sentence, is_all_caps, is_headline_like, is_truncated, key, starts_uppercase, word_count,
    words_upto,
};

pub struct DuplicateTitle;

const PASS: &str = "title";

/// How many lines at the top may hold the headline and its repeats.
const WINDOW: usize = 8;
/// Separators between a headline and a site name.
const SITE_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " · ", " :: ", " // ", " » "];
/// A site name beside a headline is short.
const MAX_SITE_WORDS: usize = 6;

impl Pass for DuplicateTitle {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "collapse the headline repeated at the top (case, punctuation, site name, \"...\") into one title"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        let window = top_window(doc);
        let hinted = config
            .title_hint
            .as_deref()
            .filter(|h| !h.trim().is_empty());
        // A section label over the title block ("Politics", "ai and ml") belongs to neither: the
        // block is looked for under it too.
        let block = title_block(doc, &window).or_else(|| {
            let (&first, rest) = window.split_first()?;
            let block = is_kicker(&doc.lines[first].text)
                .then(|| title_block(doc, rest))
                .flatten()?;
            // A headline of some length: under a label, a repeated short line is as often a
            // menu's ("Close the menu" twice under "Rolling Stone").
            let &headline = block.0.first()?;
            if words_upto(&doc.lines[headline].text, MIN_KICKED_HEADLINE_WORDS)
                < MIN_KICKED_HEADLINE_WORDS
            {
                return None;
            }
            doc.remove(first, PASS, "kicker", "section label over the headline");
            Some(block)
        });
        let title = if let Some((group, others)) = block {
            let last = group.iter().chain(&others).copied().max();
            let best = collapse_block(doc, group, others);
            Some(label_over_block(doc, &window, last, best))
        } else if let Some(group) = repeated_group(doc, &window)
            .or_else(|| hinted.and_then(|hint| hinted_group(doc, &window, hint)))
        {
            // A run of copies is a title block with no other wordings.
            let last = group.iter().copied().max();
            let best = collapse_block(doc, group, Vec::new());
            Some(label_over_block(doc, &window, last, best))
        } else if let Some(&first) = window.first()
            // Alone in its paragraph, or a page title by its site name ("Water main break
            // closes downtown streets | WPIX" over a byline, in a scrape without blank lines),
            // or over paragraphs one to a line (a scrape without blank lines, not text wrapped
            // at a width, where a headline-shaped first line can be a sentence's start).
            && (stands_alone(doc, first)
                || has_site_suffix(&doc.lines[first].text)
                || over_unwrapped_paragraphs(doc, first))
            && is_headline_like(&doc.lines[first].text, 25)
            // A dateline alone on its line ("WASHINGTON (AP) —") opens the lede, not a headline.
            && !doc.opens_with_marked_dateline(first)
            && body_follows(doc, first)
        {
            Some(first)
        } else {
            // A page title alone, with at most the site's name under it.
            doc.kept_indices()
                .next()
                .filter(|&first| site_labels_under(doc, first).is_some())
        };
        let Some(title) = title else {
            return;
        };
        set_title(doc, title);
        // However the title was found, a site's name under it with nothing else goes: a second
        // run, which finds the title standing alone, must find the same.
        for i in site_labels_under(doc, title).unwrap_or_default() {
            doc.remove(i, PASS, "site-name", "the site's name under the page title");
        }
    }
}

/// Collapses a title block: the best of the headline's lines is the title; its other copies, the
/// site's name and other wordings go. Returns the title's line.
fn collapse_block(doc: &mut Document<'_>, group: Vec<usize>, others: Vec<usize>) -> usize {
    let group = without_site_names(doc, group);
    let best = best_variant(doc, &group);
    for &i in group.iter().filter(|&&i| i != best) {
        doc.remove(i, PASS, "duplicate-title", "repeats the headline");
    }
    for i in others {
        // The site's name that a page title in the block carries ("Harbour Times" under
        // "Harbour ferry fares to rise next year | Harbour Times") is no headline.
        let k = key(&doc.lines[i].text);
        let names_site = group.iter().any(|&g| {
            separator_splits(&doc.lines[g].text).any(|(left, right)| match site_side(left, right) {
                Some(Side::Left) => key(left) == k,
                Some(Side::Right) => key(right) == k,
                None => false,
            })
        });
        if names_site {
            doc.remove(i, PASS, "site-name", "the site's name under the page title");
        } else {
            doc.remove(
                i,
                PASS,
                "alternate-headline",
                "another form of the headline in the title block",
            );
        }
    }
    best
}

/// The title chosen from the lines at the top, up to line `last`, unless it is short enough to
/// be a section label and the lines of `window` after `last` form a title block with a headline
/// of some length: then it is that block's label (a second run finds it standing alone over the
/// block and takes it so), and the block's headline is the title.
fn label_over_block(
    doc: &mut Document<'_>,
    window: &[usize],
    last: Option<usize>,
    title: usize,
) -> usize {
    let Some(last) = last.filter(|_| is_kicker(&doc.lines[title].text)) else {
        return title;
    };
    let rest: Vec<usize> = window.iter().copied().filter(|&i| i > last).collect();
    let Some((group, others)) = title_block(doc, &rest) else {
        return title;
    };
    let long_enough = group.first().is_some_and(|&h| {
        words_upto(&doc.lines[h].text, MIN_KICKED_HEADLINE_WORDS) >= MIN_KICKED_HEADLINE_WORDS
    });
    if !long_enough {
        return title;
    }
    doc.remove(title, PASS, "kicker", "section label over the headline");
    collapse_block(doc, group, others)
}

/// A section label ("Politics", "ai and ml", "WORLD NEWS"): one to three words, no sentence.
fn is_kicker(s: &str) -> bool {
    let s = s.trim();
    (1..=MAX_KICKER_WORDS).contains(&words_upto(s, MAX_KICKER_WORDS))
        && !ends_sentence(s)
        && !s.ends_with(':')
}

/// Most words in a section label over the headline.
const MAX_KICKER_WORDS: usize = 3;

/// Fewest words in a headline found under a section label.
const MIN_KICKED_HEADLINE_WORDS: usize = 4;

/// Most words in a site name's line under a page title.
const MAX_LABEL_WORDS: usize = 3;

/// A page whose scrape holds only its `<title>` ("Headline - Site") and perhaps the site's name
/// under it holds no article: the headline is the title and the name is page chrome, so the text
/// is empty, as it is when the scrape held only the repeated headline.
///
/// The lines right under page title `title` (in its paragraph) when they are all the document
/// holds besides it: at most two capitalised labels of a few words that are no sentence (the
/// site's name). The site-name suffix is the evidence that `title` is a page title; a document
/// with anything above the title or apart from it, any prose, a date or a figure gives `None`.
fn site_labels_under(doc: &Document<'_>, title: usize) -> Option<Vec<usize>> {
    let text = &doc.lines[title].text;
    if !is_headline_like(text, MAX_TITLE_WORDS)
        || !has_site_suffix(text)
        || doc.opens_with_marked_dateline(title)
    {
        return None;
    }
    let labels: Vec<usize> = doc.kept_indices().filter(|&i| i != title).take(3).collect();
    let paragraph = doc.paragraph_of(title);
    let is_label = |i: usize| {
        let t = doc.lines[i].text.trim();
        i > title
            && doc.paragraph_of(i) == paragraph
            && starts_uppercase(t)
            && !t.is_empty()
            && words_upto(t, MAX_LABEL_WORDS) <= MAX_LABEL_WORDS
            && !t.chars().any(|c| c.is_numeric())
            && t.chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '.' || c == '-')
            && !t.ends_with('.')
            && crate::passes::byline::parse_byline(t).is_none()
    };
    (labels.len() <= 2 && labels.iter().all(|&i| is_label(i))).then_some(labels)
}

/// The line ends in a separator and a short site name ("... - Entermedia", "... | Le Monde"),
/// the way a page's `<title>` does, with a headline of a few words before it.
fn has_site_suffix(s: &str) -> bool {
    may_hold_separator(s)
        && SITE_SEPARATORS.iter().any(|sep| {
            s.rfind(sep).is_some_and(|at| {
                let (left, right) = (&s[..at], &s[at + sep.len()..]);
                (1..=MAX_LABEL_WORDS).contains(&words_upto(right, MAX_LABEL_WORDS))
                    && words_upto(left, 3) >= 3
            })
        })
}

/// Scrapers put the page's `<title>`, `og:title` and `<h1>` on consecutive lines: a first
/// paragraph of two to four headline-shaped lines, two of which repeat each other, is such a
/// title block. Returns the repeated headline's lines and the other lines of the block.
fn title_block(doc: &Document<'_>, window: &[usize]) -> Option<(Vec<usize>, Vec<usize>)> {
    let &first = window.first()?;
    let paragraph = doc.paragraph_of(first);
    let mut block: Vec<usize> = doc
        .kept_indices()
        .skip_while(|&i| i < first)
        .take_while(|&i| doc.paragraph_of(i) == paragraph)
        .collect();
    // In a scrape without blank lines the title lines run straight into the body: the block is
    // the headline-shaped lines that open the paragraph, when the body's sentences, one to a
    // line, follow them.
    let run = block
        .iter()
        .take_while(|&&i| {
            title_candidate(&doc.lines[i].text) && !unwrapped_sentence_in(doc, &[i], 1)
        })
        .count();
    if run < block.len() && (2..=4).contains(&run) && unwrapped_sentence_in(doc, &block[run..], 5) {
        block.truncate(run);
        // Without a blank line under it, the block ends with the last line that tells the
        // headline as another does: a short line of the body's (a disclosure, a kicker) may
        // look like a headline too.
        let text = |i: usize| &doc.lines[i].text;
        while let Some(&last) = block.last()
            && !block.iter().any(|&b| {
                b != last
                    && (is_variant(text(b), text(last)) || similar_headlines(text(b), text(last)))
            })
        {
            block.pop();
        }
    }
    // The line that opens with the article's dateline is the lede, never a headline (as chrome
    // treats it).
    if !(2..=4).contains(&block.len())
        || !block.iter().all(|i| window.contains(i))
        || !block.iter().all(|&i| title_candidate(&doc.lines[i].text))
        || block.iter().any(|&i| doc.opens_with_marked_dateline(i))
    {
        return None;
    }
    let variant_pair = block.iter().enumerate().find(|&(n, &a)| {
        block[n + 1..]
            .iter()
            .any(|&b| is_variant(&doc.lines[a].text, &doc.lines[b].text))
    });
    let Some((n, _)) = variant_pair else {
        // No exact repeat: `<title>`, og:title and `<h1>` often word the headline differently
        // ("Key moments from X's testimony" / "Impeachment hearings: Key moments ... - CBS
        // News"). Two lines telling the same headline in other words make it a title block too.
        // The headline is one of the lines that tell it alike: not the site's name beside them
        // ("Harbour Times" under "Harbour ferry fares to rise | Harbour Times").
        let similar: Vec<usize> = block
            .iter()
            .copied()
            .filter(|&a| {
                block
                    .iter()
                    .any(|&b| a != b && similar_headlines(&doc.lines[a].text, &doc.lines[b].text))
            })
            .collect();
        if similar.is_empty() {
            return None;
        }
        // The wording without a site name (usually the `<h1>`), else the usual choice.
        let plain: Vec<usize> = similar
            .iter()
            .copied()
            .filter(|&i| cores(&doc.lines[i].text).len() == 1)
            .collect();
        let best = best_variant(doc, if plain.is_empty() { &similar } else { &plain });
        let others = block.iter().copied().filter(|&i| i != best).collect();
        // Repeats of the chosen wording right after the block belong to it, as below.
        let last = *block.last()?;
        let mut group = vec![best];
        group.extend(following_repeats(doc, last, &doc.lines[best].text));
        return Some((group, others));
    };
    let anchor = &doc.lines[block[n]].text;
    let (mut group, others): (Vec<usize>, Vec<usize>) = block
        .iter()
        .partition(|&&i| i == block[n] || is_variant(anchor, &doc.lines[i].text));
    // Repeats right after the block belong to it too.
    let last = *block.last()?;
    group.extend(following_repeats(doc, last, anchor));
    Some((group, others))
}

fn set_title(doc: &mut Document<'_>, index: usize) {
    doc.set_title_line(index);
    doc.title = Some(doc.lines[index].text.trim().to_string());
}

/// The first kept lines, up to the first line that reads as body prose.
fn top_window(doc: &Document<'_>) -> Vec<usize> {
    let mut window = Vec::with_capacity(WINDOW);
    for i in doc.kept_indices().take(WINDOW) {
        let text = &doc.lines[i].text;
        let words = words_upto(text, MAX_TITLE_WORDS);
        // A long line ending in a full stop is the lede; a headline may end in "?" or "!".
        let full_stop = text.trim_end().ends_with(['.', '。']) && !is_truncated(text);
        if words > MAX_TITLE_WORDS || (words > 15 && full_stop) {
            break;
        }
        window.push(i);
    }
    window
}

/// Could this line be a headline at all (before comparing it with others)? Headline-shaped (no
/// closing full stop), or cut short with an ellipsis.
fn title_candidate(s: &str) -> bool {
    // Never article prose (`is_prose`: a Hindi sentence closed by a danda is headline-shaped
    // too): the boilerplate pass measured the article's extent from it, and a second run would
    // measure it elsewhere.
    (is_headline_like(s, MAX_TITLE_WORDS)
        || (is_truncated(s)
            && starts_uppercase(s)
            && (3..=MAX_TITLE_WORDS).contains(&words_upto(s, MAX_TITLE_WORDS))))
        && !is_prose(s)
}

/// A line of more words is the article's text, whatever its shape: the boilerplate pass, which
/// runs before this one, takes it for article prose (see `is_prose`), so it must never go as a
/// copy of the headline, or a second run would find the article's extent elsewhere.
const MAX_TITLE_WORDS: usize = crate::passes::boilerplate::MAX_LABEL_WORDS;

/// The first line of the document with the repeats that follow it directly, when it has any. Only
/// the first line can be the title: a title found further down would be printed above the text
/// before it. Repeats must be consecutive so that what is left after them cannot form a new
/// group when the output is cleaned again.
fn repeated_group(doc: &Document<'_>, window: &[usize]) -> Option<Vec<usize>> {
    let &first = window.first()?;
    let a = &doc.lines[first].text;
    if !title_candidate(a) {
        return None;
    }
    let group: Vec<usize> = std::iter::once(first)
        .chain(following_repeats(doc, first, a))
        .collect();
    (group.len() > 1).then_some(group)
}

/// The kept lines right after line `after` that repeat `anchor`, however many there are (a cap
/// would leave repeats that a second cleaning then collapses).
/// A sentence of six words or more, closed by a full stop, is never a repeat: the chrome pass,
/// which runs before this one, takes such a line for the start of the article, and a second run
/// must find the top of the page where the first did. Nor is a line of more than
/// [`MAX_TITLE_WORDS`] words.
fn following_repeats(doc: &Document<'_>, after: usize, anchor: &str) -> Vec<usize> {
    doc.kept_indices()
        .skip_while(|&i| i <= after)
        .take_while(|&i| {
            let t = &doc.lines[i].text;
            // The cheap tests first: the line after the headline is usually the lede.
            !opens_article(t)
                && words_upto(t, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS
                && is_variant(anchor, t)
        })
        .collect()
}

/// With a known headline: the first line and the lines right after it that repeat it.
fn hinted_group(doc: &Document<'_>, window: &[usize], hint: &str) -> Option<Vec<usize>> {
    let &first = window.first()?;
    if !is_variant(hint, &doc.lines[first].text) {
        return None;
    }
    let group: Vec<usize> = std::iter::once(first)
        .chain(following_repeats(doc, first, hint))
        .collect();
    (!group.is_empty()).then_some(group)
}

/// The variant to keep as the title: not a bulleted link (the chrome pass takes a bulleted line
/// above the article for a menu entry, so a second run would drop it), whole rather than cut
/// short, without a site name, not all upper-case, with the least punctuation, earliest.
fn best_variant(doc: &Document<'_>, group: &[usize]) -> usize {
    let words: Vec<usize> = group
        .iter()
        .map(|&i| word_count(&doc.lines[i].text))
        .collect();
    // A line of a section label's length that another one without a site name goes on from
    // (with no ellipsis to say so) is cut short too: chosen as the title, a second run reads it
    // as the label over the lines under it.
    let goes_on_from = |i: usize| {
        let k = key(&doc.lines[i].text);
        !k.is_empty()
            && group.iter().any(|&j| {
                let text = &doc.lines[j].text;
                cores(text).len() == 1
                    && key(text)
                        .strip_prefix(k.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
            })
    };
    let cut: Vec<bool> = group
        .iter()
        .zip(&words)
        .map(|(&i, &w)| {
            is_truncated(&doc.lines[i].text) || (w <= MAX_KICKER_WORDS && goes_on_from(i))
        })
        .collect();
    let shortest_whole = words
        .iter()
        .zip(&cut)
        .filter(|&(_, &cut)| !cut)
        .map(|(&w, _)| w)
        .min()
        .unwrap_or(0);
    group
        .iter()
        .zip(&words)
        .zip(&cut)
        .min_by_key(|&((&i, &w), &cut)| {
            let text = &doc.lines[i].text;
            let punctuation = text.chars().filter(|c| c.is_ascii_punctuation()).count();
            (
                is_bulleted(text),
                cut,
                w > shortest_whole,
                is_all_caps(text),
                punctuation,
                i,
            )
        })
        .map(|((&i, _), _)| i)
        .unwrap_or(group[0])
}

/// The group of headline copies without the lines that are only the site's name: under "Bridge
/// Closes For Repairs | Harbour Times" both "Bridge Closes For Repairs" (the `<h1>`) and
/// "Harbour Times" (the site's name) match a part of the page title. When both parts of a title
/// stand as lines of their own, the site's name is the part at least two words shorter (a site's
/// name is short; a headline of two words is rare), else the later line (the headline usually
/// comes first). The site's name goes as such. With only one part standing alone nothing tells "X -
/// Site" from "Site - X", and the group stays whole.
fn without_site_names(doc: &mut Document<'_>, group: Vec<usize>) -> Vec<usize> {
    let keys: Vec<String> = group.iter().map(|&i| key(&doc.lines[i].text)).collect();
    // Each key's first place in the group, looked up (a search of the group for every
    // separator made thousands of "Headline | Site" copies quadratic).
    let mut first_at: HashMap<&str, usize> = HashMap::with_capacity(keys.len());
    for (n, k) in keys.iter().enumerate() {
        first_at.entry(k.as_str()).or_insert(n);
    }
    let mut is_site = vec![false; group.len()];
    for &i in &group {
        for (left, right) in separator_splits(&doc.lines[i].text) {
            let (left, right) = (key(left), key(right));
            if let (Some(&l), Some(&r)) =
                (first_at.get(left.as_str()), first_at.get(right.as_str()))
            {
                let site = match site_side(&left, &right) {
                    Some(Side::Left) => l,
                    Some(Side::Right) => r,
                    None => l.max(r),
                };
                is_site[site] = true;
            }
        }
    }
    if !is_site.contains(&true) {
        return group;
    }
    for (&i, _) in group.iter().zip(&is_site).filter(|&(_, &site)| site) {
        doc.remove(i, PASS, "site-name", "the site's name under the page title");
    }
    group
        .into_iter()
        .zip(is_site)
        .filter(|&(_, site)| !site)
        .map(|(i, _)| i)
        .collect()
}

/// A side of a page title's separator.
enum Side {
    Left,
    Right,
}

/// The side of a page title ("Headline | Site", "Site - Headline") that is the site's name by its
/// length: at most `MAX_SITE_WORDS` words and at least two fewer than the other side (a site's
/// name is short; a headline of two words is rare). `None` when the lengths do not tell.
fn site_side(left: &str, right: &str) -> Option<Side> {
    let words = |s: &str| words_upto(s, MAX_SITE_WORDS + 1);
    let (lw, rw) = (words(left), words(right));
    if lw + 2 <= rw && lw <= MAX_SITE_WORDS {
        Some(Side::Left)
    } else if rw + 2 <= lw && rw <= MAX_SITE_WORDS {
        Some(Side::Right)
    } else {
        None
    }
}

/// The comparison keys of a line: the whole line, and the line without a short site name before
/// or after a separator.
fn cores(s: &str) -> Vec<String> {
    let mut out = vec![key(s)];
    for (left, right) in separator_splits(s) {
        if words_upto(right, MAX_SITE_WORDS) <= MAX_SITE_WORDS && words_upto(left, 2) >= 2 {
            out.push(key(left));
        }
        if words_upto(left, MAX_SITE_WORDS) <= MAX_SITE_WORDS && words_upto(right, 2) >= 2 {
            out.push(key(right));
        }
    }
    out.retain(|k| !k.is_empty());
    out
}

/// The two sides of every site separator in `s`, at each place one stands.
fn separator_splits(s: &str) -> impl Iterator<Item = (&str, &str)> {
    let candidates = if may_hold_separator(s) {
        SITE_SEPARATORS
    } else {
        &[]
    };
    candidates.iter().flat_map(move |sep| {
        s.match_indices(sep)
            .map(move |(at, _)| (&s[..at], &s[at + sep.len()..]))
    })
}

/// False when the line holds none of [`SITE_SEPARATORS`], found from their second bytes ('–',
/// '—', '·' and '»' start with 0xE2 or 0xC2): most lines skip the eight searches.
fn may_hold_separator(s: &str) -> bool {
    s.bytes()
        .any(|b| matches!(b, b'-' | b'|' | b':' | b'/' | 0xE2 | 0xC2))
}

/// The line's comparison key without a site name: the longest part left when a short site name is
/// cut off, or the whole line.
fn without_site(s: &str) -> String {
    let mut cores = cores(s);
    if cores.len() > 1 {
        cores.swap_remove(0);
    }
    cores
        .into_iter()
        .max_by_key(|c| c.len())
        .unwrap_or_default()
}

/// True when `a` and `b` are the same headline.
pub fn is_variant(a: &str, b: &str) -> bool {
    let (ca, cb) = (cores(a), cores(b));
    if ca.iter().any(|x| cb.contains(x)) {
        return true;
    }
    truncated_prefix_of(a, &cb) || truncated_prefix_of(b, &ca)
}

/// The first of `lines` that a later one repeats in the sense of [`is_variant`]. Each line's
/// comparison keys are built once and shared ones found by a table, not by comparing every pair:
/// that made a page with thousands of menu lines above the article quadratic. A line cut short
/// with an ellipsis is compared with every other, for the first [`MAX_TRUNCATED`] such lines.
pub fn first_repeated<'s>(lines: impl Iterator<Item = &'s str>) -> Option<usize> {
    let lines: Vec<&str> = lines.collect();
    let cores: Vec<Vec<String>> = lines.iter().map(|s| cores(s)).collect();
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (n, cs) in cores.iter().enumerate() {
        for c in cs {
            last.insert(c, n);
        }
    }
    let mut best = (0..cores.len())
        .find(|&n| {
            cores[n]
                .iter()
                .any(|c| last.get(c.as_str()).is_some_and(|&m| m > n))
        })
        .unwrap_or(usize::MAX);
    let truncated = lines
        .iter()
        .enumerate()
        .filter_map(|(x, s)| truncated_stem(s).map(|stem| (x, stem)))
        .take(MAX_TRUNCATED);
    for (x, stem) in truncated {
        for (y, cs) in cores.iter().enumerate() {
            if y != x && x.min(y) < best && starts_a_core(&stem, cs) {
                best = x.min(y);
            }
        }
    }
    (best < lines.len()).then_some(best)
}

/// How many lines cut short with an ellipsis [`first_repeated`] compares with every other line.
const MAX_TRUNCATED: usize = 64;

/// Two wordings of one headline: at least three words in common, and at least half the words of
/// the shorter line, site names left out.
fn similar_headlines(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = without_site(s)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let (wa, wb) = (words(a), words(b));
    let shared = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
    let shorter = wa.len().min(wb.len());
    shared >= 3 && shared * 2 >= shorter
}

/// `s` is cut short with an ellipsis and what is left starts one of `cores`.
fn truncated_prefix_of(s: &str, cores: &[String]) -> bool {
    truncated_stem(s).is_some_and(|stem| starts_a_core(&stem, cores))
}

/// `stem` starts one of `cores` and is shorter than it.
fn starts_a_core(stem: &str, cores: &[String]) -> bool {
    cores
        .iter()
        .any(|c| c.len() > stem.len() && c.starts_with(stem))
}

/// The key of what is left of `s` when it is cut short with an ellipsis, of three words or more.
fn truncated_stem(s: &str) -> Option<String> {
    if !is_truncated(s) {
        return None;
    }
    let stem = key(s.trim_end().trim_end_matches(['.', '…']));
    (words_upto(&stem, 3) >= 3).then_some(stem)
}

/// No other kept line shares the line's paragraph.
fn stands_alone(doc: &Document<'_>, index: usize) -> bool {
    !doc.paragraph_lines(index)
        .any(|i| i != index && doc.lines[i].is_kept())
}

/// Line `index` opens the kept text, and among the few lines under it, in its paragraph, stands
/// a sentence of more words than text wrapped at a width holds on a line: a scrape with
/// paragraphs one to a line and no blank lines between them.
fn over_unwrapped_paragraphs(doc: &Document<'_>, index: usize) -> bool {
    if doc.kept_indices().next() != Some(index) {
        return false;
    }
    let under: Vec<usize> = doc
        .paragraph_lines(index)
        .filter(|&i| i > index && doc.lines[i].is_kept())
        .take(3)
        .collect();
    unwrapped_sentence_in(doc, &under, 3)
}

/// One of the first `n` of `lines` is a sentence of more words than text wrapped at a width
/// holds on a line.
fn unwrapped_sentence_in(doc: &Document<'_>, lines: &[usize], n: usize) -> bool {
    lines.iter().take(n).any(|&i| {
        let t = &doc.lines[i].text;
        ends_sentence(t) && words_upto(t, UNWRAPPED_WORDS) >= UNWRAPPED_WORDS
    })
}

/// Text wrapped at 80 columns holds at most some 16 words a line, at 100 some 18.
const UNWRAPPED_WORDS: usize = 24;

/// Body prose follows: within the next lines there is a sentence of some length.
fn body_follows(doc: &Document<'_>, index: usize) -> bool {
    doc.kept_indices()
        .skip_while(|&i| i <= index)
        .take(20)
        .any(|i| {
            let t = &doc.lines[i].text;
            ends_sentence(t) && words_upto(t, 8) >= 8
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Config;

    fn run(input: &str) -> (Option<String>, Vec<String>) {
        let mut doc = Document::parse(input);
        Config::with_passes(&["normalize", "title"])
            .unwrap()
            .run(&mut doc);
        let removed = doc.removals().map(|(_, l, _)| l.text.to_string()).collect();
        (doc.title, removed)
    }

    const BODY: &str =
        "The council voted on Tuesday to close the old bridge for repairs next spring.";

    #[test]
    fn every_separator_passes_the_byte_filter() {
        for sep in SITE_SEPARATORS {
            assert!(may_hold_separator(sep), "{sep:?}");
        }
    }

    #[test]
    fn a_section_label_over_the_title_block_goes() {
        let h = "Harbour port trials robot cranes to speed up unloading";
        let (title, removed) = run(&format!("ai and ml\n{h}\n{h}\n\n{BODY}"));
        assert_eq!(title.as_deref(), Some(h));
        assert_eq!(removed, ["ai and ml", h]);
        // A short line repeated under a label is as often a menu's: the label is not taken
        // for a kicker over it.
        let (_, removed) = run(&format!(
            "ai and ml\nClose the menu\nClose the menu\n\n{BODY}"
        ));
        assert!(!removed.iter().any(|r| r == "ai and ml"), "{removed:?}");
    }

    #[test]
    fn the_site_name_is_the_short_part_of_the_page_title() {
        let page = "Harbour ferry fares to rise | Harbour Times";
        for lines in [
            [page, "Harbour Times", "Harbour ferry fares to rise"],
            [page, "Harbour ferry fares to rise", "Harbour Times"],
            [
                "Harbour Times | Harbour ferry fares to rise",
                "Harbour Times",
                "Harbour ferry fares to rise",
            ],
        ] {
            let (title, removed) = run(&format!("{}\n\n{BODY}", lines.join("\n")));
            assert_eq!(
                title.as_deref(),
                Some("Harbour ferry fares to rise"),
                "{lines:?}"
            );
            assert!(removed.iter().any(|r| r == "Harbour Times"), "{lines:?}");
        }
    }

    #[test]
    fn exact_repeats_collapse() {
        let (title, removed) = run(&format!("Bridge to close\n\nBridge to close\n\n{BODY}"));
        assert_eq!(title.as_deref(), Some("Bridge to close"));
        assert_eq!(removed, ["Bridge to close"]);
    }

    #[test]
    fn case_punctuation_site_name_and_ellipsis_variants_collapse() {
        let input = format!(
            "BRIDGE TO CLOSE FOR REPAIRS\nBridge to close for repairs - City News\nCity News | Bridge to close, for repairs\nBridge to close for…\n\n{BODY}"
        );
        let (title, removed) = run(&input);
        // Whole and without a site name wins over letter case.
        assert_eq!(title.as_deref(), Some("BRIDGE TO CLOSE FOR REPAIRS"));
        assert_eq!(removed.len(), 3);
    }

    #[test]
    fn a_paragraph_is_no_copy_of_a_headline_it_starts_with() {
        // A page-top teaser cut off after the headline's words, then the paragraph itself, cut
        // off too: more words than any headline has, so it is article text, not a title copy.
        let paragraph = "Bridge to close for repairs as the council votes on Tuesday to shut the old crossing next spring while engineers replace the rusted girders and the ferry service doubles its sailings to carry thousands of commuters who would otherwise face a long detour around the estuary every…";
        let (title, removed) = run(&format!("Bridge to close for…\n\n{paragraph}\n\n{BODY}"));
        assert_eq!(title, None);
        assert!(removed.is_empty(), "{removed:?}");
    }

    #[test]
    fn the_sites_name_under_the_page_title_is_no_headline() {
        // Both parts of the page title stand alone: the later one is the site's name.
        for input in [
            format!(
                "Bridge Closes For Repairs | Harbour Times\nBridge Closes For Repairs\nHarbour Times\n\n{BODY}"
            ),
            format!(
                "Bridge Closes For Repairs | Harbour Times\n\nBridge Closes For Repairs\n\nHarbour Times\n\n{BODY}"
            ),
        ] {
            let (title, removed) = run(&input);
            assert_eq!(
                title.as_deref(),
                Some("Bridge Closes For Repairs"),
                "{input}"
            );
            assert_eq!(
                removed,
                ["Bridge Closes For Repairs | Harbour Times", "Harbour Times"],
                "{input}"
            );
        }
        // Only one part alone: "Site - Headline" or "Headline - Site" cannot be told apart, and
        // the short line is the headline, as before.
        let (title, _) = run(&format!(
            "BBC News - Bridge closes\nBridge closes\n\n{BODY}"
        ));
        assert_eq!(title.as_deref(), Some("Bridge closes"));
    }

    #[test]
    fn prefers_the_plain_headline() {
        let (title, _) = run(&format!(
            "Bridge to close - Reuters\nBridge to close\n\n{BODY}"
        ));
        assert_eq!(title.as_deref(), Some("Bridge to close"));
    }

    #[test]
    fn a_headline_with_a_dash_in_it_is_not_cut() {
        assert!(!is_variant(
            "\"The U.S.A has a fake news problem\" - Trump",
            "Trump"
        ));
        assert!(is_variant(
            "\"The U.S.A has a fake news problem\" - Trump - Reuters",
            "\"The U.S.A has a fake news problem\" - Trump"
        ));
    }

    #[test]
    fn body_starting_like_the_headline_is_body() {
        let input = "Bridge to close\n\nBridge to close for two years, the council said on Tuesday after a long meeting.";
        let (title, removed) = run(input);
        assert_eq!(title.as_deref(), Some("Bridge to close"));
        assert!(removed.is_empty());
    }

    #[test]
    fn single_headline_needs_body_after_it() {
        assert_eq!(
            run(&format!("Bridge to close\n\n{BODY}")).0.as_deref(),
            Some("Bridge to close")
        );
        assert_eq!(run("Bridge to close\n\nshort words").0, None);
        assert_eq!(run(&format!("It closed.\n\n{BODY}")).0, None);
    }

    #[test]
    fn a_title_hint_makes_a_single_line_the_title() {
        let mut doc = Document::parse("Bridge to close - City News\n\nshort words");
        let mut config = Config::with_passes(&["normalize", "title"]).unwrap();
        config.title_hint = Some("Bridge to close".into());
        config.run(&mut doc);
        assert_eq!(doc.title.as_deref(), Some("Bridge to close - City News"));
        assert_eq!(doc.kept_paragraphs(), vec![vec!["short words"]]);
    }

    #[test]
    fn a_headline_over_paragraphs_without_blank_lines() {
        let para = "The harbour ferry company will raise its fares by about 20 percent from April, the first increase in six years, the operator said on Tuesday.";
        let (title, _) = run(&format!(
            "Harbour ferry fares to rise next spring\n{para}\n{para}"
        ));
        assert_eq!(
            title.as_deref(),
            Some("Harbour ferry fares to rise next spring")
        );
        // Text wrapped at a width: the first line starts a sentence.
        let (title, _) = run(
            "Harbour ferry fares will rise by a fifth next\nspring, the operator said on Tuesday after a\nmeeting with the city's transport committee.",
        );
        assert_eq!(title, None);
        // Under another kept line (a label), the headline-shaped line does not open the text.
        let (title, _) = run(&format!("Home\n\nHarbour ferry fares to rise\n{para}"));
        assert_eq!(title, None);
    }

    #[test]
    fn a_dateline_alone_on_its_line_is_no_title() {
        let para = "The harbour ferry company will raise its fares by about 20 percent from April, the first increase in six years, the operator said on Tuesday.";
        for sep in ["\n", "\n\n"] {
            let input = format!("WASHINGTON (AP) —{sep}{para}{sep}{para}");
            let mut doc = Document::parse(&input);
            Config::with_passes(&["normalize", "wire", "title"])
                .unwrap()
                .run(&mut doc);
            assert_eq!(doc.title, None, "{sep:?}");
        }
    }

    #[test]
    fn article_prose_is_never_a_title_candidate() {
        // Were a prose line removed as a headline's copy, a second run would measure the
        // article's extent (which the boilerplate pass took from it) from another line.
        for line in [
            "Harbour Times review: the new ferry is quieter and faster than the old one, but is it really worth the higher fare for the daily commuters?",
            "Harbour Times review: the new ferry is quieter, but is it worth the fare?",
            "Council votes to close the Harbour Street bridge for two years.",
            "नगर परिषद ने मंगलवार को पुराने पुल को दो साल के लिए बंद करने का फैसला किया।",
        ] {
            assert!(!(is_prose(line) && title_candidate(line)), "{line}");
        }
    }

    #[test]
    fn a_title_block_running_into_the_body() {
        let para = "The harbour ferry company will raise its fares by about 20 percent from April, the first increase in six years, the operator said on Tuesday.";
        let (title, removed) = run(&format!(
            "Ferry fares to rise next spring - Harbour Times\nFerry fares to rise next spring\nPart of our Harbour Transport series\n{para}\n{para}"
        ));
        assert_eq!(title.as_deref(), Some("Ferry fares to rise next spring"));
        // The body's own short line under the block is no other wording of the headline.
        assert_eq!(
            removed,
            vec!["Ferry fares to rise next spring - Harbour Times"]
        );
        // A body sentence of a line, headline-shaped as a question is, ends the block (else
        // five lines would be too many for one).
        let question = "Cheap fares are why some commuters are able to cross the harbour every day while others think about it … but never actually make the trip?";
        let (title, _) = run(&format!(
            "Harbour's ferry fares to rise - Harbour Times\nHarbour's ferry fares to rise next spring\nHarbour’s ferry fares to rise next spring\nJane Doe\n{question}\n{para}"
        ));
        assert!(title.is_some_and(|t| t.ends_with("ferry fares to rise next spring")));
    }

    #[test]
    fn title_block_of_title_og_title_and_h1() {
        let input = format!(
            "Delhi air pollution: the law behind it - Vox\nThe law that's helping fuel Delhi's air pollution\nThe law that's helping fuel Delhi's air pollution\n\n{BODY}"
        );
        let (title, removed) = run(&input);
        assert_eq!(
            title.as_deref(),
            Some("The law that's helping fuel Delhi's air pollution")
        );
        assert_eq!(removed.len(), 2);
        // Without a repeat inside it, a first paragraph of short lines is not a title block.
        let (title, removed) = run(&format!(
            "Key dates\nBridge closes in March\nDetours for two years\n\n{BODY}"
        ));
        assert_eq!(title, None);
        assert!(removed.is_empty());
    }

    #[test]
    fn the_sites_name_in_a_block_of_alike_headlines_is_no_headline() {
        // No line repeats another; two tell the headline alike. The site's name, shortest and
        // without a site suffix, was chosen as the title before.
        let (title, removed) = run(&format!(
            "Harbour ferry fares to rise next year | Harbour Times\nHarbour Times\nFerry fares on the harbour route to rise next year\n\n{BODY}"
        ));
        assert_eq!(
            title.as_deref(),
            Some("Ferry fares on the harbour route to rise next year")
        );
        assert_eq!(
            removed,
            vec![
                "Harbour ferry fares to rise next year | Harbour Times",
                "Harbour Times"
            ]
        );
    }

    #[test]
    fn a_label_length_copy_cut_short_is_not_the_title() {
        // Chosen as the title, "Ferry fares rise" would read as a section label over the rest
        // on a second run (as a fuzz input found in Chinese).
        let (title, removed) = run(&format!(
            "Ferry fares rise\nFerry fares rise sharply\n\n{BODY}"
        ));
        assert_eq!(title.as_deref(), Some("Ferry fares rise sharply"));
        assert_eq!(removed, ["Ferry fares rise"]);
        // Longer, it is a headline of its own length: the shorter wording wins, as ever.
        let (title, _) = run(&format!(
            "Ferry fares to rise\nFerry fares to rise sharply next year\n\n{BODY}"
        ));
        assert_eq!(title.as_deref(), Some("Ferry fares to rise"));
    }

    #[test]
    fn a_repeated_label_over_a_title_block_is_a_label() {
        // "Harbour News" was the title, over the block; a second run found it standing alone
        // over the block, took it for a label and the block's headline for the title. So too
        // when its copies share a paragraph.
        for labels in ["Harbour News\n\nHarbour News", "Harbour News\nHarbour News"] {
            let (title, removed) = run(&format!(
                "{labels}\n\nHarbour ferry fares to rise next year | Harbour Times\nFerry fares on the harbour route to rise next year\n\n{BODY}"
            ));
            assert_eq!(
                title.as_deref(),
                Some("Ferry fares on the harbour route to rise next year")
            );
            assert_eq!(removed.len(), 3, "{removed:?}");
        }
        // A repeated headline over other lines stays the title.
        let (title, _) = run(&format!(
            "Harbour ferry fares to rise next year\nHarbour ferry fares to rise next year\n\nFerry fares rise\nFerry fares rise sharply\n\n{BODY}"
        ));
        assert_eq!(
            title.as_deref(),
            Some("Harbour ferry fares to rise next year")
        );
    }

    #[test]
    fn a_wrapped_line_is_not_a_title() {
        let input = "The council voted on Tuesday to close the old\nbridge for repairs next spring, officials said.";
        assert_eq!(run(input).0, None);
    }

    #[test]
    fn a_page_title_with_no_article_is_the_title() {
        // A scrape that got only the page's <title> and the site's name under it.
        let (title, removed) = run("Fire destroys old mill in town - Entermedia\nEnter Media\n\n");
        assert_eq!(
            title.as_deref(),
            Some("Fire destroys old mill in town - Entermedia")
        );
        assert_eq!(removed, vec!["Enter Media"]);
        let (title, removed) = run("Ein Feuer zerstört die alte Mühle | Lokalzeitung");
        assert!(title.is_some());
        assert!(removed.is_empty());
    }

    #[test]
    fn a_page_title_over_anything_else_is_left_to_the_other_rules() {
        for input in [
            // Prose under it: an article, however short.
            "Fire destroys old mill in town - Entermedia\nFire crews worked all night.",
            // No site name after a separator: not a page title.
            "Fire destroys old mill in town\nEnter Media",
            // Under it a date, a byline, more than two lines, or punctuation: not a site's name.
            "Fire destroys old mill in town - Entermedia\nUpdated 5 March",
            "Fire destroys old mill in town - Entermedia\nBy Jane Doe",
            "Fire destroys old mill in town - Entermedia\nOne\nTwo\nThree",
            "Fire destroys old mill in town - Entermedia\nCity council, fire crews",
            // Apart from the title, or in lower case: not the site's name under it.
            "Fire destroys old mill in town - Entermedia\n\nEnter Media",
            "Fire destroys old mill in town - Entermedia\nshort words",
        ] {
            let (_, removed) = run(input);
            assert!(removed.is_empty(), "{input:?}: {removed:?}");
        }
        assert_eq!(run("Fire destroys old mill in town\nEnter Media").0, None);
    }

    #[test]
    fn first_repeated_finds_the_first_pair_as_comparing_every_pair_does() {
        use super::{first_repeated, is_variant};
        let lines = [
            "Menu",
            "Bridge to close for two years - Harbour Times",
            "Ferry fares to rise next year",
            "Harbour Times | Ferry fares to rise next year",
            "Bridge to close for…",
            "Ferry fares to rise next year as fuel costs climb",
            "Bridge to close for two years",
            "Weather",
        ];
        let brute = |lines: &[&str]| {
            (0..lines.len()).find(|&n| lines[n + 1..].iter().any(|b| is_variant(lines[n], b)))
        };
        // Every window of the list, and the list reversed, so each kind of pair comes first.
        let mut reversed = lines;
        reversed.reverse();
        for list in [lines, reversed] {
            for from in 0..list.len() {
                for to in from..=list.len() {
                    let part = &list[from..to];
                    assert_eq!(
                        first_repeated(part.iter().copied()),
                        brute(part),
                        "{part:?}"
                    );
                }
            }
        }
    }
}
