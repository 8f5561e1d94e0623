//! The memory budget of a run: data files are charged what reading them is estimated to cost
//! before they are read, and a file that would take the run over its budget is refused with a
//! located error instead of the run being killed by the system.
//!
//! The budget is `--memory-budget`, else `memory_budget` in zhidu.toml, else half of the memory
//! the machine (or its container) has.

use crate::i18n::Message;

/// Memory a run may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    pub limit: u64,
    /// Where the limit comes from, for the message that names it.
    pub source: BudgetSource,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetSource {
    Flag,
    Config,
    Default,
}

/// Memory the run needs besides the data (the program, the policies, the thread stacks).
pub const BASE: u64 = 64 * 1024 * 1024;

impl Budget {
    /// Half of the memory available, or 4 GiB when that cannot be told.
    pub fn default_for_machine() -> Budget {
        Budget {
            limit: physical_memory().map_or(4 << 30, |m| m / 2),
            source: BudgetSource::Default,
        }
    }

    /// Does a further `cost` after `used` fit?
    pub fn fits(&self, used: u64, cost: u64) -> bool {
        BASE.saturating_add(used).saturating_add(cost) <= self.limit
    }

    /// How the user can raise it, for a message.
    pub fn how_to_raise(&self) -> Message {
        Message::new(match self.source {
            BudgetSource::Flag => "budget-raise-flag",
            BudgetSource::Config => "budget-raise-config",
            BudgetSource::Default => "budget-raise-default",
        })
    }
}

/// The memory this process may use: the machine's, or its control group's limit when lower.
fn physical_memory() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok()?;
    let total = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())?
        .saturating_mul(1024);
    let cgroup = std::fs::read_to_string("/sys/fs/cgroup/memory.max")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok());
    Some(cgroup.map_or(total, |c| c.min(total)))
}

/// Parses a size: `1073741824`, `512MiB`, `4GiB`, `2GB`, `1.5G` (K, M, G, T alone are binary).
pub fn parse_size(text: &str) -> Result<u64, Message> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "t" | "tib" => 1 << 40,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "tb" => 1_000_000_000_000,
        _ => {
            return Err(Message::new("size-invalid").arg("text", text));
        }
    };
    let value: f64 = number
        .parse()
        .map_err(|_| Message::new("size-invalid").arg("text", text))?;
    let bytes = value * factor as f64;
    if !(bytes.is_finite() && bytes >= 1.0 && bytes < u64::MAX as f64) {
        return Err(Message::new("size-unusable").arg("text", text));
    }
    Ok(bytes as u64)
}

/// `3.2 MiB`.
pub fn show(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / (KIB * KIB * KIB)),
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / (KIB * KIB)),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / KIB),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_every_unit() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("512MiB"), Ok(512 << 20));
        assert_eq!(parse_size("4 GiB"), Ok(4 << 30));
        assert_eq!(parse_size("2GB"), Ok(2_000_000_000));
        assert_eq!(parse_size("1.5G"), Ok(3 << 29));
        for bad in ["", "GiB", "-1G", "12 parsecs", "0", "1e400"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_budget_admits_what_fits() {
        let budget = Budget {
            limit: 1 << 30,
            source: BudgetSource::Flag,
        };
        // What is charged is a file's estimated cost: the base of the run comes on top.
        assert!(budget.fits(0, (1 << 30) - BASE));
        assert!(!budget.fits(0, (1 << 30) - BASE + 1));
        assert!(!budget.fits(1, (1 << 30) - BASE));
        assert!(!budget.fits(u64::MAX, 1), "sums saturate");
        assert!(Budget::default_for_machine().limit > 0);
    }
}
