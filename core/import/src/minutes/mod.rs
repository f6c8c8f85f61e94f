//! Minutes from text: attendance, agenda items, decisions, actions, declarations,
//! approval of the previous minutes, matters arising and the next meeting.
//!
//! Every line of an agenda item is kept in the item's minute text, and the records read
//! from it are added beside; lines before the first item that are not attendance go to
//! the meeting's `extensions.preamble`. So nothing is dropped.

use crate::codes::ImportCode;
mod attendance;
mod columns;
mod deputy;
mod entry_text;
mod grid;
mod header;
mod headings;
mod items;
mod markers;
pub(crate) use markers::status_of;
mod narrative;
mod outstanding;
mod owners;
mod pairing;
mod proposal;
mod reader;
mod runon;
mod runs;
mod standing;
mod trace;

use crate::text::{lines, Line};
use crate::{dates, Draft, ImportError, Location};
use boardkit::BoardDocument;
use reader::Reader;
use serde_json::Value;

/// Import minutes from bytes (UTF-8, or Windows-1252 with an uncertainty).
pub fn import_minutes_bytes(
    bytes: &[u8],
    context: Option<&BoardDocument>,
) -> Result<Draft, ImportError> {
    let (text, mut head) = crate::text::decode(bytes)?;
    let mut draft = import_minutes(&text, context);
    head.append(&mut draft.uncertainties);
    draft.uncertainties = head;
    Ok(draft)
}

/// Import minutes from text, matching people against the context document.
///
/// ```
/// let minutes = "Present:\nJane Smith (JS), Chair\n\n1. Apologies\nNone.\n";
/// let draft = boardkit_import::import_minutes(minutes, None);
/// // Every line ends up in the draft or in an uncertainty; nothing is merged on a guess.
/// println!("{} uncertainties", draft.uncertainties.len());
/// assert!(!draft.document.people.is_empty() || !draft.uncertainties.is_empty());
/// ```
pub fn import_minutes(text: &str, context: Option<&BoardDocument>) -> Draft {
    let mut r = Reader::new(context);
    r.lines = runon::split_runon(lines(text));
    r.run();
    r.finish(context)
}

/// The walk over the lines: each line goes to the first part of the reader that takes it,
/// and where it went is traced.
impl<'a> Reader<'a> {
    fn run(&mut self) {
        self.find_header();
        self.timescale_column = self
            .lines
            .iter()
            .any(|l| l.text.contains("Responsible") && l.text.contains("Timescale"));
        self.action_column = self
            .lines
            .iter()
            .any(|l| l.text.split_whitespace().any(|w| w == "ACTION"));
        let lines = std::mem::take(&mut self.lines);
        let mut i = 0;
        while let Some(line) = lines.get(i) {
            let next = lines.get(i + 1);
            let mark = trace::Mark::of(self);
            let used = self.line(line, next).max(1);
            let mut paths = mark.since(self);
            paths.append(&mut self.touched);
            for l in lines.iter().skip(i).take(used) {
                for p in &paths {
                    self.trace.add(Location::line(l.no), p.clone());
                }
            }
            i += used;
        }
        self.lines = lines;
        self.pair_loose();
        self.touched.clear();
    }

    /// Read one line (and maybe the next); returns how many lines were used.
    fn line(&mut self, l: &Line, next: Option<&Line>) -> usize {
        self.scan_dates(l);
        // Multi-line constructs first.
        if let Some(used) = self.pending_line(l) {
            self.keep(l);
            return used;
        }
        if let Some(used) = self.heading(l, next) {
            return used;
        }
        if grid::grid_line(self, l) || columns::columns_line(self, l) {
            return 1;
        }
        if self.meeting.agenda.is_empty() && self.attendance_line(l) {
            return 1;
        }
        let read = self.records(l);
        if self.meeting.agenda.is_empty() {
            if !read && l.text.chars().count() > 200 {
                self.note(l.no, ImportCode::LineUnread, "A long line before the first agenda item was not read; it may hold an attendance table run together by a PDF extraction. It is kept in the meeting's extensions (preamble).");
            }
            if l.text.eq_ignore_ascii_case("confidential") {
                self.meeting.confidential = true;
            }
            self.preamble.push(Value::String(l.text.clone()));
            return 1;
        }
        self.keep(l);
        1
    }

    /// Report impossible and suspicious dates anywhere in a line of minute text.
    fn scan_dates(&mut self, l: &Line) {
        for f in dates::find_all(&l.text) {
            match f.read {
                dates::Read::Impossible => self.note(l.no, ImportCode::DateImpossible, "A date in the minute text does not exist, for example 31 April; check it."),
                dates::Read::Day(d) if self.date_found && dates::suspicious(d, Some(self.meeting.date)) => self.note(l.no, ImportCode::DateSuspicious, "A date in the minute text is far from the meeting date, for example 2106 for 2016; check it."),
                _ => {}
            }
        }
    }

    fn finish(mut self, _context: Option<&BoardDocument>) -> Draft {
        if !self.date_found {
            self.note(1, ImportCode::DateMissing, "The meeting date could not be found in the opening lines; the draft meeting is dated 1 January 1970 until you correct it.");
        }
        if !self.preamble.is_empty() {
            self.meeting.extensions.insert(
                "preamble".into(),
                Value::Array(std::mem::take(&mut self.preamble)),
            );
        }
        let mut doc = BoardDocument::new();
        doc.people = self.book.people.clone();
        if let Some(ctx) = self.context {
            doc.organisations = ctx.organisations.clone();
        }
        // A draft is a document: its body and the meeting whose minutes were approved
        // are in it (the context's, else stubs), so no reference dangles.
        let body = crate::table::body_of(&mut doc, self.context);
        let previous = self
            .meeting
            .previous_minutes
            .as_ref()
            .map(|p| p.meeting.clone());
        doc.meetings.push(self.meeting);
        if let Some(prev) = previous {
            stub_previous(&mut doc, self.context, &body, &prev);
        }
        doc.actions = self.actions;
        let line_nos: Vec<usize> = self.lines.iter().map(|l| l.no).collect();
        let provenance = std::mem::take(&mut self.trace).finish(&doc, &line_nos, &mut self.out);
        self.out.sort_by_key(|u| u.at.line);
        // One uncertainty per line and code for dates (a due and the scan both see it).
        self.out.dedup_by(|a, b| {
            a.at == b.at && a.code == b.code && a.code.as_str().starts_with("import.date")
        });
        // The draft is held while its JSON is written: its lists without their growth room.
        self.out.shrink_to_fit();
        doc.actions.shrink_to_fit();
        Draft {
            document: doc,
            uncertainties: self.out,
            provenance,
            mapping: None,
        }
    }
}

/// The meeting the approved minutes belong to: `m-YYYY-MM-DD` becomes the context's
/// meeting on that date or a stub meeting. An undated approval keeps `m-previous`
/// (no meeting can be made without a date).
fn stub_previous(doc: &mut BoardDocument, context: Option<&BoardDocument>, body: &str, id: &str) {
    let Some(date) = id
        .strip_prefix("m-")
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    else {
        return;
    };
    let mut meetings = crate::table::Meetings::new(context, body);
    let Some(target) = meetings
        .on(doc, body, date)
        .and_then(|i| doc.meetings.get(i))
        .map(|m| m.id.clone())
    else {
        return;
    };
    if let Some(p) = doc
        .meetings
        .first_mut()
        .and_then(|m| m.previous_minutes.as_mut())
    {
        p.meeting = target;
    }
}
