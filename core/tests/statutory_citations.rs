//! The citations table: sorted (it is searched by halves), every code a rule of the
//! catalogue, every statutory rule cited, and the citation shown in RULES.md.
use boardkit::{catalogue, citation};

#[test]
fn the_table_is_sorted_and_names_only_catalogued_rules() {
    let codes: Vec<&str> = citation::CITATIONS.iter().map(|(c, _)| *c).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(codes, sorted);
    for code in codes {
        assert!(catalogue::find(code).is_some(), "{code}");
    }
}

#[test]
fn every_statutory_rule_has_a_citation_shown_in_the_catalogue() {
    let md = catalogue::markdown();
    for r in boardkit::statutory::RULES {
        let cited = citation::of(r.code).unwrap_or_else(|| panic!("{} has no citation", r.code));
        assert!(
            ["Act", "Order", "constitution"]
                .iter()
                .any(|w| cited.contains(w)),
            "{cited}"
        );
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", r.code)))
            .unwrap_or_else(|| panic!("{} not in RULES.md", r.code));
        assert!(row.ends_with(&format!("| {cited} |")), "{row}");
    }
    assert_eq!(citation::of("meeting.inquorate"), None);
}
