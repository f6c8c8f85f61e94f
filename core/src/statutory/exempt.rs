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

use crate::board::LawNation;
use crate::date::Date;

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
