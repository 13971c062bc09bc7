//! Repeated paragraphs: a sentence line seen earlier in the same document (a scraper that
//! captured a block twice, or the whole body twice) is removed after its first occurrence.
//! Headline-shaped lines are left to the title and related-links passes.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::document::Document;
use crate::pipeline::{Config, Pass};
use crate::text::{ends_sentence, same_key, words_and_key_hash};

pub struct RepeatedParagraphs;

const PASS: &str = "repeats";

/// Short lines repeat legitimately ("He declined to comment."); only longer ones count.
const MIN_WORDS: usize = 6;

impl Pass for RepeatedParagraphs {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove a paragraph line that repeats one seen earlier in the document"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        // Fingerprint -> the first line with it; a match is confirmed by comparing keys, so a
        // hash collision can never remove a paragraph.
        let mut seen: HashMap<u64, usize> = HashMap::new();
        let kept: Vec<usize> = doc.kept_indices().collect();
        for i in kept {
            let text = &doc.lines[i].text;
            let (words, hash) = words_and_key_hash(text);
            if words < MIN_WORDS || !(words >= 15 || ends_sentence(text)) {
                continue;
            }
            match seen.entry(hash) {
                Entry::Vacant(v) => {
                    v.insert(i);
                }
                Entry::Occupied(o) => {
                    if same_key(&doc.lines[*o.get()].text, text) {
                        doc.remove(
                            i,
                            PASS,
                            "repeated-paragraph",
                            "repeats an earlier paragraph",
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn later_copies_go_first_stays() {
        let p = "The council voted on Tuesday to close the old bridge.";
        let input = format!(
            "{p}\n\nSomething else entirely happened later that week.\n\n{p}\n\nShort one.\n\nShort one."
        );
        let removed = crate::pipeline::testing::removed_numbers(&["normalize", "repeats"], &input);
        assert_eq!(removed, [5]);
    }
}
