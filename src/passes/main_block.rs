//! The main block of a whole-page dump: when a page's text carries many short labels (menus,
//! teaser lists), only the densest stretch of prose is the article; teaser paragraphs and label
//! lists before or after it, between the first and last prose lines, go.
//!
//! Prose lines weigh their words, labels and other short lines count against, and the span with
//! the largest total is the article (the maximum-sum segment). Documents with few labels — an
//! ordinary article, an interview with short answers — are left whole.

use crate::document::{Document, LineList};
use crate::passes::boilerplate::{
    article_extent, line_bounds_page, line_is_article_prose, line_is_boilerplate,
};
use crate::passes::byline::parse_byline;
use crate::passes::captions::is_caption;
use crate::passes::chrome::line_is_edge_label;
use crate::passes::comments::cut_comment_section;
use crate::passes::copyright_tail::cut_after_notice;
use crate::passes::teasers::cut_teaser_run;
use crate::pipeline::{Config, Pass};
use crate::text::{heads_data_list, is_interview_line};

pub struct MainBlock;

const PASS: &str = "main-block";

/// Prose lines weigh their words; short labels and other lines count against.
const LABEL_WEIGHT: i64 = -8;
const OTHER_WEIGHT: i64 = -3;
const MAX_LINE_WEIGHT: i64 = 80;

/// Short labels outside the article's prose that make its page's furniture: the headline and
/// two more.
const MIN_FURNITURE_LABELS: usize = 3;

/// The densest stretch of prose (positions in `lines`): the span with the largest total weight.
/// `None` when it is all of `lines`.
fn main_block(doc: &Document<'_>, lines: &[u32]) -> Option<(usize, usize)> {
    let weight = |i: usize| {
        let t = &doc.lines[i].text;
        // Article prose is never a caption or byline: test it first, from the shared cache.
        if line_is_article_prose(doc, i) {
            return doc
                .words_upto(i, MAX_LINE_WEIGHT as usize)
                .min(MAX_LINE_WEIGHT as usize) as i64;
        }
        // Lines that a later pass removes (captions, bylines) weigh nothing: then
        // their going does not move the block when the output is cleaned again.
        if removed_later(t) {
            return 0;
        }
        // An interview's questions and answers ("Q: Favorite book?", "A: The Hard Thing
        // About Hard Things") are short, but no menu: between two stretches of prose they do
        // not split the article. (Numbered items stay negative: a "most read" list is one.)
        if is_interview_line(t) {
            return 0;
        }
        if line_is_boilerplate(doc, i) || line_is_edge_label(doc, i) {
            LABEL_WEIGHT
        } else {
            OTHER_WEIGHT
        }
    };
    let (mut best, mut best_span) = (i64::MIN, (0, 0));
    let (mut sum, mut start) = (0i64, 0usize);
    // The article's own list under a data heading right after its prose ("Ingredients",
    // "Saturday's results", "Key facts") weighs nothing, down to the next prose line: a recipe
    // or a round of results in a page dump keeps its list and the introduction above it.
    let (mut after_prose, mut in_data_list) = (false, false);
    for (n, i) in lines.lines().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = n;
        }
        let prose = line_is_article_prose(doc, i);
        if prose {
            in_data_list = false;
        } else if after_prose && heads_data_list(&doc.lines[i].text) {
            in_data_list = true;
        }
        after_prose = prose;
        sum += if in_data_list { 0 } else { weight(i) };
        if sum > best {
            best = sum;
            best_span = (start, n);
        }
    }
    (best_span != (0, lines.len().saturating_sub(1))).then_some(best_span)
}

/// A whole-page dump: its kept lines hold at least as many short labels (menus, link lists) as
/// the mode asks for. A count, not a ratio: cleaning the output again never finds more labels,
/// so a pass that cuts only in page dumps never cuts what the first cleaning kept.
pub fn is_page_dump(doc: &Document<'_>, kept: &[u32], config: &Config) -> bool {
    let labels = kept.lines().filter(|&i| line_is_edge_label(doc, i)).count();
    labels >= config.mode.thresholds().min_page_labels
}

/// The page around the article shows some furniture: a few short labels above the first prose
/// line and below the last (menus, footers; the headline is one). An article that carries its
/// own long list (a recipe's ingredients, a round of results, a tour's dates) between its
/// paragraphs has labels enough for a page dump, but nothing around it but its headline: cut
/// to its densest prose, it lost its introduction and the list.
fn has_page_furniture(doc: &Document<'_>, kept: &[u32], (first, last): (usize, usize)) -> bool {
    let outside = kept[..first]
        .lines()
        .chain(kept[last + 1..].lines())
        .filter(|&i| line_is_edge_label(doc, i))
        .count();
    outside >= MIN_FURNITURE_LABELS
}

/// The first line after `after` and before `before` that the wire pass took as a credit.
fn first_credit_between(doc: &Document<'_>, after: usize, before: usize) -> Option<usize> {
    doc.wire
        .credits
        .iter()
        .map(|c| c.line.saturating_sub(1))
        .filter(|&i| i > after && i < before)
        .min()
}

fn removed_later(t: &str) -> bool {
    is_caption(t) || parse_byline(t.trim()).is_some()
}

impl Pass for MainBlock {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "in a whole-page dump, keep the densest stretch of prose and drop teasers around it"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        let kept = doc.kept();
        if !is_page_dump(doc, &kept, config) {
            return;
        }
        let Some((mut first, mut last)) = article_extent(doc, &kept) else {
            return;
        };
        if !has_page_furniture(doc, &kept, (first, last)) {
            return;
        }
        // Labels between the site's promotion above the article (a prose line that a boilerplate
        // rule takes, see `line_bounds_page`) and the article are away from it too.
        if let Some(promo) = kept[..first].lines().position(|i| line_bounds_page(doc, i)) {
            first = promo;
        }
        // Teasers between the article and the publisher's footer are away from the article too.
        let last_prose = kept[last] as usize;
        if let Some(footer) = kept[last + 1..]
            .lines()
            .rposition(|i| line_bounds_page(doc, i))
        {
            last += 1 + footer;
        }
        // But a wire or newsroom credit right below the prose ("Additional reporting by ...",
        // "Contributing: ...") closes the article where it stands: what is between them (a
        // tour's dates, a results table, short lines all) is the article's. Not when page
        // furniture stands between (an ad slot, a time stamp): the credit is then the site's
        // block of facts about the article, below its end.
        let credit = first_credit_between(doc, last_prose, kept[last] as usize)
            .filter(|&c| !(last_prose + 1..c).any(|i| line_is_boilerplate(doc, i)));
        let Some((start, end)) = main_block(doc, &kept[first..=last]) else {
            return;
        };
        let (start, end) = (first + start, first + end);
        // (The line that opens with the article's dateline stays even outside the block: see
        // `Document::remove`. Keeping the lines between it and the block as well made the block
        // depend on lines later passes remove.)
        for i in kept[first..start].lines().chain(
            kept[end + 1..=last]
                .lines()
                .filter(|&i| credit.is_none_or(|c| i <= last_prose || i > c)),
        ) {
            doc.remove(
                i,
                PASS,
                "outside-main-block",
                "teasers and labels away from the article's main text",
            );
        }
        // The comment, copyright-tail and teaser passes ran first and weighed the prose below their
        // marker against the article's; what went here no longer weighs, and a second cleaning
        // would cut after the marker. So they weigh it again now (their removals are reported
        // under their own names), when they are in the pipeline.
        if end < last {
            if config.runs("comments") {
                cut_comment_section(doc, config);
            }
            if config.runs("copyright-tail") {
                cut_after_notice(doc, config);
            }
            // So does the teaser run: sentences below it that went here had kept its share of
            // cut-off lines too low.
            if config.runs("teasers") {
                cut_teaser_run(doc, config);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::testing::removed_lines;

    #[test]
    fn teasers_far_from_the_article_go() {
        let teaser = "Customers leave without paying a large bill at a steakhouse, police said.";
        let prose = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes for at least two years, officials said.";
        let labels = "Home\nNews\nSport\nWeather\nTraffic\nLions\nTigers\nRed Wings\n";
        let input =
            format!("{labels}{teaser}\n{labels}\n{prose}\n\n{prose} Again.\n\n{labels}{teaser}\n");
        let removed = removed_lines(&["normalize", "main-block"], &input);
        // Between the first and the last prose line, all but the article's two paragraphs go;
        // the menu above the first teaser is left to the chrome pass.
        let label_lines: Vec<&str> = labels.lines().collect();
        let expected: Vec<&str> = std::iter::once(teaser)
            .chain(label_lines.iter().copied())
            .chain(label_lines.iter().copied())
            .chain(std::iter::once(teaser))
            .collect();
        assert_eq!(removed, expected);
    }

    #[test]
    fn the_dateline_lede_stays_with_the_article() {
        // The lede, with the agency's dateline, stands apart from the densest prose (a menu
        // between them): the article still starts there.
        let lede = "WASHINGTON (AP) — The council voted on Tuesday to close the old bridge.";
        let prose = "The decision will force thousands of commuters onto longer routes for at least two years, officials said on Tuesday after a long and heated meeting at the town hall.";
        let labels = "Home\nNews\nSport\nWeather\nTraffic\nLions\nTigers\nRed Wings\n";
        // A footer below the article: the page's furniture (see `has_page_furniture`).
        let input = format!("{lede}\n{labels}{labels}\n{prose}\n\n{prose} Again.\n\n{labels}");
        let removed = removed_lines(&["normalize", "wire", "main-block"], &input);
        assert!(!removed.iter().any(|l| l == lede), "{removed:?}");
        // Without the dateline the line above the menus is a teaser like any other.
        let plain = lede.replace("WASHINGTON (AP) — ", "");
        let input = format!("{plain}\n{labels}{labels}\n{prose}\n\n{prose} Again.\n\n{labels}");
        let removed = removed_lines(&["normalize", "wire", "main-block"], &input);
        assert!(removed.contains(&plain), "{removed:?}");
    }

    #[test]
    fn a_list_above_a_reporting_credit_stays() {
        let labels = "Home\nNews\nSport\nWeather\nTraffic\nLions\nTigers\nRed Wings\n";
        let prose = "The band will reunite next summer for a tour of forty cities, its first in two decades, the singer said on Tuesday in a statement posted to its website.";
        let dates = "June 4 – Halifax, NS @ Scotiabank Centre\nJune 6 – Montreal, QC @ Bell Centre\nJune 9 – Boston, MA @ TD Garden\n";
        let footer = "We want to hear from you! Send us a tip using our anonymous form.";
        let page = |between: &str| {
            format!(
                "{labels}\n{prose}\n\n{prose} Again.\n\nTour Dates\n\n{dates}\n{between}Additional reporting by Jon Reyes\n\n{labels}\n{footer}\n"
            )
        };
        let passes = ["normalize", "wire", "main-block"];
        let removed = removed_lines(&passes, &page(""));
        // The credit closes the article: its dates stay; what is below it, down to the site's
        // footer line, goes.
        assert!(
            !removed.iter().any(|l| l.starts_with("June")),
            "{removed:?}"
        );
        assert!(!removed.iter().any(|l| l == "Tour Dates"), "{removed:?}");
        assert!(removed.iter().any(|l| l == "Red Wings"), "{removed:?}");
        // A time stamp between them: the credit is the page's block of facts, below the
        // article's end, and the short lines above it are away from the article.
        let stamp = "Published: Tuesday, November 19, 2019 at 11:08 a.m.\n\n";
        let removed = removed_lines(&passes, &page(stamp));
        assert!(
            removed.iter().any(|l| l.starts_with("June 4")),
            "{removed:?}"
        );
    }

    #[test]
    fn an_article_with_its_own_long_list_is_left_whole() {
        // (A recipe: its introduction, its ingredients under their heading, its method.)
        let intro = "This is the chilli I make every year for bonfire night: it feeds twelve, it can be made the day before, and it tastes better for it.";
        let method = "Heat the oil in a large casserole and fry the onions over a low heat for ten minutes until soft, then add the garlic, peppers and spices.";
        let list: String = (1..=18).map(|n| format!("{n}00g of item {n}\n")).collect();
        let article = format!(
            "Beef chilli for a crowd\n\n{intro}\n\nIngredients\n\n{list}\nMethod\n\n{method}\n\n{method} Again.\n\n{method} Once more.\n"
        );
        let passes = ["normalize", "main-block"];
        assert!(removed_lines(&passes, &article).is_empty());
        // With a page's menu above it, the same text is a page dump: the list under its data
        // heading, right after the introduction, still weighs nothing.
        let labels = "Home\nNews\nSport\nWeather\nFood\n";
        let removed = removed_lines(&passes, &format!("{labels}\n{article}"));
        assert!(removed.is_empty(), "{removed:?}");
        // Without the heading the list is short lines like a menu's: the densest prose is the
        // article.
        let headless = article.replace("Ingredients\n\n", "");
        let removed = removed_lines(&passes, &format!("{labels}\n{headless}"));
        assert!(removed.iter().any(|l| l == intro), "{removed:?}");
    }

    #[test]
    fn ordinary_articles_are_left_whole() {
        let input = "Q: Favorite book?\nA: The Hard Thing About Hard Things\n\nThe council voted on Tuesday to close the old bridge for repairs next spring, officials said.";
        assert!(removed_lines(&["normalize", "main-block"], input).is_empty());
    }
}
