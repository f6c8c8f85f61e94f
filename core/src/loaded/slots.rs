//! Stable keys for the records of one list (people, meetings or actions of a loaded
//! board), and the tombstones of the records removed from it.
//!
//! Each record gets a key when it is filed, and keeps it while it stays on the board: a
//! record added at the end gets a key above every other, so keys rise in list order and
//! the place of a key in the board's stored list is found by a binary search. A removal
//! does not move the records after it: it marks the record's place dead (a tombstone,
//! counted in a Fenwick tree), so a record's *position* in the document as a reader sees
//! it is its place less the tombstones before it, found in O(log n). The dead places
//! are dropped together (`compact`), when they are as many as the live ones or when the
//! document is read whole (see `Board::view`), so n removals cost O(n log n) whatever
//! their order.

/// The keys of one list's records, in the stored list's order, with its tombstones.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Slots {
    keys: Vec<usize>,
    next: usize,
    /// Whether the record at each place was removed.
    dead: Vec<bool>,
    /// A Fenwick tree over `dead` (1-based: `tree[i - 1]` sums the places `i - lowbit(i)`
    /// to `i - 1`).
    tree: Vec<usize>,
    /// How many places are dead.
    gone: usize,
}

fn lowbit(i: usize) -> usize {
    i & i.wrapping_neg()
}

impl Slots {
    /// The keys of a list of `n` records: their places.
    pub(crate) fn new(n: usize) -> Slots {
        Slots {
            keys: (0..n).collect(),
            next: n,
            dead: vec![false; n],
            tree: vec![0; n],
            gone: 0,
        }
    }

    /// The key of the record at place `i` (past the end: a key no record has).
    pub(crate) fn key(&self, i: usize) -> usize {
        self.keys.get(i).copied().unwrap_or(usize::MAX)
    }

    /// The place of the live record with key `k`, when it is still there.
    pub(crate) fn at(&self, k: usize) -> Option<usize> {
        let i = if self.keys.get(k) == Some(&k) {
            // Keys rise from 0 by at least one, so key k at place k is found at once.
            k
        } else {
            self.keys.binary_search(&k).ok()?
        };
        (!self.is_dead(i)).then_some(i)
    }

    /// Whether the record at place `i` was removed.
    pub(crate) fn is_dead(&self, i: usize) -> bool {
        self.dead.get(i).copied().unwrap_or(false)
    }

    /// The places of `keys` (those still there), in the same order.
    pub(crate) fn positions<'a>(&'a self, keys: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
        keys.iter().filter_map(|k| self.at(*k))
    }

    /// How many places before place `i` are dead.
    fn dead_before(&self, i: usize) -> usize {
        let mut n = 0;
        let mut j = i.min(self.tree.len());
        while j > 0 {
            n += self.tree.get(j - 1).copied().unwrap_or(0);
            j -= lowbit(j);
        }
        n
    }

    /// The position in the document a reader sees of the record at place `i` (for `i`
    /// the number of places: the number of live records).
    pub(crate) fn rank(&self, i: usize) -> usize {
        i.saturating_sub(self.dead_before(i))
    }

    /// A key for a record added at the end of the list.
    pub(crate) fn push(&mut self) -> usize {
        let k = self.next;
        self.next += 1;
        self.keys.push(k);
        self.dead.push(false);
        // The new node sums the places (i - lowbit(i)) to i - 1, the last of them the
        // new one (alive).
        let i = self.tree.len() + 1;
        let sum = self.dead_before(i - 1) - self.dead_before(i - lowbit(i));
        self.tree.push(sum);
        k
    }

    /// The record at place `i` left the list: its place is marked dead.
    pub(crate) fn remove(&mut self, i: usize) {
        match self.dead.get_mut(i) {
            Some(d) if !*d => *d = true,
            _ => return,
        }
        self.gone += 1;
        let mut j = i + 1;
        while let Some(t) = self.tree.get_mut(j - 1) {
            *t += 1;
            j += lowbit(j);
        }
    }

    /// How many places the stored list has (live and dead).
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// How many places are dead.
    pub(crate) fn gone(&self) -> usize {
        self.gone
    }

    /// Drop the dead places (the stored list dropped the same records): every live
    /// record keeps its key.
    pub(crate) fn compact(&mut self) {
        if self.gone == 0 {
            return;
        }
        let dead = std::mem::take(&mut self.dead);
        let mut d = dead.iter();
        self.keys.retain(|_| d.next() == Some(&false));
        let n = self.keys.len();
        self.dead = vec![false; n];
        self.tree = vec![0; n];
        self.gone = 0;
    }

    /// Keep of `list` (the stored list these places are of) the live records only, and
    /// drop the dead places.
    pub(crate) fn compact_list<T>(&mut self, list: &mut Vec<T>) {
        if self.gone == 0 {
            return;
        }
        self.retain_live(list);
        self.compact();
    }

    /// Keep of `list` (the stored list these places are of) the live records only.
    pub(crate) fn retain_live<T>(&self, list: &mut Vec<T>) {
        if self.gone == 0 {
            return;
        }
        let mut d = self.dead.iter();
        list.retain(|_| d.next() == Some(&false));
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
        s.remove(2); // the record with key 2
        assert_eq!((s.at(0), s.at(2)), (None, None));
        assert_eq!((s.at(1), s.at(3), s.at(4)), (Some(1), Some(3), Some(4)));
        assert_eq!((s.rank(1), s.rank(3), s.rank(4), s.rank(5)), (0, 1, 2, 3));
        let k = s.push();
        assert_eq!(
            (k, s.at(k), s.len(), s.rank(5), s.rank(6)),
            (5, Some(5), 6, 3, 4)
        );
        assert_eq!(s.key(1), 1);
        assert_eq!(s.positions(&[4, 2, 1]).collect::<Vec<_>>(), vec![4, 1]);
        let mut list = vec!['a', 'b', 'c', 'd', 'e', 'f'];
        s.compact_list(&mut list);
        assert_eq!(list, vec!['b', 'd', 'e', 'f']);
        assert_eq!(
            (s.at(1), s.at(3), s.at(5), s.at(2), s.gone()),
            (Some(0), Some(1), Some(3), None, 0)
        );
    }

    /// The ranks the Fenwick tree gives equal a count of the dead places before, through
    /// removals and additions mixed.
    #[test]
    fn ranks_equal_a_count_of_the_live_places_before() {
        let mut s = Slots::new(7);
        let mut dead = vec![false; 7];
        for step in 0..200usize {
            if step % 3 == 0 {
                s.push();
                dead.push(false);
            } else {
                let i = (step * 7919) % dead.len();
                s.remove(i);
                if let Some(d) = dead.get_mut(i) {
                    *d = true;
                }
            }
            for i in 0..=dead.len() {
                let live = dead.iter().take(i).filter(|d| !**d).count();
                assert_eq!(s.rank(i), live, "step {step} place {i}");
            }
        }
    }
}
