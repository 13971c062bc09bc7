//! Page chrome in whole-page text dumps: navigation and menu runs, link lists, footer links —
//! found from the text alone, by shape and position.
//!
//! The article is the span from its first to its last prose line (a sentence of some length).
//! Before it, when there are at least six short non-sentence lines (a menu, not a kicker and a
//! dateline), those lines go — except the headline, which is kept for the title pass. After it,
//! a run of two or more short non-sentence lines at the very end is footer and link lists.
//! Inside it, only bulleted link items go. Sentences are never removed here, nor lists the
//! article introduces with a colon, nor numbered, bracketed or date-led list items.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Document, Flag, LineList};
use crate::passes::boilerplate::{Boilerplate, article_extent, line_is_boilerplate};
use crate::passes::byline::Byline;
use crate::passes::byline::parse_byline;
use crate::passes::captions::is_caption;
use crate::passes::head_label;
use crate::passes::related::{self, TrailingRelatedLinks, is_aged_headline, is_link_headline};
use crate::passes::repeated_labels::RepeatedLabels;
use crate::passes::title::{first_repeated, is_variant};
use crate::pipeline::{Config, Pass};
use crate::text::{
    ends_full_stop, ends_sentence, is_headline_like, is_list_item, is_own_data,
    signs_embedded_post, words_upto,
};

pub struct PageChrome;

const PASS: &str = "chrome";

/// Lines at the top or bottom up to this many words can be chrome.
pub(crate) const MAX_EDGE_WORDS: usize = 20;
/// Lines of a list the article introduces with a colon are at most this long.
const MAX_ITEM_WORDS: usize = 12;

/// List bullets as text dumps of pages write them (lynx and html2text use "*", "+" and "o").
/// Words a standfirst's point has at least ("Fuel duty frozen for tenth year"); a menu's entries
/// have fewer.
const KEY_POINT_WORDS: usize = 4;

static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[*+•·▪►▶]|o\s+\p{Lu})\s*").expect("bullet pattern is valid")
});

/// The line starts with a list bullet of a page dump ("* ", "• ", "o Word").
pub(crate) fn is_bulleted(s: &str) -> bool {
    BULLET.is_match(s)
}

impl Pass for PageChrome {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove menus, link lists and footer lines around and inside the article (by shape and position)"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        let cut_bottom = trim_chrome(doc, config);
        // Footer lines taken from the end may bare a run of other stories' headlines that the
        // related pass, before this one, found covered: a second cleaning would take it. The
        // related pass looks at the new end now, and what it takes may bare more footer.
        if cut_bottom && config.runs("related") {
            let before = removal_count(doc);
            related::strip_at_end(doc, config);
            if removal_count(doc) > before {
                trim_chrome(doc, config);
            }
        }
        // A label from the page's head that came back more than once when the head-label pass
        // counted may come back once now that later passes took some of its copies (as a
        // repeat, in a link list, as chrome): a second cleaning would cut there. It is counted
        // again after this last pass that takes lines at the article's end, and after a cut the
        // passes that measure the article's end look again (as after related takes prose).
        if config.runs("head-label") && head_label::cut_after_head_label(doc, config) {
            config.run_again(
                doc,
                &[
                    &Boilerplate,
                    &Byline,
                    &RepeatedLabels,
                    &TrailingRelatedLinks,
                ],
            );
            trim_chrome(doc, config);
        }
    }
}

/// Lines removed so far, by any pass.
fn removal_count(doc: &Document<'_>) -> usize {
    doc.removals().count()
}

/// The pass's own work: menus above, link lists below and bulleted links inside the article.
/// True when it took lines below the article.
fn trim_chrome(doc: &mut Document<'_>, config: &Config) -> bool {
    let kept = doc.kept();
    let Some((first, last)) = article_extent(doc, &kept) else {
        return false; // no article prose to anchor on: leave the document alone
    };
    trim_top(doc, &kept[..first], config);
    let tail = &kept[last + 1..];
    trim_bottom(
        doc,
        &kept[..=last],
        tail,
        config.mode.thresholds().min_bottom_run,
    );
    let cut_bottom = tail.iter().any(|&i| !doc.lines[i as usize].is_kept());
    trim_inside(doc, &kept[first..=last]);
    cut_bottom
}

/// [`line_is_label`] with [`MAX_EDGE_WORDS`], computed once per line.
pub(crate) fn line_is_edge_label(doc: &Document<'_>, i: usize) -> bool {
    doc.line_flag(i, Flag::EdgeLabel, |_| {
        line_is_label(doc, i, MAX_EDGE_WORDS)
    })
}

/// Line `i` of `doc` is a label: a line of at most `max_words` words that is
/// not a sentence, not a list item, and does not introduce a list; or a line of bare
/// punctuation. Its words are counted once per line and shared with the other passes.
pub(crate) fn line_is_label(doc: &Document<'_>, i: usize, max_words: usize) -> bool {
    label_by(&doc.lines[i].text, max_words, |limit| {
        doc.words_upto(i, limit)
    })
}

/// A label, given the line's words counted up to a limit (trailing space adds no word).
fn label_by(s: &str, max_words: usize, words_upto: impl Fn(usize) -> usize) -> bool {
    let t = s.trim_end();
    if ends_sentence(t) || t.ends_with(':') {
        return words_upto(0) == 0;
    }
    let words = words_upto(max_words);
    words == 0 || (words <= max_words && !is_list_item(t))
}

/// The headline among the lines above the article: the line matching the title hint, else the
/// first line repeated there (title and h1), else the first headline-shaped line. (Choosing by
/// order, not by length, keeps the choice the same when the output is cleaned again.)
fn headline(doc: &Document<'_>, top: &[u32], config: &Config) -> Option<usize> {
    let candidates: Vec<usize> = top
        .lines()
        .filter(|&i| {
            let t = &doc.lines[i].text;
            is_headline_like(t, 30)
                && words_upto(t, 3) >= 3
                && !BULLET.is_match(t)
                && !is_list_item(t)
        })
        .collect();
    // Headlines with their ages ("... ~5 hours ago"), two different ones or more, are a feed of
    // other stories: none of them is the page's headline. (One alone, repeated in capitals
    // and as written, can be the headline with its own age.)
    let aged: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| is_aged_headline(&doc.lines[i].text))
        .collect();
    let differ = |a: usize, b: usize| {
        let (a, b) = (doc.lines[a].text.trim(), doc.lines[b].text.trim());
        a.to_lowercase() != b.to_lowercase()
    };
    let candidates = if aged.iter().any(|&i| differ(i, aged[0])) {
        candidates
            .into_iter()
            .filter(|i| !aged.contains(i))
            .collect()
    } else {
        candidates
    };
    if let Some(hint) = config.title_hint.as_deref()
        && let Some(&i) = candidates
            .iter()
            .find(|&&i| is_variant(hint, &doc.lines[i].text))
    {
        return Some(i);
    }
    if let Some(n) = first_repeated(candidates.iter().map(|&i| &*doc.lines[i].text)) {
        return Some(candidates[n]);
    }
    candidates.first().copied()
}

/// A sentence of six words or more closed by a full stop: the article's text starts at the
/// first one above it (the title pass never takes such a line for a headline).
pub(crate) fn opens_article(t: &str) -> bool {
    ends_full_stop(t) && words_upto(t, 6) >= 6
}

fn trim_top(doc: &mut Document<'_>, top: &[u32], config: &Config) {
    // The article's text starts at its first sentence, even a short one: what follows it is
    // content ("What's new in 2.26?" and its list).
    // A full stop: the title pass, which runs later, never removes such a line, so the top ends
    // at the same place when the output is cleaned again.
    // So does the line that opens with the article's dateline, sentence or not: the wire and
    // lede passes took it for the lede, and a second run must find the same lede.
    let end = top
        .lines()
        .position(|i| opens_article(&doc.lines[i].text) || doc.opens_with_marked_dateline(i))
        .unwrap_or(top.len());
    let top = &top[..end];
    let title = headline(doc, top, config);
    let title_text = title.map(|i| doc.lines[i].text.to_string());
    // The points of a standfirst ("• Fuel duty frozen for tenth year in a row") between the
    // headline and the article are the article's own.
    let points = standfirst_points(doc, top, title);
    let labels: Vec<usize> = top
        .lines()
        .enumerate()
        .filter(|&(n, i)| {
            let t = &doc.lines[i].text;
            let is_title = title == Some(i)
                || title_text
                    .as_deref()
                    .is_some_and(|h| is_headline_like(t, 40) && is_variant(h, t));
            !is_title && line_is_edge_label(doc, i) && !points.contains(&n)
        })
        .map(|(_, i)| i)
        .collect();
    // Bulleted items are menu entries whatever their number; plain short lines only in numbers
    // (a kicker and a dateline are not a menu).
    let (bulleted, plain): (Vec<usize>, Vec<usize>) = labels
        .into_iter()
        .partition(|&i| BULLET.is_match(&doc.lines[i].text));
    let labels = if plain.len() + bulleted.len() >= config.mode.thresholds().min_top_labels {
        [bulleted, plain].concat()
    } else {
        bulleted
    };
    for i in labels {
        doc.remove(i, PASS, "top-chrome", "menu or label above the article");
    }
}

/// How many of `lines`, counted from the last, are labels or headlines.
fn labels_at_end(doc: &Document<'_>, lines: &[u32]) -> usize {
    lines
        .lines()
        .rev()
        .take_while(|&i| {
            let t = &doc.lines[i].text;
            // An embedded post's signature stays with the post it signs.
            (line_is_edge_label(doc, i) || is_link_headline(t)) && !signs_embedded_post(t)
        })
        .count()
}

fn trim_bottom(doc: &mut Document<'_>, article: &[u32], tail: &[u32], min_run: usize) {
    // The run of labels and headlines at the very end; a sentence, a list item or a colon stops
    // it. (It takes in every line the related-links pass would, so that pass finds nothing new
    // when the output is cleaned again.)
    let mut run = labels_at_end(doc, tail);
    // Bulleted labels anywhere after the article are footer menus.
    for (n, i) in tail[..tail.len() - run].lines().enumerate() {
        let t = &doc.lines[i].text;
        if BULLET.is_match(t) && line_is_edge_label(doc, i) && !after_colon(doc, tail, n) {
            doc.remove(i, PASS, "bottom-chrome", "footer menu after the article");
        }
    }
    // "The winners were:" right before the run: it is the article's own list, and stays. A run
    // of labels above that list ("Station Contact Info:" with its phone and fax lines closing
    // a page, below the site's menus) is cut as if it stood at the end.
    let ends_with_colon = |i: usize| doc.lines[i].text.trim_end().ends_with(':');
    let mut end = tail.len();
    if tail[..end - run]
        .last()
        .is_some_and(|&i| ends_with_colon(i as usize))
    {
        end -= run + 1;
        run = labels_at_end(doc, &tail[..end]);
    }
    // One short line after the article may be its real last line; a line without a word (a
    // lone bullet, a rule of dashes) is not, and goes even when it is all that is left.
    if run < min_run {
        for i in tail[end - run..end].lines() {
            if doc.words_upto(i, 0) == 0 {
                doc.remove(i, PASS, "bottom-chrome", "punctuation after the article");
            }
        }
        return;
    }
    let before = tail[..end - run].last().or(article.last());
    if before.is_some_and(|&i| ends_with_colon(i as usize)) {
        return;
    }
    // A run under the article's own data heading ("Semi-final results", "Ingredients"), or of
    // its facts ("When: ...", "Yes 52%"), is its table or info box.
    if is_own_data(
        tail[end - run..end]
            .lines()
            .map(|i| doc.lines[i].text.as_ref()),
    ) {
        return;
    }
    for i in tail[end - run..end].lines() {
        doc.remove(
            i,
            PASS,
            "bottom-chrome",
            "footer or link list after the article",
        );
    }
}

/// A bulleted link on its own between paragraphs is a teaser for another story; a run of bullets
/// is the article's own list.
fn trim_inside(doc: &mut Document<'_>, article: &[u32]) {
    let bullet = |n: usize| {
        article
            .get(n)
            .is_some_and(|&i| BULLET.is_match(&doc.lines[i as usize].text))
    };
    let isolated: Vec<usize> = (0..article.len())
        .filter(|&n| {
            bullet(n)
                && !(n > 0 && bullet(n - 1))
                && !bullet(n + 1)
                && line_is_edge_label(doc, article.line(n))
                && !after_colon(doc, article, n)
        })
        .map(|n| article.line(n))
        .collect();
    for i in isolated {
        doc.remove(i, PASS, "link-item", "bulleted link inside the article");
    }
}

/// The positions in `top` (the lines above the article) of a standfirst's points: a run of
/// short lines of four words or more ("• Fuel duty frozen for tenth year in a row"), bulleted
/// or not, right under the headline (or a "Key points:" line under it) and right above the
/// article (a byline or time stamp may stand between). A menu's entries are shorter, and a
/// list of other stories stands away from the headline.
fn standfirst_points(doc: &Document<'_>, top: &[u32], title: Option<usize>) -> Range<usize> {
    let none = 0..0;
    let Some(title) = title else {
        return none;
    };
    let headline = &doc.lines[title].text;
    let is_point = |i: usize| {
        let t = &doc.lines[i].text;
        i != title
            && line_is_edge_label(doc, i)
            && words_upto(t, KEY_POINT_WORDS) >= KEY_POINT_WORDS
            && says_something(t)
            && !is_variant(headline, t)
            && !headline.contains(t.trim())
            && !is_caption(t)
    };
    // Up from the article: past its byline and time stamp, then the points.
    let mut end = top.len();
    while end > 0 && {
        let i = top[end - 1] as usize;
        !is_point(i)
            && (line_is_boilerplate(doc, i) || parse_byline(doc.lines[i].text.trim()).is_some())
    } {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_point(top[start - 1] as usize) {
        start -= 1;
    }
    if start == end {
        return none;
    }
    let mut above = start.checked_sub(1);
    if let Some(n) = above {
        let t = doc.lines[top[n] as usize].text.trim_end();
        if t.ends_with(':') && words_upto(t, 4) <= 4 && top[n] as usize != title {
            above = n.checked_sub(1);
        }
    }
    if above.is_some_and(|n| top[n] as usize == title) {
        start..end
    } else {
        none
    }
}

/// A standfirst's point is one clause in sentence case ("Fuel duty frozen for tenth year in a
/// row"): two words or more in lower case, and no sentence ending inside it. A headline in
/// title case, a name with its publication and a caption with its credit are not points.
fn says_something(t: &str) -> bool {
    let lower_words = t
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .take(2)
        .count();
    let inner_stop = t
        .trim_end()
        .char_indices()
        .any(|(n, c)| matches!(c, '.' | '!' | '?') && t[n + 1..].starts_with(' '));
    lower_words >= 2 && !inner_stop
}

/// The lines before position `n`, back past other list items, start with one ending in a colon:
/// what follows is the article's own list.
fn after_colon(doc: &Document<'_>, lines: &[u32], n: usize) -> bool {
    for j in lines[..n].lines().rev() {
        let t = doc.lines[j].text.trim_end();
        // Bare punctuation (removed as a label itself) introduces nothing.
        if words_upto(t, 0) == 0 {
            continue;
        }
        if t.ends_with(':') {
            return true;
        }
        if words_upto(t, MAX_ITEM_WORDS) > MAX_ITEM_WORDS || ends_sentence(t) && !BULLET.is_match(t)
        {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {

    const PROSE: &str = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force commuters onto longer routes.";

    fn removed(input: &str) -> Vec<String> {
        crate::pipeline::testing::removed_lines(&["normalize", "chrome"], input)
    }

    #[test]
    fn menus_above_and_footer_below_go_headline_stays() {
        let input = format!(
            "* Home\n* News\n* Sport\nMenu\nLocal\nWorld\n\nBridge to close for two years\n\n3 min read\n\n{PROSE}\n\n{PROSE} Again.\n\n* Contact Us\n* Privacy\nAbout us"
        );
        assert_eq!(
            removed(&input),
            [
                "* Home",
                "* News",
                "* Sport",
                "Menu",
                "Local",
                "World",
                "3 min read",
                "* Contact Us",
                "* Privacy",
                "About us"
            ]
        );
    }

    #[test]
    fn a_standfirst_s_points_under_the_headline_stay() {
        let points = "• Councillors vote 31-9 to shut the span from March\n• Repairs now expected to cost twice the estimate\n• Ferry to run every 15 minutes during the work";
        let menu = "* Home\n* News\n* Sport\nMenu\nLocal\nWorld";
        let input = format!(
            "{menu}\n\nBridge to close for two years\n\n{points}\n\n{PROSE}\n\n{PROSE} Again."
        );
        assert_eq!(removed(&input), menu.lines().collect::<Vec<_>>());
        // After a "Key points:" line, dashed: the same.
        let dashed = points.replace('•', "-");
        let input = format!(
            "{menu}\n\nBridge to close for two years\n\nKey points:\n\n{dashed}\n\n{PROSE}"
        );
        assert_eq!(removed(&input), menu.lines().collect::<Vec<_>>());
        // Not under the headline (the menu between them): menu entries like the rest.
        let input = format!("Bridge to close for two years\n\n{menu}\n{points}\n\n{PROSE}");
        assert_eq!(removed(&input).len(), 9);
        // Headlines in title case under the headline are other stories, and go.
        let teasers =
            "Ferry Fares To Rise By A Fifth In January\nCouncil Leader Faces Vote Of No Confidence";
        let input = format!("{menu}\n\nBridge to close for two years\n\n{teasers}\n\n{PROSE}");
        assert_eq!(removed(&input).len(), 8);
    }

    #[test]
    fn one_short_last_line_and_colon_lists_stay() {
        assert!(removed(&format!("{PROSE}\n\nMore to come")).is_empty());
        let list = format!(
            "{PROSE}\n\nThe members are:\n\nAlice Smith\n\nBob Jones\n\nCarol White\n\nDan Brown"
        );
        assert!(removed(&list).is_empty());
    }

    #[test]
    fn menus_above_a_closing_colon_list_go_the_list_stays() {
        let input = format!(
            "{PROSE}\n\nPrevious Next\n\nAbout Us\n\nContact Us\n\nSports\n\nStation Contact Info:\n\nPhone: 316-555-0143\n\nFax: 316-555-0187"
        );
        assert_eq!(
            removed(&input),
            ["Previous Next", "About Us", "Contact Us", "Sports"]
        );
        // A list the article introduces right after its prose stays whole.
        let list = format!(
            "{PROSE}\n\nFinal standings:\n\nGold: Alice Smith\n\nSilver: Bob Jones\n\nBronze: Carol White"
        );
        assert!(removed(&list).is_empty());
    }

    /// Found by fuzzing: a lede without a closing full stop was taken for a menu line, and a
    /// second run took a later dateline for the lede.
    #[test]
    fn the_dateline_line_starts_the_article() {
        let menu = "Home\nNews\nSport\nWeather\nTraffic\nLions\nTigers\nRed Wings\nPistons\nNFL\nMLB\nNBA\nNHL\nGolf\nVideo\nRadio\n";
        let lede = "PARIS (AFP) - Tens of thousands marched against the pension reform on Tuesday";
        let labels = "Unions\nStrikes\nTransport\nSchools\nHospitals\nPolice\n";
        let input = format!(
            "{menu}\nPension protest draws thousands\n\n{lede}\n\n{labels}\n{PROSE}\n\n{PROSE}"
        );
        let removed = crate::pipeline::testing::removed_lines(
            &["normalize", "wire", "lede", "chrome"],
            &input,
        );
        assert!(!removed.iter().any(|l| l == lede), "{removed:?}");
    }

    #[test]
    fn a_short_kicker_and_dateline_above_the_article_stay() {
        let input = format!("BAAR, SWITZERLAND\n\nBridge to close\n\nMarch 3\n\n{PROSE}");
        assert!(removed(&input).is_empty());
    }

    #[test]
    fn subheads_inside_stay_link_bullets_go() {
        let input = format!(
            "{PROSE}\n\nA NEW PLAN\n\n{PROSE} Two.\n\n    * Police Identify Man Found Dead in Apartment\n{PROSE} Three."
        );
        assert_eq!(
            removed(&input),
            ["* Police Identify Man Found Dead in Apartment"]
        );
    }

    /// Found by fuzzing (crash-d937abf8): a feed of headlines with their ages above the
    /// article, one repeated, was read as title and h1; it stayed, and a second cleaning took
    /// the feed as a list once the lines splitting it had gone.
    #[test]
    fn a_feed_of_aged_headlines_holds_no_headline() {
        let feed = "Bridge repairs: what drivers need to know ~5 hours ago\n\n412\n\n97";
        let input = format!(
            "SAVE $10 on family tickets\n\nFerry timetable changes for winter ~2 hours ago\n\n{feed}\n\n{feed}\n\n{PROSE}\n\n{PROSE}"
        );
        let removed = removed(&input);
        assert!(
            removed
                .iter()
                .any(|l| l == "Bridge repairs: what drivers need to know ~5 hours ago"),
            "{removed:?}"
        );
        // One headline with its age, as title and h1, is still the headline.
        let input = format!(
            "Home\nNews\nSport\nWeather\nContact Us\nMenu\n\nFERRY FARES TO RISE ~3 HOURS AGO\n\nFerry fares to rise ~3 hours ago\n\n{PROSE}"
        );
        let removed = crate::pipeline::testing::removed_lines(&["normalize", "chrome"], &input);
        assert!(
            !removed.iter().any(|l| l.starts_with("Ferry fares")),
            "{removed:?}"
        );
    }

    #[test]
    fn no_prose_no_changes() {
        assert!(removed("Home\nNews\nSport\nWeather\nContact").is_empty());
    }
}
