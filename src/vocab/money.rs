//! Amounts of money, exact to a ten-thousandth of the currency unit.

/// An amount in ten-thousandths of the currency unit, so comparisons are exact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Money {
    pub units: i128,
    pub currency: Option<String>,
}

/// Ten-thousandths per unit of currency.
pub const MONEY_SCALE: i128 = 10_000;

impl Money {
    /// Parses `48000.50` (at most four decimals) times `scale`.
    pub fn parse(digits: &str, scale: i128, currency: Option<String>) -> Option<Money> {
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if int.is_empty()
            || frac.len() > 4
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let int: i128 = int.parse().ok()?;
        let frac: i128 = if frac.is_empty() {
            0
        } else {
            format!("{frac:0<4}").parse().ok()?
        };
        let units = int
            .checked_mul(MONEY_SCALE)?
            .checked_add(frac)?
            .checked_mul(scale)?;
        Some(Money { units, currency })
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let int = self.units / MONEY_SCALE;
        let frac = (self.units % MONEY_SCALE).abs();
        if frac == 0 {
            write!(f, "{int}")?;
        } else {
            let frac = format!("{frac:04}");
            write!(f, "{int}.{}", frac.trim_end_matches('0'))?;
        }
        if let Some(c) = &self.currency {
            write!(f, " {c}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_exact() {
        let m = |s: &str, scale| Money::parse(s, scale, None).map(|m| m.units);
        assert_eq!(m("48000.50", 1), Some(480_005_000));
        assert_eq!(m("5", 10_000), Some(500_000_000));
        assert_eq!(m("1.23456", 1), None);
        assert_eq!(m("abc", 1), None);
        assert_eq!(
            Money::parse("48000.50", 1, Some("CNY".into()))
                .map(|m| m.to_string())
                .as_deref(),
            Some("48000.5 CNY")
        );
    }
}
