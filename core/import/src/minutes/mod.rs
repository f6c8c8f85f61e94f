//! Minutes from text: attendance, agenda items, decisions, actions, declarations,
//! approval of the previous minutes, matters arising and the next meeting.
//!
//! Every line of an agenda item is kept in the item's minute text, and the records read
//! from it are added beside; lines before the first item that are not attendance go to
//! the meeting's `extensions.preamble`. So nothing is dropped.

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
mod runon;
mod runs;
mod standing;
mod trace;

use crate::people::Book;
use crate::text::{lines, Line};
use crate::{dates, Draft, ImportError, Location, Uncertainty};
use boardkit::action::Action;
use boardkit::meeting::{AgendaItem, AttendanceStatus, Meeting, MeetingStatus};
use boardkit::{BoardDocument, Extensions};
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

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Before anything recognised.
    Preamble,
    /// In an attendance list with this status.
    Attend(AttendanceStatus),
    /// In an agenda item.
    Item,
}

/// Pending multi-line constructs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pending {
    None,
    /// After a decision marker: (kind, seen an enumerated line, decisions so far).
    Decisions(boardkit::meeting::DecisionKind, bool, usize),
    /// After "Action by:": owners of the decisions just read (count of owner lines).
    ActionBy(usize),
    /// After "Action:" / "Actions:" alone: (actions read so far).
    Actions(usize),
    /// An action table: column of ref, action, owner, by, outcome.
    ActionTable([Option<usize>; 5]),
    /// After "Next Meeting:" alone.
    NextMeeting,
    /// After an action from an ACTION column: its due may be on the next line.
    DueNext,
}

pub(crate) struct Reader<'a> {
    pub lines: Vec<Line>,
    pub book: Book,
    pub out: Vec<Uncertainty>,
    pub meeting: Meeting,
    pub actions: Vec<Action>,
    pub context: Option<&'a BoardDocument>,
    pub section: Section,
    pub pending: Pending,
    pub para_ref: Option<String>,
    pub last_absent: Option<String>,
    pub date_found: bool,
    pub preamble: Vec<Value>,
    pub prev_was_entry: Option<usize>,
    pub loose_initials: Vec<(usize, String)>,
    pub loose_roles: Vec<(usize, String)>,
    pub grid: Option<grid::Grid>,
    pub action_column: bool,
    pub timescale_column: bool,
    pub ma_ref: Option<String>,
    pub absent_in_sentence: usize,
    pub alternating: bool,
    pub att_index: std::collections::HashMap<String, usize>,
    pub grid_dated: bool,
    pub last_entry_line: usize,
    pub assumed_noted: bool,
    pub name_run: Vec<usize>,
    pub role_run: Vec<(usize, String)>,
    pub roles_mode: bool,
    pub columns_seen: bool,
    pub proposal: Option<(String, String)>,
    pub outstanding: bool,
    /// Attendees by the last word of their name, for "Cllr Surname" references.
    pub surnames: std::collections::HashMap<String, Vec<String>>,
    /// Where each line went (provenance).
    pub trace: crate::provenance::Trace,
    /// Pointers of records that existed before the line being read and that it changed
    /// or named again (taken into the line's provenance after it).
    pub touched: Vec<String>,
}

impl<'a> Reader<'a> {
    fn new(context: Option<&'a BoardDocument>) -> Self {
        let body = context
            .and_then(|d| d.bodies.first())
            .map(|b| b.id.clone())
            .unwrap_or_else(|| "b-import".into());
        Reader {
            lines: Vec::new(),
            book: Book::new(context),
            out: Vec::new(),
            meeting: Meeting {
                date_basis: Default::default(),
                latest_date: None,
                mode: None,
                numbering: None,
                versions: Vec::new(),
                parts: Vec::new(),
                attendance_record: None,
                attendance_key: Vec::new(),
                id: "m-import".into(),
                body,
                title: String::new(),
                date: chrono::NaiveDate::default(),
                start: None,
                end: None,
                venue: None,
                contact: None,
                status: MeetingStatus::MinutesDrafted,
                confidential: false,
                attendance: Vec::new(),
                agenda: Vec::new(),
                declarations: None,
                matters_arising: Vec::new(),
                previous_minutes: None,
                next_meeting: None,
                redactions: None,
                papers_published: None,
                minutes_published: None,
                extensions: Extensions::new(),
            },
            actions: Vec::new(),
            context,
            section: Section::Preamble,
            pending: Pending::None,
            para_ref: None,
            last_absent: None,
            date_found: false,
            preamble: Vec::new(),
            prev_was_entry: None,
            loose_initials: Vec::new(),
            loose_roles: Vec::new(),
            grid: None,
            action_column: false,
            timescale_column: false,
            ma_ref: None,
            absent_in_sentence: 0,
            alternating: false,
            att_index: std::collections::HashMap::new(),
            grid_dated: false,
            last_entry_line: 0,
            assumed_noted: false,
            name_run: Vec::new(),
            role_run: Vec::new(),
            roles_mode: false,
            columns_seen: false,
            proposal: None,
            outstanding: false,
            surnames: std::collections::HashMap::new(),
            trace: crate::provenance::Trace::default(),
            touched: Vec::new(),
        }
    }

    /// Record that a line became the value at a pointer of the document.
    pub(crate) fn traced(&mut self, line: usize, path: String) {
        self.trace.add(Location::line(line), path);
    }

    pub(crate) fn note(&mut self, line: usize, code: &'static str, message: &str) {
        self.out.push(Uncertainty {
            at: Location::line(line),
            code,
            message: message.to_string(),
            path: None,
        });
    }

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
                self.note(l.no, "import.line_unread", "A long line before the first agenda item was not read; it may hold an attendance table run together by a PDF extraction. It is kept in the meeting's extensions (preamble).");
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

    /// Append a line to the current item's minutes (opening an unnumbered item if none).
    /// Report impossible and suspicious dates anywhere in a line of minute text.
    fn scan_dates(&mut self, l: &Line) {
        for f in dates::find_all(&l.text) {
            match f.read {
                dates::Read::Impossible => self.note(l.no, "import.date_impossible", "A date in the minute text does not exist, for example 31 April; check it."),
                dates::Read::Day(d) if self.date_found && dates::suspicious(d, Some(self.meeting.date)) => self.note(l.no, "import.date_suspicious", "A date in the minute text is far from the meeting date, for example 2106 for 2016; check it."),
                _ => {}
            }
        }
    }

    pub(crate) fn keep(&mut self, l: &Line) {
        if l.text.eq_ignore_ascii_case("confidential") {
            self.meeting.confidential = true;
        }
        let item = self.item();
        match &mut item.minutes {
            Some(m) => {
                m.push('\n');
                m.push_str(&l.text);
            }
            None => item.minutes = Some(l.text.clone()),
        }
    }

    /// The current agenda item, opening an unnumbered one when there is none.
    pub(crate) fn item(&mut self) -> &mut AgendaItem {
        if self.meeting.agenda.is_empty() {
            self.section = Section::Item;
            self.meeting
                .agenda
                .push(new_item(String::new(), "Unnumbered minutes".into()));
        }
        let n = self.meeting.agenda.len() - 1;
        #[allow(clippy::indexing_slicing)] // n < len, checked above
        &mut self.meeting.agenda[n]
    }

    pub(crate) fn item_title(&self) -> String {
        self.meeting
            .agenda
            .last()
            .map(|i| i.title.to_lowercase())
            .unwrap_or_default()
    }

    pub(crate) fn item_number(&self) -> Option<u32> {
        self.meeting
            .agenda
            .iter()
            .rev()
            .find_map(|i| i.number.trim_end_matches('.').parse().ok())
    }

    /// The ref actions read now take: the paragraph (3.1) or the item number.
    pub(crate) fn current_ref(&self) -> String {
        self.para_ref.clone().unwrap_or_else(|| {
            self.meeting
                .agenda
                .last()
                .map(|i| i.number.trim_end_matches('.').to_string())
                .unwrap_or_default()
        })
    }

    fn finish(mut self, _context: Option<&BoardDocument>) -> Draft {
        if !self.date_found {
            self.note(1, "import.date_missing", "The meeting date could not be found in the opening lines; the draft meeting is dated 1 January 1970 until you correct it.");
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
        self.out
            .dedup_by(|a, b| a.at == b.at && a.code == b.code && a.code.starts_with("import.date"));
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

pub(crate) fn new_item(number: String, title: String) -> AgendaItem {
    AgendaItem {
        part: None,
        exemption: None,
        refers_to: None,
        deferred_to: None,
        number,
        title,
        presenters: Vec::new(),
        papers: Vec::new(),
        minutes_allocated: None,
        confidential: false,
        standing: None,
        minutes: None,
        decisions: Vec::new(),
        extensions: Extensions::new(),
    }
}
