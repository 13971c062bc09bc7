//! The README's bad-input table: one test per row (batch-only rows — a file vanishing mid-batch,
//! a symlink loop, an unwritable output directory, SIGINT and SIGKILL — are in tests/batch.rs).

use std::fs;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;
use predicates::prelude::*;
use serde_json::Value;

fn newsclean() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("newsclean").unwrap()
}

/// Runs newsclean with `args` and `input` on stdin, expects exit 0, returns stdout.
fn stdout_of(args: &[&str], input: impl Into<Vec<u8>>) -> Vec<u8> {
    newsclean()
        .args(args)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

#[test]
fn invalid_utf8_names_the_file_and_byte_and_lossy_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    fs::write(&path, b"The council met on Tuesday.\n\xff\xfe and more\n").unwrap();
    newsclean()
        .arg(&path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "reading {}: invalid UTF-8 at byte 28",
            path.display()
        )));
    newsclean()
        .arg(&path)
        .arg("--lossy")
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{FFFD}\u{FFFD} and more"));
}

#[test]
fn binary_file_fails_alone_and_is_skipped_in_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("zip.txt"), b"PK\x03\x04\0\0").unwrap();
    fs::write(input.join("good.txt"), "The council met on Tuesday.\n").unwrap();
    newsclean()
        .arg(input.join("zip.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "zip.txt: binary file (NUL byte at 4)",
        ));
    let out = dir.path().join("out");
    newsclean()
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "zip.txt: binary file (NUL byte at 4), skipped",
        ))
        .stderr(predicate::str::contains(
            "1 files cleaned, 0 failed, 1 skipped (binary)",
        ));
    assert!(out.join("good.txt").exists());
    assert!(!out.join("zip.txt").exists());
}

#[test]
fn empty_and_whitespace_only_input_give_empty_output() {
    for input in ["", "   \n\t\n\r\n\u{00A0}\n"] {
        newsclean().write_stdin(input).assert().success().stdout("");
        let json = stdout_of(&["--format", "json"], input);
        let v: Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["text"], "");
    }
}

#[test]
fn a_single_100_mb_line_is_cleaned_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let line = "word ".repeat(20_000_000);
    fs::write(&path, &line).unwrap();
    let start = Instant::now();
    let out = newsclean()
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out.len(), line.len(), "the line, trimmed, plus a newline");
    assert!(out.starts_with(b"word word") && out.ends_with(b"word\n"));
    eprintln!("100 MB line: {:?}", start.elapsed());
}

#[test]
fn a_million_one_word_lines() {
    let input = "word\n".repeat(1_000_000);
    let out = stdout_of(&[], input.clone());
    // No article prose to anchor on: nothing is cut.
    assert_eq!(out, input.as_bytes());
}

/// Runs newsclean with `input` on stdin and stdout going to /dev/full; returns code and stderr.
fn run_into_dev_full(args: &[&str], input: String) -> (Option<i32>, String) {
    let dev_full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut child = Command::new(cargo_bin("newsclean"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(dev_full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes()); // may stop early when newsclean exits
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    let article = fs::read_to_string("fixtures/seed-iraq-canadian-press.txt").unwrap();
    let record = serde_json::json!({ "text": article }).to_string() + "\n";
    for (args, input) in [
        (&[][..], article.clone()),
        (&["--format", "json"][..], article.clone()),
        (&["--jsonl"][..], record.repeat(2000)),
    ] {
        let (code, stderr) = run_into_dev_full(args, input);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("No space left on device"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn jsonl_record_of_50_mb() {
    let paragraph =
        "The council voted on Tuesday to close the old bridge for repairs next spring.\n\n";
    let text = paragraph.repeat(50_000_000 / paragraph.len());
    let record = serde_json::json!({ "id": 1, "text": text }).to_string() + "\n";
    let out = stdout_of(&["--jsonl"], record);
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["id"], 1);
    // Repeated paragraphs collapse to one: the rest are the repeats pass's.
    assert_eq!(v["text"], paragraph.trim());
    assert!(v["newsclean"]["removed"]["repeats"].as_u64().unwrap() > 600_000);
}

#[test]
fn jsonl_duplicate_keys_last_value_wins() {
    let out = stdout_of(
        &["--jsonl"],
        "{\"text\":\"first\",\"id\":1,\"text\":\"The second value.\"}\n",
    );
    let line = String::from_utf8(out).unwrap();
    assert_eq!(line.matches("\"text\"").count(), 1, "{line}");
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["text"], "The second value.");
}

#[test]
fn jsonl_lone_surrogate_fails_the_record_or_is_replaced_with_lossy() {
    let input = "{\"id\":1,\"text\":\"ok \\ud800 here\"}\n";
    newsclean()
        .arg("--jsonl")
        .write_stdin(input)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("<stdin>:1: invalid JSON"))
        .stderr(predicate::str::contains("hex escape"));
    let out = stdout_of(&["--jsonl", "--lossy"], input);
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["text"], "ok \u{FFFD} here");
}

/// No silent loss: records out plus records reported failed equal records in, for every
/// --on-error mode, and the summary line states it.
#[test]
fn jsonl_every_record_is_accounted_for() {
    let mut input = String::new();
    let (mut good, mut bad) = (0, 0);
    for i in 0..3000u32 {
        // A bad record now and then, of every kind.
        match (i * 7919) % 23 {
            0 => input.push_str("{broken\n"),
            1 => input.push_str("{\"id\":1}\n"),
            2 => input.push_str("{\"text\":7}\n"),
            3 => input.push_str("[\"not an object\"]\n"),
            4 => input.push_str("{\"text\":\"\\udc00\"}\n"),
            _ => {
                input.push_str(&format!("{{\"id\":{i},\"text\":\"Article {i} body.\"}}\n"));
                good += 1;
                continue;
            }
        }
        bad += 1;
    }
    let total = good + bad;
    for (mode, out_lines, note) in [
        ("skip", good, "(left out)"),
        ("keep", total, "(written unchanged)"),
    ] {
        let assert = newsclean()
            .args(["--jsonl", "--on-error", mode, "-j", "2"])
            .write_stdin(input.clone())
            .assert()
            .code(1);
        let output = assert.get_output();
        let written = output
            .stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count();
        assert_eq!(written, out_lines, "{mode}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let summary =
            format!("{total} records in = {good} cleaned + {bad} failed {note}; {out_lines} out");
        assert!(stderr.contains(&summary), "{mode}: {stderr}");
        let reported = stderr
            .lines()
            .filter(|l| l.starts_with("newsclean: <stdin>:"))
            .count();
        assert_eq!(reported, bad, "{mode}: every failure reported by line");
    }
}

/// SIGINT on a JSON Lines stream whose input is still open: exit 130, and what was written is
/// whole records.
#[test]
fn jsonl_sigint_stops_with_whole_records() {
    let mut child = Command::new(cargo_bin("newsclean"))
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..600 {
        writeln!(stdin, "{{\"id\":{i},\"text\":\"Article {i} body.\"}}").unwrap();
    }
    stdin.flush().unwrap();
    // The input stays open and silent; give the stream time to clean what it has.
    std::thread::sleep(Duration::from_millis(500));
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let code = child.wait().unwrap().code();
    drop(stdin);
    assert_eq!(code, Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    let records: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("whole records only"))
        .collect();
    assert_eq!(
        records.len(),
        600,
        "everything read before the signal is written"
    );
}
