//! The words of the value formats (dates, money, exact numbers): what a field of each
//! kind needs, with an example. They sit below everything that reads such a value (the
//! dates, money and number types as much as the strict reader), and the reader's own
//! messages ([`crate::read::message`]) re-export them.

/// Every date field.
pub const DATE: &str = "Enter a date like 2017-01-31.";
/// Every month field.
pub const MONTH: &str = "Enter a month like 2017-01.";
/// Every time-of-day field.
pub const TIME: &str = "Enter a time like 14:30 (24-hour clock).";
/// Every due-date ("when") field.
pub const WHEN: &str =
    "Enter a date like 2017-01-31, a month like 2017-01, next_meeting, or a meeting.";
/// Every financial-year field.
pub const FINANCIAL_YEAR: &str = "Enter a financial year like 2016/17.";
/// Every amount of money in pence.
pub const PENCE: &str = "Enter an amount in whole pence, like 29870000 for £298,700.";
/// Every amount of money in pence that cannot be below zero.
pub const PENCE_NOT_NEGATIVE: &str =
    "Enter an amount of 0 or more in whole pence, like 29870000 for £298,700.";
/// Money typed as text.
pub const MONEY_TEXT: &str =
    "Enter an amount like £298,700 or £298,700.50 (commas between thousands).";
/// Every decimal number (scorecard values, rates).
pub const DECIMAL: &str = "Enter a number like 12.5, with at most 9 decimal places.";
/// A number that would not read back as written (see `read::numbers`).
pub const NOT_EXACT: &str =
    "This number has more digits than can be kept exactly: round it, or give it as text in quotes.";
/// A number too large for the calculation asked of it.
pub const TOO_LARGE: &str = "This number is too large to work with.";
