//! Drafts are documents: every draft of every fixture (field samples, seed minutes, the
//! crate's tables), with and without a context document, validates with no
//! `board.unknown_reference`: a referenced meeting, body or person is in the draft, or
//! the reference is left out with an uncertainty.

use boardkit::validate::ValidateOptions;
use boardkit::BoardDocument;
use boardkit_import::table::Format;
use boardkit_import::{import_minutes, import_table, Draft, TableKind};
use std::path::Path;

fn context() -> BoardDocument {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/leicester-lscb.json"
    ))
    .unwrap();
    BoardDocument::from_json(&text).unwrap()
}

/// The paths of the draft's `board.unknown_reference` findings.
fn dangling(draft: &Draft) -> Vec<String> {
    draft
        .document
        .validate(&ValidateOptions::default())
        .findings
        .into_iter()
        .filter(|f| f.code == "board.unknown_reference")
        .map(|f| f.path)
        .collect()
}

#[test]
fn every_fixture_draft_validates_without_an_unknown_reference() {
    let ctx = context();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for c in [None, Some(&ctx)] {
            let d = dangling(&import_minutes(&text, c));
            assert!(d.is_empty(), "{name} (context: {}): {d:?}", c.is_some());
        }
        n += 1;
    }
    assert!(n >= 20);
    let tables = [
        (TableKind::Actions, crate::fixtures::ACTION_LOG),
        (TableKind::Risks, crate::fixtures::RISKS),
        (TableKind::Attendance, crate::fixtures::GRID),
    ];
    for (kind, csv) in tables {
        for c in [None, Some(&ctx)] {
            let draft = import_table(kind, csv.as_bytes(), Format::Csv, c, None).unwrap();
            let d = dangling(&draft);
            assert!(d.is_empty(), "{kind:?} (context: {}): {d:?}", c.is_some());
        }
    }
}

#[test]
fn an_undated_approval_names_no_meeting_and_says_so() {
    let text = "Board meeting 8 December 2016\n1. Minutes of the last meeting\nThe minutes of the last meeting were agreed as a correct record.\n";
    for c in [None, Some(&context())] {
        let draft = import_minutes(text, c);
        let pm = draft.document.meetings[0]
            .previous_minutes
            .as_ref()
            .unwrap();
        assert!(pm.approved);
        assert_eq!(pm.meeting, "");
        assert!(
            pm.last_meeting,
            "the paper names the minutes of the last meeting"
        );
        assert!(pm.note.is_some(), "the approval is kept as minuted");
        assert!(draft
            .uncertainties
            .iter()
            .any(|u| u.code == "import.date_unread" && u.at.line == Some(3)));
        assert!(dangling(&draft).is_empty());
    }
}

#[test]
fn an_undated_approval_of_other_minutes_is_not_the_last_meeting() {
    let text =
        "Board meeting 8 December 2016\n1. Minutes\nThe minutes were agreed as a correct record.\n";
    let draft = import_minutes(text, None);
    let pm = draft.document.meetings[0]
        .previous_minutes
        .as_ref()
        .unwrap();
    assert!(pm.approved);
    assert!(!pm.last_meeting);
}

#[test]
fn minutes_listed_with_their_date_and_only_noted_are_an_assumed_approval() {
    // An agenda line with an action column: the minutes are listed, all are to note.
    let text = "BOARD MINUTES HELD ON WEDNESDAY 25TH SEPTEMBER 2019 AT 9:30AM\n\
        ACTION PART 1 – WELCOME Chair gave welcome. ALL TO NOTE\n\
        PART 2 – BUSINESS M Minutes & Matters Arising (Wednesday 12th June 2019) ALL TO NOTE\n\
        M1 The actions have been completed.\n";
    let draft = import_minutes(text, None);
    let pm = draft.document.meetings[0]
        .previous_minutes
        .as_ref()
        .unwrap();
    assert_eq!(pm.meeting, "m-2019-06-12");
    assert!(draft
        .uncertainties
        .iter()
        .any(|u| u.code == "import.approval_assumed" && u.at.line == Some(3)));
    assert!(dangling(&draft).is_empty());
    // The same pattern with another wording of the action column.
    let other = text.replace("ALL TO NOTE", "FOR INFORMATION");
    let draft = import_minutes(&other, None);
    let pm = draft.document.meetings[0]
        .previous_minutes
        .as_ref()
        .unwrap();
    assert_eq!(pm.meeting, "m-2019-06-12");
    // A meeting's own date in brackets is not an earlier meeting's minutes.
    let same = text.replace("Wednesday 12th June 2019", "Wednesday 25th September 2019");
    assert!(import_minutes(&same, None).document.meetings[0]
        .previous_minutes
        .is_none());
}
