//! Repeated labels: after the article, a short label that occurs three or more times is page
//! furniture ("AUTO NEWS" over every teaser in a sidebar); all its copies there go. Above the
//! article the headline itself repeats, so the top is left to the title pass.

use std::collections::HashMap;

use crate::document::{Document, LineList};
use crate::passes::boilerplate::article_extent;
use crate::passes::chrome::line_is_label;
use crate::pipeline::{Config, Pass};
use crate::text::key;

pub struct RepeatedLabels;

const PASS: &str = "repeated-labels";

/// Labels repeated three times or more are at most this long.
const MAX_REPEATED_LABEL_WORDS: usize = 6;

impl Pass for RepeatedLabels {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove a short label repeated three or more times after the article"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        let kept = doc.kept();
        let Some((_, last)) = article_extent(doc, &kept) else {
            return;
        };
        let last = kept.line(last);
        let labels: Vec<(usize, String)> = kept
            .lines()
            .filter(|&i| i > last)
            .filter(|&i| {
                doc.words_upto(i, 1) >= 1 && line_is_label(doc, i, MAX_REPEATED_LABEL_WORDS)
            })
            .map(|i| (i, key(&doc.lines[i].text)))
            .collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (_, k) in &labels {
            *counts.entry(k.as_str()).or_insert(0) += 1;
        }
        let repeated: Vec<usize> = labels
            .iter()
            .filter(|(_, k)| counts.get(k.as_str()).is_some_and(|&n| n >= 3))
            .map(|(i, _)| *i)
            .collect();
        for i in repeated {
            doc.remove(
                i,
                PASS,
                "repeated-label",
                "short label repeated across the page",
            );
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn thrice_repeated_labels_after_the_article_go() {
        let input = "AUTO NEWS\n\nThe council voted on Tuesday to close the old bridge for repairs.\n\nAUTO NEWS\nA teaser\nAUTO NEWS\nAnother teaser\nAUTO NEWS\nTwice\nTwice";
        let removed =
            crate::pipeline::testing::removed_numbers(&["normalize", "repeated-labels"], input);
        assert_eq!(removed, [5, 7, 9]);
    }
}
