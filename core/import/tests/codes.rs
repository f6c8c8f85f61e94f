//! Every uncertainty code in the catalogue is produced by some input (each broken on
//! purpose here), and no message ever carries text from the input.

use boardkit::BoardDocument;
use boardkit_import::minutes::import_minutes_bytes;
use boardkit_import::table::{import_table, Format, TableKind};
use boardkit_import::{Draft, CODES};
use std::collections::BTreeSet;

fn minutes(text: &[u8]) -> Draft {
    import_minutes_bytes(text, None).unwrap()
}

fn table(kind: TableKind, csv: &str) -> Draft {
    import_table(kind, csv.as_bytes(), Format::Csv, None, None).unwrap()
}

fn two_sheets() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().write_string(0, 0, "Action").unwrap();
    wb.add_worksheet().write_string(0, 0, "Other").unwrap();
    wb.save_to_buffer().unwrap()
}

#[test]
fn every_code_is_produced_by_some_input() {
    let ctx = BoardDocument::from_json(
        r#"{"schema_version":1,"people":[{"id":"p-1","name":"Chris Tan","initials":"CT"},{"id":"p-2","name":"Cara Tull","initials":"CT"}]}"#,
    )
    .unwrap();
    let long = "x ".repeat(120);
    let drafts = vec![
        minutes(b"Minutes 8 December 2016\nApologies for absence were received from Jo Bloggs \xa3."),
        minutes(format!("Minutes 8 December 2016\n{long}\n").as_bytes()),
        minutes(b"Minutes 8 December 2016\nPresent:\n\tCT - Director\tAB - Manager\t\n1. Item\nThe next meeting will be held on Friday 13 February at 2pm."),
        minutes(b"No date here\n1. Item\nDECISION\n1. To note the report.\nAction:\nSomething to do\n"),
        import_minutes_bytes(b"Minutes 8 December 2016\nPresent:\n\tCT - Director\t\n", Some(&ctx)).unwrap(),
        import_minutes_bytes(b"Minutes 8 December 2016\nPresent:\n\tCT - Director\tAB - Manager\t\n", Some(&ctx)).unwrap(),
        minutes(b"Minutes 8 December 2016\nAttended:\nHelen Ashby-Craig\nTom Wetherall\nRole\nHead of Service, ABC\nLead Member, ABC\nDirector, ABC\n"),
        minutes(b"Meeting Attendance Initials Agency 4.2.16 7.4.16 AB Adult Services D - KP CAFCASS Y D\n"),
        table(TableKind::Actions, "Ref,Action,Owner,By,Status,Colour\n1,Do it,All partners,the December Board meeting,see above,red\n2,Other,AB,31/04/2017,,\n3,Third,AB,31.7.2106,,\n"),
        table(TableKind::Risks, "Ref,Likelihood,Impact,Score\nR1,high,4,12\nR2,3,5,12\n"),
        import_table(TableKind::Actions, &two_sheets(), Format::Xlsx, None, None).unwrap(),
        table(TableKind::Contributions, "Partner,Contribution,Year\nPolice,£100,2017/18\nTotal,£200,\n"),
        minutes(b"Minutes 8 December 2016\nApologies were received from Cllr Ann Zed.\nCllr Bo Yew attended the meeting as a substitute for Cllr Zed.\n"),
        minutes(b"Minutes 8 December 2016\nAnn Zed / Head of Service\n"),
        minutes(b"Minutes 8 December 2016\nPART 2 BUSINESS M Minutes & Matters Arising (Thursday 20th October 2016) ALL TO NOTE\n"),
        table(TableKind::Contributions, "Funding for,Amount,Year\nEach area,£100,2017/18\n"),
    ];
    let produced: BTreeSet<&str> = drafts
        .iter()
        .flat_map(|d| d.uncertainties.iter().map(|u| u.code.as_str()))
        .collect();
    let catalogue: BTreeSet<&str> = CODES.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        produced,
        catalogue,
        "missing: {:?}",
        catalogue.difference(&produced).collect::<Vec<_>>()
    );
}

#[test]
fn messages_are_fixed_text_never_the_input() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let mut messages = BTreeSet::new();
    let mut checked = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        let draft = minutes(&bytes);
        // No message names anyone the paper names (or any item title it has).
        let names: Vec<String> = draft
            .document
            .people
            .iter()
            .map(|p| p.name.clone())
            .chain(
                draft
                    .document
                    .meetings
                    .iter()
                    .flat_map(|m| m.agenda.iter().map(|i| i.title.clone())),
            )
            .filter(|n| n.len() > 5)
            .collect();
        for u in &draft.uncertainties {
            for n in &names {
                assert!(
                    !u.message.contains(n.as_str()),
                    "message carries input text: {}",
                    u.message
                );
                checked += 1;
            }
            messages.insert(u.message.clone());
        }
    }
    assert!(checked > 1000);
    // Messages are constants: a handful of distinct texts across 24 documents.
    assert!(messages.len() < 60, "{}", messages.len());
}
