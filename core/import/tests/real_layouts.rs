//! Layouts of real published papers, written as synthetic fixtures with
//! invented people: each test breaks the reading on purpose if the grammar regresses.

use boardkit::meeting::AttendanceStatus;
use boardkit::BoardDocument;
use boardkit_import::import_minutes;
use boardkit_import::table::{import_table, Format, TableKind};

/// (name, status, deputy-for name) of every attendance entry of the draft.
fn attendance(doc: &BoardDocument) -> Vec<(String, AttendanceStatus, Option<String>)> {
    let name = |id: &str| {
        doc.people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    doc.meetings[0]
        .attendance
        .iter()
        .map(|a| (name(&a.person), a.status, a.deputy_for.as_deref().map(name)))
        .collect()
}

fn has(
    got: &[(String, AttendanceStatus, Option<String>)],
    who: &str,
    status: AttendanceStatus,
    deputy_for: Option<&str>,
) {
    assert!(
        got.iter()
            .any(|(n, s, d)| n == who && *s == status && d.as_deref() == deputy_for),
        "{who} {status:?} {deputy_for:?} not in {got:?}"
    );
}

#[test]
fn a_run_together_block_is_read_by_its_headings() {
    let text = "Public Document Pack Wessex Example Panel Minutes of the meeting held at the Town Hall on Friday, 3 March 2023 Present: Ann Aldous (Chairman) (Northbury Borough Council) Bea Bright (Vice-Chairman) (Independent) Cal Crane (Northbury Borough Council), Dee Dorsey (Southam District Council) and Eli Ennis (Southam District Council) Officers Attending: Fay Frost (Clerk to the Panel), Gus Grant (Treasurer - Finance and Assurance) and Hal Hume (Democratic Services Officer). Also in attendance Ida Ives, Westham District Council. (Note: These minutes are to be confirmed at the next meeting of the Wessex Example Panel to be held on Thursday, 29 June 2023.) Apologies for Absence 12 Apologies for absence were received from Jon Jukes, Eastley Borough Council and Kit Kemp, Westham District Council. Cllr Ida Ives from Westham District Council attended the meeting as a substitute for Cllr Kemp. The Panel noted the report.\n";
    let d = import_minutes(text, None);
    let got = attendance(&d.document);
    for who in [
        "Ann Aldous",
        "Bea Bright",
        "Cal Crane",
        "Dee Dorsey",
        "Eli Ennis",
    ] {
        has(&got, who, AttendanceStatus::Present, None);
    }
    for who in ["Fay Frost", "Gus Grant", "Hal Hume"] {
        has(&got, who, AttendanceStatus::InAttendance, None);
    }
    has(&got, "Jon Jukes", AttendanceStatus::Apologies, None);
    has(&got, "Kit Kemp", AttendanceStatus::Apologies, None);
    has(&got, "Ida Ives", AttendanceStatus::Deputy, Some("Kit Kemp"));
    assert!(
        !got.iter().any(|(n, ..)| n.contains("Council")),
        "an organisation read as a person: {got:?}"
    );
    let m = &d.document.meetings[0];
    assert_eq!(m.date.to_string(), "2023-03-03");
    assert_eq!(
        m.next_meeting.as_ref().map(|n| n.date.to_string()),
        Some("2023-06-29".into())
    );
    assert!(d
        .uncertainties
        .iter()
        .any(|u| u.code == "import.person_surname"));
}

#[test]
fn every_deputy_phrasing_in_an_apologies_sentence() {
    let text = "Minutes of the Board, 4 May 2022\n1. Apologies\nApologies for absence were received from Mr A Abel (Ms B Bond attending in his place) Mr C Cole (substitute Mr D Dunn), Ms E Eade and Mr F Fine (substitute Ms G Gale).\n";
    let got = attendance(&import_minutes(text, None).document);
    has(&got, "Mr A Abel", AttendanceStatus::Apologies, None);
    has(
        &got,
        "Ms B Bond",
        AttendanceStatus::Deputy,
        Some("Mr A Abel"),
    );
    has(
        &got,
        "Mr D Dunn",
        AttendanceStatus::Deputy,
        Some("Mr C Cole"),
    );
    has(&got, "Ms E Eade", AttendanceStatus::Apologies, None);
    has(
        &got,
        "Ms G Gale",
        AttendanceStatus::Deputy,
        Some("Mr F Fine"),
    );
}

#[test]
fn name_slash_role_lines_without_a_heading() {
    let text = "Ann Abbot / Independent Chair\nBen Birch (observing for Dan Dale) / Interim Manager, Example Council\nCat Cobb (for Eve Elms) / Co-ordinator, Example Housing\nDan Dale / Head of Service, Example Council\nEve Elms / Head of Housing\n";
    let d = import_minutes(text, None);
    let got = attendance(&d.document);
    has(&got, "Ann Abbot", AttendanceStatus::Present, None);
    has(
        &got,
        "Ben Birch",
        AttendanceStatus::Deputy,
        Some("Dan Dale"),
    );
    has(&got, "Cat Cobb", AttendanceStatus::Deputy, Some("Eve Elms"));
    // A member whose deputy attended sent apologies, even when listed later.
    has(&got, "Dan Dale", AttendanceStatus::Apologies, None);
    has(&got, "Eve Elms", AttendanceStatus::Apologies, None);
    assert!(d
        .uncertainties
        .iter()
        .any(|u| u.code == "import.status_assumed"));
}

#[test]
fn names_initials_and_roles_as_three_runs_pair_by_position() {
    let text = "EXAMPLE SAFEGUARDING CHILDREN BOARD\nTHURSDAY 4 JUNE 2020\nPRESENT:\nAnn Ash (Chair)\nBob Bell\nCara Cole\nAA\nBB\nCC\n-\nIndependent Chair\nHead of Service – Example Council (representing DL)\nBusiness Support Co-ordinator (minute taker)\n1\nIN ATTENDANCE\nDee Dunn\nDD\nDesignated Officer (For Item 4.1)\n";
    let got = attendance(&import_minutes(text, None).document);
    has(&got, "Ann Ash", AttendanceStatus::Present, None);
    has(&got, "Bob Bell", AttendanceStatus::Deputy, Some("DL"));
    has(&got, "Cara Cole", AttendanceStatus::MinuteTaker, None);
    has(&got, "Dee Dunn", AttendanceStatus::InAttendance, None);
}

#[test]
fn proposer_and_seconder_and_outstanding_actions() {
    let text = "Minutes of the Partnership, 2 February 2021\n1. Election of Chairman\nCouncillor Ann Ames nominated Bob Boyd as Chairman.  This nomination was seconded by Councillor Cal Cope and, there being no other nominations, it was\nRESOLVED that Bob Boyd be elected Chairman for the year.\n2. Minutes and actions arising\nWith regard to outstanding actions –\nDee Dyer agreed to send the terms of reference to members.\nActioned by Eve Eton\nFay Ford and Gil Gray (Head of Service) to meet partners about the grant.\nItem title without a verb\n";
    let d = import_minutes(text, None);
    let doc = &d.document;
    let name = |r: &Option<boardkit::meeting::PersonRef>| match r {
        Some(boardkit::meeting::PersonRef::Person(id)) => doc
            .people
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone()),
        _ => None,
    };
    let dec = &doc.meetings[0].agenda[0].decisions[0];
    assert_eq!(name(&dec.proposer).as_deref(), Some("Councillor Ann Ames"));
    assert_eq!(name(&dec.seconder).as_deref(), Some("Councillor Cal Cope"));
    assert_eq!(doc.actions.len(), 2, "{:?}", doc.actions);
    assert_eq!(doc.actions[0].owners.len(), 1);
    assert!(doc.actions[0].extensions.contains_key("status_text"));
    assert_eq!(doc.actions[1].owners.len(), 2);
}

#[test]
fn a_date_of_earlier_minutes_is_not_the_meeting_date() {
    let text = "Agenda and minutes\nVenue: Example House\nMINUTES\nTo agree the minutes of the meeting of 4 October 2019.\nAgreed that the minutes of the meeting held on 4 October 2019 be confirmed.\n";
    let d = import_minutes(text, None);
    assert_eq!(d.document.meetings[0].date.to_string(), "1970-01-01");
    assert!(d
        .uncertainties
        .iter()
        .any(|u| u.code == "import.date_missing"));
}

#[test]
fn another_bodys_next_meeting_is_not_this_ones() {
    let text = "Example Board minutes\n4 May 2022\n1. Sub-groups\nThe next meeting of the Audit Sub-group will be held on 1 June 2022.\n";
    let d = import_minutes(text, None);
    assert!(d.document.meetings[0].next_meeting.is_none());
}

#[test]
fn a_table_of_money_received_is_never_read_backwards() {
    let csv = "Funding for,2024/25\nEach Example Partnership area,30000\nTotal,150000\n";
    let d = import_table(
        TableKind::Contributions,
        csv.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    assert!(d.document.budgets.is_empty(), "{:?}", d.document.budgets);
    let rows = d
        .uncertainties
        .iter()
        .filter(|u| u.code == "import.direction_unknown")
        .count();
    assert_eq!(rows, 2);
    assert!(d.document.extensions.contains_key("contributions_received"));
}

#[test]
fn the_board_agreed_is_a_decision_but_not_an_approval_of_minutes() {
    let text = "Example Partnership minutes, 4 May 2022\n12. Election of Chair\nThe Board agreed to discuss this item under item 9 of the agenda.\n13. Minutes\nThe Board agreed that the minutes of the meeting held on 1 March 2022 were a correct record.\n";
    let d = import_minutes(text, None);
    let m = &d.document.meetings[0];
    assert_eq!(m.agenda[0].decisions.len(), 1);
    assert_eq!(
        m.agenda[0].decisions[0].kind,
        boardkit::meeting::DecisionKind::Agreed
    );
    assert!(m.agenda[1].decisions.is_empty());
    // The approved minutes' meeting is in the draft, so the reference does not dangle.
    let prev = &m.previous_minutes.as_ref().unwrap().meeting;
    assert!(d.document.meetings.iter().any(|x| &x.id == prev));
    assert!(!d.document.bodies.is_empty());
}
