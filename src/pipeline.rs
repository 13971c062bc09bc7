//! The [`Pass`] trait, the registry of passes, and the ordered pipeline that runs them.

use std::fmt;
use std::sync::Arc;

use crate::document::Document;
use crate::passes::{
    boilerplate::Boilerplate, byline::Byline, captions::Captions, chrome::PageChrome,
    comments::CommentSection, copyright_tail::CopyrightTail, doubled_links::DoubledLinks,
    head_label::HeadLabelReturns, inline_ads::InlineAdSlots, lede::AboveDateline,
    main_block::MainBlock, no_article::NoArticleText, normalize::Normalize,
    related::TrailingRelatedLinks, repeated_labels::RepeatedLabels, repeats::RepeatedParagraphs,
    teasers::TruncatedTeasers, title::DuplicateTitle, wire::WireCredits,
};
use crate::rules::UserRules;

/// One cleaning step. A pass marks lines as removed (or, for normalization, rewrites their text)
/// and may add metadata to the document; it never deletes a line.
pub trait Pass: Sync {
    /// Stable name used by `--passes`, `--skip` and in every removal it reports.
    fn name(&self) -> &'static str;
    /// One line for `--list-passes`.
    fn description(&self) -> &'static str;
    /// True when the pass changes line text, so paragraphs must be re-indexed after it.
    fn edits_text(&self) -> bool {
        false
    }
    fn run(&self, doc: &mut Document<'_>, config: &Config);
}

/// Every pass, in the default order. Order matters: normalization first; the passes that decide
/// where the article's prose starts and ends (boilerplate, chrome) run after every pass that can
/// remove a prose line (wire, repeats), so a second cleaning sees the same extent; credit lines
/// and boilerplate go before the trailing-links pass looks at the end of the article (links after a
/// credit are still found); doubled links go before the tails, and cut-off teasers before the
/// main-block and boilerplate passes weigh the prose (a teaser is a long line, prose to their
/// measure, and a second run would find the block or the extent ending earlier); the comment
/// section goes
/// before the copyright tail weighs the prose after its notice (a long thread would outweigh the
/// article on the first run and be gone on the second), and both (and the teaser run) are
/// weighed again when main-block removes prose below the article; a head label's return is
/// looked for after main-block (so the block still reaches the author's bio and what lies
/// between it and the article goes as teasers); page chrome is trimmed
/// after the precise passes had their say; the
/// title is looked for last, once nothing above it can be removed any more, so the
/// first line of the output is the line the title pass saw first (this keeps cleaning
/// idempotent). Whether any article text is left at all is judged after everything else, on
/// what the other passes kept (the title is no longer among it).
pub static ALL_PASSES: &[&dyn Pass] = &[
    &Normalize,
    &InlineAdSlots,
    &WireCredits,
    &RepeatedParagraphs,
    &DoubledLinks,
    &CommentSection,
    &CopyrightTail,
    &AboveDateline,
    &TruncatedTeasers,
    &MainBlock,
    &HeadLabelReturns,
    &Boilerplate,
    &Captions,
    &Byline,
    &RepeatedLabels,
    &TrailingRelatedLinks,
    &PageChrome,
    &DuplicateTitle,
    &NoArticleText,
];

/// Looks a pass up by name.
pub fn pass_by_name(name: &str) -> Option<&'static dyn Pass> {
    ALL_PASSES.iter().copied().find(|p| p.name() == name)
}

/// A pass name that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPass(pub String);

impl fmt::Display for UnknownPass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<_> = ALL_PASSES.iter().map(|p| p.name()).collect();
        write!(
            f,
            "unknown pass '{}' (passes: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownPass {}

/// How to clean: which passes run, in which order, and their options.
#[derive(Clone)]
pub struct Config {
    passes: Vec<&'static dyn Pass>,
    /// Remove the agency marker from a leading dateline ("WASHINGTON (AP) —" → "WASHINGTON —").
    pub strip_dateline: bool,
    /// The headline as known from elsewhere (a JSON record's title field): a first line that
    /// repeats it is the title even when it appears only once.
    pub title_hint: Option<String>,
    /// How hard to cut (`--mode`).
    pub mode: Mode,
    /// Site-specific rules from `--rules FILE`.
    pub user_rules: Option<Arc<UserRules>>,
}

/// How hard the structural passes cut (`--mode`), like trafilatura's favor_precision and
/// favor_recall. The precise, rule-based passes (wire, boilerplate lines, title) are the same in
/// every mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Cut whole-page dumps down harder: more junk out, more risk to article text.
    Precise,
    /// The default.
    #[default]
    Balanced,
    /// Never drop a line on structure alone unless the evidence is overwhelming: no main-block
    /// cut, only bulleted menus above the article, longer runs needed at the end.
    Recall,
}

/// The numbers a mode sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// Short labels a document needs before it is cut to its main block.
    pub min_page_labels: usize,
    /// Plain short lines needed above the article before they are taken for a menu.
    pub min_top_labels: usize,
    /// Lines a run at the very end needs before it is taken for footer or links.
    pub min_bottom_run: usize,
    /// Words of prose needed before a trailing run of headlines without an introducer is cut.
    pub related_min_prose_words: usize,
    /// Words of article prose needed before a copyright notice or a comment heading ends the
    /// article.
    pub tail_min_prose_words: usize,
}

impl Mode {
    pub fn thresholds(self) -> Thresholds {
        match self {
            Mode::Precise => Thresholds {
                min_page_labels: 8,
                min_top_labels: 3,
                min_bottom_run: 2,
                related_min_prose_words: 30,
                tail_min_prose_words: 60,
            },
            Mode::Balanced => Thresholds {
                min_page_labels: 15,
                min_top_labels: 6,
                min_bottom_run: 2,
                related_min_prose_words: 50,
                tail_min_prose_words: 60,
            },
            Mode::Recall => Thresholds {
                min_page_labels: usize::MAX,
                min_top_labels: usize::MAX,
                min_bottom_run: 3,
                related_min_prose_words: 80,
                tail_min_prose_words: usize::MAX,
            },
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            passes: ALL_PASSES.to_vec(),
            strip_dateline: false,
            title_hint: None,
            mode: Mode::default(),
            user_rules: None,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("passes", &self.pass_names())
            .field("strip_dateline", &self.strip_dateline)
            .field("title_hint", &self.title_hint)
            .field("mode", &self.mode)
            .field("user_rules", &self.user_rules.is_some())
            .finish()
    }
}

impl Config {
    /// Runs exactly these passes in this order (names as in [`ALL_PASSES`]).
    pub fn with_passes<S: AsRef<str>>(names: &[S]) -> Result<Self, UnknownPass> {
        let passes = names
            .iter()
            .map(|n| {
                let n = n.as_ref().trim();
                pass_by_name(n).ok_or_else(|| UnknownPass(n.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Config {
            passes,
            ..Config::default()
        })
    }

    /// Drops one pass from the pipeline.
    pub fn skip(mut self, name: &str) -> Result<Self, UnknownPass> {
        if pass_by_name(name).is_none() {
            return Err(UnknownPass(name.to_string()));
        }
        self.passes.retain(|p| p.name() != name);
        Ok(self)
    }

    /// Whether the pass named `name` is in the pipeline.
    pub fn runs(&self, name: &str) -> bool {
        self.passes.iter().any(|p| p.name() == name)
    }

    /// Runs `passes` again, those of them in the pipeline: a pass that took lines an earlier
    /// pass measured the article by asks it to look at the new edges.
    pub(crate) fn run_again(&self, doc: &mut Document<'_>, passes: &[&dyn Pass]) {
        for pass in passes {
            if self.runs(pass.name()) {
                pass.run(doc, self);
            }
        }
    }

    pub fn pass_names(&self) -> Vec<&'static str> {
        self.passes.iter().map(|p| p.name()).collect()
    }

    /// Runs the passes over the document in order.
    pub fn run(&self, doc: &mut Document<'_>) {
        // Nothing but blank lines: nothing to clean (and no pattern needs compiling).
        if doc.lines.iter().all(|l| l.is_blank()) {
            return;
        }
        for pass in &self.passes {
            pass.run(doc, self);
            if pass.edits_text() {
                doc.index_paragraphs();
            }
        }
    }
}

/// Helpers for the passes' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::Config;
    use crate::document::Document;

    /// The texts (trimmed) of the lines that these passes remove from `input`, in input order.
    pub fn removed_lines(passes: &[&str], input: &str) -> Vec<String> {
        let mut doc = Document::parse(input);
        Config::with_passes(passes)
            .expect("test pass names exist")
            .run(&mut doc);
        doc.removals()
            .map(|(_, line, _)| line.text.trim().to_string())
            .collect()
    }

    /// The 1-based input line numbers of the lines that these passes remove from `input`.
    pub fn removed_numbers(passes: &[&str], input: &str) -> Vec<usize> {
        let mut doc = Document::parse(input);
        Config::with_passes(passes)
            .expect("test pass names exist")
            .run(&mut doc);
        doc.removals().map(|(number, _, _)| number).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pass_names_are_unique_and_lowercase() {
        let mut names: Vec<_> = ALL_PASSES.iter().map(|p| p.name()).collect();
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ALL_PASSES.len());
    }

    #[test]
    fn passes_pick_and_order() {
        let c = Config::with_passes(&["wire", "title"]).unwrap();
        assert_eq!(c.pass_names(), ["wire", "title"]);
        assert_eq!(
            Config::with_passes(&["nope"]).unwrap_err(),
            UnknownPass("nope".into())
        );
    }

    #[test]
    fn skip_drops_one_pass() {
        let c = Config::default().skip("related").unwrap();
        assert_eq!(
            c.pass_names(),
            [
                "normalize",
                "inline",
                "wire",
                "repeats",
                "doubled-links",
                "comments",
                "copyright-tail",
                "lede",
                "teasers",
                "main-block",
                "head-label",
                "boilerplate",
                "captions",
                "byline",
                "repeated-labels",
                "chrome",
                "title",
                "no-article"
            ]
        );
        assert!(Config::default().skip("bogus").is_err());
    }
}
