//! The scorecard: each indicator's latest value, change, direction of travel (an arrow
//! and a word), target and RAG (a word, coloured as well); a trend chart.

use super::section::{Section, SectionKind};
use crate::charts::{self, Chart};
use crate::table::{Cell, Table};
use crate::view::attendance::approx;
use crate::Error;
use boardkit::index::Index;
use boardkit::scorecard::indicator::period_label;
use boardkit::scorecard::{
    summarise, Decimal, Indicator, Movement, Scorecard, ScorecardDirection, ScorecardRag,
    SummariseRequest, Travel, Unit,
};

fn with_unit(v: Decimal, unit: Unit) -> String {
    match unit {
        Unit::Count => v.to_string(),
        Unit::Percent => format!("{v}%"),
        Unit::RatePer10000 => format!("{v} per 10,000"),
        Unit::Days => format!("{v} days"),
        Unit::RatePer1000 => format!("{v} per 1,000"),
        Unit::PerDay => format!("{v} per day"),
        Unit::PerYear => format!("{v} per year"),
    }
}

fn value_cell(v: Option<Decimal>, unit: Unit) -> Cell {
    match v {
        Some(v) => {
            let mut c = Cell::number(with_unit(v, unit));
            c.csv = v.to_string();
            c
        }
        None => Cell::opt(None::<String>),
    }
}

/// The arrow and words of a direction of travel.
pub(crate) fn travel_text(t: Option<&Travel>) -> String {
    let Some(t) = t else { return "–".into() };
    let arrow = match t.movement {
        Movement::Up => "▲ Up",
        Movement::Down => "▼ Down",
        Movement::Level => "► Level",
    };
    let word = match t.direction {
        ScorecardDirection::Improving => "improving",
        ScorecardDirection::Worsening => "worsening",
        ScorecardDirection::Unchanged => "no change",
    };
    format!("{arrow}, {word}")
}

fn rag_cell(r: Option<ScorecardRag>) -> Cell {
    match r {
        Some(ScorecardRag::Red) => {
            Cell::text("Red (worse than target beyond tolerance)").with_rag("red")
        }
        Some(ScorecardRag::Amber) => {
            Cell::text("Amber (within tolerance of target)").with_rag("amber")
        }
        Some(ScorecardRag::Green) => Cell::text("Green (target met)").with_rag("green"),
        None => Cell::text("No target"),
    }
}

/// The indicator drawn as a trend: the one with the most values (at least two).
fn trend_of(ix: &Index<'_>, body: &str) -> Option<(Indicator, u32)> {
    ix.document()
        .scorecards
        .iter()
        .filter(|s| s.body.as_deref().is_none_or(|b| b == body))
        .flat_map(|s| s.indicators.iter().map(move |i| (i, s.year_start_month)))
        .filter(|(i, _)| i.values.len() >= 2)
        .fold(None::<(&Indicator, u32)>, |best, (i, y)| match best {
            Some((b, _)) if b.values.len() >= i.values.len() => best,
            _ => Some((i, y)),
        })
        .map(|(i, y)| (i.clone(), y))
}

/// The scorecard section.
pub fn section(ix: &Index<'_>, body: &str) -> Result<Section, Error> {
    let mut s = Section::new(SectionKind::Scorecard, "Performance scorecard");
    let cards: Vec<_> = ix
        .document()
        .scorecards
        .iter()
        .filter(|c| c.body.as_deref().is_none_or(|b| b == body))
        .collect();
    if cards.is_empty() {
        s.notes
            .push("The document has no scorecard for this body.".into());
        return Ok(s);
    }
    s.notes.push(
        "Arrows show which way a figure moved; the word after it says whether that is better or worse for this indicator. RAG is against the target, where one is set.".into(),
    );
    s.charts.extend(trend_chart(ix, body));
    for (k, card) in cards.iter().enumerate() {
        s.tables.push(card_table(k, card));
    }
    Ok(s)
}

/// The trend chart of the indicator with the most values, if one has two or more.
fn trend_chart(ix: &Index<'_>, body: &str) -> Option<Chart> {
    let (ind, year_start) = trend_of(ix, body)?;
    let mut values: Vec<_> = ind.values.iter().collect();
    values.sort_by_key(|v| v.period);
    let points: Vec<(String, f64, String)> = values
        .iter()
        .map(|v| {
            (
                period_label(v.period, ind.frequency, year_start),
                approx(v.value),
                with_unit(v.value, ind.unit),
            )
        })
        .collect();
    Some(charts::trend(
        "chart-indicator-trend",
        &format!("Trend: {}", ind.name),
        &ind.name,
        &points,
        ind.target
            .map(|t| (approx(t.value), with_unit(t.value, ind.unit))),
    ))
}

/// The table of one scorecard (the `k`th of the body's, from 0).
fn card_table(k: usize, card: &Scorecard) -> Table {
    let sum = summarise(&SummariseRequest {
        scorecard: card.clone(),
        period: None,
    });
    let by_id: std::collections::HashMap<&str, &Indicator> = card
        .indicators
        .iter()
        .rev()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let rows = sum
        .indicators
        .iter()
        .filter_map(|line| {
            let ind = *by_id.get(line.id.as_str())?;
            Some(vec![
                Cell::text(ind.name.clone()),
                Cell::opt(line.period_label.clone()),
                value_cell(line.value, ind.unit),
                value_cell(line.previous_value, ind.unit),
                // A change is a percentage whatever the indicator's unit.
                value_cell(line.percent_change, Unit::Percent),
                Cell::text(travel_text(line.travel.as_ref())),
                value_cell(ind.target.map(|t| t.value), ind.unit),
                rag_cell(line.rag),
            ])
        })
        .collect();
    let key = if k == 0 {
        "scorecard".to_string()
    } else {
        format!("scorecard-{}", k + 1)
    };
    Table::new(
        &key,
        card.title.clone(),
        &[
            "Indicator",
            "Period",
            "Value",
            "Previous",
            "Change",
            "Direction of travel",
            "Target",
            "RAG",
        ],
        rows,
    )
    .when_empty("No indicators.")
}
