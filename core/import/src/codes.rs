//! The stable codes of import uncertainties, each with what it means: typed
//! ([`ImportCode`]) and, from the same list, as text ([`CODES`]), so the two cannot drift.

use serde::{Serialize, Serializer};

/// Declare [`ImportCode`] and [`CODES`] from one list: `Variant => "import.what", "meaning";`.
macro_rules! import_codes {
    ($($variant:ident => $code:literal, $meaning:literal;)*) => {
        /// The code of an import uncertainty; on the wire, its text (`import.cell_unread`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ImportCode {
            $(#[doc = concat!("`", $code, "`: ", $meaning)] $variant,)*
        }

        impl ImportCode {
            /// Every code, in the order of [`CODES`].
            pub const ALL: &'static [ImportCode] = &[$(ImportCode::$variant,)*];

            /// The code as written on the wire (`import.cell_unread`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ImportCode::$variant => $code,)*
                }
            }

            /// What the code means, in plain English.
            pub fn meaning(self) -> &'static str {
                match self {
                    $(ImportCode::$variant => $meaning,)*
                }
            }
        }

        /// Every uncertainty code the importer emits, with a plain description.
        pub const CODES: &[(&str, &str)] = &[$(($code, $meaning),)*];
    };
}

import_codes! {
    Encoding => "import.encoding", "The text was not UTF-8 and was read as Windows-1252 (the usual encoding of older Office files). Check accented names and the pound sign.";
    LineUnread => "import.line_unread", "A line was not recognised as part of any record: it lies outside every agenda item and is kept only as text under `extensions`, or nothing in the draft came from it (a line with no provenance). Check whether it holds attendance, a decision or an action.";
    PersonNew => "import.person_new", "A person not in the context document was proposed as a new person. Check they are not someone already listed under another spelling, for example \"Cllr J Smith\" and \"Jane Smith\".";
    PersonAmbiguous => "import.person_ambiguous", "Initials or a name match more than one person in the context document, so the entry was not linked to either. Choose the right person.";
    PersonSurname => "import.person_surname", "A member someone deputised for was named by title and surname only, for example \"Cllr Smith\"; the one person of that surname in the meeting's attendance was taken. Check it.";
    StatusAssumed => "import.status_assumed", "Names stand before any attendance heading (the heading may have been lost when the paper was copied), so they were recorded as present; check whether each attended.";
    PersonInitialsOnly => "import.person_initials_only", "A person is known only by initials, for example \"CT\"; they were proposed as a new person named by their initials.";
    DateMissing => "import.date_missing", "The meeting date could not be found in the opening lines; the draft meeting is dated 1 January 1970 until you correct it.";
    DateUnread => "import.date_unread", "A date could not be read, for example \"the December Board meeting\"; it was kept as text.";
    DateImpossible => "import.date_impossible", "A date does not exist, for example 31 April; it was not used.";
    DateSuspicious => "import.date_suspicious", "A date is far from the meeting date or before it, for example a due date in 2106 for an action raised in 2016; it was used as written, check it.";
    DateYearInferred => "import.date_year_inferred", "A date was written without a year; the year was taken as the first one on or after the meeting date.";
    NoField => "import.no_field", "The record model has no place for this fact (for example a block minuted as DECISION, a second owner of a decision, or attendance at other meetings in a year grid); it was kept under `extensions`.";
    ApprovalAssumed => "import.approval_assumed", "The minutes of an earlier meeting are listed for the meeting, but the paper does not say they were approved (an action column may say only that all note them); they were recorded as approved. Check the approval.";
    OwnerUnread => "import.owner_unread", "An action or decision has no owner that could be read; add one.";
    OwnerGroup => "import.owner_group", "An owner names a group, for example \"All partners\"; it was kept as text under `extensions` because the context document defines no such group.";
    StatusUnread => "import.status_unread", "A status could not be read, for example \"see above\"; it was kept as text.";
    DeputyUnnamed => "import.deputy_unnamed", "A deputy attended in a member's place but is not named; the member was recorded under the meeting's `extensions` (unnamed_deputies).";
    AttendanceCode => "import.attendance_code", "An attendance grid cell holds a code the key does not define, for example \"-\"; it was kept under the meeting's `extensions`.";
    TableUnpaired => "import.table_unpaired", "A table whose columns were run together by a PDF extraction could not be re-paired row by row; its values were kept as minute text.";
    ColumnUnknown => "import.column_unknown", "A column header is not one the importer knows; its values were kept under each record's `extensions` under the header. Map it to a field to import it.";
    ColumnMissing => "import.column_missing", "A column the records need was not found, for example the description of an action; map a column to it.";
    CellUnread => "import.cell_unread", "A cell could not be read as the field its column maps to, for example \"high\" as a likelihood; it was kept under `extensions`.";
    ScoreMismatch => "import.score_mismatch", "A risk score differs from likelihood times impact; the likelihood and impact were used.";
    RaisedUnknown => "import.raised_unknown", "No column says which meeting raised the records; they refer to the meeting id `m-unknown`, which is not in the draft.";
    MatrixAssumed => "import.matrix_assumed", "The risk matrix is not known from the table, so a 5×5 matrix was assumed; give a context document with the board's risk register to use its matrix.";
    OrganisationNew => "import.organisation_new", "A partner not in the context document was proposed as a new organisation of sector \"other\"; set its sector.";
    TotalMismatch => "import.total_mismatch", "A table's total differs from the sum of its rows, for example contributions that add up to £1,000 less than the stated total; the stated total was kept.";
    DirectionUnknown => "import.direction_unknown", "A funding table lists who receives the money (a column such as \"Funding for\"), not who pays it; no budget was made and the rows were kept under the document's `extensions` (contributions_received).";
    SheetExtra => "import.sheet_extra", "The workbook has more than one sheet; only the first was imported.";
}

impl Serialize for ImportCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for ImportCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ImportCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ImportCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// Whether a code is in the catalogue.
pub fn is_known(code: &str) -> bool {
    CODES.iter().any(|(c, _)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::{ImportCode, CODES};

    #[test]
    fn every_code_is_its_text_in_order() {
        assert_eq!(ImportCode::ALL.len(), CODES.len());
        for (code, (text, meaning)) in ImportCode::ALL.iter().zip(CODES) {
            assert_eq!(code.as_str(), *text);
            assert_eq!(code.meaning(), *meaning);
            assert_eq!(serde_json::to_string(code).unwrap(), format!("\"{text}\""));
        }
    }
}
