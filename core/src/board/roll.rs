//! A body's voting roll over time: who counts for the quorum on a day, and how many do,
//! answered without scanning the body's whole membership history for every meeting.

use super::{Body, Member};
use crate::date::Date;
use std::borrow::Cow;
use std::collections::HashMap;

/// How many people of a body count for the quorum on any day: the start and end of each
/// person's merged periods of membership, sorted. Owned, so that a loaded board can keep
/// the headcount of its whole membership history while a record is checked against a
/// few of its members.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Headcount {
    starts: Vec<Date>,
    ends: Vec<Date>,
    /// How many people are on the roll at all (the count when the day is unknown).
    everyone: usize,
}

impl Headcount {
    /// The headcount of a body's voting roll: O(m log m) in its memberships.
    pub(crate) fn of(body: &Body) -> Headcount {
        VotingRoll::new(body).counts.into_owned()
    }

    /// How many people count on the day (everyone on the roll, when it is unknown).
    pub(crate) fn on(&self, day: Option<Date>) -> usize {
        match day {
            None => self.everyone,
            Some(d) => {
                let begun = self.starts.partition_point(|s| *s <= d);
                let ended = self.ends.partition_point(|e| *e < d);
                begun.saturating_sub(ended)
            }
        }
    }
}

/// The members of one body who count for the quorum, by person, with the number current
/// on any day in O(log n).
#[derive(Debug, Clone, Default)]
pub struct VotingRoll<'a> {
    /// Per person, their counting memberships in the body's list order.
    by_person: HashMap<&'a str, Vec<&'a Member>>,
    /// How many count on a day.
    counts: Cow<'a, Headcount>,
}

impl<'a> VotingRoll<'a> {
    /// Build the roll of a body: O(m log m) in its memberships.
    pub fn new(body: &'a Body) -> VotingRoll<'a> {
        let mut by_person: HashMap<&'a str, Vec<&'a Member>> = HashMap::new();
        for m in body.members.iter().filter(|m| m.counts_for_quorum()) {
            by_person.entry(m.person.as_str()).or_default().push(m);
        }
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for list in by_person.values() {
            // A person's periods, merged where they overlap, so that each day falls in at
            // most one of them: the person is counted once.
            let mut spans: Vec<(Date, Date)> = list
                .iter()
                .map(|m| (m.from.unwrap_or(Date::MIN), m.until.unwrap_or(Date::MAX)))
                .filter(|(s, e)| s <= e)
                .collect();
            spans.sort_unstable();
            let mut merged: Option<(Date, Date)> = None;
            for (s, e) in spans {
                merged = match merged {
                    Some((ms, me)) if s <= me => Some((ms, me.max(e))),
                    Some(done) => {
                        starts.push(done.0);
                        ends.push(done.1);
                        Some((s, e))
                    }
                    None => Some((s, e)),
                };
            }
            if let Some((s, e)) = merged {
                starts.push(s);
                ends.push(e);
            }
        }
        starts.sort_unstable();
        ends.sort_unstable();
        let everyone = by_person.len();
        VotingRoll {
            by_person,
            counts: Cow::Owned(Headcount {
                starts,
                ends,
                everyone,
            }),
        }
    }

    /// Count with the headcount of the body's whole membership history, where this roll
    /// was built from part of it (a loaded board's neighbourhood of a record: the
    /// memberships of the people the record names, and the headcount of everyone).
    pub(crate) fn count_with(&mut self, counts: &'a Headcount) {
        self.counts = Cow::Borrowed(counts);
    }

    /// The person's first counting membership current on the day (any, when the day is
    /// unknown), in the body's list order.
    pub fn member_on(&self, person: &str, day: Option<Date>) -> Option<&'a Member> {
        self.by_person
            .get(person)?
            .iter()
            .find(|m| day.is_none_or(|d| m.current_on(d)))
            .copied()
    }

    /// How many people count for the quorum on the day (everyone on the roll, when the
    /// day is unknown).
    pub fn count_on(&self, day: Option<Date>) -> usize {
        self.counts.on(day)
    }
}
