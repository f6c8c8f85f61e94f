//! Bodies over time and funders' decisions paying many boroughs (as other boards' papers record them):
//! the Caldermoor field document (examples/data/field/caldermoor-scp-grant-decision.json),
//! one body per borough holding its LSCB and partnership names with their dates, a
//! council as a kind of body, stated subtotals over some recipients, and the decision's
//! purpose, status, key-decision and call-in flags.
use crate::common::{self, assert_finding, assert_no, set};
use boardkit::board::BodyKind;
use boardkit::budget::FundingDecisionStatus;
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::{json, Value};

fn caldermoor_text() -> String {
    let path = format!(
        "{}/../examples/data/field/caldermoor-scp-grant-decision.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn caldermoor() -> BoardDocument {
    BoardDocument::from_json(&caldermoor_text()).unwrap()
}

fn day(s: &str) -> boardkit::date::Date {
    s.parse().unwrap()
}

#[test]
fn one_body_per_borough_holds_both_its_names() {
    let doc = caldermoor();
    assert_eq!(
        doc.bodies.len(),
        32,
        "one body per borough, not one per name"
    );
    let decided = doc.funding_decisions[0].date.unwrap();
    let partnerships_then = doc
        .bodies
        .iter()
        .filter(|b| b.kind_on(decided) == BodyKind::SafeguardingChildrenPartnership)
        .count();
    // Eleven dated changes before the decision, and one "formerly" without a date.
    assert_eq!(partnerships_then, 12);
    // A year earlier every borough with a dated change was still its LSCB.
    let before = day("2018-08-14");
    let boards_before = doc
        .bodies
        .iter()
        .filter(|b| b.kind_on(before) == BodyKind::Board)
        .count();
    assert_eq!(boards_before, 31);
    let aldmoor = doc.body("b-aldmoor").unwrap();
    assert_eq!(aldmoor.name_on(day("2019-03-31")), "Aldmoor LSCB");
    assert_eq!(
        aldmoor.name_on(day("2019-04-01")),
        "Aldmoor Safeguarding Children Partnership"
    );
    // The undated former name is held, never placed on a day.
    let foxmere = doc.body("b-foxmere").unwrap();
    assert_eq!(foxmere.history.len(), 1);
    assert!(foxmere.stage_on(before).is_none());
    assert_eq!(foxmere.name_on(before), foxmere.name);
}

#[test]
fn the_decision_pays_every_borough_and_its_subtotals_are_held() {
    let doc = caldermoor();
    let d = &doc.funding_decisions[0];
    let a = boardkit::budget::allocate(d, "/funding_decisions/0").unwrap();
    assert_eq!(a.lines.len(), 32);
    assert!(a.lines.iter().all(|l| l.amount.pence() == 1_000_000));
    assert_eq!(a.total.pence(), 35_000_000);
    assert_eq!(d.status, Some(FundingDecisionStatus::Approved));
    assert_eq!(d.key_decision, Some(true));
    assert_eq!(d.subject_to_call_in, Some(false));
    assert!(d.purpose.is_some());
    let counts: Vec<(usize, Option<u32>)> = d
        .stated_subtotals
        .iter()
        .map(|s| (s.recipients.len(), s.stated_count))
        .collect();
    assert_eq!(counts, vec![(32, Some(32)), (13, Some(13)), (19, Some(19))]);
}

#[test]
fn the_findings_are_the_outer_boroughs_subtotal_only() {
    let doc = caldermoor();
    let r = doc.validate(&ValidateOptions {
        as_of: Some(day("2019-08-15")),
        ..Default::default()
    });
    let got: Vec<(&str, &str)> = r
        .findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect();
    // The paper prints £200,000 for the 19 outer boroughs, which receive £190,000.
    assert_eq!(
        got,
        vec![(
            "budget.decision_subtotal_mismatch",
            "/funding_decisions/0/stated_subtotals/2/amount"
        )]
    );
}

#[test]
fn the_new_fields_survive_a_round_trip() {
    let doc = caldermoor();
    let again = BoardDocument::from_json(&doc.to_json()).unwrap();
    assert_eq!(doc, again);
    let v: Value = serde_json::from_str(&again.to_json()).unwrap();
    let r = &v["funding_decisions"][0]["recipients"][7]["extensions"];
    assert!(r.is_object() && !r.as_object().unwrap().is_empty(), "{r}");
    assert!(v["bodies"][0]["history"][0]["until"].is_string());
    assert_eq!(v["funding_decisions"][0]["status"], "approved");
}

#[test]
fn an_older_body_without_history_reads_and_keeps_its_one_name() {
    let v = common::base();
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let b = &doc.bodies[0];
    assert!(b.history.is_empty());
    assert_eq!(b.name_on(day("1990-01-01")), b.name);
    assert_eq!(b.kind_on(day("2090-01-01")), b.kind);
}

/// The base board, in England, with its meeting of Thursday 20 October 2016 and papers
/// published Thursday 13 October (4 clear working days).
fn published_late(kind: &str) -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(&mut v, "/bodies/0/kind", json!(kind));
    set(&mut v, "/bodies/0/constitution/nation", json!("england"));
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-13"));
    v
}

#[test]
fn a_council_meeting_needs_five_clear_working_days_like_its_committees() {
    let code = "meeting.papers_published_late";
    assert_finding(
        &common::validate(&published_late("council")),
        code,
        "/meetings/0/papers_published",
    );
    assert_no(&common::validate(&published_late("board")), code);
}

#[test]
fn the_clock_uses_the_kind_in_force_on_the_meetings_day() {
    let code = "meeting.papers_published_late";
    // A board now, a council committee until the end of 2016: the meeting of
    // 20 October 2016 was a committee's.
    let mut v = published_late("board");
    set(
        &mut v,
        "/bodies/0/history",
        json!([{"name": "Scrutiny Panel", "kind": "council_committee", "until": "2016-12-31"}]),
    );
    assert_finding(&common::validate(&v), code, "/meetings/0/papers_published");
    // The committee's name ended before the meeting: the board's own kind holds.
    set(&mut v, "/bodies/0/history/0/until", json!("2016-10-19"));
    assert_no(&common::validate(&v), code);
}

#[test]
fn history_dates_that_overlap_are_found_and_sorted_dates_are_not() {
    let code = "board.history_dates_conflict";
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(
        &mut v,
        "/bodies/0/history",
        json!([
            {"name": "Second", "from": "2015-01-01", "until": "2016-12-31"},
            {"name": "First", "until": "2015-06-30"}
        ]),
    );
    assert_finding(&common::validate(&v), code, "/bodies/0/history/0");
    set(&mut v, "/bodies/0/history/1/until", json!("2014-12-31"));
    assert_no(&common::validate(&v), code);
}

#[test]
fn a_subtotal_is_silent_until_it_names_its_recipients() {
    let mut v: Value = serde_json::from_str(&caldermoor_text()).unwrap();
    let code = "budget.decision_subtotal_mismatch";
    set(
        &mut v,
        "/funding_decisions/0/stated_subtotals/2/recipients",
        json!([]),
    );
    assert_no(&common::validate(&v), code);
    // Naming one recipient fewer than it says it covers is the other rule's finding.
    let mut w: Value = serde_json::from_str(&caldermoor_text()).unwrap();
    let list = w["funding_decisions"][0]["stated_subtotals"][1]["recipients"]
        .as_array_mut()
        .unwrap();
    list.pop();
    assert_finding(
        &common::validate(&w),
        "budget.decision_subtotal_recipient",
        "/funding_decisions/0/stated_subtotals/1/stated_count",
    );
}
