//! The `zhidu` binary: everything lives in the library; see `zhidu::cli`.

use std::io::Write;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // Reports go through a buffer (a JSON report can be hundreds of megabytes). Standard error
    // is not locked for the run: a panic that is not contained still prints its message there,
    // and must not wait for the lock forever.
    // Not locked for the run: the language server writes from a thread of its own.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let mut err = std::io::stderr();
    let code = zhidu::cli::run(std::env::args_os(), &mut out, &mut err);
    let _ = out.flush();
    std::process::ExitCode::from(code)
}
