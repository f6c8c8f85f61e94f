//! Invariants of the risk matrix and register (proptest).
use boardkit::risk::{Assessment, Band, Matrix, Rating, Risk, RiskRegister, RiskStatus, Scoring};
use boardkit::Error;
use proptest::prelude::*;

const RATINGS: [Rating; 4] = [Rating::Green, Rating::Yellow, Rating::Amber, Rating::Red];

/// Raw material for a band configuration; `build` turns it into a valid matrix.
#[derive(Debug, Clone)]
struct Spec {
    likelihood: usize,
    impact: usize,
    sum: bool,
    cuts: Vec<usize>,
    stretch: Vec<bool>,
    ratings: Vec<usize>,
    order: Vec<usize>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        1usize..=7,
        1usize..=7,
        any::<bool>(),
        prop::collection::vec(any::<usize>(), 0..6),
        prop::collection::vec(any::<bool>(), 8),
        prop::collection::vec(0usize..4, 8),
        prop::collection::vec(any::<usize>(), 8),
    )
        .prop_map(
            |(likelihood, impact, sum, cuts, stretch, ratings, order)| Spec {
                likelihood,
                impact,
                sum,
                cuts,
                stretch,
                ratings,
                order,
            },
        )
}

/// A valid matrix: the possible scores cut into consecutive groups, one band per group
/// (sometimes stretched over impossible scores up to the next group), ratings that never
/// fall, bands listed in a shuffled order.
fn build(s: &Spec) -> Matrix {
    let mut m = Matrix {
        likelihood: (1..=s.likelihood).map(|k| format!("L{k}")).collect(),
        impact: (1..=s.impact).map(|k| format!("I{k}")).collect(),
        scoring: if s.sum {
            Scoring::Sum
        } else {
            Scoring::Product
        },
        bands: Vec::new(),
        bands_partial: false,
    };
    let scores: Vec<u32> = m.possible_scores().into_iter().collect();
    let n = scores.len();
    let mut cuts: Vec<usize> = s
        .cuts
        .iter()
        .map(|c| 1 + c % n.max(2).saturating_sub(1).max(1))
        .filter(|c| *c < n)
        .collect();
    cuts.sort();
    cuts.dedup();
    let mut starts = vec![0];
    starts.extend(cuts);
    let mut ratings: Vec<usize> = s.ratings.iter().take(starts.len()).copied().collect();
    while ratings.len() < starts.len() {
        ratings.push(3);
    }
    ratings.sort();
    let mut bands = Vec::new();
    for (j, start) in starts.iter().enumerate() {
        let end = starts.get(j + 1).copied().unwrap_or(n) - 1;
        let min = scores[*start];
        let mut max = scores[end];
        if s.stretch[j % 8] {
            if let Some(next) = starts.get(j + 1) {
                max = scores[*next] - 1;
            } else {
                max += 3;
            }
        }
        bands.push(Band {
            min,
            max,
            rating: RATINGS[ratings[j]],
            label: None,
            colour: None,
            response: None,
        });
    }
    // Shuffle deterministically from the spec.
    for (k, o) in s.order.iter().enumerate() {
        let len = bands.len();
        bands.swap(k % len, o % len);
    }
    m.bands = bands;
    m
}

fn assert_config_error(m: &Matrix) -> Result<(), TestCaseError> {
    match m.check("/matrix") {
        Err(e @ Error::Config { .. }) => {
            prop_assert!(e.path().starts_with("/matrix"), "{}", e.path());
            Ok(())
        }
        other => Err(TestCaseError::fail(format!(
            "expected a config error, got {other:?}"
        ))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// For any valid band configuration, every in-range (likelihood, impact) falls in
    /// exactly one band, and `rate` agrees.
    #[test]
    fn every_cell_falls_in_exactly_one_band(s in spec()) {
        let m = build(&s);
        prop_assert!(m.check("/matrix").is_ok(), "{:?} {:?}", m, m.check("/matrix"));
        for l in 1..=m.likelihood_levels() {
            for i in 1..=m.impact_levels() {
                let score = m.score_of(l, i).unwrap();
                let holding = m.bands.iter().filter(|b| b.contains(score)).count();
                prop_assert_eq!(holding, 1);
                let p = boardkit::risk::rate(&boardkit::risk::RiskRateRequest {
                    matrix: m.clone(), likelihood: l, impact: i,
                }).unwrap();
                prop_assert_eq!(p.score, if s.sum { l + i } else { l * i });
                prop_assert!(m.bands[p.band].contains(score));
                prop_assert_eq!(p.rating, m.bands[p.band].rating);
            }
        }
    }

    /// Leaving out a band, or raising a band's minimum past its lowest score, leaves a
    /// possible score unrated: always rejected.
    #[test]
    fn a_gap_is_always_rejected(s in spec(), pick in any::<usize>(), remove in any::<bool>()) {
        let mut m = build(&s);
        let k = pick % m.bands.len();
        if remove && m.bands.len() > 1 {
            m.bands.remove(k);
        } else {
            let scores = m.possible_scores();
            let lowest = *scores.iter().find(|x| m.bands[k].contains(**x)).unwrap();
            m.bands[k].min = lowest + 1;
        }
        assert_config_error(&m)?;
    }

    /// Stretching a band into its neighbour, or listing a band twice, is an overlap:
    /// always rejected.
    #[test]
    fn an_overlap_is_always_rejected(s in spec(), pick in any::<usize>(), extra in 0u32..5) {
        let mut m = build(&s);
        let mut sorted: Vec<usize> = (0..m.bands.len()).collect();
        sorted.sort_by_key(|k| m.bands[*k].min);
        if m.bands.len() > 1 {
            let j = pick % (m.bands.len() - 1);
            let next_min = m.bands[sorted[j + 1]].min;
            m.bands[sorted[j]].max = next_min + extra;
        } else {
            let copy = m.bands[0].clone();
            m.bands.push(copy);
        }
        assert_config_error(&m)?;
    }

    /// Heat-map counts sum to the number of scored live risks; the rest are listed as
    /// unscored.
    #[test]
    fn heat_map_counts_sum_to_scored_risks(
        s in spec(),
        risks in prop::collection::vec((prop::option::of((0u32..9, 0u32..9)), 0usize..5), 0..40),
    ) {
        let m = build(&s);
        let mut reg = RiskRegister::new(m.clone());
        let raised = "2017-01-01".parse().unwrap();
        let statuses = [RiskStatus::Proposed, RiskStatus::Deferred, RiskStatus::Open, RiskStatus::Escalated, RiskStatus::Closed];
        let mut expected_scored = 0;
        let mut expected_live = 0;
        for (k, (a, st)) in risks.iter().enumerate() {
            let mut r = Risk::new(format!("r{k}"), "t", raised, statuses[*st]);
            r.current = a.map(|(l, i)| Assessment { likelihood: l, impact: i });
            if statuses[*st].is_live() {
                expected_live += 1;
                if a.is_some_and(|(l, i)| m.likelihood_in_range(l) && m.impact_in_range(i)) {
                    expected_scored += 1;
                }
            }
            reg.risks.push(r);
        }
        let hm = reg.heat_map("2017-06-01".parse().unwrap());
        let sum: usize = hm.cells.iter().map(|c| c.count).sum();
        prop_assert_eq!(sum, hm.scored);
        prop_assert_eq!(hm.scored, expected_scored);
        prop_assert_eq!(hm.scored + hm.unscored.len(), expected_live);
        prop_assert_eq!(hm.cells.len(), s.likelihood * s.impact);
        // Nothing is on the map before the risks were raised.
        let before = reg.heat_map("2016-12-31".parse().unwrap());
        prop_assert_eq!(before.scored, 0);
    }
}

proptest! {
    /// `Risk::latest_two` (one pass) picks what sorting the dated entries by date (stable:
    /// entries of one date keep their order) and taking the last two picks.
    #[test]
    fn latest_two_is_the_last_two_of_the_stable_sort(
        days in prop::collection::vec(0u64..6, 0..12),
        as_of in 0u64..7,
    ) {
        let day = |d: u64| serde_json::json!(format!("2017-01-{:02}", d + 1));
        let history: Vec<serde_json::Value> = days
            .iter()
            .enumerate()
            .map(|(i, &d)| serde_json::json!({"date": day(d), "likelihood": 1 + i % 5, "impact": 1 + i / 5 % 5}))
            .collect();
        let risk: Risk = serde_json::from_value(serde_json::json!({
            "id": "r-1", "title": "Risk", "status": "open", "history": history,
        }))
        .unwrap();
        let as_of: boardkit::date::Date = serde_json::from_value(day(as_of)).unwrap();
        let mut dated: Vec<usize> = (0..risk.history.len())
            .filter(|&i| risk.history[i].date.is_some_and(|d| d <= as_of))
            .collect();
        dated.sort_by_key(|&i| risk.history[i].date);
        let want = (dated.last().copied(), dated.len().checked_sub(2).map(|i| dated[i]));
        let (last, before) = risk.latest_two(as_of);
        let position = |h: Option<&boardkit::risk::HistoryEntry>| {
            h.map(|h| risk.history.iter().position(|x| std::ptr::eq(x, h)).unwrap())
        };
        prop_assert_eq!((position(last), position(before)), want);
    }
}
