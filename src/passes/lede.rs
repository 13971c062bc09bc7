//! In a whole-page dump, a wire story starts at its dateline: "ST. JOSEPH, Mich. (AP) —" opens
//! the lede, and what the page shows above it (menus, teaser lists, weather and sports boxes) is
//! not the article. Those lines go, except the headline right above the lede.
//!
//! Guards: only in a page dump (as many short labels as main-block needs), only an agency
//! dateline at the start of a line of prose (a teaser rarely carries one), and the headline just
//! above the dateline stays for the title pass.

use crate::document::{Document, LineList};
use crate::passes::main_block::is_page_dump;
use crate::passes::wire::{adopt_lede_dateline, opens_with_agency_dateline};
use crate::pipeline::{Config, Pass};
use crate::text::{is_headline_like, words_upto};

pub struct AboveDateline;

const PASS: &str = "lede";

/// A lede is a paragraph of prose: at least this many words.
const MIN_LEDE_WORDS: usize = 10;

/// How many kept lines above the lede the headline may be (a byline or a date between).
const HEADLINE_WINDOW: usize = 4;

impl Pass for AboveDateline {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "in a whole-page dump, drop what stands above the wire dateline that opens the article"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        let kept = doc.kept();
        if !is_page_dump(doc, &kept, config) {
            return;
        }
        // The wire pass may have taken the marker out of the first dateline already
        // (--strip-dateline): that line still opens the lede.
        let opens_lede = |i: usize| {
            let t = &doc.lines[i].text;
            words_upto(t, MIN_LEDE_WORDS) >= MIN_LEDE_WORDS
                && (opens_with_agency_dateline(t.trim())
                    || doc.stripped_datelines.iter().any(|(j, _)| *j == i))
        };
        let Some(lede) = kept.lines().position(opens_lede) else {
            return;
        };
        let headline = kept[lede.saturating_sub(HEADLINE_WINDOW)..lede]
            .lines()
            .rev()
            // A line that opens with an agency dateline is a cut-off copy of a lede, never the
            // headline: kept, a second run would take it for the document's dateline.
            .find(|&i| {
                let t = &doc.lines[i].text;
                is_headline_like(t, 25) && !opens_with_agency_dateline(t.trim())
            });
        // Now at the top, the dateline is the document's, as the wire pass reports it there. A
        // bare dateline the wire pass found above the lede ("P(AP)") goes with the page above;
        // left as the document's, it kept its line, and a second run dropped it.
        let lede_number = kept.line(lede) + 1;
        if doc
            .wire
            .dateline
            .as_ref()
            .is_some_and(|d| d.line < lede_number)
        {
            doc.wire.dateline = None;
        }
        adopt_lede_dateline(doc, kept.line(lede), config.strip_dateline);
        for i in kept[..lede].lines() {
            if Some(i) != headline {
                doc.remove(
                    i,
                    PASS,
                    "before-dateline",
                    "page text above the wire dateline that opens the article",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::testing::removed_lines;

    const MENU: &str = "Home\nNews\nSport\nWeather\nTraffic\nLions\nTigers\nRed Wings\nPistons\nNFL\nMLB\nNBA\nNHL\nGolf\nVideo\nRadio\n";

    #[test]
    fn the_page_above_the_lede_goes_but_its_headline_stays() {
        let teaser =
            "Customers leave without paying a large bill at a steakhouse, police said on Monday.";
        let input = format!(
            "{MENU}{teaser}\n\nHealth officials report a sixth fatality\n\nST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth fatality linked to the virus.\n\nThe death occurred Saturday, officials said.\n"
        );
        let removed = removed_lines(&["normalize", "lede"], &input);
        let mut expected: Vec<&str> = MENU.lines().collect();
        expected.push(teaser);
        assert_eq!(removed, expected);
    }

    #[test]
    fn the_ledes_agency_comes_before_a_credit_lines() {
        // As when the dateline stands at the top: the dateline's agency, else a credit's.
        let input = format!(
            "{MENU}\nST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth fatality linked to the virus.\n\nThe death occurred Saturday, officials said.\n\nAustralian Associated Press\n"
        );
        let cleaned = crate::clean(&input, &crate::Config::default());
        assert_eq!(cleaned.wire().agency, Some("The Associated Press"));
        assert!(cleaned.wire().dateline.is_some());
    }

    /// Found by fuzzing: with --strip-dateline, a later copy of the lede kept its marker, and
    /// a second run took it for the lede; and the lede the wire pass had stripped was not
    /// found again, so the copy's lede cut the real one.
    #[test]
    fn strip_dateline_strips_a_later_copy_of_the_lede_too() {
        let lede = "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth fatality linked to the virus.";
        let copy = "ST. JOSEPH, Mich. (AP) — Michigan health authorities said on Sunday that the outbreak had slowed.";
        let input = format!(
            "{MENU}\n{lede}\n\nThe death occurred Saturday, officials said.\n\n{copy}\n\nThe state will publish new figures on Monday, a spokeswoman said.\n"
        );
        let mut config = crate::Config::default();
        config.strip_dateline = true;
        let once = crate::clean(&input, &config).text();
        assert!(!once.contains("(AP)"), "{once}");
        // The lede the wire pass stripped first is still the lede: nothing of it goes.
        assert!(once.contains("reporting a sixth fatality"), "{once}");
        assert_eq!(crate::clean(&once, &config).text(), once);
    }

    #[test]
    fn an_ordinary_article_with_a_dateline_is_left_alone() {
        let input = "Health officials report a sixth fatality\n\nBy Jane Doe\n\nST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth fatality linked to the virus.\n";
        assert!(removed_lines(&["normalize", "lede"], input).is_empty());
    }
}
