//! Keys for the records of one list (people, meetings or actions of a loaded board),
//! and the tombstones of the records removed from it.
//!
//! A record's key is its place in the board's stored list, removed records included: a
//! record added at the end gets the next place, and a removal does not move the records
//! after it: it marks the record's place dead (a tombstone, counted in a Fenwick tree),
//! so a record's key is read as its place at once, and its *position* in the document as
//! a reader sees it is its place less the tombstones before it, found in O(log n). The
//! dead places are dropped together (`compact`), when they are as many as the live ones
//! or when the document is read whole (see `Board::view`): the live records are then
//! numbered again from 0, in order, and the look-ups holding their keys are renumbered
//! with the map `compact` gives (O(n), after at least n / 2 removals), so n removals cost
//! O(n log n) whatever their order.

/// The places of one list's records, live and dead.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Slots {
    /// Whether the record at each place was removed.
    dead: Vec<bool>,
    /// A Fenwick tree over `dead` (1-based: `tree[i - 1]` sums the places `i - lowbit(i)`
    /// to `i - 1`).
    tree: Vec<usize>,
    /// How many places are dead.
    gone: usize,
}

/// What `compact` gives: for each former key, the record's new key (`GONE` for a removed
/// record).
pub(crate) type Renumbering = [usize];

/// The new key of a removed record in a [`Renumbering`]: none.
pub(crate) const GONE: usize = usize::MAX;

fn lowbit(i: usize) -> usize {
    i & i.wrapping_neg()
}

impl Slots {
    /// The keys of a list of `n` records: their places.
    pub(crate) fn new(n: usize) -> Slots {
        Slots {
            dead: vec![false; n],
            tree: vec![0; n],
            gone: 0,
        }
    }

    /// The key of the record at place `i` (past the end: a key no record has).
    pub(crate) fn key(&self, i: usize) -> usize {
        if i < self.dead.len() {
            i
        } else {
            usize::MAX
        }
    }

    /// The place of the live record with key `k`, when it is still there.
    pub(crate) fn at(&self, k: usize) -> Option<usize> {
        (self.dead.get(k) == Some(&false)).then_some(k)
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
        if self.gone == 0 {
            return i;
        }
        i.saturating_sub(self.dead_before(i))
    }

    /// A key for a record added at the end of the list.
    pub(crate) fn push(&mut self) -> usize {
        let k = self.dead.len();
        self.dead.push(false);
        // The new node sums the places (i - lowbit(i)) to i - 1, the last of them the
        // new one (alive).
        let i = self.tree.len() + 1;
        let sum = match self.gone {
            0 => 0,
            _ => self.dead_before(i - 1) - self.dead_before(i - lowbit(i)),
        };
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
        self.dead.len()
    }

    /// How many places are dead.
    pub(crate) fn gone(&self) -> usize {
        self.gone
    }

    /// Drop the dead places (the stored list dropped the same records) and number the
    /// live records again from 0, in order: `renumber` is given the map from each former
    /// key to its new one (`GONE` for a removed record), for the look-ups to be
    /// renumbered with.
    pub(crate) fn compact(&mut self, renumber: impl FnOnce(&Renumbering)) {
        // The tree's own list holds the map for a moment, and every list is cleared and
        // refilled in place: a large fresh allocation makes the allocator consolidate
        // every small block freed since the last one, which grew faster than the lists
        // (13x the work for 10x the removals).
        let mut next = 0;
        for (t, d) in self.tree.iter_mut().zip(&self.dead) {
            *t = match d {
                true => GONE,
                false => {
                    next += 1;
                    next - 1
                }
            };
        }
        renumber(&self.tree);
        self.dead.clear();
        self.dead.resize(next, false);
        self.tree.clear();
        self.tree.resize(next, 0);
        self.gone = 0;
    }

    /// Keep of `list` (the stored list these places are of) the live records only, and
    /// drop the dead places (see `compact`).
    pub(crate) fn compact_list<T>(
        &mut self,
        list: &mut Vec<T>,
        renumber: impl FnOnce(&Renumbering),
    ) {
        self.retain_live(list);
        self.compact(renumber);
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

/// Renumber the keys of `v` (dropping those of removed records) with `r`.
pub(crate) fn renumber<T>(v: &mut Vec<T>, r: &Renumbering, key: fn(&mut T) -> &mut usize) {
    v.retain_mut(|x| {
        let k = key(x);
        match r.get(*k) {
            Some(&n) if n != GONE => {
                *k = n;
                true
            }
            _ => false,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::{renumber, Slots, GONE};

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
        let mut held = vec![(7, 5), (8, 2), (9, 3), (10, 9)];
        let mut r = Vec::new();
        s.compact_list(&mut list, |map| {
            r = map.to_vec();
            renumber(&mut held, map, |x| &mut x.1);
        });
        assert_eq!(list, vec!['b', 'd', 'e', 'f']);
        assert_eq!(r, vec![GONE, 0, GONE, 1, 2, 3]);
        assert_eq!(
            (s.at(0), s.at(3), s.at(4), s.gone(), s.len()),
            (Some(0), Some(3), None, 0, 4)
        );
        assert_eq!(held, vec![(7, 3), (9, 1)]);
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
