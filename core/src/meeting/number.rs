//! One reading of item numbers and minute refs, shared by the agenda rules and the public
//! version: which item a number is beneath.
//!
//! Minutes write the same place many ways: `5.1`, `5a`, `5(a)`, `5 (a)`, `5(i)`, `5/1`,
//! `5-1`, `5,1`, `Item 5`, `Item 5.1` are all item 5 or beneath it; `Part B`, `PART B.1`,
//! `Part  B 1` and `B.1` are Part B or beneath it; `M5a` is beneath `M5`. A number is
//! read into [`Segment`]s: numbers as numbers (`05` is `5`), letters without regard to
//! case, and any run of spaces, dots, brackets, slashes, dashes and commas as one break.
//!
//! One form cannot be decided: a capital letter glued to a number (`A5`) at a meeting
//! with no item in that letter's series. It may be its own series (M1-M4 of matters
//! arising beside items 1-4) or item 5 with a prefix (an annex, an action). [`Numbering`]
//! reports such a number as [`Relation::Undecided`] when item 5 is confidential, and the
//! public version withholds it (the rule `meeting.number_relation_undecided` says so).
//! So is a blank number (an action with no ref, a risk with no minute) at a meeting with
//! any confidential material: the record may belong to a confidential item.

use std::collections::{HashMap, HashSet};

/// One segment of an item number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment<'a> {
    /// A number (`05` and `5` are the same).
    Number(u32),
    /// A run of letters, compared without regard to case (`a`, `iv`, `B`).
    Letters(&'a str),
    /// A capital letter glued to the number after it (`M` of `M5`): the head of a series.
    Series(char),
}

impl Segment<'_> {
    fn key(&self) -> Key {
        match self {
            Segment::Number(n) => Key::Number(*n),
            Segment::Letters(s) => Key::Letters(s.to_ascii_uppercase()),
            Segment::Series(c) => Key::Letters(c.to_ascii_uppercase().to_string()),
        }
    }
}

/// A segment as compared: letters upper-cased. A series letter compares as the letter
/// (`M5` and `M.5` are the same place).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Number(u32),
    Letters(String),
}

fn is_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '(' | ')' | '/' | '-' | ',' | '[' | ']' | ':')
}

/// Read an item number or ref into its segments. Words `Item` and `Part` in front are
/// dropped (`Item 5.1` is `5.1`; `Part B` is `B`). Anything that is not a letter, digit
/// or break is kept as letters, so an odd number still compares only with itself.
pub fn segments(number: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = number;
    while let Some(start) = rest.find(|c: char| !is_break(c)) {
        let run = rest.get(start..).unwrap_or("");
        let digits = run.chars().next().is_some_and(|c| c.is_ascii_digit());
        let len = run
            .find(|c: char| is_break(c) || c.is_ascii_digit() != digits)
            .unwrap_or(run.len());
        let (token, tail) = run.split_at(len);
        if digits {
            match token.parse::<u32>() {
                Ok(n) => out.push(Segment::Number(n)),
                Err(_) => out.push(Segment::Letters(token)),
            }
        } else if out.is_empty()
            && (token.eq_ignore_ascii_case("item") || token.eq_ignore_ascii_case("part"))
            && tail.starts_with(is_break)
        {
            // A leading word, not a segment.
        } else if out.is_empty()
            && token.len() == 1
            && token.chars().all(|c| c.is_ascii_uppercase())
            && tail.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push(Segment::Series(token.chars().next().unwrap_or('A')));
        } else {
            out.push(Segment::Letters(token));
        }
        rest = tail;
    }
    out
}

/// How a number stands to the confidential items of its meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Not beneath a confidential item (or the meeting is not known).
    Open,
    /// The meeting is wholly confidential, or the number is a confidential item or beneath one.
    Confidential,
    /// It cannot be told: a series letter the meeting does not use, on a number that is
    /// beneath a confidential item without its letter (`A5` with item 5 confidential).
    Undecided,
}

/// Every meeting's item numbers as a tree (one root per meeting id; items beneath their
/// parents), with the nodes marked confidential. A walk down a number meets every item
/// above it, so "beneath a confidential item" is one walk, linear in the number's length.
/// Meetings that share an id share a tree.
#[derive(Debug, Default)]
pub struct Numbering<'a> {
    roots: HashMap<&'a str, usize>,
    children: HashMap<(usize, Key), usize>,
    marked: Vec<bool>,
    /// Per meeting root: the series letters its items use.
    series: HashMap<usize, HashSet<char>>,
    /// Ids of the meetings with any marking (the meeting, an item or a closed part).
    any_marked: HashSet<&'a str>,
}

impl<'a> Numbering<'a> {
    /// The numbering of a document's meetings, with the markings: a meeting marked
    /// confidential, an item marked confidential, an item in a closed part.
    pub fn of(meetings: &'a [super::Meeting]) -> Self {
        let mut n = Numbering::default();
        for m in meetings {
            let root = n.root(&m.id);
            if m.confidential {
                n.mark(root);
                n.any_marked.insert(&m.id);
            }
            // The closed parts, once per meeting (a look-up per item stays linear).
            let closed: HashSet<&str> = m
                .parts
                .iter()
                .filter(|p| p.confidential)
                .map(|p| p.id.as_str())
                .collect();
            for item in &m.agenda {
                let node = n.insert(root, &item.number);
                let in_closed = item.part.as_deref().is_some_and(|p| closed.contains(p));
                if m.confidential || item.confidential || in_closed {
                    n.mark(node);
                    n.any_marked.insert(&m.id);
                }
            }
        }
        n
    }

    /// Whether the meeting with this id has any confidential material.
    pub fn any_marked(&self, meeting: &str) -> bool {
        self.any_marked.contains(meeting)
    }

    fn node(&mut self) -> usize {
        self.marked.push(false);
        self.marked.len() - 1
    }

    /// The root of a meeting's tree (made on first use).
    pub fn root(&mut self, meeting: &'a str) -> usize {
        if let Some(&r) = self.roots.get(meeting) {
            return r;
        }
        let r = self.node();
        self.roots.insert(meeting, r);
        r
    }

    /// Mark a node (a meeting's root, or an item) confidential.
    pub fn mark(&mut self, node: usize) {
        if let Some(m) = self.marked.get_mut(node) {
            *m = true;
        }
    }

    /// Add an item number under a meeting's root; returns its node.
    pub fn insert(&mut self, root: usize, number: &str) -> usize {
        let segs = segments(number);
        let head = match segs.first() {
            Some(Segment::Series(c)) => Some(*c),
            Some(Segment::Letters(s)) if s.len() == 1 => s.chars().next(),
            _ => None,
        };
        if let Some(c) = head.filter(char::is_ascii_uppercase) {
            self.series.entry(root).or_default().insert(c);
        }
        let mut at = root;
        for s in &segs {
            let key = (at, s.key());
            at = match self.children.get(&key) {
                Some(&c) => c,
                None => {
                    let c = self.node();
                    self.children.insert(key, c);
                    c
                }
            };
        }
        at
    }

    fn is_marked(&self, node: usize) -> bool {
        self.marked.get(node).copied().unwrap_or(false)
    }

    /// Whether the walk down `segs` from `at` meets a marked node.
    fn walk(&self, mut at: usize, segs: &[Segment<'_>]) -> bool {
        if self.is_marked(at) {
            return true;
        }
        for s in segs {
            match self.children.get(&(at, s.key())) {
                Some(&c) if self.is_marked(c) => return true,
                Some(&c) => at = c,
                None => return false,
            }
        }
        false
    }

    /// How `number` at the meeting with this id stands to its confidential items.
    pub fn relation(&self, meeting: &str, number: &str) -> Relation {
        let Some(&root) = self.roots.get(meeting) else {
            return Relation::Open;
        };
        let segs = segments(number);
        if self.walk(root, &segs) {
            return Relation::Confidential;
        }
        // A blank or missing number at a meeting with confidential material: the record
        // may belong to a confidential item.
        if segs.is_empty() && self.any_marked.contains(meeting) {
            return Relation::Undecided;
        }
        match segs.split_first() {
            Some((Segment::Series(c), rest))
                if !self.series.get(&root).is_some_and(|s| s.contains(c))
                    && self.walk(root, rest) =>
            {
                Relation::Undecided
            }
            _ => Relation::Open,
        }
    }

    /// Whether `number` is withheld: confidential, or undecided.
    pub fn tied(&self, meeting: &str, number: &str) -> bool {
        self.relation(meeting, number) != Relation::Open
    }

    /// Whether the meeting with this id is wholly confidential.
    pub fn whole(&self, meeting: &str) -> bool {
        self.roots
            .get(meeting)
            .is_some_and(|&root| self.is_marked(root))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(marked: &[&str], open: &[&str]) -> Numbering<'static> {
        let mut n = Numbering::default();
        let root = n.root("m");
        for s in marked {
            let node = n.insert(root, s);
            n.mark(node);
        }
        for s in open {
            n.insert(root, s);
        }
        n
    }

    #[test]
    fn every_written_form_of_beneath_five_is_beneath_five() {
        let n = tree(&["5"], &["4", "6"]);
        for s in [
            "5", "05", "5.", "5a", "5(a)", "5 (a)", "5(i)", "5/1", "5-1", "5,1", "Item 5",
            "item 5.1", "ITEM 5", "5.1.2", " 5 ",
        ] {
            assert_eq!(n.relation("m", s), Relation::Confidential, "{s:?}");
        }
        for s in ["4", "4a", "6.1", "15", "50", "Item 4", "a5", "", "five"] {
            assert_eq!(n.relation("m", s), Relation::Open, "{s:?}");
        }
        assert_eq!(n.relation("m", "A5"), Relation::Undecided);
        assert_eq!(n.relation("m", "A5.1"), Relation::Undecided);
        assert_eq!(n.relation("other", "5"), Relation::Open);
    }

    #[test]
    fn parts_and_series_are_read_alike() {
        let n = tree(&["Part B", "M5"], &["Part A", "M4", "1"]);
        for s in [
            "Part B",
            "PART B.1",
            "Part  B.1",
            "Part B 1",
            "B.1",
            "B",
            "part b",
        ] {
            assert_eq!(n.relation("m", s), Relation::Confidential, "{s:?}");
        }
        for s in ["M5", "M5a", "M5.1", "M 5", "M(5)"] {
            assert_eq!(n.relation("m", s), Relation::Confidential, "{s:?}");
        }
        // The meeting uses the M series, so M1 is decided (open), not item 1's.
        assert_eq!(n.relation("m", "M1"), Relation::Open);
        assert_eq!(n.relation("m", "Part A.2"), Relation::Open);
        assert_eq!(n.relation("m", "Part C"), Relation::Open);
    }

    #[test]
    fn segments_keep_numbers_letters_and_series_apart() {
        assert_eq!(
            segments("M5a"),
            vec![
                Segment::Series('M'),
                Segment::Number(5),
                Segment::Letters("a")
            ]
        );
        assert_eq!(
            segments("Item 7.1"),
            vec![Segment::Number(7), Segment::Number(1)]
        );
        assert_eq!(segments("Part B"), vec![Segment::Letters("B")]);
        assert_eq!(
            segments("Partnership"),
            vec![Segment::Letters("Partnership")]
        );
        assert!(segments(" .. ").is_empty());
        let big = "99999999999999999999";
        assert_eq!(segments(big), vec![Segment::Letters(big)]);
    }

    #[test]
    fn a_wholly_confidential_meeting_ties_every_number() {
        let mut n = tree(&[], &["1"]);
        assert!(!n.whole("m") && !n.tied("m", "1"));
        let root = n.root("m");
        n.mark(root);
        assert!(n.whole("m") && n.tied("m", "1") && n.tied("m", ""));
    }
}
