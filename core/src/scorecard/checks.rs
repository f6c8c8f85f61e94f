//! The check of a document's scorecards: ids, references to bodies, values on their
//! frequency's calendar, percentages in range, rates with a population, targets on the
//! right side, recorded values against the figures they are worked from. The rules
//! themselves are declared in [`super`] (their codes are public there).

use super::*;
use crate::board::{duplicate_ids, UNKNOWN_REFERENCE};
use crate::validate::{Report, ValidateOptions};

/// Check the scorecards of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, _options: &ValidateOptions, out: &mut Report) {
    duplicate_ids(
        doc.scorecards.iter().map(|s| s.id.as_str()),
        "/scorecards",
        out,
    );
    for (i, sc) in doc.scorecards.iter().enumerate() {
        let base = format!("/scorecards/{i}");
        field_rules::check(doc, sc, &base, out);
        if let Some(body) = &sc.body {
            if doc.body(body).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/body"),
                    "This scorecard reports to a body that is not in the document.",
                );
            }
        }
        check_scorecard(sc, &base, out);
    }
}

pub(super) fn check_scorecard(sc: &Scorecard, base: &str, out: &mut Report) {
    let ibase = format!("{base}/indicators");
    duplicate_ids(sc.indicators.iter().map(|i| i.id.as_str()), &ibase, out);
    let hundred = Decimal::from_int(100).unwrap_or(Decimal::ZERO);
    let out_of_range = |d: Decimal| d.is_negative() || d > hundred;
    for (j, ind) in sc.indicators.iter().enumerate() {
        let ib = format!("{ibase}/{j}");
        quoted::check(ind, &ib, out);
        let mut seen: BTreeMap<YearMonth, usize> = BTreeMap::new();
        for (k, v) in ind.values.iter().enumerate() {
            let vb = format!("{ib}/values/{k}");
            if !ind.frequency.starts_period(v.period, sc.year_start_month) {
                let what = match ind.frequency {
                    Frequency::Quarterly => "a quarter",
                    _ => "a reporting year",
                };
                out.push(
                    &OFF_CALENDAR,
                    format!("{vb}/period"),
                    format!(
                        "This value is for a month that does not start {what} (the reporting year starts in month {}).",
                        sc.year_start_month
                    ),
                );
            }
            if let Some(first) = seen.insert(v.period, k) {
                seen.insert(v.period, first);
                out.push(
                    &DUPLICATE_PERIOD,
                    format!("{vb}/period"),
                    format!("This indicator already has a value for this period (value {first} of the list)."),
                );
            }
            if ind.unit == Unit::Percent && out_of_range(v.value) {
                out.push(
                    &PERCENT_OUT_OF_RANGE,
                    format!("{vb}/value"),
                    "A percentage must be from 0 to 100.",
                );
            }
            if ind.unit == Unit::RatePer10000 && v.population.is_none() {
                out.push(
                    &RATE_WITHOUT_POPULATION,
                    format!("{vb}/population"),
                    "This rate (per ten thousand) has no population recorded.",
                );
            }
            let places = ind.places.max(v.value.places());
            if let Some(r) = recomputed(ind, v, places) {
                if r != v.value {
                    out.push(
                        &VALUE_MISMATCH,
                        format!("{vb}/value"),
                        "The published value differs from what the recorded count and base give.",
                    );
                }
            }
        }
        if let Some(t) = &ind.target {
            if ind.unit == Unit::Percent && out_of_range(t.value) {
                out.push(
                    &PERCENT_OUT_OF_RANGE,
                    format!("{ib}/target/value"),
                    "A percentage must be from 0 to 100; check the target.",
                );
            }
            if t.tolerance.is_negative() {
                out.push(
                    &TARGET_WRONG_SIDE,
                    format!("{ib}/target/tolerance"),
                    "The tolerance is negative, so the amber band lies on the good side of the target; it is read as zero.",
                );
            }
            if let Some(b) = ind.baseline() {
                if ind.polarity.better(t.value, b.value) == Ordering::Less {
                    let way = match ind.polarity {
                        Polarity::HigherIsBetter => "below",
                        Polarity::LowerIsBetter => "above",
                    };
                    out.push(
                        &TARGET_WRONG_SIDE,
                        format!("{ib}/target/value"),
                        format!(
                            "The target is {way} the baseline value although {}: meeting it would allow things to get worse.",
                            match ind.polarity {
                                Polarity::HigherIsBetter => "higher is better",
                                Polarity::LowerIsBetter => "lower is better",
                            }
                        ),
                    );
                }
            }
        }
        for (c, comp) in ind.comparators.iter().enumerate() {
            if let Some(value) = comp.value {
                if ind.unit == Unit::Percent && out_of_range(value) {
                    out.push(
                        &PERCENT_OUT_OF_RANGE,
                        format!("{ib}/comparators/{c}/value"),
                        "A percentage must be from 0 to 100; check the comparator.",
                    );
                }
            }
        }
    }
}
