//! Shared by the field and seed tests: compare a draft with the records a person read
//! from the paper (written out by hand in the tests), counting those that import exactly.

use boardkit::action::Owner;
use boardkit::meeting::{AttendanceStatus, DecisionKind, PersonRef};
use boardkit::BoardDocument;
use boardkit_import::people::key;
use boardkit_import::Draft;

/// What matched: (expected, exact, spurious) per kind: attendance, decisions, actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub attendance: (usize, usize, usize),
    pub decisions: (usize, usize, usize),
    pub actions: (usize, usize, usize),
}

impl Score {
    pub fn expected(&self) -> usize {
        self.attendance.0 + self.decisions.0 + self.actions.0
    }
    pub fn exact(&self) -> usize {
        self.attendance.1 + self.decisions.1 + self.actions.1
    }
}

fn person_is(doc: &BoardDocument, id: &str, spec: &str) -> bool {
    doc.person(id)
        .is_some_and(|p| key(&p.name) == key(spec) || p.initials.as_deref() == Some(spec.trim()))
}

fn status(s: &str) -> AttendanceStatus {
    match s {
        "present" => AttendanceStatus::Present,
        "apologies" => AttendanceStatus::Apologies,
        "deputy" => AttendanceStatus::Deputy,
        "attendance" => AttendanceStatus::InAttendance,
        "minutes" => AttendanceStatus::MinuteTaker,
        "absent" => AttendanceStatus::Absent,
        other => panic!("bad status {other}"),
    }
}

fn kind(s: &str) -> DecisionKind {
    match s {
        "agreed" => DecisionKind::Agreed,
        "resolved" => DecisionKind::Resolved,
        "noted" => DecisionKind::Noted,
        other => panic!("bad kind {other}"),
    }
}

fn owner_text(doc: &BoardDocument, o: &Owner) -> String {
    match o {
        Owner::Person(id) => doc
            .person(id)
            .map(|p| p.initials.clone().unwrap_or(p.name.clone()))
            .unwrap_or_default(),
        Owner::Initials(i) | Owner::Name(i) => i.clone(),
        Owner::Role(_) => "chair".into(),
        Owner::Group(g) => doc
            .bodies
            .iter()
            .flat_map(|b| b.groups.iter())
            .find(|x| &x.id == g)
            .map(|x| x.name.clone())
            .unwrap_or_default(),
    }
}

fn owner_matches(doc: &BoardDocument, o: &Owner, spec: &str) -> bool {
    match o {
        Owner::Person(id) => person_is(doc, id, spec),
        _ => key(&owner_text(doc, o)) == key(spec),
    }
}

/// Score a draft against a spec, one record a line:
/// `A|name or initials|status|deputy for (or -)`,
/// `D|item|letter (or -)|kind|text prefix`,
/// `X|ref|owner & owner|due (YYYY-MM-DD, YYYY-MM, next_meeting or -)`.
pub fn score(draft: &Draft, spec: &str) -> Score {
    let doc = &draft.document;
    let m = doc.meetings.first();
    let mut s = Score::default();
    let mut used_att = vec![false; m.map_or(0, |m| m.attendance.len())];
    let decisions: Vec<(String, &boardkit::meeting::Decision)> = m
        .map(|m| {
            m.agenda
                .iter()
                .flat_map(|i| i.decisions.iter().map(move |d| (i.number.clone(), d)))
                .collect()
        })
        .unwrap_or_default();
    let mut used_dec = vec![false; decisions.len()];
    let mut used_act = vec![false; doc.actions.len()];
    for line in spec.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('|').collect();
        match f[0] {
            "A" => {
                s.attendance.0 += 1;
                let Some(m) = m else { continue };
                let hit = m.attendance.iter().enumerate().position(|(i, a)| {
                    !used_att[i]
                        && person_is(doc, &a.person, f[1])
                        && a.status == status(f[2])
                        && match (f[3], &a.deputy_for) {
                            ("-", None) => true,
                            (x, Some(id)) => person_is(doc, id, x),
                            _ => false,
                        }
                });
                if let Some(i) = hit {
                    used_att[i] = true;
                    s.attendance.1 += 1;
                }
            }
            "D" => {
                s.decisions.0 += 1;
                let hit = decisions.iter().enumerate().position(|(i, (item, d))| {
                    !used_dec[i]
                        && item == f[1]
                        && d.letter.as_deref().unwrap_or("-") == f[2]
                        && d.kind == kind(f[3])
                        && d.text.starts_with(f[4])
                        && match (f.get(5), &d.owner) {
                            (None, None) => true,
                            (Some(o), Some(PersonRef::Person(id))) => person_is(doc, id, o),
                            _ => false,
                        }
                });
                if let Some(i) = hit {
                    used_dec[i] = true;
                    s.decisions.1 += 1;
                }
            }
            "X" => {
                s.actions.0 += 1;
                let owners: Vec<&str> = f[2].split(" & ").filter(|o| !o.is_empty()).collect();
                let hit = doc.actions.iter().enumerate().position(|(i, a)| {
                    let due = match &a.due {
                        None => "-".to_string(),
                        Some(w) => serde_json::to_value(w)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default(),
                    };
                    !used_act[i]
                        && a.reference == f[1]
                        && !a.extensions.contains_key("owner_text")
                        && a.owners.len() == owners.len()
                        && a.owners
                            .iter()
                            .zip(&owners)
                            .all(|(o, sp)| owner_matches(doc, o, sp))
                        && due == f[3]
                });
                if let Some(i) = hit {
                    used_act[i] = true;
                    s.actions.1 += 1;
                }
            }
            other => panic!("bad spec line {other}"),
        }
    }
    s.attendance.2 = used_att.iter().filter(|u| !**u).count();
    s.decisions.2 = used_dec.iter().filter(|u| !**u).count();
    s.actions.2 = used_act.iter().filter(|u| !**u).count();
    s
}

/// Read a field sample or seed.
pub fn read(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
