//! The board area's findings in the order its walk has always made them, each rule now a
//! unit of one board stage (sorted into that order) or of the profiles' two stages: the
//! ids of organisations, people and bodies, the people's organisations, then body by body
//! (reporting lines entry by entry, memberships over time, members, groups), then the
//! reporting cycles; the profiles' own findings come last, after every other area's. The
//! expected list follows the walk before the rules became units.
use crate::common::*;
use serde_json::json;

#[test]
fn a_board_breaking_many_rules_reports_them_in_the_walks_order() {
    let mut v = base();
    push(
        &mut v,
        "/people",
        json!({"id": "p-chair", "name": "Second Chair", "organisation": "o-none"}),
    );
    push(
        &mut v,
        "/people",
        json!({"id": "p-twin", "name": "Chair Twin", "initials": "CP"}),
    );
    set(
        &mut v,
        "/bodies/1",
        json!({
            "id": "b-sub", "name": "Audit Sub-group", "kind": "sub_group",
            "reports_to": ["b-x", "b-x", "b-sub"],
            "members": [
                {"person": "p-chair", "category": "statutory", "seat": "s-none",
                 "from": "2017-01-01", "until": "2016-01-01"},
                {"person": "p-chair", "category": "statutory"},
                {"person": "p-ghost", "organisation": "o-none", "category": "statutory",
                 "role": "lead_member", "voting": true},
                {"person": "p-twin", "category": "statutory"}
            ],
            "groups": [{"id": "g1", "name": "Group", "people": ["p-ghost"]}],
            "constitution": {
                "rule_settings": [{"code": "no.such", "reason": "A reason."}],
                "acknowledgements": [
                    {"code": "no.other", "path": "/nowhere", "by": "p-ghost",
                     "on": "2017-01-01", "reason": "A reason.", "meeting": "m-none"},
                    {"code": "board.duplicate_id", "path": "/people/8/id", "by": "p-chair",
                     "on": "2017-01-01", "reason": "A reason."}
                ]
            }
        }),
    );
    let r = validate_as_of(&v, "2017-01-01");
    let board: Vec<&str> = boardkit::board::RULES.iter().map(|r| r.code).collect();
    let got: Vec<String> = r
        .findings
        .iter()
        .filter(|f| board.contains(&f.code.as_str()))
        .map(|f| format!("{} {}", f.code, f.path))
        .collect();
    let want = [
        "board.duplicate_id /people/8/id",
        "board.unknown_reference /people/8/organisation",
        "board.unknown_reference /bodies/1/reports_to/0",
        "board.duplicate_reports_to /bodies/1/reports_to/1",
        "board.unknown_reference /bodies/1/reports_to/1",
        "board.membership_ends_before_start /bodies/1/members/0/until",
        "board.unknown_reference /bodies/1/members/0/seat",
        "board.duplicate_member /bodies/1/members/0/person",
        "board.unknown_reference /bodies/1/members/2/person",
        "board.unknown_reference /bodies/1/members/2/organisation",
        "board.observer_voting /bodies/1/members/2/voting",
        "board.ambiguous_initials /bodies/1/members/3/person",
        "board.unknown_reference /bodies/1/groups/0/people/0",
        "board.reporting_cycle /bodies/1/reports_to/2",
        "board.unknown_rule_code /bodies/1/constitution/rule_settings/0/code",
        "board.unknown_rule_code /bodies/1/constitution/acknowledgements/0/code",
        "board.unknown_reference /bodies/1/constitution/acknowledgements/0/by",
        "board.unknown_reference /bodies/1/constitution/acknowledgements/0/meeting",
        "board.acknowledgement_unused /bodies/1/constitution/acknowledgements/0",
    ];
    assert_eq!(got, want);
    // The second acknowledgement matched its finding, so it is not reported unused.
    let acked = r.findings.iter().find(|f| f.path == "/people/8/id");
    assert_eq!(
        acked.and_then(|f| f.acknowledged.as_deref()),
        Some("/bodies/1/constitution/acknowledgements/1")
    );
}
