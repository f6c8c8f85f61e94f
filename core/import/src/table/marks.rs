//! The marks of an attendance grid, held compactly while the draft is made (every
//! import peak within 20 times its input). A mark that is only a person and a
//! status, as almost every cell of a grid is, costs 8 bytes: the index of its person's
//! id (each id held once) and the status. A mark with more (a deputy, extensions) keeps
//! its whole record beside them. Each meeting's marks are made into `Attendance` records
//! only when the draft is written out, one at a time, or when the typed draft is asked for.

use boardkit::meeting::{Attendance, AttendanceStatus};
use std::collections::HashMap;

/// One mark: a person (by index) and a status, or a whole record (by index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Plain(u32, AttendanceStatus),
    Full(u32),
}

/// The marks of every meeting of a draft, by the meeting's index in the document.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Marks {
    persons: Vec<String>,
    known: HashMap<String, u32>,
    full: Vec<Attendance>,
    meetings: Vec<Vec<Mark>>,
}

impl Marks {
    /// The index of a person's id, each id held once.
    pub(crate) fn person(&mut self, id: &str) -> u32 {
        if let Some(i) = self.known.get(id) {
            return *i;
        }
        let i = u32::try_from(self.persons.len()).unwrap_or(u32::MAX);
        self.persons.push(id.to_string());
        self.known.insert(id.to_string(), i);
        i
    }

    fn list(&mut self, meeting: usize) -> Option<&mut Vec<Mark>> {
        if self.meetings.len() <= meeting {
            self.meetings.resize_with(meeting + 1, Vec::new);
        }
        self.meetings.get_mut(meeting)
    }

    /// Room for a meeting's marks, once, when its first mark is written.
    pub(crate) fn reserve(&mut self, meeting: usize, marks: usize) {
        if let Some(l) = self.list(meeting) {
            if l.capacity() == 0 {
                l.reserve_exact(marks);
            }
        }
    }

    /// A mark that is a person (see [`Marks::person`]) and a status only.
    pub(crate) fn plain(&mut self, meeting: usize, person: u32, status: AttendanceStatus) {
        if let Some(l) = self.list(meeting) {
            l.push(Mark::Plain(person, status));
        }
    }

    /// A mark kept as its whole record.
    pub(crate) fn full(&mut self, meeting: usize, a: Attendance) {
        let i = u32::try_from(self.full.len()).unwrap_or(u32::MAX);
        self.full.push(a);
        if let Some(l) = self.list(meeting) {
            l.push(Mark::Full(i));
        }
    }

    /// How many marks a meeting has.
    pub fn count(&self, meeting: usize) -> usize {
        self.meetings.get(meeting).map_or(0, Vec::len)
    }

    /// Each of a meeting's marks as its record, in order, given to `each`.
    pub fn each<E>(
        &self,
        meeting: usize,
        mut each: impl FnMut(&Attendance) -> Result<(), E>,
    ) -> Result<(), E> {
        for mark in self.meetings.get(meeting).into_iter().flatten() {
            match *mark {
                Mark::Plain(p, status) => {
                    let person = self.persons.get(p as usize).cloned().unwrap_or_default();
                    each(&crate::attendance_line(
                        person,
                        status,
                        None,
                        boardkit::Extensions::new(),
                    ))?
                }
                Mark::Full(i) => {
                    if let Some(a) = self.full.get(i as usize) {
                        each(a)?
                    }
                }
            }
        }
        Ok(())
    }

    /// The meetings' marks as records in the document's meetings (the typed draft).
    pub(crate) fn into_document(self, doc: &mut boardkit::BoardDocument) {
        for (i, m) in doc.meetings.iter_mut().enumerate() {
            let n = self.count(i);
            if n == 0 {
                continue;
            }
            m.attendance.reserve_exact(n);
            let _ = self.each(i, |a| -> Result<(), ()> {
                m.attendance.push(a.clone());
                Ok(())
            });
        }
    }
}
