//! Exact money: a whole number of pence, with checked arithmetic.
//!
//! Budgets are negotiated in pounds and settled in pence; a float never touches them.
//! In JSON an amount is an integer number of pence (`29870000` is £298,700). Text such as
//! `"£298,700"`, `"£1,234.56"` or `"-£49,000"` is read by [`Money::parse`] and written by
//! the `Display` implementation; these are helpers for forms and reports, not the storage
//! form. Arithmetic that would overflow 64-bit pence is an [`Error::Overflow`], never a wrap.

use crate::error::Error;
use crate::words;
use serde::{de, Deserialize, Deserializer, Serialize};
use std::fmt;

/// An amount of money in pence (negative for a refund, an overspend or a cut). JSON: an
/// integer number of pence; anything else is refused with
/// [`message::PENCE`](crate::read::message::PENCE).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Money(i64);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(words::PENCE)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Money, E> {
                Ok(Money(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Money, E> {
                i64::try_from(v)
                    .map(Money)
                    .map_err(|_| E::custom(words::PENCE))
            }
        }
        d.deserialize_i64(V)
    }
}

/// The reader for a money field that cannot be below zero (a baseline, a contribution, a
/// total to share): `#[serde(deserialize_with = "non_negative")]`. A negative amount is
/// an error at the field, with
/// [`message::PENCE_NOT_NEGATIVE`](crate::read::message::PENCE_NOT_NEGATIVE).
pub fn non_negative<'de, D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
    let m = Money::deserialize(d)?;
    if m.is_negative() {
        Err(de::Error::custom(words::PENCE_NOT_NEGATIVE))
    } else {
        Ok(m)
    }
}

/// As [`non_negative`], for an optional field (use with `default`).
pub fn non_negative_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Money>, D::Error> {
    match Option::<Money>::deserialize(d)? {
        Some(m) if m.is_negative() => Err(de::Error::custom(words::PENCE_NOT_NEGATIVE)),
        other => Ok(other),
    }
}

impl Money {
    /// No money.
    pub const ZERO: Money = Money(0);

    /// An amount of pence.
    pub const fn from_pence(pence: i64) -> Money {
        Money(pence)
    }

    /// Whole pounds; `None` when out of range.
    pub fn from_pounds(pounds: i64) -> Option<Money> {
        pounds.checked_mul(100).map(Money)
    }

    /// The amount in pence.
    pub const fn pence(self) -> i64 {
        self.0
    }

    /// True when the amount is below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// True when the amount is zero.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// True when the amount is zero (by reference, for serde's `skip_serializing_if`).
    pub fn is_nil(amount: &Money) -> bool {
        amount.0 == 0
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// `-self`, or `None` on overflow (the one amount with no opposite).
    pub fn checked_neg(self) -> Option<Money> {
        self.0.checked_neg().map(Money)
    }

    /// `self + other`, or an [`Error::Overflow`] at `path`.
    pub fn add(self, other: Money, path: &str) -> Result<Money, Error> {
        self.checked_add(other).ok_or_else(|| overflow(path))
    }

    /// `self - other`, or an [`Error::Overflow`] at `path`.
    pub fn sub(self, other: Money, path: &str) -> Result<Money, Error> {
        self.checked_sub(other).ok_or_else(|| overflow(path))
    }

    /// The sum of amounts, or an [`Error::Overflow`] at `path`.
    pub fn sum<I: IntoIterator<Item = Money>>(items: I, path: &str) -> Result<Money, Error> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |acc, m| acc.add(m, path))
    }

    /// The one reader of money typed as text: `"£298,700"`, `"£298,700.50"`, `"£1,234.56"`,
    /// `"-£49,000"`, `"298700"`, `"£0.5"` (fifty pence); white space around it is
    /// ignored (it is typed by people). Commas, when used, must group thousands (1-3
    /// digits, no leading zero, then groups of exactly 3: `£0,001` and `£1,2345` are
    /// refused); at most two decimal places. The message
    /// ([`message::MONEY_TEXT`](crate::read::message::MONEY_TEXT)) never quotes the text.
    pub fn parse(text: &str) -> Result<Money, Error> {
        let bad = |_why: &str| Error::invalid("", words::MONEY_TEXT);
        let s = text.trim();
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let s = s.strip_prefix('£').unwrap_or(s);
        let (whole, fraction) = match s.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (s, None),
        };
        if whole.is_empty() {
            return Err(bad("no pounds figure"));
        }
        // Commas must group thousands: 1-3 digits then groups of exactly 3.
        if whole.contains(',') {
            let mut groups = whole.split(',');
            let first = groups.next().unwrap_or("");
            if first.is_empty()
                || first.len() > 3
                || first.starts_with('0')
                || groups.any(|g| g.len() != 3)
            {
                return Err(bad("commas do not group thousands"));
            }
        }
        let mut pounds: i64 = 0;
        for ch in whole.chars().filter(|c| *c != ',') {
            let d = ch.to_digit(10).ok_or_else(|| bad("unexpected character"))?;
            pounds = pounds
                .checked_mul(10)
                .and_then(|p| p.checked_add(i64::from(d)))
                .ok_or_else(|| overflow(""))?;
        }
        let pence_part: i64 = match fraction {
            None => 0,
            Some(f) => {
                if f.is_empty() || f.len() > 2 {
                    return Err(bad("pence need one or two digits"));
                }
                let mut p: i64 = 0;
                for ch in f.chars() {
                    let d = ch.to_digit(10).ok_or_else(|| bad("unexpected character"))?;
                    p = p * 10 + i64::from(d);
                }
                if f.len() == 1 {
                    p * 10
                } else {
                    p
                }
            }
        };
        let magnitude = pounds
            .checked_mul(100)
            .and_then(|p| p.checked_add(pence_part))
            .ok_or_else(|| overflow(""))?;
        Ok(Money(if negative { -magnitude } else { magnitude }))
    }
}

fn overflow(path: &str) -> Error {
    Error::Overflow {
        path: path.to_string(),
    }
}

/// `"£298,700"` for whole pounds, `"£1,234.56"` otherwise, `"-£49,000"` when negative.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let magnitude = self.0.unsigned_abs();
        let pounds = magnitude / 100;
        let pence = magnitude % 100;
        let digits = pounds.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        if pence == 0 {
            write!(f, "{sign}£{grouped}")
        } else {
            write!(f, "{sign}£{grouped}.{pence:02}")
        }
    }
}

/// `part / whole` in basis points (1% = 100), rounded half away from zero; `None` when
/// `whole` is zero. Used for shares of a total and change on last year.
pub fn basis_points(part: Money, whole: Money) -> Option<i64> {
    if whole.is_zero() {
        return None;
    }
    let num = i128::from(part.0) * 10_000;
    let den = i128::from(whole.0);
    let q = div_round_half_away(num, den)?;
    i64::try_from(q).ok()
}

/// Integer division rounding half away from zero; `None` when `den` is zero.
pub(crate) fn div_round_half_away(num: i128, den: i128) -> Option<i128> {
    if den == 0 {
        return None;
    }
    let negative = (num < 0) != (den < 0);
    let n = num.checked_abs()?;
    let d = den.checked_abs()?;
    let q = n.checked_add(d / 2)? / d;
    Some(if negative { -q } else { q })
}

/// Request for [`parse_money`]: text as a form field holds it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParseMoneyRequest {
    /// The amount as written (`"£298,700"`, `"-£49,000"`, `"£1,234.56"`).
    pub text: String,
}

/// An amount both as stored (pence) and as a board writes it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoneyText {
    /// The amount in pence.
    pub pence: Money,
    /// The amount written in pounds (`"£298,700"`).
    pub text: String,
}

/// Request for [`format_money`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatMoneyRequest {
    /// The amount in pence.
    pub pence: Money,
}

/// Capability: read an amount typed into a form (`"£298,700"`) as pence.
pub fn parse_money(request: &ParseMoneyRequest) -> Result<MoneyText, Error> {
    let pence = Money::parse(&request.text).map_err(|e| e.within("/text"))?;
    Ok(MoneyText {
        pence,
        text: pence.to_string(),
    })
}

/// Capability: write an amount of pence as a board writes it (`"£298,700"`).
pub fn format_money(request: &FormatMoneyRequest) -> MoneyText {
    MoneyText {
        pence: request.pence,
        text: request.pence.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_report_figures() {
        for (text, pence) in [
            ("£298,700", 29_870_000),
            ("£389,017", 38_901_700),
            ("£1,234.56", 123_456),
            ("-£49,000", -4_900_000),
            ("£597", 59_700),
        ] {
            let m = Money::parse(text).unwrap();
            assert_eq!(m.pence(), pence, "{text}");
            assert_eq!(m.to_string(), text);
        }
        assert_eq!(Money::parse("£0.5").unwrap().pence(), 50);
        assert_eq!(Money::from_pence(-5).to_string(), "-£0.05");
    }

    #[test]
    fn rejects_bad_text_without_quoting_it() {
        for text in [
            "",
            "£",
            "£12,34",
            "£1,2345",
            "£1.234",
            "£1.",
            "abc",
            "£-5",
            ",123",
            "£0,001",
            "£01,000",
            "£1,000,00",
        ] {
            let e = Money::parse(text).unwrap_err();
            assert_eq!(e.code(), "shape.invalid", "{text}");
        }
        let e = Money::parse("£99,999,999,999,999,999").unwrap_err();
        assert_eq!(e.code(), "shape.overflow");
    }

    #[test]
    fn rounding_half_away() {
        assert_eq!(div_round_half_away(5, 2), Some(3));
        assert_eq!(div_round_half_away(-5, 2), Some(-3));
        assert_eq!(div_round_half_away(4, 3), Some(1));
        assert_eq!(div_round_half_away(1, 0), None);
    }
}
