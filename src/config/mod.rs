//! `zhidu.toml`: the data set's settings. Flags override the file; an invalid file is a located
//! diagnostic (exit 2).
//!
//! ```toml
//! timezone = "Asia/Shanghai"      # the data set's time zone
//! currency = "CNY"                # of amounts without `currency`
//! as_of = "2026-11-21"            # default: today in `timezone`
//! since = "2025-11-21"            # default: one year before `as_of`
//! policy = ["policies"]           # policy files or folders (added to --policy)
//! data = ["data"]                 # data paths when none are given on the command line
//! fail_on = "error"               # error | warning | info | never
//! strict = false                  # a file without collections is an error
//! calendar = "holidays.toml"      # working-day calendar (default: mainland China, bundled)
//! memory_budget = "4GiB"          # default: half of the machine's memory
//!
//! [severity]                      # per clause id or check code; globs allowed
//! "ops.*" = "warning"
//! "unbound-reference" = "info"
//!
//! [params."proc.annual-budget"]   # parameter values per clause id; globs allowed
//! deadline = "12-25"
//!
//! [encoding]                      # per file glob (relative to this file's folder)
//! "exports/*.csv" = "gb18030"
//!
//! [files]                         # file globs (a sheet after `#`) → collections
//! "采购申请*.csv" = "requests"
//! "业务台账*.xlsx#采购" = { collection = "requests", kind = "purchase", header_row = 3 }
//!
//! [columns.requests]              # header → field
//! "经办人" = "requested_by"
//! ```

use crate::i18n::{Arg, Message};

use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::read::budget;
use crate::source::{FileId, Loc, Sources, Span};
use crate::suggest;
use jiff::civil::Date;
use std::path::{Path, PathBuf};

mod columns;
pub mod values;

pub use columns::ColumnRule;

pub const FILE_NAME: &str = "zhidu.toml";

/// A test case of `zhidu test`: a zhidu.toml with the case's expectation beside its settings.
pub const TEST_FILE_NAME: &str = "zhidu-test.toml";

/// The keys of a test case that are not settings (read by `zhidu test`).
pub const TEST_KEYS: &[&str] = &["expect", "exact", "policies"];

/// The lowest severity that makes the exit status 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }

    fn parse(s: &str) -> Option<FailOn> {
        match s {
            "error" => Some(FailOn::Error),
            "warning" => Some(FailOn::Warning),
            "info" => Some(FailOn::Info),
            "never" => Some(FailOn::Never),
            _ => None,
        }
    }
}

/// A parameter value set in `zhidu.toml` for the clauses matching a glob.
#[derive(Debug, Clone)]
pub struct ParamOverride {
    pub clauses: String,
    pub name: String,
    pub value: String,
    pub loc: Option<Loc>,
}

/// `ops.*` matches `ops.weekly-meeting`; a plain id matches itself.
pub fn glob_matches(pattern: &str, id: &str) -> bool {
    globset::Glob::new(pattern)
        .map(|g| g.compile_matcher().is_match(id))
        .unwrap_or(pattern == id)
}

/// A severity set in `[severity]` for the clauses or check codes a glob matches.
#[derive(Clone, Debug)]
pub struct SeverityOverride {
    pub pattern: String,
    /// `None` for `"off"`: the findings are dropped.
    pub severity: Option<Severity>,
    pub loc: Loc,
}

/// A file glob of zhidu.toml, relative to the folder of the zhidu.toml; as in `.gitignore`, a
/// pattern without `/` matches a file name at any depth.
#[derive(Clone, Debug)]
pub struct PathGlob {
    matcher: globset::GlobMatcher,
    /// The folder an anchored pattern is relative to.
    base: PathBuf,
    /// The pattern has no `/`: it matches the file name alone.
    name_only: bool,
}

impl PathGlob {
    pub fn new(pattern: &str, base: &Path) -> Result<PathGlob, Message> {
        let anchored = pattern.strip_prefix('/').unwrap_or(pattern);
        let glob = globset::GlobBuilder::new(anchored)
            .literal_separator(true)
            .build()
            .map_err(|e| {
                Message::new("config-bad-glob")
                    .arg("pattern", pattern)
                    .arg("detail", e.kind().to_string())
            })?;
        Ok(PathGlob {
            matcher: glob.compile_matcher(),
            base: std::path::absolute(base).unwrap_or_else(|_| base.to_path_buf()),
            name_only: !pattern.contains('/'),
        })
    }

    /// The pattern as written (anchored ones without their `/`).
    pub fn pattern(&self) -> &str {
        self.matcher.glob().glob()
    }

    pub fn matches(&self, path: &Path) -> bool {
        if self.name_only {
            return path
                .file_name()
                .is_some_and(|name| self.matcher.is_match(Path::new(name)));
        }
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        path.strip_prefix(&self.base)
            .is_ok_and(|relative| self.matcher.is_match(relative))
    }
}

/// `[encoding]`: the encoding of the files a glob matches.
#[derive(Clone, Debug)]
pub struct EncodingRule {
    pub glob: PathGlob,
    pub encoding: &'static encoding_rs::Encoding,
    /// Where zhidu.toml writes it (none for a rule `init` proposes).
    pub at: Option<Loc>,
}

/// `[files]`: the collection the files (or sheets) a glob matches hold, and how to read them.
#[derive(Clone, Debug)]
pub struct FileRule {
    pub glob: PathGlob,
    /// The sheet of a workbook (after `#`); none means every sheet.
    pub sheet: Option<String>,
    pub collection: String,
    /// The `kind` of rows that have none.
    pub kind: Option<String>,
    /// The row holding the headers (1-based), when title rows sit above it.
    pub header_row: Option<u32>,
    /// Where zhidu.toml writes it (none for a rule `init` proposes).
    pub at: Option<Loc>,
}

#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The folder holding `zhidu.toml` (paths in it are relative to this).
    pub dir: Option<PathBuf>,
    pub file: Option<FileId>,
    pub timezone: Option<String>,
    pub currency: Option<String>,
    pub as_of: Option<Date>,
    pub since: Option<Date>,
    pub policy: Vec<PathBuf>,
    pub data: Vec<PathBuf>,
    pub fail_on: Option<FailOn>,
    /// `lang`: the language of messages (the flag beats it, it beats the environment).
    pub lang: Option<crate::i18n::Lang>,
    pub strict: bool,
    pub calendar: Option<(PathBuf, Loc)>,
    pub memory_budget: Option<u64>,
    /// The per-file refusal `memory_budget` replaced; still honoured when set.
    pub max_file_size: Option<u64>,
    pub severity: Vec<SeverityOverride>,
    pub params: Vec<ParamOverride>,
    pub encodings: Vec<EncodingRule>,
    pub files: Vec<FileRule>,
    pub columns: Vec<ColumnRule>,
    /// `[values.<field>]`: values of an export mapped to the ones zhidu reads.
    pub values: Vec<values::ValueRule>,
    /// `select` and `ignore`: check codes or clause ids (globs), each where it is written.
    pub select: Vec<(String, Loc)>,
    pub ignore: Vec<(String, Loc)>,
    /// `baseline` and `waivers`: files, relative to zhidu.toml.
    pub baseline: Option<(PathBuf, Loc)>,
    pub waivers: Option<(PathBuf, Loc)>,
    /// `max_waiver_days`: how long past its approval a waiver may run (default 366).
    pub max_waiver_days: Option<u32>,
    /// `rectify_days`: days from the as-of day to the rectification deadline of the
    /// rectification list (default 30).
    pub rectify_days: Option<u32>,
    /// `packs`: the built-in packs to use, each where it is written.
    pub packs: Vec<(String, Loc)>,
    /// `covers`: record kinds whose existence and cadence are judged even without a record.
    pub covers: Vec<String>,
    /// Where each of `covers` is written.
    pub covers_at: Vec<Loc>,
    /// `covered_from`: the data is complete from this day, so a count per period starting on or
    /// after it is judged whole even when its first record comes later (LANGUAGE.md v3).
    pub covered_from: Option<Date>,
}

const KEYS: &[&str] = &[
    "packs",
    "covers",
    "select",
    "ignore",
    "baseline",
    "waivers",
    "max_waiver_days",
    "rectify_days",
    "timezone",
    "currency",
    "as_of",
    "since",
    "covered_from",
    "policy",
    "data",
    "fail_on",
    "lang",
    "strict",
    "calendar",
    "memory_budget",
    "max_file_size",
    "severity",
    "params",
    "encoding",
    "files",
    "columns",
    "values",
];

impl Config {
    /// The severity `[severity]` gives a finding of `check` from `clause`; the most specific
    /// pattern wins: a clause id over a clause glob over a check code.
    pub fn severity_for(&self, check: Check, clause: Option<&str>) -> Option<Option<Severity>> {
        let mut best: Option<(u8, Option<Severity>)> = None;
        for o in &self.severity {
            let rank = match clause {
                Some(c) if o.pattern == c => 3,
                Some(c) if glob_matches(&o.pattern, c) => 2,
                _ if o.pattern == check.code() => 1,
                _ => continue,
            };
            if best.is_none_or(|(r, _)| rank >= r) {
                best = Some((rank, o.severity));
            }
        }
        best.map(|(_, s)| s)
    }
}

impl Config {
    /// The severity `[severity]` gives a clause by its id alone.
    pub fn clause_severity(&self, clause: &str) -> Option<Severity> {
        self.severity
            .iter()
            .filter(|o| glob_matches(&o.pattern, clause))
            .max_by_key(|o| o.pattern == clause)
            .and_then(|o| o.severity)
    }
}

/// The nearest `zhidu.toml` upwards from `start`.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        // Whatever it is: a zhidu.toml that is a folder or a device is reported, not passed over.
        .find(|p| p.exists())
}

/// Reads a config file. `explicit` means the user named it (`--config`), so a missing file is an
/// error rather than "no config".
pub fn load(path: &Path, sources: &mut Sources) -> (Config, Vec<Finding>) {
    let display = crate::read::display(path);
    let (id, text) = match crate::read::read_text(path, crate::read::SETTINGS_MAX, sources) {
        Ok(read) => read,
        Err(finding) => return (Config::default(), vec![*finding]),
    };
    let dir = path.parent().map(|p| {
        if p.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            p.to_path_buf()
        }
    });
    let (mut config, errors) = parse(
        id,
        &display,
        &text,
        dir.as_deref().unwrap_or(Path::new(".")),
    );
    config.dir = dir;
    config.file = Some(id);
    (config, errors)
}

/// Parses config text; paths are taken relative to `dir`.
pub fn parse(file: FileId, name: &str, text: &str, dir: &Path) -> (Config, Vec<Finding>) {
    let mut config = Config::default();
    let mut errors = Vec::new();
    let loc = |r: std::ops::Range<usize>| Loc::new(file, Span::new(r.start, r.end));
    let mut notes = Vec::new();
    let mut error = |range: std::ops::Range<usize>, message: Message, help: Option<Message>| {
        let mut f = Finding::new(Check::DataError, name, message).at(loc(range));
        f.help = help.map(Into::into);
        errors.push(f);
    };
    let table = match toml::de::DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let range = e.span().unwrap_or(0..0);
            let f = Finding::new(
                Check::ParseError,
                name,
                Message::new("config-invalid-toml").arg("detail", e.message().to_string()),
            )
            .at(loc(range));
            return (config, vec![f]);
        }
    };
    for (key, value) in table.get_ref().iter() {
        let k = key.get_ref().as_ref();
        let range = value.span();
        let as_str = || value.get_ref().as_str().map(str::to_string);
        match k {
            "timezone" => match as_str() {
                Some(s) => match crate::time::time_zone(&s) {
                    Ok(_) => config.timezone = Some(s),
                    Err(e) => error(range, e, None),
                },
                None => error(range, wrong("timezone"), None),
            },
            "currency" => match as_str() {
                Some(s) if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) => {
                    config.currency = Some(s)
                }
                _ => error(range, wrong("currency"), None),
            },
            "as_of" | "since" | "covered_from" => {
                let parsed = match value.get_ref() {
                    toml::de::DeValue::Datetime(dt) => dt.to_string(),
                    other => other.as_str().unwrap_or_default().to_string(),
                };
                match crate::time::parse_date(&parsed) {
                    Ok(d) if k == "as_of" => config.as_of = Some(d),
                    Ok(d) if k == "since" => config.since = Some(d),
                    Ok(d) => config.covered_from = Some(d),
                    Err(e) => error(range, setting_error(k, e), None),
                }
            }
            "policy" | "data" => match paths(value.get_ref(), dir) {
                Some(p) if k == "policy" => config.policy = p,
                Some(p) => config.data = p,
                None => error(range, wrong("paths").arg("key", k), None),
            },
            "lang" => match as_str().as_deref().and_then(crate::i18n::Lang::parse) {
                Some(l) => config.lang = Some(l),
                None => error(range, wrong("lang"), None),
            },
            "fail_on" => match as_str().as_deref().and_then(FailOn::parse) {
                Some(f) => config.fail_on = Some(f),
                None => error(range, wrong("fail_on"), None),
            },
            "strict" => match value.get_ref().as_bool() {
                Some(b) => config.strict = b,
                None => error(range, wrong("strict"), None),
            },
            "calendar" => match as_str() {
                Some(s) => config.calendar = Some((dir.join(s), loc(range))),
                None => error(range, wrong("calendar"), None),
            },
            "baseline" | "waivers" => match as_str() {
                Some(s) if k == "baseline" => config.baseline = Some((dir.join(s), loc(range))),
                Some(s) => config.waivers = Some((dir.join(s), loc(range))),
                None => error(range, wrong("file").arg("key", k), None),
            },
            "max_waiver_days" => match value
                .get_ref()
                .as_integer()
                .and_then(|i| i.as_str().parse::<u32>().ok())
            {
                Some(n) if n > 0 => config.max_waiver_days = Some(n),
                _ => error(range, wrong("max_waiver_days"), None),
            },
            "rectify_days" => match value
                .get_ref()
                .as_integer()
                .and_then(|i| i.as_str().parse::<u32>().ok())
            {
                Some(n) if n > 0 => config.rectify_days = Some(n),
                _ => error(range, wrong("rectify_days"), None),
            },
            "packs" | "covers" => match value.get_ref().as_array() {
                Some(items) => {
                    for item in items.iter() {
                        match item.get_ref().as_str() {
                            Some(s) if k == "packs" => {
                                config.packs.push((s.to_string(), loc(item.span())))
                            }
                            Some(s) => {
                                config.covers.push(s.to_string());
                                config.covers_at.push(loc(item.span()));
                            }
                            None => error(item.span(), wrong("names").arg("key", k), None),
                        }
                    }
                }
                None => error(range, wrong(k), None),
            },
            "select" | "ignore" => match value.get_ref().as_array() {
                Some(items) => {
                    for item in items.iter() {
                        match item.get_ref().as_str() {
                            Some(s) if k == "select" => {
                                config.select.push((s.to_string(), loc(item.span())))
                            }
                            Some(s) => config.ignore.push((s.to_string(), loc(item.span()))),
                            None => error(item.span(), wrong("codes").arg("key", k), None),
                        }
                    }
                }
                None => error(range, wrong("code-list").arg("key", k), None),
            },
            "memory_budget" => {
                let parsed = match value.get_ref() {
                    toml::de::DeValue::Integer(i) => budget::parse_size(i.as_str()),
                    toml::de::DeValue::String(s) => budget::parse_size(s),
                    _ => Err(wrong("size")),
                };
                match parsed {
                    Ok(n) => config.memory_budget = Some(n),
                    Err(e) => error(range, setting_error("memory_budget", e), None),
                }
            }
            "max_file_size" => match value
                .get_ref()
                .as_integer()
                .and_then(|i| i.as_str().parse::<u64>().ok())
            {
                Some(n) if n > 0 => {
                    config.max_file_size = Some(n);
                    notes.push(
                        Finding::new(Check::DataError, name, Message::new("config-max-file-size"))
                            .at(loc(key.span()))
                            .severity(Severity::Info)
                            .help(Message::new("config-max-file-size-help")),
                    );
                }
                _ => error(range, wrong("max_file_size"), None),
            },
            "severity" => match value.get_ref().as_table() {
                Some(t) => {
                    for (pattern, sev) in t.iter() {
                        let pattern_text = pattern.get_ref().to_string();
                        let setting = match sev.get_ref().as_str() {
                            Some("off") => Some(None),
                            Some(s) => Severity::parse(s).map(Some),
                            None => None,
                        };
                        match setting {
                            Some(severity) => config.severity.push(SeverityOverride {
                                pattern: pattern_text,
                                severity,
                                loc: loc(pattern.span()),
                            }),
                            None => error(
                                sev.span(),
                                Message::new("config-severity-value")
                                    .arg("pattern", pattern_text.as_str()),
                                None,
                            ),
                        }
                    }
                }
                None => error(range, wrong("severity"), None),
            },
            "params" => match value.get_ref().as_table() {
                Some(t) => {
                    for (clause, params) in t.iter() {
                        let Some(params) = params.get_ref().as_table() else {
                            error(
                                params.span(),
                                Message::new("config-params-table")
                                    .arg("clause", clause.get_ref().to_string()),
                                None,
                            );
                            continue;
                        };
                        for (param, v) in params.iter() {
                            let value_text = match v.get_ref() {
                                toml::de::DeValue::String(s) => s.to_string(),
                                toml::de::DeValue::Integer(i) => i.as_str().to_string(),
                                toml::de::DeValue::Float(f) => f.as_str().to_string(),
                                toml::de::DeValue::Datetime(d) => d.to_string(),
                                // A list of record kinds (`kinds = ["purchase", "leave"]`).
                                toml::de::DeValue::Array(items)
                                    if items.iter().all(|i| i.get_ref().as_str().is_some()) =>
                                {
                                    items
                                        .iter()
                                        .filter_map(|i| i.get_ref().as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                }
                                _ => {
                                    error(v.span(), Message::new("config-param-value"), None);
                                    continue;
                                }
                            };
                            config.params.push(ParamOverride {
                                clauses: clause.get_ref().to_string(),
                                name: param.get_ref().to_string(),
                                value: value_text,
                                loc: Some(loc(v.span())),
                            });
                        }
                    }
                }
                None => error(range, wrong("params"), None),
            },
            "encoding" => match value.get_ref().as_table() {
                Some(t) => {
                    for (pattern, label) in t.iter() {
                        let pattern_text = pattern.get_ref().to_string();
                        let encoding = label
                            .get_ref()
                            .as_str()
                            .and_then(crate::read::decode::encoding_for_label);
                        let Some(encoding) = encoding else {
                            error(
                                label.span(),
                                Message::new("config-unknown-encoding")
                                    .arg("pattern", pattern_text.as_str()),
                                Some(Message::new("config-unknown-encoding-help")),
                            );
                            continue;
                        };
                        match PathGlob::new(&pattern_text, dir) {
                            Ok(glob) => config.encodings.push(EncodingRule {
                                glob,
                                encoding,
                                at: Some(loc(pattern.span())),
                            }),
                            Err(e) => error(pattern.span(), e, None),
                        }
                    }
                }
                None => error(range, wrong("encoding"), None),
            },
            "files" => match value.get_ref().as_table() {
                Some(t) => {
                    for (pattern, target) in t.iter() {
                        match file_rule(pattern.get_ref(), target, dir) {
                            Ok(rule) => config.files.push(FileRule {
                                at: Some(loc(pattern.span())),
                                ..rule
                            }),
                            Err((span, message, help)) => error(span, message, help),
                        }
                    }
                }
                None => error(range, wrong("files"), None),
            },
            "columns" => match value.get_ref().as_table() {
                Some(t) => {
                    for (collection, headers) in t.iter() {
                        columns::parse_table(collection, headers, &mut config.columns, &mut error);
                    }
                }
                None => error(range, wrong("columns"), None),
            },
            "values" => match value.get_ref().as_table() {
                Some(t) => {
                    for (field, values) in t.iter() {
                        values::parse_table(field, values, &mut config.values, &mut error);
                    }
                }
                None => error(range, wrong("values"), None),
            },
            other if name.ends_with(TEST_FILE_NAME) && TEST_KEYS.contains(&other) => {}
            other => error(
                key.span(),
                Message::new("config-unknown-setting").arg("key", other),
                suggest::did_you_mean(other, KEYS)
                    .or_else(|| {
                        name.ends_with(TEST_FILE_NAME)
                            .then(|| suggest::did_you_mean(other, TEST_KEYS))
                            .flatten()
                    })
                    .or_else(|| {
                        Some(Message::new("config-settings-are").arg("keys", Arg::list(KEYS)))
                    }),
            ),
        }
    }
    errors.extend(notes);
    (config, errors)
}

/// The error reporter of [`parse`]: a span, a message, a help.
pub(crate) type Report<'a> = dyn FnMut(std::ops::Range<usize>, Message, Option<Message>) + 'a;

/// What a setting holds, said when it holds something else (`config-wrong` of the catalogues).
fn wrong(key: &str) -> Message {
    Message::new("config-wrong").arg("what", key)
}

/// A setting whose value could not be read, and why.
fn setting_error(key: &str, error: Message) -> Message {
    Message::new("config-setting-error")
        .arg("key", key)
        .arg("error", error)
}

/// A `[files]` line: `"glob#sheet" = "collection"`, or a table with `collection`, `kind` and
/// `header_row`.
fn file_rule(
    pattern: &str,
    target: &toml::Spanned<toml::de::DeValue>,
    dir: &Path,
) -> Result<FileRule, (std::ops::Range<usize>, Message, Option<Message>)> {
    let (glob, sheet) = match pattern.split_once('#') {
        Some((glob, sheet)) => (glob, Some(sheet.to_string())),
        None => (pattern, None),
    };
    let span = target.span();
    let (collection, kind, header_row) = match target.get_ref() {
        toml::de::DeValue::String(c) => (c.to_string(), None, None),
        toml::de::DeValue::Table(t) => {
            let mut collection = None;
            let mut kind = None;
            let mut header_row = None;
            for (k, v) in t.iter() {
                match (k.get_ref().as_ref(), v.get_ref()) {
                    ("collection", toml::de::DeValue::String(c)) => {
                        collection = Some(c.to_string())
                    }
                    ("kind", toml::de::DeValue::String(c)) => kind = Some(c.to_string()),
                    ("header_row", toml::de::DeValue::Integer(n)) => {
                        match n.as_str().parse::<u32>() {
                            Ok(row) if row >= 1 => header_row = Some(row),
                            _ => {
                                return Err((v.span(), wrong("header_row"), None));
                            }
                        }
                    }
                    (other, _) => {
                        return Err((
                            k.span(),
                            Message::new("config-files-unknown").arg("key", other),
                            Some(Message::new("config-files-unknown-help")),
                        ));
                    }
                }
            }
            let Some(collection) = collection else {
                let message = Message::new("config-files-no-collection").arg("pattern", pattern);
                return Err((span, message, None));
            };
            (collection, kind, header_row)
        }
        _ => {
            return Err((span, wrong("files-line"), None));
        }
    };
    if crate::vocab::schema::row_fields(&collection).is_none() {
        return Err((
            span,
            Message::new("config-not-a-collection").arg("name", collection.as_str()),
            suggest::did_you_mean(&collection, crate::vocab::schema::TABULAR).or_else(|| {
                let names = Arg::list(crate::vocab::schema::TABULAR);
                Some(Message::new("data-collections-are").arg("names", names))
            }),
        ));
    }
    let glob = PathGlob::new(glob, dir).map_err(|e| (span.clone(), e, None))?;
    Ok(FileRule {
        glob,
        sheet,
        collection,
        kind,
        header_row,
        at: None,
    })
}

fn paths(value: &toml::de::DeValue, dir: &Path) -> Option<Vec<PathBuf>> {
    match value {
        toml::de::DeValue::String(s) => Some(vec![dir.join(s.as_ref())]),
        toml::de::DeValue::Array(items) => items
            .iter()
            .map(|i| i.get_ref().as_str().map(|s| dir.join(s)))
            .collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_settings_suggest_the_nearest() {
        let text = "timzone = \"Asia/Shanghai\"\n";
        let (_, errors) = parse(FileId(0), "zhidu.toml", text, Path::new("."));
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0]
                .help
                .as_ref()
                .map(|h| h.english().into_owned())
                .as_deref(),
            Some("did you mean `timezone`?")
        );
        assert_eq!(errors[0].location.map(|l| l.span), Some(Span::new(0, 7)));
    }

    #[test]
    fn values_are_checked_and_located() {
        let text = "as_of = \"2026-02-30\"\nfail_on = \"sometimes\"\ntimezone = \"Mars/Olympus\"\n";
        let (_, errors) = parse(FileId(0), "zhidu.toml", text, Path::new("."));
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn a_full_config_reads() {
        let text = r#"
timezone = "Asia/Shanghai"
as_of = 2026-11-21
fail_on = "warning"
[severity]
"ops.*" = "warning"
"vacant-role" = "info"
[params."proc.annual-budget"]
deadline = "12-25"
"#;
        let (config, errors) = parse(FileId(0), "zhidu.toml", text, Path::new("."));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            config.as_of.map(|d| d.to_string()).as_deref(),
            Some("2026-11-21")
        );
        assert_eq!(config.fail_on, Some(FailOn::Warning));
        assert_eq!(
            config.severity_for(Check::VacantRole, Some("ops.director-filled")),
            Some(Some(Severity::Warning))
        );
        assert_eq!(
            config.severity_for(Check::VacantRole, Some("prod.leadership")),
            Some(Some(Severity::Info))
        );
        assert_eq!(config.params.len(), 1);
    }
}
