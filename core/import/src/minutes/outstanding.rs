//! A list of outstanding actions from the last meeting, written as sentences: "With
//! regard to outstanding actions –", then "Jo Bloggs agreed to send ...", "Ann Bee
//! will meet ...", "Cy Dee and Ed Eff to present ...", each maybe followed by a
//! free-worded status line ("Actioned by ...", "To be actioned at this meeting by ...").
//! Each sentence whose subject is one or more people is an action they own; a status
//! line is kept with the action it follows.

use super::reader::{append_to, Reader};
use crate::people::looks_like_name;
use crate::text::Line;
use serde_json::Value;

/// Status lines of an outstanding action, as minutes word them.
const STATUS: &[&str] = &[
    "actioned",
    "to be actioned",
    "completed",
    "complete",
    "ongoing",
    "outstanding",
    "closed",
    "done",
];

/// The verbs that follow an owner at the start of an action sentence.
const VERBS: &[&str] = &[" agreed to ", " will ", " to ", " would "];

impl Reader<'_> {
    /// Read a line of an outstanding-actions list (true when read).
    pub(crate) fn outstanding_line(&mut self, l: &Line) -> bool {
        let lower = l.text.to_lowercase();
        if !self.outstanding {
            if lower.contains("outstanding actions") && l.text.len() < 80 {
                self.outstanding = true;
            }
            return false;
        }
        if STATUS.iter().any(|s| lower.starts_with(s)) {
            if let Some(a) = self.actions.last_mut() {
                append_to(
                    &mut a.extensions,
                    "status_text",
                    [Value::String(l.text.clone())],
                );
                return true;
            }
            return false;
        }
        match owner_part(&l.text) {
            Some(owner) => {
                let r = self.current_ref();
                self.add_action(l.no, r, l.text.clone(), Some(&owner), None, None, None);
                true
            }
            None => {
                // Anything else (an "Action -" line, the next item's title) ends the list.
                self.outstanding = false;
                false
            }
        }
    }
}

/// The owners at the start of an action sentence ("Ann Bee, Cy Dee (Role) and Ed Eff
/// to ..."), brackets dropped; None when the subject is not people.
fn owner_part(t: &str) -> Option<String> {
    let lower = t.to_lowercase();
    let pos = VERBS.iter().filter_map(|v| lower.find(v)).min()?;
    let subject = t.get(..pos)?;
    let (plain, _) = super::entry_text::split_brackets(subject);
    let names = super::entry_text::split_list(&plain);
    let ok = !names.is_empty() && names.iter().all(|n| looks_like_name(n));
    ok.then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        assert_eq!(
            owner_part("Ann Bee agreed to send the terms of reference."),
            Some("Ann Bee".into())
        );
        assert_eq!(
            owner_part("Ann Bee, Cy Dee (Head of Service) and Ed Eff to meet partners."),
            Some("Ann Bee, Cy Dee and Ed Eff".into())
        );
        assert_eq!(owner_part("Board members are asked to note."), None);
        assert_eq!(owner_part("Agreement on Governance Structure"), None);
    }
}
