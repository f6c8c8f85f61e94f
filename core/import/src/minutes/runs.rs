//! An attendance list a PDF extraction serialised column by column: a run of names,
//! then a run of their initials, then a run of their roles. The roles are paired with
//! the names by position when the two runs are the same length, and a role's brackets
//! are read with the deputy grammar ("(representing AB)", "(minute taker)").

use super::deputy;
use super::reader::Reader;
use crate::Location;
use boardkit::meeting::AttendanceStatus;

impl Reader<'_> {
    /// A line of the role run (true when taken).
    pub(crate) fn role_run_line(&mut self, line: usize, t: &str) -> bool {
        if !self.roles_mode {
            return false;
        }
        if !t.chars().any(char::is_alphabetic) {
            // A placeholder ("-") or a page number between the runs: kept with the
            // unpaired values.
            self.loose_roles.push((line, t.to_string()));
            return true;
        }
        if crate::people::looks_like_name(t) {
            // More names after the initials (a page break): not a role run after all.
            self.roles_mode = false;
            self.loose_roles.append(&mut self.role_run);
            return false;
        }
        self.role_run.push((line, t.to_string()));
        true
    }

    /// An initials line after a run of names opens the role run.
    pub(crate) fn initials_run_line(&mut self) {
        if !self.role_run.is_empty() {
            self.flush_runs();
        }
        if !self.name_run.is_empty() {
            self.roles_mode = true;
            self.prev_was_entry = None;
        }
    }

    /// Pair the role run with the name run by position when they are the same length;
    /// otherwise keep the roles as unpaired values.
    pub(crate) fn flush_runs(&mut self) {
        let names = std::mem::take(&mut self.name_run);
        let roles = std::mem::take(&mut self.role_run);
        self.roles_mode = false;
        if names.len() != roles.len() {
            self.loose_roles.extend(roles);
            return;
        }
        for (i, (line, role)) in names.into_iter().zip(roles) {
            self.read_role(i, line, &role);
        }
    }

    fn read_role(&mut self, i: usize, line: usize, role: &str) {
        let at = Location::line(line);
        self.traced(line, format!("/meetings/0/attendance/{i}"));
        let (_, brackets) = super::entry_text::split_brackets(role);
        for b in &brackets {
            let bl = b.to_lowercase();
            if bl == "minute taker" || bl == "minutes" || bl == "clerk" {
                if let Some(a) = self.meeting.attendance.get_mut(i) {
                    a.status = AttendanceStatus::MinuteTaker;
                }
            } else if let Some(deputy::Relation::DeputyFor(x)) = deputy::relation(b) {
                if !super::entry_text::is_person_ref(&x) {
                    continue;
                }
                let member = self.member_ref(&x, &at);
                if let Some(a) = self.meeting.attendance.get_mut(i) {
                    a.status = AttendanceStatus::Deputy;
                    a.deputy_for.clone_from(&member);
                }
                if let Some(m) = member {
                    self.attend(m, AttendanceStatus::Apologies, None, false);
                }
            }
        }
        self.set_post(i, role);
        // Deferred work: what it touched came from the role's own line.
        for path in std::mem::take(&mut self.touched) {
            self.traced(line, path);
        }
    }
}
