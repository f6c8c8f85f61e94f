//! Invariants of the scorecard arithmetic.

use boardkit::scorecard::rate::{implied_population, rate_per_10000_exact, share_exact};
use boardkit::scorecard::travel::{movement, rag, travel};
use boardkit::scorecard::{
    Decimal, Movement, Polarity, ScorecardDirection, ScorecardRag, Target, TravelThreshold,
};
use proptest::prelude::*;

fn decimal() -> impl Strategy<Value = Decimal> {
    (-1_000_000_000i64..1_000_000_000, 0u32..4).prop_map(|(u, p)| Decimal::new(u, p).unwrap())
}

fn threshold() -> impl Strategy<Value = Option<TravelThreshold>> {
    prop_oneof![
        Just(None),
        (0i64..100_000, 0u32..3)
            .prop_map(|(u, p)| Some(TravelThreshold::Absolute(Decimal::new(u, p).unwrap()))),
        (0i64..10_000, 0u32..2).prop_map(|(u, p)| Some(TravelThreshold::RelativePercent(
            Decimal::new(u, p).unwrap()
        ))),
    ]
}

fn polarity() -> impl Strategy<Value = Polarity> {
    prop_oneof![
        Just(Polarity::HigherIsBetter),
        Just(Polarity::LowerIsBetter)
    ]
}

proptest! {
    /// Direction of travel respects polarity: a rise is improving exactly when higher is
    /// better; flipping the polarity flips improving and worsening and keeps unchanged.
    #[test]
    fn direction_of_travel_respects_polarity(
        prev in decimal(), cur in decimal(), t in threshold(), pol in polarity()
    ) {
        let a = travel(prev, cur, pol, t);
        let b = travel(prev, cur, pol.flipped(), t);
        prop_assert_eq!(a.movement, b.movement);
        let expected_flip = match a.direction {
            ScorecardDirection::Improving => ScorecardDirection::Worsening,
            ScorecardDirection::Worsening => ScorecardDirection::Improving,
            ScorecardDirection::Unchanged => ScorecardDirection::Unchanged,
        };
        prop_assert_eq!(b.direction, expected_flip);
        match (a.movement, pol) {
            (Movement::Up, Polarity::HigherIsBetter) | (Movement::Down, Polarity::LowerIsBetter) =>
                prop_assert_eq!(a.direction, ScorecardDirection::Improving),
            (Movement::Up, Polarity::LowerIsBetter) | (Movement::Down, Polarity::HigherIsBetter) =>
                prop_assert_eq!(a.direction, ScorecardDirection::Worsening),
            (Movement::Level, _) => prop_assert_eq!(a.direction, ScorecardDirection::Unchanged),
        }
        // The arrow points the way the value moved.
        match a.movement {
            Movement::Up => prop_assert!(cur > prev),
            Movement::Down => prop_assert!(cur < prev),
            Movement::Level => {}
        }
        // With no threshold, only an exact tie is level.
        if t.is_none() {
            prop_assert_eq!(a.movement == Movement::Level, cur == prev);
        }
    }

    /// Going back the other way mirrors the movement.
    #[test]
    fn reversing_the_periods_mirrors_the_movement(prev in decimal(), cur in decimal()) {
        let t = Some(TravelThreshold::Absolute(Decimal::new(5, 0).unwrap()));
        let there = movement(prev, cur, t);
        let back = movement(cur, prev, t);
        let mirrored = match there {
            Movement::Up => Movement::Down,
            Movement::Down => Movement::Up,
            Movement::Level => Movement::Level,
        };
        prop_assert_eq!(back, mirrored);
    }

    /// A larger threshold never turns a level arrow into a moving one.
    #[test]
    fn a_larger_threshold_is_never_more_sensitive(prev in decimal(), cur in decimal(), a in 0i64..1000, extra in 0i64..1000) {
        let small = Some(TravelThreshold::Absolute(Decimal::new(a, 1).unwrap()));
        let big = Some(TravelThreshold::Absolute(Decimal::new(a + extra, 1).unwrap()));
        if movement(prev, cur, small) == Movement::Level {
            prop_assert_eq!(movement(prev, cur, big), Movement::Level);
        }
    }

    /// RAG respects polarity: a value better than or equal to the target is green; a
    /// value rated green under one polarity and strictly different from the target is
    /// not green under the other.
    #[test]
    fn rag_respects_polarity(v in decimal(), tv in decimal(), tol in 0i64..1_000_000, pol in polarity()) {
        let target = Target { value: tv, tolerance: Decimal::new(tol, 0).unwrap() };
        let r = rag(v, &target, pol);
        if v == tv { prop_assert_eq!(r, ScorecardRag::Green); }
        if v != tv && r == ScorecardRag::Green {
            prop_assert_ne!(rag(v, &target, pol.flipped()), ScorecardRag::Green);
        }
    }

    /// Rounding is half away from zero and within half a unit of the exact share.
    #[test]
    fn shares_round_to_the_nearest(part in 0u64..1_000_000, total in 1u64..1_000_000, places in 0u32..4) {
        let exact = share_exact(part, total).unwrap();
        let rounded = exact.round(places).unwrap();
        // |rounded - exact| <= 1/2 * 10^-places
        let diff = rounded.ratio().checked_sub(exact).unwrap().abs();
        let half = boardkit::scorecard::Ratio::new(1, 2 * 10i128.pow(places)).unwrap();
        prop_assert!(diff <= half);
    }

    /// Every population in the implied range gives back the published rate.
    #[test]
    fn implied_population_round_trips(count in 1u64..100_000, pop in 1_000u64..1_000_000, places in 0u32..3) {
        let published = rate_per_10000_exact(count, pop).unwrap().round(places).unwrap();
        prop_assume!(!published.is_negative() && published != Decimal::ZERO);
        let r = implied_population(count, published, places).unwrap();
        prop_assert!(r.min <= pop && pop <= r.max);
        for p in [r.min, r.max] {
            prop_assert_eq!(rate_per_10000_exact(count, p).unwrap().round(places).unwrap(), published);
        }
    }

    /// Decimals survive a JSON round trip exactly, up to 15 significant digits.
    #[test]
    fn decimals_round_trip_through_json(
        x in (-999_999_999_999_999i64..=999_999_999_999_999, 0u32..=9)
            .prop_map(|(u, p)| Decimal::new(u, p).unwrap())
    ) {
        let text = serde_json::to_string(&x).unwrap();
        let back: Decimal = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, x);
        prop_assert_eq!(back.to_string(), x.to_string());
    }
}
