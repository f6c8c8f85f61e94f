//! The words of shape errors: plain English for a business-support officer, saying what
//! the field needs with an example. No Rust type names, no library wording, no path (the
//! path is its own field), never a value from the input. The same problem gets the same
//! words in every field.

/// Every date field.
pub const DATE: &str = crate::words::DATE;
/// Every month field.
pub const MONTH: &str = crate::words::MONTH;
/// Every time-of-day field.
pub const TIME: &str = crate::words::TIME;
/// Every due-date ("when") field.
pub const WHEN: &str = crate::words::WHEN;
/// Every action or decision due: every form it accepts, with an example.
pub const DUE: &str =
    "Enter a date like 2017-01-31, a month like 2017-01, a quarter like 2017-Q3 or 2017/18-Q3, ongoing, regularly, a future meeting (future_meeting), the next meeting (next_meeting), or a record of one field: a meeting (meeting), a body's next meeting (next_meeting_of), days after the meeting (within_days, like 14), a financial year (financial_year, like 2012/13) or months (months, like [2017-06, 2017-07]).";
/// Every financial-year field.
pub const FINANCIAL_YEAR: &str = crate::words::FINANCIAL_YEAR;
/// Every amount of money in pence.
pub const PENCE: &str = crate::words::PENCE;
/// Every amount of money in pence that cannot be below zero.
pub const PENCE_NOT_NEGATIVE: &str = crate::words::PENCE_NOT_NEGATIVE;
/// Money typed as text.
pub const MONEY_TEXT: &str = crate::words::MONEY_TEXT;
/// Every decimal number (scorecard values, rates).
pub const DECIMAL: &str = crate::words::DECIMAL;
/// A number that would not read back as written (see `read::numbers`).
pub const NOT_EXACT: &str = crate::words::NOT_EXACT;
/// A number too large for the calculation asked of it.
pub const TOO_LARGE: &str = crate::words::TOO_LARGE;
/// A key given twice in one object.
pub const DUPLICATE_KEY: &str = "This field is given twice; keep one.";
/// Text after the end of the JSON.
pub const TRAILING: &str = "There is more text after the end of the JSON; remove it.";
/// A record (an object) given as something else.
pub const RECORD: &str =
    "Enter a record: a group of named fields in braces, like {\"id\": \"a1\"}.";
/// A value of a kind none of the readers can use.
pub const UNUSABLE: &str = "This value cannot be used here; check the field's format.";

/// The message for a required field that is missing (or `null`).
pub fn required(field: &str) -> String {
    format!("{} must be given.", label(field))
}

/// A schema field name as words: `raised_at` becomes "Raised at".
pub fn label(field: &str) -> String {
    let words = field.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "This field".to_string(),
    }
}

/// What chrono's `NaiveDate` reader calls itself (pinned by a test).
pub(crate) const CHRONO_DATE: &str = "a formatted date string";

/// The message for a key the record does not have, given at the record: which key by
/// its place (the key itself is never named: it may be a name or a number from a case
/// file), and the record's field it may be a misspelling of. Only a record that has an
/// `extensions` field is told to keep its own data there (a record without one must not be told it has one).
pub(crate) fn unknown_field(
    position: Option<usize>,
    suggestion: Option<&str>,
    extensions: bool,
) -> String {
    let which = match position {
        Some(n) => format!(
            "The {} field name of this record, in alphabetical order, is not one it uses",
            ordinal(n)
        ),
        None => "One of this record's field names is not one it uses".to_string(),
    };
    let hint = match suggestion {
        Some(name) => format!(" Did you mean \"{name}\"?"),
        None => String::new(),
    };
    if extensions {
        format!("{which}.{hint} Check the spelling, or keep your own data under extensions.")
    } else {
        format!("{which}.{hint} Check the spelling; this record has no place for other data.")
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st...
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "Choose one of: board, sub group (sub_group), cabinet.": each value in words, with the
/// exact value to enter in brackets where the words differ from it.
pub(super) fn choose(allowed: &[&str]) -> String {
    if allowed.is_empty() {
        return UNUSABLE.to_string();
    }
    let choices: Vec<String> = allowed
        .iter()
        .map(|v| {
            let words = v.replace('_', " ");
            if words == *v {
                words
            } else {
                format!("{words} ({v})")
            }
        })
        .collect();
    format!("Choose one of: {}.", choices.join(", "))
}

/// What a reader that describes itself as `need` wants, in words.
pub(super) fn need_words(need: &str) -> String {
    let words = match need {
        CHRONO_DATE => DATE,
        "a formatted time string" => TIME,
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            "Enter a whole number of 0 or more, like 12."
        }
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "Enter a whole number, like 12.",
        "f32" | "f64" => "Enter a number, like 12.5.",
        "a string" | "a borrowed string" | "a character" | "a string key" => "Enter text.",
        "a boolean" => "Enter true or false.",
        "a sequence" => "Enter a list, in square brackets.",
        "unit" => "Leave this empty.",
        n if n.starts_with("struct ") || n.starts_with("a map") || n.starts_with("map") => RECORD,
        n if n.starts_with("tuple") => "Enter a list, in square brackets.",
        n if n.starts_with("a decimal number") => "Enter a number, like 12.5.",
        // boardkit's own readers describe themselves in sentences (static text).
        n if starts_upper(n) && n.ends_with('.') => return own_sentence(n),
        _ => UNUSABLE,
    };
    words.to_string()
}

pub(super) fn range_words(need: &str) -> String {
    let words = match need {
        "u8" => "Enter a whole number from 0 to 255.",
        "u16" => "Enter a whole number from 0 to 65,535.",
        "u32" => "Enter a whole number from 0 to 4,294,967,295.",
        "u64" | "u128" | "usize" => "Enter a whole number of 0 or more.",
        "i8" | "i16" | "i32" => "Enter a smaller whole number.",
        "i64" | "i128" | "isize" => "Enter a smaller whole number.",
        _ => return need_words(need),
    };
    words.to_string()
}

fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// Words that mark library or Rust wording; a message containing one is not shown.
pub const FORBIDDEN: &[&str] = &[
    "invalid type",
    "invalid value",
    "expected",
    "u8",
    "u16",
    "u32",
    "u64",
    "i32",
    "i64",
    "f64",
    "usize",
    "struct",
    "enum ",
    "serde",
    "premature",
    "Option",
    "Vec",
    "String",
    "variant",
    "sequence",
    "identifier",
    "out of range",
    "EOF",
    "withheld",
    "`",
];

/// A message from one of boardkit's own readers, used as it is unless it looks like
/// library wording or could hold a quoted value (then a general message instead).
pub(super) fn trusted(text: &str) -> String {
    let suspicious = text.len() > 500
        || text.contains('"') && !text.starts_with("Enter a record")
        || text.contains('\\')
        || text.chars().any(char::is_control)
        || FORBIDDEN.iter().any(|w| text.contains(w))
        || !starts_upper(text);
    if suspicious {
        UNUSABLE.to_string()
    } else {
        text.to_string()
    }
}

/// What one of boardkit's readers calls itself (a sentence in the code, never input):
/// shown unless it has library wording.
fn own_sentence(text: &str) -> String {
    if text.len() > 500 || FORBIDDEN.iter().any(|w| text.contains(w)) {
        UNUSABLE.to_string()
    } else {
        text.to_string()
    }
}

/// Plain words for a JSON syntax error (the tokeniser's own message is never shown).
pub(crate) fn syntax(library_message: &str) -> &'static str {
    let m = library_message;
    if m.contains("EOF") {
        "The JSON ends too early: a closing bracket, brace or quote is missing."
    } else if m.contains("surrogate") || m.contains("unicode") || m.contains("escape") {
        "This text has a broken escape or half of a character pair; retype it."
    } else if m.contains("control character") {
        "This text has a control character (such as a raw line break); write it as an escape like \\n."
    } else if m.contains("recursion limit") {
        "The JSON is nested too deeply to read."
    } else if m.contains("number out of range") {
        "This number is too large to read."
    } else if m.contains("trailing comma") {
        "Remove the comma before the closing bracket or brace."
    } else if m.contains("trailing characters") {
        TRAILING
    } else if m.contains("key must be a string") {
        "Field names must be in double quotes."
    } else {
        "This is not well-formed JSON here: check the brackets, commas and quotes."
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_constants_pass_the_filter() {
        for m in [
            DATE,
            MONTH,
            TIME,
            WHEN,
            DUE,
            FINANCIAL_YEAR,
            PENCE,
            PENCE_NOT_NEGATIVE,
            MONEY_TEXT,
            DUPLICATE_KEY,
            NOT_EXACT,
            TRAILING,
            UNUSABLE,
        ] {
            assert_eq!(trusted(m), m);
        }
    }

    #[test]
    fn library_wording_is_not_shown() {
        assert_eq!(trusted("invalid type: map, expected u32"), UNUSABLE);
        assert_eq!(trusted("premature end of input"), UNUSABLE);
        assert_eq!(trusted("A \"quoted\" value"), UNUSABLE);
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th", "112th"
            ]
        );
    }

    #[test]
    fn unknown_field_words() {
        assert_eq!(
            unknown_field(Some(3), Some("owners"), true),
            "The 3rd field name of this record, in alphabetical order, is not one it uses. Did you mean \"owners\"? Check the spelling, or keep your own data under extensions."
        );
        assert!(!unknown_field(None, None, true).contains("Did you mean"));
        // A record with no `extensions` field is not told to use one.
        let without = unknown_field(Some(1), None, false);
        assert!(!without.contains("extensions"), "{without}");
        assert!(without.contains("Check the spelling"), "{without}");
    }

    #[test]
    fn labels() {
        assert_eq!(required("raised_at"), "Raised at must be given.");
    }
}
