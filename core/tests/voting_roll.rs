//! Issue 13: the quorum's voting roll answers "who counts, and how many, on this day" by
//! look-up. A property test against the plain scan it replaced: any memberships (repeated
//! people, overlapping, open-ended, back-to-front, non-voting), any day.
use boardkit::board::{Body, VotingRoll};
use boardkit::date::Date;
use proptest::prelude::*;
use serde_json::json;
use std::collections::HashSet;

fn day(n: u32) -> Date {
    Date::from_ymd_opt(2016, 1, 1).unwrap() + chrono::Days::new(u64::from(n))
}

type Spec = (u8, bool, Option<u32>, Option<u32>);

fn body(specs: &[Spec]) -> Body {
    let members: Vec<_> = specs
        .iter()
        .map(|(p, voting, from, until)| {
            let mut m =
                json!({"person": format!("p{p}"), "category": "statutory", "voting": voting});
            if let Some(f) = from {
                m["from"] = json!(day(*f).to_string());
            }
            if let Some(u) = until {
                m["until"] = json!(day(*u).to_string());
            }
            m
        })
        .collect();
    let v = json!({"id": "b", "name": "Board", "kind": "board", "members": members});
    boardkit::error::from_json(&v.to_string()).expect("a body")
}

proptest! {
    #[test]
    fn the_roll_agrees_with_a_scan_of_the_members(
        specs in prop::collection::vec(
            (0u8..6, any::<bool>(), prop::option::of(0u32..60), prop::option::of(0u32..60)),
            0..25,
        ),
        on in prop::option::of(0u32..70),
    ) {
        let b = body(&specs);
        let roll = VotingRoll::new(&b);
        let d = on.map(day);
        let current: Vec<_> = b
            .members
            .iter()
            .filter(|m| m.counts_for_quorum() && d.is_none_or(|d| m.current_on(d)))
            .collect();
        let people: HashSet<&str> = current.iter().map(|m| m.person.as_str()).collect();
        prop_assert_eq!(roll.count_on(d), people.len());
        for p in 0..7u8 {
            let id = format!("p{p}");
            let first = current.iter().find(|m| m.person == id).copied();
            prop_assert_eq!(roll.member_on(&id, d).map(std::ptr::from_ref), first.map(std::ptr::from_ref));
        }
    }
}
