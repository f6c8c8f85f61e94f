//! What an import request gives: a typed draft (minutes) or a table's compact draft,
//! either written out as the same JSON (the CLI, the C function and the
//! JavaScript package write a table's draft as it is made, never holding its typed
//! records or its provenance list).

use crate::table::TableDraft;
use crate::{Draft, Uncertainty};
use std::io::{self, Write};

/// An imported draft, typed or compact.
#[derive(Debug)]
pub enum Imported {
    /// A typed draft (minutes as text or `.docx`).
    Draft(Box<Draft>),
    /// A table's compact draft.
    Table(Box<TableDraft>),
}

impl Imported {
    /// Everything guessed, unresolved or unread, in input order.
    pub fn uncertainties(&self) -> &[Uncertainty] {
        match self {
            Imported::Draft(d) => &d.uncertainties,
            Imported::Table(t) => t.uncertainties(),
        }
    }

    /// The typed draft.
    pub fn into_draft(self) -> Draft {
        match self {
            Imported::Draft(d) => *d,
            Imported::Table(t) => (*t).into_draft(),
        }
    }

    /// The draft as pretty JSON to `w`, the same text as [`Draft::to_json`].
    pub fn write_json<W: Write>(&mut self, w: &mut W) -> io::Result<()> {
        match self {
            Imported::Draft(d) => serde_json::to_writer_pretty(w, d).map_err(io::Error::other),
            Imported::Table(t) => t.write_json(w),
        }
    }

    /// The draft as pretty JSON text, the same as [`Draft::to_json`].
    pub fn to_json(&mut self) -> String {
        match self {
            Imported::Draft(d) => d.to_json(),
            Imported::Table(t) => t.to_json(),
        }
    }
}
