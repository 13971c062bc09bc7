//! Truncated teasers at the end of a page: the cards a site shows below an article ("Binge
//! eating disorder is the most common type of eating disorder. This article looks at the
//! symptoms, causes and…", "Houston's economy might not be as hot as it looks — and...") carry
//! other articles' descriptions cut off with an ellipsis. No heading introduces them and they
//! are sentence-shaped, so the related pass (headlines) and the tails (markers) miss them; the
//! cut-off ends are what gives them away.
//!
//! Guards keep article text safe: the run starts at a truncated line, reaches the end of the
//! document, holds only short paragraphs (an article's paragraphs run longer), holds at least
//! three truncated lines cut to about the same length (two in a bulleted list), at least one in
//! four of its sentences, and follows enough article prose.
//! An ellipsis inside closing quotes ("...he said, 'we'll see...'") is speech, not a cut.

use crate::document::Document;
use crate::passes::boilerplate::line_is_article_prose;
use crate::passes::chrome::is_bulleted;
use crate::passes::related::is_link_headline;
use crate::pipeline::{Config, Pass};
use crate::text::{ends_sentence, is_truncated, words_upto};

pub struct TruncatedTeasers;

const PASS: &str = "teasers";

/// A teaser card's description is short; a longer paragraph ends the run.
const MAX_TEASER_WORDS: usize = 60;
/// A truncated line shorter than this is a cut-off headline or a label, not a description.
const MIN_TRUNCATED_WORDS: usize = 5;
/// Truncated lines a run needs, at least, cut to the same length: a site cuts its teasers at a
/// fixed budget of characters ("...Learn more about the…" at 143 to 148 characters, headlines
/// at 48 to 58), while an article that ends on sentences trailing off ("A dog. The lights of
/// the mainland...", "...and the island waits...") or a blog that builds suspense ("The next
/// big challenge is …") has them at any length.
const MIN_TRUNCATED: usize = 3;
/// Lengths within this ratio (longest to shortest, in percent) count as one budget: cuts fall
/// at a word boundary before the limit.
const BUDGET_SPREAD_PERCENT: usize = 125;
/// Or this many cut-off list items ("* Houston's economy might not be as hot as it looks —
/// and..."): a bulleted list of cut-off lines is a link list, never the article's prose.
const MIN_LISTED_TRUNCATED: usize = 2;
/// One line in this many of the run, at least, is truncated.
const TRUNCATED_SHARE: usize = 4;
/// Words a line counts at most towards the article prose before the run.
const MAX_LINE_WORDS: usize = 200;

fn is_cut_off(text: &str) -> bool {
    is_truncated(text) && words_upto(text, MIN_TRUNCATED_WORDS) >= MIN_TRUNCATED_WORDS
}

/// At least `MIN_TRUNCATED` of the lengths lie within one budget's spread. Sorts in place.
fn same_budget(lengths: &mut [usize]) -> bool {
    lengths.sort_unstable();
    let mut low = 0;
    for high in 0..lengths.len() {
        while lengths[high] * 100 > lengths[low] * BUDGET_SPREAD_PERCENT {
            low += 1;
        }
        if high + 1 - low >= MIN_TRUNCATED {
            return true;
        }
    }
    false
}

/// The first line of the trailing teaser run, if the document ends with one.
fn teaser_run_start(doc: &Document<'_>, min_prose: usize) -> Option<usize> {
    // Most documents have no cut-off line at all: a look at each line's last bytes settles it
    // before any word is counted.
    let ellipses = doc
        .kept_indices()
        .filter(|&i| is_truncated(&doc.lines[i].text))
        .take(MIN_LISTED_TRUNCATED)
        .count();
    if ellipses < MIN_LISTED_TRUNCATED.min(MIN_TRUNCATED) {
        return None;
    }
    // Walk up from the end while lines stay short, counting the truncated ones; the run may
    // start at any truncated line on the way that keeps the share high enough (`starts`, bottom
    // up). The topmost one with enough article prose above it wins, so a second cleaning finds
    // nothing more: the ones above it lack the prose, and keep lacking it.
    let (mut lines, mut listed) = (0, 0);
    let mut starts = Vec::new();
    let mut cut_lengths = Vec::new();
    // Once some lengths share a budget, more lengths keep them sharing it: no need to sort
    // again (sorting them for every cut-off line made a long run quadratic). Until then the
    // lengths are few: without three within one spread, each pair of them grows by a quarter.
    let mut budget = false;
    for i in doc.kept_indices().rev() {
        let text = doc.lines[i].text.as_ref();
        if doc.lines[i].is_blank() {
            continue;
        }
        let words = words_upto(text, MAX_TEASER_WORDS + 1);
        if words > MAX_TEASER_WORDS {
            break;
        }
        // Labels, menu words and headlines ("DH Picks", "Comments (+)", "* New car sales
        // plunge 10 percent") neither count for nor against the run: later passes take them as
        // chrome or related links, and a second cleaning must see the same share without them.
        // Only sentences weigh against the cut-off lines; a headline that ends in "!" or "?"
        // is a headline all the same (the related pass takes it).
        if words < MIN_TRUNCATED_WORDS
            || !ends_sentence(text)
            || !is_truncated(text) && is_link_headline(text)
        {
            continue;
        }
        lines += 1;
        if is_cut_off(text) {
            cut_lengths.push(text.trim().chars().count());
            listed += usize::from(is_bulleted(text));
            budget = budget || cut_lengths.len() >= MIN_TRUNCATED && same_budget(&mut cut_lengths);
            let enough = listed >= MIN_LISTED_TRUNCATED || budget;
            if enough && cut_lengths.len() * TRUNCATED_SHARE >= lines {
                starts.push(i);
            }
        }
    }
    // Top down, measuring the prose above each start once. (Taking only the topmost start left
    // a cut-off line in the title block, which the title pass removes later, to veto the run:
    // a second cleaning, without it, cut.)
    let mut prose = 0;
    let mut above = doc.kept_indices().peekable();
    for &start in starts.iter().rev() {
        while let Some(i) = above.next_if(|&i| i < start) {
            if line_is_article_prose(doc, i) {
                prose += doc.words_upto(i, MAX_LINE_WORDS);
            }
        }
        if prose >= min_prose {
            return Some(start);
        }
    }
    None
}

impl Pass for TruncatedTeasers {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "drop other articles' teaser cards, cut off with an ellipsis, at the end of the page"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        cut_teaser_run(doc, config);
    }
}

/// The pass itself; the main-block pass looks for the run again after it removed prose below
/// the article (see there).
pub(crate) fn cut_teaser_run(doc: &mut Document<'_>, config: &Config) {
    let min_prose = config.mode.thresholds().tail_min_prose_words;
    if min_prose == usize::MAX {
        return;
    }
    let Some(start) = teaser_run_start(doc, min_prose) else {
        return;
    };
    let run: Vec<usize> = doc
        .kept_indices()
        .filter(|&i| i >= start && !doc.lines[i].is_blank())
        .collect();
    for i in run {
        doc.remove(
            i,
            PASS,
            "truncated-teasers",
            "other articles' teasers, cut off with an ellipsis, at the end of the page",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::testing::removed_lines;

    const PROSE: &str = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes for at least two years, officials said.";

    fn article(paragraphs: usize) -> String {
        format!("{PROSE}\n\n").repeat(paragraphs)
    }

    #[test]
    fn a_trailing_run_of_cut_off_teasers_goes() {
        let teasers = [
            "Binge eating is the most common type of eating disorder. This article looks at its symptoms, its causes and what…",
            "Meal planning was first studied in the 1980s. Learn more about the history of the idea.",
            "Eating disorders are characterized by disturbed eating habits, and they are quite common. This article describes six of the…",
            "Many doctors believe that a mix of genetic, social and psychological factors may contribute to the development of an eating…",
        ];
        let input = format!("{}{}\n", article(4), teasers.join("\n\n"));
        let removed = removed_lines(&["normalize", "teasers"], &input);
        assert_eq!(removed, teasers);
    }

    #[test]
    fn the_run_stops_at_a_long_paragraph() {
        let long = format!("{PROSE} {PROSE} Officials said the work would start soon...");
        let teasers = "* Houston's economy might not be as hot as it looks — and...\n\n* Police say the double murder was domestic-related …";
        let input = format!("{}{long}\n\n{teasers}\n", article(3));
        let removed = removed_lines(&["normalize", "teasers"], &input);
        assert_eq!(removed, teasers.split("\n\n").collect::<Vec<_>>());
    }

    #[test]
    fn speech_trailing_off_and_a_single_ellipsis_stay() {
        // One trailing-off last paragraph is the article's own ending.
        let input = format!(
            "{}And then, as always, the long wait for the next train began...\n",
            article(4)
        );
        assert!(removed_lines(&["normalize", "teasers"], &input).is_empty());
        // An ellipsis inside closing quotes is speech.
        let input = format!(
            "{}“We will see what happens...”\n\n“Nobody knows where it ends...”\n",
            article(4)
        );
        assert!(removed_lines(&["normalize", "teasers"], &input).is_empty());
        // Too few truncated lines for the run.
        let input = format!(
            "{}The mayor paused before answering the last question...\n\nShe said the decision was final.\n\nThe bridge closes in May.\n\nCommuters were told to plan ahead.\n\nThe next meeting will review the detour routes...\n\nA vote follows in June.\n\nThe budget is set.\n\nWork starts in spring.\n\nThe end.\n",
            article(4)
        );
        assert!(removed_lines(&["normalize", "teasers"], &input).is_empty());
    }

    #[test]
    fn two_trailing_off_paragraphs_stay() {
        let input = format!(
            "{}By nine o'clock the front was empty. A few gulls. A dog. The lights of the mainland...\n\n“You hear yourself think,” said Hale.\n\nThe ferry returns in April, and until then the island waits...\n",
            article(4)
        );
        assert!(removed_lines(&["normalize", "teasers"], &input).is_empty());
    }

    #[test]
    fn a_cut_off_line_above_the_article_does_not_veto_the_run() {
        // The page's own teaser of the story sits in the title block, cut off like the cards
        // below: the run still starts at the first card with enough prose above it.
        let input = format!(
            "Bridge to close\nThe council voted on Tuesday to close the old bridge for two years…\n\n{SHORT}\n\n{SHORT}\n\n{CARDS}"
        );
        let removed = removed_lines(&["normalize", "teasers"], &input);
        let cards: Vec<&str> = CARDS.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(removed, cards);
    }

    /// Three teaser cards cut off at one length budget.
    const CARDS: &str = "Binge eating is the most common eating disorder. This article looks at what…\n\nEating disorders are quite common. This article describes six of the most common…\n\nMany doctors believe that several factors may contribute to the development of an…\n";

    /// A paragraph of 39 words: two of them are enough prose before a run, one alone is not.
    const SHORT: &str = "The council voted on Tuesday to close the old harbour bridge for repairs, a decision that will force thousands of commuters onto longer routes across the river for at least two years while engineers replace the rusted steel girders.";

    #[test]
    fn teasers_with_little_prose_before_stay() {
        let input = format!("{PROSE}\n\n{CARDS}");
        assert!(removed_lines(&["normalize", "teasers"], &input).is_empty());
    }
}
