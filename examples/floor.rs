//! The parse-only floor of the scale benchmark as a program, so that benches/scale.sh can
//! measure its peak memory beside zhidu's: see `benches/floor/mod.rs`.
//!
//! ```text
//! cargo run --release --example floor -- /tmp/company
//! ```

#[path = "../benches/floor/mod.rs"]
mod floor;

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: floor DIR");
        return std::process::ExitCode::from(2);
    };
    match floor::parse_all(std::path::Path::new(&dir)) {
        Ok(held) => {
            println!("floor: {} files parsed", held.len());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("floor: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
