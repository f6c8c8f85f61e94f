//! Matching people against the caller's context document (names, initials), proposing
//! new people for the rest. Never merged on a guess: a name matches only when its
//! normalised form (titles dropped, case and punctuation ignored) is the same, and
//! initials only when exactly one person has them.

use crate::codes::ImportCode;
use crate::{Location, Uncertainty};
use boardkit::action::Owner;
use boardkit::board::Person;
use boardkit::meeting::BodyRole;
use boardkit::{BoardDocument, Extensions};
use serde_json::Value;
use std::collections::HashMap;

/// Titles and honorifics dropped before comparing names.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "cllr",
    "councillor",
    "county",
    "district",
    "inspector",
    "chief",
    "superintendent",
    "detective",
    "father",
    "sir",
    "professor",
    "prof",
    "the",
    "rev",
    "revd",
    "magistrate",
    "dame",
    "lord",
    "lady",
    "cbe",
    "obe",
    "mbe",
];

/// The normalised key of a name: lower case, letters and digits, titles dropped.
pub fn key(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '\'' {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .filter(|w| !TITLES.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether text looks like a person's name: two to five words, each starting with a
/// capital (initials and titles allowed), no digits.
pub fn looks_like_name(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ',', ';']);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 2 || words.len() > 6 || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let lower_ok = ["de", "van", "von", "la", "le", "da", "of"];
    let org = is_organisation(t);
    !org && words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '(')
            || lower_ok.contains(w)
    }) && key(t).split_whitespace().count() >= 2
}

/// Words that mark an organisation or a role rather than a person.
const ORG_WORDS: &[&str] = &[
    "council",
    "trust",
    "schools",
    "school",
    "board",
    "sector",
    "constabulary",
    "police",
    "ccg",
    "services",
    "service",
    "pct",
    "connexions",
    "nhs",
    "healthwatch",
    "authority",
    "partnership",
    "group",
    "team",
    "office",
    "forum",
    "agency",
    "commission",
    "crc",
    "cafcass",
    "university",
    "college",
    "hospital",
    "department",
    "directorate",
    "company",
    "association",
    "network",
    "committee",
    "foundation",
    "executive",
    "unit",
    "centre",
    "director",
    "manager",
    "head",
    "officer",
    "lead",
    "chair",
    "member",
    "nurse",
    "doctor",
    "representative",
    "governor",
    "teacher",
    "advisor",
    "adviser",
    "practitioner",
    "all",
    "partners",
    "parish",
    "children",
    "adult",
    "adults",
    "community",
    "health",
    "care",
    "safeguarding",
    "social",
    "public",
    "cabinet",
    "commissioner",
    "clerk",
    "panel",
    "clinical",
    "commissioning",
    "refuge",
    "academy",
    "commander",
    "coordinator",
    "ordinator",
    "aid",
    "housing",
    "probation",
    "ambulance",
    "rescue",
    "primary",
    "diocese",
    "trust",
];

/// Whether text reads as an organisation or role ("Lancashire County Council").
pub fn is_organisation(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| ORG_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether a token is initials as minutes write them: CT, SCh, JHo, MJP, HAC.
pub fn is_initials(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric());
    let n = t.chars().count();
    (2..=4).contains(&n)
        && t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && t.chars().all(|c| c.is_ascii_alphabetic())
        && t.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// The people of a draft: those of the context and those proposed by this import.
#[derive(Debug, Clone, Default)]
pub struct Book {
    /// Everyone, context first.
    pub people: Vec<Person>,
    context_len: usize,
    by_key: HashMap<String, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
    ids: HashMap<String, usize>,
}

/// What a look-up found.
pub enum Found {
    /// A person, by id.
    Person(String),
    /// Several people: not linked.
    Ambiguous,
}

impl Book {
    /// A book seeded with the context document's people.
    pub fn new(context: Option<&BoardDocument>) -> Book {
        let mut b = Book::default();
        if let Some(doc) = context {
            for p in &doc.people {
                b.insert(p.clone());
            }
        }
        b.context_len = b.people.len();
        b
    }

    fn insert(&mut self, p: Person) -> usize {
        let i = self.people.len();
        self.by_key.entry(key(&p.name)).or_default().push(i);
        if let Some(ini) = &p.initials {
            self.by_initials.entry(ini.clone()).or_default().push(i);
        }
        self.ids.insert(p.id.clone(), i);
        self.people.push(p);
        i
    }

    /// The people this import proposed (not in the context).
    pub fn proposed(&self) -> &[Person] {
        self.people.get(self.context_len..).unwrap_or(&[])
    }

    fn fresh_id(&self, base: &str) -> String {
        let slug: String = key(base)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let slug = slug.trim_matches('-').to_string();
        let slug = if slug.is_empty() {
            "person".to_string()
        } else {
            slug
        };
        let mut id = format!("p-{slug}");
        let mut n = 2;
        while self.ids.contains_key(&id) {
            id = format!("p-{slug}-{n}");
            n += 1;
        }
        id
    }

    /// The one person already in the book under this name, without proposing anyone.
    pub fn known(&self, name: &str) -> Option<String> {
        match self.by_key.get(&key(name)).map(Vec::as_slice) {
            Some([i]) => self.people.get(*i).map(|p| p.id.clone()),
            _ => None,
        }
    }

    /// Find or propose the person with this name. `post` is kept on a new person.
    pub fn by_name(
        &mut self,
        name: &str,
        post: Option<&str>,
        at: &Location,
        out: &mut Vec<Uncertainty>,
    ) -> Option<String> {
        let k = key(name);
        if k.is_empty() {
            return None;
        }
        match self.by_key.get(&k).map(Vec::as_slice) {
            Some([i]) => return self.people.get(*i).map(|p| p.id.clone()),
            Some([_, _, ..]) => {
                out.push(Uncertainty {
                    at: at.clone(),
                    code: ImportCode::PersonAmbiguous,
                    message: "A name matches more than one person in the context document, so it was not linked. Choose the right person, for example by their id.".into(),
                    path: None,
                });
                return None;
            }
            _ => {}
        }
        let id = self.fresh_id(name);
        let i = self.insert(Person {
            id: id.clone(),
            name: name.trim().trim_end_matches(['.', ',']).to_string(),
            initials: None,
            aliases: Vec::new(),
            post: post.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
            offices: Vec::new(),
            organisation: None,
            extensions: Extensions::new(),
        });
        out.push(Uncertainty {
            at: at.clone(),
            code: ImportCode::PersonNew,
            message: "A person not in the context document was proposed as a new person. Check they are not someone already listed under another spelling, for example \"Cllr J Smith\" and \"Jane Smith\".".into(),
            path: Some(format!("/people/{i}")),
        });
        Some(id)
    }

    /// Find or propose the person with these initials.
    pub fn by_initials(
        &mut self,
        initials: &str,
        post: Option<&str>,
        at: &Location,
        out: &mut Vec<Uncertainty>,
    ) -> Option<String> {
        let ini = initials.trim();
        match self.by_initials.get(ini).map(Vec::as_slice) {
            Some([i]) => return self.people.get(*i).map(|p| p.id.clone()),
            Some([_, _, ..]) => {
                out.push(Uncertainty {
                    at: at.clone(),
                    code: ImportCode::PersonAmbiguous,
                    message: "Initials match more than one person in the context document, so they were not linked. Choose the right person.".into(),
                    path: None,
                });
                return None;
            }
            _ => {}
        }
        let id = self.fresh_id(ini);
        let i = self.insert(Person {
            id: id.clone(),
            name: ini.to_string(),
            initials: Some(ini.to_string()),
            aliases: Vec::new(),
            post: post.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
            offices: Vec::new(),
            organisation: None,
            extensions: Extensions::new(),
        });
        out.push(Uncertainty {
            at: at.clone(),
            code: ImportCode::PersonInitialsOnly,
            message: "A person known only by initials was proposed as a new person named by their initials; add their full name.".into(),
            path: Some(format!("/people/{i}")),
        });
        Some(id)
    }

    /// A person by id, to fill in what the input says of them.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Person> {
        let i = *self.ids.get(id)?;
        self.people.get_mut(i)
    }

    /// The position of a person in the draft's `people`, by id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// A person by id.
    pub fn get(&self, id: &str) -> Option<&Person> {
        self.people.get(*self.ids.get(id)?)
    }

    /// Give a person initials learnt from the input (only when they have none), keeping
    /// the look-up by initials true.
    pub fn set_initials(&mut self, id: &str, initials: &str) {
        let Some(&i) = self.ids.get(id) else { return };
        if let Some(p) = self.people.get_mut(i) {
            if p.initials.is_none() {
                p.initials = Some(initials.to_string());
                self.by_initials
                    .entry(initials.to_string())
                    .or_default()
                    .push(i);
            }
        }
    }

    /// Find (never propose) a person by initials: for owners, which may stay initials.
    pub fn find_initials(&self, initials: &str) -> Option<Found> {
        match self.by_initials.get(initials.trim()).map(Vec::as_slice) {
            Some([i]) => self.people.get(*i).map(|p| Found::Person(p.id.clone())),
            Some([_, _, ..]) => Some(Found::Ambiguous),
            _ => None,
        }
    }
}

/// Owners from text: "CT & JR", "The Chair", "Natasha Wright", "All partners". Initials
/// stay initials unless exactly one person in the book has them; groups are matched by
/// name against the context's bodies; anything else is kept as text under `owner_text`
/// with an uncertainty.
pub fn owners(
    book: &mut Book,
    context: Option<&BoardDocument>,
    text: &str,
    at: &Location,
    out: &mut Vec<Uncertainty>,
    ext: &mut Extensions,
) -> Vec<Owner> {
    let mut owners = Vec::new();
    let t = text.trim().trim_end_matches(['.', ',']);
    if t.is_empty() {
        return owners;
    }
    // A whole cell that is one known person's name ("Sudhir Sethi, Dr") is that person.
    if let Some(id) = book.known(t) {
        owners.push(Owner::Person(id));
        return owners;
    }
    let mut groups = Vec::new();
    for p in owner_parts(context, t) {
        let lower = p.to_lowercase();
        let group = context.and_then(|c| {
            c.bodies
                .iter()
                .flat_map(|b| b.groups.iter())
                .find(|g| g.name.to_lowercase() == lower)
                .map(|g| g.id.clone())
        });
        if lower == "the chair" || lower == "chair" {
            owners.push(Owner::Role(BodyRole::Chair));
        } else if let Some(g) = group {
            owners.push(Owner::Group(g));
        } else if is_initials(&p) && p.len() <= 4 {
            match book.find_initials(&p) {
                Some(Found::Person(id)) => owners.push(Owner::Person(id)),
                _ => owners.push(Owner::Initials(p)),
            }
        } else if looks_like_name(&p) {
            if let Some(id) = book.by_name(&p, None, at, out) {
                owners.push(Owner::Person(id));
            }
        } else {
            groups.push(Value::String(p));
        }
    }
    if !groups.is_empty() {
        out.push(Uncertainty {
            at: at.clone(),
            code: ImportCode::OwnerGroup,
            message: "An owner names a group or a role, for example \"All partners\", that the context document does not define; it was kept as text under the record's extensions (owner_text).".into(),
            path: None,
        });
        ext.insert("owner_text".into(), Value::Array(groups));
    }
    owners
}

/// The owners a text names, one a part. Owners separated by semicolons (as boardkit's
/// CSV writes them) are each whole: "Sarah Russell, Cllr; All partners". Otherwise a
/// comma-separated part that is whole a group of the context ("Health and Wellbeing
/// leads") stays whole; others split on "&", "/" and "and".
fn owner_parts(context: Option<&BoardDocument>, t: &str) -> Vec<String> {
    let group_named = |p: &str| {
        let l = p.trim().to_lowercase();
        context.is_some_and(|c| {
            c.bodies
                .iter()
                .flat_map(|b| b.groups.iter())
                .any(|g| g.name.to_lowercase() == l)
        })
    };
    let by_semicolon = t.contains(';');
    t.split(if by_semicolon { ';' } else { ',' })
        .flat_map(|p| {
            if by_semicolon || group_named(p) {
                vec![p.to_string()]
            } else {
                p.split(['&', '/'])
                    .flat_map(|q| q.split(" and ").map(str::to_string).collect::<Vec<_>>())
                    .collect()
            }
        })
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_initials() {
        assert!(looks_like_name("Mr L Brennan"));
        assert!(looks_like_name("Tony Crane"));
        assert!(!looks_like_name("Lancashire County Council"));
        assert!(!looks_like_name("The Chair welcomed everyone"));
        assert!(is_initials("SCh"));
        assert!(is_initials("MJP"));
        assert!(!is_initials("The"));
        assert_eq!(key("Cllr Owen Talbot"), key("Owen Talbot"));
    }

    #[test]
    fn context_match_and_proposal() {
        let doc = BoardDocument::from_json(
            r#"{"schema_version":1,"people":[{"id":"p-ct","name":"Caroline Tote","initials":"CT"},{"id":"p-x","name":"Chris Tan","initials":"CT"}]}"#,
        )
        .unwrap();
        let mut b = Book::new(Some(&doc));
        let mut u = Vec::new();
        assert_eq!(
            b.by_name("Ms Caroline Tote", None, &Location::line(1), &mut u)
                .as_deref(),
            Some("p-ct")
        );
        assert!(u.is_empty());
        assert_eq!(b.by_initials("CT", None, &Location::line(2), &mut u), None);
        assert_eq!(u[0].code, ImportCode::PersonAmbiguous);
        let id = b
            .by_name("Jo Turton", None, &Location::line(3), &mut u)
            .unwrap();
        assert_eq!(
            b.by_name("Jo Turton", None, &Location::line(4), &mut u)
                .unwrap(),
            id
        );
        assert_eq!(b.proposed().len(), 1);
    }
}
