//! iCalendar: parsed back with the icalendar crate's parser; every event checked.

use crate::common;
use boardkit_render::ical::calendar;
use boardkit_render::Options;
use common::{date, leicester_open};
use icalendar::parser::{read_calendar, unfold};

fn prop<'a>(c: &'a icalendar::parser::Component<'a>, name: &str) -> Option<String> {
    c.find_prop(name).map(|p| p.val.as_str().to_string())
}

#[test]
fn every_meeting_and_open_action_due_date_parses_back() {
    let mut doc = leicester_open();
    // A cancelled meeting must come out as cancelled.
    let mut cancelled = doc.meetings[1].clone();
    cancelled.id = "m-cancelled".into();
    cancelled.date = date("2017-03-23");
    cancelled.status = boardkit::meeting::MeetingStatus::Cancelled;
    cancelled.agenda.clear();
    cancelled.attendance.clear();
    doc.meetings.push(cancelled);
    let as_of = date("2017-02-01");
    let text = calendar(&doc, &Options::as_of(as_of)).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(
        text.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets"
    );
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap();
    assert!(cal.properties.iter().any(|p| p.name == "X-WR-CALNAME"));
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();

    let meetings: Vec<_> = doc.meetings.iter().filter(|m| m.body == "b-lscb").collect();
    let entries: Vec<_> = boardkit::action::entries(&doc, as_of, 14)
        .into_iter()
        .filter(|e| !e.is_done() && e.due_on.is_some())
        .collect();
    assert_eq!(events.len(), meetings.len() + entries.len());

    for m in &meetings {
        let uid = format!("meeting-{}@boardkit.invalid", m.id);
        let e = events
            .iter()
            .find(|e| prop(e, "UID").as_deref() == Some(uid.as_str()))
            .unwrap_or_else(|| panic!("meeting {} in the calendar", m.id));
        assert_eq!(prop(e, "SUMMARY").as_deref(), Some(m.title.as_str()));
        assert_eq!(prop(e, "DTSTAMP").as_deref(), Some("20170201T000000Z"));
        let start = prop(e, "DTSTART").unwrap();
        match m.start {
            Some(s) => assert_eq!(
                start,
                format!("{}T{}00", m.date.format("%Y%m%d"), s.0.format("%H%M"))
            ),
            None => assert_eq!(start, m.date.format("%Y%m%d").to_string()),
        }
        if let Some(end) = m.end {
            assert_eq!(
                prop(e, "DTEND").unwrap(),
                format!("{}T{}00", m.date.format("%Y%m%d"), end.0.format("%H%M"))
            );
        }
        assert_eq!(prop(e, "LOCATION"), m.venue.clone());
        let status = prop(e, "STATUS").unwrap();
        if m.status == boardkit::meeting::MeetingStatus::Cancelled {
            assert_eq!(status, "CANCELLED");
        } else {
            assert_eq!(status, "CONFIRMED");
        }
    }
    assert!(events
        .iter()
        .any(|e| prop(e, "STATUS").as_deref() == Some("CANCELLED")));

    for a in &entries {
        let uid = format!("action-{}@boardkit.invalid", a.id);
        let e = events
            .iter()
            .find(|e| prop(e, "UID").as_deref() == Some(uid.as_str()))
            .unwrap_or_else(|| panic!("action {} in the calendar", a.id));
        let start = e.find_prop("DTSTART").unwrap();
        assert!(
            start
                .params
                .iter()
                .any(|p| p.key == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE")),
            "all-day"
        );
        assert_eq!(
            start.val.as_str(),
            a.due_on.unwrap().format("%Y%m%d").to_string()
        );
        assert!(prop(e, "SUMMARY")
            .unwrap()
            .starts_with(&format!("Action {} due: ", a.reference)));
    }
}

#[test]
fn the_same_document_gives_the_same_file() {
    let doc = leicester_open();
    let o = Options::as_of(date("2017-02-01"));
    assert_eq!(calendar(&doc, &o).unwrap(), calendar(&doc, &o).unwrap());
}
