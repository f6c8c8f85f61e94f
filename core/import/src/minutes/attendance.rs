//! Attendance: headed lists (Present / Apologies / In attendance / Also present), name
//! and organisation pairs, initials with roles, narrative apologies and the deputy
//! phrasings of the field.

use super::deputy;
use super::entry_text::*;
use super::reader::{append_to, Reader, Section};
use crate::codes::ImportCode;
use crate::people::{is_initials, looks_like_name};
use crate::text::Line;
use crate::Location;
use boardkit::meeting::AttendanceStatus;
use boardkit::Extensions;
use serde_json::Value;

/// An attendance header and what follows it on the line.
fn header(text: &str) -> Option<(AttendanceStatus, String)> {
    let lower = text.to_lowercase();
    let forms: &[(&str, AttendanceStatus)] = &[
        ("members present", AttendanceStatus::Present),
        ("present", AttendanceStatus::Present),
        ("attended", AttendanceStatus::Present),
        ("attendees", AttendanceStatus::Present),
        ("statutory members", AttendanceStatus::Present),
        ("non-statutory members", AttendanceStatus::Present),
        ("apologies for absence", AttendanceStatus::Apologies),
        ("apologies", AttendanceStatus::Apologies),
        (
            "in attendance for specific items",
            AttendanceStatus::InAttendance,
        ),
        ("in attendance", AttendanceStatus::InAttendance),
        ("officers attending", AttendanceStatus::InAttendance),
        ("officers in attendance", AttendanceStatus::InAttendance),
        ("officers present", AttendanceStatus::InAttendance),
        ("guests", AttendanceStatus::InAttendance),
        ("minute taker", AttendanceStatus::MinuteTaker),
        ("also in attendance", AttendanceStatus::InAttendance),
        ("also present", AttendanceStatus::InAttendance),
        ("board support", AttendanceStatus::InAttendance),
        ("members", AttendanceStatus::Absent),
        ("minutes", AttendanceStatus::MinuteTaker),
    ];
    for (h, status) in forms {
        if let Some(rest) = lower.strip_prefix(h) {
            let rest_orig = text.get(text.len() - rest.len()..).unwrap_or("");
            let r = rest_orig.trim_start();
            if r.is_empty() || r.starts_with(':') {
                let r = r.trim_start_matches(':').trim().to_string();
                if *h == "minutes" && (r.is_empty() || !is_initials(&r)) {
                    return None;
                }
                return Some((*status, r));
            }
        }
    }
    None
}

/// Whether a line is an attendance heading.
pub(crate) fn is_header(text: &str) -> bool {
    header(text).is_some()
}

impl Reader<'_> {
    /// Record one attendance entry (once per person).
    pub(crate) fn attend(
        &mut self,
        person: String,
        status: AttendanceStatus,
        deputy_for: Option<String>,
        chair: bool,
    ) -> usize {
        if let Some(&i) = self.att_index.get(&person) {
            // A member listed twice (agenda text and minute text): keep the first, but a
            // deputy link learnt later is added.
            self.touched.push(format!("/meetings/0/attendance/{i}"));
            if let Some(a) = self.meeting.attendance.get_mut(i) {
                if a.deputy_for.is_none() && deputy_for.is_some() {
                    a.deputy_for = deputy_for;
                    a.status = AttendanceStatus::Deputy;
                }
            }
            return i;
        }
        let mut ext = Extensions::new();
        if chair {
            ext.insert("chair".into(), Value::Bool(true));
        }
        self.att_index
            .insert(person.clone(), self.meeting.attendance.len());
        if let Some(last) = self.book.get(&person).and_then(|p| {
            crate::people::key(&p.name)
                .split_whitespace()
                .last()
                .map(str::to_string)
        }) {
            self.surnames.entry(last).or_default().push(person.clone());
        }
        self.meeting
            .attendance
            .push(crate::attendance_line(person, status, deputy_for, ext));
        self.meeting.attendance.len() - 1
    }

    /// Headers and entries of an attendance list before the first agenda item.
    pub(crate) fn attendance_line(&mut self, l: &Line) -> bool {
        if let Some((status, rest)) = header(&l.text) {
            if status == AttendanceStatus::Absent {
                self.note(l.no, ImportCode::StatusUnread, "A list headed \"Members\" after those present names members who did not attend; they were recorded as absent. Check whether they sent apologies.");
            }
            self.flush_runs();
            self.section = Section::Attend(status);
            self.prev_was_entry = None;
            if !rest.is_empty() {
                let sub = Line {
                    no: l.no,
                    text: rest,
                    cells: Vec::new(),
                    bullet: false,
                };
                self.entries(&sub, status);
            }
            return true;
        }
        if let Some((name, role)) = slash_entry(&l.text) {
            let status = match self.section {
                Section::Attend(s) => s,
                _ => {
                    if !self.assumed_noted {
                        self.assumed_noted = true;
                        self.note(l.no, ImportCode::StatusAssumed, "Lines of names with roles stand before any attendance heading, so the people were recorded as present; check whether each attended.");
                    }
                    AttendanceStatus::Present
                }
            };
            self.entry(&name, status, &Location::line(l.no));
            if let Some(i) = self.prev_was_entry.take() {
                self.set_post(i, &role);
            }
            return true;
        }
        let Section::Attend(status) = self.section else {
            return false;
        };
        let lower = l.text.to_lowercase();
        if ["member", "initial", "role", "name"].contains(&lower.as_str()) {
            // Column headers of a serialised table: structure of the attendance list.
            self.touched.push("/meetings/0/attendance".into());
            return true;
        }
        if lower.starts_with("apologies") && lower.contains("received from") {
            return false; // narrative, read as a record
        }
        if [
            " attended ",
            " also attended",
            "meeting",
            "welcomed",
            " were ",
            " was ",
        ]
        .iter()
        .any(|k| lower.contains(k))
        {
            self.section = Section::Preamble;
            return false; // a sentence ends the list
        }
        self.entries(l, status)
    }

    /// Entries of one attendance line (tab cells, or a list, or one name).
    fn entries(&mut self, l: &Line, status: AttendanceStatus) -> bool {
        let at = Location::line(l.no);
        if !l.cells.is_empty() {
            for c in l.cells.iter().filter(|c| !c.is_empty()) {
                self.entry(c, status, &at);
            }
            return true;
        }
        let t = l.text.trim();
        if status == AttendanceStatus::MinuteTaker || status == AttendanceStatus::Apologies {
            self.entry(t, status, &at);
            return true;
        }
        // "SP AN JHo": initials of a serialised table.
        if t.split_whitespace().all(is_initials) {
            self.initials_run_line();
            for w in t.split_whitespace() {
                self.loose_initials.push((l.no, w.to_string()));
            }
            return true;
        }
        if self.role_run_line(l.no, t) {
            return true;
        }
        // An organisation or role line belongs to the entry just read.
        let chair_line = t
            .to_lowercase()
            .trim_end_matches('.')
            .ends_with(" in the chair");
        let paired = self.alternating
            && self.prev_was_entry.is_some()
            && l.no == self.last_entry_line + 1
            && !looks_like_name(t);
        // "Jo Bloggs, Some Council": a name first is an entry, not a role line.
        let name_first = split_list(t).first().is_some_and(|p| looks_like_name(p));
        if (org_only(t) && !name_first || paired) && !chair_line {
            if let Some(i) = self.prev_was_entry.take() {
                if l.no == self.last_entry_line + 1 {
                    self.alternating = true;
                }
                self.set_post(i, t);
            } else {
                self.loose_roles.push((l.no, t.to_string()));
            }
            return true;
        }
        self.last_entry_line = l.no;
        let pieces = split_list(t);
        let several = pieces.len() > 1;
        let before = self.meeting.attendance.len();
        let mut after_org = false;
        for p in pieces {
            // "Local Area Commander, TVP": an abbreviation after a role is the
            // organisation, not a person's initials.
            if several && (org_only(&p) || after_org && is_initials(&p)) {
                after_org = true;
                if let Some(i) = self.meeting.attendance.len().checked_sub(1) {
                    self.set_post(i, &p);
                }
                continue;
            }
            after_org = false;
            self.entry(&p, status, &at);
        }
        if !several && self.meeting.attendance.len() == before + 1 {
            self.name_run.push(before);
        } else {
            self.name_run.clear();
        }
        true
    }

    pub(crate) fn set_post(&mut self, i: usize, post: &str) {
        let Some(a) = self.meeting.attendance.get(i) else {
            return;
        };
        let id = a.person.clone();
        if let Some(n) = self.book.index_of(&id) {
            self.touched.push(format!("/people/{n}"));
        }
        if let Some(p) = self.book.get_mut(&id) {
            if p.post.is_none() {
                p.post = Some(post.to_string());
            } else {
                p.extensions
                    .insert("organisation_text".into(), Value::String(post.to_string()));
            }
        }
    }

    /// One entry: a name, initials with a role, with brackets and deputy phrasings.
    pub(crate) fn entry(&mut self, text: &str, status: AttendanceStatus, at: &Location) {
        let t = text.trim().trim_end_matches(['.', ';', ',']).trim();
        if t.is_empty() {
            return;
        }
        let lower = t.to_lowercase();
        if self.substituted_entry(t, &lower, at) {
            return;
        }
        // Brackets: (Chair), (Clerk), (representing Y), (X attended as substitute),
        // (X, ROLE attended in his absence), (Org)
        let (t, in_chair) = match lower.strip_suffix(" in the chair") {
            Some(x) => (t.get(..x.len()).unwrap_or(t), true),
            None => (t, false),
        };
        let (main, brackets) = split_brackets(t);
        let b = Bracketed::read(&brackets, status, in_chair);
        if self.dash_entry(&main, b.status, at) {
            return;
        }
        let main_t = main.trim();
        if main_t.is_empty() {
            return;
        }
        let name_ok = looks_like_name(main_t) || single_titled(main_t) || is_initials(main_t);
        if !name_ok {
            self.unnamed_entry(main_t, at);
            return;
        }
        let person = if is_initials(main_t) {
            self.initials_person(main_t, b.post.as_deref(), at)
        } else {
            self.person(main_t, b.post.as_deref(), at)
        };
        let Some(person) = person else { return };
        self.named_entry(person, b, at);
    }

    /// "Y - X substituted": Y sent apologies and X deputised. True when read.
    fn substituted_entry(&mut self, t: &str, lower: &str, at: &Location) -> bool {
        let Some(body) = lower.strip_suffix(" substituted") else {
            return false;
        };
        let orig = t.get(..body.len()).unwrap_or(t);
        let Some((absent, deputy)) = split_dash(orig) else {
            return false;
        };
        let member = self.person(absent.trim(), None, at);
        if let Some(m) = member.clone() {
            self.attend(m, AttendanceStatus::Apologies, None, false);
        }
        if let Some(d) = self.person(deputy.trim(), None, at) {
            self.attend(d, AttendanceStatus::Deputy, member, false);
        }
        self.prev_was_entry = None;
        true
    }

    /// "XX - Role", "XX – deputising for Name - Role", "The Chair – Role". True when read.
    fn dash_entry(&mut self, main: &str, status: AttendanceStatus, at: &Location) -> bool {
        let Some((head, tail)) = split_dash(main) else {
            return false;
        };
        let head = head.trim();
        let the_chair = head.eq_ignore_ascii_case("the chair");
        if !is_initials(head) && !the_chair {
            return false;
        }
        let tl = tail.trim().to_lowercase();
        if let Some(rest) = tl.strip_prefix("deputising for ") {
            let orig = tail.trim();
            let rest_orig = orig.get(orig.len() - rest.len()..).unwrap_or("");
            let name = split_dash(rest_orig)
                .map(|(a, _)| a)
                .unwrap_or(rest_orig.to_string());
            let member = self.person(name.trim(), None, at);
            if let Some(d) = self.initials_person(head, None, at) {
                let i = self.attend(d, AttendanceStatus::Deputy, member, false);
                self.prev_was_entry = Some(i);
            }
            return true;
        }
        let id = if the_chair {
            self.chair_person(tail.trim(), at)
        } else {
            self.initials_person(head, Some(tail.trim()), at)
        };
        if let Some(id) = id {
            let i = self.attend(id, status, None, the_chair);
            self.prev_was_entry = Some(i);
        }
        true
    }

    /// An entry that is not a person's name: kept in the meeting's extensions.
    fn unnamed_entry(&mut self, main_t: &str, at: &Location) {
        self.note(at.line.unwrap_or(0), ImportCode::LineUnread, "An attendance entry was not read as a person's name; it is kept in the meeting's extensions (attendance_text). Check it, for example a seat or organisation listed without a name.");
        append_to(
            &mut self.meeting.extensions,
            "attendance_text",
            [Value::String(main_t.to_string())],
        );
    }

    /// The attendance of a person read from an entry, with what its brackets said.
    fn named_entry(&mut self, person: String, b: Bracketed, at: &Location) {
        let Bracketed {
            chair,
            mut status,
            deputy_of_main,
            represents,
            other,
            ..
        } = b;
        if let Some(rep) = represents {
            let member = self.member_ref(rep.trim(), at);
            let i = self.attend(person, AttendanceStatus::Deputy, member.clone(), chair);
            self.prev_was_entry = Some(i);
            for o in &other {
                self.set_post(i, o);
            }
            // A member whose deputy attended sent apologies.
            if let Some(m) = member {
                self.attend(m, AttendanceStatus::Apologies, None, false);
            }
            return;
        }
        if deputy_of_main.is_some() && status == AttendanceStatus::Present {
            status = AttendanceStatus::Apologies;
        }
        let i = self.attend(person.clone(), status, None, chair);
        for o in &other {
            self.set_post(i, o);
        }
        self.prev_was_entry = Some(i);
        if status == AttendanceStatus::Apologies {
            self.last_absent = Some(person.clone());
        }
        if let Some(dep) = deputy_of_main {
            let (dname, dpost) = match dep.split_once(',') {
                Some((n, p)) => (n.to_string(), Some(p.trim().to_string())),
                None => (dep, None),
            };
            if let Some(d) = self.person(dname.trim(), dpost.as_deref(), at) {
                self.attend(d, AttendanceStatus::Deputy, Some(person), false);
            }
        }
    }

    /// The member a deputy stood in for: initials, a name, or a title and surname
    /// ("Cllr Pipe") that fits exactly one person already in this meeting's
    /// attendance (with an uncertainty saying so).
    pub(crate) fn member_ref(&mut self, name: &str, at: &Location) -> Option<String> {
        let name = name.trim().trim_end_matches(['.', ',', ';']);
        if is_initials(name) {
            return self.initials_person(name, None, at);
        }
        let k = crate::people::key(name);
        if k.split_whitespace().count() == 1 && name.split_whitespace().count() >= 2 {
            let fits = self.surnames.get(&k).cloned().unwrap_or_default();
            if let [one] = fits.as_slice() {
                self.note(at.line.unwrap_or(0), ImportCode::PersonSurname, "A deputy's member was named by title and surname only; the one person in this meeting's attendance with that surname was taken. Check it.");
                return Some(one.clone());
            }
        }
        self.person(name, None, at)
    }

    pub(crate) fn person(
        &mut self,
        name: &str,
        post: Option<&str>,
        at: &Location,
    ) -> Option<String> {
        let name = name.trim().trim_end_matches(['.', ',', ';']);
        if name.is_empty() {
            return None;
        }
        self.book.by_name(name, post, at, &mut self.out)
    }

    fn initials_person(&mut self, ini: &str, post: Option<&str>, at: &Location) -> Option<String> {
        self.book.by_initials(ini, post, at, &mut self.out)
    }

    /// "The Chair": the context body's chair, or a proposed person named "The Chair".
    fn chair_person(&mut self, post: &str, at: &Location) -> Option<String> {
        if let Some(c) = self
            .context
            .and_then(|d| d.bodies.first())
            .and_then(|b| b.chair())
        {
            return Some(c.person.clone());
        }
        self.person("The Chair", Some(post), at)
    }
}

/// What the brackets of an attendance entry say: (Chair), (Clerk), (representing Y),
/// (X attended as substitute), a post, initials (skipped).
struct Bracketed {
    chair: bool,
    status: AttendanceStatus,
    post: Option<String>,
    deputy_of_main: Option<String>,
    represents: Option<String>,
    other: Vec<String>,
}

impl Bracketed {
    fn read(brackets: &[String], status: AttendanceStatus, in_chair: bool) -> Bracketed {
        let mut b = Bracketed {
            chair: in_chair,
            status,
            post: None,
            deputy_of_main: None,
            represents: None,
            other: Vec::new(),
        };
        for x in brackets {
            let bl = x.to_lowercase();
            if bl == "chair" || bl.ends_with(" chair") && bl.len() < 14 {
                b.chair = b.chair || bl == "chair";
                b.post.get_or_insert_with(|| x.to_string());
            } else if bl == "clerk" || bl == "minutes" || bl == "minute taker" {
                b.status = AttendanceStatus::MinuteTaker;
            } else if let Some(rel) = deputy::relation(x) {
                match rel {
                    deputy::Relation::DeputyFor(p) if is_person_ref(&p) => b.represents = Some(p),
                    deputy::Relation::DeputisedBy(p) if is_person_ref(&p) => {
                        b.deputy_of_main = Some(p)
                    }
                    _ => b.other.push(x.to_string()),
                }
            } else if is_initials(x) {
                continue;
            } else if b.post.is_none() {
                b.post = Some(x.to_string());
            } else {
                b.other.push(x.to_string());
            }
        }
        if b.post.is_none() && !b.other.is_empty() {
            b.post = Some(b.other.remove(0));
        }
        b
    }
}
