//! One pass alone on arbitrary bytes: the first byte picks the pass. Each pass must keep the
//! promises by itself, not only behind the passes that usually run before it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::invariants::{Check, check, single_pass_config};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let config = single_pass_config(selector);
    let text = String::from_utf8_lossy(rest);
    if let Err(e) = check(&text, &config, Check::All) {
        panic!("passes {:?}: {e}", config.pass_names());
    }
});
