//! `zhidu init [DIR]`: proposes a zhidu.toml for a data folder (its packs, `covers`, time zone,
//! how to pin `as_of`). On a terminal it shows the proposal and asks; otherwise it writes only
//! with `--yes`, and else prints the proposal, writing nothing. It never replaces an existing
//! zhidu.toml without `--force`.

use super::exit;
use crate::api::init::propose;
use crate::api::policies::builtin_packs;
use clap::Args;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The data folder (default: the current folder); zhidu.toml is written into it.
    dir: Option<PathBuf>,
    /// Use these packs instead of the ones proposed (repeatable).
    #[arg(long = "pack", value_name = "NAME")]
    packs: Vec<String>,
    /// Write without asking.
    #[arg(long, short)]
    yes: bool,
    /// Replace an existing zhidu.toml.
    #[arg(long)]
    force: bool,
}

pub fn run(args: InitArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    let target = dir.join(crate::config::FILE_NAME);
    if target.exists() && !args.force {
        writeln!(
            err,
            "zhidu: `{}` exists; --force replaces it",
            crate::read::display(&target)
        )?;
        return Ok(exit::INPUT);
    }
    let known: Vec<&str> = builtin_packs().iter().map(|p| p.name.as_str()).collect();
    if let Some(unknown) = args.packs.iter().find(|p| !known.contains(&p.as_str())) {
        writeln!(err, "zhidu: `{unknown}` is not a built-in pack")?;
        if let Some(hint) = crate::suggest::did_you_mean(unknown, known.iter().copied()) {
            writeln!(err, "  help: {hint}")?;
        }
        return Ok(exit::INPUT);
    }
    let proposal = match propose(&dir, &args.packs) {
        Ok(p) => p,
        Err(e) => return super::print_error(&e, err),
    };
    let interactive = !args.yes && io::stdin().is_terminal() && io::stdout().is_terminal();
    if !args.yes && !interactive {
        out.write_all(proposal.text.as_bytes())?;
        return Ok(exit::OK);
    }
    if interactive {
        out.write_all(proposal.text.as_bytes())?;
        write!(
            out,
            "\nWrite this to {}? [Y/n] ",
            crate::read::display(&target)
        )?;
        out.flush()?;
        let mut answer = String::new();
        io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "" | "y" | "Y" | "yes") {
            writeln!(out, "nothing written")?;
            return Ok(exit::OK);
        }
    }
    std::fs::write(&target, &proposal.text)?;
    let packs: Vec<&str> = proposal.packs.iter().map(|(p, _)| p.as_str()).collect();
    writeln!(
        out,
        "wrote {} (packs: {})",
        crate::read::display(&target),
        packs.join(", ")
    )?;
    Ok(exit::OK)
}
