//! Properties that hold for any input: no panic, idempotence, no invented text, order kept.

use newsclean::Config;
use newsclean::invariants::{self, Check};
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

fn check(input: &str) -> Result<(), TestCaseError> {
    invariants::check(input, &Config::default(), Check::All).map_err(TestCaseError::fail)
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

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    /// Each pass alone keeps the promises too, idempotence included.
    #[test]
    fn each_pass_alone(input in document(), which in 0..newsclean::ALL_PASSES.len()) {
        let name = newsclean::ALL_PASSES[which].name();
        let config = Config::with_passes(&[name]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        invariants::check(&input, &config, Check::All)
            .map_err(|e| TestCaseError::fail(format!("pass {name}: {e}")))?;
    }
}
