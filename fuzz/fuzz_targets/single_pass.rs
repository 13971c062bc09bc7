//! One pass alone on arbitrary bytes: the first byte picks the pass. Each pass must keep the
//! promises by itself, not only behind the passes that usually run before it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::invariants::{Check, check};
use newsclean::{ALL_PASSES, Config};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let pass = ALL_PASSES[selector as usize % ALL_PASSES.len()];
    let Ok(config) = Config::with_passes(&[pass.name()]) else {
        panic!("pass {} not found by name", pass.name());
    };
    let text = String::from_utf8_lossy(rest);
    if let Err(e) = check(&text, &config, Check::All) {
        panic!("pass {}: {e}", pass.name());
    }
});
