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

/// The positions, among the text's numbers read as floating point (0 for the first),
/// of those that do not read back as written. Linear in the text.
pub(crate) fn scan(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let (mut i, mut floats, mut out) = (0, 0, Vec::new());
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => i = after_string(b, i + 1),
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
                    if !reads_back(token) {
                        out.push(floats);
                    }
                    floats += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// The position after the string whose text begins at `i` (after its opening quote).
fn after_string(b: &[u8], mut i: usize) -> usize {
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
        assert_eq!(scan(text), [1, 2]);
    }
}
