//! Board documents with confidential material and a distinct sentinel planted in every
//! string field reachable from it (`ZqS<n>x`, must not survive a public version) and in
//! comparable places that are not confidential (`ZqP<n>x`, must survive).
//!
//! Used by core/tests/confidentiality.rs (a property test over random shapes) and to
//! write the fixture the C and JS tests read (tests/c/data/confidential.jsonl).
#![allow(dead_code)]

use serde_json::{json, Value};

/// How an item is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "3", with sub-item "3.1".
    Number,
    /// "Part C", with sub-item "Part C.1" (not a number: matched by exact string).
    Text,
}

/// One generated agenda item of the meeting under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Marked confidential.
    pub confidential: bool,
    /// How it is numbered.
    pub style: Style,
    /// It has a sub-item (not itself marked).
    pub sub: bool,
    /// How references write a numbered item's number: 0 as the agenda ("3"), 1 with a
    /// leading zero ("03"), 2 with a trailing dot ("3.").
    pub form: u8,
}

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// The meeting under test (m1) is marked wholly confidential.
    pub whole: bool,
    /// Its generated items, numbered from 2 (item 1 is a plain opening item).
    pub items: Vec<Item>,
}

/// A planted document and its sentinels.
pub struct Planted {
    pub doc: Value,
    /// Sentinels in confidential places, each with what it sits in.
    pub secret: Vec<(String, String)>,
    /// Sentinels in places that are not confidential.
    pub public: Vec<(String, String)>,
}

struct Sentinels {
    n: usize,
    secret: Vec<(String, String)>,
    public: Vec<(String, String)>,
}

impl Sentinels {
    /// A fresh sentinel for a field: secret when `tied`, public otherwise.
    fn s(&mut self, tied: bool, what: &str) -> String {
        self.n += 1;
        if tied {
            let s = format!("ZqS{}x", self.n);
            self.secret.push((s.clone(), what.to_string()));
            s
        } else {
            let s = format!("ZqP{}x", self.n);
            self.public.push((s.clone(), what.to_string()));
            s
        }
    }

    /// Host extensions whose key and value are one sentinel.
    fn ext(&mut self, tied: bool, what: &str) -> Value {
        let s = self.s(tied, what);
        json!({ s.clone(): s })
    }
}

fn number(k: usize, style: Style) -> String {
    match style {
        Style::Number => k.to_string(),
        Style::Text => format!("Part {}", (b'A' + (k % 26) as u8) as char),
    }
}

/// A reference to item `n` (a number as the agenda writes it) in the given form.
fn written(n: &str, style: Style, form: u8) -> String {
    match (style, form % 3) {
        (Style::Text, _) | (_, 0) => n.to_string(),
        (_, 1) => format!("0{n}"),
        _ => format!("{n}."),
    }
}

/// Everything an agenda item holds, with sentinels.
fn item_json(
    sn: &mut Sentinels,
    tied: bool,
    number: &str,
    confidential: bool,
    guest: &str,
) -> Value {
    json!({
        "number": number,
        "title": sn.s(tied, "item title"),
        "presenters": [{"initials": sn.s(tied, "presenter initials")}, {"person": guest}],
        "papers": [{"name": sn.s(tied, "paper name"), "appendices": [sn.s(tied, "paper appendix")]}],
        "minutes_allocated": 10,
        "confidential": confidential,
        "minutes": sn.s(tied, "item minutes"),
        "decisions": [{"letter": sn.s(tied, "decision letter"), "kind": "agreed",
                       "text": sn.s(tied, "decision text"),
                       "owner": {"initials": sn.s(tied, "decision owner initials")}}],
        "extensions": sn.ext(tied, "item extensions")
    })
}

fn action_json(
    sn: &mut Sentinels,
    tied: bool,
    id: &str,
    reference: &str,
    raised_at: &str,
) -> Value {
    json!({
        "id": id, "ref": reference,
        "description": sn.s(tied, "action description"),
        "owners": [{"initials": sn.s(tied, "action owner initials")}, {"person": "p-mgr"}],
        "due": "2017-03-31",
        "desired_outcome": sn.s(tied, "action desired outcome"),
        "raised_at": raised_at,
        "history": [{"date": "2016-11-01", "status": "in_progress", "meeting": raised_at,
                     "note": sn.s(tied, "action history note"),
                     "extensions": sn.ext(tied, "action history extensions")}],
        "extensions": sn.ext(tied, "action extensions")
    })
}

fn risk_json(sn: &mut Sentinels, tied: bool, id: &str, meeting: &str, minute: &str) -> Value {
    json!({
        "id": id,
        "title": sn.s(tied, "risk title"),
        "description": sn.s(tied, "risk description"),
        "category": sn.s(tied, "risk category"),
        "owner": sn.s(tied, "risk owner"),
        "raised": {"date": "2016-10-20", "meeting": meeting, "minute": minute},
        "status": "closed", "closed_on": "2016-12-08",
        "closed_reason": sn.s(tied, "risk closed reason"),
        "current": {"likelihood": 2, "impact": 3},
        "controls": [sn.s(tied, "risk control")],
        "history": [{"date": "2016-10-20", "likelihood": 2, "impact": 3, "meeting": meeting,
                     "note": sn.s(tied, "risk history note")}],
        "extensions": sn.ext(tied, "risk extensions")
    })
}

/// Build the document for a shape. Meetings of the board: m0 (September, public), m1
/// (October, the meeting under test), m2 (December, public: its matters arising and
/// previous-minutes approval refer back to m1).
pub fn plant(base: Value, shape: &Shape) -> Planted {
    let mut sn = Sentinels {
        n: 0,
        secret: Vec::new(),
        public: Vec::new(),
    };
    let sn = &mut sn;
    let whole = shape.whole;
    let any_confidential = whole || shape.items.iter().any(|i| i.confidential);
    let mut v = base;

    let mut people: Vec<Value> = Vec::new();
    let mut attendance: Vec<Value> = vec![
        json!({"person": "p-chair", "status": "present", "note": sn.s(whole, "attendance note"),
               "extensions": sn.ext(whole, "attendance extensions")}),
        json!({"person": "p-dcs", "status": "present"}),
        json!({"person": "p-pol", "status": "present"}),
        json!({"person": "p-lay", "status": "present"}),
        json!({"person": "p-ccg", "status": "apologies", "note": sn.s(whole, "apologies note")}),
        json!({"person": "p-dep", "status": "deputy", "deputy_for": "p-ccg"}),
        json!({"person": "p-mgr", "status": "minute_taker"}),
    ];
    let mut agenda: Vec<Value> = vec![json!({
        "number": "1", "title": sn.s(whole, "opening item title"), "standing": "welcome_and_apologies",
        "minutes": sn.s(whole, "opening item minutes")
    })];
    let mut declarations: Vec<Value> = Vec::new();
    let mut actions: Vec<Value> = Vec::new();
    let mut risks: Vec<Value> = Vec::new();
    let mut arising_m2: Vec<Value> = Vec::new();

    for (i, it) in shape.items.iter().enumerate() {
        let k = i + 2;
        let n = number(k, it.style);
        let tied = whole || it.confidential;
        let refn = written(&n, it.style, it.form);
        // A guest who attends only for this item and presents it.
        let guest = format!("p-guest-{k}");
        people
            .push(json!({"id": guest, "name": format!("Guest {k}"), "initials": format!("G{k}")}));
        attendance.push(json!({"person": guest, "status": "in_attendance",
            "note": sn.s(tied, "item-only attendee note"),
            "extensions": sn.ext(tied, "item-only attendee extensions")}));
        agenda.push(item_json(sn, tied, &n, it.confidential, &guest));
        declarations.push(
            json!({"person": {"initials": sn.s(tied, "declaration person initials")},
            "item": refn, "nature": sn.s(tied, "declaration nature")}),
        );
        let action = format!("a-{k}");
        actions.push(action_json(sn, tied, &action, &refn, "m1"));
        risks.push(risk_json(sn, tied, &format!("r-{k}"), "m1", &refn));
        // Matters arising at m2: by the action's id, and by ref alone.
        arising_m2.push(
            json!({"action_ref": refn, "action": action, "status": "in_progress",
            "note": sn.s(tied, "matter arising note (by id)")}),
        );
        arising_m2.push(json!({"action_ref": n, "status": "in_progress",
            "note": sn.s(tied, "matter arising note (by ref)")}));
        if it.sub {
            // Sub-item, not itself marked: tied through its parent. No action raised.
            let sub = format!("{n}.1");
            agenda.push(item_json(sn, tied, &sub, false, &guest));
            declarations.push(json!({"person": {"person": "p-pol"},
                "item": format!("{}.1", refn.trim_end_matches('.')),
                "nature": sn.s(tied, "sub-item declaration nature")}));
            risks.push(risk_json(sn, tied, &format!("r-{k}-1"), "m1", &sub));
            arising_m2.push(json!({"action_ref": sub, "status": "on_going",
                "note": sn.s(tied, "matter arising note (sub-item ref)")}));
        }
    }
    // Public records that refer to m1: an action raised at m0 with progress recorded at
    // m1 and m2; a risk raised at m0 reviewed at m1, linked to the actions of m1.
    actions.push(json!({
        "id": "a-m0", "ref": "1", "description": sn.s(false, "earlier action description"),
        "raised_at": "m0",
        "history": [
            {"date": "2016-10-20", "status": "in_progress", "meeting": "m1",
             "note": sn.s(whole, "earlier action note recorded at m1"),
             "extensions": sn.ext(whole, "earlier action history extensions at m1")},
            {"date": "2016-12-08", "status": "in_progress", "meeting": "m2",
             "note": sn.s(false, "earlier action note recorded at m2")}]
    }));
    let linked: Vec<String> = (0..shape.items.len())
        .map(|i| format!("a-{}", i + 2))
        .collect();
    risks.push(json!({
        "id": "r-m0", "title": sn.s(false, "earlier risk title"),
        "raised": {"date": "2016-09-01", "meeting": "m0", "minute": "1"},
        "status": "open", "linked_actions": linked,
        "history": [
            {"date": "2016-10-20", "likelihood": 2, "impact": 2, "meeting": "m1",
             "note": sn.s(whole, "earlier risk note recorded at m1")},
            {"date": "2016-12-08", "likelihood": 2, "impact": 2, "meeting": "m2",
             "note": sn.s(false, "earlier risk note recorded at m2")}]
    }));
    arising_m2.push(
        json!({"action_ref": "1", "action": "a-m0", "status": "in_progress",
        "note": sn.s(false, "matter arising about an earlier action")}),
    );

    let m0 = json!({
        "id": "m0", "body": "b-lscb", "title": sn.s(false, "earlier meeting title"),
        "date": "2016-09-01", "status": "minutes_approved",
        "agenda": [{"number": "1", "title": sn.s(false, "earlier item title")}],
        "next_meeting": {"date": "2016-10-20", "start": "09:15", "venue": sn.s(whole, "announced venue of m1"), "meeting": "m1"}
    });
    let m1 = json!({
        "id": "m1", "body": "b-lscb", "title": sn.s(whole, "meeting title"),
        "date": "2016-10-20", "start": "09:15", "end": "12:30",
        "venue": sn.s(whole, "meeting venue"), "status": "minutes_approved", "confidential": whole,
        "attendance": attendance, "agenda": agenda,
        "declarations": {"entries": declarations},
        "matters_arising": [{"action_ref": "1", "action": "a-m0", "status": "in_progress",
                             "note": sn.s(whole, "matter arising at m1")}],
        "previous_minutes": {"meeting": "m0", "note": sn.s(whole, "approval note at m1")},
        "next_meeting": {"date": "2016-12-08", "venue": sn.s(whole, "next meeting venue at m1"), "meeting": "m2"},
        "extensions": sn.ext(whole, "meeting extensions")
    });
    let m2 = json!({
        "id": "m2", "body": "b-lscb", "title": sn.s(false, "later meeting title"),
        "date": "2016-12-08", "status": "held",
        "agenda": [{"number": "1", "title": sn.s(false, "later item title")}],
        "matters_arising": arising_m2,
        "previous_minutes": {"meeting": "m1", "approved": false,
                             "note": sn.s(any_confidential, "amendment to m1's minutes")}
    });
    v["meetings"] = json!([m0, m1, m2]);
    if let Some(list) = v["people"].as_array_mut() {
        list.extend(people);
    }
    v["actions"] = json!(actions);
    v["risk_register"] = json!({
        "body": "b-lscb",
        "matrix": serde_json::to_value(boardkit::risk::Matrix::five_by_five()).unwrap(),
        "risks": risks
    });
    Planted {
        doc: v,
        secret: std::mem::take(&mut sn.secret),
        public: std::mem::take(&mut sn.public),
    }
}
