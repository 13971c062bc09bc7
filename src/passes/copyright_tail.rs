//! The page tail after a copyright notice: "© 2019 CBS Interactive Inc. All Rights Reserved."
//! closes the article on a page, and a `<p>` dump carries on with what the page shows below it
//! — other stories' teasers, corporate blurbs, sign-up forms. Those lines go.
//!
//! Guards keep article text safe: the notice must be a site notice (a year or "all rights
//! reserved", not a photo credit like "© Jane Doe"), it must follow enough article prose (a
//! notice at the top of a page is followed by the article), and the prose after it must not
//! outweigh the prose before it by much. The notice line itself is left to the wire and
//! boilerplate passes.

use crate::document::Document;
use crate::passes::tail;
use crate::pipeline::{Config, Pass};
use crate::text::{strip_prefix_ignore_ascii_case, words_upto};

pub struct CopyrightTail;

const PASS: &str = "copyright-tail";

/// A notice is a short line.
const MAX_NOTICE_WORDS: usize = 40;

/// A site's copyright or rights notice: "© 2019 Reuters", "Copyright © 2019 BBC.",
/// "Slate is published by ... All contents © 2019 The Slate Group LLC. All rights reserved.",
/// the AP's "This material may not be published, broadcast, rewritten or redistributed."
pub fn is_site_notice(line: &str) -> bool {
    let s = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '•' | '-'));
    if s.is_empty() || s.len() > 600 {
        return false;
    }
    let starts = |p: &str| strip_prefix_ignore_ascii_case(s, p).is_some();
    if !(has_notice_mark(s.as_bytes())
        || starts("(c)")
        || starts("copyright")
        || starts("this material"))
    {
        return false;
    }
    if words_upto(s, MAX_NOTICE_WORDS + 1) > MAX_NOTICE_WORDS {
        return false;
    }
    let lower = s.to_lowercase();
    if lower.contains("all rights reserved")
        || lower.starts_with("this material may not be published")
    {
        return true;
    }
    let marked = lower.starts_with('©')
        || lower.starts_with("(c)")
        || lower.starts_with("copyright ©")
        || lower.starts_with("copyright (c)");
    marked && has_year(&lower)
}

/// Holds "©" or "(R)eserved" ("ESERVED"): every notice but those opening "(c)", "Copyright" or
/// "This material" has one. Asked of every line: one scan for the rare bytes "©" ends in and the
/// "v" of "reserved" (about one byte in a hundred of prose), each looked at where it stands,
/// costs a fifth of three substring searches.
fn has_notice_mark(b: &[u8]) -> bool {
    memchr::memchr3_iter(0xA9, b'v', b'V', b).any(|i| match b[i] {
        // "©" is C2 A9 in UTF-8.
        0xA9 => i > 0 && b[i - 1] == 0xC2,
        v => {
            let word: &[u8] = if v == b'v' { b"eserved" } else { b"ESERVED" };
            i >= 4 && b.get(i - 4..i + 3) == Some(word)
        }
    })
}

/// Holds a year from 1900 to 2099 as four digits of their own.
fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (w.starts_with(b"19") || w.starts_with(b"20"))
            && !b.get(i.wrapping_sub(1)).is_some_and(u8::is_ascii_digit)
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    })
}

impl Pass for CopyrightTail {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "drop what a page dump carries on with after the site's copyright notice"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        cut_after_notice(doc, config);
    }
}

/// The pass itself; the main-block pass weighs the notice again after it removed prose below
/// the article (see there).
pub(crate) fn cut_after_notice(doc: &mut Document<'_>, config: &Config) {
    let Some(notice) = tail::marker_after_prose(doc, config, is_site_notice, |_, _| true) else {
        return;
    };
    // The notice itself is left to the wire and boilerplate passes.
    tail::cut_after(
        doc,
        notice + 1,
        PASS,
        "after-copyright",
        "follows the site's copyright notice at the end of the article",
    );
}

#[cfg(test)]
mod tests {
    use super::is_site_notice;
    use crate::pipeline::testing::removed_lines;

    /// The byte scan answers as the three substring searches it replaced.
    fn marks_by_search(s: &str) -> bool {
        s.contains('©') || s.contains("eserved") || s.contains("ESERVED")
    }

    #[test]
    fn notice_marks_are_found_where_the_searches_found_them() {
        for s in [
            "© 2019 Reuters",
            "All rights reserved.",
            "ALL RIGHTS RESERVED",
            "reserved",
            "eserved",
            "served",
            "The reserve was served cold.",
            "Copyright \u{a9}",
            "Ä© not a mark",
            "v",
            "",
            "Reserv ed",
            "The court reserved judgment.",
        ] {
            assert_eq!(
                super::has_notice_mark(s.as_bytes()),
                marks_by_search(s),
                "{s}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn notice_marks_match_the_searches(s in "([a-zA-Z ©ÄéVv]|eserved|ESERVED){0,40}") {
            proptest::prop_assert_eq!(super::has_notice_mark(s.as_bytes()), marks_by_search(&s));
        }
    }

    const PROSE: &str = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes for at least two years, officials said.";

    #[test]
    fn site_notices_and_not_photo_credits() {
        for line in [
            "© 2019 CBS Interactive Inc. All Rights Reserved.",
            "Copyright © 2019 BBC. The BBC is not responsible for the content of external sites.",
            "© 2019 National Review",
            "Slate is published by The Slate Group, a Graham Holdings Company. All contents © 2019 The Slate Group LLC. All rights reserved.",
            "This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC.",
        ] {
            assert!(is_site_notice(line), "{line}");
        }
        for line in [
            "© Aaron Schwartz",
            "Copyright law was reformed in 2019 after years of debate.",
            "© Zurek Design LLC — Read our fascinating terms of service.",
        ] {
            assert!(!is_site_notice(line), "{line}");
        }
    }

    #[test]
    fn teasers_after_the_notice_go() {
        let teasers = "Officials dismiss a claim that the craft was downed.\nAt least six people have died in the fires.\nLawmakers want to cut ties with beef importers.";
        let input = format!(
            "{PROSE}\n\n{PROSE} Again.\n\n{PROSE} Once more.\n\n{PROSE} And again.\n\n© 2019 Harbour Media Inc. All Rights Reserved.\n\n{teasers}\n"
        );
        let removed = removed_lines(&["normalize", "copyright-tail"], &input);
        assert_eq!(removed, teasers.lines().collect::<Vec<_>>());
    }

    #[test]
    fn a_notice_at_the_top_or_after_little_prose_cuts_nothing() {
        let input =
            format!("© 2019 Harbour Media Inc. All Rights Reserved.\n\n{PROSE}\n\n{PROSE}\n");
        assert!(removed_lines(&["normalize", "copyright-tail"], &input).is_empty());
        let input =
            format!("{PROSE}\n\n© 2019 Harbour Media Inc. All Rights Reserved.\n\n{PROSE}\n");
        assert!(removed_lines(&["normalize", "copyright-tail"], &input).is_empty());
    }

    /// Found by fuzzing (copyright-tail-age-line): the wire pass had removed an agency's
    /// copyright line with more of the article under it than the guard allows, and the search
    /// stopped there; a second cleaning, without that line, cut after the site's notice further
    /// down. A removed marker that fails the guard now gives way to the next.
    #[test]
    fn a_removed_notice_that_fails_the_guard_gives_way_to_the_next() {
        let teasers = "Officials dismiss a claim that the craft was downed.\nAt least six people have died in the fires.";
        let input = format!(
            "{PROSE}\n\n{PROSE} Again.\n\nCopyright 2024 The Associated Press. All rights reserved.\n\n{PROSE} Once more.\n\n{PROSE} And again.\n\n{PROSE} Still.\n\n{PROSE} Yet again.\n\n{PROSE} Last.\n\n© 2024 Harbour Media Inc. All Rights Reserved.\n\n{teasers}\n"
        );
        let passes = ["normalize", "wire", "copyright-tail"];
        let removed = removed_lines(&passes, &input);
        assert_eq!(
            removed
                .iter()
                .filter(|l| teasers.contains(l.as_str()))
                .count(),
            2,
            "{removed:?}"
        );
        // A kept notice that fails the guard still ends the search, as it will on a second
        // cleaning: the prose after it is the article's.
        let kept_first = input.replace(
            "Copyright 2024 The Associated Press. All rights reserved.",
            "© 2024 Harbour Photo Agency. All rights reserved.",
        );
        let passes = ["normalize", "copyright-tail"];
        assert!(removed_lines(&passes, &kept_first).is_empty());
    }

    #[test]
    fn a_long_article_after_the_notice_stays() {
        let input = format!(
            "{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n© 2019 Harbour Media Inc. All Rights Reserved.\n\n{}",
            format!("{PROSE}\n\n").repeat(8)
        );
        assert!(removed_lines(&["normalize", "copyright-tail"], &input).is_empty());
    }
}
