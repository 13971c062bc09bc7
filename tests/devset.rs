//! Quality guard on the shared development set: runs its scorer over the real pages and the
//! injected-artifact articles when `../shared/devset` is present (it is third-party data and is
//! never copied into this repository), and fails when quality drops below what newsclean
//! reaches today. Skipped, with a message, when the devset or python3 is absent.

use std::path::Path;
use std::process::Command;

/// Floors: today's scores (aeb-p 0.882, aeb-full 0.935, inject 0.9967) minus a small margin
/// for harmless changes. The issue's own floor for aeb-p, 0.90, is not reached yet.
const MIN_AEB_P_F1: f64 = 0.875;
const MIN_AEB_FULL_F1: f64 = 0.925;
const MIN_INJECT_BODY_KEPT: f64 = 0.995;

fn number_after(output: &str, line_start: &str, marker: &str) -> Option<f64> {
    let line = output
        .lines()
        .find(|l| l.trim_start().starts_with(line_start))?;
    let rest = &line[line.find(marker)? + marker.len()..];
    rest.split_whitespace().next()?.parse().ok()
}

#[test]
fn devset_quality_does_not_drop() {
    let scorer = Path::new("../shared/devset/score.py");
    if !scorer.exists() {
        eprintln!("skipped: ../shared/devset is not here");
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let cmd = format!("{} --format json", env!("CARGO_BIN_EXE_newsclean"));
    let out = Command::new("python3")
        .arg(scorer)
        .args(["--cmd", &cmd, "--worst", "0"])
        .output()
        .expect("run the devset scorer");
    let text = String::from_utf8_lossy(&out.stdout);
    eprintln!("{text}");
    assert!(
        out.status.success(),
        "scorer failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let aeb_p = number_after(&text, "aeb-p:", "F1").expect("aeb-p line");
    let aeb_full = number_after(&text, "aeb-full:", "F1").expect("aeb-full line");
    let kept = number_after(&text, "body paragraphs kept", "=").expect("body kept line");
    assert!(aeb_p >= MIN_AEB_P_F1, "aeb-p F1 {aeb_p} < {MIN_AEB_P_F1}");
    assert!(
        aeb_full >= MIN_AEB_FULL_F1,
        "aeb-full F1 {aeb_full} < {MIN_AEB_FULL_F1}"
    );
    assert!(
        kept >= MIN_INJECT_BODY_KEPT,
        "inject body kept {kept} < {MIN_INJECT_BODY_KEPT}"
    );
}
