//! Bylines: "By Jane Doe, Reuters", "By Jamelle Bouie", "Jane Doe | AFP", "Levi Parsons For
//! Daily Mail Australia" near the top (or the very end) of the article go into the document's
//! byline and authors, and out of the text.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Credit, Document};
use crate::pipeline::{Config, Pass};
use crate::text::word_count;

pub struct Byline;

const PASS: &str = "byline";

/// Bylines are looked for among this many lines at the top and at the end.
const TOP_LINES: usize = 8;
const END_LINES: usize = 2;

/// "By Jane Doe and John Roe, Reuters | November 18, 2019"
static BY: LazyLock<Regex> = LazyLock::new(|| {
    // Case-insensitive only where it must be: folding the big letter classes is slow to compile.
    Regex::new(
        r"(?x)^\s*(?i:by|von|par|por|di)\s+
          (?P<names>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|der|da|del|la|le|bin|al))*
             (?:\s*(?:,|and|&|und|et|y)\s*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*)*)*)
          (?P<rest>\s*(?:[,|·•–—-]|(?i:(?-u:\b)for(?-u:\b)|(?-u:\b)in(?-u:\b))).*)?$",
    )
    .expect("byline pattern is valid")
});

/// "Jane Doe | AFP", "Levi Parsons For Daily Mail Australia", "Jane Doe, Staff Writer"
static NAME_WITH_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?P<names>\p{Lu}[\p{L}\p{M}'’.\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]+)+)\s*(?:\||\s+[Ff]or\s+(?:The\s+)?\p{Lu}|,\s+(?:Staff|Senior|Chief|Associate)\s+\p{Lu}?\w+).*$",
    )
    .expect("byline pattern is valid")
});

/// The authors a byline line names, when it is one.
pub fn parse_byline(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if t.is_empty() || word_count(t) > 25 || t.ends_with(['.', '!', '?']) && !t.contains(" - ") {
        return None;
    }
    let names = if let Some(c) = BY.captures(t) {
        c.name("names")?.as_str()
    } else {
        NAME_WITH_OUTLET.captures(t)?.name("names")?.as_str()
    };
    let authors: Vec<String> = names
        .split([','])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" & ")))
        .map(|n| n.trim().to_string())
        // "By Jane Doe, Reuters": the agency is not an author.
        .filter(|n| word_count(n) >= 1 && crate::agency::lookup(n, false).is_none())
        .collect();
    (!authors.is_empty()).then_some(authors)
}

impl Pass for Byline {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "move bylines (\"By Jane Doe, Reuters\") from the text into byline and authors"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        let kept: Vec<usize> = doc.kept_indices().collect();
        let top = kept.iter().take(TOP_LINES);
        let end = kept.iter().rev().take(END_LINES);
        let candidates: Vec<usize> = top.chain(end).copied().collect();
        for i in candidates {
            if doc.byline.is_some() {
                break;
            }
            let text = doc.lines[i].text.trim().to_string();
            if let Some(authors) = parse_byline(&text) {
                // "By Jane Doe, Reuters" also says who the wire source is.
                if let Some(agency) = crate::agency::find_in(&text) {
                    doc.wire.credits.push(Credit {
                        kind: "byline",
                        agency: Some(agency.name),
                        text: text.clone(),
                        line: doc.lines[i].number,
                    });
                    doc.wire.agency.get_or_insert(agency.name);
                }
                doc.authors = authors;
                doc.byline = Some(text);
                doc.remove(i, PASS, "byline", "byline");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        let cases: &[(&str, &[&str])] = &[
            ("By Jane Doe, Reuters", &["Jane Doe"]),
            ("By Jamelle Bouie", &["Jamelle Bouie"]),
            ("BY JOHN SMITH", &["JOHN SMITH"]),
            (
                "By Jane Doe and John Roe | November 18, 2019",
                &["Jane Doe", "John Roe"],
            ),
            (
                "By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware",
                &["Jason Cipriani"],
            ),
            ("Jane Doe | AFP", &["Jane Doe"]),
            ("Levi Parsons For Daily Mail Australia", &["Levi Parsons"]),
            ("Von Anna Schmidt", &["Anna Schmidt"]),
        ];
        for (line, authors) in cases {
            let got = parse_byline(line).unwrap_or_default();
            assert_eq!(got, *authors, "{line}");
        }
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By the end of the year, the bridge will be closed.",
            "By Tuesday the council had voted",
            "Police said the man, who was not named, had been arrested.",
        ] {
            assert_eq!(parse_byline(line), None, "{line}");
        }
    }
}
