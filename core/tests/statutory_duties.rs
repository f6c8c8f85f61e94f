//! The duties of a partnership as a body: a safeguarding children partnership's three
//! lead partners and their sign-offs, a safeguarding adults board's annual report
//! contents and recipients, each silent when its premise (the kind of body, the list)
//! is not recorded; and the call-in period a constitution sets.
use crate::common::{self, assert_finding, assert_no, set};
use serde_json::{json, Value};

const LEAD: &str = "board.lead_partner_missing";
const SIGN: &str = "board.partner_sign_off_missing";
const CONTENT: &str = "board.annual_report_content_missing";
const RECIPIENT: &str = "board.annual_report_recipient_missing";

fn body(kind: &str, statutory: Value) -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(7));
    set(&mut v, "/bodies/0/kind", json!(kind));
    set(&mut v, "/bodies/0/statutory", statutory);
    v
}

fn count(v: &Value, code: &str) -> usize {
    let r = common::validate(v);
    r.findings.iter().filter(|f| f.code == code).count()
}

#[test]
fn a_partnership_missing_a_lead_partner_gets_a_finding_per_partner() {
    let lp =
        json!([{"partner": "integrated_care_board", "organisation": "o-lcc", "lead": "p-dcs"}]);
    let v = body(
        "safeguarding_children_partnership",
        json!({"lead_partners": lp}),
    );
    assert_finding(
        &common::validate(&v),
        LEAD,
        "/bodies/0/statutory/lead_partners",
    );
    assert_eq!(count(&v, LEAD), 2);
    let r = common::validate(&v);
    for f in r.findings.iter().filter(|f| f.code == LEAD) {
        assert!(!f.message.contains("o-lcc") && !f.message.contains("p-dcs"));
        assert!(f.message.ends_with(").") || f.message.ends_with('.'));
    }
    let v = body("board", json!({"lead_partners": lp}));
    assert_no(&common::validate(&v), LEAD);
    let v = body("safeguarding_children_partnership", json!({}));
    assert_no(&common::validate(&v), LEAD);
}

#[test]
fn a_sign_off_missing_from_a_report_or_arrangement_is_flagged() {
    let so = json!([{"partner": "local_authority", "on": "2024-09-01"},
                    {"partner": "chief_officer_of_police", "on": "2024-09-02"}]);
    let v = body(
        "safeguarding_children_partnership",
        json!({"yearly_reports": [{"published": "2024-09-30", "partner_sign_offs": so}],
               "scrutiny_arrangements": [{"partner_sign_offs": so}],
               "funding_arrangements": [{"period_from": "2024-04-01"}]}),
    );
    let r = common::validate(&v);
    assert_finding(
        &r,
        SIGN,
        "/bodies/0/statutory/yearly_reports/0/partner_sign_offs",
    );
    assert_finding(
        &r,
        SIGN,
        "/bodies/0/statutory/scrutiny_arrangements/0/partner_sign_offs",
    );
    assert_eq!(count(&v, SIGN), 2);
    let v = body(
        "safeguarding_adults_board",
        json!({"yearly_reports": [{"published": "2024-09-30", "partner_sign_offs": so}]}),
    );
    assert_no(&common::validate(&v), SIGN);
}

#[test]
fn an_adults_board_report_lists_its_contents_and_recipients() {
    let v = body(
        "safeguarding_adults_board",
        json!({"yearly_reports": [{"published": "2024-09-30",
            "contents": ["objective", "strategy", "members_contribution", "concluded_reviews"],
            "sent_to": ["local_authority_chief_executive", "local_authority_leader", "local_policing_body", "local_healthwatch"]}]}),
    );
    let r = common::validate(&v);
    assert_finding(&r, CONTENT, "/bodies/0/statutory/yearly_reports/0/contents");
    assert_finding(
        &r,
        RECIPIENT,
        "/bodies/0/statutory/yearly_reports/0/sent_to",
    );
    assert_eq!(count(&v, CONTENT), 3);
    assert_eq!(count(&v, RECIPIENT), 1);
    let v = body(
        "safeguarding_adults_board",
        json!({"yearly_reports": [{"published": "2024-09-30"}]}),
    );
    assert_no(&common::validate(&v), CONTENT);
    assert_no(&common::validate(&v), RECIPIENT);
    let v = body(
        "community_safety_partnership",
        json!({"yearly_reports": [{"published": "2024-09-30", "contents": ["objective"], "sent_to": ["local_healthwatch"]}]}),
    );
    assert_no(&common::validate(&v), CONTENT);
    assert_no(&common::validate(&v), RECIPIENT);
}
