//! Which language: `--lang` anywhere on the command line, else `lang` of zhidu.toml, else the
//! environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: a value starting `zh` is Chinese,
//! anything else English).

/// A language zhidu speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans` → Chinese; `en`, `en_US` → English.
    pub fn parse(text: &str) -> Option<Lang> {
        let t = text.trim().to_ascii_lowercase();
        if t.starts_with("zh") {
            Some(Lang::Zh)
        } else if t.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The code zhidu.toml and `--lang` take.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The environment's language: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and
    /// not empty; Chinese when it starts `zh`.
    pub fn from_env() -> Lang {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|v| !v.trim().is_empty())
            .map_or(Lang::En, |v| {
                if v.trim().to_ascii_lowercase().starts_with("zh") {
                    Lang::Zh
                } else {
                    Lang::En
                }
            })
    }

    /// The flag beats the file, the file beats the environment.
    pub fn choose(flag: Option<Lang>, config: Option<Lang>) -> Lang {
        flag.or(config).unwrap_or_else(Lang::from_env)
    }

    /// `--lang X` or `--lang=X` anywhere among the arguments (before clap reads them: `--help`
    /// is written in the language too).
    pub fn from_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<Lang> {
        let mut it = args.iter().map(|a| a.as_ref().to_string_lossy());
        while let Some(arg) = it.next() {
            if arg == "--" {
                break;
            }
            if let Some(value) = arg.strip_prefix("--lang=") {
                return Lang::parse(value);
            }
            if arg == "--lang" {
                return it.next().and_then(|v| Lang::parse(&v));
            }
        }
        None
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_is_read_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            Lang::from_vars(|name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            })
        };
        assert_eq!(env(&[("LANG", "zh_CN.UTF-8")]), Lang::Zh);
        assert_eq!(env(&[("LANG", "C")]), Lang::En);
        assert_eq!(env(&[]), Lang::En);
        // LC_ALL beats LC_MESSAGES beats LANG; an empty one is passed over.
        assert_eq!(
            env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")]),
            Lang::En
        );
        assert_eq!(
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_TW"), ("LANG", "C")]),
            Lang::Zh
        );
    }

    #[test]
    fn the_flag_is_found_anywhere_and_beats_the_file() {
        assert_eq!(
            Lang::from_args(&["check", "--help", "--lang", "zh"]),
            Some(Lang::Zh)
        );
        assert_eq!(Lang::from_args(&["--lang=en", "check"]), Some(Lang::En));
        assert_eq!(Lang::from_args(&["check", "--", "--lang", "zh"]), None);
        assert_eq!(Lang::choose(Some(Lang::En), Some(Lang::Zh)), Lang::En);
        assert_eq!(Lang::choose(None, Some(Lang::Zh)), Lang::Zh);
    }
}
