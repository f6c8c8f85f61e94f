//! The action log: every `action.*` rule broken on purpose, the as-of queries, and the
//! 8 December 2016 Leicester example.

use crate::common;
use boardkit::action::{self, ActionRag, DueWithinRequest, LogRequest, RagReason, Status};
use boardkit::BoardDocument;
use common::*;
use serde_json::{json, Value};

/// A valid action raised at m1 (2016-10-20) of the base document.
fn action() -> Value {
    json!({
        "id": "a1", "ref": "2", "description": "Circulate the report.",
        "owners": [{"initials": "DC"}], "due": "2016-12-01", "raised_at": "m1"
    })
}

/// The base document with these actions.
fn with(actions: Vec<Value>) -> Value {
    let mut v = base();
    set(&mut v, "/actions", Value::Array(actions));
    v
}

/// The base document with one action changed at the given fields.
fn one(changes: Value) -> Value {
    let mut a = action();
    for (k, val) in changes.as_object().unwrap() {
        a.as_object_mut().unwrap().insert(k.clone(), val.clone());
    }
    with(vec![a])
}

fn req(v: &Value, as_of: &str) -> LogRequest {
    LogRequest {
        document: doc(v),
        as_of: as_of.parse().unwrap(),
        amber_days: None,
    }
}

fn ids(list: &action::ActionList) -> Vec<String> {
    list.actions.iter().map(|e| e.id.clone()).collect()
}

#[test]
fn a_valid_action_is_clean() {
    let r = validate_as_of(&with(vec![action()]), "2016-11-01");
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn action_round_trips_through_json() {
    let v = one(json!({
        "owners": [{"person": "p-dcs"}, {"role": "chair"}, {"group": "g-office"}, {"initials": "PH"}],
        "due": {"meeting": "m2"}, "desired_outcome": "Board assured.", "status": "in_progress",
        "history": [{"date": "2016-11-01", "status": "in_progress", "meeting": "m1", "note": "Started."}],
        "extensions": {"host_row": 7}
    }));
    let d = doc(&v);
    let back: Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(back["actions"], v["actions"]);
}

#[test]
fn unknown_action_fields_are_shape_errors() {
    let v = one(json!({"colour": "red"}));
    let e = BoardDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.code(), "shape.invalid");
    // Reported at the action, by the key's place; the key itself is never named.
    assert_eq!(e.path(), "/actions/0");
    assert!(!e.to_string().contains("colour"), "{e}");
    let v = one(json!({"owners": [{"team": "x"}]}));
    let e = BoardDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.code(), "shape.invalid");
}

// ---- rules -------------------------------------------------------------------------

#[test]
fn due_before_raised() {
    let r = validate(&one(json!({"due": "2016-10-19"})));
    assert_finding(&r, "action.due_before_raised", "/actions/0/due");
    // A month due counts its last day: September 2016 ends before 20 October.
    let r = validate(&one(json!({"due": "2016-09"})));
    assert_finding(&r, "action.due_before_raised", "/actions/0/due");
    // October 2016 ends after 20 October: not before.
    assert_no(
        &validate(&one(json!({"due": "2016-10"}))),
        "action.due_before_raised",
    );
    // Due at an earlier meeting.
    let v = one(json!({"due": {"meeting": "m1"}, "raised_at": "m2"}));
    let r = validate(&v);
    assert_finding(&r, "action.due_before_raised", "/actions/0/due");
}

#[test]
fn closed_without_date() {
    let r = validate(&one(json!({"status": "completed"})));
    assert_finding(&r, "action.closed_without_date", "/actions/0/closed_on");
    let r = validate(&one(json!({"status": "superseded"})));
    assert_finding(&r, "action.closed_without_date", "/actions/0/closed_on");
    // A dated status is a date.
    let v = one(json!({"history": [{"date": "2016-11-01", "status": "closed"}]}));
    assert_no(&validate(&v), "action.closed_without_date");
    let v = one(json!({"status": "completed", "closed_on": "2016-11-01"}));
    assert_no(&validate(&v), "action.closed_without_date");
}

#[test]
fn closed_before_raised() {
    let r = validate(&one(
        json!({"status": "completed", "closed_on": "2016-10-01"}),
    ));
    assert_finding(&r, "action.closed_before_raised", "/actions/0/closed_on");
}

#[test]
fn history_out_of_order() {
    let r = validate(&one(json!({"history": [
        {"date": "2016-11-10", "status": "in_progress"},
        {"date": "2016-11-01", "status": "on_going"}
    ]})));
    assert_finding(
        &r,
        "action.history_out_of_order",
        "/actions/0/history/1/date",
    );
}

#[test]
fn history_before_raised() {
    let r = validate(&one(
        json!({"history": [{"date": "2016-10-01", "status": "in_progress"}]}),
    ));
    assert_finding(
        &r,
        "action.history_before_raised",
        "/actions/0/history/0/date",
    );
}

#[test]
fn history_meeting_must_exist() {
    let r = validate(&one(json!({"history": [
        {"date": "2016-11-01", "status": "in_progress", "meeting": "m-none"}
    ]})));
    assert_finding(
        &r,
        "board.unknown_reference",
        "/actions/0/history/0/meeting",
    );
}

#[test]
fn raised_at_must_exist() {
    let r = validate(&one(json!({"raised_at": "m-none"})));
    assert_finding(&r, "board.unknown_reference", "/actions/0/raised_at");
}

#[test]
fn owner_unresolved() {
    let r = validate(&one(json!({"owners": [
        {"initials": "ZZ"}, {"group": "g-none"}, {"person": "p-none"}, {"initials": "DC"}
    ]})));
    assert_finding(&r, "action.owner_unresolved", "/actions/0/owners/0");
    assert_finding(&r, "action.owner_unresolved", "/actions/0/owners/1");
    assert_finding(&r, "action.owner_unresolved", "/actions/0/owners/2");
    assert!(!r.has("action.owner_unresolved", "/actions/0/owners/3"));
    // The chair role resolves to nobody when the body has no independent chair.
    let mut v = one(json!({"owners": [{"role": "chair"}]}));
    assert_no(&validate(&v), "action.owner_unresolved");
    set(&mut v, "/bodies/0/members/0/role", Value::Null);
    assert_finding(
        &validate(&v),
        "action.owner_unresolved",
        "/actions/0/owners/0",
    );
}

#[test]
fn owner_ambiguous() {
    let mut v = one(json!({"owners": [{"initials": "DC"}]}));
    push(
        &mut v,
        "/people",
        json!({"id": "p-dc2", "name": "Другой", "initials": "DC"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-dc2", "status": "in_attendance"}),
    );
    assert_finding(
        &validate(&v),
        "action.owner_ambiguous",
        "/actions/0/owners/0",
    );
}

#[test]
fn owner_not_member() {
    let mut v = one(json!({"owners": [{"person": "p-guest"}]}));
    push(
        &mut v,
        "/people",
        json!({"id": "p-guest", "name": "A Guest"}),
    );
    let r = validate(&v);
    assert_finding(&r, "action.owner_not_member", "/actions/0/owners/0");
    // Recorded at the meeting (in attendance): fine.
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-guest", "status": "in_attendance"}),
    );
    assert_no(&validate(&v), "action.owner_not_member");
    // A member who was not at the meeting (like JR on 8 December): fine.
    let v = one(json!({"owners": [{"person": "p-lead"}]}));
    assert_no(&validate(&v), "action.owner_not_member");
}

#[test]
fn no_owner() {
    let r = validate(&one(json!({"owners": []})));
    assert_finding(&r, "action.no_owner", "/actions/0/owners");
}

#[test]
fn reopened_without_note() {
    let r = validate(&one(json!({
        "closed_on": "2016-11-01",
        "history": [{"date": "2016-11-01", "status": "completed"},
                    {"date": "2016-11-15", "status": "in_progress"}]
    })));
    assert_finding(
        &r,
        "action.reopened_without_note",
        "/actions/0/history/1/note",
    );
    let v = one(json!({
        "history": [{"date": "2016-11-01", "status": "completed"},
                    {"date": "2016-11-15", "status": "in_progress", "note": "Not finished after all."}]
    }));
    assert_no(&validate(&v), "action.reopened_without_note");
    // Reopened by the status field alone, with no dated note.
    let r = validate(&one(json!({
        "status": "open",
        "history": [{"date": "2016-11-01", "status": "completed"}]
    })));
    assert_finding(&r, "action.reopened_without_note", "/actions/0/status");
    // Reopened by a later meeting's matters arising with no note.
    let mut v = one(json!({"history": [{"date": "2016-11-01", "status": "closed"}]}));
    set(
        &mut v,
        "/meetings/1/matters_arising",
        json!([{"action_ref": "2", "status": "outstanding"}]),
    );
    assert_finding(
        &validate(&v),
        "action.reopened_without_note",
        "/meetings/1/matters_arising/0/note",
    );
}

#[test]
fn duplicate() {
    let mut b = action();
    b["id"] = json!("a2");
    b["description"] = json!("  circulate   the REPORT. ");
    let r = validate(&with(vec![action(), b.clone()]));
    assert_finding(&r, "action.duplicate", "/actions/1/description");
    // Same ref at another meeting is another minute item.
    b["raised_at"] = json!("m2");
    b["due"] = json!("2017-01-31");
    assert_no(&validate(&with(vec![action(), b])), "action.duplicate");
}

#[test]
fn duplicate_ids() {
    let r = validate(&with(vec![action(), action()]));
    assert_finding(&r, "board.duplicate_id", "/actions/1/id");
}

#[test]
fn due_unresolved() {
    let r = validate(&one(json!({"due": {"meeting": "m-none"}})));
    assert_finding(&r, "action.due_unresolved", "/actions/0/due/meeting");
    // The next meeting after m1 is m2; after m2 there is none.
    assert_no(
        &validate(&one(json!({"due": "next_meeting"}))),
        "action.due_unresolved",
    );
    let r = validate(&one(json!({"due": "next_meeting", "raised_at": "m2"})));
    assert_finding(&r, "action.due_unresolved", "/actions/0/due");
    // A cancelled meeting cannot be due.
    let mut v = one(json!({"due": {"meeting": "m2"}}));
    set(&mut v, "/meetings/1/status", json!("cancelled"));
    assert_finding(
        &validate(&v),
        "action.due_unresolved",
        "/actions/0/due/meeting",
    );
}

#[test]
fn status_differs_from_history() {
    let r = validate(&one(json!({
        "status": "on_going",
        "history": [{"date": "2016-11-01", "status": "in_progress"}]
    })));
    assert_finding(
        &r,
        "action.status_differs_from_history",
        "/actions/0/status",
    );
}

#[test]
fn matter_arising_unmatched() {
    let mut v = with(vec![action()]);
    set(
        &mut v,
        "/meetings/1/matters_arising",
        json!([{"action_ref": "9.9", "status": "open"}, {"action_ref": "2", "status": "in_progress"}]),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "action.matter_arising_unmatched",
        "/meetings/1/matters_arising/0/action_ref",
    );
    assert!(!r.has(
        "action.matter_arising_unmatched",
        "/meetings/1/matters_arising/1/action_ref"
    ));
}

#[test]
fn overdue_only_with_a_date() {
    let v = with(vec![action()]);
    assert_no(&validate(&v), "action.overdue");
    assert_no(&validate_as_of(&v, "2016-12-01"), "action.overdue");
    assert_finding(
        &validate_as_of(&v, "2016-12-02"),
        "action.overdue",
        "/actions/0/due",
    );
    let v = one(json!({"status": "completed", "closed_on": "2016-11-20"}));
    assert_no(&validate_as_of(&v, "2017-01-01"), "action.overdue");
}

#[test]
fn messages_never_quote_free_text() {
    let secret = "Child A at Oak School";
    let mut v = one(json!({
        "ref": secret, "description": secret, "desired_outcome": secret,
        "due": {"meeting": secret}, "owners": [{"initials": secret}, {"group": secret}],
        "status": "open",
        "history": [{"date": "2016-11-10", "status": "completed", "note": secret, "meeting": secret},
                    {"date": "2016-11-01", "status": "in_progress"}]
    }));
    set(
        &mut v,
        "/meetings/1/matters_arising",
        json!([{"action_ref": secret, "status": "open", "note": secret}]),
    );
    let r = validate_as_of(&v, "2017-01-01");
    assert!(r.findings.len() > 4, "{:#?}", r.findings);
    for f in &r.findings {
        assert!(!f.message.contains("Child A"), "{f:?}");
    }
}

// ---- queries -----------------------------------------------------------------------

#[test]
fn due_forms_resolve() {
    let mut v = with(vec![
        action(),
        json!({"id": "a-month", "ref": "2", "description": "b", "owners": [{"person": "p-dcs"}], "due": "2016-11", "raised_at": "m1"}),
        json!({"id": "a-meeting", "ref": "2", "description": "c", "owners": [{"person": "p-dcs"}], "due": {"meeting": "m2"}, "raised_at": "m1"}),
        json!({"id": "a-next", "ref": "2", "description": "d", "owners": [{"person": "p-dcs"}], "due": "next_meeting", "raised_at": "m1"}),
        json!({"id": "a-none", "ref": "2", "description": "e", "owners": [{"person": "p-dcs"}], "raised_at": "m1"}),
    ]);
    set(&mut v, "/meetings/1/status", json!("scheduled"));
    let log = action::log(&req(&v, "2016-12-05")).unwrap();
    let due: Vec<(String, Option<String>)> = log
        .entries
        .iter()
        .map(|e| (e.id.clone(), e.due_on.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        due,
        vec![
            ("a-meeting".into(), Some("2016-12-08".into())),
            ("a-month".into(), Some("2016-11-30".into())),
            ("a-next".into(), Some("2016-12-08".into())),
            ("a-none".into(), None),
            ("a1".into(), Some("2016-12-01".into())),
        ]
    );
    let r = req(&v, "2016-12-05");
    assert_eq!(ids(&action::overdue(&r).unwrap()), vec!["a-month", "a1"]);
    assert_eq!(ids(&action::undated(&r).unwrap()), vec!["a-none"]);
    // Not overdue on the due day itself.
    assert!(ids(&action::overdue(&req(&v, "2016-11-30")).unwrap()).is_empty());
    let within = action::due_within(&DueWithinRequest {
        document: doc(&v),
        as_of: "2016-12-05".parse().unwrap(),
        days: 3,
    })
    .unwrap();
    assert_eq!(ids(&within), vec!["a-meeting", "a-next"]);
    // Before an action is raised it is not in the log.
    assert!(action::log(&req(&v, "2016-10-19"))
        .unwrap()
        .entries
        .is_empty());
}

#[test]
fn due_within_overflow_is_an_error() {
    let e = action::due_within(&DueWithinRequest {
        document: doc(&with(vec![action()])),
        as_of: boardkit::date::Date::MAX,
        days: u32::MAX,
    })
    .unwrap_err();
    assert_eq!(e.path(), "/days");
}

#[test]
fn rag_rule() {
    let mk = |id: &str, due: Value, extra: Value| {
        let mut a = json!({"id": id, "ref": "2", "description": id, "owners": [{"person": "p-dcs"}], "raised_at": "m1"});
        if !due.is_null() {
            a["due"] = due;
        }
        for (k, val) in extra.as_object().unwrap() {
            a[k] = val.clone();
        }
        a
    };
    let v = with(vec![
        mk("red", json!("2016-11-01"), json!({})),
        mk("amber-soon", json!("2016-11-24"), json!({})),
        mk("amber-undated", Value::Null, json!({})),
        mk(
            "amber-outstanding",
            json!("2017-06-01"),
            json!({"status": "outstanding"}),
        ),
        mk("green", json!("2016-11-25"), json!({})),
        mk(
            "done",
            json!("2016-11-01"),
            json!({"status": "closed", "closed_on": "2016-11-02"}),
        ),
    ]);
    let got: Vec<(String, ActionRag, RagReason)> = action::rag(&req(&v, "2016-11-10"))
        .unwrap()
        .actions
        .into_iter()
        .map(|e| (e.id, e.rag, e.rag_reason))
        .collect();
    let want = vec![
        (
            "amber-outstanding".to_string(),
            ActionRag::Amber,
            RagReason::Outstanding,
        ),
        ("amber-soon".into(), ActionRag::Amber, RagReason::DueSoon),
        ("amber-undated".into(), ActionRag::Amber, RagReason::Undated),
        ("done".into(), ActionRag::Complete, RagReason::Done),
        ("green".into(), ActionRag::Green, RagReason::OnTrack),
        ("red".into(), ActionRag::Red, RagReason::Overdue),
    ];
    assert_eq!(got, want);
    // A wider amber window turns green to amber.
    let mut r = req(&v, "2016-11-10");
    r.amber_days = Some(30);
    let green = action::rag(&r).unwrap();
    assert!(green.actions.iter().all(|e| e.rag != ActionRag::Green));
}

#[test]
fn status_as_of_follows_history() {
    let v = one(json!({
        "history": [{"date": "2016-11-01", "status": "in_progress"},
                    {"date": "2016-11-20", "status": "completed"}],
        "closed_on": "2016-11-20"
    }));
    let status = |d: &str| {
        action::log(&req(&v, d))
            .unwrap()
            .entries
            .first()
            .map(|e| e.status)
    };
    assert_eq!(status("2016-10-19"), None);
    assert_eq!(status("2016-10-25"), Some(Status::Open));
    assert_eq!(status("2016-11-05"), Some(Status::InProgress));
    assert_eq!(status("2016-11-20"), Some(Status::Completed));
    let done = action::completed(&req(&v, "2016-12-31")).unwrap();
    assert_eq!(
        done.actions[0].done_on.map(|d| d.to_string()),
        Some("2016-11-20".into())
    );
    // Completed before it fell due: never overdue.
    assert!(action::overdue(&req(&v, "2017-01-01"))
        .unwrap()
        .actions
        .is_empty());
}

#[test]
fn summary_per_owner_and_status() {
    let mut b = action();
    b["id"] = json!("a2");
    b["description"] = json!("Another");
    b["owners"] = json!([{"person": "p-dcs"}, {"group": "g-office"}]);
    b["due"] = Value::Null;
    let mut c = action();
    c["id"] = json!("a3");
    c["description"] = json!("Third");
    c["owners"] = json!([]);
    c["status"] = json!("completed");
    c["closed_on"] = json!("2016-11-01");
    let v = with(vec![action(), b, c]);
    let s = action::summary(&req(&v, "2016-12-10")).unwrap();
    assert_eq!(s.totals.total, 3);
    assert_eq!(s.totals.open, 2);
    assert_eq!(s.totals.overdue, 1);
    assert_eq!(s.totals.undated, 1);
    assert_eq!(s.totals.done, 1);
    let owners: Vec<Value> = s
        .by_owner
        .iter()
        .map(|o| json!([o.owner, o.counts.total, o.counts.overdue]))
        .collect();
    // Initials DC resolve to p-dcs, so both of p-dcs's actions count together.
    assert_eq!(
        owners,
        vec![
            json!([{"person": "p-dcs"}, 2, 1]),
            json!([{"group": "g-office"}, 1, 0]),
            json!([null, 1, 0]),
        ]
    );
    let open = s
        .by_status
        .iter()
        .find(|c| c.status == Status::Open)
        .unwrap();
    assert_eq!(open.count, 2);
    assert_eq!(s.by_status.len(), 8);
}

#[test]
fn carry_forward_and_flow() {
    let mut v = with(vec![action()]);
    let cf = action::carry_forward(&action::CarryForwardRequest {
        document: doc(&v),
        meeting: "m1".into(),
        as_of: "2016-12-01".parse().unwrap(),
    })
    .unwrap();
    assert_eq!(cf.next_meeting.as_deref(), Some("m2"));
    assert_eq!(cf.matters_arising.len(), 1);
    assert_eq!(cf.matters_arising[0].action.as_deref(), Some("a1"));
    assert_eq!(cf.matters_arising[0].status, Some(Status::Open));
    // The next meeting records a status against it...
    let mut ma = serde_json::to_value(&cf.matters_arising).unwrap();
    ma[0]["status"] = json!("in_progress");
    ma[0]["note"] = json!("Draft circulated.");
    set(&mut v, "/meetings/1/matters_arising", ma);
    set(&mut v, "/meetings/1/status", json!("held"));
    // ...which flows into the action's history.
    let h = action::history(&action::HistoryRequest {
        document: doc(&v),
        action: "a1".into(),
    })
    .unwrap();
    assert_eq!(h.status, Status::InProgress);
    assert_eq!(h.events.len(), 1);
    assert_eq!(h.events[0].path, "/meetings/1/matters_arising/0");
    assert_eq!(h.events[0].meeting.as_deref(), Some("m2"));
    let flowed = action::flow_matters_arising(&action::FlowRequest { document: doc(&v) }).unwrap();
    assert_eq!(flowed.added, 1);
    let a = &flowed.document.actions[0];
    assert_eq!(a.history.len(), 1);
    assert_eq!(a.history[0].status, Status::InProgress);
    assert_eq!(a.history[0].date.to_string(), "2016-12-08");
    // Running it again adds nothing, and the status is counted once.
    let again = action::flow_matters_arising(&action::FlowRequest {
        document: flowed.document.clone(),
    })
    .unwrap();
    assert_eq!(again.added, 0);
    let h = action::history(&action::HistoryRequest {
        document: flowed.document,
        action: "a1".into(),
    })
    .unwrap();
    assert_eq!(h.events.len(), 1);
    // An action completed by then is not carried forward.
    let v = one(json!({"status": "completed", "closed_on": "2016-11-01"}));
    let cf = action::carry_forward(&action::CarryForwardRequest {
        document: doc(&v),
        meeting: "m1".into(),
        as_of: "2016-12-01".parse().unwrap(),
    })
    .unwrap();
    assert!(cf.matters_arising.is_empty());
}

#[test]
fn unknown_ids_in_requests_are_errors() {
    let v = with(vec![action()]);
    let e = action::carry_forward(&action::CarryForwardRequest {
        document: doc(&v),
        meeting: "m-none".into(),
        as_of: "2016-12-01".parse().unwrap(),
    })
    .unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/meeting"));
    let e = action::history(&action::HistoryRequest {
        document: doc(&v),
        action: "a-none".into(),
    })
    .unwrap_err();
    assert_eq!(e.path(), "/action");
}

#[test]
fn requests_read_from_json() {
    let v = with(vec![action()]);
    let text = json!({"document": v, "as_of": "2016-12-05", "amber_days": 7}).to_string();
    let r: LogRequest = boardkit::error::from_json(&text).unwrap();
    let out = serde_json::to_value(action::overdue(&r).unwrap()).unwrap();
    assert_eq!(out["actions"][0]["id"], "a1");
    assert_eq!(out["actions"][0]["ref"], "2");
    assert_eq!(out["actions"][0]["days_to_due"], -4);
    let bad = json!({"document": with(vec![]), "as_of": "2016-12-05", "when": 1}).to_string();
    assert!(boardkit::error::from_json::<LogRequest>(&bad).is_err());
}

// ---- the 8 December 2016 Leicester example -------------------------------------------

/// The scaffolding the example part needs, following the example id conventions.
fn leicester() -> Value {
    let part: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../examples/data/leicester-lscb.json"
        ))
        .unwrap(),
    )
    .unwrap();
    json!({
        "schema_version": 1,
        "people": [
            {"id": "p-chair", "name": "Jenny Myers"},
            {"id": "p-ct", "name": "CT", "initials": "CT"},
            {"id": "p-jr", "name": "Janet Russell", "initials": "JR", "post": "LSCB Manager"},
            {"id": "p-sc", "name": "SC", "initials": "SC"},
            {"id": "p-vp", "name": "VP", "initials": "VP"}
        ],
        "bodies": [{
            "id": "b-lscb", "name": "Leicester Safeguarding Children Board", "kind": "board",
            "members": [
                {"person": "p-chair", "category": "statutory", "role": "independent_chair"},
                {"person": "p-ct", "category": "statutory"},
                {"person": "p-jr", "category": "participant_adviser", "voting": false},
                {"person": "p-sc", "category": "statutory"},
                {"person": "p-vp", "category": "statutory"}
            ],
            "groups": [
                {"id": "g-all-partners", "name": "All partners"},
                {"id": "g-lscb-office", "name": "LSCB Office"}
            ]
        }],
        "meetings": [
            {"id": "m-2016-10-20", "body": "b-lscb", "title": "Board meeting", "date": "2016-10-20", "status": "minutes_approved"},
            {"id": "m-2016-12-08", "body": "b-lscb", "title": "Leicester Safeguarding Children Board Meeting",
             "date": "2016-12-08", "status": "minutes_drafted",
             "attendance": [
                {"person": "p-chair", "status": "present"},
                {"person": "p-ct", "status": "present"},
                {"person": "p-sc", "status": "present"},
                {"person": "p-vp", "status": "present"}
             ],
             "matters_arising": matters_arising(),
             "previous_minutes": {"meeting": "m-2016-10-20"}},
            {"id": "m-2017-02-09", "body": "b-lscb", "title": "Board meeting", "date": "2017-02-09", "status": "scheduled"},
            {"id": "m-2017-03-23", "body": "b-lscb", "title": "Board meeting", "date": "2017-03-23", "status": "scheduled"}
        ],
        "actions": part["actions"]
    })
}

/// The matters arising of 8 December 2016 (the lead puts these on m-2016-12-08).
fn matters_arising() -> Value {
    json!([
        {"action_ref": "3.1", "action": "a-2016-10-20-3.1", "status": "outstanding",
         "note": "Direct approaches have been made to the County and NSPCC. The Chair is meeting the Head of Training & Consultancy at the NSPCC to discuss an NSPCC representative chairing the LLR Safeguarding Multi-Agency Training, Learning and Development Commissioning and Delivery Group."},
        {"action_ref": "7.1.2", "action": "a-2016-10-20-7.1.2", "status": "in_progress"},
        {"action_ref": "7.4", "action": "a-2016-10-20-7.4", "status": "on_agenda", "note": "On today's agenda."},
        {"action_ref": "8.1", "action": "a-2016-10-20-8.1", "status": "on_agenda", "note": "On today's agenda."},
        {"action_ref": "9.2", "action": "a-2016-10-20-9.2", "status": "on_going",
         "note": "The Chair will pick this up with Paul Burnett, Independent Chair of Leicester Adult Safeguarding Board."}
    ])
}

#[test]
fn leicester_has_all_fourteen_rows() {
    let d = doc(&leicester());
    let rows: Vec<_> = d
        .actions
        .iter()
        .filter(|a| a.raised_at.as_deref() == Some("m-2016-12-08"))
        .collect();
    assert_eq!(rows.len(), 14);
    let refs: Vec<&str> = rows.iter().map(|a| a.reference.as_str()).collect();
    assert_eq!(
        refs,
        [
            "3.1", "3.1", "3.1", "4.1", "4.2", "4.2", "5.1", "5.1", "5.1", "5.1", "6.1", "6.1",
            "6.1", "9.2"
        ]
    );
    assert_eq!(rows[0].owners.len(), 2, "CT & JR are two owners");
}

#[test]
fn leicester_log_as_of_2017_02_01() {
    let v = leicester();
    let r = req(&v, "2017-02-01");
    assert_eq!(
        ids(&action::overdue(&r).unwrap()),
        [
            "a-2016-12-08-01",
            "a-2016-12-08-02",
            "a-2016-12-08-03",
            "a-2016-12-08-05",
            "a-2016-12-08-07",
            "a-2016-12-08-09",
            "a-2016-12-08-10",
            "a-2016-12-08-11",
            "a-2016-12-08-14",
        ]
    );
    assert_eq!(
        ids(&action::undated(&r).unwrap()),
        [
            "a-2016-10-20-3.1",
            "a-2016-10-20-7.1.2",
            "a-2016-10-20-7.4",
            "a-2016-10-20-8.1",
            "a-2016-10-20-9.2",
            "a-2016-12-08-06",
        ]
    );
    assert_eq!(ids(&action::completed(&r).unwrap()), ["a-2016-12-08-12"]);
    // Statuses recorded in the matters arising of 8 December flow into the October actions.
    let log = action::log(&r).unwrap();
    let status = |id: &str| log.entries.iter().find(|e| e.id == id).unwrap().status;
    assert_eq!(status("a-2016-10-20-3.1"), Status::Outstanding);
    assert_eq!(status("a-2016-10-20-7.1.2"), Status::InProgress);
    assert_eq!(status("a-2016-10-20-7.4"), Status::OnAgenda);
    assert_eq!(status("a-2016-10-20-8.1"), Status::OnAgenda);
    assert_eq!(status("a-2016-10-20-9.2"), Status::OnGoing);
    let before = action::log(&req(&v, "2016-11-01")).unwrap();
    assert!(before.entries.iter().all(|e| e.status == Status::Open));
    assert_eq!(before.entries.len(), 5);
    // JR owns action 01 as a member though not at the meeting; the chair role resolves.
    let e1 = log
        .entries
        .iter()
        .find(|e| e.id == "a-2016-12-08-01")
        .unwrap();
    assert_eq!(
        serde_json::to_value(&e1.owners).unwrap(),
        json!([{"person": "p-ct"}, {"person": "p-jr"}])
    );
    let e4 = log
        .entries
        .iter()
        .find(|e| e.id == "a-2016-12-08-04")
        .unwrap();
    assert_eq!(
        serde_json::to_value(&e4.owners).unwrap(),
        json!([{"person": "p-chair"}])
    );
    assert_eq!(e4.rag, ActionRag::Green); // due 1 March: 28 days away
}

#[test]
fn leicester_rules_find_9_2_due_before_raised() {
    let v = leicester();
    let d = doc(&v);
    let idx = d
        .actions
        .iter()
        .position(|a| a.id == "a-2016-12-08-14")
        .unwrap();
    let r = validate(&v);
    let path = format!("/actions/{idx}/due");
    assert_finding(&r, "action.due_before_raised", &path);
    // It is the only error; the October actions' owners are not recorded (info only).
    let errors: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity == boardkit::Severity::Error)
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect();
    assert_eq!(errors, [("action.due_before_raised", path.as_str())]);
    let warnings: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity == boardkit::Severity::Warning)
        .collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!(r.with_code("action.no_owner").count(), 5);
}

#[test]
fn leicester_carry_forward_to_february() {
    let v = leicester();
    let cf = action::carry_forward(&action::CarryForwardRequest {
        document: doc(&v),
        meeting: "m-2016-12-08".into(),
        as_of: "2017-02-01".parse().unwrap(),
    })
    .unwrap();
    assert_eq!(cf.next_meeting.as_deref(), Some("m-2017-02-09"));
    // 13 open rows of 8 December and the 5 October actions still open.
    assert_eq!(cf.matters_arising.len(), 18);
    assert!(cf
        .matters_arising
        .iter()
        .all(|m| m.action.as_deref() != Some("a-2016-12-08-12")));
    let flowed = action::flow_matters_arising(&action::FlowRequest { document: doc(&v) }).unwrap();
    assert_eq!(flowed.added, 5);
}

/// The action rules are units now; the constants keep the paths the old tables gave them.
#[test]
fn the_rule_constants_keep_their_old_paths() {
    assert_eq!(
        action::rules::DUE_BEFORE_RAISED.code,
        "action.due_before_raised"
    );
    assert_eq!(
        action::rules::MATTER_ARISING_UNMATCHED.code,
        "action.matter_arising_unmatched"
    );
    assert_eq!(action::record_rules::NO_ORIGIN.code, "action.no_origin");
    assert_eq!(
        action::record_rules::MILESTONE_OVERDUE.code,
        "action.milestone_overdue"
    );
    assert_eq!(action::RULES.len(), 21);
    assert!(action::rules::UNITS
        .iter()
        .all(|u| boardkit::catalogue::unit(u.rule.code).is_some()));
}

/// One action breaking rules at every stage of the walk: its findings come in the order
/// the walk has always given (the references to other records among them), place by
/// place within its dues, owners and history.
#[test]
fn one_actions_findings_keep_their_order() {
    let v = with(vec![
        json!({
            "id": "a1", "ref": "2", "description": "Circulate the report.",
            "owners": [{"initials": "ZZ"}, {"initials": "DC"}, {"initials": "YY"}],
            "due": "2016-10-01", "raised_at": "m1",
            "revised_due": [{"due": {"meeting": "m-gone"}, "meeting": "m-gone"}, {"due": "2016-09-01"}],
            "history": [
                {"date": "2016-11-10", "status": "completed", "meeting": "m-gone"},
                {"date": "2016-10-01", "status": "open", "meeting": "m-gone"}
            ],
            "status_text": "Parked",
            "superseded_by": "a-gone",
            "milestones": [{"description": "Draft", "due": "2016-10-30"}]
        }),
        json!({
            "id": "a2", "ref": "2", "description": "circulate  the REPORT.",
            "owners": [{"initials": "DC"}], "due": "2016-12-01", "raised_at": "m1"
        }),
    ]);
    let r = validate_as_of(&v, "2016-12-20");
    let got: Vec<(&str, &str)> = r
        .findings
        .iter()
        .filter(|f| f.path.starts_with("/actions/"))
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect();
    let want = [
        ("action.due_before_raised", "/actions/0/due"),
        (
            "action.due_unresolved",
            "/actions/0/revised_due/0/due/meeting",
        ),
        ("action.due_before_raised", "/actions/0/revised_due/1/due"),
        ("action.owner_unresolved", "/actions/0/owners/0"),
        ("action.owner_unresolved", "/actions/0/owners/2"),
        ("board.unknown_reference", "/actions/0/history/0/meeting"),
        ("action.history_out_of_order", "/actions/0/history/1/date"),
        ("action.history_before_raised", "/actions/0/history/1/date"),
        ("board.unknown_reference", "/actions/0/history/1/meeting"),
        ("action.status_words_unknown", "/actions/0/status_text"),
        ("action.completed_late", "/actions/0/closed_on"),
        ("board.unknown_reference", "/actions/0/superseded_by"),
        (
            "board.unknown_reference",
            "/actions/0/revised_due/0/meeting",
        ),
        ("action.overdue", "/actions/1/due"),
        ("action.duplicate", "/actions/1/description"),
    ];
    assert_eq!(got, want);
}
