//! JSON Lines: fields kept in order, records in input order, bad records per --on-error, gzip,
//! title hints, --explain.

use std::io::Write;

use predicates::prelude::*;
use serde_json::Value;

fn newsclean() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("newsclean").unwrap()
}

fn seed() -> String {
    std::fs::read_to_string("fixtures/seed-iraq-canadian-press.txt").unwrap()
}

fn record(id: usize, text: &str) -> String {
    serde_json::json!({"id": id, "url": format!("https://example.com/{id}"), "text": text, "meta": {"b": 2, "a": [1, 2]}})
        .to_string()
}

fn parse_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn fields_kept_in_order_and_newsclean_added() {
    let input = format!(
        "{}\n",
        r#"{"z":1,"text":"Bridge closes\n\nBridge closes\n\nThe council voted on Tuesday to close the old bridge for repairs next spring.","a":{"y":null,"x":[true,1.5]},"title":"Bridge closes"}"#
    );
    let out = newsclean()
        .arg("--jsonl")
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let line = String::from_utf8(out).unwrap();
    assert!(
        line.starts_with(r#"{"z":1,"text":"The council voted on Tuesday to close the old bridge for repairs next spring.","a":{"y":null,"x":[true,1.5]},"title":"Bridge closes","newsclean":{"#),
        "{line}"
    );
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["newsclean"]["title"], "Bridge closes");
    assert_eq!(v["newsclean"]["removed"]["title"], 1);
    assert!(v["newsclean"].get("removals").is_none());
}

#[test]
fn records_come_out_in_input_order_with_two_threads() {
    let seed = seed();
    let input: String = (0..2000).map(|i| record(i, &seed) + "\n").collect();
    let out = newsclean()
        .args(["--jsonl", "-j", "2", "-q"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let records = parse_lines(&out);
    assert_eq!(records.len(), 2000);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["id"], i);
        assert_eq!(r["meta"], serde_json::json!({"b": 2, "a": [1, 2]}));
        assert_eq!(r["newsclean"]["agency"], "The Canadian Press");
        assert!(!r["text"].as_str().unwrap().contains("Rashford"));
    }
}

fn mixed_input() -> String {
    [
        record(0, "A first article body that is long enough to be prose."),
        "{not json".to_string(),
        r#"{"id":2}"#.to_string(),
        r#"{"id":3,"text":42}"#.to_string(),
        r#"[1,2,3]"#.to_string(),
        r#"{"id":5,"text":"\ud800 lone surrogate"}"#.to_string(),
        record(6, "The last article."),
    ]
    .join("\n")
        + "\n"
}

#[test]
fn on_error_fail_stops_at_the_first_bad_record() {
    let out = newsclean()
        .arg("--jsonl")
        .write_stdin(mixed_input())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("<stdin>:2: invalid JSON"))
        .stderr(predicate::str::contains("stopped at the first failure"))
        .get_output()
        .stdout
        .clone();
    let records = parse_lines(&out);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], 0);
}

#[test]
fn on_error_skip_reports_every_bad_record_by_line() {
    let out = newsclean()
        .args(["--jsonl", "--on-error", "skip"])
        .write_stdin(mixed_input())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("<stdin>:2: invalid JSON"))
        .stderr(predicate::str::contains("<stdin>:3: no field 'text'"))
        .stderr(predicate::str::contains(
            "<stdin>:4: field 'text' is not a string",
        ))
        .stderr(predicate::str::contains("<stdin>:5: not a JSON object"))
        .stderr(predicate::str::contains("<stdin>:6: invalid JSON"))
        .stderr(predicate::str::contains(
            "7 records in = 2 cleaned + 5 failed (left out); 2 out",
        ))
        .get_output()
        .stdout
        .clone();
    let ids: Vec<Value> = parse_lines(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, [0, 6]);
}

#[test]
fn on_error_keep_writes_bad_lines_unchanged() {
    let out = newsclean()
        .args(["--jsonl", "--on-error", "keep", "-q"])
        .write_stdin(mixed_input())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let lines: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let input = mixed_input();
    let input_lines: Vec<&str> = input.lines().collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[1..6], input_lines[1..6]);
}

#[test]
fn gzip_input_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("news.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    for i in 0..50 {
        writeln!(enc, "{}", record(i, &seed())).unwrap();
    }
    enc.finish().unwrap();
    let out = dir.path().join("clean.jsonl");
    newsclean()
        .arg("--jsonl")
        .arg(&gz)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(
            "50 records in = 50 cleaned + 0 failed; 50 out",
        ));
    let records = parse_lines(&std::fs::read(&out).unwrap());
    assert_eq!(records.len(), 50);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn custom_fields_hint_and_explain() {
    let input = r#"{"body":"Bridge to close - City News\n\nThe council voted on Tuesday to close the old bridge for repairs next spring.","headline":"Bridge to close"}"#;
    let out = newsclean()
        .args([
            "--jsonl",
            "--text-field",
            "body",
            "--title-field",
            "headline",
            "--explain",
        ])
        .write_stdin(format!("{input}\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = &parse_lines(&out)[0];
    assert_eq!(
        v["body"],
        "The council voted on Tuesday to close the old bridge for repairs next spring."
    );
    assert_eq!(v["newsclean"]["title"], "Bridge to close - City News");
    assert!(v["newsclean"]["removals"].is_array());
}

#[test]
fn missing_jsonl_file_is_named() {
    newsclean()
        .args(["--jsonl", "no/such.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("reading no/such.jsonl"));
}
