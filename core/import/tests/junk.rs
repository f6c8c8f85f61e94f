//! Fuzz-friendly: random bytes and mangled inputs never panic; they give a draft with
//! uncertainties or a clear error.

use boardkit_import::docx::import_docx;
use boardkit_import::minutes::import_minutes_bytes;
use boardkit_import::table::{import_table, Format, TableKind};
use proptest::prelude::*;

const KINDS: [TableKind; 3] = [TableKind::Actions, TableKind::Risks, TableKind::Attendance];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = import_minutes_bytes(&bytes, None);
        let _ = import_docx(&bytes, None);
        for k in KINDS {
            let _ = import_table(k, &bytes, Format::Csv, None, None);
            let _ = import_table(k, &bytes, Format::Xlsx, None, None);
            let _ = import_table(k, &bytes, Format::Ods, None, None);
        }
    }

    #[test]
    fn minute_like_text_never_panics(lines in proptest::collection::vec(
        prop_oneof![
            Just("RESOLVED:".to_string()),
            Just("(a) that".to_string()),
            Just("Action:".to_string()),
            Just("Action by:".to_string()),
            Just("Present:".to_string()),
            Just("Apologies".to_string()),
            Just("3.".to_string()),
            Just("7.1.2 – This action is in progress.".to_string()),
            Just("Ref\tActions\tPerson/s responsible\tBy".to_string()),
            Just("Initials Agency 4.2.16 7.4.16".to_string()),
            Just("AB Agency Y A D - ".to_string()),
            Just("Next Meeting:".to_string()),
            "[ -~£–()\t]{0,80}",
        ],
        0..40,
    )) {
        let text = lines.join("\n");
        let draft = boardkit_import::import_minutes(&text, None);
        // Whatever it read, the draft is a board document that reads back.
        let json = serde_json::to_string(&draft.document).unwrap();
        prop_assert!(boardkit::BoardDocument::from_json(&json).is_ok());
    }

    #[test]
    fn mangled_csv_never_panics(rows in proptest::collection::vec(proptest::collection::vec("[ -~£\"]{0,12}", 0..8), 0..20)) {
        let csv = rows.iter().map(|r| r.join(",")).collect::<Vec<_>>().join("\n");
        for k in KINDS {
            let _ = import_table(k, csv.as_bytes(), Format::Csv, None, None);
        }
    }
}
