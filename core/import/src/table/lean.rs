//! A table's draft in its compact form (issue 25: every import peak within 20 times its
//! input): the grid it was read from, the document without its attendance records (the
//! marks are held as [`super::Marks`]) and no provenance list (it is made again from the
//! grid, one cell at a time, as it is written). Written out, it is the same JSON byte for
//! byte as the typed draft [`TableDraft::into_draft`] gives.

use super::{cells, rows_below, Grid, Mapping, ReadTable, TableKind};
use crate::{Draft, ImportError, Uncertainty};
use boardkit::BoardDocument;
use std::io::{self, Write};

/// A table's draft as read, before it is written out: see the module documentation.
#[derive(Debug)]
pub struct TableDraft {
    grid: Grid,
    read: ReadTable,
}

impl TableDraft {
    /// Read `grid`; `head` (the reader's own uncertainties, such as the text's encoding)
    /// come first in the draft's uncertainties.
    pub(crate) fn new(
        kind: TableKind,
        grid: Grid,
        mut head: Vec<Uncertainty>,
        context: Option<&BoardDocument>,
        mapping: Option<&Mapping>,
    ) -> Result<TableDraft, ImportError> {
        let mut read = super::read_grid(kind, &grid, context, mapping)?;
        head.append(&mut read.t.out);
        read.t.out = head;
        Ok(TableDraft { grid, read })
    }

    /// Everything guessed, unresolved or unread, in input order.
    pub fn uncertainties(&self) -> &[Uncertainty] {
        &self.read.t.out
    }

    /// The typed draft (each attendance mark a record, the provenance a list).
    pub fn into_draft(self) -> Draft {
        self.read.into_draft(&self.grid)
    }

    /// The draft as pretty JSON to `w`: the same text as [`Draft::to_json`] of
    /// [`TableDraft::into_draft`], written as it is made, one record at a time.
    pub fn write_json<W: Write>(&mut self, w: &mut W) -> io::Result<()> {
        let read = &mut self.read;
        let mut document = std::mem::take(&mut read.document);
        for (i, m) in document.meetings.iter_mut().enumerate() {
            if read.marks.count(i) > 0 {
                m.attendance.push(crate::json_out::placeholder(i));
            }
        }
        let skeleton = Draft {
            document,
            uncertainties: std::mem::take(&mut read.t.out),
            provenance: Vec::new(),
            mapping: Some(read.mapping.clone()),
        };
        let body = rows_below(&self.grid, read.header_at);
        let (t, marks, records) = (&read.t, &read.marks, &read.records);
        let written = crate::json_out::write_spliced(
            &skeleton,
            |i, each| marks.each(i, each),
            |each| cells::cells_traced(t, &body, &skeleton.document, records, None, |p| each(&p)),
            w,
        );
        let Draft {
            mut document,
            uncertainties,
            ..
        } = skeleton;
        for (i, m) in document.meetings.iter_mut().enumerate() {
            if read.marks.count(i) > 0 {
                m.attendance.clear();
            }
        }
        read.document = document;
        read.t.out = uncertainties;
        written
    }

    /// The draft as pretty JSON text (see [`TableDraft::write_json`]). Written twice: once
    /// to count its bytes, then into a string of exactly that size and one byte more (a C
    /// string's closing NUL), so the text is never copied as it grows and is handed on
    /// as it is.
    pub fn to_json(&mut self) -> String {
        let mut count = Count(0);
        if self.write_json(&mut count).is_err() {
            return String::new();
        }
        let mut out = Vec::with_capacity(count.0.saturating_add(1));
        match self.write_json(&mut out) {
            Ok(()) => String::from_utf8(out).unwrap_or_default(),
            Err(_) => String::new(),
        }
    }
}

/// A writer that only counts the bytes written to it.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 = self.0.saturating_add(buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
