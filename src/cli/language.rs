//! The command line in the reader's language: `--help` of every command and flag, and the errors
//! about flags, from the catalogues (`locales/<lang>/cli.ftl`). English is what the derive's doc
//! comments say (a test keeps the English catalogue equal to them); Chinese replaces each text,
//! clap's own words around them (Usage, Options, possible values) included.

use super::Cli;
use crate::i18n::{Arg, Lang, t};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Command, CommandFactory};

/// The command line, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Zh => localise(cmd, None, lang),
    }
}

fn localise(mut cmd: Command, sub: Option<&str>, lang: Lang) -> Command {
    let say = |id: &str, args: &[(&str, Arg)]| t(lang, id, args, false);
    let about = sub.map_or_else(|| "cli-about".to_string(), |s| format!("cli-{s}"));
    cmd = cmd.about(say(&about, &[]));
    if sub.is_none() {
        cmd = cmd.long_about(say("cli-long-about", &[]));
    }
    let options = say("cli-heading-options", &[]);
    let arguments = say("cli-heading-arguments", &[]);
    cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            say("cli-usage", &[])
        ))
        .subcommand_help_heading(say("cli-heading-commands", &[]))
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(say("cli-print-help", &[]))
                .help_heading(options.clone()),
        );
    if sub.is_none() {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(say("cli-print-version", &[]))
                .help_heading(options.clone()),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    let scope = sub.unwrap_or("root");
    for id in ids {
        let help = say(&format!("cli-{scope}-{id}"), &[]);
        cmd = cmd.mut_arg(&id, |a| {
            let mut text = help.clone();
            // A switch (`--strict`) has possible values too, true and false: not shown.
            let takes = a.get_action().takes_values();
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .filter(|_| takes)
                .collect();
            if !values.is_empty() {
                let values = say("cli-possible-values", &[("values", Arg::list(&values))]);
                text.push_str(&format!("（{values}）"));
            }
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|_| takes)
                .collect();
            if !defaults.is_empty() {
                let default = say("cli-default", &[("value", defaults.join(", ").into())]);
                text.push_str(&format!("（{default}）"));
            }
            let heading = if a.is_positional() {
                &arguments
            } else {
                &options
            };
            // An argument without its own help (a subcommand's shell) keeps clap's.
            let mut a = if text.starts_with("cli-") {
                a
            } else {
                a.help(text)
            };
            if !values.is_empty() {
                a = a.hide_possible_values(true);
            }
            if !defaults.is_empty() {
                a = a.hide_default_value(true);
            }
            a.help_heading(heading.clone())
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |s| localise(s, Some(&name), lang));
    }
    if sub.is_none() {
        cmd = cmd.disable_help_subcommand(true);
    }
    cmd
}

/// A bad command line, said in `lang`: English is clap's own rendering; Chinese is written
/// from the error's kind and context, falling back to clap's where it has nothing to add.
pub fn error(e: &clap::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.render().to_string();
    }
    let say = |id: &str, args: &[(&str, Arg)]| t(lang, id, args, false);
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join("、")),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => say("cli-error-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => say(
            "cli-error-invalid-value",
            &[
                ("arg", arg.into()),
                (
                    "value",
                    context(ContextKind::InvalidValue)
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        ErrorKind::MissingRequiredArgument => {
            say("cli-error-missing-argument", &[("arg", arg.into())])
        }
        ErrorKind::InvalidSubcommand => say(
            "cli-error-invalid-subcommand",
            &[(
                "arg",
                context(ContextKind::InvalidSubcommand)
                    .unwrap_or_default()
                    .into(),
            )],
        ),
        _ => return e.render().to_string(),
    };
    // A value our own parser refused says why (already in `lang`: the parsers speak it).
    let why = match e.kind() {
        ErrorKind::ValueValidation => std::error::Error::source(e)
            .map(|s| format!("：{s}"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let mut out = format!("{}{message}{why}\n", say("cli-error", &[]));
    let suggestion =
        context(ContextKind::SuggestedArg).or_else(|| context(ContextKind::SuggestedSubcommand));
    if let Some(s) = suggestion {
        out.push_str(&format!(
            "\n  {}\n",
            say("cli-error-tip", &[("suggestion", s.into())])
        ));
    }
    out.push_str(&format!("\n{}\n", say("cli-error-more", &[])));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English catalogue says what the doc comments of the flags say, word for word.
    #[test]
    fn the_english_catalogue_is_the_help_the_code_gives() {
        let cmd = Cli::command();
        let mut checked = 0;
        let mut check = |scope: &str, c: &Command| {
            for a in c.get_arguments() {
                if let Some(help) = a.get_help() {
                    let id = format!("cli-{scope}-{}", a.get_id());
                    assert_eq!(t(Lang::En, &id, &[], false), help.to_string(), "{id}");
                    checked += 1;
                }
            }
        };
        check("root", &cmd);
        for sub in cmd.get_subcommands() {
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            assert_eq!(
                t(Lang::En, &format!("cli-{}", sub.get_name()), &[], false),
                about
            );
            check(sub.get_name(), sub);
        }
        assert!(checked > 40, "{checked}");
    }

    #[test]
    fn every_flag_has_chinese_help() {
        let mut cmd = command(Lang::Zh);
        cmd.build();
        for sub in cmd.get_subcommands() {
            for a in sub.get_arguments() {
                let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(
                    !help.is_ascii() || a.get_id() == "shell",
                    "{} --{}: {help}",
                    sub.get_name(),
                    a.get_id()
                );
            }
        }
    }
}
