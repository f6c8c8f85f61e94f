//! The board document: everything a board's business unit keeps, in one JSON record.

use crate::error::Error;
use crate::validate::Report;
use crate::Id;

use crate::index::Index;
pub use crate::record::{BoardDocument, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
pub use crate::validate::ValidateOptions;

impl BoardDocument {
    /// Read a board document from JSON text. Shape errors carry the JSON Pointer of the
    /// bad value; an unsupported `schema_version` is an error, and so is an unusable risk
    /// matrix ([`Error::Config`] at its path under `/risk_register`).
    ///
    /// ```
    /// use boardkit::BoardDocument;
    /// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
    /// let doc = BoardDocument::from_json(&text).unwrap();
    /// assert_eq!(doc.meetings.len(), 4);
    /// // Not a record: an error naming where, never quoting the value.
    /// let e = BoardDocument::from_json("[1]").unwrap_err();
    /// assert_eq!(e.code(), "shape.invalid");
    /// ```
    pub fn from_json(text: &str) -> Result<Self, Error> {
        // The schema version and the matrix are checked as the document is read
        // (`record::schema_version`, `upgrade::checked_register`), wherever it appears.
        crate::error::from_json(text)
    }

    /// Write the document as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The version of the document that may be published: everything tied to confidential
    /// material withheld, as [`crate::public`] defines it (confidential items and what is
    /// beneath them, declarations about them, the actions and risks they raised, later
    /// references to them, item-only attendees, and all of a wholly confidential meeting
    /// except that it took place). [`crate::public::Confidentiality::of`] decides.
    ///
    /// ```
    /// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
    /// let doc = boardkit::BoardDocument::from_json(&text).unwrap();
    /// let public = doc.public_version();
    /// // The Leicester minutes are marked confidential: far less survives.
    /// assert!(public.to_json().len() < doc.to_json().len());
    /// assert_eq!(public.meetings.len(), doc.meetings.len()); // that they took place
    /// ```
    pub fn public_version(&self) -> BoardDocument {
        crate::public::Confidentiality::of(self).apply(self)
    }

    /// The redaction ledger of this document's public version: per meeting, what is
    /// withheld, counted by kind, with the grounds recorded (see [`crate::public::Ledger`]).
    pub fn redaction_ledger(&self) -> crate::public::Ledger {
        crate::public::Confidentiality::of(self).ledger(self)
    }

    /// Check every governance rule and return the findings.
    pub fn validate(&self, options: &ValidateOptions) -> Report {
        let mut report = self.validate_in(&Index::new(self), options, true);
        crate::premise::keep_only(&mut report, options);
        if options.explain {
            let value = serde_json::to_value(self).unwrap_or_default();
            report.explained = crate::premise::explain(&value, &report, options);
        }
        report
    }

    /// [`BoardDocument::validate`] through an index of this document; without the
    /// meeting rules when `meeting_rules` is false (their findings are all about meetings,
    /// under `/meetings/`: a loaded board checking an action keeps none of them).
    pub(crate) fn validate_in(
        &self,
        ix: &Index<'_>,
        options: &ValidateOptions,
        meeting_rules: bool,
    ) -> Report {
        let mut report = Report::new();
        // Bodies (uboard): the board's units, in the order of the old board checks.
        crate::unit::run_board(ix, options, &mut report);
        if meeting_rules {
            crate::meeting::check(ix, options, &mut report);
            crate::statutory::check(ix, options, &mut report);
        } else {
            crate::meeting::check_numbers(ix, options, &mut report); // meeting units (umeeting)
        }
        crate::action::check(ix, options, &mut report);
        crate::risk::check(ix, options, &mut report);
        crate::budget::check(ix, options, &mut report);
        crate::scorecard::check(ix, options, &mut report);
        crate::challenge::checks::check(ix, options, &mut report); // challenge units (ustat)
        crate::unit::run_document(ix, options, &mut report);
        crate::profile::apply(ix, options, &mut report); // options for the board units (uboard)
        report
    }
}

/// Parse a document and validate it in one step.
pub fn validate_json(text: &str, options: &ValidateOptions) -> Result<Report, Error> {
    Ok(BoardDocument::from_json(text)?.validate(options))
}

/// An id, for signatures that take one.
pub type DocumentId = Id;

pub use crate::form::{validate_record, RecordKind, ValidateRecordRequest};
