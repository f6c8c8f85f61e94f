//! The action log as the field keeps it: actions raised by plans, dues of every form,
//! revised dues and slips, owners changing hands, the board's own RAG, status words,
//! late completions, superseded and merged actions; each new rule broken on purpose and
//! each query checked.
use crate::common;
use boardkit::action::queries;
use boardkit::index::Index;
use common::*;
use serde_json::{json, Value};

fn action(extra: Value) -> Value {
    let mut a = json!({
        "id": "a1", "ref": "2", "description": "Circulate the report.",
        "owners": [{"person": "p-dcs"}], "due": "2016-11-30", "raised_at": "m1"
    });
    for (k, v) in extra.as_object().unwrap() {
        if v.is_null() {
            a.as_object_mut().unwrap().remove(k);
        } else {
            a[k] = v.clone();
        }
    }
    a
}

fn with(actions: Vec<Value>) -> Value {
    let mut v = base();
    set(&mut v, "/actions", Value::Array(actions));
    v
}

fn action_findings(v: &Value, as_of: Option<&str>) -> Vec<(String, String)> {
    let r = match as_of {
        Some(d) => validate_as_of(v, d),
        None => validate(v),
    };
    r.findings
        .into_iter()
        .filter(|f| f.path.starts_with("/actions"))
        .map(|f| (f.code.to_string(), f.path))
        .collect()
}

fn one(code: &str, path: &str) -> Vec<(String, String)> {
    vec![(code.to_string(), path.to_string())]
}

#[test]
fn an_action_raised_by_a_plan_needs_no_meeting() {
    let v = with(vec![action(json!({
        "raised_at": null,
        "raised_by": {"kind": "business_plan", "title": "Business Plan 2016-18",
                      "date": "2016-04-01", "body": "b-lscb",
                      "priority": "Priority 2", "objective": "2.1"},
        "outcome_measures": ["Re-referrals within 12 months fall"],
        "milestones": [{"description": "Draft", "due": "2016/17-Q2"}],
        "owners": [{"group": "g-office"}]
    }))]);
    assert_eq!(action_findings(&v, None), vec![]);
    let d = doc(&v);
    assert_eq!(
        boardkit::action::raised_on(&d, &d.actions[0]),
        Some("2016-04-01".parse().unwrap())
    );
    // Neither a meeting nor a plan: nothing says where it came from.
    let v = with(vec![action(json!({"raised_at": null}))]);
    assert!(action_findings(&v, None).contains(&(
        "action.no_origin".to_string(),
        "/actions/0/raised_at".to_string()
    )));
}

#[test]
fn dues_of_every_form_resolve() {
    let cases = [
        ("2016/17-Q3", Some("2016-12-31")),
        ("2016-Q4", Some("2016-12-31")),
        ("2017-01", Some("2017-01-31")),
        ("ongoing", None),
    ];
    for (due, want) in cases {
        let v = with(vec![action(json!({ "due": due }))]);
        let d = doc(&v);
        let got = boardkit::action::due_date(&d, &d.actions[0]).date();
        assert_eq!(got, want.map(|w| w.parse().unwrap()), "{due}");
    }
    // The next meeting of another body: the sub-group meets on 1 November.
    let mut v = with(vec![action(json!({"due": {"next_meeting_of": "b-sub"}}))]);
    push(
        &mut v,
        "/meetings",
        json!({"id": "s1", "body": "b-sub", "title": "Sub-group", "date": "2016-11-01", "status": "scheduled"}),
    );
    let d = doc(&v);
    assert_eq!(
        boardkit::action::due_date(&d, &d.actions[0]).date(),
        Some("2016-11-01".parse().unwrap())
    );
    // No later meeting of that body: unresolved, said at the body reference.
    set(&mut v, "/meetings/2/date", json!("2016-10-01"));
    assert_eq!(
        action_findings(&v, None),
        one("action.due_unresolved", "/actions/0/due/next_meeting_of")
    );
}

#[test]
fn revisions_keep_the_original_and_count_slips() {
    let v = with(vec![action(json!({
        "revised_due": [
            {"due": "2017-01-31", "on": "2016-12-08", "meeting": "m2", "note": "awaiting data"},
            {"due": "2017-03", "on": "2017-01-20"},
            {"due": "2017-02-28"}
        ]
    }))]);
    let d = doc(&v);
    let s = queries::slipped_in(&Index::new(&d));
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].original_due_on, Some("2016-11-30".parse().unwrap()));
    assert_eq!(s[0].due_on, Some("2017-02-28".parse().unwrap()));
    // Two moves later, one earlier.
    assert_eq!((s[0].slips, s[0].revisions), (2, 3));
    // Overdue is judged on the due in force.
    assert_eq!(action_findings(&v, Some("2017-02-01")), vec![]);
    assert_eq!(
        action_findings(&v, Some("2017-03-01")),
        one("action.overdue", "/actions/0/due")
    );
    // A revision before the meeting that raised the action is itself a finding.
    let v = with(vec![action(
        json!({"revised_due": [{"due": "2016-10-01"}]}),
    )]);
    assert_eq!(
        action_findings(&v, None),
        one("action.due_before_raised", "/actions/0/revised_due/0/due")
    );
}

#[test]
fn owners_change_hands_on_a_date() {
    let v = with(vec![action(json!({
        "due": "2017-06-30",
        "owner_changes": [{"on": "2017-01-01", "owners": [{"person": "p-pol"}], "meeting": "m2"}]
    }))]);
    assert_eq!(action_findings(&v, None), vec![]);
    let d = doc(&v);
    let ix = Index::new(&d);
    let before = queries::open_by_owner_in(&ix, "2016-12-01".parse().unwrap());
    let after = queries::open_by_owner_in(&ix, "2017-02-01".parse().unwrap());
    assert_eq!(
        before[0].owner,
        Some(boardkit::action::Owner::Person("p-dcs".into()))
    );
    assert_eq!(
        after[0].owner,
        Some(boardkit::action::Owner::Person("p-pol".into()))
    );
    let agencies = queries::open_by_agency_in(&ix, "2017-02-01".parse().unwrap());
    assert_eq!(agencies.len(), 1);
    assert_eq!(agencies[0].organisation.as_deref(), Some("o-pol"));
    assert_eq!(agencies[0].actions, vec!["a1".to_string()]);
    // An unknown meeting on the change is a broken reference.
    let mut v = v;
    set(
        &mut v,
        "/actions/0/owner_changes/0/meeting",
        json!("m-nowhere"),
    );
    assert_eq!(
        action_findings(&v, None),
        one(
            "board.unknown_reference",
            "/actions/0/owner_changes/0/meeting"
        )
    );
}

#[test]
fn open_actions_by_owner_and_agency_group_and_order() {
    let v = with(vec![
        action(
            json!({"id": "a1", "owners": [{"person": "p-pol"}, {"person": "p-dcs"}], "due": "2017-06-30"}),
        ),
        action(
            json!({"id": "a2", "ref": "3", "owners": [{"person": "p-dcs"}], "due": "2017-06-30"}),
        ),
        action(
            json!({"id": "a3", "ref": "4", "owners": [{"group": "g-office"}], "due": "2017-06-30"}),
        ),
        action(
            json!({"id": "a4", "ref": "5", "owners": [{"person": "p-dcs"}], "status": "completed", "closed_on": "2016-11-01"}),
        ),
    ]);
    let d = doc(&v);
    let ix = Index::new(&d);
    let as_of = "2016-12-01".parse().unwrap();
    let by_owner: Vec<(String, Vec<String>)> = queries::open_by_owner_in(&ix, as_of)
        .into_iter()
        .map(|g| (format!("{:?}", g.owner.unwrap()), g.actions))
        .collect();
    assert_eq!(
        by_owner,
        vec![
            ("Person(\"p-dcs\")".into(), vec!["a1".into(), "a2".into()]),
            ("Person(\"p-pol\")".into(), vec!["a1".into()]),
            ("Group(\"g-office\")".into(), vec!["a3".into()]),
        ]
    );
    let by_agency: Vec<(Option<String>, Vec<String>)> = queries::open_by_agency_in(&ix, as_of)
        .into_iter()
        .map(|g| (g.organisation, g.actions))
        .collect();
    assert_eq!(
        by_agency,
        vec![
            (Some("o-lcc".into()), vec!["a1".into(), "a2".into()]),
            (Some("o-pol".into()), vec!["a1".into()]),
            (None, vec!["a3".into()]),
        ]
    );
}

#[test]
fn completed_after_its_due_date_is_an_info_with_days_late() {
    let v = with(vec![action(
        json!({"status": "completed", "closed_on": "2016-12-08"}),
    )]);
    let r = validate(&v);
    let f: Vec<_> = r.with_code("action.completed_late").collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].path, "/actions/0/closed_on");
    assert_eq!(f[0].severity, boardkit::Severity::Info);
    assert!(f[0].message.contains("8 day(s)"), "{}", f[0].message);
    let d = doc(&v);
    let late = queries::late_completions_in(&Index::new(&d));
    assert_eq!(late[0].days_late, 8);
    // On time: silent.
    let v = with(vec![action(
        json!({"status": "completed", "closed_on": "2016-11-30"}),
    )]);
    assert_eq!(action_findings(&v, None), vec![]);
    // No completion date recorded: the premise is missing, the rule is silent (another
    // rule says the date is missing).
    let v = with(vec![action(json!({"status": "completed"}))]);
    assert!(validate(&v)
        .with_code("action.completed_late")
        .next()
        .is_none());
}

#[test]
fn the_boards_own_rag_beside_the_computed_one() {
    let v = with(vec![action(json!({"recorded_rag": "red"}))]);
    // Overdue on 1 December: red, as recorded.
    assert_eq!(
        action_findings(&v, Some("2016-12-01")),
        one("action.overdue", "/actions/0/due")
    );
    let v = with(vec![action(json!({"recorded_rag": "green"}))]);
    let got = action_findings(&v, Some("2016-12-01"));
    assert!(got.contains(&(
        "action.recorded_rag_differs".to_string(),
        "/actions/0/recorded_rag".to_string()
    )));
    // Without a date there is nothing to compare with.
    assert_eq!(action_findings(&v, None), vec![]);
}

#[test]
fn status_words_as_boards_write_them() {
    for (words, done) in [
        ("Actioned", true),
        ("COMPLETE", true),
        ("Closed – see item 5", true),
        ("On-going", false),
        ("Outstanding", false),
    ] {
        let v = with(vec![action(
            json!({"status_text": words, "closed_on": "2016-11-20", "due": "2017-06-30"}),
        )]);
        let d = doc(&v);
        let e = boardkit::action::log::entries(&d, "2016-12-01".parse().unwrap(), 14);
        assert_eq!(e[0].is_done(), done, "{words}");
    }
    let v = with(vec![action(json!({"status_text": "ALL TO NOTE"}))]);
    assert_eq!(
        action_findings(&v, None),
        one("action.status_words_unknown", "/actions/0/status_text")
    );
    // A typed status wins over the words: nothing to map.
    let v = with(vec![action(
        json!({"status_text": "ALL TO NOTE", "status": "open"}),
    )]);
    assert_eq!(action_findings(&v, None), vec![]);
}

#[test]
fn superseded_by_and_merged_into_name_actions_in_the_log() {
    let v = with(vec![
        action(json!({"status": "superseded", "closed_on": "2016-11-01", "superseded_by": "a2"})),
        action(json!({"id": "a2", "ref": "3"})),
    ]);
    assert_eq!(action_findings(&v, None), vec![]);
    let v = with(vec![action(json!({"merged_into": "a-nowhere"}))]);
    assert_eq!(
        action_findings(&v, None),
        one("board.unknown_reference", "/actions/0/merged_into")
    );
}

#[test]
fn the_person_who_acted_is_not_an_owner() {
    // "Actioned by" one of the owners: silent.
    let v = with(vec![action(json!({
        "owners": [{"person": "p-dcs"}, {"person": "p-pol"}],
        "status_text": "Actioned by PH", "actioned_by": {"initials": "PH"},
        "closed_on": "2016-11-20"
    }))]);
    assert_eq!(action_findings(&v, None), vec![]);
    // "To be actioned at this meeting by" someone else: the real irregularity.
    let v = with(vec![action(json!({
        "status_text": "To be actioned at this meeting by ND", "actioned_by": {"person": "p-ccg"}
    }))]);
    assert_eq!(
        action_findings(&v, None),
        one("action.actioned_by_not_owner", "/actions/0/actioned_by")
    );
    // The owner the action passed to later counts as an owner.
    let v = with(vec![action(json!({
        "owner_changes": [{"on": "2016-11-01", "owners": [{"person": "p-ccg"}]}],
        "actioned_by": {"person": "p-ccg"}
    }))]);
    assert_eq!(action_findings(&v, None), vec![]);
}
