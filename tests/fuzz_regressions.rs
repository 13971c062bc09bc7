//! Every input the fuzzers found a bug with (tests/fuzz-regressions/TARGET/), replayed with the
//! same configuration the fuzz target derived from its first byte, must now keep the promises.

use std::fs;
use std::path::Path;

use newsclean::invariants::{Check, check, single_pass_config, whole_pipeline_config};

fn replay(target: &str, config_for: fn(u8) -> newsclean::Config) -> usize {
    let dir = Path::new("tests/fuzz-regressions").join(target);
    let mut n = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = fs::read(&path).unwrap();
        let Some((&selector, rest)) = data.split_first() else {
            continue;
        };
        let text = String::from_utf8_lossy(rest);
        if let Err(e) = check(&text, &config_for(selector), Check::All) {
            panic!("{}: {e}", path.display());
        }
        n += 1;
    }
    n
}

#[test]
fn fuzz_findings_stay_fixed() {
    assert!(replay("clean", whole_pipeline_config) >= 10);
    assert!(replay("single_pass", single_pass_config) >= 1);
}
