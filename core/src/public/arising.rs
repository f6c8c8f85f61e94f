//! References to earlier meetings: the body's previous meeting, and matters arising
//! matched to actions as the action log matches them.

use crate::date::Date;
use crate::meeting::Meeting;
use crate::BoardDocument;
use std::collections::HashMap;

/// For each meeting (by position), the id of the body's previous meeting: the latest one
/// dated strictly before it that was not cancelled.
pub(super) fn previous_meetings(doc: &BoardDocument) -> Vec<Option<&str>> {
    let mut by_body: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, m) in doc.meetings.iter().enumerate() {
        by_body.entry(m.body.as_str()).or_default().push(i);
    }
    let mut out = vec![None; doc.meetings.len()];
    for list in by_body.values_mut() {
        let key = |i: &usize| doc.meetings.get(*i).map(|m| (m.date, m.id.as_str()));
        list.sort_by_key(key);
        // The last meeting held on an earlier date, and the last held on the current date.
        let mut before: Option<&str> = None;
        let mut current: Option<(Date, Option<&str>)> = None;
        for &i in list.iter() {
            let Some(m) = doc.meetings.get(i) else {
                continue;
            };
            if let Some((d, last)) = current {
                if d < m.date {
                    before = last.or(before);
                    current = None;
                }
            }
            if let Some(slot) = out.get_mut(i) {
                *slot = before;
            }
            let held = m.status != crate::meeting::MeetingStatus::Cancelled;
            let last = current.and_then(|(_, l)| l);
            current = Some((m.date, if held { Some(m.id.as_str()) } else { last }));
        }
    }
    out
}

/// Matters arising matched to withheld actions as the action log matches them: by the
/// action's id, or by ref to the actions with that ref raised at the latest earlier
/// meeting of the body that raised any (see `action::timeline`). A matter arising that
/// names a known action by id is decided by that action alone; one by ref alone (or
/// naming an id the log does not have) is withheld when its ref matches a withheld action
/// or names a confidential item of the body's previous meeting.
pub(super) struct ArisingTies<'a> {
    by_id: HashMap<&'a str, bool>,
    /// Per (body, ref): (date raised, any withheld), one entry per date, in date order.
    by_ref: HashMap<(&'a str, &'a str), Vec<(Date, bool)>>,
}

impl<'a> ArisingTies<'a> {
    pub(super) fn new(doc: &'a BoardDocument, withheld: &[bool]) -> Self {
        let mut meetings: HashMap<&str, &Meeting> = HashMap::new();
        for m in &doc.meetings {
            meetings.entry(m.id.as_str()).or_insert(m);
        }
        let mut by_id: HashMap<&str, bool> = HashMap::new();
        let mut by_ref: HashMap<(&str, &str), Vec<(Date, bool)>> = HashMap::new();
        for (a, &t) in doc.actions.iter().zip(withheld) {
            *by_id.entry(a.id.as_str()).or_default() |= t;
            if let Some(m) = a.raised_at.as_deref().and_then(|id| meetings.get(id)) {
                by_ref
                    .entry((m.body.as_str(), a.reference.trim()))
                    .or_default()
                    .push((m.date, t));
            }
        }
        for v in by_ref.values_mut() {
            v.sort_unstable();
            v.dedup_by(|later, earlier| {
                let same = later.0 == earlier.0;
                if same {
                    earlier.1 |= later.1;
                }
                same
            });
        }
        ArisingTies { by_id, by_ref }
    }

    /// For a matter arising that names an action in the log by id: whether it is withheld.
    pub(super) fn by_id(&self, action: &Option<String>) -> Option<bool> {
        action.as_deref().and_then(|id| self.by_id.get(id).copied())
    }

    /// Whether a matter arising by ref alone matches a withheld action.
    pub(super) fn by_ref(&self, m: &Meeting, reference: &str) -> bool {
        let Some(v) = self.by_ref.get(&(m.body.as_str(), reference.trim())) else {
            return false;
        };
        let before = v.partition_point(|(d, _)| *d < m.date);
        before
            .checked_sub(1)
            .and_then(|i| v.get(i))
            .is_some_and(|(_, t)| *t)
    }
}
