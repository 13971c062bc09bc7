//! Replays fuzz inputs as the fuzz targets read them (first byte selects the configuration, the
//! rest decoded lossily) and prints which promise each breaks, if any:
//! `cargo run --release --example fuzz_replay -- clean|single_pass FILE...`
//! (the CLI refuses inputs with NUL bytes, which fuzz inputs often hold).

use std::io::Write;

use newsclean::invariants::{Check, check, single_pass_config, whole_pipeline_config};

fn main() {
    let mut args = std::env::args().skip(1);
    let config_for = match args.next().as_deref() {
        Some("clean") => whole_pipeline_config,
        Some("single_pass") => single_pass_config,
        _ => {
            eprintln!("usage: fuzz_replay clean|single_pass FILE...");
            std::process::exit(2);
        }
    };
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for path in args {
        let data = match std::fs::read(&path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        let Some((&selector, rest)) = data.split_first() else {
            continue;
        };
        let text = String::from_utf8_lossy(rest);
        let config = config_for(selector);
        let passes = config.pass_names().join(",");
        let verdict = match check(&text, &config, Check::All) {
            Ok(()) => "ok".to_string(),
            Err(e) => {
                failed = true;
                e.to_string()
            }
        };
        // A closed pipe (`| head`) ends the report, not in a panic.
        if writeln!(out, "{path} [{:?}; {passes}]: {verdict}", config.mode).is_err() {
            break;
        }
    }
    std::process::exit(i32::from(failed));
}
