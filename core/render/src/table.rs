//! Tables as the pack prints them: a caption, column headings, groups of rows, and
//! cells that know both their display text and their CSV value.

use boardkit::budget::Money;
use boardkit::date::Date;
use serde::Serialize;

/// One cell: what a reader sees, what a spreadsheet gets, and an optional RAG class
/// (the colour only repeats what the text already says).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// Display text ("£298,700.00", "8 Dec 2016").
    pub text: String,
    /// The CSV value ("298700.00", "2016-12-08").
    pub csv: String,
    /// A rating class for colour (`red`, `amber`, `green`, `complete`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rag: Option<String>,
    /// True for numbers (right-aligned).
    pub numeric: bool,
}

impl Cell {
    /// Plain text.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        Cell {
            csv: s.clone(),
            text: s,
            rag: None,
            numeric: false,
        }
    }

    /// Text, or an empty cell shown as a dash.
    pub fn opt(s: Option<impl Into<String>>) -> Cell {
        match s {
            Some(s) => Cell::text(s),
            None => Cell {
                text: "–".into(),
                csv: String::new(),
                rag: None,
                numeric: false,
            },
        }
    }

    /// A date: "8 Dec 2016" on paper, "2016-12-08" in CSV.
    pub fn date(d: Option<Date>) -> Cell {
        match d {
            Some(d) => Cell {
                text: d.format("%-d %b %Y").to_string(),
                csv: d.to_string(),
                rag: None,
                numeric: false,
            },
            None => Cell::opt(None::<String>),
        }
    }

    /// Money: "£1,234.50" on paper, "1234.50" (pounds, two decimals) in CSV.
    pub fn money(m: Money) -> Cell {
        Cell {
            text: money_text(m),
            csv: pounds(m),
            rag: None,
            numeric: true,
        }
    }

    /// Money that may be absent.
    pub fn money_opt(m: Option<Money>) -> Cell {
        match m {
            Some(m) => Cell::money(m),
            None => Cell::opt(None::<String>),
        }
    }

    /// A number (shown and written as given).
    pub fn number(s: impl Into<String>) -> Cell {
        let mut c = Cell::text(s);
        c.numeric = true;
        c
    }

    /// Add a RAG class.
    pub fn with_rag(mut self, rag: &str) -> Cell {
        self.rag = Some(rag.to_string());
        self
    }
}

/// Money with pounds and pence always shown: "£298,700.00", "-£49,000.00".
pub fn money_text(m: Money) -> String {
    let s = m.to_string();
    if s.contains('.') {
        s
    } else {
        format!("{s}.00")
    }
}

/// Money in pounds with two decimals and no symbol or separators: "298700.00".
pub fn pounds(m: Money) -> String {
    let p = m.pence();
    let sign = if p < 0 { "-" } else { "" };
    let mag = p.unsigned_abs();
    format!("{sign}{}.{:02}", mag / 100, mag % 100)
}

/// A group of rows under a heading ("Overdue (3)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowGroup {
    /// The group's heading ("Overdue (3)"); absent for a table with one plain group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The group's name in the CSV group column ("Overdue").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Rows; the first cell of each is the row's header.
    pub rows: Vec<Vec<Cell>>,
}

/// A table of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// A stable key, also the CSV file's name (`actions`, `attendance-by-agency`).
    pub key: String,
    /// The caption.
    pub caption: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Groups of rows.
    pub groups: Vec<RowGroup>,
    /// The heading of the group column in CSV ("Group"), when the groups have titles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_column: Option<String>,
    /// Said when the table has no rows ("No actions raised by this date.").
    pub empty: String,
    /// False for a table written only as CSV (the records tables the importer reads back:
    /// `action-records`, `risk-register`, `attendance-grid`), never printed in the pack.
    pub print: bool,
}

impl Table {
    /// A table with one untitled group.
    pub fn new(
        key: &str,
        caption: impl Into<String>,
        columns: &[&str],
        rows: Vec<Vec<Cell>>,
    ) -> Table {
        Table {
            key: key.to_string(),
            caption: caption.into(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            groups: vec![RowGroup {
                title: None,
                name: None,
                rows,
            }],
            group_column: None,
            empty: "None.".into(),
            print: true,
        }
    }

    /// A table written only as CSV, never printed in the pack (one untitled group).
    pub fn data(
        key: &str,
        caption: impl Into<String>,
        columns: &[&str],
        rows: Vec<Vec<Cell>>,
    ) -> Table {
        Table {
            print: false,
            ..Table::new(key, caption, columns, rows)
        }
    }

    /// The number of rows in all groups.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }

    /// True when no group has a row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Set the text said when the table is empty.
    pub fn when_empty(mut self, s: &str) -> Table {
        self.empty = s.to_string();
        self
    }
}

/// One column of a table of records: its heading, and how a record fills its cell, with
/// `C`, what every cell may read (the document's index, say).
pub(crate) struct Column<C, T> {
    pub(crate) heading: &'static str,
    pub(crate) cell: fn(&C, &T) -> Cell,
}

impl Table {
    /// A table with one untitled group: a row a record, a cell a column.
    pub(crate) fn of_columns<'r, C, T: 'r>(
        key: &str,
        caption: impl Into<String>,
        cx: &C,
        columns: &[Column<C, T>],
        records: impl IntoIterator<Item = &'r T>,
    ) -> Table {
        let headings: Vec<&str> = columns.iter().map(|c| c.heading).collect();
        let rows = records
            .into_iter()
            .map(|r| columns.iter().map(|c| (c.cell)(cx, r)).collect())
            .collect();
        Table::new(key, caption, &headings, rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_have_two_decimals_and_a_sign() {
        assert_eq!(pounds(Money::from_pence(29_870_000)), "298700.00");
        assert_eq!(pounds(Money::from_pence(-4_900_005)), "-49000.05");
        assert_eq!(pounds(Money::from_pence(7)), "0.07");
        assert_eq!(money_text(Money::from_pence(29_870_000)), "£298,700.00");
    }
}
