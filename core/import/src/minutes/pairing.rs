//! After the paper is read: initials and roles of a serialised attendance table paired
//! with the names read (HAC = Helen Ashby-Craig, JHo = Jonathan Holt); what cannot be
//! paired is kept under the meeting's extensions with an uncertainty.

use super::reader::Reader;
use crate::codes::ImportCode;
use serde_json::Value;
use std::collections::HashMap;

impl Reader<'_> {
    /// Pair initials of a serialised table (Member / Role / Initial) with the names read,
    /// by the letters of each name: HAC = Helen Ashby-Craig, JHo = Jonathan Holt.
    pub(crate) fn pair_loose(&mut self) {
        self.flush_runs();
        let initials = std::mem::take(&mut self.loose_initials);
        let mut unpaired: Vec<(usize, String)> = Vec::new();
        // Attendees without initials, by the first letters of their names.
        let mut by_firsts: HashMap<String, Vec<String>> = HashMap::new();
        for a in &self.meeting.attendance {
            if let Some(p) = self.book.get(&a.person).filter(|p| p.initials.is_none()) {
                by_firsts
                    .entry(firsts(&p.name))
                    .or_default()
                    .push(p.id.clone());
            }
        }
        for (line, ini) in initials {
            let caps: String = ini.chars().filter(|c| c.is_ascii_uppercase()).collect();
            let candidates: Vec<String> = by_firsts
                .get(&caps)
                .map(|ids| {
                    ids.iter()
                        .filter(|id| {
                            self.book.get(id).is_some_and(|p| {
                                p.initials.is_none() && initials_fit(&p.name, &ini)
                            })
                        })
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            match candidates.as_slice() {
                [id] => {
                    self.book.set_initials(id, &ini);
                    if let Some(p) = self.book.index_of(id) {
                        self.traced(line, format!("/people/{p}/initials"));
                    }
                }
                _ => unpaired.push((line, ini)),
            }
        }
        let roles = std::mem::take(&mut self.loose_roles);
        let mut kept = Vec::new();
        let mut first_line = None;
        for (line, t) in unpaired.into_iter().chain(roles) {
            first_line.get_or_insert(line);
            self.traced(
                line,
                format!("/meetings/0/extensions/attendance_unpaired/{}", kept.len()),
            );
            kept.push(Value::String(t));
        }
        if let Some(line) = first_line {
            self.note(line, ImportCode::TableUnpaired, "Roles or initials of an attendance table whose columns were run together could not be paired with names; they are kept in the meeting's extensions (attendance_unpaired).");
            self.meeting
                .extensions
                .insert("attendance_unpaired".into(), Value::Array(kept));
        }
    }
}

/// The upper-case first letters of a name's words (titles dropped, hyphens split).
fn firsts(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            !w.is_empty() && !["cllr", "dr", "mr", "mrs", "ms"].contains(&w.to_lowercase().as_str())
        })
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

/// Whether initials as written fit a name: the capitals are the first letters of the
/// name's words (hyphenated parts count), lower-case letters continue the surname.
fn initials_fit(name: &str, ini: &str) -> bool {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            !w.is_empty() && !["cllr", "dr", "mr", "mrs", "ms"].contains(&w.to_lowercase().as_str())
        })
        .collect();
    let caps: String = ini.chars().filter(|c| c.is_ascii_uppercase()).collect();
    let tail: String = ini.chars().skip_while(|c| c.is_ascii_uppercase()).collect();
    let firsts: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    if firsts != caps {
        return false;
    }
    if tail.is_empty() {
        return true;
    }
    words.last().is_some_and(|w| {
        w.to_lowercase()
            .chars()
            .skip(1)
            .collect::<String>()
            .starts_with(&tail)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_fit_names() {
        assert!(initials_fit("Helen Ashby-Craig", "HAC"));
        assert!(initials_fit("Jonathan Holt", "JHo"));
        assert!(!initials_fit("James Hurst", "JHo"));
        assert!(initials_fit("Mary Jo Pearce", "MJP"));
        assert_eq!(firsts("Cllr Helen Ashby-Craig"), "HAC");
    }
}
