//! `scorecard.quoted_change_differs`: numbers quoted in text: an indicator's note that states a percentage change ("a
//! decrease of 41%", "an 18% decrease", "up 24%") is checked against the change its
//! own figures give (the value before the latest to the latest), at the precision the
//! note writes (41% to the whole number, 3.3% to one place), rounded half away from
//! zero. The note is read for its numbers only; a finding never quotes it.

use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::Indicator;
use crate::scorecard::rate::{self, Decimal};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A percentage change stated in a note that the indicator's figures do not give.
pub const QUOTED_CHANGE_DIFFERS: Rule = Rule {
    code: "scorecard.quoted_change_differs",
    severity: Severity::Warning,
    summary: "An indicator's note states a percentage change (\"a decrease of 41%\") that its own figures do not give: the change from the value before the latest to the latest, rounded at the precision the note writes, half away from zero, or a change the other way (a rise written as a fall). Silent when the note states no percentage with a word of change beside it, or the indicator has fewer than two values. The Leicester annual report 2016/17 writes 41% for 62 to 36, truly 41.9%, so 42%.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: QUOTED_CHANGE_DIFFERS,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.quoted_change_differs",
        text: "Indicator values with a note (approximate: checks that values are recorded).",
        needs: &["/scorecards/*/indicators/*/values"],
        approximate: true,
    },
    scope: &[Scope::Scorecard],
    citation: None,
    thresholds: &[],
    stage: Stage::IndicatorValues,
    check,
};

/// Which way a note says a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    Up,
    Down,
}

/// A percentage change stated in text: the figure (always 0 or more) and its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stated {
    percent: Decimal,
    way: Way,
}

fn way_of(word: &str) -> Option<Way> {
    let w = word
        .trim_matches(|c: char| !c.is_ascii_alphabetic())
        .to_ascii_lowercase();
    match w.as_str() {
        "increase" | "increased" | "rise" | "rose" | "risen" | "up" | "higher" | "growth" => {
            Some(Way::Up)
        }
        "decrease" | "decreased" | "reduction" | "reduced" | "fall" | "fell" | "fallen"
        | "down" | "lower" | "drop" | "dropped" | "decline" | "declined" => Some(Way::Down),
        _ => None,
    }
}

/// Words that may stand between the word of change and the figure ("a decrease of 41%",
/// "up by 24%", "an overall reduction of 12%").
fn is_filler(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "of" | "by" | "a" | "an" | "some" | "around" | "about" | "nearly" | "almost"
    )
}

/// The first percentage change the text states, if any: a number followed by `%` with a
/// word of change just before it (past filler words) or just after it.
fn stated_change(text: &str) -> Option<Stated> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let Some(figure) = percent_figure(w) else {
            continue;
        };
        let before = words
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(|b| !is_filler(b.trim_matches(|c: char| !c.is_ascii_alphabetic())));
        let after = words.get(i + 1);
        if let Some(way) = before
            .and_then(|b| way_of(b))
            .or_else(|| after.and_then(|a| way_of(a)))
        {
            return Some(Stated {
                percent: figure,
                way,
            });
        }
    }
    None
}

/// `41%`, `3.3%,`, `(41%)` as a decimal; `None` for any other word.
fn percent_figure(word: &str) -> Option<Decimal> {
    let w = word.trim_start_matches('(');
    let end = w.find('%')?;
    let number = w.get(..end)?;
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    Decimal::parse(number)
}

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, ind) in cx.indicators() {
        check_note(ind, &at, out);
    }
}

/// Check the note of one indicator at `at` (its JSON Pointer).
fn check_note(ind: &Indicator, at: &str, out: &mut Report) {
    let Some(stated) = ind.note.as_deref().and_then(stated_change) else {
        return;
    };
    let mut by_period: Vec<_> = ind.values.iter().collect();
    by_period.sort_by_key(|v| v.period);
    let [.., previous, latest] = by_period.as_slice() else {
        return;
    };
    let Some(change) = rate::percent_change_exact(previous.value, latest.value) else {
        return;
    };
    let Some(truth) = change.abs().round(stated.percent.places()) else {
        return;
    };
    let went = if change.numer() < 0 {
        Way::Down
    } else {
        Way::Up
    };
    let message = if change.numer() != 0 && went != stated.way {
        "The note states a change the other way from the one the indicator's last two values show; check the note or the figures."
    } else if truth != stated.percent {
        "The note states a percentage change that the indicator's last two values do not give (rounded as the note writes it); check the note or the figures."
    } else {
        return;
    };
    out.push(
        &QUOTED_CHANGE_DIFFERS,
        Pointer::at(at).field("note"),
        message,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn reads_the_ways_a_change_is_written() {
        let cases = [
            (
                "an overall decrease of 41% (26) from 62 to 36",
                Some(("41", Way::Down)),
            ),
            (
                "a reduction from 2722 in March 2016, an 18% decrease.",
                Some(("18", Way::Down)),
            ),
            (
                "up by 21 from 638, an increase of 3.3%.",
                Some(("3.3", Way::Up)),
            ),
            ("CSE referrals up 24% from 41 to 51", Some(("24", Way::Up))),
            ("617 of 3,561 referrals (17%) were re-referrals", None),
            ("this represents 30.8% of social care contacts", None),
            ("no figures at all", None),
        ];
        for (text, want) in cases {
            let got = stated_change(text).map(|s| (s.percent, s.way));
            assert_eq!(got, want.map(|(p, w)| (d(p), w)), "{text}");
        }
    }
}
