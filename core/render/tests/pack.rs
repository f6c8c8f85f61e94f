//! The board pack in HTML and Markdown, rendered from the Leicester example.

use crate::common;
use boardkit_render::{Options, Pack, SectionKind, Templates};
use common::{date, leicester, leicester_open};

fn html() -> String {
    boardkit_render::pack_html(&leicester_open(), &Options::as_of(date("2017-02-01"))).unwrap()
}

#[test]
fn html_has_real_headings_table_headers_and_a4_print_rules() {
    let h = html();
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(h.contains("<html lang=\"en-GB\">"));
    assert_eq!(h.matches("<h1>").count(), 1);
    for key in [
        "minutes",
        "actions",
        "risks",
        "scorecard",
        "attendance",
        "budget",
    ] {
        assert!(
            h.contains(&format!("<section id=\"{key}\"")),
            "section {key}"
        );
        assert!(
            h.contains(&format!("<h2 id=\"{key}-heading\">")),
            "heading {key}"
        );
    }
    assert!(h.contains("@page { size: A4;"));
    let tables = h.matches("<table").count();
    assert!(tables >= 10, "{tables} tables");
    assert_eq!(
        h.matches("<caption>").count(),
        tables,
        "every table has a caption"
    );
    assert_eq!(
        h.matches("<thead>").count(),
        tables,
        "every table has a header row"
    );
    assert!(!h.contains("<th>"), "every header cell has a scope");
    assert!(h.contains("<th scope=\"row\""));
}

#[test]
fn every_chart_has_a_title_and_a_text_alternative() {
    let h = html();
    for id in [
        "chart-risk-heatmap",
        "chart-attendance-by-agency",
        "chart-contributions",
        "chart-indicator-trend",
    ] {
        assert!(
            h.contains(&format!("<title id=\"{id}-title\">")),
            "{id} title"
        );
        assert!(h.contains(&format!("<desc id=\"{id}-desc\">")), "{id} desc");
        assert!(
            h.contains(&format!("aria-labelledby=\"{id}-title {id}-desc\"")),
            "{id} aria"
        );
    }
    assert_eq!(h.matches("<svg").count(), 4);
    // The heat map's text alternative names the cells with risks.
    assert!(h.contains("1 risk in likelihood 3 by impact 4 (Medium, score 12)"));
}

#[test]
fn action_log_lists_overdue_then_due_soon_then_the_rest() {
    let h = html();
    let at = |s: &str| h.find(s).unwrap_or_else(|| panic!("{s} missing"));
    let overdue = at("Overdue (9)");
    let soon = at("Due soon (1)");
    let rest = at("Other open actions (8)");
    let done = at("Done (1)");
    assert!(overdue < soon && soon < rest && rest < done);
    // Action 9.2, due ten months before it was raised, is in the overdue group.
    let late = at("30 Jan 2016 (368 days late)");
    assert!(overdue < late && late < soon);
    // RAG is said in words, not colour alone.
    assert!(h.contains("class=\"rag rag-red\">Red (overdue)</td>"));
}

#[test]
fn scorecard_and_risks_say_direction_in_words_beside_arrows() {
    let h = html();
    assert!(h.contains("▼ Down, improving"));
    assert!(h.contains("▲ Up, worsening"));
    assert!(h.contains("● New"));
}

#[test]
fn budget_statement_totals_to_the_penny() {
    let h = html();
    assert!(h.contains("£389,017.00"));
    assert!(h.contains("£298,700.00"));
}

#[test]
fn the_meeting_marked_confidential_shows_none_of_its_items() {
    // The real record: the December 2016 minutes are marked confidential.
    let doc = leicester();
    let h = boardkit_render::pack_html(&doc, &Options::as_of(date("2017-02-01"))).unwrap();
    let dec = doc
        .meetings
        .iter()
        .find(|m| m.id == "m-2016-12-08")
        .unwrap();
    for item in &dec.agenda {
        assert!(
            !h.contains(&format!(">{}. {}<", item.number, item.title)),
            "item {}",
            item.number
        );
        if let Some(text) = &item.minutes {
            let start: String = text.chars().take(40).collect();
            assert!(!h.contains(&start), "minutes of item {}", item.number);
        }
    }
}

#[test]
fn markdown_pack_has_the_sections_and_escapes_table_cells() {
    let mut doc = leicester_open();
    if let Some(p) = doc.people.iter_mut().find(|p| p.id == "p-chair") {
        p.name = "Jenny | *Myers*".into();
    }
    let md = boardkit_render::pack_markdown(&doc, &Options::as_of(date("2017-02-01"))).unwrap();
    assert!(md.starts_with("# "));
    for h in [
        "## Action log as of",
        "## Risk register as of",
        "## Performance scorecard",
        "## Attendance from",
        "## Budget statement",
    ] {
        assert!(md.contains(h), "{h}");
    }
    assert!(md.contains("Jenny \\| \\*Myers\\*"));
    assert!(!md.contains("Jenny | *Myers*"));
}

#[test]
fn html_escapes_the_records_text() {
    let mut doc = leicester_open();
    if let Some(p) = doc.people.iter_mut().find(|p| p.id == "p-chair") {
        p.name = "<script>alert(1)</script>".into();
    }
    let h = boardkit_render::pack_html(&doc, &Options::as_of(date("2017-02-01"))).unwrap();
    assert!(!h.contains("<script>"));
    assert!(h.contains("&lt;script&gt;"));
}

#[test]
fn a_host_can_supply_its_own_template() {
    let doc = leicester_open();
    let pack = Pack::build(
        &doc,
        &Options::as_of(date("2017-02-01")),
        &[SectionKind::Budget],
    )
    .unwrap();
    let t = Templates::default().with(
        "pack.html",
        "<h1>{{ pack.body }}</h1>{% for s in pack.sections %}<h2>{{ s.title }}</h2>{% endfor %}",
    );
    let out = t.html(&pack).unwrap();
    assert_eq!(
        out,
        "<h1>Leicester Safeguarding Children Board</h1><h2>Budget statement 2016&#x2f;17</h2>"
    );
    let broken = Templates::default().with("pack.html", "{% for %}");
    let err = broken.html(&pack).unwrap_err();
    assert_eq!(err.code(), "render.template");
}

#[test]
fn an_unknown_body_is_an_option_error() {
    let mut o = Options::as_of(date("2017-02-01"));
    o.body = Some("b-nowhere".into());
    let err = boardkit_render::pack_html(&leicester_open(), &o).unwrap_err();
    assert_eq!(err.code(), "render.option");
    assert!(!err.to_string().contains("b-nowhere"));
}

#[test]
fn public_minutes_print_open_items_with_names_and_withhold_a_confidential_one() {
    let mut doc = leicester_open();
    for m in &mut doc.meetings {
        m.confidential = false;
    }
    let dec = doc
        .meetings
        .iter_mut()
        .find(|m| m.id == "m-2016-12-08")
        .unwrap();
    let k = dec.agenda.iter().position(|i| i.number == "4.1").unwrap();
    let secret: String = dec.agenda[k]
        .minutes
        .clone()
        .unwrap()
        .chars()
        .take(60)
        .collect();
    dec.agenda[k].confidential = true;
    let open_title = dec.agenda[5].title.clone();
    let pack = Pack::build(
        &doc,
        &Options::as_of(date("2017-02-01")),
        &[SectionKind::Minutes],
    )
    .unwrap();
    let md = Templates::default().markdown(&pack).unwrap();
    let m = pack.sections[0].minutes.as_ref().unwrap();
    assert!(m.items[k].confidential);
    assert_eq!(m.items[k].title, "Confidential item");
    assert!(m.items[k].paragraphs.is_empty() && m.items[k].decisions.is_empty());
    assert!(!md.contains(&boardkit_render::templates::markdown_escape(&secret)));
    assert!(md.contains("### 4.1. Confidential item"));
    assert!(md.contains(&boardkit_render::templates::markdown_escape(&open_title)));
    // Presenters and decision owners written as initials print as names.
    assert!(md.contains("Presented by Caroline Tote, Simon Cure."));
    assert!(md.contains("Action by: Simon Cure."));
}

/// A pack names the body by the name in force on its date: a board that became a
/// partnership after the pack's date is still the board in it (bodies are renamed and merged over time).
#[test]
fn the_pack_names_the_body_as_it_was_called_on_its_date() {
    let mut doc = leicester_open();
    let b = &mut doc.bodies[0];
    let now = b.name.clone();
    b.history.push(boardkit::board::BodyStage {
        name: "Earlier Board Of This Area".into(),
        kind: None,
        from: None,
        until: Some(date("2017-03-31")),
        extensions: Default::default(),
    });
    let before = boardkit_render::pack_html(&doc, &Options::as_of(date("2017-02-01"))).unwrap();
    assert!(before.contains("Earlier Board Of This Area"));
    let after = boardkit_render::pack_html(&doc, &Options::as_of(date("2017-04-01"))).unwrap();
    assert!(!after.contains("Earlier Board Of This Area"));
    assert!(after.contains(&now));
}
