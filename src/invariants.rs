//! The promises newsclean keeps for every input, as one check that the property tests and the
//! fuzz targets both assert (so they test the same thing):
//!
//! 1. nothing is invented: every output line is a line of the normalized input;
//! 2. kept lines keep their input order;
//! 3. nothing is lost silently: kept + title + removed + blank lines = input lines, and every
//!    kept line is in the output;
//! 4. idempotence (when asked): cleaning the clean output changes nothing.

use crate::output::render_text;
use crate::passes::normalize::normalize_line;
use crate::{Config, Document, Status, clean};

/// Which promises to check: idempotence holds for the default pipeline; a single pass alone
/// may legitimately leave work that only another pass's view makes stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    All,
    WithoutIdempotence,
}

/// Cleans `input` with `config` and checks the promises; the error says which one broke.
pub fn check(input: &str, config: &Config, what: Check) -> Result<(), String> {
    let cleaned = clean(input, config);
    let once = render_text(&cleaned, true);
    // The body written in one pass is the paragraphs joined by a blank line.
    if cleaned.text() != cleaned.paragraphs().join("\n\n") {
        return Err("the body text is not its paragraphs joined by a blank line".into());
    }

    if what == Check::All {
        let twice = render_text(&clean(&once, config), true);
        if twice != once {
            return Err(format!(
                "not idempotent:\n--- once ---\n{once}\n--- twice ---\n{twice}"
            ));
        }
    }

    // Every output line is a line of the (normalized) input, and body lines keep their order.
    let normalizes = config.pass_names().contains(&"normalize");
    let mut lines: Vec<String> = Document::parse(input)
        .lines
        .iter()
        .map(|l| {
            if normalizes {
                // The normalize pass also trims line starts, in place.
                normalize_line(&l.text).trim_start().to_owned()
            } else {
                l.text.to_string()
            }
        })
        .collect();
    // `strip_dateline` and the inline pass rewrite lines on purpose: compare with the rewrite,
    // which must be the input line with something taken out (and, for the inline pass, the cut
    // reported).
    let doc = cleaned.document();
    let cut = |number: usize| doc.fragments.iter().any(|f| f.line == number);
    if config.strip_dateline || !doc.fragments.is_empty() {
        for (i, (line, original)) in doc.lines.iter().zip(lines.iter_mut()).enumerate() {
            // Blank lines may be left unnormalized (a blank document skips the passes).
            if !line.is_blank() && line.text != original.as_str() {
                if !config.strip_dateline && !cut(i + 1) {
                    return Err(format!("line {} was rewritten without a report", i + 1));
                }
                if line.text.len() >= original.len() {
                    return Err(format!("dateline rewrite {:?} is not shorter", line.text));
                }
                *original = line.text.to_string();
            }
        }
    }
    let mut body: Vec<&str> = once.lines().filter(|l| !l.is_empty()).collect();
    if let Some(title) = cleaned.title() {
        if !lines.iter().any(|l| l.trim() == title) {
            return Err(format!("title {title:?} is not an input line"));
        }
        if body.first().copied() != Some(title) {
            return Err(format!("title {title:?} is not the first output line"));
        }
        body.remove(0);
    }
    let mut rest = lines.iter();
    for out in &body {
        if !rest.any(|l| l == out) {
            return Err(format!(
                "output line {out:?} is not a normalized input line in order"
            ));
        }
    }

    // Every input line is accounted for: kept, title, removed or blank.
    if doc.lines.len() != lines.len() {
        return Err(format!(
            "document has {} lines, input {}",
            doc.lines.len(),
            lines.len()
        ));
    }
    let (mut kept, mut removed, mut title, mut blank) = (0, 0, 0, 0);
    for line in &doc.lines {
        match doc.status_of(line) {
            Status::Removed(_) => removed += 1,
            Status::Title => title += 1,
            Status::Kept if line.is_blank() => blank += 1,
            Status::Kept => kept += 1,
        }
    }
    if kept + removed + title + blank != lines.len() {
        return Err(format!(
            "{kept} kept + {removed} removed + {title} title + {blank} blank != {} lines",
            lines.len()
        ));
    }
    if kept != body.len() {
        return Err(format!(
            "{kept} kept lines but {} body lines in the output",
            body.len()
        ));
    }
    Ok(())
}

/// The configuration a fuzz input's first byte selects for the `clean` target: the mode, and
/// whether datelines are stripped. Shared with the regression test that replays fuzz findings.
pub fn whole_pipeline_config(selector: u8) -> Config {
    let mut config = Config::default();
    config.mode = match selector % 3 {
        0 => crate::Mode::Balanced,
        1 => crate::Mode::Precise,
        _ => crate::Mode::Recall,
    };
    config.strip_dateline = selector & 0x80 != 0;
    config
}

/// The single-pass configuration a fuzz input's first byte selects (`single_pass` target).
pub fn single_pass_config(selector: u8) -> Config {
    let pass = crate::ALL_PASSES[usize::from(selector) % crate::ALL_PASSES.len()];
    Config::with_passes(&[pass.name()]).unwrap_or_default()
}
