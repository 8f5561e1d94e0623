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

/// The forms of an amount in data files, for messages (`amount-forms` of the catalogues).
pub fn amount_forms() -> crate::i18n::Message {
    crate::i18n::Message::new("amount-forms")
}

impl Money {
    /// Parses an amount as data files and exports write it: `48000.50`, with thousands
    /// separators (`8,000`), a yuan sign (`¥8,000.00`, `￥8,000.00`) or suffix (`8000元`), in
    /// ten-thousands (`1.5万`) or hundred-millions (`2亿`). A sign or suffix of yuan makes the
    /// currency CNY.
    pub fn parse_written(text: &str) -> Result<Money, crate::i18n::Message> {
        let written = text.trim();
        let mut rest = written;
        let mut currency = None;
        if let Some(r) = rest.strip_prefix(['¥', '￥']) {
            rest = r.trim_start();
            currency = Some("CNY".to_string());
        }
        if let Some(r) = rest.strip_suffix('元') {
            rest = r.trim_end();
            currency = Some("CNY".to_string());
        }
        let mut scale = 1;
        if let Some(r) = rest.strip_suffix('万') {
            rest = r;
            scale = 10_000;
        } else if let Some(r) = rest.strip_suffix('亿') {
            rest = r;
            scale = 100_000_000;
        }
        let digits = without_thousands(rest)
            .ok_or_else(|| crate::i18n::Message::new("amount-bad-commas").arg("text", written))?;
        Money::parse(&digits, scale, currency).ok_or_else(|| {
            crate::i18n::Message::new("amount-invalid")
                .arg("text", written)
                .arg("forms", amount_forms())
        })
    }
}

/// `8,000.50` → `8000.50`; `None` when a comma is anywhere but between groups of three digits.
fn without_thousands(text: &str) -> Option<String> {
    if !text.contains(',') {
        return Some(text.to_string());
    }
    let (int, frac) = text
        .split_once('.')
        .map_or((text, None), |(i, f)| (i, Some(f)));
    let mut groups = int.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
        return None;
    }
    let mut out: String = int.chars().filter(|&c| c != ',').collect();
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    Some(out)
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
    fn amounts_as_exports_write_them() {
        let units = |t: &str| Money::parse_written(t).map(|m| (m.units / MONEY_SCALE, m.currency));
        let cny = Some("CNY".to_string());
        assert_eq!(units("48000"), Ok((48000, None)));
        assert_eq!(units("8,000"), Ok((8000, None)));
        assert_eq!(units("1,234,567.50").map(|u| u.0), Ok(1_234_567));
        assert_eq!(units("¥8,000.00"), Ok((8000, cny.clone())));
        assert_eq!(units("￥8,000.00"), Ok((8000, cny.clone())));
        assert_eq!(units("8000元"), Ok((8000, cny.clone())));
        assert_eq!(units("1.5万"), Ok((15000, None)));
        assert_eq!(units("1.5万元"), Ok((15000, cny)));
        assert_eq!(units("2亿"), Ok((200_000_000, None)));
        for bad in [
            "8,00",
            ",800",
            "8,0000",
            "1,2,3",
            "¥",
            "元",
            "1.5万万",
            "-5",
            "12.345678",
            "$8",
        ] {
            assert!(Money::parse_written(bad).is_err(), "{bad}");
        }
        assert!(Money::parse_written("80,00").is_err_and(|e| e.to_string().contains("thousands")),);
    }

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
