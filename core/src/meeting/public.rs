//! The public version of minutes.

use super::*;
use crate::BoardDocument;
use std::collections::BTreeSet;

/// The title a confidential item carries in a public version.
pub const WITHHELD_TITLE: &str = "Confidential item";

impl Meeting {
    /// The version of the minutes that may be published: every confidential item (all
    /// items when the whole meeting is marked confidential) keeps its number, its
    /// standing-item kind and its time allocation, but loses its title, minute text,
    /// decisions, papers, presenters and host extensions; declarations about such items
    /// lose their nature. Nothing else changes.
    pub fn public_version(&self) -> Meeting {
        let mut m = self.clone();
        let all = m.confidential;
        let mut withheld: BTreeSet<Vec<u32>> = BTreeSet::new();
        for item in &mut m.agenda {
            if all || item.confidential {
                if let Some(n) = item_number(&item.number) {
                    withheld.insert(n);
                }
                item.confidential = true;
                item.title = WITHHELD_TITLE.to_string();
                item.minutes = None;
                item.decisions.clear();
                item.papers.clear();
                item.presenters.clear();
                item.extensions.clear();
            }
        }
        if let Some(d) = &mut m.declarations {
            for e in &mut d.entries {
                let hidden = all || item_number(&e.item).is_some_and(|n| withheld.contains(&n));
                if hidden {
                    e.nature = "withheld".to_string();
                }
            }
        }
        if all {
            for ma in &mut m.matters_arising {
                ma.note = None;
            }
        }
        m
    }
}

impl BoardDocument {
    /// The document with every meeting replaced by its [`Meeting::public_version`].
    pub fn public_version(&self) -> BoardDocument {
        let mut d = self.clone();
        d.meetings = self.meetings.iter().map(Meeting::public_version).collect();
        d
    }
}
