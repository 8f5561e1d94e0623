//! What a finding says, kept as a catalogue message and its arguments until a report prints it.

use super::Lang;
use std::borrow::Cow;

/// An argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text as it is (a name, an id, a value of the data).
    Str(String),
    /// A number (plural and select rules see it).
    Num(i64),
    /// A date, a month-day or a date and time, written ISO (`2026-07-31`, `10-01`,
    /// `2026-04-11 16:00`): Chinese for a person reads 2026年7月31日, 10月1日, 2026年4月11日 16:00.
    Date(String),
    /// A period (`2026`, `2026-08`, `2026-W39`, `2026-Q3`): Chinese for a person reads 2026年,
    /// 2026年8月, 2026年第39周, 2026年第3季度.
    Period(String),
    /// A record's field (`submitted`): in Chinese, the step it records (提交) where the
    /// catalogue has a word for it (`field-submitted`), else the field as written.
    Field(String),
    /// Words the data or the policy give in both languages (a clause's title, `月度计划 ·
    /// monthly plan`): each language takes its own. Boxed: a finding holds many arguments,
    /// and most are not of this kind.
    Both(Box<(String, String)>),
    /// A message inside a message, rendered in the same language.
    Msg(Box<Message>),
    /// Items joined as each language joins them (`a, then b` / `a、b`).
    Join(Vec<Arg>, Joiner),
}

/// How items of a list are joined; each is a message `join-…` of the catalogues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joiner {
    /// A list: `a, b` / `a、b`.
    Comma,
    /// Names together: `a and b` / `a和b`.
    And,
    /// Conditions that must all hold: `a and b` / `a且b`.
    Also,
    /// Alternatives: `a or b` / `a或b`.
    Or,
    /// Steps in order: `a, then b` / `a、b`.
    Then,
    /// Parts of a description: `a and b` / `a，b`.
    Parts,
    /// Rows of a table: `a; b` / `a；b`.
    Rows,
    /// Choices: `a, b or c` / `a、b或c`.
    Alternatives,
}

impl Joiner {
    pub fn id(self) -> &'static str {
        match self {
            Joiner::Comma => "join-comma",
            Joiner::And => "join-and",
            Joiner::Also => "join-also",
            Joiner::Or => "join-or",
            Joiner::Then => "join-then",
            Joiner::Parts => "join-parts",
            Joiner::Rows => "join-rows",
            Joiner::Alternatives => "join-comma",
        }
    }
}

impl Arg {
    /// English and Chinese words for one thing.
    pub fn both(en: String, zh: String) -> Arg {
        Arg::Both(Box::new((en, zh)))
    }

    /// Items listed as each language lists them: `a, b` / `a、b`.
    pub fn list<S: AsRef<str>>(items: &[S]) -> Arg {
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        Arg::both(items.join(", "), items.join("、"))
    }

    /// Items joined by `joiner`.
    pub fn join<A: Into<Arg>>(items: impl IntoIterator<Item = A>, joiner: Joiner) -> Arg {
        Arg::Join(items.into_iter().map(Into::into).collect(), joiner)
    }

    /// Alternatives or titles of one post written `a / b`: `a、b` in Chinese.
    pub fn slashed<S: AsRef<str>>(items: &[S]) -> Arg {
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        Arg::both(items.join(" / "), items.join("、"))
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Arg {
        match text {
            Text::Plain(s) => Arg::Str(s),
            Text::Msg(m) => Arg::Msg(Box::new(m)),
        }
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(i64::from(n))
    }
}

/// A message of the catalogues: its id and named arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// Adds a date argument (ISO text).
    pub fn date(mut self, name: &'static str, value: impl std::fmt::Display) -> Message {
        self.args.push((name, Arg::Date(value.to_string())));
        self
    }

    /// Adds a period argument.
    pub fn period(mut self, name: &'static str, value: impl std::fmt::Display) -> Message {
        self.args.push((name, Arg::Period(value.to_string())));
        self
    }

    /// Adds a field argument.
    pub fn field(mut self, name: &'static str, value: impl std::fmt::Display) -> Message {
        self.args.push((name, Arg::Field(value.to_string())));
        self
    }
}

/// Text a person reads: a catalogue message, or (while zhidu's strings move into the
/// catalogues) English as written, shown in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    Msg(Message),
}

impl Text {
    /// The text in `lang`, for a person (`human`) or a machine format.
    pub fn render(&self, lang: Lang, human: bool) -> Cow<'_, str> {
        match self {
            Text::Plain(s) => Cow::Borrowed(s),
            Text::Msg(m) => Cow::Owned(super::t(lang, m.id, &m.args, human)),
        }
    }

    /// The English text of a machine format: what fingerprints and tests read.
    pub fn english(&self) -> Cow<'_, str> {
        self.render(Lang::En, false)
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Plain(s) if s.is_empty())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::Plain(s.clone())
    }
}

impl From<Message> for Text {
    fn from(m: Message) -> Text {
        Text::Msg(m)
    }
}

impl std::fmt::Display for Message {
    /// English, as machine formats write it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::t(Lang::En, self.id, &self.args, false))
    }
}

impl serde::Serialize for Text {
    /// English, as machine formats write it.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl std::fmt::Display for Text {
    /// English, as machine formats write it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// A date for a person reading Chinese: `2026-07-31` → 2026年7月31日, `10-01` → 10月1日, a time
/// after the date kept (`2026-04-11 16:00` → 2026年4月11日 16:00); anything else as it is.
pub fn chinese_date(iso: &str) -> String {
    let number = |s: &str| s.parse::<u32>().ok();
    let bytes = iso.as_bytes();
    let dash = |i: usize| bytes.get(i) == Some(&b'-');
    if iso.len() >= 10
        && dash(4)
        && dash(7)
        && let (Some(y), Some(m), Some(d)) =
            (number(&iso[..4]), number(&iso[5..7]), number(&iso[8..10]))
    {
        return format!("{y}年{m}月{d}日{}", &iso[10..]);
    }
    if iso.len() == 5
        && dash(2)
        && let (Some(m), Some(d)) = (number(&iso[..2]), number(&iso[3..5]))
    {
        return format!("{m}月{d}日");
    }
    iso.to_string()
}

/// A period for a person reading Chinese: `2026` → 2026年, `2026-08` → 2026年8月, `2026-W39` →
/// 2026年第39周, `2026-Q3` → 2026年第3季度, `2026-H1` → 2026年上半年, a day as a date.
pub fn chinese_period(iso: &str) -> String {
    let number = |s: &str| s.parse::<u32>().ok();
    let Some((year, rest)) = iso.split_once('-').or(Some((iso, ""))) else {
        return iso.to_string();
    };
    let Some(y) = number(year).filter(|_| year.len() == 4) else {
        return iso.to_string();
    };
    if rest.is_empty() {
        return format!("{y}年");
    }
    if let Some(w) = rest.strip_prefix('W').and_then(number) {
        return format!("{y}年第{w}周");
    }
    if let Some(q) = rest.strip_prefix('Q').and_then(number) {
        return format!("{y}年第{q}季度");
    }
    match rest {
        "H1" => return format!("{y}年上半年"),
        "H2" => return format!("{y}年下半年"),
        _ => {}
    }
    if rest.len() == 2
        && let Some(m) = number(rest)
    {
        return format!("{y}年{m}月");
    }
    chinese_date(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_chinese_write_them() {
        assert_eq!(chinese_period("2026"), "2026年");
        assert_eq!(chinese_period("2026-08"), "2026年8月");
        assert_eq!(chinese_period("2026-W39"), "2026年第39周");
        assert_eq!(chinese_period("2026-Q3"), "2026年第3季度");
        assert_eq!(chinese_period("2026-H1"), "2026年上半年");
        assert_eq!(chinese_period("2026-07-31"), "2026年7月31日");
        assert_eq!(chinese_period("soon"), "soon");
    }

    #[test]
    fn dates_read_as_chinese_write_them() {
        assert_eq!(chinese_date("2026-07-31"), "2026年7月31日");
        assert_eq!(chinese_date("2026-04-11 16:00"), "2026年4月11日 16:00");
        assert_eq!(chinese_date("10-01"), "10月1日");
        assert_eq!(chinese_date("2026-W39"), "2026-W39");
    }
}
