//! Numbers the reader cannot keep as written.
//!
//! A JSON number is read as a whole number (when it has no fraction or exponent and fits
//! 64 bits) or as a binary floating-point number, which holds about 17 significant
//! digits: `18446744073709551616` (2^64) would come back as `1.8446744073709552e19`, and a
//! value with 55 decimal places as `0.1`. Rather than change a number silently (in a
//! host's `extensions`, or a scorecard value whose decimal places are then miscounted),
//! the first pass refuses it at its path: the one rule for every number of every field is
//! that it must read back as the number written.
//!
//! [`scan`] finds them in one pass over the text (outside strings); the first pass counts
//! the floating-point numbers it meets, in the same order, and refuses the ones found.

/// What [`scan`] finds.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The positions, among the text's numbers read as floating point (0 for the first),
    /// of those that do not read back as written (outside `extensions`, when those are
    /// kept exactly), each with whether it has more decimal places than a decimal may
    /// ([`too_many_places`]: then the decimal reader's rule and message are the ones given).
    pub(crate) not_exact: Vec<(usize, bool)>,
    /// The byte ranges of the numbers under `extensions` too large for a double (`1e400`):
    /// the tokeniser refuses them, so the first pass reads a copy where each is zero.
    pub(crate) huge: Vec<(usize, usize)>,
}

/// One object or array open at a point of the text.
struct Open {
    object: bool,
    /// Under a key `extensions` (at any depth).
    extension: bool,
    /// In an object: the next string is a key.
    key_next: bool,
}

/// Find the numbers that do not read back as written, in one pass over the text (outside
/// strings). With `exact_extensions`, the numbers of `extensions` values are kept as
/// written (see `read::extension`), so none of them is refused; the ones too large for
/// the tokeniser are listed in [`Scan::huge`]. Linear in the text.
pub(crate) fn scan(text: &str, exact_extensions: bool) -> Scan {
    let b = text.as_bytes();
    let (mut i, mut floats, mut out) = (0, 0, Scan::default());
    let mut open: Vec<Open> = Vec::new();
    // The last key read was `extensions` (its value is under extensions).
    let mut extension_key = false;
    while let Some(&c) = b.get(i) {
        let top = open.last();
        let under =
            top.is_some_and(|o| o.extension) || (extension_key && top.is_some_and(|o| o.object));
        match c {
            b'"' => {
                let start = i;
                i = after_string(b, i + 1);
                if let Some(o) = open.last_mut().filter(|o| o.object && o.key_next) {
                    o.key_next = false;
                    extension_key = is_extensions_key(text.get(start..i).unwrap_or_default());
                }
            }
            b'{' | b'[' => {
                open.push(Open {
                    object: c == b'{',
                    extension: under,
                    key_next: c == b'{',
                });
                i += 1;
            }
            b'}' | b']' => {
                open.pop();
                i += 1;
            }
            b',' => {
                if let Some(o) = open.last_mut().filter(|o| o.object) {
                    o.key_next = true;
                    extension_key = false;
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while b
                    .get(i)
                    .is_some_and(|c| matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                {
                    i += 1;
                }
                let token = text.get(start..i).unwrap_or_default();
                if is_float(token) {
                    let kept = exact_extensions && under;
                    if kept && is_json_number(token) && !finite(token) {
                        out.huge.push((start, i));
                    } else if !kept && !reads_back(token) {
                        out.not_exact.push((floats, too_many_places(token)));
                    }
                    floats += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// True when the number, as written, has more decimal places than a decimal may carry
/// ([`crate::scorecard::rate::MAX_PLACES`], trailing zeros not counted: the rule of
/// [`crate::scorecard::rate::Decimal`], counted here on the text because a double has lost it).
pub(crate) fn too_many_places(token: &str) -> bool {
    let (_, _, exp) = canonical(token);
    exp < -i64::from(crate::scorecard::rate::MAX_PLACES)
}

/// True when the string token (with its quotes) is the key `extensions`.
fn is_extensions_key(token: &str) -> bool {
    token == "\"extensions\""
        || (token.contains('\\')
            && serde_json::from_str::<String>(token).is_ok_and(|k| k == "extensions"))
}

/// True when the number's nearest double is finite.
fn finite(token: &str) -> bool {
    token.parse::<f64>().is_ok_and(f64::is_finite)
}

/// `text` with each of the byte ranges (numbers) written as a zero of the same length
/// (`0.000`): the same lines and columns, and a number the tokeniser reads.
pub(crate) fn zeroed(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in ranges {
        out.push_str(text.get(at..start).unwrap_or_default());
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', end.saturating_sub(start + 2)));
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// True when `text` is a JSON number: `-`, digits without a leading zero, an optional
/// fraction and exponent.
pub(crate) fn is_json_number(text: &str) -> bool {
    let b = text.strip_prefix('-').unwrap_or(text).as_bytes();
    let digits = |from: usize| {
        b.get(from..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let whole = digits(0);
    if whole == 0 || (whole > 1 && b.first() == Some(&b'0')) {
        return false;
    }
    let mut i = whole;
    if b.get(i) == Some(&b'.') {
        let n = digits(i + 1);
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = digits(i);
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == b.len()
}

/// The nearest double of the JSON number `text`, when it reads back as written.
pub(crate) fn exact_double(text: &str) -> Option<f64> {
    let v = text.parse::<f64>().ok().filter(|v| v.is_finite())?;
    reads_back(text).then_some(v)
}

/// The position after the string whose text begins at `i` (after its opening quote).
pub(crate) fn after_string(b: &[u8], mut i: usize) -> usize {
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// True when the number is read as floating point: a fraction, an exponent, or a whole
/// number beyond 64 bits.
fn is_float(token: &str) -> bool {
    // `-0` too: the tokeniser reads it as floating point, to keep its sign.
    token.contains(['.', 'e', 'E'])
        || token == "-0"
        || (token.parse::<u64>().is_err() && token.parse::<i64>().is_err())
}

/// True when the floating-point number nearest `token` is the number `token` writes.
fn reads_back(token: &str) -> bool {
    match token.parse::<f64>() {
        Ok(v) if v.is_finite() => canonical(token) == canonical(&format!("{v:e}")),
        // Too large: the tokeniser refuses it with its own message.
        _ => true,
    }
}

/// A decimal number as (negative, significant digits without leading or trailing zeros,
/// the power of ten of the last digit); zero as (false, "", 0).
fn canonical(number: &str) -> (bool, String, i64) {
    let (negative, rest) = match number.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, number),
    };
    let (mantissa, exp) = match rest.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let mut exp = exp.saturating_sub(i64::try_from(fraction.len()).unwrap_or(i64::MAX));
    let trimmed = digits.trim_start_matches('0');
    let kept = trimmed.trim_end_matches('0');
    if kept.is_empty() {
        return (false, String::new(), 0);
    }
    exp = exp.saturating_add(i64::try_from(trimmed.len() - kept.len()).unwrap_or(0));
    (negative, kept.to_string(), exp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_counted_as_written_without_trailing_zeros() {
        for (n, too_many) in [
            ("0.123456789", false),
            ("0.1234567890000", false),
            ("0.1234567891", true),
            ("1.234567891e-1", true),
            ("12345678901.5e-9", true),
            ("1e-9", false),
            ("1e-10", true),
            ("18446744073709551616", false),
        ] {
            assert_eq!(too_many_places(n), too_many, "{n}");
        }
    }

    #[test]
    fn numbers_that_read_back_are_kept() {
        for n in [
            "0.1",
            "12.5",
            "1e300",
            "-0.000001",
            "1.5E3",
            "100.000",
            "0.30000000000000004",
        ] {
            assert!(reads_back(n), "{n}");
        }
    }

    #[test]
    fn numbers_that_do_not_are_found() {
        let long = format!("0.1{}1", "0".repeat(53));
        for n in [
            "18446744073709551616",
            "0.12345678901234567891",
            long.as_str(),
            "9007199254740993.0",
        ] {
            assert!(!reads_back(n), "{n}");
        }
    }

    #[test]
    fn the_scan_counts_floats_in_order_outside_strings() {
        let text = r#"{"a": "1.00000000000000000001", "b": [1, 2.5, 18446744073709551616, 7, 0.1000000000000000000001], "c\"1.0000000000000000000001": 3}"#;
        // Floats: 2.5 (0), 2^64 (1), the long decimal (2); the numbers in strings are text.
        assert_eq!(scan(text, false).not_exact, [(1, false), (2, true)]);
        assert_eq!(scan(text, true).not_exact, [(1, false), (2, true)]);
        let text = r#"{"extensions": {"a": [18446744073709551616, 1e400]}, "b": 0.1000000000000000000001}"#;
        let found = scan(text, true);
        assert_eq!(found.not_exact, [(2, true)]);
        assert_eq!(found.huge.len(), 1);
        assert_eq!(scan(text, false).not_exact, [(0, false), (2, true)]);
    }
}
