//! A table's draft in its compact form (every import peak within 20 times its
//! input): the grid it was read from, the document without its attendance records (the
//! marks are held as [`super::marks::Marks`]) and no provenance list (it is made again from the
//! grid, one cell at a time, as it is written). Written out, it is the same JSON byte for
//! byte as the typed draft [`TableDraft::into_draft`] gives.

use super::cells;
use super::read::{read_grid, rows_below, ReadTable};
use super::shape::{Mapping, TableKind};
use crate::json_out::{self, Splice};
use crate::rows::Rows;
use crate::{Draft, ImportError, Uncertainty};
use boardkit::BoardDocument;
use std::io::{self, Write};

/// A table's draft as read, before it is written out: see the module documentation.
#[derive(Debug)]
pub struct TableDraft {
    grid: Rows,
    read: ReadTable,
}

impl TableDraft {
    /// Read `grid`; `head` (the reader's own uncertainties, such as the text's encoding)
    /// come first in the draft's uncertainties.
    pub(crate) fn new(
        kind: TableKind,
        grid: Rows,
        mut head: Vec<Uncertainty>,
        context: Option<&BoardDocument>,
        mapping: Option<&Mapping>,
    ) -> Result<TableDraft, ImportError> {
        let mut read = read_grid(kind, &grid, context, mapping)?;
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
        let text = self.skeleton()?;
        let read = &self.read;
        let body = rows_below(&self.grid, read.header_at);
        let doc = &read.document;
        let mut splices = Vec::new();
        for i in (0..doc.meetings.len()).filter(|i| read.marks.count(*i) > 0) {
            let marks = &read.marks;
            splices.push(Splice::new(
                &json_out::placeholder(i),
                json_out::MARK_INDENT,
                Box::new(move |each| marks.each(i, each)),
            )?);
        }
        if let (false, Some(p)) = (doc.actions.is_empty(), json_out::action_placeholder()) {
            splices.push(Splice::new(
                &p,
                json_out::ACTION_INDENT,
                Box::new(|each| doc.actions.iter().try_for_each(each)),
            )?);
        }
        let (t, records) = (&read.t, &read.records);
        splices.push(Splice::new(
            &json_out::provenance_placeholder(),
            json_out::PROVENANCE_INDENT,
            Box::new(|each| cells::cells_traced(t, &body, doc, records, None, |p| each(&p))),
        )?);
        json_out::write_spliced(&text, splices, w)
    }

    /// The draft's text with a placeholder for each meeting's marks, for the actions and
    /// for the provenance (see [`json_out`]); the draft is left as it was.
    fn skeleton(&mut self) -> io::Result<String> {
        let read = &mut self.read;
        let mut document = std::mem::take(&mut read.document);
        for (i, m) in document.meetings.iter_mut().enumerate() {
            if read.marks.count(i) > 0 {
                m.attendance.push(json_out::placeholder(i));
            }
        }
        let actions = std::mem::take(&mut document.actions);
        if !actions.is_empty() {
            document.actions.extend(json_out::action_placeholder());
        }
        let skeleton = Draft {
            document,
            uncertainties: std::mem::take(&mut read.t.out),
            provenance: vec![json_out::provenance_placeholder()],
            mapping: Some(read.mapping.clone()),
        };
        let text = json_out::skeleton_text(&skeleton);
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
        document.actions = actions;
        read.document = document;
        read.t.out = uncertainties;
        text
    }

    /// The draft as pretty JSON text (see [`TableDraft::write_json`]). Written twice: once
    /// to count its bytes, then into a string of exactly that size and one byte more (a C
    /// string's closing NUL), so the text is never copied as it grows and is handed on
    /// as it is.
    pub fn to_json(&mut self) -> String {
        json_out::exact_text(|mut w| self.write_json(&mut w))
    }
}
