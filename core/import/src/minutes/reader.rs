//! The reader's state as it walks the lines of a paper: where it is, what is pending,
//! the meeting, actions and people read so far, and the small steps every part of the
//! reader takes (note an uncertainty, trace a line, keep a line in the current item).

use crate::codes::ImportCode;
use crate::people::Book;
use crate::text::Line;
use crate::{Location, Uncertainty};
use boardkit::action::Action;
use boardkit::date::Date;
use boardkit::extension::ExtensionValue;
use boardkit::meeting::{AgendaItem, AttendanceStatus, Meeting, MeetingStatus};
use boardkit::{BoardDocument, Extensions};
use serde_json::Value;

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
    pub grid: Option<Grid>,
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

/// A year attendance grid being read (see `grid`): its meeting dates and how many
/// columns rows fill.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    pub dates: Vec<Date>,
    pub filled: Option<usize>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(context: Option<&'a BoardDocument>) -> Self {
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

    pub(crate) fn note(&mut self, line: usize, code: ImportCode, message: &str) {
        self.out.push(Uncertainty {
            at: Location::line(line),
            code,
            message: message.to_string(),
            path: None,
        });
    }

    /// Append a line to the current item's minutes (opening an unnumbered item if none).
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

/// Append values to the list under `key` of a record's extensions (the list made when
/// absent): where the reader keeps what it read but could not place.
pub(crate) fn append_to(ext: &mut Extensions, key: &str, values: impl IntoIterator<Item = Value>) {
    let e = ext
        .entry(key)
        .or_insert_with(|| ExtensionValue::Array(Vec::new()));
    if let ExtensionValue::Array(a) = e {
        a.extend(values.into_iter().map(ExtensionValue::from));
    }
}
