#![no_main]
//! `zhidu::internals::fuzz::toml`: see that function for what is checked.

libfuzzer_sys::fuzz_target!(|data: &[u8]| zhidu::internals::fuzz::toml(data));
