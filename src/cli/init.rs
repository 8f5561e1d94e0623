//! `zhidu init [DIR]`: proposes a zhidu.toml for a data folder (its packs, `covers`, time zone,
//! how to pin `as_of`). On a terminal it shows the proposal and asks; otherwise it writes only
//! with `--yes`, and else prints the proposal, writing nothing. It never replaces an existing
//! zhidu.toml without `--force`.

use super::exit;
use crate::api::init::propose;
use crate::api::policies::builtin_packs;
use crate::api::policies::config_lang;
use crate::api::{ConfigChoice, Error};
use crate::i18n::{Arg, Lang, Message, t};
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

pub fn run(
    args: InitArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    let lang = Lang::choose(
        lang,
        config_lang(&ConfigChoice::Discover, std::slice::from_ref(&dir)),
    );
    let say = |id: &str, a: &[(&str, Arg)]| t(lang, id, a, true);
    let target = dir.join(crate::config::FILE_NAME);
    let path = crate::read::display(&target);
    if target.exists() && !args.force {
        writeln!(
            err,
            "zhidu: {}",
            say("init-exists", &[("path", path.into())])
        )?;
        return Ok(exit::INPUT);
    }
    let known: Vec<&str> = builtin_packs().iter().map(|p| p.name.as_str()).collect();
    if let Some(unknown) = args.packs.iter().find(|p| !known.contains(&p.as_str())) {
        let error = Error {
            message: Message::new("error-not-a-pack")
                .arg("name", unknown.as_str())
                .into(),
            help: crate::suggest::did_you_mean(unknown, known.iter().copied()).map(Into::into),
        };
        return super::print_error(&error, lang, err);
    }
    let proposal = match propose(&dir, &args.packs, lang) {
        Ok(p) => p,
        Err(e) => return super::print_error(&e, lang, err),
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
            "\n{} ",
            say("init-ask", &[("path", path.as_str().into())])
        )?;
        out.flush()?;
        let mut answer = String::new();
        io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "" | "y" | "Y" | "yes" | "是" | "好") {
            writeln!(out, "{}", say("init-nothing-written", &[]))?;
            return Ok(exit::OK);
        }
    }
    std::fs::write(&target, &proposal.text)?;
    let packs: Vec<&str> = proposal.packs.iter().map(|(p, _)| p.as_str()).collect();
    let wrote = [("path", path.into()), ("packs", Arg::list(&packs))];
    writeln!(out, "{}", say("init-wrote", &wrote))?;
    Ok(exit::OK)
}
