//! For tests: the loaded board's look-ups by position, to compare with a board opened
//! afresh (kept apart from the slot map, which the look-ups use).

use super::around::Around;
use super::slots::Slots;

impl Around {
    /// The look-ups with every key replaced by its record's position, and the keys
    /// started again (what [`Around::new`] builds from the same document).
    pub(crate) fn by_position(&self) -> Self {
        use std::collections::HashMap;
        fn each<K: Clone + Eq + std::hash::Hash>(
            map: &HashMap<K, Vec<usize>>,
            keys: &Slots,
        ) -> HashMap<K, Vec<usize>> {
            let at = |v: &Vec<usize>| {
                v.iter()
                    .map(|k| keys.at(*k).map_or(usize::MAX, |i| keys.rank(i)))
                    .collect()
            };
            map.iter().map(|(k, v)| (k.clone(), at(v))).collect()
        }
        /// As `each`, the keys of removed records skipped (left under the meeting that
        /// raised them until the next compaction) and lists left empty dropped.
        fn live<K: Clone + Eq + std::hash::Hash>(
            map: &HashMap<K, Vec<usize>>,
            keys: &Slots,
        ) -> HashMap<K, Vec<usize>> {
            let at = |v: &Vec<usize>| -> Vec<usize> {
                v.iter()
                    .filter_map(|k| keys.at(*k).map(|i| keys.rank(i)))
                    .collect()
            };
            map.iter()
                .map(|(k, v)| (k.clone(), at(v)))
                .filter(|(_, v)| !v.is_empty())
                .collect()
        }
        fn dated<K: Clone + Eq + std::hash::Hash>(
            map: &HashMap<K, Vec<(crate::date::Date, usize)>>,
            keys: &Slots,
        ) -> HashMap<K, Vec<(crate::date::Date, usize)>> {
            let at = |v: &Vec<(crate::date::Date, usize)>| {
                v.iter()
                    .map(|(d, k)| (*d, keys.at(*k).map_or(usize::MAX, |i| keys.rank(i))))
                    .collect()
            };
            map.iter().map(|(k, v)| (k.clone(), at(v))).collect()
        }
        let (p, m, a) = (&self.people_keys, &self.meeting_keys, &self.action_keys);
        Around {
            people: each(&self.people, p),
            meetings: each(&self.meetings, m),
            actions: each(&self.actions, a),
            by_body: each(&self.by_body, m),
            arising_by_id: each(&self.arising_by_id, m),
            arising_by_ref: dated(&self.arising_by_ref, m),
            actions_by_ref: dated(&self.actions_by_ref, a),
            members: self.members.clone(),
            raised_at: live(&self.raised_at, a),
            people_keys: Slots::new(p.rank(p.len())),
            meeting_keys: Slots::new(m.rank(m.len())),
            action_keys: Slots::new(a.rank(a.len())),
        }
    }
}
