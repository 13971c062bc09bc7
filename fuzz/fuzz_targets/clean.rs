//! The whole pipeline on arbitrary bytes (decoded lossily), in each mode: no panic, and every
//! promise in `newsclean::invariants` holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::invariants::{Check, check};
use newsclean::{Config, Mode};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut config = Config::default();
    config.mode = match selector % 3 {
        0 => Mode::Balanced,
        1 => Mode::Precise,
        _ => Mode::Recall,
    };
    config.strip_dateline = selector & 0x80 != 0;
    if let Err(e) = check(&text, &config, Check::All) {
        panic!("{e}");
    }
});
