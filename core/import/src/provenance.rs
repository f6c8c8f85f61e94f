//! Provenance: where each source line or cell went in the draft.
//!
//! One design for every input kind. The reader hands each consumer one source place at a
//! time (a line of text, a paragraph or table row of a `.docx` as the text reader numbers
//! it, a cell of a sheet) and the draft builder records the JSON Pointers it wrote for
//! that place in a trace (`Trace`, private to the crate). At the end, every non-blank
//! place is either in the trace or at an uncertainty; finishing the trace adds
//! `import.line_unread` for a line that is neither, so nothing is lost silently.

use crate::codes::ImportCode;
use crate::{Location, Uncertainty};
use serde::Serialize;

/// One source place and the JSON Pointers (into the draft's document) of what it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// Where in the input: a line, or sheet/row/column.
    pub at: Location,
    /// JSON Pointers into `document` (RFC 6901), for example `/meetings/0/attendance/3`.
    pub paths: Vec<String>,
}

/// A key as one JSON Pointer segment: `~` becomes `~0`, `/` becomes `~1`.
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The provenance being recorded while a draft is built.
#[derive(Debug, Default)]
pub(crate) struct Trace {
    list: Vec<Provenance>,
}

impl Trace {
    /// Record that the source place `at` became the value at `path`.
    pub fn add(&mut self, at: Location, path: String) {
        match self.list.last_mut() {
            Some(last) if last.at == at => {
                if !last.paths.contains(&path) {
                    last.paths.push(path);
                }
            }
            _ => {
                // Room for two pointers (a cell's record and its field, a mark's meeting
                // and person): most places have one or two, and a table has a place a cell.
                let mut paths = Vec::with_capacity(2);
                paths.push(path);
                self.list.push(Provenance { at, paths })
            }
        }
    }

    /// The list in input order, each place once, keeping only pointers that resolve in
    /// `doc`. Every line of `lines` that is neither recorded nor at an uncertainty gets an
    /// `import.line_unread` uncertainty in `out`.
    ///
    /// `doc` is walked once as it serialises (`pointers::Resolved`), never made a
    /// `serde_json::Value`: a pointer is kept exactly when it would resolve in that value.
    pub fn finish<T: Serialize + ?Sized>(
        mut self,
        doc: &T,
        lines: &[usize],
        out: &mut Vec<Uncertainty>,
    ) -> Vec<Provenance> {
        let keep: Vec<bool> = {
            let paths = || {
                self.list
                    .iter()
                    .flat_map(|p| p.paths.iter().map(String::as_str))
            };
            let found = crate::pointers::Resolved::new(doc, paths());
            paths().map(|p| found.resolves(p)).collect()
        };
        let mut keep = keep.into_iter();
        for p in &mut self.list {
            p.paths.retain(|_| keep.next().unwrap_or(false));
        }
        self.list.retain(|p| !p.paths.is_empty());
        self.merge();
        let flagged: std::collections::HashSet<usize> =
            out.iter().filter_map(|u| u.at.line).collect();
        for &no in lines {
            let at = Location::line(no);
            if !flagged.contains(&no)
                && self
                    .list
                    .binary_search_by(|p| key(&p.at).cmp(&key(&at)))
                    .is_err()
            {
                out.push(Uncertainty {
                    at,
                    code: ImportCode::LineUnread,
                    message: "A line was read but nothing in the draft came from it; check whether it holds attendance, a decision or an action, and add it by hand.".into(),
                    path: None,
                });
            }
        }
        // The list is held with the draft (and while its JSON is written): no growth room.
        for p in &mut self.list {
            p.paths.shrink_to_fit();
        }
        self.list.shrink_to_fit();
        self.list
    }

    /// Sort by place (stable; nothing to do when the places came in order) and merge the entries of one place, in place: O(n log n), and no second list.
    fn merge(&mut self) {
        if !self.list.is_sorted_by_key(|p| key(&p.at)) {
            self.list.sort_by_key(|p| key(&p.at));
        }
        // `later` is dropped when it is at the same place as `kept`, its pointers moved.
        self.list.dedup_by(|later, kept| {
            if later.at != kept.at {
                return false;
            }
            for path in std::mem::take(&mut later.paths) {
                if !kept.paths.contains(&path) {
                    kept.paths.push(path);
                }
            }
            true
        });
    }
}

/// Input order of places: line, then sheet, row, column.
fn key(at: &Location) -> (usize, usize, usize, usize) {
    (
        at.line.unwrap_or(0),
        at.sheet.unwrap_or(0),
        at.row.unwrap_or(0),
        at.column.unwrap_or(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_merge_and_unrecorded_lines_are_flagged() {
        let mut t = Trace::default();
        t.add(Location::line(3), "/a".into());
        t.add(Location::line(1), "/b".into());
        t.add(Location::line(3), "/c".into());
        t.add(Location::line(3), "/a".into());
        let mut out = Vec::new();
        let doc = serde_json::json!({"a": 1, "b": 2, "c": 3});
        let list = t.finish(&doc, &[1, 2, 3], &mut out);
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].paths, ["/a", "/c"]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].at.line, Some(2));
        assert_eq!(escape("a/b~c"), "a~1b~0c");
    }
}
