//! A table's text cells held in one buffer (every import peak within 20 times
//! its input): the cells' text one after another, and where each cell and each row ends.
//! A cell costs its text and 4 bytes, where a grid of strings costs about 30 bytes and an
//! allocation a cell. The table readers read rows of it as [`Row`]s, borrowed.

/// The cells of a table, row by row, in one buffer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    text: String,
    /// Where each cell's text ends in `text`; a cell starts where the one before ends.
    ends: Vec<u32>,
    /// How many cells there are before each row's end (the row's cells are
    /// `rows[r - 1]..rows[r]`, the first row's from 0).
    rows: Vec<u32>,
    /// The sheet it came from (1-based), for workbooks.
    pub sheet: Option<usize>,
}

/// One row of [`Rows`], borrowed.
#[derive(Debug, Clone, Copy)]
pub struct Row<'g> {
    text: &'g str,
    /// Where the row's first cell starts in `text`.
    start: u32,
    ends: &'g [u32],
}

impl<'g> Row<'g> {
    /// The text of cell `c` (from 0), if the row has one there.
    pub fn get(&self, c: usize) -> Option<&'g str> {
        let end = *self.ends.get(c)?;
        let start = match c.checked_sub(1) {
            Some(b) => *self.ends.get(b)?,
            None => self.start,
        };
        self.text.get(start as usize..end as usize)
    }

    /// How many cells the row has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the row has no cells.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The row's cells in order.
    pub fn iter(&self) -> impl Iterator<Item = &'g str> + 'g {
        let row = *self;
        (0..row.len()).map(move |c| row.get(c).unwrap_or(""))
    }
}

impl Rows {
    /// An empty table of the given sheet.
    pub fn new(sheet: Option<usize>) -> Rows {
        Rows {
            sheet,
            ..Rows::default()
        }
    }

    /// Add a cell to the row being made; false when the text would pass 4 GB.
    pub fn push_cell(&mut self, cell: &str) -> bool {
        self.text.push_str(cell);
        match u32::try_from(self.text.len()) {
            Ok(end) => {
                self.ends.push(end);
                true
            }
            Err(_) => false,
        }
    }

    /// End the row being made.
    pub fn end_row(&mut self) {
        self.rows
            .push(u32::try_from(self.ends.len()).unwrap_or(u32::MAX));
    }

    /// Room for this many rows.
    pub fn reserve_rows(&mut self, rows: usize) {
        self.rows.reserve_exact(rows);
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Row `r` (from 0).
    pub fn row(&self, r: usize) -> Option<Row<'_>> {
        let end = *self.rows.get(r)? as usize;
        let first = match r.checked_sub(1) {
            Some(b) => *self.rows.get(b)? as usize,
            None => 0,
        };
        let start = match first.checked_sub(1) {
            Some(b) => *self.ends.get(b)?,
            None => 0,
        };
        Some(Row {
            text: &self.text,
            start,
            ends: self.ends.get(first..end)?,
        })
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = Row<'_>> {
        (0..self.len()).filter_map(|r| self.row(r))
    }

    /// The cells of rows of strings (a grid's), each row in order.
    pub fn of<R: AsRef<[String]>>(sheet: Option<usize>, grid: &[R]) -> Rows {
        let mut rows = Rows::new(sheet);
        rows.reserve_rows(grid.len());
        for r in grid {
            for c in r.as_ref() {
                rows.push_cell(c);
            }
            rows.end_row();
        }
        rows
    }

    /// The cells as rows of strings.
    pub fn strings(&self) -> Vec<Vec<String>> {
        self.iter()
            .map(|r| r.iter().map(str::to_string).collect())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_give_back_their_cells() {
        let grid: Vec<Vec<String>> = vec![
            vec!["a".into(), "".into(), "ccc".into()],
            vec![],
            vec!["".into(), "é".into()],
        ];
        let rows = Rows::of(Some(2), &grid);
        assert_eq!(rows.strings(), grid);
        assert_eq!(rows.sheet, Some(2));
        let r = rows.row(2).unwrap();
        assert_eq!((r.get(1), r.get(2), r.len()), (Some("é"), None, 2));
        assert!(rows.row(1).unwrap().is_empty());
        assert!(rows.row(3).is_none());
    }
}
