//! The thresholds a body's constitution may set, for the catalogue: each with its default
//! and the readers that are not rules. Which rules read each threshold is not written here:
//! it comes from the `thresholds` of every unit in the registry, so a rule that starts
//! reading a threshold shows in `RULES.md` by itself.

/// One threshold of `constitution.thresholds`.
#[derive(Debug, Clone, Copy)]
pub struct ThresholdEntry {
    /// Its field name in `constitution.thresholds`.
    pub name: &'static str,
    /// What applies when the constitution does not set it.
    pub default: &'static str,
    /// What reads it besides the rules (a report, a query's figure), if anything.
    pub also_read_by: Option<&'static str>,
}

/// Every threshold, in the catalogue's order. A test checks that these are exactly the
/// fields of `board::Thresholds` and that every unit's threshold is one of them.
pub const THRESHOLDS: &[ThresholdEntry] = &[
    ThresholdEntry {
        name: "action_amber_days",
        default: "14 days (or the query's `amber_days`)",
        also_read_by: Some("the RAG of the action log"),
    },
    ThresholdEntry {
        name: "risk_review_days",
        default: "none (a risk with no review date or frequency is not reviewed on a cycle)",
        also_read_by: None,
    },
    ThresholdEntry {
        name: "risk_escalation_score",
        default: "the register's `escalation_score`, else the lowest score of the most serious band",
        also_read_by: None,
    },
    ThresholdEntry {
        name: "attendance_percent",
        default: "75 (or the report request's `threshold_percent`, which wins)",
        also_read_by: Some("the attendance report's `below_threshold`"),
    },
    ThresholdEntry {
        name: "papers_clear_days",
        default: "5 clear working days for a council, a council committee or a health and wellbeing board, else none",
        also_read_by: None,
    },
    ThresholdEntry {
        name: "minutes_publish_working_days",
        default: "none",
        also_read_by: None,
    },
    ThresholdEntry {
        name: "call_in_working_days",
        default: "5 working days after the decision notice is published",
        also_read_by: None,
    },
];

/// The rule codes that read a threshold, in registry order.
pub fn rules_reading(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    crate::registry::UNITS
        .iter()
        .filter(move |u| u.thresholds.contains(&name))
        .map(|u| u.rule.code)
}

/// The "read by" cell of a threshold's row: its other readers, then the rules.
pub(super) fn read_by(t: &ThresholdEntry) -> String {
    let rules: Vec<String> = rules_reading(t.name).map(|c| format!("`{c}`")).collect();
    match (t.also_read_by, rules.is_empty()) {
        (Some(other), true) => other.to_string(),
        (Some(other), false) => format!("{other} and {}", rules.join(", ")),
        (None, _) => rules.join(", "),
    }
}
