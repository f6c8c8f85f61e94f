//! The Leicester LSCB annual report 2016/17 (the published text, "AR" below, cited by
//! line) derives percentages, changes and rates
//! from raw numbers. These tests rebuild those figures from the raw numbers with
//! boardkit's exact arithmetic, rounding half away from zero at the report's precision.

use crate::common;

use boardkit::board::SpecialRole;
use boardkit::report::attendance::{attendance, AttendanceRequest, RowKey};
use boardkit::scorecard::{
    self, change, infer_population, rate_per_10000, share_of_total, ChangeRequest, Decimal,
    InferPopulationRequest, Scorecard, ScorecardDirection, ScorecardRateRequest, ShareRequest,
    SummariseRequest,
};
use serde_json::{json, Value};

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn share(part: u64, total: u64, places: u32) -> String {
    share_of_total(&ShareRequest {
        part,
        total,
        places,
    })
    .unwrap()
    .percent
    .to_string()
}

fn pct_change(previous: &str, current: &str, places: u32) -> (String, String) {
    let r = change(&ChangeRequest {
        previous: d(previous),
        current: d(current),
        places,
    })
    .unwrap();
    (r.change.to_string(), r.percent_change.unwrap().to_string())
}

fn rate(count: u64, population: u64, places: u32) -> String {
    rate_per_10000(&ScorecardRateRequest {
        count,
        population,
        places,
    })
    .unwrap()
    .rate
    .to_string()
}

#[test]
fn re_referrals_are_17_percent_of_referrals() {
    // AR 301-303: "there were 3,561 recorded referrals ... 617 (17%) were re-referrals."
    assert_eq!(share(617, 3561, 0), "17");
}

#[test]
fn cse_referrals_rose_24_percent_quarter_on_quarter() {
    // AR 468: "a 24% increase in city referrals from 41 in quarter 3 to 51 in quarter 4."
    assert_eq!(pct_change("41", "51", 0), ("10".into(), "24".into()));
}

#[test]
fn cse_cases_fell_9_percent_year_on_year() {
    // AR 468: "a total of 158 cases ... an overall decrease in referrals of 9% in
    // comparison to 2015/16 (174)."
    assert_eq!(pct_change("174", "158", 0), ("-16".into(), "-9".into()));
}

#[test]
fn children_in_need_fell_by_482_or_18_percent() {
    // AR 381: "2240 children in need at the end of March 2017 ... a reduction from 2722
    // in March 2016. The year-on-year change of 482 showed an 18% decrease."
    assert_eq!(pct_change("2722", "2240", 0), ("-482".into(), "-18".into()));
}

#[test]
fn child_protection_plans_fell_21_percent() {
    // AR 398: "408 children ... This is a decrease of 21% from 518".
    assert_eq!(pct_change("518", "408", 0), ("-110".into(), "-21".into()));
}

#[test]
fn looked_after_children_rose_by_21_or_3_point_3_percent() {
    // AR 417: "659 Looked After Children ... up by 21 from ... 638 ...; an increase of 3.3%."
    assert_eq!(pct_change("638", "659", 1), ("21".into(), "3.3".into()));
}

#[test]
fn section_47_investigations_with_a_conference_outcome_are_39_percent() {
    // AR 309-310: "1,463 Section 47 investigations ... 565 (39%) had an ICPC outcome."
    assert_eq!(share(565, 1463, 0), "39");
}

#[test]
fn children_returning_to_care_are_3_percent() {
    // AR 437: "258 children ceased to be looked after, of whom 7 (3%) subsequently returned".
    assert_eq!(share(7, 258, 0), "3");
}

#[test]
fn referrals_and_assessments_as_shares_of_contacts() {
    // AR 366-368: contacts 12,220; "Referrals ... 3,765 this represents 30.8% of social
    // care contacts"; "Single assessments ... 3,132 this represents 25.6%".
    assert_eq!(share(3765, 12220, 1), "30.8");
    assert_eq!(share(3132, 12220, 1), "25.6");
    // AR 370: "an overall total for contacts of 28,130 and conversion to referral of 13.4%".
    assert_eq!(share(3765, 28130, 1), "13.4");
}

#[test]
fn training_attendance_rose_32_percent() {
    // AR 1009: "Training attendees - 1698 (compared with 1286 in 2015/16 – 32% increase)".
    assert_eq!(pct_change("1286", "1698", 0), ("412".into(), "32".into()));
}

#[test]
fn disabled_children_in_child_protection_are_6_point_5_percent() {
    // AR 493: "a total of 337 children in need where a disability was identified. Of
    // these 22 or 6.5% were subject to child protection processes or plans".
    assert_eq!(share(22, 337, 1), "6.5");
}

#[test]
fn lado_referrals_by_type() {
    // AR 611-617: Neglect 49 (15%), Sexual harm 70 (22%), Physical harm 156 (48%),
    // Emotional harm 42 (13%), Multiple 7 (2%), Total 324.
    let shares: Vec<String> = [49, 70, 156, 42, 7]
        .iter()
        .map(|&n| share(n, 324, 0))
        .collect();
    assert_eq!(shares, ["15", "22", "48", "13", "2"]);
}

#[test]
fn population_figures() {
    // AR 281: "24,500 (7.4%) of population are children < 5, an increase of 5,200 (27%)
    // since 2001" (population 329,900, AR 278).
    assert_eq!(share(24500, 329_900, 1), "7.4");
    assert_eq!(pct_change("19300", "24500", 0).1, "27");
    // AR 272: 0-4 year olds "rose by nearly 25% from 20,726 in 2005 to 25,884 in 2015".
    assert_eq!(pct_change("20726", "25884", 1).1, "24.9");
}

#[test]
fn the_child_population_implied_by_the_rates() {
    // AR 381: "2240 children in need ... equivalent to 274 per 10,000 children".
    let cin = infer_population(&InferPopulationRequest {
        count: 2240,
        rate: d("274"),
        places: 0,
    })
    .unwrap();
    assert_eq!(cin.estimate, 81_752);
    assert_eq!((cin.min, cin.max), (81_603, 81_901));
    // The rate for another count follows: 2,722 children at that population would be
    // 333 per 10,000 (332 to 334 across the whole range).
    assert_eq!(rate(2722, cin.estimate, 0), "333");
    assert_eq!(rate(2722, cin.max, 0), "332");
    assert_eq!(rate(2722, cin.min, 0), "334");
    // The report's own 337 for March 2016 (AR 381) therefore used a smaller child
    // population, about 80,772: the city's child population grew (AR 272).
    let y2016 = infer_population(&InferPopulationRequest {
        count: 2722,
        rate: d("337"),
        places: 0,
    })
    .unwrap();
    assert_eq!(y2016.estimate, 80_772);
    assert!(y2016.max < cin.min);

    // AR 398 and 417: 408 children on a plan = 49.84 per 10,000; 659 looked-after
    // children = 80.5 per 10,000. The three published 2017 rates agree on one child
    // population: the ranges overlap.
    let cpp = infer_population(&InferPopulationRequest {
        count: 408,
        rate: d("49.84"),
        places: 2,
    })
    .unwrap();
    let lac = infer_population(&InferPopulationRequest {
        count: 659,
        rate: d("80.5"),
        places: 1,
    })
    .unwrap();
    let lo = cin.min.max(cpp.min).max(lac.min);
    let hi = cin.max.min(cpp.max).min(lac.max);
    assert!(lo <= hi, "{cin:?} {cpp:?} {lac:?}");
    // At the plan rate's own estimate, all three published rates come back exactly.
    assert_eq!(cpp.estimate, 81_862);
    assert_eq!(rate(2240, cpp.estimate, 0), "274");
    assert_eq!(rate(408, cpp.estimate, 2), "49.84");
    assert_eq!(rate(659, cpp.estimate, 1), "80.5");
}

#[test]
fn where_the_report_truncates_boardkit_rounds() {
    // AR 364: "an overall decrease of 41% (26) from 62 in Q4 2015-16 to 36 in Q4
    // 2016-17". 26/62 is 41.94%: the report truncated; half away from zero gives 42.
    assert_eq!(pct_change("62", "36", 0), ("-26".into(), "-42".into()));
    assert_eq!(pct_change("62", "36", 1).1, "-41.9");
}

#[test]
fn the_example_scorecard_summary_shows_the_reports_comparisons() {
    let part: Value =
        serde_json::from_str(include_str!("../../examples/data/leicester-lscb.json")).unwrap();
    let sc: Scorecard = serde_json::from_value(part["scorecards"][0].clone()).unwrap();
    let s = scorecard::summarise(&SummariseRequest {
        scorecard: sc,
        period: None,
    });
    let line = |id: &str| s.indicators.iter().find(|l| l.id == id).unwrap();

    let cin = line("i-cin");
    assert_eq!(cin.period_label.as_deref(), Some("2016/17"));
    assert_eq!(cin.change, Some(d("-482")));
    assert_eq!(cin.percent_change, Some(d("-18")));
    assert_eq!(cin.travel.unwrap().direction, ScorecardDirection::Improving);

    let lac = line("i-lac");
    assert_eq!(lac.percent_change, Some(d("3.3")));
    assert_eq!(lac.travel.unwrap().direction, ScorecardDirection::Worsening);

    let cse = line("i-cse-referrals-quarter");
    assert_eq!(cse.period_label.as_deref(), Some("Q4 2016/17"));
    assert_eq!(cse.previous_value, Some(d("41")));
    assert_eq!(cse.percent_change, Some(d("24")));

    let rr = line("i-rereferrals");
    assert_eq!(rr.recomputed, Some(d("17")));
    assert_eq!(line("i-s47-icpc").recomputed, Some(d("39")));
    assert_eq!(line("i-cpp").percent_change, Some(d("-21")));
    assert_eq!(line("i-cse-cases-year").percent_change, Some(d("-9")));

    // "the rate remains higher than the national average" (AR 421): lower is better.
    let lac_rate = line("i-lac-rate");
    assert_eq!(
        lac_rate.comparators[0].standing,
        Some(scorecard::Standing::Worse)
    );
}

// ---------------------------------------------------------------------------------------
// The attendance table (AR 185-201)
// ---------------------------------------------------------------------------------------

/// A board with nine held meetings in 2016/17, attended as the report's table says.
/// AR 153 says "the eight full Board meetings", but every percentage in the table is a
/// ninth (67% = 6/9, 11% = 1/9, 56% = 5/9, 44% = 4/9); none of 67%, 11%, 56% or 44% is
/// a whole number of eighths. So nine meetings are counted here.
fn year_of_meetings() -> Value {
    let attended: &[(&str, &str, Option<&str>, u32)] = &[
        // person, organisation, role, meetings attended of nine
        ("p-chair", "", Some("independent_chair"), 9), // 100%
        ("p-sr", "", Some("lead_member"), 6),          // 67%
        ("p-lay1", "", Some("lay_member"), 7),         // } 14 of 18 seat-meetings = 78%
        ("p-lay2", "", Some("lay_member"), 7),         // }
        ("p-police", "o-police", None, 9),             // 100%
        ("p-nps", "o-nps", None, 5),                   // 56%
        ("p-crc", "o-crc", None, 4),                   // 44%
        ("p-cafcass", "o-cafcass", None, 7),           // 78%
        ("p-uhl", "o-uhl", None, 8),                   // 89%
        ("p-educ", "o-lcc-education", None, 1),        // 11%
    ];
    let mut people = vec![];
    let mut members = vec![];
    let mut orgs = vec![];
    for (p, o, role, _) in attended {
        people.push(json!({"id": p, "name": "Member"}));
        let mut m = json!({"person": p, "category": "statutory"});
        if !o.is_empty() {
            m["organisation"] = json!(o);
            orgs.push(json!({"id": o, "name": "Agency", "sector": "other"}));
        }
        if let Some(r) = role {
            m["role"] = json!(r);
        }
        members.push(m);
    }
    // The police send a deputy to the last meeting: it still counts for the police.
    people.push(json!({"id": "p-police-dep", "name": "Deputy"}));
    let dates = [
        "2016-04-21",
        "2016-06-16",
        "2016-07-21",
        "2016-09-15",
        "2016-10-20",
        "2016-12-08",
        "2017-01-19",
        "2017-02-09",
        "2017-03-23",
    ];
    let meetings: Vec<Value> = dates
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let mut att = vec![];
            for (p, _, _, n) in attended {
                let i = u32::try_from(i).unwrap();
                if i < *n {
                    if *p == "p-police" && i == 8 {
                        att.push(
                            json!({"person": "p-police-dep", "status": "deputy", "deputy_for": p}),
                        );
                    } else {
                        att.push(json!({"person": p, "status": "present"}));
                    }
                } else {
                    att.push(json!({"person": p, "status": "apologies"}));
                }
            }
            json!({"id": format!("m-{date}"), "body": "b-lscb", "title": "Board", "date": date,
                   "status": "minutes_approved", "attendance": att})
        })
        .collect();
    json!({
        "schema_version": 1,
        "organisations": orgs,
        "people": people,
        "bodies": [{"id": "b-lscb", "name": "LSCB", "kind": "board", "members": members}],
        "meetings": meetings
    })
}

#[test]
fn the_attendance_table_percentages() {
    let v = year_of_meetings();
    let report = attendance(&AttendanceRequest {
        document: common::doc(&v),
        body: "b-lscb".into(),
        from: "2016-04-01".parse().unwrap(),
        to: "2017-03-31".parse().unwrap(),
        threshold_percent: Some(d("60")),
        places: 0,
    })
    .unwrap();
    assert_eq!(report.meetings_held, 9);
    let pct = |k: RowKey| {
        let row = report.agencies.iter().find(|a| a.row == k).unwrap();
        (row.seats, row.percent.unwrap().to_string())
    };
    let org = |o: &str| RowKey::Organisation(o.into());
    assert_eq!(
        pct(RowKey::Role(SpecialRole::IndependentChair)),
        (1, "100".into())
    );
    assert_eq!(pct(RowKey::Role(SpecialRole::LeadMember)), (1, "67".into()));
    assert_eq!(pct(RowKey::Role(SpecialRole::LayMember)), (2, "78".into()));
    assert_eq!(pct(org("o-police")), (1, "100".into()));
    assert_eq!(pct(org("o-nps")), (1, "56".into()));
    assert_eq!(pct(org("o-crc")), (1, "44".into()));
    assert_eq!(pct(org("o-cafcass")), (1, "78".into()));
    assert_eq!(pct(org("o-uhl")), (1, "89".into()));
    assert_eq!(pct(org("o-lcc-education")), (1, "11".into()));
    // Below a 60% threshold: probation, the CRC and the education service.
    assert_eq!(
        report.below_threshold,
        vec![org("o-nps"), org("o-crc"), org("o-lcc-education")]
    );
    let police = report
        .members
        .iter()
        .find(|m| m.person == "p-police")
        .unwrap();
    assert_eq!((police.present, police.by_deputy), (8, 1));
}

#[test]
fn the_ccg_figure_cannot_come_from_two_seats_over_nine_meetings() {
    // AR 197: "Leicester City CCG * * 84%" (two seats). Over nine meetings two seats give
    // 18 seat-meetings, and no whole number of them is 84%: 15 is 83% and 16 is 89%.
    let possible: Vec<String> = (0..=18).map(|k| share(k, 18, 0)).collect();
    assert!(!possible.contains(&"84".to_string()));
    assert_eq!(share(15, 18, 0), "83");
    assert_eq!(share(16, 18, 0), "89");
}
