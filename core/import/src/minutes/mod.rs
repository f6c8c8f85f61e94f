//! Minutes from text: attendance, agenda items, decisions, actions, declarations,
//! approval of the previous minutes, matters arising and the next meeting.
//!
//! Every line of an agenda item is kept in the item's minute text, and the records read
//! from it are added beside; lines before the first item that are not attendance go to
//! the meeting's `extensions.preamble`. So nothing is dropped.

mod attendance;
mod columns;
mod deputy;
mod grid;
mod items;
pub(crate) use items::status_of;
mod outstanding;
mod owners;
mod proposal;
mod runon;
mod runs;

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
                status: MeetingStatus::MinutesDrafted,
                confidential: false,
                attendance: Vec::new(),
                agenda: Vec::new(),
                declarations: None,
                matters_arising: Vec::new(),
                previous_minutes: None,
                next_meeting: None,
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
        }
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
            let used = self.line(line, next);
            i += used.max(1);
        }
        self.lines = lines;
        self.pair_loose();
    }

    /// Title, date, venue and times from the opening lines.
    fn find_header(&mut self) {
        let mut title = None;
        for l in self.lines.iter().take(15) {
            let t = l.text.as_str();
            if t.starts_with("Synthetic sample") || t.starts_with("===") {
                continue;
            }
            if t.chars().count() > 200 {
                continue;
            }
            if let Some(x) = t.strip_prefix("Meeting Title:") {
                title = Some(x.trim().to_string());
            }
            if title.is_none() && t.chars().count() > 12 && !t.contains(':') {
                title = Some(t.trim_end_matches(':').to_string());
            }
            let lower = t.to_lowercase();
            if let Some(v) = lower.strip_prefix("venue:") {
                if self.meeting.venue.is_none() {
                    let off = t.len() - v.len();
                    self.meeting.venue = t.get(off..).map(|s| s.trim().to_string());
                }
            }
            if !self.date_found
                && !about_other_meeting(&lower)
                && !lower.starts_with("contact")
                && !lower.contains("initials agency")
            {
                if let Some(f) = dates::first(t) {
                    if let dates::Read::Day(d) = f.read {
                        self.meeting.date = d;
                        self.date_found = true;
                        if let Some(s) = times(t).first() {
                            self.meeting.start = Some(*s);
                        }
                        if let Some(e) = times(t).get(1) {
                            self.meeting.end = Some(*e);
                        }
                    }
                }
            }
        }
        self.meeting.title = title.unwrap_or_else(|| "Imported minutes".into());
        if !self.date_found {
            self.labelled_date();
        }
        if let Some(m) = self.meeting.extensions.get("unused") {
            let _ = m;
        }
    }

    /// A decision record dates itself further down: "Date of decision: 21/10/2020",
    /// "Decided at meeting: ...", "Date of meeting: ...".
    fn labelled_date(&mut self) {
        let labels = [
            "date of decision:",
            "decided at meeting:",
            "date of meeting:",
            "meeting date:",
        ];
        for l in &self.lines {
            let lower = l.text.to_lowercase();
            if !labels.iter().any(|k| lower.starts_with(k)) {
                continue;
            }
            if let Some(dates::Read::Day(d)) = dates::first(&l.text).map(|f| f.read) {
                self.meeting.date = d;
                self.date_found = true;
                return;
            }
        }
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

    /// An agenda item heading: "3." alone (title on the next line), "3. Title",
    /// "57  TITLE IN CAPITALS – text", "60 (49) TITLE – text".
    fn heading(&mut self, l: &Line, next: Option<&Line>) -> Option<usize> {
        let t = l.text.as_str();
        let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() || digits.len() > 3 {
            return None;
        }
        let n: u32 = digits.parse().ok()?;
        if self.item_number().is_some_and(|cur| n <= cur) {
            return None;
        }
        let rest = t.get(digits.len()..).unwrap_or("");
        let (dot, rest) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None; // 3.1: a paragraph, not an item
        }
        let rest_trim = rest.trim();
        let (title, remainder, used) = if rest_trim.is_empty() {
            let next = next?;
            if self.meeting.agenda.is_empty() && attendance::is_header(&next.text) {
                return None; // a page number before an attendance heading
            }
            if next.text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            (next.text.clone(), None, 2)
        } else {
            // Same-line title: needs "3." (dot) or a tab, or a title in capitals.
            let (backref, body) = strip_backref(rest_trim);
            let caps_title: String = body.split(" – ").next().unwrap_or("").to_string();
            let is_caps = caps_title.chars().filter(|c| c.is_alphabetic()).count() > 3
                && !caps_title.chars().any(|c| c.is_lowercase());
            let caps_words = caps_title
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            if is_caps && (caps_words >= 2 || backref.is_some()) && !dot {
                let remainder = body
                    .get(caps_title.len()..)
                    .map(|s| s.trim_start_matches([' ', '–']).trim().to_string());
                if let Some(b) = backref {
                    self.open_item(format!("{n}"), caps_title.trim().to_string(), l.no);
                    self.item()
                        .extensions
                        .insert("earlier_minute".into(), Value::String(b));
                } else {
                    self.open_item(format!("{n}"), caps_title.trim().to_string(), l.no);
                }
                if let Some(r) = remainder.filter(|s| !s.is_empty()) {
                    let sub = Line {
                        no: l.no,
                        text: r,
                        cells: Vec::new(),
                        bullet: false,
                    };
                    self.records(&sub);
                    self.keep(&sub);
                }
                return Some(1);
            }
            if !(dot && rest.starts_with([' ', '\t'])) && l.cells.is_empty() {
                return None;
            }
            if !rest_trim.starts_with(|c: char| c.is_uppercase() || c == '<') {
                return None;
            }
            (rest_trim.to_string(), None::<String>, 1)
        };
        let number = if dot { format!("{n}.") } else { format!("{n}") };
        let long = title.chars().count() > 80;
        self.open_item(
            number.trim_end_matches('.').to_string(),
            title.clone(),
            l.no,
        );
        let _ = remainder;
        if long && used == 1 {
            // A title run together with its minute text: read the text too.
            let sub = Line {
                no: l.no,
                text: title,
                cells: Vec::new(),
                bullet: false,
            };
            self.records(&sub);
            self.keep(&sub);
        }
        Some(used)
    }

    fn open_item(&mut self, number: String, title: String, _line: usize) {
        self.section = Section::Item;
        self.pending = Pending::None;
        self.para_ref = None;
        self.proposal = None;
        self.outstanding = false;
        let title = title.trim_end_matches(" pdf icon PDF").to_string();
        let title = strip_pdf(&title);
        self.meeting.agenda.push(new_item(number, title));
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
        self.out.sort_by_key(|u| u.at.line);
        // One uncertainty per line and code for dates (a due and the scan both see it).
        self.out
            .dedup_by(|a, b| a.at == b.at && a.code == b.code && a.code.starts_with("import.date"));
        Draft {
            document: doc,
            uncertainties: self.out,
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

/// Whether an opening line's date belongs to another meeting: the minutes approved,
/// the last or previous meeting, a meeting still to come.
fn about_other_meeting(lower: &str) -> bool {
    let approving = lower.contains("minutes")
        && ["agree", "approve", "confirm", "accuracy", "meeting of "]
            .iter()
            .any(|k| lower.contains(k));
    approving
        || [
            "previous meeting",
            "last meeting",
            "meeting held on",
            "next meeting",
            "arising from",
            "to be held",
        ]
        .iter()
        .any(|k| lower.contains(k))
}

/// "(49) TITLE" → (Some("49"), "TITLE").
fn strip_backref(s: &str) -> (Option<String>, &str) {
    if let Some(rest) = s.strip_prefix('(') {
        if let Some((inner, after)) = rest.split_once(')') {
            if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
                return (Some(inner.to_string()), after.trim_start());
            }
        }
    }
    (None, s)
}

/// "Minutes pdf icon PDF 224 KB" → "Minutes".
fn strip_pdf(title: &str) -> String {
    match title.find(" pdf icon") {
        Some(i) => title.get(..i).unwrap_or(title).trim().to_string(),
        None => title.trim().to_string(),
    }
}

/// Times in a line: "2.00 pm", "1.30pm to 4.30pm", "9:15am", "at 2pm".
pub(crate) fn times(text: &str) -> Vec<boardkit::date::Time> {
    let mut out = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_matches(|c: char| c == ',' || c == '(' || c == ')' || c == '–');
        let lower = w.to_lowercase();
        let (num, pm) = if let Some(n) = lower.strip_suffix("pm") {
            (n.to_string(), Some(true))
        } else if let Some(n) = lower.strip_suffix("am") {
            (n.to_string(), Some(false))
        } else {
            let nx = words.get(i + 1).map(|s| s.to_lowercase().replace('.', ""));
            match nx.as_deref() {
                Some("pm") => (lower.clone(), Some(true)),
                Some("am") => (lower.clone(), Some(false)),
                _ => continue,
            }
        };
        let num = num.trim_end_matches('.');
        let (h, m) = match num.split_once([':', '.']) {
            Some((h, m)) => (h.parse::<u32>().ok(), m.parse::<u32>().ok()),
            None => (num.parse::<u32>().ok(), Some(0)),
        };
        if let (Some(h), Some(m), Some(pm)) = (h, m, pm) {
            let h = if pm && h < 12 { h + 12 } else { h };
            if let Some(t) = boardkit::date::Time::hm(h, m) {
                out.push(t);
            }
        }
    }
    out
}
