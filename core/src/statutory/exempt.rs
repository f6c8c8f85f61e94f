//! Exempt information: the paragraph of Schedule 12A to the Local Government Act 1972
//! an exempt item or closed part cites, its public interest test and its review date.
//!
//! The schedule has two numberings. England's descriptions are Part 1, paragraphs 1 to
//! 7, since 1 March 2006 (before that day one list of paragraphs 1 to 15 served England
//! and Wales). Wales's are Part 4, paragraphs 12 to 18, since 21 April 2007; the same
//! seven descriptions in the same order, so England's paragraph 2 (identity of an
//! individual) is Wales's 13. In both, a qualifying paragraph (England's 10, Wales's
//! 21) keeps information exempt only while the public interest in keeping it private
//! outweighs the public interest in disclosing it.

use super::{
    Ctx, EXEMPT_PARAGRAPH_OUTDATED, EXEMPT_PARAGRAPH_UNKNOWN, EXEMPT_PUBLIC_INTEREST_MISSING,
    EXEMPT_REVIEW_OVERDUE,
};
use crate::board::LawNation;
use crate::date::Date;
use crate::meeting::Exemption;
use crate::validate::Report;

/// What a cited paragraph is for a body's nation on a meeting's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphStatus {
    /// A description of exempt information, subject to the public interest test.
    Current,
    /// A paragraph of the list in force before the day (English meetings before 1 March
    /// 2006), whose public interest test boardkit does not model.
    Earlier,
    /// A paragraph of the list England replaced on 1 March 2006.
    Outdated,
    /// No such paragraph in this nation on this date.
    Unknown,
    /// boardkit does not know the numbering (Wales before 21 April 2007, Scotland and
    /// Northern Ireland, where Schedule 12A does not apply): nothing is said.
    NotJudged,
}

/// The first day of England's paragraphs 1 to 7.
fn england_2006() -> Option<Date> {
    Date::from_ymd_opt(2006, 3, 1)
}

/// The first day of Wales's paragraphs 12 to 18.
fn wales_2007() -> Option<Date> {
    Date::from_ymd_opt(2007, 4, 21)
}

/// The status of paragraph `p` of Schedule 12A for a body in `nation` meeting on `day`.
pub fn paragraph_status(nation: LawNation, day: Date, p: u8) -> ParagraphStatus {
    use ParagraphStatus::*;
    match nation {
        LawNation::England if england_2006().is_some_and(|d| day >= d) => match p {
            1..=7 => Current,
            8..=15 => Outdated,
            _ => Unknown,
        },
        LawNation::England => match p {
            1..=15 => Earlier,
            _ => Unknown,
        },
        LawNation::Wales if wales_2007().is_some_and(|d| day >= d) => match p {
            12..=18 => Current,
            _ => Unknown,
        },
        _ => NotJudged,
    }
}

/// Every exemption of the meeting: its items' and its parts'.
pub(super) fn check(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (k, item) in cx.m.agenda.iter().enumerate() {
        if let Some(e) = &item.exemption {
            one(cx, e, &format!("{}/agenda/{k}/exemption", cx.base), out);
        }
    }
    for (k, part) in cx.m.parts.iter().enumerate() {
        if let Some(e) = &part.exemption {
            one(cx, e, &format!("{}/parts/{k}/exemption", cx.base), out);
        }
    }
}

fn one(cx: &Ctx<'_, '_>, e: &Exemption, path: &str, out: &mut Report) {
    if let (Some(review), Some(as_of)) = (e.review_by, cx.options.as_of) {
        if review < as_of {
            let days = super::days((as_of - review).num_days(), "day");
            out.push(
                &EXEMPT_REVIEW_OVERDUE,
                format!("{path}/review_by"),
                format!("The date to review this exemption passed {days} before the as-of date: review whether the information can now be published, then record the next review date (for example 2025-03-31)."),
            );
        }
    }
    let (Some(nation), Some(day), Some(p)) = (cx.nation(), cx.m.known_date(), e.paragraph) else {
        return;
    };
    match paragraph_status(nation, day, p) {
        ParagraphStatus::Current => public_interest(e, path, out),
        ParagraphStatus::Outdated => out.push(
            &EXEMPT_PARAGRAPH_OUTDATED,
            format!("{path}/paragraph"),
            "This paragraph number is from the list England replaced on 1 March 2006: cite the paragraph of today's list, 1 to 7 (for example 2 for information likely to reveal who someone is).",
        ),
        ParagraphStatus::Unknown => out.push(
            &EXEMPT_PARAGRAPH_UNKNOWN,
            format!("{path}/paragraph"),
            unknown_message(nation),
        ),
        ParagraphStatus::Earlier | ParagraphStatus::NotJudged => {}
    }
}

fn unknown_message(nation: LawNation) -> &'static str {
    match nation {
        LawNation::Wales => "Wales numbers its exempt information paragraphs 12 to 18: enter one of those (for example 13 for information likely to reveal who someone is; England calls it 2).",
        _ => "England numbers its exempt information paragraphs 1 to 7: enter one of those (for example 1 for information about a particular person).",
    }
}

fn public_interest(e: &Exemption, path: &str, out: &mut Report) {
    let stated = e
        .public_interest
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    if !stated {
        out.push(
            &EXEMPT_PUBLIC_INTEREST_MISSING,
            format!("{path}/public_interest"),
            "Record why keeping this information private is in the public interest, as the report states it (for example: disclosure would identify a child and their family).",
        );
    }
}
