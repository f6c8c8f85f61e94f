//! boardkit quickstart: the main job.
//!
//! ```text
//! cargo run -p boardkit-quickstart -- examples/data/leicester-lscb.json --as-of 2017-02-01
//! ```
//!
//! Reads a board document, validates it, and prints a readable report: findings by code
//! and path (never the record's free text), then the board's figures as of the date given.

use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: boardkit-report <board.json> [--as-of YYYY-MM-DD]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut as_of = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--as-of" => {
                let Some(v) = args.get(i + 1) else {
                    return usage();
                };
                match v.parse() {
                    Ok(d) => as_of = Some(d),
                    Err(_) => {
                        eprintln!("--as-of: not a date in the form YYYY-MM-DD");
                        return ExitCode::from(2);
                    }
                }
                i += 2;
            }
            "-h" | "--help" => return usage(),
            p if path.is_none() => {
                path = Some(p.to_string());
                i += 1;
            }
            _ => return usage(),
        }
    }
    let Some(path) = path else { return usage() };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = match BoardDocument::from_json(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {} [{}] at {}", e, e.code(), e.path());
            return ExitCode::from(1);
        }
    };
    let options = ValidateOptions {
        as_of,
        ..Default::default()
    };
    let report = doc.validate(&options);
    println!("boardkit {} — {}", boardkit::VERSION, path);
    match as_of {
        Some(d) => println!("as of {d}\n"),
        None => println!("no --as-of date given: date-dependent rules not run\n"),
    }
    println!("== Validation ==");
    print!("{}", boardkit::report::render_findings(&report));
    if let Some(as_of) = as_of {
        if let Err(e) = figures(&doc, as_of) {
            eprintln!("{} [{}] at {}", e, e.code(), e.path());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

/// The board's figures as of a date: action log, risk register, budget, scorecard and
/// attendance. Records are shown by id and reference, not by their free text.
fn figures(doc: &BoardDocument, as_of: boardkit::date::Date) -> Result<(), boardkit::Error> {
    use boardkit::{action, budget, report, risk, scorecard};

    println!("\n== Action log as of {as_of} ==");
    let entries = action::entries(doc, as_of, 14);
    println!(
        "{:<22} {:<6} {:<12} {:<11} RAG",
        "action", "ref", "status", "due"
    );
    for e in &entries {
        let due = e
            .due_on
            .map(|d| d.to_string())
            .unwrap_or_else(|| "-".into());
        let flag = if e.overdue {
            "OVERDUE"
        } else if e.undated {
            "undated"
        } else if e.is_done() {
            "done"
        } else {
            ""
        };
        println!(
            "{:<22} {:<6} {:<12} {:<11} {:<6} {}",
            e.id,
            e.reference,
            e.status.as_str(),
            due,
            format!("{:?}", e.rag).to_lowercase(),
            flag
        );
    }
    let s = action::summarise(as_of, &entries);
    println!(
        "{} actions: {} open, {} overdue, {} undated, {} done",
        s.totals.total, s.totals.open, s.totals.overdue, s.totals.undated, s.totals.done
    );

    if let Some(register) = &doc.risk_register {
        println!("\n== Risk register as of {as_of} ==");
        let summary = risk::summary(&risk::SummaryRequest {
            review_days: None,
            body_review_days: Default::default(),
            register: register.clone(),
            as_of,
            review_within_days: 30,
        })?;
        for line in &summary.lines {
            println!("{line}");
        }
    }

    for b in &doc.budgets {
        let st = budget::statement(&budget::StatementRequest {
            budget: b.clone(),
            previous: None,
        })?;
        println!("\n== Budget {} ==", st.year);
        println!("baseline {}", st.baseline);
        for line in &st.income {
            let name = doc
                .organisation(&line.organisation)
                .map(|o| o.name.as_str())
                .unwrap_or(line.organisation.as_str());
            println!("  {:<70} {:>12}", name, line.cash.to_string());
        }
        println!(
            "cash income {}, in kind {} (not cash), spent {}, position {:?}",
            st.totals.cash, st.totals.in_kind, st.total_spent, st.position
        );
    }

    for sc in &doc.scorecards {
        println!("\n== Scorecard {} ==", sc.id);
        let sum = scorecard::summarise(&scorecard::SummariseRequest {
            scorecard: sc.clone(),
            period: None,
        });
        for i in &sum.indicators {
            let show = |d: &Option<scorecard::Decimal>| {
                d.as_ref()
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "-".into())
            };
            let travel = i
                .travel
                .as_ref()
                .map(|t| format!("{:?}", t.direction).to_lowercase())
                .unwrap_or_else(|| "-".into());
            println!(
                "  {:<34} {:>10} (was {:>8}, change {:>6}%) {}",
                i.id,
                show(&i.value),
                show(&i.previous_value),
                show(&i.percent_change),
                travel
            );
        }
    }

    for body in doc.bodies.iter().filter(|b| !b.members.is_empty()) {
        let from = as_of - chrono_days(365);
        let att =
            report::attendance(&report::AttendanceRequest {
                document: doc.clone(),
                body: body.id.clone(),
                from,
                to: as_of,
                threshold_percent: Some(scorecard::Decimal::from_int(75).ok_or_else(|| {
                    boardkit::Error::invalid("/threshold_percent", "out of range")
                })?),
                places: 0,
            })?;
        println!(
            "\n== Attendance at {} from {} to {}: {} meeting(s) with attendance recorded, {} without ==",
            body.id,
            att.from,
            att.to,
            att.meetings_held,
            att.not_recorded.len()
        );
        for row in &att.agencies {
            let label = match &row.row {
                report::RowKey::Organisation(id) => doc
                    .organisation(id)
                    .map(|o| o.name.clone())
                    .unwrap_or_else(|| id.clone()),
                report::RowKey::Role(role) => match role {
                    boardkit::board::SpecialRole::IndependentChair => "Independent Chair".into(),
                    boardkit::board::SpecialRole::LayMember => "Lay Members".into(),
                    boardkit::board::SpecialRole::LeadMember => "Lead Member".into(),
                    boardkit::board::SpecialRole::IndependentScrutineer => {
                        "Independent Scrutineer".into()
                    }
                    boardkit::board::SpecialRole::Observer => "Observers".into(),
                    _ => "Other roles".into(),
                },
                report::RowKey::Unaffiliated => "Other members (no organisation)".into(),
            };
            let pct = row
                .percent
                .as_ref()
                .map(|p| format!("{p}%"))
                .unwrap_or_else(|| "-".into());
            println!(
                "  {:<70} seats {:>2} {:>5}{}",
                label,
                row.seats,
                pct,
                if row.below_threshold {
                    "  below threshold"
                } else {
                    ""
                }
            );
        }
    }
    Ok(())
}

fn chrono_days(n: i64) -> boardkit::date::Duration {
    boardkit::date::Duration::days(n)
}
