#![no_main]
//! `zhidu::internals::fuzz::lsp_framing`: see that function for what is checked.

libfuzzer_sys::fuzz_target!(|data: &[u8]| zhidu::internals::fuzz::lsp_framing(data));
