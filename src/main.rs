//! The `zhidu` binary: everything lives in the library; see `zhidu::cli`.

fn main() -> std::process::ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let code = zhidu::cli::run(std::env::args_os(), &mut stdout.lock(), &mut stderr.lock());
    std::process::ExitCode::from(code)
}
