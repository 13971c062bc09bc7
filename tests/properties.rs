//! Properties that hold for any input: no panic, idempotence, no invented text, order kept.

use newsclean::output::render_text;
use newsclean::passes::normalize::normalize_line;
use newsclean::{Config, Document, Status, clean};
use proptest::prelude::*;

/// Lines that exercise every pass: headlines, prose, credits, datelines, links, entities.
const PIECES: &[&str] = &[
    "Bridge to close for two years",
    "BRIDGE TO CLOSE FOR TWO YEARS",
    "Bridge to close for two years - Reuters",
    "BBC News - Bridge to close for two years",
    "Bridge to close for…",
    "The council voted on Tuesday to close the old bridge for repairs next spring, officials said.",
    "Engineers found that corrosion had advanced faster than expected in the steel supports of the span.",
    "\"We had no choice,\" the mayor told The Associated Press.",
    "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill after a long debate.",
    "(Reuters) -Boeing said it delivered 44 jets in October.",
    "MADRID — Rafael Nadal kept Spain alive.",
    "This report by The Canadian Press was first published Jan. 6, 2020.",
    "Copyright 2020 The Associated Press. All rights reserved.",
    "Reporting by Jane Doe; Editing by John Roe",
    "— AFP",
    "Related:",
    "READ MORE: Council approves budget after marathon session",
    "You may also like",
    "Rashford: Man Utd still in semi-final tie",
    "IKEA agree to pay $66 million after two-year-old killed",
    "The members are:",
    "June 9 – Tampa, FL @ Amphitheatre",
    "___",
    "Tom &amp; Jerry &amp;amp; friends&nbsp;",
    "a\u{00A0}b\u{200B}c  ",
    "&a&#8203;mp; &#10; &#0;",
    "* Home",
    "+ Local News",
    "Menu",
    "Advertisement",
    "Share this article",
    "We use cookies to improve your experience. By browsing this website, you agree to our use of cookies.",
    "About us",
    "lowercase label here",
    "Keep reading?",
    "20) Ravensburger Labirinto Magico",
    "",
    "",
    "   ",
];

fn document() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "[ -~\u{00A0}\u{200B}\u{2014}é&;#]{0,40}",
    ];
    let ending = proptest::sample::select(&["\n", "\r\n", "\r", "\n\n"][..]);
    proptest::collection::vec((line, ending), 0..30).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(l, e)| format!("{l}{e}"))
            .collect::<String>()
    })
}

/// The input's lines as the normalize pass leaves them.
fn normalized_lines(input: &str) -> Vec<String> {
    Document::parse(input)
        .lines
        .iter()
        .map(|l| normalize_line(&l.text).into_owned())
        .collect()
}

fn check(input: &str) -> Result<(), TestCaseError> {
    let config = Config::default();
    let cleaned = clean(input, &config);
    let once = render_text(&cleaned, true);

    // Idempotent: cleaning the clean output changes nothing.
    let twice = render_text(&clean(&once, &config), true);
    prop_assert_eq!(&twice, &once);

    // Every output line is a line of the normalized input, and body lines keep their order.
    let lines = normalized_lines(input);
    let mut body: Vec<&str> = once.lines().filter(|l| !l.is_empty()).collect();
    if let Some(title) = cleaned.title() {
        prop_assert!(
            lines.iter().any(|l| l.trim() == title),
            "title {:?} invented",
            title
        );
        prop_assert_eq!(body.first().copied(), Some(title));
        body.remove(0);
    }
    let mut rest = lines.iter();
    for out in &body {
        prop_assert!(
            rest.any(|l| l == out),
            "output line {:?} is not a normalized input line in order",
            out
        );
    }

    // Every input line is accounted for: kept, title, removed or blank.
    let doc = cleaned.document();
    prop_assert_eq!(doc.lines.len(), lines.len());
    let kept = doc.lines.iter().filter(|l| l.is_kept()).count();
    let removed = doc
        .lines
        .iter()
        .filter(|l| matches!(l.status, Status::Removed(_)))
        .count();
    let title = doc
        .lines
        .iter()
        .filter(|l| l.status == Status::Title)
        .count();
    let blank = doc
        .lines
        .iter()
        .filter(|l| l.is_blank() && l.status == Status::Kept)
        .count();
    prop_assert_eq!(kept + removed + title + blank, lines.len());
    prop_assert_eq!(kept, body.len());
    Ok(())
}

proptest! {
    // 512 cases by default; PROPTEST_CASES=100000 for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings(input in "\\PC*(\n\\PC*){0,8}") {
        check(&input)?;
    }

    #[test]
    fn article_shaped_documents(input in document()) {
        check(&input)?;
    }
}
