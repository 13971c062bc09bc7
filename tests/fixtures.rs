//! Snapshot tests over every fixture: the text and the JSON output of each `fixtures/*.txt`.
//! A new fixture is picked up without code; review its snapshots as a reader would.

use newsclean::invariants::{Check, check};
use newsclean::output::{render_json, render_text};
use newsclean::{Config, Mode, clean};

#[test]
fn every_fixture_text_and_json() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../fixtures/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!("../fixtures", "*.txt", |path| {
            let input = std::fs::read_to_string(path).expect("fixtures are UTF-8");
            let cleaned = clean(&input, &Config::default());
            insta::assert_snapshot!("text", render_text(&cleaned, true));
            let json: serde_json::Value =
                serde_json::from_str(&render_json(&cleaned)).expect("output is JSON");
            insta::assert_json_snapshot!("json", json);
        });
    });
}

/// Every fixture, in every mode and with `--strip-dateline`, keeps the promises: cleaning the
/// output again changes nothing, no text is invented, the order is kept.
#[test]
fn every_fixture_keeps_the_promises() {
    let mut checked = 0;
    for entry in std::fs::read_dir("fixtures").expect("fixtures folder") {
        let path = entry.expect("fixture entry").path();
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let input = std::fs::read_to_string(&path).expect("fixtures are UTF-8");
        for mode in [Mode::Precise, Mode::Balanced, Mode::Recall] {
            for strip_dateline in [false, true] {
                let mut config = Config::default();
                config.mode = mode;
                config.strip_dateline = strip_dateline;
                if let Err(e) = check(&input, &config, Check::All) {
                    panic!(
                        "{} ({mode:?}, strip_dateline {strip_dateline}): {e}",
                        path.display()
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 300, "only {checked} runs");
}

/// The seed article from the design document: headline once, no CP note, no trailing headlines,
/// every other body paragraph byte for byte.
#[test]
fn seed_acceptance() {
    let input = std::fs::read_to_string("fixtures/seed-iraq-canadian-press.txt").unwrap();
    let cleaned = clean(&input, &Config::default());
    let text = render_text(&cleaned, true);
    let headline = "U.S. questions whether Iraq can boot American troops";
    assert_eq!(text.matches(headline).count(), 1);
    assert!(text.starts_with(headline));
    for gone in [
        "Rashford: Man Utd still in semi-final tie",
        "IKEA agree to pay $66 million after two-year-old killed",
        "This report from The Canadian Press",
    ] {
        assert!(!text.contains(gone), "{gone}");
    }
    let expected: Vec<&str> = input
        .split("\n\n")
        .map(str::trim)
        .filter(|p| {
            !p.is_empty()
                && *p != headline
                && !p.starts_with("This report from")
                && !p.starts_with("Rashford")
        })
        .collect();
    assert_eq!(expected.len(), 14);
    assert_eq!(cleaned.paragraphs(), expected);
    assert_eq!(cleaned.wire().agency, Some("The Canadian Press"));
    let passes: std::collections::BTreeSet<_> =
        cleaned.removals().map(|(_, _, r)| r.pass).collect();
    assert_eq!(
        passes.into_iter().collect::<Vec<_>>(),
        ["related", "title", "wire"]
    );
}
