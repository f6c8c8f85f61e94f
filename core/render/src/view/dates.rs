//! Dates as the pack prints them.

use boardkit::date::Date;

/// "8 December 2016".
pub fn long_date(d: Date) -> String {
    d.format("%-d %B %Y").to_string()
}
