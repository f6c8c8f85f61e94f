//! Planting for the sentinel tests of the public version (shared by the core and render
//! tests): a template document whose every free text is `"T"`, each replaced by a distinct
//! sentinel, and for each sentinel whether the public version must withhold it, decided
//! from the classification table (`boardkit::public::fields`) and the list of record
//! instances the template ties to confidential material, never from the code under test.
#![allow(dead_code)]

use boardkit::public::fields::{record, Class};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// One planted sentinel.
#[derive(Debug, Clone)]
pub struct Sentinel {
    pub text: String,
    /// The record type and field it is planted in (`AgendaItem.title`).
    pub field: (String, String),
    pub path: String,
    pub withheld: bool,
}

/// Record instances (JSON Pointers into the template) tied to confidential material, by
/// the definitions of `boardkit::public`, worked out by hand.
pub const TIED: &[&str] = &[
    "/challenges/0",                  // the challenge log is always withheld
    "/meetings/0/agenda/1",           // item 2, marked
    "/meetings/0/agenda/2",           // item 2(a), beneath it
    "/meetings/0/agenda/3",           // item 4, in the closed part
    "/meetings/0/parts/1",            // the closed part
    "/meetings/0/agenda/1/exemption", // the ground of item 2
    "/meetings/0/parts/1/exemption",  // the ground of the closed part
    "/meetings/0/attendance/2",       // a guest for item 2 only
    "/meetings/0/attendance/3",       // a presenter of item 2 only
    "/meetings/0/declarations/entries/0",
    "/meetings/0/next_meeting", // m2, wholly confidential
    "/meetings/1",              // m2
    "/meetings/2/matters_arising/0",
    "/meetings/2/previous_minutes",              // of m2
    "/actions/0",                                // ref 2/1 under item 2
    "/actions/1",                                // created by item 2's decision
    "/actions/2/revised_due/0",                  // agreed at m2
    "/actions/2/owner_changes/0",                // recorded at m2
    "/actions/2/history/0",                      // recorded at m2
    "/actions/3",                                // raised at m2
    "/actions/4",                                // B2: undecided beside confidential 2
    "/risk_register/risks/0",                    // raised under item 2(i)
    "/risk_register/risks/1/planned_actions/0",  // names actions/1
    "/risk_register/risks/1/history/0",          // recorded at m2
    "/people/2",                                 // the guest: named only where withheld
    "/people/3",                                 // the presenter
    "/bodies/0/constitution/acknowledgements/0", // into item 2
    "/bodies/0/constitution/acknowledgements/1", // agreed at m2
    "/funding_decisions/0",                      // marked confidential
];

/// Fields whose strings are references (ids, item numbers, paths, codes): the template
/// sets them to link records, so they are not planted.
pub const REFERENCES: &[(&str, &str)] = &[
    ("Acknowledgement", "by"),
    ("Acknowledgement", "code"),
    ("Acknowledgement", "meeting"),
    ("Acknowledgement", "path"),
    ("Action", "id"),
    ("Action", "merged_into"),
    ("Action", "raised_at"),
    ("Action", "ref"),
    ("Action", "superseded_by"),
    ("AgendaItem", "number"),
    ("AgendaItem", "part"),
    ("Attendance", "also_deputy_for"),
    ("Attendance", "deputy_for"),
    ("Attendance", "items"),
    ("Attendance", "organisation"),
    ("Attendance", "person"),
    ("Attendance", "seat"),
    ("Decision", "actions"),
    ("Declaration", "item"),
    ("FundingDecision", "decided_by"),
    ("FundingDecision", "funder"),
    ("FundingDecision", "id"),
    ("FundingDecision", "lead_officer"),
    ("MatterArising", "action"),
    ("MatterArising", "action_ref"),
    ("Meeting", "body"),
    ("Meeting", "id"),
    ("MeetingPart", "id"),
    ("MinutesApproval", "meeting"),
    ("NextMeeting", "meeting"),
    ("OwnerChange", "meeting"),
    ("Person", "id"),
    ("Person", "organisation"),
    ("PlannedAction", "action"),
    ("PlanRef", "body"),
    ("Raised", "meeting"),
    ("Raised", "minute"),
    ("Revision", "meeting"),
    ("Risk", "applies_to"),
    ("Risk", "id"),
    ("Risk", "linked_actions"),
    ("Risk", "owner"),
    ("Risk", "owning_body"),
    ("StatusChange", "meeting"),
    ("HistoryEntry", "meeting"),
    ("Owner", "person"),
    ("Owner", "group"),
    ("PersonRef", "person"),
    ("Due", "meeting"),
    ("Due", "next_meeting_of"),
    ("When", "meeting"),
    ("Recipient", "body"),
    ("StatedSubtotal", "recipients"),
    // The board, budgets and scorecards: ids, references and kinds.
    ("Organisation", "id"),
    ("Body", "id"),
    ("Body", "reports_to"),
    ("Member", "organisation"),
    ("Member", "person"),
    ("Member", "recorded_at"),
    ("Member", "seat"),
    ("Seat", "id"),
    ("Seat", "organisation"),
    ("SeatAllocation", "organisation"),
    ("Group", "id"),
    ("Group", "people"),
    ("RuleSetting", "code"),
    ("KeyCode", "code"),
    ("RiskRegister", "body"),
    ("Budget", "body"),
    ("Additional", "organisation"),
    ("Allocation", "kind"),
    ("BoardShare", "body"),
    ("Criterion", "id"),
    ("Formula", "kind"),
    ("Formula", "partners"),
    ("InKind", "organisation"),
    ("JointPayment", "organisation"),
    ("Measure", "criterion"),
    ("PartnerAmount", "organisation"),
    ("PartnerPopulation", "organisation"),
    ("PartnerShare", "organisation"),
    ("PartnerWeight", "organisation"),
    ("Scorecard", "body"),
    ("Scorecard", "id"),
    ("Indicator", "id"),
    ("Indicator", "lead_officer"),
    ("Indicator", "parent"),
    ("RegisteredInterest", "person"),
    ("YearlyReport", "signed_off_by"),
    ("LeadPartner", "organisation"),
    ("LeadPartner", "lead"),
    ("LeadPartner", "delegates"),
    ("PartnerSignOff", "by"),
];

/// The template: every free text `"T"`.
pub fn template() -> Value {
    json!({
        "schema_version": 5,
        "organisations": [{"id": "o1", "name": "T", "sector": "local_authority"}],
        "people": [
            {"id": "p-chair", "name": "T", "initials": "T", "post": "T"},
            {"id": "p-dcs", "name": "T", "initials": "T", "aliases": ["T"]},
            {"id": "p-guest", "name": "T", "initials": "T", "post": "T", "offices": ["T"], "aliases": ["T"], "extensions": {"k": "T"}},
            {"id": "p-pres", "name": "T", "initials": "T"}
        ],
        "bodies": [{"id": "b", "name": "T", "kind": "board",
            "history": [{"name": "T", "kind": "joint_board", "until": "2015-03-31", "extensions": {"k": "T"}}],
            "members": [{"person": "p-chair", "category": "statutory", "role": "independent_chair"},
                        {"person": "p-dcs", "category": "statutory"}],
            "groups": [{"id": "g1", "name": "T", "people": ["p-dcs"]}],
            "named_seats": [{"id": "s1", "name": "T"}],
            "statutory": {"interests_register": [{"person": "p-dcs", "interest": "T", "nature": "T"}],
                          "yearly_reports": [{"published": "2019-01-31", "signed_off_by": ["p-chair"],
                                              "partner_sign_offs": [{"partner": "local_authority", "on": "2019-01-30", "by": "p-dcs"}],
                                              "contents": ["objective"], "sent_to": ["local_healthwatch"]}],
                          "lead_partners": [{"partner": "local_authority", "organisation": "o1", "lead": "p-dcs", "delegates": ["p-chair"]}],
                          "funding_arrangements": [{"period_from": "2019-04-01", "period_to": "2020-03-31",
                                                    "partner_sign_offs": [{"partner": "chief_officer_of_police", "on": "2019-03-01"}]}],
                          "scrutiny_arrangements": [{"period_from": "2019-04-01",
                                                     "partner_sign_offs": [{"partner": "integrated_care_board", "by": "p-chair"}]}]},
            "constitution": {"acknowledgements": [
                {"code": "meeting.presenter_not_recorded", "path": "/meetings/0/agenda/1/presenters/0", "by": "p-chair", "on": "2019-03-14", "reason": "T"},
                {"code": "meeting.inquorate", "path": "/meetings/2", "meeting": "m2", "by": "p-chair", "on": "2019-04-11", "reason": "T"},
                {"code": "meeting.inquorate", "path": "/meetings/2", "by": "p-chair", "on": "2019-05-09", "reason": "T"}
            ], "rule_settings": [{"code": "meeting.inquorate", "off": true, "reason": "T"}]}}],
        "meetings": [
            {"id": "m1", "body": "b", "title": "T", "date": "2019-03-14", "venue": "T", "status": "minutes_approved",
             "versions": [{"label": "T"}],
             "parts": [{"id": "pa", "name": "T"}, {"id": "pb", "name": "T", "confidential": true,
                        "exemption": {"paragraph": 1, "public_interest": "T"}}],
             "attendance": [
                {"person": "p-chair", "status": "present", "note": "T"},
                {"person": "p-dcs", "status": "present"},
                {"person": "p-guest", "status": "in_attendance", "items": ["2"], "code": "T", "note": "T", "extensions": {"k": "T"}},
                {"person": "p-pres", "status": "in_attendance", "note": "T"}
             ],
             "agenda": [
                {"number": "1", "title": "T", "minutes": "T", "papers": [{"name": "T", "appendices": ["T"]}],
                 "decisions": [{"kind": "agreed", "text": "T", "letter": "T", "owner": {"name": "T"},
                                "access": {"executive": true, "reasons": "T", "alternatives_rejected": "T"}}]},
                {"number": "2", "title": "T", "confidential": true, "minutes": "T", "refers_to": "T",
                 "exemption": {"paragraph": 2, "public_interest": "T"},
                 "presenters": [{"person": "p-pres"}, {"initials": "T"}], "papers": [{"name": "T", "appendices": ["T"]}],
                 "extensions": {"k": "T"},
                 "decisions": [{"kind": "agreed", "text": "T", "letter": "T", "owner": {"initials": "T"},
                                "owners": [{"name": "T"}], "proposer": {"name": "T"}, "actions": ["a-dec"]}]},
                {"number": "2(a)", "title": "T", "minutes": "T"},
                {"number": "4", "title": "T", "part": "pb", "minutes": "T"},
                {"number": "5", "title": "T", "minutes": "T", "part": "pa"},
                {"number": "A2", "title": "T", "minutes": "T"}
             ],
             "declarations": {"entries": [
                {"person": {"name": "T"}, "item": "2", "nature": "T"},
                {"person": {"initials": "T"}, "item": "5", "nature": "T"}
             ]},
             "next_meeting": {"date": "2019-04-11", "venue": "T", "meeting": "m2"}},
            {"id": "m2", "body": "b", "title": "T", "date": "2019-04-11", "venue": "T", "status": "held", "confidential": true,
             "attendance": [{"person": "p-chair", "status": "present", "note": "T"}],
             "agenda": [{"number": "1", "title": "T", "minutes": "T"}],
             "matters_arising": [{"action_ref": "5", "status": "open", "note": "T"}],
             "extensions": {"k": "T"}},
            {"id": "m3", "body": "b", "title": "T", "date": "2019-05-09", "venue": "T", "status": "held",
             "matters_arising": [
                {"action": "a-dec", "action_ref": "5", "status": "open", "note": "T", "page": "T", "section": "T", "minute_ref": "T"},
                {"action": "a-open", "action_ref": "5", "status": "open", "note": "T"}
             ],
             "previous_minutes": {"meeting": "m2", "amendments": ["T"], "note": "T"},
             "agenda": [{"number": "1", "title": "T"}]}
        ],
        "actions": [
            {"id": "a-item", "ref": "2/1", "description": "T", "raised_at": "m1", "owners": [{"name": "T"}],
             "desired_outcome": "T", "outcome_measures": ["T"], "status_text": "T",
             "milestones": [{"description": "T"}], "raised_by": {"kind": "audit", "title": "T", "priority": "T", "objective": "T"},
             "extensions": {"k": "T"}},
            {"id": "a-dec", "ref": "5", "description": "T", "raised_at": "m1", "owners": [{"initials": "T"}],
             "history": [{"date": "2019-05-09", "status": "in_progress", "note": "T"}]},
            {"id": "a-open", "ref": "5", "description": "T", "raised_at": "m1", "owners": [{"name": "T"}],
             "revised_due": [{"due": "2019-06-30", "meeting": "m2", "note": "T"}, {"due": "2019-07-31", "note": "T"}],
             "owner_changes": [{"on": "2019-04-11", "meeting": "m2", "owners": [{"name": "T"}]},
                               {"on": "2019-05-09", "meeting": "m3", "owners": [{"name": "T"}]}],
             "history": [{"date": "2019-04-11", "status": "in_progress", "meeting": "m2", "note": "T", "extensions": {"k": "T"}},
                         {"date": "2019-05-09", "status": "in_progress", "meeting": "m3", "note": "T"}]},
            {"id": "a-m2", "ref": "1", "description": "T", "raised_at": "m2", "actioned_by": {"name": "T"}},
            {"id": "a-undecided", "ref": "B2", "description": "T", "raised_at": "m1"}
        ],
        "risk_register": {
            "title": "T",
            "stated_counts": [{"category": "T", "count": 1}],
            "matrix": serde_json::to_value(boardkit::risk::Matrix::five_by_five()).unwrap(),
            "risks": [
                {"id": "r-item", "title": "T", "description": "T", "category": "T", "causes": ["T"], "consequences": ["T"],
                 "comments": "T", "controls": ["T", {"description": "T"}], "status": "open",
                 "raised": {"meeting": "m1", "minute": "2(i)"}, "planned_actions": [{"description": "T"}],
                 "history": [{"date": "2019-03-14", "note": "T"}, {"period_label": "T", "score": 4}], "extensions": {"k": "T"}},
                {"id": "r-open", "title": "T", "description": "T", "status": "closed", "closed_on": "2019-05-09", "closed_reason": "T",
                 "raised": {"meeting": "m1", "minute": "5"},
                 "linked_actions": ["a-dec", "a-open"],
                 "planned_actions": [{"description": "T", "action": "a-dec"}, {"description": "T", "action": "a-open"}],
                 "history": [{"date": "2019-04-11", "meeting": "m2", "note": "T"}, {"date": "2019-05-09", "meeting": "m3", "note": "T"}]}
            ]
        },
        "funding_decisions": [
            {"id": "d1", "funder": "o1", "confidential": true, "title": "T", "reference": "T", "declaration": "T", "purpose": "T",
             "stated_subtotals": [{"amount": 100, "recipients": ["b"], "label": "T"}],
             "conditions": ["T"], "allocation": {"kind": "per_area", "amount": 100}, "recipients": [{"body": "b"}]},
            {"id": "d2", "funder": "o1", "title": "T", "reference": "T", "conditions": ["T"],
             "purpose": "T", "status": "approved", "key_decision": true, "subject_to_call_in": false,
             "stated_subtotals": [{"amount": 100, "recipients": ["b"], "stated_count": 1, "label": "T"}],
             "allocation": {"kind": "per_area", "amount": 100}, "recipients": [{"body": "b", "payee": "T", "extensions": {"k": "T"}}],
             "central": [{"amount": 1, "description": "T", "holder": "T"}],
             "earlier_methods": [{"method": "T"}]},
            {"id": "d3", "funder": "o1", "title": "T",
             "allocation": {"kind": "weighted", "criteria": [{"id": "c1", "name": "T", "basis_points": 10000}]},
             "recipients": [{"body": "b", "measures": [{"criterion": "c1", "value": 1}]}]}
        ],
        "budgets": [{"year": "2019/20", "body": "b", "baseline": 100,
            "formula": {"kind": "percentages", "shares": [{"organisation": "o1", "basis_points": 10000}]},
            "additional": [{"organisation": "o1", "amount": 1, "description": "T"}],
            "in_kind": [{"organisation": "o1", "value": 1, "description": "T"}],
            "joint_payments": [{"organisation": "o1", "payment": 100, "boards": [{"body": "b", "basis_points": 10000}],
                                "description": "T"}],
            "expenditure": [{"heading": "T", "budgeted": 100, "actual": 90}],
            "reserves": [{"kind": "serious_case_review", "name": "T", "opening": 0}],
            "extensions": {"k": "T"}}],
        "scorecards": [{"id": "sc1", "title": "T", "body": "b", "extensions": {"k": "T"},
            "indicators": [{"id": "i1", "name": "T", "number": "T", "note": "T", "unit": "count",
                            "frequency": "annual", "polarity": "lower_is_better", "extensions": {"k": "T"},
                            "values": [{"period": "2018-04", "value": 10, "note": "T"},
                                       {"period": "2019-04", "value": 8}]}]}],
        "challenges": [{"id": "T", "body": "T", "raised_at": "T", "raised_by": "T",
            "raised_by_organisation": "T", "challenged": "T", "challenged_person": "T",
            "subject": "T", "description": "T", "response": "T", "actions": ["T"],
            "status": "open", "extensions": {"k": "T"}}],
        "extensions": {"k": "T"}
    })
}

struct Planter<'s> {
    defs: &'s Map<String, Value>,
    tied: BTreeSet<&'static str>,
    out: Vec<Sentinel>,
}

/// A step of a path: the record type and instance holding a field, and the field.
#[derive(Clone)]
struct Step {
    record: String,
    at: String,
    field: String,
}

impl Planter<'_> {
    /// The schema a `$ref` names, with its name.
    fn deref<'a>(&'a self, s: &'a Value) -> (Option<&'a str>, &'a Value) {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.trim_start_matches("#/$defs/");
                (Some(name), self.defs.get(name).unwrap_or(s))
            }
            None => (None, s),
        }
    }

    /// The object variant of a schema that has every key of `o`.
    fn variant<'a>(
        &'a self,
        s: &'a Value,
        o: &Map<String, Value>,
    ) -> Option<(Option<&'a str>, &'a Value)> {
        let (name, s) = self.deref(s);
        if let Some(p) = s.get("properties").and_then(Value::as_object) {
            if o.keys().all(|k| p.contains_key(k)) {
                return Some((name, s));
            }
        }
        for key in ["anyOf", "oneOf", "allOf"] {
            for v in s.get(key).and_then(Value::as_array).into_iter().flatten() {
                if let Some((n, found)) = self.variant(v, o) {
                    return Some((n.or(name), found));
                }
            }
        }
        None
    }

    fn walk(&mut self, v: &mut Value, schema: &Value, record: &str, at: &str, steps: &[Step]) {
        match v {
            Value::String(s) if s == "T" => {
                let Some(last) = steps.last() else { return };
                let withheld = steps.iter().any(|st| {
                    self.tied.contains(st.at.as_str())
                        && record_class(&st.record, &st.field) == Some(Class::Withheld)
                });
                // The C and JS tests' convention: ZqS<n>x withheld, ZqP<n>x public.
                let kind = if withheld { 'S' } else { 'P' };
                let text = format!("Zq{kind}{}x", self.out.len());
                self.out.push(Sentinel {
                    text: text.clone(),
                    field: (last.record.clone(), last.field.clone()),
                    path: at.to_string(),
                    withheld,
                });
                *s = text;
            }
            Value::Array(a) => {
                let (_, s) = self.deref(schema);
                let items = find(self, s, "items").cloned().unwrap_or(Value::Null);
                for (i, x) in a.iter_mut().enumerate() {
                    self.walk(x, &items, record, &format!("{at}/{i}"), steps);
                }
            }
            Value::Object(o) => {
                let (name, s) = match self.variant(schema, o) {
                    Some((n, s)) => (
                        n.map(str::to_string).unwrap_or(record.to_string()),
                        s.clone(),
                    ),
                    None => (record.to_string(), Value::Null),
                };
                let props = s.get("properties").cloned().unwrap_or(Value::Null);
                for (k, x) in o.iter_mut() {
                    let mut st = steps.to_vec();
                    // Inside extensions (host data, no schema), the field is `extensions`.
                    if !props.is_null() {
                        st.push(Step {
                            record: name.clone(),
                            at: at.to_string(),
                            field: k.clone(),
                        });
                    }
                    let sub = props.get(k.as_str()).cloned().unwrap_or(Value::Null);
                    self.walk(x, &sub, &name, &format!("{at}/{k}"), &st);
                }
            }
            _ => {}
        }
    }
}

/// A keyword of a schema, looked for in its variants too (`items` of an optional list).
fn find<'a>(p: &'a Planter<'_>, s: &'a Value, key: &str) -> Option<&'a Value> {
    if let Some(v) = s.get(key) {
        return Some(v);
    }
    for k in ["anyOf", "oneOf", "allOf"] {
        for v in s.get(k).and_then(Value::as_array).into_iter().flatten() {
            let (_, v) = p.deref(v);
            if let Some(found) = find(p, v, key) {
                return Some(found);
            }
        }
    }
    None
}

fn record_class(record_name: &str, field: &str) -> Option<Class> {
    record(record_name).and_then(|r| r.class(field))
}

/// The template planted: the document and its sentinels.
pub fn planted(schema: &Value) -> (Value, Vec<Sentinel>) {
    let defs = schema["$defs"].as_object().unwrap();
    let mut p = Planter {
        defs,
        tied: TIED.iter().copied().collect(),
        out: Vec::new(),
    };
    let mut doc = template();
    p.walk(&mut doc, schema, "BoardDocument", "", &[]);
    (doc, p.out)
}
