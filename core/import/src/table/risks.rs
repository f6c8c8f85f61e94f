//! A risk register: one risk per row; likelihood and impact as numbers or "4x4=16".

use super::actions::due_of;
use super::shape::Table;
use crate::codes::ImportCode;
use crate::dates::{self, Read};
use crate::people::Book;
use crate::rows::Row;
use crate::Location;
use boardkit::risk::{Assessment, Matrix, ReviewFrequency, Risk, RiskRegister, RiskStatus};
use boardkit::BoardDocument;
use serde_json::Value;

pub(super) const FIELDS: &[(&str, &[&str])] = &[
    ("id", &["id", "ref", "risk ref", "risk id", "risk no", "no"]),
    ("title", &["risk", "title", "risk title", "risk name"]),
    (
        "description",
        &[
            "description",
            "risk description",
            "cause",
            "risk cause and context",
            "cause and effect",
        ],
    ),
    ("category", &["category", "risk category", "type"]),
    (
        "owner",
        &["owner", "risk owner", "assigned to", "lead", "responsible"],
    ),
    (
        "raised",
        &[
            "raised",
            "date raised",
            "date identified",
            "identified",
            "date added",
            "opened",
        ],
    ),
    ("status", &["status", "risk status"]),
    (
        "likelihood",
        &[
            "likelihood",
            "l",
            "current likelihood",
            "residual likelihood",
        ],
    ),
    (
        "impact",
        &["impact", "i", "current impact", "residual impact"],
    ),
    (
        "score",
        &[
            "score",
            "risk score",
            "rating",
            "current score",
            "residual score",
            "overall",
        ],
    ),
    (
        "current",
        &[
            "current risk",
            "residual risk",
            "l x i",
            "lxi",
            "l×i",
            "current rating",
        ],
    ),
    (
        "inherent",
        &["inherent risk", "inherent", "initial risk", "gross risk"],
    ),
    ("target", &["target risk", "target", "target rating"]),
    (
        "controls",
        &[
            "controls",
            "controls in place",
            "management controls",
            "existing controls",
            "mitigation",
        ],
    ),
    (
        "next_review",
        &["review date", "next review", "next review date", "review"],
    ),
    ("review_frequency", &["review frequency", "frequency"]),
];

/// "4x4=16", "4 × 4", "4*4" → (4, 4).
fn pair(text: &str) -> Option<(u32, u32)> {
    let t = text.split('=').next().unwrap_or("").to_lowercase();
    let (a, b) = t.split_once(['x', '×', '*'])?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

fn level(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|v| (1..=10).contains(v))
}

fn status(text: &str) -> Option<RiskStatus> {
    match text.trim().to_lowercase().as_str() {
        "open" | "live" | "active" | "current" => Some(RiskStatus::Open),
        "closed" | "retired" => Some(RiskStatus::Closed),
        "escalated" => Some(RiskStatus::Escalated),
        "proposed" | "new" => Some(RiskStatus::Proposed),
        "deferred" => Some(RiskStatus::Deferred),
        _ => None,
    }
}

fn frequency(text: &str) -> Option<ReviewFrequency> {
    match text.trim().to_lowercase().as_str() {
        "monthly" => Some(ReviewFrequency::Monthly),
        "bi-monthly" | "bi monthly" | "bimonthly" | "every two months" => {
            Some(ReviewFrequency::BiMonthly)
        }
        "quarterly" => Some(ReviewFrequency::Quarterly),
        "half-yearly" | "half yearly" | "six-monthly" | "6 monthly" => {
            Some(ReviewFrequency::HalfYearly)
        }
        "annually" | "yearly" | "annual" => Some(ReviewFrequency::Annually),
        _ => None,
    }
}

/// The notes for the columns a register lacks (title, raised, status).
fn missing_columns(t: &mut Table) {
    if !t.has("title") {
        t.note(
            1,
            None,
            ImportCode::ColumnMissing,
            "No column holds the risk's title; map one, for example {\"title\": \"Risk\"}.",
        );
    }
    if !t.has("raised") {
        t.note(1, None, ImportCode::ColumnMissing, "No column says when each risk was raised; the risks are dated 1 January 1970 until you correct them. Map one, for example {\"raised\": \"Date identified\"}.");
    }
    if !t.has("status") {
        t.note(
            1,
            None,
            ImportCode::ColumnMissing,
            "No column holds the risks' status; they were recorded as open.",
        );
    }
}

/// The day a risk was raised, from its cell (1 January 1970 when it cannot be read,
/// noted and kept under `raised_text` when a mapped column's cell is not a date).
fn raised_on(
    t: &mut Table,
    n: usize,
    raised_cell: &str,
    ext: &mut boardkit::Extensions,
) -> chrono::NaiveDate {
    match dates::due(raised_cell) {
        Some(Read::Day(d)) => d,
        // A mapped column left empty: no date recorded (set to none below).
        _ if t.has("raised") && raised_cell.is_empty() => chrono::NaiveDate::default(),
        _ => {
            if t.has("raised") {
                t.note(n, Some("raised"), ImportCode::DateUnread, "The date a risk was raised could not be read; it is dated 1 January 1970 until you correct it.");
                ext.insert("raised_text".into(), Value::String(raised_cell.to_string()));
            }
            chrono::NaiveDate::default()
        }
    }
}

/// A risk's status from its cell: open when empty or unreadable (noted, and kept under
/// `status_text`).
fn status_cell(
    t: &mut Table,
    n: usize,
    row: &Row<'_>,
    ext: &mut boardkit::Extensions,
) -> RiskStatus {
    let st_text = t.cell(row, "status").to_string();
    if st_text.is_empty() {
        RiskStatus::Open
    } else {
        status(&st_text).unwrap_or_else(|| {
                t.note(n, Some("status"), ImportCode::StatusUnread, "A risk status could not be read; the risk was recorded as open and the text kept under its extensions (status_text).");
                ext.insert("status_text".into(), Value::String(st_text.clone()));
                RiskStatus::Open
            })
    }
}

/// A risk's current, inherent and target assessments from their cells; a cell that
/// cannot be read, or a score that disagrees, is noted and kept under its extensions.
fn assess(t: &mut Table, n: usize, row: &Row<'_>, risk: &mut Risk, ext: &mut boardkit::Extensions) {
    // Current assessment: likelihood and impact columns, or a combined "L×I" cell.
    let (l, i) = (
        level(t.cell(row, "likelihood")),
        level(t.cell(row, "impact")),
    );
    risk.current = match (l, i) {
        (Some(l), Some(i)) => Some(Assessment {
            likelihood: l,
            impact: i,
        }),
        _ => pair(t.cell(row, "current")).map(|(l, i)| Assessment {
            likelihood: l,
            impact: i,
        }),
    };
    for (field, name) in [("likelihood", "likelihood"), ("impact", "impact")] {
        let v = t.cell(row, field).to_string();
        if !v.is_empty() && level(&v).is_none() {
            t.note(n, Some(field), ImportCode::CellUnread, "A likelihood or impact is not a number, for example \"high\"; it was kept under the risk's extensions.");
            ext.insert(format!("{name}_text"), Value::String(v));
        }
    }
    let score = t.cell(row, "score").to_string();
    if !score.is_empty() {
        let s: Option<u32> = score.split_whitespace().next().and_then(|x| x.parse().ok());
        match (s, risk.current) {
            (Some(s), Some(a)) if s != a.likelihood * a.impact => {
                t.note(n, Some("score"), ImportCode::ScoreMismatch, "A risk score differs from likelihood times impact; the likelihood and impact were used and the score kept under the risk's extensions (score_text).");
                ext.insert("score_text".into(), Value::String(score));
            }
            (Some(_), Some(_)) => {}
            _ => {
                t.note(n, Some("score"), ImportCode::CellUnread, "A score without likelihood and impact cannot be placed on the matrix; it was kept under the risk's extensions (score_text).");
                ext.insert("score_text".into(), Value::String(score));
            }
        }
    }
    risk.inherent = pair(t.cell(row, "inherent")).map(|(l, i)| Assessment {
        likelihood: l,
        impact: i,
    });
    risk.target = pair(t.cell(row, "target")).map(|(l, i)| Assessment {
        likelihood: l,
        impact: i,
    });
    for f in ["inherent", "target", "current"] {
        let v = t.cell(row, f).to_string();
        if !v.is_empty() && pair(&v).is_none() {
            t.note(n, Some(f), ImportCode::CellUnread, "An assessment is not written as likelihood × impact, for example \"4x3=12\"; it was kept under the risk's extensions.");
            ext.insert(format!("{f}_text"), Value::String(v));
        }
    }
}

/// A risk's next review and review frequency from their cells.
fn review(
    t: &mut Table,
    n: usize,
    row: &Row<'_>,
    raised: chrono::NaiveDate,
    risk: &mut Risk,
    ext: &mut boardkit::Extensions,
) {
    let review = t.cell(row, "next_review").to_string();
    match due_of(t, n, &review, Some(raised), ext) {
        Some(boardkit::date::When::Date(d)) => risk.next_review = Some(d),
        Some(boardkit::date::When::Month(m)) => risk.next_review = Some(m.last_day()),
        _ => {}
    }
    let freq = t.cell(row, "review_frequency").to_string();
    if !freq.is_empty() {
        risk.review_frequency = frequency(&freq);
        if risk.review_frequency.is_none() {
            t.note(n, Some("review_frequency"), ImportCode::CellUnread, "A review frequency could not be read, for example \"termly\"; it was kept under the risk's extensions.");
            ext.insert("review_frequency_text".into(), Value::String(freq));
        }
    }
}

pub(super) fn read(
    t: &mut Table,
    rows: &[(usize, Row<'_>)],
    context: Option<&BoardDocument>,
) -> BoardDocument {
    let mut doc = BoardDocument::new();
    let mut book = Book::new(context);
    if let Some(c) = context {
        doc.bodies = c.bodies.clone();
        doc.organisations = c.organisations.clone();
    }
    let matrix = match context.and_then(|c| c.risk_register.as_ref()) {
        Some(r) => r.matrix.clone(),
        None => {
            t.note(1, None, ImportCode::MatrixAssumed, "The register's matrix is not known from the table, so a 5×5 matrix was assumed; give a context document with the board's risk register to use its matrix.");
            Matrix::five_by_five()
        }
    };
    missing_columns(t);
    let mut risks = Vec::new();
    for (n, row) in rows {
        let n = *n;
        let mut ext = t.extensions(row);
        let raised_cell = t.cell(row, "raised").to_string();
        let raised = raised_on(t, n, &raised_cell, &mut ext);
        let st = status_cell(t, n, row, &mut ext);
        let id = match t.cell(row, "id") {
            "" => format!("r-{n}"),
            x => x.to_string(),
        };
        let mut risk = Risk::new(id, t.cell(row, "title"), raised, st);
        if t.has("raised") && raised_cell.is_empty() {
            risk.raised.date = None;
        }
        risk.description = Some(t.cell(row, "description").to_string()).filter(|s| !s.is_empty());
        risk.category = Some(t.cell(row, "category").to_string()).filter(|s| !s.is_empty());
        let owner = t.cell(row, "owner").to_string();
        if !owner.is_empty() {
            let mut out = std::mem::take(&mut t.out);
            risk.owner = book.by_name(
                &owner,
                None,
                &Location::cell(t.sheet, n, t.col("owner")),
                &mut out,
            );
            t.out = out;
        }
        assess(t, n, row, &mut risk, &mut ext);
        risk.controls = t
            .cell(row, "controls")
            .split([';', '\n'])
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .map(boardkit::risk::Control::Text)
            .collect();
        review(t, n, row, raised, &mut risk, &mut ext);
        risk.extensions = ext;
        t.record(n, format!("/risk_register/risks/{}", risks.len()));
        risks.push(risk);
    }
    let mut register = RiskRegister::new(matrix);
    register.body = context.and_then(|c| c.bodies.first()).map(|b| b.id.clone());
    register.risks = risks;
    doc.risk_register = Some(register);
    doc.people = book.people;
    doc
}
