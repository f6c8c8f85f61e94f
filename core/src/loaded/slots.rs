//! Stable keys for the records of one list (people, meetings or actions of a loaded
//! board), so the look-ups need not change when a record before another is removed.
//!
//! Each record gets a key when it is filed, and keeps it while it stays on the board: a
//! record added at the end gets a key above every other, and a removal takes one key out
//! and changes no other. So keys rise in list order, and the position of a key is its
//! rank among the keys still there (a binary search). Until the first removal the keys
//! are the positions themselves, found without a search.

/// The keys of one list's records, in list order.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Slots {
    keys: Vec<usize>,
    next: usize,
}

impl Slots {
    /// The keys of a list of `n` records: their positions.
    pub(crate) fn new(n: usize) -> Slots {
        Slots {
            keys: (0..n).collect(),
            next: n,
        }
    }

    /// The key of the record at position `i` (past the end: a key no record has).
    pub(crate) fn key(&self, i: usize) -> usize {
        self.keys.get(i).copied().unwrap_or(usize::MAX)
    }

    /// The position of the record with key `k`, when it is still there.
    pub(crate) fn at(&self, k: usize) -> Option<usize> {
        if self.keys.get(k) == Some(&k) {
            // Keys rise from 0 by at least one, so key k at position k is found at once.
            return Some(k);
        }
        self.keys.binary_search(&k).ok()
    }

    /// The positions of `keys` (those still there), in the same order.
    pub(crate) fn positions<'a>(&'a self, keys: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
        keys.iter().filter_map(|k| self.at(*k))
    }

    /// A key for a record added at the end of the list.
    pub(crate) fn push(&mut self) -> usize {
        let k = self.next;
        self.next += 1;
        self.keys.push(k);
        k
    }

    /// The record at position `i` left the list.
    pub(crate) fn remove(&mut self, i: usize) {
        if i < self.keys.len() {
            self.keys.remove(i);
        }
    }

    /// How many records the list holds.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}

#[cfg(test)]
mod tests {
    use super::Slots;

    #[test]
    fn keys_stay_with_their_records_through_removals_and_additions() {
        let mut s = Slots::new(5);
        assert_eq!(s.at(3), Some(3));
        s.remove(0);
        s.remove(1); // the record with key 2
        assert_eq!((s.at(0), s.at(2)), (None, None));
        assert_eq!((s.at(1), s.at(3), s.at(4)), (Some(0), Some(1), Some(2)));
        let k = s.push();
        assert_eq!((k, s.at(k), s.len()), (5, Some(3), 4));
        assert_eq!(s.key(1), 3);
        assert_eq!(s.positions(&[4, 2, 1]).collect::<Vec<_>>(), vec![2, 0]);
    }
}
