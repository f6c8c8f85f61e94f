//! Invariants of apportionment and money, for any partners, weights and totals.

use boardkit::budget::apportion::largest_remainder;
use boardkit::budget::formula::PartnerShare;
use boardkit::budget::{apportion, ApportionRequest, Formula, Money};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Distinct partner ids with weights (some zero).
fn parties() -> impl Strategy<Value = Vec<(String, u128)>> {
    prop::collection::btree_map(
        "[a-z]{1,4}",
        prop_oneof![Just(0u64), 0u64..1_000, 0u64..u64::MAX],
        1..12,
    )
    .prop_map(|m| m.into_iter().map(|(k, w)| (k, u128::from(w))).collect())
}

fn total() -> impl Strategy<Value = i64> {
    prop_oneof![
        -1_000i64..1_000,
        -100_000_000_000i64..100_000_000_000,
        (i64::MIN + 1)..=i64::MAX
    ]
}

fn by_id(shares: &[boardkit::budget::Share]) -> BTreeMap<String, i64> {
    shares
        .iter()
        .map(|s| (s.id.clone(), s.amount.pence()))
        .collect()
}

fn nonzero(p: &[(String, u128)]) -> bool {
    p.iter().any(|(_, w)| *w > 0)
}

proptest! {
    #[test]
    fn shares_sum_exactly_to_the_total(p in parties(), t in total()) {
        prop_assume!(nonzero(&p));
        let shares = largest_remainder(Money::from_pence(t), &p, "").unwrap();
        let sum: i128 = shares.iter().map(|s| i128::from(s.amount.pence())).sum();
        prop_assert_eq!(sum, i128::from(t));
        prop_assert_eq!(shares.len(), p.len());
    }

    #[test]
    fn shares_do_not_depend_on_listing_order(p in parties(), t in total(), seed in any::<u64>()) {
        prop_assume!(nonzero(&p));
        let a = largest_remainder(Money::from_pence(t), &p, "").unwrap();
        let mut q = p.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..q.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = usize::try_from((s >> 33) % (i as u64 + 1)).unwrap();
            q.swap(i, j);
        }
        let b = largest_remainder(Money::from_pence(t), &q, "").unwrap();
        prop_assert_eq!(by_id(&a), by_id(&b));
    }

    #[test]
    fn a_larger_weight_never_gets_a_smaller_share(p in parties(), t in total()) {
        prop_assume!(nonzero(&p));
        let shares = largest_remainder(Money::from_pence(t), &p, "").unwrap();
        for (x, sx) in p.iter().zip(&shares) {
            for (y, sy) in p.iter().zip(&shares) {
                if x.1 > y.1 {
                    prop_assert!(sx.amount.pence().unsigned_abs() >= sy.amount.pence().unsigned_abs());
                }
            }
        }
    }

    #[test]
    fn zero_weight_gets_zero_and_each_share_is_within_a_penny(p in parties(), t in total()) {
        prop_assume!(nonzero(&p));
        let shares = largest_remainder(Money::from_pence(t), &p, "").unwrap();
        let w_sum: u128 = p.iter().map(|x| x.1).sum();
        for (x, s) in p.iter().zip(&shares) {
            if x.1 == 0 {
                prop_assert_eq!(s.amount, Money::ZERO);
            }
            let exact_floor = u128::from(t.unsigned_abs()) * x.1 / w_sum;
            let got = u128::from(s.amount.pence().unsigned_abs());
            prop_assert!(got == exact_floor || got == exact_floor + 1);
            prop_assert!(s.amount.pence() == 0 || (s.amount.pence() < 0) == (t < 0));
        }
    }

    #[test]
    fn negative_totals_are_symmetric(p in parties(), t in total()) {
        prop_assume!(nonzero(&p));
        let plus = largest_remainder(Money::from_pence(t), &p, "").unwrap();
        let minus = largest_remainder(Money::from_pence(-t), &p, "").unwrap();
        for (a, b) in plus.iter().zip(&minus) {
            prop_assert_eq!(a.amount.pence(), -b.amount.pence());
        }
    }

    #[test]
    fn percentage_formulas_share_the_whole_total(cuts in prop::collection::btree_set(1u32..10_000, 0..8), t in total()) {
        // Cut 100% at random points into shares that total exactly 10,000 basis points.
        let mut points: Vec<u32> = cuts.into_iter().collect();
        points.push(10_000);
        let mut last = 0;
        let mut shares = Vec::new();
        for (i, p) in points.into_iter().enumerate() {
            shares.push(PartnerShare { organisation: format!("o-{i}"), basis_points: p - last });
            last = p;
        }
        let req = ApportionRequest { formula: Formula::Percentages { shares }, total: Some(Money::from_pence(t)) };
        let res = apportion(&req).unwrap();
        prop_assert_eq!(res.total.pence(), t);
    }

    #[test]
    fn money_text_round_trips(p in (i64::MIN + 1)..=i64::MAX) {
        let m = Money::from_pence(p);
        prop_assert_eq!(Money::parse(&m.to_string()).unwrap(), m);
    }

    #[test]
    fn money_addition_overflows_to_none_never_wraps(a in any::<i64>(), b in any::<i64>()) {
        let got = Money::from_pence(a).checked_add(Money::from_pence(b)).map(Money::pence);
        prop_assert_eq!(got, a.checked_add(b));
    }
}
