//! No article text: when, after every other pass, not one kept line reads as a sentence and most
//! of what is left are headlines, the page held no article for the scraper (an index page, a box
//! of deals and other stories' headlines whose article sat outside the tags it read). Those lines
//! are a list of links, not an article: they go, and the output is empty rather than a list
//! passed off as the article. The headline, when one was found, stays as the title.
//!
//! Guards: six lines or more (a breaking-news stub, "Harbour Street bridge closed" / "Detours in
//! place" / "More details to follow", is headlines only and is the article); no sentence of four
//! words or more and no line of prose length; at least half the lines headline-shaped, opening
//! with a capital letter or a digit (scripts without case, such as Thai, which writes no full
//! stops either, never qualify); and not the page's own data ("Harbour FC 3, Rovers 1" under
//! "Results"). Off in recall mode.

use crate::document::Document;
use crate::passes::related::is_link_headline;
use crate::pipeline::{Config, Mode, Pass};
use crate::text::{ends_full_stop, is_own_data};

pub struct NoArticleText;

const PASS: &str = "no-article";

/// Fewer kept lines than this are left alone: a stub of a few headline-shaped lines is an
/// article.
const MIN_LINES: usize = 6;
/// A line of more words than this is prose, whatever its ending.
const MAX_LIST_LINE_WORDS: usize = 20;
/// A line ending a sentence with at least this many words is a sentence.
const MIN_SENTENCE_WORDS: usize = 4;

impl Pass for NoArticleText {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove what is left when it holds no sentence and is mostly headlines: the page had no article"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        if config.mode == Mode::Recall {
            return;
        }
        // Without a recognised title the first line is the headline's place: it stays, and only
        // the lines under it are judged. The output opens with the title, which a second cleaning
        // may not recognise (a section label over it is gone by then): the lines judged are the
        // same either way.
        // The lines are walked again for each test rather than listed: a list of every kept line
        // would be as long as the input.
        let all = || doc.kept_indices().filter(|&i| doc.words_upto(i, 0) > 0);
        let skip = usize::from(doc.title.is_none());
        let lines = || all().skip(skip);
        let count = lines().count();
        if count < MIN_LINES {
            return;
        }
        // Most documents hold a sentence: settled on word counts and endings alone, before any
        // line is asked whether it is a headline. The headline's place counts here too.
        let sentence = all().any(|i| {
            let words = doc.words_upto(i, MAX_LIST_LINE_WORDS);
            words > MAX_LIST_LINE_WORDS
                || (words >= MIN_SENTENCE_WORDS && ends_full_stop(&doc.lines[i].text))
        });
        if sentence {
            return;
        }
        let headlines = lines()
            .filter(|&i| {
                let text = &doc.lines[i].text;
                opens_cased(text) && is_link_headline(text)
            })
            .count();
        if headlines * 2 < count
            || is_own_data(lines().map(|i| doc.lines[i].text.as_ref()))
            || one_block(doc, lines(), count)
        {
            return;
        }
        let judged: Vec<usize> = lines().collect();
        for i in judged {
            doc.remove(
                i,
                PASS,
                "no-article",
                "no sentence of article text on the page: headlines and labels only",
            );
        }
    }
}

/// Most of the lines stand in one paragraph, line under line: a list the article gives (road
/// closures, a schedule, names), not a page of links, whose items a scraper puts in paragraphs
/// of their own.
fn one_block(doc: &Document<'_>, lines: impl Iterator<Item = usize>, count: usize) -> bool {
    let mut longest = 0;
    let mut run = 0;
    let mut current = None;
    for i in lines {
        let paragraph = doc.paragraph_of(i);
        run = if paragraph.is_some() && paragraph == current {
            run + 1
        } else {
            1
        };
        current = paragraph;
        longest = longest.max(run);
    }
    longest * 2 > count
}

/// Opens with a capital letter or a digit: a letter of a script without case does not count.
fn opens_cased(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::pipeline::testing::removed_numbers;

    const PASSES: &[&str] = &["normalize", "no-article"];

    #[test]
    fn a_page_of_headlines_and_deals_goes() {
        // Without the title pass, the first line is taken for the headline and stays.
        let input = "MacBook Pro review: the keyboard is back\n\nApple to name favorite apps of 2019 at a special event\n\nSAVE $30.00 - AirPods on sale from $145\n\n234\n\nApple working on new media apps for Windows\n\nSAVE $10.00 - Museum tickets from $30\n\nHow to use HomeKit Secure Video ~5 days ago";
        assert_eq!(removed_numbers(PASSES, input), [3, 5, 7, 9, 11, 13]);
    }

    #[test]
    fn one_sentence_keeps_the_page() {
        let input = "Apple to name favorite apps of 2019 at a special event\n\nSAVE $30.00 - AirPods on sale from $145\n\nThe council closed the bridge.\n\nApple working on new media apps for Windows\n\nSAVE $10.00 - Museum tickets from $30\n\nHow to use HomeKit Secure Video ~5 days ago";
        assert!(removed_numbers(PASSES, input).is_empty());
    }

    #[test]
    fn stubs_labels_data_and_caseless_scripts_stay() {
        for input in [
            "Harbour Street bridge closed\n\nDetours in place\n\nMore details to follow\n\nCouncil to update residents\n\nBuses diverted via Quay Road",
            "Home\nNews\nSport\nWeather\nContact us\nAbout us\nPrivacy",
            // A list the article gives, line under line in one paragraph.
            "Weekend road closures\n\nMain Street Between First And Fifth Avenue\nHarbour Road From The Ferry Terminal To Dock Street\nBridge Street Northbound Lane\nOld Mill Lane Near The School\nStation Road At The Roundabout\nQueens Drive South Of The Park\nKing Street West Of The Market",
            "Results\nHarbour FC 3, Rovers 1\nCity 0, Town 2\nUnited 1, Athletic 1\nRangers 2, Wanderers 2\nCounty 1, Albion 0",
            "ข่าวการเมืองวันนี้ รัฐบาลประกาศแผนใหม่\nนายกรัฐมนตรีกล่าวว่าจะเดินหน้า\nประชาชนจำนวนมากเข้าร่วม\nตำรวจปิดถนนหลายสาย\nฝนตกหนักในกรุงเทพ\nรถติดยาวหลายกิโลเมตร",
        ] {
            assert!(removed_numbers(PASSES, input).is_empty(), "{input}");
        }
    }
}
