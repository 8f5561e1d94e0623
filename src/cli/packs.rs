//! `zhidu packs [--format json]`: the built-in packs, one per regulation, with the documents
//! each encodes and how many clauses it holds.

use super::exit;
use super::list::ListFormat;
use crate::api::ConfigChoice;
use crate::api::policies::builtin_packs;
use crate::api::policies::config_lang;
use crate::i18n::{Lang, t};
use clap::Args;
use std::io::{self, Write};

#[derive(Args, Debug)]
pub struct PacksArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
}

pub fn run(args: PacksArgs, lang: Option<Lang>, out: &mut dyn Write) -> io::Result<u8> {
    let lang = Lang::choose(lang, config_lang(&ConfigChoice::Discover, &[]));
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
            let count = [("count", packs.len().into())];
            writeln!(out, "{}", t(lang, "packs-summary", &count, true))?;
        }
    }
    Ok(exit::OK)
}
