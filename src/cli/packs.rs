//! `zhidu packs [--format json]`: the built-in packs, one per regulation, with the documents
//! each encodes and how many clauses it holds.

use super::exit;
use super::list::ListFormat;
use crate::api::policies::builtin_packs;
use clap::Args;
use std::io::{self, Write};

#[derive(Args, Debug)]
pub struct PacksArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
}

pub fn run(args: PacksArgs, out: &mut dyn Write) -> io::Result<u8> {
    let packs = builtin_packs();
    match args.format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, packs).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        ListFormat::Human => {
            let width = packs.iter().map(|p| p.name.len()).max().unwrap_or(0);
            for p in packs {
                writeln!(out, "{:width$}  {:>3}  {}", p.name, p.clauses, p.document)?;
            }
            writeln!(
                out,
                "{} · choose with --pack NAME or `packs = [\"…\"]` in zhidu.toml",
                crate::report::plural(packs.len(), "pack", "packs")
            )?;
        }
    }
    Ok(exit::OK)
}
