//! The questions a loaded board answers, typed: [`Query`] names each one, and its wire
//! name (`action_overdue`) is [`Query::as_str`]. [`QUERIES`] lists the wire names in the
//! same order, from the same list, so the two cannot drift; [`crate::Board::ask`]
//! dispatches over every variant with no fallback, so a question added here and not
//! answered does not compile.

use std::str::FromStr;

/// Declare [`Query`] and [`QUERIES`] from one list: `questions! { Variant => "name", ... }`.
macro_rules! questions {
    ($($variant:ident => $name:literal,)*) => {
        /// A question a loaded board answers ([`crate::Board::ask`]); on the wire, its name
        /// ([`Query::as_str`], and [`std::str::FromStr`] back).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Query {
            $(#[doc = concat!("`", $name, "`")] $variant,)*
        }

        impl Query {
            /// Every question, in the order of [`QUERIES`].
            pub const ALL: &'static [Query] = &[$(Query::$variant,)*];

            /// The question's name on the wire (`action_overdue`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Query::$variant => $name,)*
                }
            }
        }

        impl FromStr for Query {
            type Err = UnknownQuery;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($name => Ok(Query::$variant),)*
                    _ => Err(UnknownQuery),
                }
            }
        }

        /// The names of the questions [`crate::Board::query`] answers, each with the
        /// function whose request it completes (the wire names of [`Query`]).
        pub const QUERIES: &[&str] = &[$($name,)*];
    };
}

questions! {
    ActionLog => "action_log",
    ActionOpen => "action_open",
    ActionOverdue => "action_overdue",
    ActionUndated => "action_undated",
    ActionCompleted => "action_completed",
    ActionRag => "action_rag",
    ActionSummary => "action_summary",
    ActionDueWithin => "action_due_within",
    ActionCarryForward => "action_carry_forward",
    ActionHistory => "action_history",
    ActionFlowMattersArising => "action_flow_matters_arising",
    ActionSlipped => "action_slipped",
    ActionLateCompletions => "action_late_completions",
    ActionOpenByOwner => "action_open_by_owner",
    ActionOpenByAgency => "action_open_by_agency",
    MeetingQuorum => "meeting_quorum",
    BudgetYearStatement => "budget_year_statement",
    ReportAttendance => "report_attendance",
    RiskRatings => "risk_ratings",
    RiskHeatMap => "risk_heat_map",
    RiskReviews => "risk_reviews",
    RiskEscalations => "risk_escalations",
    RiskSummary => "risk_summary",
    PublicVersion => "public_version",
}

/// A text that is not the name of a question of [`QUERIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownQuery;

impl std::fmt::Display for UnknownQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("No question has this name; the names are listed in the documentation (for example \"action_overdue\").")
    }
}

impl std::error::Error for UnknownQuery {}

#[cfg(test)]
mod tests {
    use super::{Query, QUERIES};

    #[test]
    fn every_question_reads_back_from_its_name_in_order() {
        assert_eq!(Query::ALL.len(), QUERIES.len());
        for (q, name) in Query::ALL.iter().zip(QUERIES) {
            assert_eq!(q.as_str(), *name);
            assert_eq!(name.parse::<Query>(), Ok(*q));
        }
        assert!("action_overdu".parse::<Query>().is_err());
    }
}
