//! The command-line tool as a user runs it: stdin, files, errors and exit codes, closed pipes.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;
use predicates::prelude::*;

const SEED: &str = "fixtures/seed-iraq-canadian-press.txt";

fn newsclean() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("newsclean").unwrap()
}

#[test]
fn stdin_to_stdout() {
    let input = std::fs::read_to_string(SEED).unwrap();
    newsclean()
        .write_stdin(input.clone())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "U.S. questions whether Iraq can boot American troops\n\nThe NATO chief",
        ))
        .stdout(predicate::str::contains("Rashford").not());
    // "-" means stdin too.
    newsclean()
        .arg("-")
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains("IKEA").not());
}

#[test]
fn file_argument_and_json() {
    let out = newsclean()
        .args([SEED, "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["wire"]["agency"], "The Canadian Press");
    assert_eq!(
        v["title"],
        "U.S. questions whether Iraq can boot American troops"
    );
    let passes: Vec<&str> = v["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pass"].as_str().unwrap())
        .collect();
    assert_eq!(passes, ["title", "title", "wire", "related", "related"]); // input order
    assert_eq!(v["stats"]["lines_removed"], 5);
}

#[test]
fn no_title_and_explain() {
    newsclean()
        .args([SEED, "--no-title", "--explain"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("The NATO chief"))
        .stderr(predicate::str::contains(
            "seed-iraq-canadian-press.txt:15: wire/publication-note:",
        ))
        .stderr(predicate::str::contains("related/related-links"));
}

#[test]
fn passes_and_skip_choose_what_runs() {
    newsclean()
        .args([SEED, "--skip", "related", "--skip", "chrome"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Rashford"));
    newsclean()
        .args([SEED, "--passes", "normalize,wire", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"title\":null"))
        .stdout(predicate::str::contains(
            "\"agency\":\"The Canadian Press\"",
        ));
}

#[test]
fn list_passes() {
    newsclean()
        .arg("--list-passes")
        .assert()
        .success()
        .stdout(predicate::str::is_match("(?m)^normalize +\\S").unwrap())
        .stdout(predicate::str::is_match("(?m)^title +\\S").unwrap())
        .stdout(predicate::str::is_match("(?m)^wire +\\S").unwrap())
        .stdout(predicate::str::is_match("(?m)^related +\\S").unwrap());
}

#[test]
fn strip_dateline_removes_the_agency_marker() {
    newsclean()
        .args([
            "fixtures/wire-ap-dateline-and-copyright.txt",
            "--strip-dateline",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\nPORTLAND, Maine — A powerful storm",
        ));
    newsclean()
        .args(["fixtures/wire-ap-dateline-and-copyright.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\nPORTLAND, Maine (AP) — A powerful storm",
        ));
}

#[test]
fn missing_file_exits_1_naming_it() {
    newsclean()
        .arg("no/such/article.txt")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no/such/article.txt"))
        .stderr(predicate::str::contains("No such file"));
}

#[test]
fn invalid_utf8_names_file_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    std::fs::write(&path, b"Good start.\n\nthen \xff bad").unwrap();
    newsclean()
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bad.txt: invalid UTF-8 at byte 18",
        ));
}

#[test]
fn usage_errors_exit_2() {
    newsclean().arg("--no-such-flag").assert().code(2);
    newsclean().args(["--format", "yaml"]).assert().code(2);
    newsclean()
        .args(["--passes", "title,bogus"])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown pass 'bogus'"));
    newsclean()
        .args(["--skip", "bogus"])
        .write_stdin("x")
        .assert()
        .code(2);
}

/// `newsclean big.txt | head -1`: the reader goes away; newsclean must end quietly.
#[test]
fn closed_pipe_is_not_a_panic() {
    let paragraph = "The council voted on Tuesday to close the bridge for repairs next spring.\n\n";
    let input = format!("Bridge to close\n\n{}", paragraph.repeat(30_000));
    let mut child = Command::new(cargo_bin("newsclean"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `head` exiting
    writer.join().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        newsclean()
            .args(["--completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("newsclean"))
            .stdout(predicate::str::contains("jsonl"));
    }
    newsclean()
        .arg("--man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH newsclean"));
}

#[test]
fn check_output_into_a_closed_pipe_is_quiet() {
    let mut child = Command::new(cargo_bin("newsclean"))
        .args(["--check", "fixtures"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader is gone before anything is written
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
}

#[test]
fn user_rules_add_boilerplate_introducers_and_agencies() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("site.toml");
    std::fs::write(
        &rules,
        "[boilerplate]\nlines = [\"^Harbour Gazette Daily Briefing$\"]\n\n[agencies]\n\"Harbour Wire Service\" = [\"HWS\"]\n",
    )
    .unwrap();
    let input = "Bridge to close\n\nHarbour Gazette Daily Briefing\n\nThe council voted on Tuesday to close the old bridge for repairs next spring, officials said.\n\n— HWS\n";
    newsclean()
        .arg("--rules")
        .arg(&rules)
        .args(["--format", "json"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"rule\":\"user-rule\""))
        .stdout(predicate::str::contains(
            "\"agency\":\"Harbour Wire Service\"",
        ))
        .stdout(predicate::str::contains("\"text\":\"The council voted"));
    std::fs::write(&rules, "[boilerplate]\nlines = [\n  \"(x\",\n]\n").unwrap();
    newsclean()
        .arg("--rules")
        .arg(&rules)
        .write_stdin(input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("site.toml:3: invalid pattern"));
}

#[test]
fn modes_order_how_much_is_cut() {
    let prose = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force commuters onto longer routes, officials said.";
    let page = format!(
        "Home\nNews\nSport\nWeather\nTraffic\nOpinion\n\nBridge to close for two years\n\n{prose}\n\n{prose} Again.\n"
    );
    let lines = |mode: &str| {
        let out = newsclean()
            .args(["--mode", mode])
            .write_stdin(page.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap().lines().count()
    };
    let (precise, balanced, recall) = (lines("precise"), lines("balanced"), lines("recall"));
    assert!(
        precise <= balanced && balanced <= recall,
        "{precise} {balanced} {recall}"
    );
    assert!(balanced < recall);
}
