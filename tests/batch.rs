//! Directory batches: mirrored outputs, bad files reported, -j independence, --check,
//! --in-place, refusing unsafe output directories, and crash safety under SIGKILL.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin;
use newsclean::output::render_text;
use newsclean::{Config, clean};
use predicates::prelude::*;

fn newsclean() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("newsclean").unwrap()
}

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new("fixtures").join(name)).unwrap()
}

fn expected(input: &str) -> String {
    render_text(&clean(input, &Config::default()), true)
}

/// A tree with good files at several depths and every kind of trouble.
fn make_tree(root: &Path) -> Vec<(PathBuf, String)> {
    let good = [
        ("a.txt", fixture("seed-iraq-canadian-press.txt")),
        ("x/b.txt", fixture("title-exact-repeat.txt")),
        ("x/y/z/c.txt", fixture("wire-ap-dateline-and-copyright.txt")),
        ("x/y/d.txt", fixture("related-introducer-most-read.txt")),
    ];
    for (rel, text) in &good {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    fs::write(root.join(".hidden.txt"), "hidden").unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join(".git/e.txt"), "hidden dir").unwrap();
    fs::write(root.join("notes.md"), "not a txt").unwrap();
    fs::write(root.join("x/bad-utf8.txt"), b"Good start.\n\n\xff\xfe bad").unwrap();
    fs::write(root.join("x/binary.txt"), b"PK\x03\x04\0\0\x01").unwrap();
    symlink(root.join("x"), root.join("x/y/loop")).unwrap();
    symlink(root.join("missing-target"), root.join("dangling.txt")).unwrap();
    good.iter()
        .map(|(rel, text)| (PathBuf::from(rel), text.clone()))
        .collect()
}

fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn batch_mirrors_good_files_and_reports_bad_ones() {
    let input = tempfile::tempdir().unwrap();
    let output = tempfile::tempdir().unwrap();
    let good = make_tree(input.path());
    let out_dir = output.path().join("clean");
    let assert = newsclean()
        .arg(input.path())
        .arg("-o")
        .arg(&out_dir)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        stderr.contains("bad-utf8.txt: invalid UTF-8 at byte 13"),
        "{stderr}"
    );
    assert!(stderr.contains("binary.txt: binary file"), "{stderr}");
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    assert!(stderr.contains("skipping a symbolic link loop"), "{stderr}");
    assert!(
        stderr.contains("4 files cleaned, 2 failed, 1 skipped (binary)"),
        "{stderr}"
    );
    let mut expected_files: Vec<PathBuf> = good.iter().map(|(p, _)| p.clone()).collect();
    expected_files.sort();
    assert_eq!(
        all_files(&out_dir),
        expected_files,
        "no stray or temporary files"
    );
    for (rel, text) in &good {
        assert_eq!(
            fs::read_to_string(out_dir.join(rel)).unwrap(),
            expected(text),
            "{rel:?}"
        );
    }
}

#[test]
fn output_is_identical_for_any_jobs() {
    let input = tempfile::tempdir().unwrap();
    let output = tempfile::tempdir().unwrap();
    let fixtures: Vec<PathBuf> = fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    for i in 0..120 {
        let src = &fixtures[i % fixtures.len()];
        let dest = input.path().join(format!("d{}/f{i}.txt", i % 7));
        fs::create_dir_all(dest.parent().unwrap()).unwrap();
        fs::copy(src, dest).unwrap();
    }
    for (jobs, name) in [("1", "j1"), ("4", "j4")] {
        newsclean()
            .arg(input.path())
            .args(["-o"])
            .arg(output.path().join(name))
            .args(["-j", jobs, "--format", "json", "-q"])
            .assert()
            .success()
            .stderr("");
    }
    let (j1, j4) = (output.path().join("j1"), output.path().join("j4"));
    let files = all_files(&j1);
    assert_eq!(files.len(), 120);
    assert!(
        files
            .iter()
            .all(|f| f.extension().is_some_and(|e| e == "json"))
    );
    assert_eq!(files, all_files(&j4));
    for f in files {
        assert_eq!(
            fs::read(j1.join(&f)).unwrap(),
            fs::read(j4.join(&f)).unwrap()
        );
    }
}

#[test]
fn check_lists_changes_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("dirty.txt"),
        fixture("title-exact-repeat.txt"),
    )
    .unwrap();
    let clean_text = expected(&fixture("clean-article-unchanged.txt"));
    fs::write(dir.path().join("clean.txt"), &clean_text).unwrap();
    let before = all_files(dir.path());
    newsclean()
        .arg("--check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::ends_with("dirty.txt\n"))
        .stdout(predicate::str::contains("clean.txt").not());
    assert_eq!(all_files(dir.path()), before);
    newsclean()
        .arg("--check")
        .arg(dir.path().join("clean.txt"))
        .assert()
        .success()
        .stdout("");
    // A single file on stdin too.
    newsclean()
        .arg("--check")
        .write_stdin(clean_text)
        .assert()
        .success();
}

#[test]
fn in_place_rewrites_inputs_atomically_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let original = fixture("seed-iraq-canadian-press.txt");
    let path = dir.path().join("seed.txt");
    fs::write(&path, &original).unwrap();
    newsclean()
        .arg("--in-place")
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&path).unwrap(), expected(&original));
    assert_eq!(all_files(dir.path()), [PathBuf::from("seed.txt")]);
    newsclean()
        .arg("--check")
        .arg(dir.path())
        .assert()
        .success();
    newsclean()
        .args(["--in-place", "--format", "json"])
        .arg(&path)
        .assert()
        .code(2);
}

#[test]
fn unsafe_or_incomplete_invocations_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "x").unwrap();
    newsclean()
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("out"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is inside input"));
    newsclean()
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--output"));
    newsclean()
        .args(["-j", "0"])
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(2);
}

#[test]
fn several_files_and_custom_glob() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("one.text"),
        fixture("title-exact-repeat.txt"),
    )
    .unwrap();
    fs::write(
        dir.path().join("two.txt"),
        fixture("title-exact-repeat.txt"),
    )
    .unwrap();
    newsclean()
        .arg(dir.path())
        .args(["--glob", "*.text", "-q", "-o"])
        .arg(out.path())
        .assert()
        .success();
    assert_eq!(all_files(out.path()), [PathBuf::from("one.text")]);
    let out2 = tempfile::tempdir().unwrap();
    newsclean()
        .arg(dir.path().join("one.text"))
        .arg(dir.path().join("two.txt"))
        .args(["--stats", "-o"])
        .arg(out2.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("removed by title"))
        .stderr(predicate::str::contains("2 files cleaned, 0 failed"));
}

/// Delays that differ from run to run (no RNG crate needed), printed so a failure can be replayed.
fn random_delays(n: usize, max_ms: u64) -> Vec<u64> {
    let mut x = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            20 + x % max_ms
        })
        .collect()
}

fn big_batch(files: usize, repeat: usize) -> (tempfile::TempDir, String) {
    let input = tempfile::tempdir().unwrap();
    let big = fixture("seed-iraq-canadian-press.txt").repeat(repeat);
    for i in 0..files {
        fs::write(input.path().join(format!("f{i:04}.txt")), &big).unwrap();
    }
    (input, big)
}

fn read_tree(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    all_files(root)
        .into_iter()
        .map(|f| {
            let bytes = fs::read(root.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// A batch killed with SIGKILL at random points leaves only complete output files, and
/// `--resume` then finishes it with a result identical to an uninterrupted run.
#[test]
fn sigkill_then_resume_equals_an_uninterrupted_run() {
    let (input, big) = big_batch(300, 40); // ~130 KB per file, so a run takes a while
    let want = expected(&big);
    let reference = tempfile::tempdir().unwrap();
    newsclean()
        .arg(input.path())
        .arg("-o")
        .arg(reference.path())
        .arg("-q")
        .assert()
        .success();
    let reference = read_tree(reference.path());
    let delays = random_delays(3, 400);
    eprintln!("SIGKILL after {delays:?} ms");
    for delay_ms in delays {
        let out = tempfile::tempdir().unwrap();
        let mut child = Command::new(cargo_bin("newsclean"))
            .arg(input.path())
            .arg("-o")
            .arg(out.path())
            .arg("-q")
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let mut done = 0;
        for f in all_files(out.path()) {
            let name = f.to_string_lossy();
            if name.starts_with(".newsclean-") {
                continue; // a temporary file the killed run could not remove; never an output
            }
            done += 1;
            assert_eq!(
                fs::read_to_string(out.path().join(&f)).unwrap(),
                want,
                "{name}"
            );
        }
        let assert = newsclean()
            .arg(input.path())
            .arg("-o")
            .arg(out.path())
            .arg("--resume")
            .assert()
            .success();
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
        if done > 0 {
            assert!(
                stderr.contains(&format!("{done} already done (--resume)")),
                "{stderr}"
            );
        }
        assert!(
            read_tree(out.path()) == reference,
            "resumed run after {delay_ms} ms differs from an uninterrupted run"
        );
    }
}

/// SIGINT (and SIGTERM) stop a batch between files: exit 130 (143), every output written is
/// complete, no temporary file is left, and the summary says how many were not started.
#[test]
fn sigint_stops_a_batch_cleanly() {
    let (input, big) = big_batch(600, 40);
    let want = expected(&big);
    for (signal, code) in [("-INT", 130), ("-TERM", 143)] {
        let out = tempfile::tempdir().unwrap();
        let child = Command::new(cargo_bin("newsclean"))
            .arg(input.path())
            .arg("-o")
            .arg(out.path())
            .arg("-j1")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Wait for the first output, so the signal lands mid-batch.
        let start = std::time::Instant::now();
        while all_files(out.path())
            .iter()
            .all(|f| f.to_string_lossy().starts_with(".newsclean-"))
        {
            assert!(start.elapsed().as_secs() < 30, "no output appeared");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let status = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{stderr}");
        assert!(stderr.contains("not started (interrupted)"), "{stderr}");
        let files = all_files(out.path());
        assert!(
            !files.is_empty() && files.len() < 600,
            "{} outputs",
            files.len()
        );
        for f in files {
            let name = f.to_string_lossy();
            assert!(
                !name.starts_with(".newsclean-"),
                "temporary file {name} left"
            );
            assert_eq!(
                fs::read_to_string(out.path().join(&f)).unwrap(),
                want,
                "{name}"
            );
        }
    }
}

/// An output directory that cannot be created or written is one clear error before any work.
#[test]
fn unwritable_output_directory_is_one_error() {
    let input = tempfile::tempdir().unwrap();
    make_tree(input.path());
    let blocker = tempfile::NamedTempFile::new().unwrap();
    let out = blocker.path().join("clean"); // under a regular file: cannot be a directory
    newsclean()
        .arg(input.path())
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "cannot write to output directory {}",
            out.display()
        )))
        .stderr(predicate::str::contains("Not a directory"))
        .stderr(predicate::str::contains("files cleaned").not());
}

/// A file that disappears between the directory walk and its turn fails alone; the rest goes on.
#[test]
fn file_vanishing_mid_batch_fails_alone() {
    use newsclean::batch::{self, BatchOptions, FileOutcome, Target};
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    make_tree(input.path());
    let options = BatchOptions {
        target: Target::Dir(out.path().to_path_buf()),
        glob: "*.txt".into(),
        format: newsclean::Format::Text,
        show_title: true,
        lossy: false,
        resume: false,
        interrupt: Default::default(),
        report: None,
    };
    let plan = batch::plan(&[input.path().to_path_buf()], &options).unwrap();
    fs::remove_file(input.path().join("x/b.txt")).unwrap();
    let failures = std::sync::Mutex::new(Vec::new());
    let stats = batch::run(&plan, &options, &Config::default(), &|_, outcome| {
        if let FileOutcome::Failed(m) = outcome {
            failures.lock().unwrap().push(m.clone());
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures
            .iter()
            .any(|m| m.contains("x/b.txt") && m.contains("No such file")),
        "{failures:?}"
    );
    assert_eq!(stats.documents, 3, "the other good files are cleaned");
    assert!(out.path().join("a.txt").exists());
    assert!(!out.path().join("x/b.txt").exists());
}
