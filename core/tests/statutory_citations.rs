//! The citations: the table sorted (it is searched by halves), every code of the table or
//! of a unit with a citation a rule of the catalogue, every statutory rule cited, and the
//! citation shown in RULES.md.
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
    let cited: Vec<&str> = boardkit::registry::UNITS
        .iter()
        .filter(|u| u.citation.is_some())
        .map(|u| u.rule.code)
        .collect();
    for r in boardkit::statutory::RULES {
        assert!(cited.contains(&r.code), "{}", r.code);
    }
    for code in cited {
        assert!(catalogue::find(code).is_some(), "{code}");
        assert_eq!(
            citation::of(code),
            catalogue::unit(code).and_then(|u| u.citation)
        );
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
