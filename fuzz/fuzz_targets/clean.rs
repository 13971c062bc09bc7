//! The whole pipeline on arbitrary bytes (decoded lossily), in each mode: no panic, and every
//! promise in `newsclean::invariants` holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::invariants::{Check, check, whole_pipeline_config};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if let Err(e) = check(&text, &whole_pipeline_config(selector), Check::All) {
        panic!("{e}");
    }
});
