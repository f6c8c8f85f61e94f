//! The law behind a rule: a citation (statute, regulation or guidance, with its section
//! or paragraph) for each rule that enforces one, keyed by the rule's code, and shown in
//! the citation column of `RULES.md`. Rules that check only a body's own constitution or
//! the consistency of a record have none.

/// (rule code, citation), in byte order of the code (searched by halves).
pub const CITATIONS: &[(&str, &str)] = &[
    // The statutory records' rules are units, with their citations (ustat).
];

/// The citation of a rule, when it enforces a duty of law.
pub fn of(code: &str) -> Option<&'static str> {
    if let Some(unit) = crate::registry::UNITS.iter().find(|u| u.rule.code == code) {
        return unit.citation;
    }
    CITATIONS
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .and_then(|i| CITATIONS.get(i))
        .map(|(_, text)| *text)
}
