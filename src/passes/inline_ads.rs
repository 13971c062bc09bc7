//! Ad-slot text glued into a paragraph: a scraper that joins a page's text nodes puts "Story
//! continues below advertisement" between two sentences ("...he added. Story continues below
//! advertisement The Charlotte win..."). The phrase is cut out and the prose around it kept; the
//! cut is reported like a removed line.
//!
//! Only unambiguous multi-word phrases, an all-capitals ADVERTISEMENT (PUBLICITÉ, ANZEIGE, ...),
//! the label in brackets or between dashes ("[Advertisement]", "- Anzeige -"), and one
//! "Advertisement" ("Publicité", "Publicidad", ...) before a sentence that opens with one
//! capitalised word (German "Anzeige" before any capital); only between sentences: after a
//! sentence's end (glued to it or not) or at the line's start, and before a capitalised word or
//! the line's end. A sentence about advertising stays. A line that is nothing but the phrase is
//! the boilerplate pass's.

use std::sync::LazyLock;

use regex::bytes::{Regex, RegexBuilder};

use crate::document::{Document, LineList};
use crate::pipeline::{Config, Pass};

pub struct InlineAdSlots;

const PASS: &str = "inline";

/// The phrase, with what must stand before and after it. On bytes without Unicode classes (the
/// phrases are ASCII): the Unicode-aware automaton took most of this pass's time to build.
static SLOT: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        r#"(?x)
        (?:^|(?:[.!?")]|…|”|’)\s*)
        (?P<slot>
            \(?(?i:story|article)\s+continues\s+(?:below(?:(?:\s+this)?\s+(?i:advertisement))?|(?i:after\s+(?:this\s+|the\s+)?(?:advertisement|ad)))\)?
          | (?i:continue\s+reading\s+the\s+main\s+story)
          | (?i:scroll\s+to\s+continue\s+with\s+content)
          | (?i:this\s+advertisement\s+has\s+not\s+loaded\s+yet,?\s+but\s+your\s+article\s+continues\s+below)
          | (?i:skip\s+advertisement)
          | (?i:advertisement)\s*(?:-|–|—)\s*(?i:scroll\s+to\s+continue(?:\s+reading|\s+with\s+content)?)
          # In brackets or between dashes the label is a slot in any case and language.
          | [\[(]\s*(?:(?i:advertisement|anzeige|publicidad|publicidade|publicit)(?:é|É)?|(?i:pubblicit)(?:à|À|a))\s*[\])]
          | (?:-|–|—)\s*(?:(?i:advertisement|anzeige|publicidad|publicidade|publicit)(?:é|É)?|(?i:pubblicit)(?:à|À))\s*(?:-|–|—)
          | (?i:advertisement)(?:\s+(?i:advertisement))*
          | ADVERTISEMENT | PUBLICIDAD | PUBLICIDADE | PUBLICITÉ | PUBBLICITÀ | ANZEIGE
          | Anzeige | Publicidad | Publicidade | Publicité | Pubblicità
        )[.:]?
        (?P<next>\s+\S|\s*$|[A-Z][a-z])"#,
    )
    .unicode(false)
    .build()
    .expect("ad-slot pattern is valid")
});

/// What follows the phrase starts a sentence: a capital letter, perhaps after an opening quote
/// or bracket.
fn starts_sentence(s: &str) -> bool {
    s.trim_start_matches(['"', '“', '‘', '(', '\''])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// `s` opens with a capitalised word and a word that is not: the start of a sentence rather than
/// of a name.
fn opens_with_one_capitalised_word(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(_), Some(second)) = (words.next(), words.next()) else {
        return true;
    };
    !second
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase)
}

/// Cheap test first: every phrase holds one of these as written in news text, found by one
/// multi-literal search (the regex crate's packed SIMD searcher) in a single pass over the line.
/// "nzeige" and "blici" (Publicidad, Publicité, Pubblicità) find the labels in other languages;
/// each literal added costs every line (these two, +5 M instructions on 5 MB), and a separate
/// search for them cost three times as much.
static HINTS: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        "dvertisement|DVERTISEMENT|ontinues below|ONTINUES BELOW|main story|Main Story|croll to continue|PUBLICIDAD|PUBLICITÉ|ANZEIGE|nzeige|blici",
    )
    .unicode(false)
    .build()
    .expect("ad-slot hints are valid")
});

fn may_hold_slot(s: &str) -> bool {
    HINTS.is_match(s.as_bytes())
}

/// The byte range of the first ad-slot phrase glued into `line` with prose around it, if any.
pub fn glued_slot(line: &str) -> Option<std::ops::Range<usize>> {
    if !may_hold_slot(line) {
        return None;
    }
    // The first phrase that stands between sentences: "Advertisement revenue rose ...
    // ADVERTISEMENT" opens with a phrase that does not.
    SLOT.captures_iter(line.as_bytes())
        .find_map(|c| slot_between_sentences(line, &c))
}

/// The byte range of the phrase `c` found, when prose stands around it as a slot's does.
fn slot_between_sentences(
    line: &str,
    c: &regex::bytes::Captures<'_>,
) -> Option<std::ops::Range<usize>> {
    let slot = c.name("slot")?;
    // The phrase ends where its optional full stop or colon does.
    let end = c.name("next").map_or(slot.end(), |n| n.start());
    let before = line.get(..slot.start())?.trim();
    let after = line.get(end..)?.trim();
    if !after.is_empty() && !starts_sentence(after) {
        return None;
    }
    // One "Advertisement" as a word of text, not in capitals, is a slot only before a sentence
    // that opens with one capitalised word ("Advertisement The Charlotte win ..."), not before
    // a name ("Advertisement Standards Authority rules ...").
    // So too the French, Spanish, Italian and Portuguese words, whose languages write nouns in
    // small letters ("Publicité Le pont fermera ..."); German capitalises every noun, and there
    // a capital after "Anzeige" is enough ("Anzeige Die Brücke ...").
    let phrase = line.get(slot.range())?;
    let one_word = (phrase.eq_ignore_ascii_case("advertisement") && phrase != "ADVERTISEMENT")
        || matches!(
            phrase,
            "Publicidad" | "Publicidade" | "Publicité" | "Pubblicità"
        );
    if one_word && !after.is_empty() && !opens_with_one_capitalised_word(after) {
        return None;
    }
    // A line that is only the phrase is not inline text.
    (!before.is_empty() || !after.is_empty()).then_some(slot.start()..end)
}

/// The most ad-slot phrases a line may hold for the pass to cut them.
const MAX_SLOTS_PER_LINE: usize = 64;

/// `line` holds more than `max` ad-slot phrases, between sentences or not.
fn slot_phrases_exceed(line: &str, max: usize) -> bool {
    may_hold_slot(line) && SLOT.find_iter(line.as_bytes()).nth(max).is_some()
}

impl Pass for InlineAdSlots {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "cut ad-slot text glued between two sentences of a paragraph, keep the prose"
    }

    fn edits_text(&self) -> bool {
        true
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        let kept = doc.kept();
        for i in kept.lines() {
            // A paragraph may hold several slots: cut them one by one (each cut can make the
            // text around the next one a slot's). Each cut reads and rewrites the whole line,
            // so a line holding more phrases than any paragraph would is left as it is: cutting
            // thousands was quadratic in the line's length, and the line is no prose with ads
            // glued in. (Counted on the line as it stands, so a second cleaning decides alike,
            // and only once a slot is found: most lines that hold a hint hold none.)
            let mut slot = glued_slot(&doc.lines[i].text);
            if slot.is_none() || slot_phrases_exceed(&doc.lines[i].text, MAX_SLOTS_PER_LINE) {
                continue;
            }
            while let Some(range) = slot {
                doc.cut_fragment(
                    i,
                    range,
                    PASS,
                    "ad-slot",
                    "ad-slot text glued into a paragraph",
                );
                slot = glued_slot(&doc.lines[i].text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::glued_slot;

    fn cut(line: &str) -> Option<String> {
        glued_slot(line).map(|r| {
            let (b, a) = (line[..r.start].trim_end(), line[r.end..].trim_start());
            [b, a]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn glued_slots_are_cut() {
        for (line, expected) in [
            (
                "The win was their third in a row, he added. Story continues below advertisement The Charlotte win came after a week of rest.",
                "The win was their third in a row, he added. The Charlotte win came after a week of rest.",
            ),
            (
                "Story continues below advertisement The council voted on Tuesday.",
                "The council voted on Tuesday.",
            ),
            (
                "The council voted on Tuesday. ADVERTISEMENT",
                "The council voted on Tuesday.",
            ),
            (
                "He left. Advertisement Advertisement \"We will be back,\" he said.",
                "He left. \"We will be back,\" he said.",
            ),
            (
                "The mayor said.ADVERTISEMENTThe work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. Advertisement The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. (Story continues below) The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. Article continues below The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The council voted on Tuesday. Advertisement",
                "The council voted on Tuesday.",
            ),
            (
                "Advertisement revenue rose 12 percent. ADVERTISEMENT",
                "Advertisement revenue rose 12 percent.",
            ),
            (
                "The mayor said. [Advertisement] The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. - Advertisement - The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. SKIP ADVERTISEMENT The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. Article continues after this advertisement The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "The mayor said. Advertisement - scroll to continue The work will start in March.",
                "The mayor said. The work will start in March.",
            ),
            (
                "Der Rat stimmte zu. Anzeige Die Brücke wird im April geschlossen.",
                "Der Rat stimmte zu. Die Brücke wird im April geschlossen.",
            ),
            (
                "Le conseil a voté mardi. Publicité Le pont fermera en avril.",
                "Le conseil a voté mardi. Le pont fermera en avril.",
            ),
            (
                "El consejo votó el martes. Publicidad El puente cerrará en abril.",
                "El consejo votó el martes. El puente cerrará en abril.",
            ),
            (
                "Il consiglio ha votato martedì. (Pubblicità) Il ponte chiuderà ad aprile.",
                "Il consiglio ha votato martedì. Il ponte chiuderà ad aprile.",
            ),
        ] {
            assert_eq!(cut(line).as_deref(), Some(expected), "{line}");
        }
    }

    #[test]
    fn sentences_about_advertising_stay() {
        for line in [
            "Advertisement revenue fell by 12 percent, the company said.",
            "He said. Advertisement Standards Authority rules apply.",
            "He said. Advertisement revenue fell.",
            "The story continues below the bridge, where the river turns.",
            "The mayor's advertisement The council paid for ran twice.",
            "The advertisementThe council paid for ran twice.",
            "The story continues below the fold in the print edition.",
            "Story continues below advertisement",
            "The agency's ADVERTISEMENT campaign won an award.",
            "Die Polizei erstattete Anzeige. Anzeige gegen den Fahrer wurde gestellt.",
            "Le conseil a voté. Publicité Carrefour Belgique a retiré sa campagne.",
            "La ley fue aprobada. Publicidad engañosa es ahora delito.",
            "The firm spent more on marketing (advertising) than on research.",
            "He said. (Advertisement) is the name of the song.",
            // Any casing short of capitals asks for one capitalised word after it.
            "He said. aDVERTISEMENT Standards Authority rules apply.",
        ] {
            assert_eq!(cut(line), None, "{line}");
        }
    }
}
