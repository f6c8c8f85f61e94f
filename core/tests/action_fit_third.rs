//! Issue 28, third pass, the actions area: relative and period dues on actions and
//! decisions (one vocabulary), milestones past due, a due at the next meeting of a body
//! whose meetings are not in the document, superseded actions that are not late
//! completions, the meeting contact, and the messages of the unknown-field and due readers.
use crate::common;
use boardkit::action::queries;
use boardkit::index::Index;
use common::*;
use serde_json::{json, Value};

fn with_action(extra: Value) -> Value {
    let mut a = json!({
        "id": "a1", "ref": "2", "description": "Circulate the report.",
        "owners": [{"person": "p-dcs"}], "due": "2016-11-30", "raised_at": "m1"
    });
    for (k, v) in extra.as_object().unwrap() {
        a[k] = v.clone();
    }
    let mut v = base();
    set(&mut v, "/actions", json!([a]));
    v
}

fn due_on(v: &Value) -> Option<String> {
    let d = doc(v);
    boardkit::action::due_date(&d, &d.actions[0])
        .date()
        .map(|d| d.to_string())
}

#[test]
fn relative_and_period_dues_resolve_only_where_the_premise_is_recorded() {
    // "Within two weeks" of the meeting of 20 October 2016.
    let v = with_action(json!({"due": {"within_days": 14}}));
    assert_eq!(due_on(&v).as_deref(), Some("2016-11-03"));
    assert!(validate_as_of(&v, "2016-11-04").has("action.overdue", "/actions/0/due"));
    assert_no(&validate_as_of(&v, "2016-11-03"), "action.overdue");
    // "June/July" and "across financial year 2016/17": due by the end of the period.
    let v = with_action(json!({"due": {"months": ["2017-06", "2017-07"]}}));
    assert_eq!(due_on(&v).as_deref(), Some("2017-07-31"));
    let v = with_action(json!({"due": {"financial_year": "2016/17"}}));
    assert_eq!(due_on(&v).as_deref(), Some("2017-03-31"));
    // "Regularly" and "at a future meeting": never a date, never overdue, never a finding.
    for due in ["regularly", "future_meeting"] {
        let v = with_action(json!({ "due": due }));
        assert_eq!(due_on(&v), None, "{due}");
        let r = validate_as_of(&v, "2030-01-01");
        assert_no(&r, "action.overdue");
        assert_no(&r, "action.due_unresolved");
    }
    // Days after a meeting that is not recorded: unresolved, and silent.
    let mut v = with_action(json!({"due": {"within_days": 14}}));
    set(&mut v, "/actions/0/raised_at", json!(null));
    assert_eq!(due_on(&v), None);
    let r = validate_as_of(&v, "2030-01-01");
    assert_no(&r, "action.due_unresolved");
    assert_no(&r, "action.overdue");
}

#[test]
fn a_decision_due_takes_every_form_an_action_due_does() {
    for due in [
        json!("2017-Q1"),
        json!("2016/17-Q4"),
        json!("ongoing"),
        json!("regularly"),
        json!({"next_meeting_of": "b-sub"}),
        json!({"within_days": 14}),
        json!({"months": ["2017-06", "2017-07"]}),
        json!("next_meeting"),
        json!("2017-01"),
    ] {
        let mut v = base();
        set(&mut v, "/meetings/0/agenda/1/decisions/0/due", due.clone());
        let d = doc(&v);
        let back = serde_json::to_value(&d).unwrap();
        assert_eq!(
            back.pointer("/meetings/0/agenda/1/decisions/0/due"),
            Some(&due)
        );
    }
}

#[test]
fn a_wrong_due_lists_every_form_it_accepts() {
    let v = with_action(json!({"due": "soon"}));
    let e = boardkit::BoardDocument::from_json(&v.to_string()).unwrap_err();
    let text = e.to_string();
    for form in [
        "2017-01-31",
        "2017-01",
        "2017-Q3",
        "2017/18-Q3",
        "ongoing",
        "regularly",
        "future_meeting",
        "next_meeting",
        "next_meeting_of",
        "within_days",
        "financial_year",
        "months",
    ] {
        assert!(text.contains(form), "{form}: {text}");
    }
    assert!(!text.contains("soon"), "{text}");
}

#[test]
fn milestones_past_due_are_found_and_reached_ones_are_not() {
    let ms = json!([
        {"description": "Draft", "due": "2016-11-15"},
        {"description": "Consult", "due": "2016-12-15", "done_on": "2016-12-01"},
        {"description": "Final"}
    ]);
    let v = with_action(json!({"due": "2017-03-31", "milestones": ms}));
    let r = validate_as_of(&v, "2017-05-20");
    let found: Vec<_> = r
        .with_code("action.milestone_overdue")
        .map(|f| f.path.clone())
        .collect();
    assert_eq!(found, vec!["/actions/0/milestones/0/due".to_string()]);
    // Six months past: still one, with the days in the message.
    let f = r.with_code("action.milestone_overdue").next().unwrap();
    assert!(f.message.contains("186 day(s)"), "{}", f.message);
    // No as-of date: no premise.
    assert_no(&validate(&v), "action.milestone_overdue");
    // The action superseded: its milestones are not chased.
    let v = with_action(
        json!({"due": "2017-03-31", "milestones": ms, "status": "superseded",
                               "closed_on": "2016-11-01"}),
    );
    assert_no(
        &validate_as_of(&v, "2017-05-20"),
        "action.milestone_overdue",
    );
}

#[test]
fn the_action_log_shows_milestones() {
    let v = with_action(json!({"milestones": [{"description": "Draft", "due": "2016-11-15"}]}));
    let out = boardkit::action::log(&boardkit::action::LogRequest {
        document: doc(&v),
        as_of: "2016-12-01".parse().unwrap(),
        ..serde_json::from_value(json!({"document": base(), "as_of": "2016-12-01"})).unwrap()
    })
    .unwrap();
    let text = serde_json::to_value(&out).unwrap();
    let ms = text
        .pointer("/entries/0/milestones")
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(ms[0]["due_on"], json!("2016-11-15"));
    assert_eq!(ms[0]["overdue"], json!(true));
}

#[test]
fn a_superseded_action_is_not_a_late_completion() {
    let v = with_action(json!({"status": "superseded", "closed_on": "2016-12-08"}));
    assert_no(&validate(&v), "action.completed_late");
    let d = doc(&v);
    assert!(queries::late_completions_in(&Index::new(&d)).is_empty());
    // The same dates, completed: late, and said so.
    let v = with_action(json!({"status": "completed", "closed_on": "2016-12-08"}));
    assert_finding(
        &validate(&v),
        "action.completed_late",
        "/actions/0/closed_on",
    );
    let d = doc(&v);
    assert_eq!(queries::late_completions_in(&Index::new(&d)).len(), 1);
}

#[test]
fn a_due_at_a_sub_group_whose_meetings_are_not_recorded_is_not_evidenced() {
    let v = with_action(json!({"due": {"next_meeting_of": "b-sub"}}));
    assert_no(&validate(&v), "action.due_unresolved");
    // Once the sub-group's meetings are in the document, none later is a finding.
    let mut v = v;
    push(
        &mut v,
        "/meetings",
        json!({"id": "s1", "body": "b-sub", "title": "Sub-group", "date": "2016-10-01", "status": "minutes_approved"}),
    );
    assert_finding(
        &validate(&v),
        "action.due_unresolved",
        "/actions/0/due/next_meeting_of",
    );
}

#[test]
fn the_meeting_contact_is_held_and_withheld_from_the_public_version() {
    let mut v = base();
    set(&mut v, "/meetings/0/contact", json!({"person": "p-mgr"}));
    let d = doc(&v);
    let back = serde_json::to_value(&d).unwrap();
    assert_eq!(
        back.pointer("/meetings/0/contact/person"),
        Some(&json!("p-mgr"))
    );
}

#[test]
fn only_a_record_with_extensions_is_told_to_keep_data_there() {
    // A milestone has no extensions field.
    let v = with_action(json!({"milestones": [{"description": "Draft", "colour": "red"}]}));
    let text = boardkit::BoardDocument::from_json(&v.to_string())
        .unwrap_err()
        .to_string();
    assert!(text.contains("not one it uses"), "{text}");
    assert!(!text.contains("extensions"), "{text}");
    // A meeting has one.
    let mut v = base();
    set(&mut v, "/meetings/0/colour", json!("red"));
    let text = boardkit::BoardDocument::from_json(&v.to_string())
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("keep your own data under extensions"),
        "{text}"
    );
}
