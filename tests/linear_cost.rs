//! No input shape makes cleaning quadratic: for each shape that once did (and a few that never
//! did), cleaning eight times the lines takes at most `MAX_RATIO` times as long. Linear work gives
//! about 8; the quadratic passes these shapes caught gave 40 to 64.
//!
//! Times are the best of three runs, so a busy machine slows both sizes alike or neither.

use std::time::{Duration, Instant};

use newsclean::Config;

/// Twice the linear ratio and a half: room for a busy machine and for caches, far under the
/// 64 of a quadratic pass.
const MAX_RATIO: f64 = 20.0;

/// Lines in the smaller input of each pair; the larger has eight times as many.
const SMALL: usize = 1500;

const PROSE: &str =
    "The council voted on Tuesday to close the old bridge for repairs after the storm.";

/// The `n`-th arrangement of `words` (factorial number system): all distinct, same letters.
fn arrangement(words: &[&str], mut n: usize) -> String {
    let mut left: Vec<&str> = words.to_vec();
    let mut out = Vec::with_capacity(words.len());
    while !left.is_empty() {
        let k = n % left.len();
        n /= left.len();
        out.push(left.remove(k));
    }
    out.join(" ")
}

/// A shape's name and the input it makes for a number of lines.
type Shape = (&'static str, fn(usize) -> String);

fn shapes() -> Vec<Shape> {
    vec![
        // The same words in other orders share the repeats pass's letter fingerprint.
        ("reordered sentences", |n| {
            let words = [
                "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            ];
            (0..n)
                .map(|i| {
                    format!(
                        "The council voted on Tuesday to close the old bridge {}.",
                        arrangement(&words, i)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n\n")
        }),
        // Headline-shaped lines above the article, each compared with the others for the
        // repeated headline.
        ("menu above the article", |n| {
            let menu: Vec<String> = (0..n).map(|i| format!("Menu item {i}")).collect();
            format!("{}\n\n{PROSE}\n", menu.join("\n"))
        }),
        // One line holding an ad slot after every sentence.
        ("ad slots in one line", |n| {
            vec![PROSE; n].join(" Advertisement ")
        }),
        // A slot glued into every paragraph.
        ("an ad slot in every paragraph", |n| {
            vec![format!("{PROSE} Advertisement The mayor said it was over."); n].join("\n\n")
        }),
        // Lines that open alike, keyed by their first letters.
        ("a list of lines that open alike", |n| {
            let list: Vec<String> = (0..n).map(|i| format!("Item {i}: value {i}")).collect();
            format!("{PROSE}\n\n{}\n", list.join("\n"))
        }),
        // A run of teasers cut off with an ellipsis at the end.
        ("teasers cut off at the end", |n| {
            let teasers: Vec<String> = (0..n)
                .map(|i| format!("Harbour Town story number {i} is told here and more…"))
                .collect();
            format!(
                "{}\n\n{}\n",
                vec![PROSE; 20].join("\n\n"),
                teasers.join("\n")
            )
        }),
        // Copies of the headline at the top.
        ("headline copies at the top", |n| {
            let h =
                "Council Votes To Close The Old Bridge For Repairs After Storm Damage In Harbour";
            format!("{}\n\n{PROSE}\n", vec![h; n].join("\n"))
        }),
        // Copies of a page title with the site's name after a separator.
        ("page title copies", |n| {
            let h = "Council Votes To Close The Old Bridge For Repairs | Harbour Times";
            format!("{}\n\n{PROSE}\n", vec![h; n].join("\n"))
        }),
        // Plain prose, for scale.
        ("repeated paragraphs", |n| vec![PROSE; n].join("\n\n")),
        ("other stories' headlines at the end", |n| {
            let heads: Vec<String> = (0..n)
                .map(|i| format!("Harbour Town Story Number {i} Is Here Today"))
                .collect();
            format!("{PROSE}\n\nRelated:\n{}\n", heads.join("\n"))
        }),
    ]
}

fn best_of_three(text: &str) -> Duration {
    let config = Config::default();
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let cleaned = newsclean::clean(text, &config);
            std::hint::black_box(cleaned.text());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn eight_times_the_lines_cost_at_most_twenty_times_the_time() {
    let mut failures = Vec::new();
    for (name, shape) in shapes() {
        let (small, large) = (shape(SMALL), shape(SMALL * 8));
        let (a, b) = (best_of_three(&small), best_of_three(&large));
        // A floor for the smaller time: under a millisecond, timer and cache noise decide.
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(0.001);
        eprintln!("{name}: {a:?} -> {b:?} (x{ratio:.1})");
        if ratio > MAX_RATIO {
            failures.push(format!(
                "{name}: {a:?} for {SMALL} lines, {b:?} for eight times as many (x{ratio:.1})"
            ));
        }
    }
    assert!(failures.is_empty(), "not linear:\n{}", failures.join("\n"));
}
