//! newsclean turns scraped news text into the clean article: it collapses the headline repeated
//! at the top, strips other stories' headlines glued to the end, and finds and removes wire-service
//! credit lines — and says what it removed and why.
//!
//! ```
//! use newsclean::{clean, Config};
//!
//! let scraped = "Bridge to close\n\nBridge to close\n\n\
//!     The council voted on Tuesday to close the old bridge for repairs next spring.\n\n\
//!     This report by The Canadian Press was first published Jan. 6, 2020.\n";
//! let cleaned = clean(scraped, &Config::default());
//! assert_eq!(cleaned.title(), Some("Bridge to close"));
//! assert_eq!(
//!     cleaned.text(),
//!     "The council voted on Tuesday to close the old bridge for repairs next spring."
//! );
//! assert_eq!(cleaned.wire().agency, Some("The Canadian Press"));
//! assert_eq!(cleaned.removals().count(), 2);
//! ```

pub mod agency;
pub mod batch;
pub mod dates;
pub mod diff;
pub mod document;
pub mod error;
pub mod input;
pub mod interrupt;
pub mod invariants;
pub mod jsonl;
pub mod line_text;
pub mod output;
pub mod passes;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod stats;
pub mod text;

pub use document::{Credit, Dateline, Document, Line, Removal, Status, Wire};
pub use line_text::LineText;
pub use output::Format;
pub use pipeline::{ALL_PASSES, Config, Mode, Pass, UnknownPass};

/// The result of cleaning one document: the marked document and what the passes found.
#[derive(Debug, Clone)]
pub struct Cleaned<'a> {
    doc: Document<'a>,
}

/// Compiles the passes' rule automata now, on two threads, instead of one by one as the first
/// [`clean`] reaches them: a process that cleans one short article spends most of its time
/// compiling them. The boilerplate rules, the largest share, are built on a thread of their own;
/// the wire, caption, byline and related-link patterns on the calling thread, which returns when
/// they are done. The first [`clean`] then waits only for what is still being built, and nothing
/// is built twice. Worth calling once in a process that cleans a single short document on a
/// machine with a second core; a no-op for the output. Not for a large one: its compile time is
/// nothing beside cleaning it, and the second thread's allocator arena added some 10 MB of peak
/// memory (the command calls it below 1 MB).
pub fn prepare() {
    // A thread that cannot be started only means those rules compile when first used.
    let _ = std::thread::Builder::new()
        .name("newsclean-prepare".into())
        .spawn(passes::boilerplate::compile_rules);
    passes::wire::compile_rules();
    passes::captions::compile_rules();
    passes::byline::compile_rules();
    passes::related::compile_rules();
}

/// Cleans one article with the given configuration.
pub fn clean<'a>(text: &'a str, config: &Config) -> Cleaned<'a> {
    let mut doc = Document::parse(text);
    config.run(&mut doc);
    Cleaned { doc }
}

impl<'a> Cleaned<'a> {
    /// The headline, when one was recognised.
    pub fn title(&self) -> Option<&str> {
        self.doc.title.as_deref()
    }

    /// The article body: kept paragraphs (lines joined by `\n`) separated by a blank line, without
    /// the title and without a final newline.
    pub fn text(&self) -> String {
        // Sized for the input once: growing it by doubling copied each article several times.
        let mut out = String::with_capacity(self.doc.bytes_in);
        let written: Result<(), std::convert::Infallible> = self.for_each_text_piece(|piece| {
            out.push_str(piece);
            Ok(())
        });
        let Ok(()) = written;
        out
    }

    /// The input's size in bytes.
    pub fn bytes_in(&self) -> usize {
        self.doc.bytes_in
    }

    /// Writes [`Cleaned::text`] to `w` as it goes, without building it first (a huge article's
    /// output is not held in memory beside it).
    pub fn write_text(&self, w: &mut impl std::io::Write) -> std::io::Result<()> {
        self.for_each_text_piece(|piece| w.write_all(piece.as_bytes()))
    }

    /// The body has some text: [`Cleaned::text`] is not empty.
    pub fn has_text(&self) -> bool {
        self.doc.lines.iter().any(Line::is_kept)
    }

    /// Hands the body to `piece` in order: each kept line, and the line break or blank line
    /// before it.
    pub(crate) fn for_each_text_piece<E>(
        &self,
        mut piece: impl FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        // The same as joining `paragraphs()` with a blank line, without a vector per paragraph
        // and a string per paragraph for every document.
        let (mut first, mut current) = (true, None);
        let kept = self.doc.paragraphs_of_lines().filter(|(l, _)| l.is_kept());
        for (line, paragraph) in kept {
            if !first {
                piece(if paragraph == current { "\n" } else { "\n\n" })?;
            }
            first = false;
            current = paragraph;
            piece(&line.text)?;
        }
        Ok(())
    }

    /// The kept paragraphs, each its kept lines joined by `\n`.
    pub fn paragraphs(&self) -> Vec<String> {
        self.doc
            .kept_paragraphs()
            .into_iter()
            .map(|p| p.join("\n"))
            .collect()
    }

    /// The wire agency, dateline and credit lines found.
    pub fn wire(&self) -> &Wire {
        &self.doc.wire
    }

    /// Every removed line with its 1-based number and the pass, rule and reason, in input order.
    pub fn removals(&self) -> impl Iterator<Item = (usize, &Line<'a>, &Removal)> {
        self.doc.removals()
    }

    /// How many lines each pass removed, by pass name.
    pub fn removed_by_pass(&self) -> std::collections::BTreeMap<&'static str, usize> {
        let mut counts = std::collections::BTreeMap::new();
        for (_, _, r) in self.removals() {
            *counts.entry(r.pass).or_insert(0) += 1;
        }
        for f in &self.doc.fragments {
            *counts.entry(f.pass).or_insert(0) += 1;
        }
        counts
    }

    /// The marked document, line by line.
    pub fn document(&self) -> &Document<'a> {
        &self.doc
    }
}
