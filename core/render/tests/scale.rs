//! Larger boards: the synthetic partnerships of the core's benchmarks (one year, ten
//! years) go through every output; the action log's CSV has a row per action raised by
//! the date, and the time each output takes is printed (run with `--nocapture`).

use crate::synth;

use boardkit::BoardDocument;
use boardkit_render::{csv_out, ical, oparl, Options, SectionKind};
use std::time::Instant;

fn run(scale: u32) {
    let doc = BoardDocument::from_json(&synth::board_json(scale)).unwrap();
    let as_of: boardkit::date::Date = synth::as_of_str(scale).parse().unwrap();
    let o = Options::as_of(as_of);
    let t = Instant::now();
    let html = boardkit_render::pack_html(&doc, &o).unwrap();
    let html_ms = t.elapsed().as_millis();
    let t = Instant::now();
    let files = csv_out::tables(&doc, &o, SectionKind::Actions).unwrap();
    let csv_ms = t.elapsed().as_millis();
    let t = Instant::now();
    let ics = ical::calendar(&doc, &o).unwrap();
    let ics_ms = t.elapsed().as_millis();
    let t = Instant::now();
    let ex = oparl::export(&doc, &o, "https://papers.example.org/oparl").unwrap();
    let oparl_ms = t.elapsed().as_millis();
    eprintln!(
        "scale {scale}: {} actions; pack.html {} bytes in {html_ms} ms; actions CSV {csv_ms} ms; iCalendar {ics_ms} ms; OParl {oparl_ms} ms",
        doc.actions.len(),
        html.len()
    );
    // Every action of the pack's body raised by the date is a row of the log.
    let body = &ex.body[0]["id"];
    assert!(body.as_str().unwrap().contains("/body/"));
    let body_id = body
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let public = doc.public_version();
    let raised = boardkit::action::entries(&public, as_of, 14)
        .iter()
        .filter(|e| {
            e.raised_at
                .as_deref()
                .and_then(|r| public.meeting(r))
                .is_some_and(|m| m.body == body_id)
        })
        .count();
    let rows = files[0]
        .1
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count()
        - 1;
    assert!(raised > 0);
    assert!(
        rows >= raised,
        "{rows} rows for {raised} actions (a description may hold line breaks)"
    );
    assert_eq!(ex.meeting.len(), doc.meetings.len());
    assert!(ics.matches("BEGIN:VEVENT").count() >= doc.meetings_of(&body_id).len());
}

#[test]
fn one_year_and_ten_years_render() {
    run(1);
    run(10);
}
