//! --report (HTML) and --report-json over a batch of the fixtures, a JSON Lines stream and one
//! file; --diff with and without colour.

use std::fs;
use std::path::Path;

use predicates::prelude::*;
use scraper::{Html, Selector};
use serde_json::Value;

fn newsclean() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("newsclean").unwrap()
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &scraper::ElementRef<'_>) -> String {
    e.text().collect::<String>().trim().to_string()
}

#[test]
fn batch_report_has_the_run_s_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let html_path = dir.path().join("r.html");
    let json_path = dir.path().join("r.json");
    let stats = newsclean()
        .arg("fixtures")
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg("--report")
        .arg(&html_path)
        .arg("--report-json")
        .arg(&json_path)
        .args(["--stats", "--format", "json", "-q"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let stats: Value = serde_json::from_slice(&stats).unwrap();
    let report: Value = serde_json::from_str(&fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(
        report["totals"], stats,
        "report totals are the run's totals"
    );

    let page = fs::read_to_string(&html_path).unwrap();
    let html = Html::parse_document(&page);
    assert!(
        html.errors.is_empty(),
        "HTML parse errors: {:?}",
        html.errors
    );
    assert_eq!(text(&select(&html, "title")[0]), "newsclean report");
    assert!(
        select(&html, "script").is_empty() && !page.contains("http://")
            || page.contains("xmlns=\"http://www.w3.org/2000/svg\""),
        "self-contained: no scripts, no external resources"
    );
    assert!(!page.contains("<link") && !page.contains("src="));

    // Totals table.
    let totals: Vec<(String, String)> = select(&html, "table.totals tr")
        .iter()
        .map(|tr| (text(&select_in(tr, "th")[0]), text(&select_in(tr, "td")[0])))
        .collect();
    let get = |k: &str| {
        totals
            .iter()
            .find(|(l, _)| l == k)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(get("Documents cleaned"), stats["documents"].to_string());
    assert_eq!(get("Documents changed"), stats["changed"].to_string());
    let removed: u64 = stats["removed_by_pass"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(get("Lines removed"), removed.to_string());

    // The per-pass chart: one bar per pass that removed something, with its count.
    let bars = select(&html, "svg#chart-passes rect.bar");
    let by_pass = stats["removed_by_pass"].as_object().unwrap();
    assert_eq!(bars.len(), by_pass.len());
    for (pass, n) in by_pass {
        let title = format!("{pass}: {n}");
        assert!(bars.iter().any(|b| text(b) == title), "bar {title}");
    }
    assert!(!select(&html, "svg#chart-rules rect.bar").is_empty());

    // Top removed lines: counts match the JSON, most frequent first, at most 50.
    let rows = select(&html, "table#top-removed tbody tr");
    let json_rows = report["top_removed"].as_array().unwrap();
    assert_eq!(rows.len(), json_rows.len());
    assert!(rows.len() <= 50 && !rows.is_empty());
    let first = select_in(&rows[0], "td");
    assert_eq!(text(&first[0]), json_rows[0]["count"].to_string());
    assert_eq!(text(&first[2]), json_rows[0]["text"].as_str().unwrap());
    let counts: Vec<u64> = rows
        .iter()
        .map(|r| text(&select_in(r, "td")[0]).parse().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // "Harbour Street bridge to close for two years" is a repeated headline in 4 fixtures.
    assert_eq!(
        text(&select_in(&rows[0], "td")[2]),
        "Harbour Street bridge to close for two years"
    );
    assert_eq!(counts[0], 4);

    // Kept short lines.
    assert!(!select(&html, "table#top-kept tbody tr").is_empty());

    // Samples: 20 with the most removals and 20 seeded ones, each linked to its rendering.
    let links = select(&html, "table#sample-list a");
    assert_eq!(links.len(), 40);
    for a in &links {
        let target = a
            .value()
            .attr("href")
            .unwrap()
            .trim_start_matches('#')
            .to_string();
        assert_eq!(
            select(&html, &format!("div.doc#{target}")).len(),
            1,
            "{target}"
        );
    }
    let struck = select(&html, "div.doc span.removed");
    assert!(!struck.is_empty());
}

fn select_in<'a>(e: &scraper::ElementRef<'a>, css: &str) -> Vec<scraper::ElementRef<'a>> {
    e.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn report_is_the_same_for_any_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for jobs in ["1", "4"] {
        let path = dir.path().join(format!("r{jobs}.json"));
        newsclean()
            .arg("fixtures")
            .arg("-o")
            .arg(dir.path().join(format!("out{jobs}")))
            .args(["-q", "-j", jobs])
            .arg("--report-json")
            .arg(&path)
            .assert()
            .success();
        pages.push(fs::read_to_string(path).unwrap());
    }
    assert_eq!(pages[0], pages[1]);
}

#[test]
fn jsonl_and_single_file_reports() {
    let dir = tempfile::tempdir().unwrap();
    let seed = fs::read_to_string("fixtures/seed-iraq-canadian-press.txt").unwrap();
    let input: String = (0..5)
        .map(|i| serde_json::json!({"id": i, "text": seed}).to_string() + "\n")
        .collect();
    let json_path = dir.path().join("j.json");
    newsclean()
        .args(["--jsonl", "-q"])
        .arg("--report-json")
        .arg(&json_path)
        .write_stdin(input)
        .assert()
        .success();
    let report: Value = serde_json::from_str(&fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(report["totals"]["documents"], 5);
    assert_eq!(report["most_removed"][0]["name"], "<stdin>:1");
    let html_path = dir.path().join("one.html");
    newsclean()
        .arg("fixtures/seed-iraq-canadian-press.txt")
        .arg("--report")
        .arg(&html_path)
        .assert()
        .success();
    let page = fs::read_to_string(html_path).unwrap();
    assert!(page.contains("fixtures/seed-iraq-canadian-press.txt"));
}

/// `--diff` of the full-page fixture at 100 columns, with these extra arguments.
fn diff_of(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = newsclean();
    cmd.args(["fixtures/chrome-full-page-dump.txt", "--diff"])
        .args(args)
        .env("COLUMNS", "100");
    for (k, v) in env {
        cmd.env(k, v);
    }
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn diff_plain_and_colored() {
    let plain = diff_of(&[], &[]);
    assert!(
        !plain.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    insta::assert_snapshot!("diff_plain", plain);
    let colored = diff_of(&["--color", "always"], &[]);
    insta::assert_snapshot!("diff_colored", colored);
    assert_eq!(diff_of(&["--color", "never"], &[]), plain);
    // NO_COLOR turns off only the automatic choice: an explicit `always` still colours.
    assert_eq!(
        diff_of(&["--color", "always"], &[("NO_COLOR", "1")]),
        colored
    );
}

#[test]
fn diff_takes_one_document() {
    newsclean()
        .args([
            "fixtures/title-exact-repeat.txt",
            "fixtures/wire-xinhua.txt",
            "--diff",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--diff shows one document"));
    assert!(Path::new("fixtures/title-exact-repeat.txt").exists());
}
