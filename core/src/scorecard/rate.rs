//! Exact numbers for scorecards: decimals as the board writes them, exact fractions for
//! derived figures (rates per 10,000, shares of a total, percent change), and the one
//! rounding rule boardkit uses.
//!
//! # Rounding
//! Derived figures are computed as exact fractions of integers and rounded only once, at
//! the reported precision (`places` decimal places), **half away from zero**: 17.5 becomes
//! 18 and -17.5 becomes -18; 80.45 at one place becomes 80.5. Nothing goes through
//! floating point.

use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// The most decimal places a [`Decimal`] may carry.
pub const MAX_PLACES: u32 = 9;

/// Largest magnitude of a decimal's units (15 significant digits): every decimal then
/// converts to a JSON number (an f64) and back without loss.
const MAX_UNITS: i64 = 999_999_999_999_999;

/// A decimal number as a board writes it (2240, 80.5, 49.84, -18), held exactly as
/// `units / 10^places`.
///
/// JSON: a number (`80.5`) or a string (`"80.5"`); written back as a number. At most
/// [`MAX_PLACES`] decimal places and 15 significant digits. Equality and ordering are by
/// value (80.5 equals 80.50).
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    units: i64,
    places: u32,
}

impl Decimal {
    /// `units / 10^places`, or `None` if out of range.
    pub fn new(units: i64, places: u32) -> Option<Decimal> {
        if places > MAX_PLACES || units.checked_abs()? > MAX_UNITS {
            return None;
        }
        Some(Decimal { units, places }.normalised())
    }

    /// A whole number.
    pub fn from_int(n: i64) -> Option<Decimal> {
        Decimal::new(n, 0)
    }

    /// Zero.
    pub const ZERO: Decimal = Decimal {
        units: 0,
        places: 0,
    };

    /// The scaled integer (value times 10^places).
    pub fn units(self) -> i64 {
        self.units
    }

    /// Number of decimal places after removing trailing zeros.
    pub fn places(self) -> u32 {
        self.places
    }

    /// The value as an exact fraction.
    pub fn ratio(self) -> Ratio {
        Ratio {
            num: i128::from(self.units),
            den: pow10(self.places),
        }
    }

    /// True when below zero.
    pub fn is_negative(self) -> bool {
        self.units < 0
    }

    /// Parse `-12.345` style text (no exponent, no thousands separators).
    pub fn parse(s: &str) -> Option<Decimal> {
        let s = s.trim();
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let frac = frac.trim_end_matches('0');
        let places = u32::try_from(frac.len()).ok()?;
        if places > MAX_PLACES {
            return None;
        }
        let digits = format!("{int}{frac}");
        let digits = digits.trim_start_matches('0');
        let magnitude: i64 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        let units = if neg {
            magnitude.checked_neg()?
        } else {
            magnitude
        };
        Decimal::new(units, places)
    }

    fn normalised(mut self) -> Decimal {
        while self.places > 0 && self.units % 10 == 0 {
            self.units /= 10;
            self.places -= 1;
        }
        self
    }

    fn as_f64(self) -> f64 {
        // Both operands are exact in f64 (|units| < 10^15, 10^places <= 10^9) and IEEE
        // division is correctly rounded, so the result is the f64 nearest this decimal,
        // which (at 15 significant digits or fewer) prints back as this decimal.
        #[allow(clippy::cast_precision_loss)]
        let u = self.units as f64;
        #[allow(clippy::cast_precision_loss)]
        let d = pow10(self.places) as f64;
        u / d
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Decimal {}
impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        self.ratio().cmp(&other.ratio())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.places == 0 {
            return write!(f, "{}", self.units);
        }
        let sign = if self.units < 0 { "-" } else { "" };
        let mag = self.units.unsigned_abs();
        let scale = 10u64.pow(self.places);
        write!(
            f,
            "{sign}{}.{:0width$}",
            mag / scale,
            mag % scale,
            width = usize::try_from(self.places).unwrap_or(0)
        )
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.places == 0 {
            s.serialize_i64(self.units)
        } else {
            s.serialize_f64(self.as_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number (at most 9 decimal places, 15 significant digits)")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                Decimal::from_int(v).ok_or_else(|| E::custom(crate::words::DECIMAL))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(Decimal::from_int)
                    .ok_or_else(|| E::custom(crate::words::DECIMAL))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                // Rust prints the shortest text that reads back as the same f64, without
                // an exponent: the decimal the host wrote.
                if !v.is_finite() {
                    return Err(E::custom(crate::words::DECIMAL));
                }
                Decimal::parse(&format!("{v}")).ok_or_else(|| E::custom(crate::words::DECIMAL))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::parse(v).ok_or_else(|| E::custom(crate::words::DECIMAL))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A decimal number, as a JSON number or a string such as \"80.5\" (at most 9 decimal places)",
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": "^-?[0-9]*(\\.[0-9]+)?$"}
            ]
        })
    }
}

fn pow10(places: u32) -> i128 {
    10i128.pow(places.min(MAX_PLACES + 20))
}

/// An exact fraction of integers, for derived figures before they are rounded.
#[derive(Debug, Clone, Copy)]
pub struct Ratio {
    num: i128,
    den: i128,
}

impl Ratio {
    /// `num / den`; `None` when `den` is zero.
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        if den < 0 {
            return Some(Ratio {
                num: num.checked_neg()?,
                den: den.checked_neg()?,
            });
        }
        Some(Ratio { num, den })
    }

    /// The numerator (the denominator is positive).
    pub fn numer(self) -> i128 {
        self.num
    }

    /// The denominator (always positive).
    pub fn denom(self) -> i128 {
        self.den
    }

    /// `self - other`.
    pub fn checked_sub(self, other: Ratio) -> Option<Ratio> {
        let num = self
            .num
            .checked_mul(other.den)?
            .checked_sub(other.num.checked_mul(self.den)?)?;
        Ratio::new(num, self.den.checked_mul(other.den)?)
    }

    /// `self * other`.
    pub fn checked_mul(self, other: Ratio) -> Option<Ratio> {
        Ratio::new(
            self.num.checked_mul(other.num)?,
            self.den.checked_mul(other.den)?,
        )
    }

    /// `self * k`.
    pub fn checked_mul_int(self, k: i128) -> Option<Ratio> {
        Ratio::new(self.num.checked_mul(k)?, self.den)
    }

    /// `self / other`; `None` when `other` is zero.
    pub fn checked_div(self, other: Ratio) -> Option<Ratio> {
        Ratio::new(
            self.num.checked_mul(other.den)?,
            self.den.checked_mul(other.num)?,
        )
    }

    /// The absolute value.
    pub fn abs(self) -> Ratio {
        Ratio {
            num: self.num.saturating_abs(),
            den: self.den,
        }
    }

    /// Round to `places` decimal places, half away from zero (see the module docs).
    /// `None` if the result does not fit a [`Decimal`].
    pub fn round(self, places: u32) -> Option<Decimal> {
        if places > MAX_PLACES {
            return None;
        }
        let scaled = self.num.checked_mul(pow10(places))?;
        let q = scaled / self.den;
        let r = scaled % self.den;
        let twice = r.checked_abs()?.checked_mul(2)?;
        let q = if twice >= self.den {
            if scaled < 0 {
                q.checked_sub(1)?
            } else {
                q.checked_add(1)?
            }
        } else {
            q
        };
        Decimal::new(i64::try_from(q).ok()?, places)
    }

    /// The largest integer not above the fraction.
    pub fn floor(self) -> i128 {
        self.num.div_euclid(self.den)
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ratio {}
impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        // Denominators are positive; values in boardkit are far inside i128, and the
        // saturating products keep the order right even at the edges.
        self.num
            .saturating_mul(other.den)
            .cmp(&other.num.saturating_mul(self.den))
    }
}

/// Children per 10,000: `count * 10,000 / population`, exact. `None` when the population
/// is zero.
pub fn rate_per_10000_exact(count: u64, population: u64) -> Option<Ratio> {
    Ratio::new(
        i128::from(count).checked_mul(10_000)?,
        i128::from(population),
    )
    .filter(|_| population > 0)
}

/// A part as a percentage of a total: `part * 100 / total`, exact. `None` when the total
/// is zero.
pub fn share_exact(part: u64, total: u64) -> Option<Ratio> {
    Ratio::new(i128::from(part).checked_mul(100)?, i128::from(total)).filter(|_| total > 0)
}

/// Percent change from `previous` to `current`: `(current - previous) * 100 / |previous|`,
/// exact. `None` when `previous` is zero (a change from nothing has no percentage).
pub fn percent_change_exact(previous: Decimal, current: Decimal) -> Option<Ratio> {
    let p = previous.ratio();
    if p.num == 0 {
        return None;
    }
    current
        .ratio()
        .checked_sub(p)?
        .checked_mul_int(100)?
        .checked_div(p.abs())
}

/// The populations consistent with a published rate per 10,000.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationRange {
    /// The population nearest to `count * 10,000 / rate` (half away from zero).
    pub estimate: u64,
    /// The smallest whole population whose rate, rounded to the stated places, is the
    /// published rate.
    pub min: u64,
    /// The largest such population.
    pub max: u64,
}

/// Work back from a published rate per 10,000 (rounded to `places`) and the count it was
/// computed from to the child population it implies.
///
/// A rate `r` published at `places` covers exact rates in `[r - h, r + h)` with
/// `h = 0.5 / 10^places` (half away from zero), so the population lies in
/// `(count * 10,000 / (r + h), count * 10,000 / (r - h)]`.
pub fn implied_population(
    count: u64,
    rate: Decimal,
    places: u32,
) -> Result<PopulationRange, Error> {
    let bad = |m: &str| Error::invalid("/rate", m.to_string());
    if rate.is_negative() || rate.units == 0 {
        return Err(bad("Enter a rate above zero, like 49.9"));
    }
    if rate.places > places || places > MAX_PLACES {
        return Err(Error::invalid(
            "/places",
            "Enter decimal places from the rate's own number of decimal places up to 9",
        ));
    }
    let c = i128::from(count)
        .checked_mul(10_000)
        .ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let r = rate.ratio();
    // h = 1 / (2 * 10^places)
    let h = Ratio::new(1, 2 * pow10(places)).ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let add = |a: Ratio, b: Ratio| -> Option<Ratio> {
        Ratio::new(
            a.num
                .checked_mul(b.den)?
                .checked_add(b.num.checked_mul(a.den)?)?,
            a.den.checked_mul(b.den)?,
        )
    };
    let hi_rate = add(r, h).ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let lo_rate = r
        .checked_sub(h)
        .ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let cr = Ratio::new(c, 1).ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let min = cr
        .checked_div(hi_rate)
        .map(|x| x.floor().saturating_add(1))
        .ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let max = if lo_rate.num <= 0 {
        i128::from(u64::MAX)
    } else {
        cr.checked_div(lo_rate)
            .map(Ratio::floor)
            .ok_or_else(|| bad(crate::words::TOO_LARGE))?
    };
    let estimate = cr
        .checked_div(r)
        .and_then(|x| x.round(0))
        .map(|d| i128::from(d.units))
        .ok_or_else(|| bad(crate::words::TOO_LARGE))?;
    let to_u64 = |v: i128| u64::try_from(v).map_err(|_| bad(crate::words::TOO_LARGE));
    Ok(PopulationRange {
        estimate: to_u64(estimate)?,
        min: to_u64(min)?,
        max: to_u64(max)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(Ratio::new(35, 2).unwrap().round(0), Some(d("18")));
        assert_eq!(Ratio::new(-35, 2).unwrap().round(0), Some(d("-18")));
        assert_eq!(Ratio::new(8045, 100).unwrap().round(1), Some(d("80.5")));
        assert_eq!(Ratio::new(-8045, 100).unwrap().round(1), Some(d("-80.5")));
        assert_eq!(Ratio::new(8044, 100).unwrap().round(1), Some(d("80.4")));
        assert_eq!(Ratio::new(1, 3).unwrap().round(2), Some(d("0.33")));
    }

    #[test]
    fn decimals_parse_print_and_compare() {
        assert_eq!(d("80.50"), d("80.5"));
        assert_eq!(d("80.50").to_string(), "80.5");
        assert_eq!(d("-0.05").to_string(), "-0.05");
        assert_eq!(d(".5"), d("0.5"));
        assert!(Decimal::parse("1e3").is_none());
        assert!(Decimal::parse("1.0000000001").is_none());
        assert!(d("49.84") < d("49.845"));
        let v: Decimal = serde_json::from_str("49.84").unwrap();
        assert_eq!(v, d("49.84"));
        assert_eq!(serde_json::to_string(&v).unwrap(), "49.84");
        assert_eq!(serde_json::to_string(&d("2240")).unwrap(), "2240");
    }

    #[test]
    fn population_range_brackets_the_rate() {
        let r = implied_population(2240, d("274"), 0).unwrap();
        for p in [r.min, r.max] {
            assert_eq!(
                rate_per_10000_exact(2240, p).unwrap().round(0),
                Some(d("274"))
            );
        }
        assert_ne!(
            rate_per_10000_exact(2240, r.min - 1).unwrap().round(0),
            Some(d("274"))
        );
        assert_ne!(
            rate_per_10000_exact(2240, r.max + 1).unwrap().round(0),
            Some(d("274"))
        );
    }
}
