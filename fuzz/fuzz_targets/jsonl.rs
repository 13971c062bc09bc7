//! The JSON Lines reader on arbitrary bytes: no panic, no hang, and no record lost silently —
//! every non-blank input line is either written or reported.
#![no_main]

use std::io::Cursor;
use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use newsclean::Config;
use newsclean::jsonl::{self, JsonlOptions, OnError};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let on_error = if selector & 1 == 0 { OnError::Skip } else { OnError::Keep };
    let options = JsonlOptions {
        on_error,
        explain: selector & 2 != 0,
        ..JsonlOptions::default()
    };
    let reports = Mutex::new(0u64);
    let report = |_: &str| {
        if let Ok(mut n) = reports.lock() {
            *n += 1;
        }
    };
    let mut out = Vec::new();
    let reader = Box::new(Cursor::new(rest.to_vec()));
    let summary = jsonl::run(reader, &mut out, "fuzz", &options, &Config::default(), &report)
        .expect("writing to memory cannot fail");

    let records_in = rest
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count() as u64;
    assert_eq!(summary.records_in, records_in, "records read");
    assert_eq!(*reports.lock().unwrap(), summary.stats.failed, "every failure reported");
    let written = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count() as u64;
    assert_eq!(written, summary.records_out, "records written");
    match on_error {
        OnError::Skip => {
            assert_eq!(summary.records_out + summary.stats.failed, records_in, "in = out + failed");
            for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                let value: serde_json::Value =
                    serde_json::from_slice(line).expect("a cleaned record is valid JSON");
                assert!(value.get("newsclean").is_some(), "cleaned record has metadata");
            }
        }
        _ => assert_eq!(summary.records_out, records_in, "keep writes every record"),
    }
});
