//! Long chains of links to confidential material (the public version follows every link): what the public version
//! follows from a confidential item through decisions, actions, matters arising at the
//! next meeting, risks, attendees for named items and acknowledgements.

use super::{body, document, meeting, person};
use serde_json::{json, Value};

/// `500 k` meetings in a row; at each, item 1 is confidential and its decision creates
/// two actions (refs of the open item 2), a guest attends for item 1 only, and the next
/// meeting's matters arising name those actions by id and by ref; a risk links and plans
/// each action; an acknowledgement points into each confidential item.
pub(super) fn chains(k: usize) -> Value {
    let n = 500 * k;
    let date = |i: usize| {
        format!(
            "{}-{:02}-{:02}",
            2000 + i / 336,
            1 + (i / 28) % 12,
            1 + i % 28
        )
    };
    let mut meetings = Vec::with_capacity(n);
    let mut actions = Vec::with_capacity(2 * n);
    let mut risks = Vec::with_capacity(n);
    let mut acks = Vec::with_capacity(n);
    for i in 0..n {
        let (a, b) = (format!("a-{}", 2 * i), format!("a-{}", 2 * i + 1));
        let mut m = meeting(
            &format!("m-{i}"),
            &date(i),
            vec![json!({"person": format!("p-{i}"), "status": "in_attendance", "items": ["1"]})],
        );
        m["agenda"] = json!([
            {"number": "1", "title": "Case", "confidential": true,
             "decisions": [{"kind": "agreed", "text": "Agreed.", "actions": [a, b]}]},
            {"number": "2", "title": "Open"}
        ]);
        if i > 0 {
            let prev = (format!("a-{}", 2 * i - 2), format!("a-{}", 2 * i - 1));
            m["matters_arising"] = json!([
                {"action": prev.0, "action_ref": "2", "status": "open"},
                {"action_ref": "2", "status": "open"}
            ]);
        }
        meetings.push(m);
        for id in [&a, &b] {
            actions.push(json!({"id": id, "ref": "2", "description": "Action",
                                "raised_at": format!("m-{i}")}));
        }
        risks.push(
            json!({"id": format!("r-{i}"), "title": "Risk", "status": "open",
                          "raised": {"meeting": format!("m-{i}"), "minute": "2"},
                          "linked_actions": [a, b],
                          "planned_actions": [{"description": "Plan", "action": a}]}),
        );
        acks.push(json!({"code": "meeting.presenter_not_recorded",
                         "path": format!("/meetings/{i}/agenda/0/presenters/0"),
                         "by": "p-0", "on": date(i), "reason": "Agreed."}));
    }
    let mut b = body("b", vec![]);
    b["constitution"] = json!({"acknowledgements": acks});
    let mut d = document(
        (0..n).map(|i| person(i, "AB")).collect(),
        vec![b],
        meetings,
        actions,
    );
    d["risk_register"] = super::more::register_of(risks);
    d
}
