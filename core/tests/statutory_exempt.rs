//! Exempt information (Schedule 12A to the Local Government Act 1972): the paragraph
//! exists for the body's nation on the meeting's date, its public interest test is
//! recorded, and its review date has not passed. Each rule is silent without its premise.
use crate::common::{self, assert_finding, assert_no, set};
use boardkit::board::LawNation;
use boardkit::statutory::{paragraph_status, ParagraphStatus};
use serde_json::{json, Value};

const ITEM: &str = "/meetings/0/agenda/2/exemption";

/// The base board in `nation`, with item 2.1 exempt under `paragraph` and a statement.
fn exempt(nation: &str, paragraph: u8) -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(&mut v, "/bodies/0/constitution/nation", json!(nation));
    set(
        &mut v,
        "/meetings/0/agenda/2/exemption",
        json!({"paragraph": paragraph, "public_interest": "Disclosure would identify a family."}),
    );
    v
}

fn day(s: &str) -> boardkit::date::Date {
    s.parse().unwrap()
}

#[test]
fn the_table_of_paragraphs_follows_the_two_numberings() {
    use ParagraphStatus::*;
    let after = day("2016-10-20");
    let cases = [
        (LawNation::England, after, 1, Current),
        (LawNation::England, after, 7, Current),
        (LawNation::England, after, 8, Outdated),
        (LawNation::England, after, 15, Outdated),
        (LawNation::England, after, 16, Unknown),
        (LawNation::England, after, 0, Unknown),
        (LawNation::England, after, 13, Outdated),
        (LawNation::England, day("2006-02-28"), 12, Earlier),
        (LawNation::England, day("2006-03-01"), 12, Outdated),
        (LawNation::Wales, after, 13, Current),
        (LawNation::Wales, after, 18, Current),
        (LawNation::Wales, after, 2, Unknown),
        (LawNation::Wales, after, 19, Unknown),
        (LawNation::Wales, day("2007-04-20"), 2, NotJudged),
        (LawNation::Scotland, after, 2, NotJudged),
        (LawNation::NorthernIreland, after, 99, NotJudged),
    ];
    for (nation, d, p, want) in cases {
        assert_eq!(paragraph_status(nation, d, p), want, "{nation:?} {d} {p}");
    }
}

#[test]
fn a_welsh_body_citing_an_english_number_breaks() {
    let r = common::validate(&exempt("wales", 2));
    assert_finding(
        &r,
        "meeting.exempt_paragraph_unknown",
        &format!("{ITEM}/paragraph"),
    );
    let r = common::validate(&exempt("wales", 13));
    assert_no(&r, "meeting.exempt_paragraph_unknown");
}

#[test]
fn an_english_body_citing_a_paragraph_beyond_the_old_list_breaks() {
    let r = common::validate(&exempt("england", 16));
    assert_finding(
        &r,
        "meeting.exempt_paragraph_unknown",
        &format!("{ITEM}/paragraph"),
    );
    assert_no(&r, "meeting.exempt_paragraph_outdated");
}

#[test]
fn a_closed_part_is_checked_like_an_item() {
    let mut v = exempt("england", 3);
    set(
        &mut v,
        "/meetings/0/parts",
        json!([{"id": "pb", "name": "Part B", "confidential": true, "exemption": {"paragraph": 9}}]),
    );
    let r = common::validate(&v);
    assert_finding(
        &r,
        "meeting.exempt_paragraph_outdated",
        "/meetings/0/parts/0/exemption/paragraph",
    );
    assert_no(&r, "meeting.exempt_paragraph_unknown");
}

#[test]
fn the_old_english_numbering_after_march_2006_is_outdated() {
    let r = common::validate(&exempt("england", 12));
    assert_finding(
        &r,
        "meeting.exempt_paragraph_outdated",
        &format!("{ITEM}/paragraph"),
    );
    // The same paper dated before the new list: the old numbering was the law.
    let mut v = exempt("england", 12);
    set(&mut v, "/meetings/0/date", json!("2005-10-20"));
    set(&mut v, "/meetings/0/next_meeting/date", json!("2005-12-08"));
    set(&mut v, "/meetings/1/date", json!("2005-12-08"));
    let r = common::validate(&v);
    assert_no(&r, "meeting.exempt_paragraph_outdated");
    assert_no(&r, "meeting.exempt_paragraph_unknown");
}

#[test]
fn without_the_nation_or_a_known_date_the_paragraph_is_not_judged() {
    let mut v = exempt("england", 40);
    v["bodies"][0]["constitution"]
        .as_object_mut()
        .unwrap()
        .remove("nation");
    let r = common::validate(&v);
    assert_no(&r, "meeting.exempt_paragraph_unknown");
    let mut v = exempt("england", 40);
    set(&mut v, "/meetings/0/date_basis", json!("not_before"));
    assert_no(&common::validate(&v), "meeting.exempt_paragraph_unknown");
    let r = common::validate(&exempt("scotland", 40));
    assert_no(&r, "meeting.exempt_paragraph_unknown");
}

#[test]
fn a_current_paragraph_without_a_public_interest_statement_breaks() {
    let mut v = exempt("england", 2);
    set(&mut v, &format!("{ITEM}/public_interest"), json!("  "));
    let r = common::validate(&v);
    assert_finding(
        &r,
        "meeting.exempt_public_interest_missing",
        &format!("{ITEM}/public_interest"),
    );
    let r = common::validate(&exempt("england", 2));
    assert_no(&r, "meeting.exempt_public_interest_missing");
    // An unknown paragraph is reported as such, not as a missing test.
    let mut v = exempt("wales", 2);
    v.pointer_mut(ITEM)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("public_interest");
    assert_no(
        &common::validate(&v),
        "meeting.exempt_public_interest_missing",
    );
}

#[test]
fn a_review_date_before_the_as_of_date_breaks() {
    let mut v = exempt("england", 1);
    set(&mut v, &format!("{ITEM}/review_by"), json!("2017-01-31"));
    let r = common::validate_as_of(&v, "2017-02-01");
    assert_finding(
        &r,
        "meeting.exempt_review_overdue",
        &format!("{ITEM}/review_by"),
    );
    let f = r.with_code("meeting.exempt_review_overdue").next().unwrap();
    assert!(f.message.contains("passed 1 day before"), "{}", f.message);
    assert_no(
        &common::validate_as_of(&v, "2017-01-31"),
        "meeting.exempt_review_overdue",
    );
    assert_no(&common::validate(&v), "meeting.exempt_review_overdue");
}

#[test]
fn the_public_version_keeps_the_paragraph_and_withholds_the_statement() {
    let mut v = exempt("england", 2);
    set(&mut v, "/meetings/0/agenda/2/confidential", json!(true));
    set(
        &mut v,
        "/meetings/0/agenda/2/exemption/public_interest",
        json!("SECRET-REASON"),
    );
    set(
        &mut v,
        "/meetings/0/parts",
        json!([{"id": "pb", "name": "Part B", "confidential": true,
                "exemption": {"paragraph": 1, "public_interest": "SECRET-PART-REASON"}}]),
    );
    let public = common::doc(&v).public_version();
    let text = public.to_json();
    assert!(!text.contains("SECRET"), "{text}");
    let item = public.meetings[0].agenda[2].exemption.clone().unwrap();
    assert_eq!((item.paragraph, item.public_interest), (Some(2), None));
    let part = public.meetings[0].parts[0].exemption.clone().unwrap();
    assert_eq!(part.paragraph, Some(1));
}

#[test]
fn an_exemptions_review_finding_comes_before_its_paragraph_finding() {
    // The order the report has always given: the review date, then the paragraph (the
    // units run per exemption, the review's first, whatever the registry's order).
    let mut v = exempt("england", 9);
    set(&mut v, &format!("{ITEM}/review_by"), json!("2016-01-01"));
    let r = common::validate_as_of(&v, "2017-01-01");
    let paths: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.code.starts_with("meeting.exempt_"))
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(
        paths,
        [format!("{ITEM}/review_by"), format!("{ITEM}/paragraph")]
    );
}
