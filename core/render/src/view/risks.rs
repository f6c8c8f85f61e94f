//! The risk register summary: counts by band and status, the heat map, the live risks
//! with their direction of travel, and reviews due.

use super::dates::long_date;
use super::section::{Section, SectionKind};
use crate::charts;
use crate::names;
use crate::table::{Cell, Table};
use crate::{Error, Options};
use boardkit::date::Date;
use boardkit::index::Index;
use boardkit::risk::{HeatMap, RiskDirection, RiskRating, RiskRegister};

/// The words of a risk's direction of travel, with an arrow (the arrow is never alone).
pub(crate) fn direction_text(d: Option<RiskDirection>) -> String {
    match d {
        Some(RiskDirection::Up) => "▲ Up (worse)".into(),
        Some(RiskDirection::Down) => "▼ Down (better)".into(),
        Some(RiskDirection::Unchanged) => "► No change".into(),
        Some(RiskDirection::New) => "● New".into(),
        None => "–".into(),
    }
}

fn rating_cell(r: &RiskRating) -> Cell {
    match r.rating {
        Some(rating) => {
            let word = r
                .band_label
                .clone()
                .unwrap_or_else(|| names::words(&rating));
            Cell::text(format!("{word} ({})", rating.as_str())).with_rag(rating.as_str())
        }
        None => Cell::text("Not scored"),
    }
}

/// The risk section (empty with a note when the document has no register).
pub fn section(ix: &Index<'_>, options: &Options) -> Result<Section, Error> {
    let as_of = options.as_of;
    let mut s = Section::new(
        SectionKind::Risks,
        format!("Risk register as of {}", long_date(as_of)),
    );
    let Some(register) = ix.document().risk_register.as_ref() else {
        s.notes.push("The document has no risk register.".into());
        return Ok(s);
    };
    let summary = register.summary(as_of, 30);
    s.notes.extend(summary.lines.iter().cloned());
    let heat = register.heat_map(as_of);
    s.charts.push(charts::heat_map(
        &register.matrix,
        &heat,
        "Risk heat map: live risks by likelihood and impact",
    ));
    s.tables.push(heat_table(register, &heat));
    s.tables.push(live(ix, register, as_of));
    let d = &summary.directions;
    s.tables.push(directions([
        (RiskDirection::Up, d.up),
        (RiskDirection::Down, d.down),
        (RiskDirection::Unchanged, d.unchanged),
        (RiskDirection::New, d.new),
    ]));
    s.tables.push(super::records::risks(ix, register));
    Ok(s)
}

/// The heat map as a table too: likelihood rows, impact columns.
fn heat_table(register: &RiskRegister, heat: &HeatMap) -> Table {
    let mut columns: Vec<String> = vec!["Likelihood (rows) by impact (columns)".into()];
    columns.extend(
        register
            .matrix
            .impact
            .iter()
            .enumerate()
            .map(|(k, n)| format!("{} {n}", k + 1)),
    );
    let mut rows = Vec::new();
    for (k, name) in register.matrix.likelihood.iter().enumerate().rev() {
        let level = u32::try_from(k).unwrap_or(0) + 1;
        let mut row = vec![Cell::text(format!("{level} {name}"))];
        for c in heat.cells.iter().filter(|c| c.likelihood == level) {
            let band = register
                .matrix
                .bands
                .iter()
                .find(|b| b.contains(c.score))
                .and_then(|b| b.label.clone())
                .unwrap_or_else(|| names::words(&c.rating));
            row.push(Cell::text(format!("{} ({band})", c.count)).with_rag(c.rating.as_str()));
        }
        rows.push(row);
    }
    let mut t = Table::new(
        "risk-heat-map",
        "Heat map: number of live risks in each cell",
        &[],
        rows,
    );
    t.columns = columns;
    t
}

/// The live risks, with their direction of travel.
fn live(ix: &Index<'_>, register: &RiskRegister, as_of: Date) -> Table {
    let live: Vec<Vec<Cell>> = register
        .ratings(as_of)
        .iter()
        .filter(|r| r.live)
        .filter_map(|r| {
            let risk = register.risks.get(r.index)?;
            let target = risk
                .target
                .and_then(|a| register.score(a))
                .map(|x| x.to_string());
            Some(vec![
                Cell::text(risk.title.clone()),
                Cell::text(names::words(&r.status)),
                rating_cell(r),
                Cell::number(
                    r.assessment
                        .zip(r.score)
                        .map(|(a, sc)| format!("{} × {} = {sc}", a.likelihood, a.impact))
                        .unwrap_or_else(|| "–".into()),
                ),
                Cell::opt(target),
                Cell::text(direction_text(r.direction)),
                Cell::opt(risk.owner.as_deref().map(|o| names::person(ix, o))),
                Cell::date(r.review_due),
            ])
        })
        .collect();
    Table::new(
        "risks",
        "Live risks, with direction of travel since the previous assessment",
        &[
            "Risk",
            "Status",
            "Rating",
            "Likelihood × impact",
            "Target score",
            "Direction of travel",
            "Owner",
            "Next review",
        ],
        live,
    )
    .when_empty("No live risks.")
}

/// How many live risks travel each way.
fn directions<N: ToString>(counts: [(RiskDirection, N); 4]) -> Table {
    Table::new(
        "risk-directions",
        "Direction of travel of live risks",
        &["Direction", "Risks"],
        counts
            .iter()
            .map(|(d, n)| {
                vec![
                    Cell::text(direction_text(Some(*d))),
                    Cell::number(n.to_string()),
                ]
            })
            .collect(),
    )
}
