//! The law behind a rule: a citation (statute, regulation or guidance, with its section
//! or paragraph) for each rule that enforces one, keyed by the rule's code, and shown in
//! the citation column of `RULES.md`. Rules that check only a body's own constitution or
//! the consistency of a record have none.

/// (rule code, citation), in byte order of the code (searched by halves).
pub const CITATIONS: &[(&str, &str)] = &[
    (
        "board.annual_report_content_missing",
        "Care Act 2014, Schedule 2, para 4(1): what a safeguarding adults board's annual report must cover, including the safeguarding adults reviews under s.44",
    ),
    (
        "board.annual_report_recipient_missing",
        "Care Act 2014, Schedule 2, para 4(2): those a safeguarding adults board must send its annual report to",
    ),
    (
        "board.lead_partner_missing",
        "Children Act 2004, s.16E (as amended by the Children and Social Work Act 2017): the three safeguarding partners; Working Together to Safeguard Children 2023, chapter 2 (lead and delegated safeguarding partners)",
    ),
    (
        "board.partner_sign_off_missing",
        "Working Together to Safeguard Children 2023, chapter 2: the lead safeguarding partners jointly agree the yearly report (Children Act 2004, s.16G), the funding arrangements and the independent scrutiny arrangements",
    ),
    (
        "meeting.decision_record_incomplete",
        "Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012 (SI 2012/2089, made under the Local Government Act 2000), regs 12 and 13: the written record of an executive decision",
    ),
    (
        "meeting.exempt_paragraph_outdated",
        "Local Government (Access to Information) (Variation) Order 2006 (SI 2006/88), article 3: a new Schedule 12A for England from 1 March 2006",
    ),
    (
        "meeting.exempt_paragraph_unknown",
        "Local Government Act 1972, s.100I and Schedule 12A: Part 1, paras 1-7 (England); Part 4, paras 12-18 (Wales, SI 2007/969, from 21 April 2007)",
    ),
    (
        "meeting.exempt_public_interest_missing",
        "Local Government Act 1972, Schedule 12A, para 10 (England) and para 21 (Wales): the public interest test",
    ),
    (
        "meeting.exempt_review_overdue",
        "Local Government Act 1972, Schedule 12A, para 10 (England) and para 21 (Wales): exempt only so long as the public interest test is met",
    ),
    (
        "meeting.implemented_during_call_in",
        "Local Government Act 2000, s.9F(2) and (4) (call-in of executive decisions), with the call-in period of the body's constitution (`call_in_working_days`; five working days where it sets none)",
    ),
    (
        "meeting.interest_not_registered",
        "Localism Act 2011, s.30 and s.31(2)-(3): an interest disclosed at a meeting and not yet registered is notified within 28 days (England); the body's code of conduct otherwise",
    ),
    (
        "meeting.interest_took_part",
        "Localism Act 2011, s.31(4) and s.33 (England); Local Authorities (Model Code of Conduct) (Wales) Order 2008, para 14 (Wales)",
    ),
    (
        "meeting.minutes_published_late",
        "The body's constitution (no statutory period; Local Government Act 1972, s.100C keeps a principal council's minutes open to inspection)",
    ),
    (
        "meeting.papers_published_late",
        "Local Government Act 1972, s.100B(3) (five clear days), applied to committees by s.100E; otherwise the body's constitution",
    ),
    (
        "meeting.yearly_report_late",
        "Children Act 2004, s.16G (the safeguarding partners' yearly report); Care Act 2014, Schedule 2, para 4 (a safeguarding adults board's annual report); otherwise the body's constitution",
    ),
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
