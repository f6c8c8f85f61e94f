//! `record.blank_text`: a name, title or description a record cannot do without is blank
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Finding, Report, Rule, Severity};

/// A name, title or description that a record cannot do without is blank.
pub const BLANK_TEXT: Rule = Rule {
    code: "record.blank_text",
    severity: Severity::Error,
    summary: "A name, title or description that a record cannot do without is blank (empty or only spaces); silent for a person the paper names only by initials, by another written form (an alias), by office (a post, or further offices) or by the role they hold on a body (\"Chair\").",
};

/// The rule as a unit of the registry: last of the document stage (the form area is the
/// last of the registry). A form's record checked on its own (`form::validate_record`)
/// reports it through `blank` too.
pub const UNIT: RuleUnit = RuleUnit {
    rule: BLANK_TEXT,
    area: Area::Form,
    premise: Premise {
        code: "record.blank_text",
        text: "Always applies: every name, title and description is checked.",
        needs: &[],
        approximate: false,
    },
    scope: &[
        Scope::Organisation,
        Scope::Person,
        Scope::Body,
        Scope::Meeting,
        Scope::Action,
        Scope::Risk,
        Scope::Scorecard,
    ],
    citation: None,
    thresholds: &[],
    stage: Stage::Document,
    check,
};

/// The finding of a blank `field` at `path`.
pub(crate) fn blank(path: String, field: &str) -> Finding {
    Finding {
        code: BLANK_TEXT.code.to_string(),
        severity: BLANK_TEXT.severity,
        path,
        message: format!(
            "{} cannot be blank: enter it.",
            crate::read::message::label(field)
        ),
        setting: None,
        acknowledged: None,
    }
}

/// Whether a text is empty or only spaces.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Each record's name, title or description, in the order of the document.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let mut text = |at: String, field: &'static str, text: &str| {
        if is_blank(text) {
            out.findings
                .push(blank(Pointer::at(&at).field(field).into(), field));
        }
    };
    for (at, o) in cx.organisations() {
        text(at, "name", &o.name);
    }
    // People who hold a role on a body: a paper may name them only by it ("Chair").
    let bodies = cx.bodies();
    let by_role: std::collections::HashSet<&str> = bodies
        .iter()
        .flat_map(|(_, b)| b.members.iter())
        .filter(|m| m.role.is_some())
        .map(|m| m.person.as_str())
        .collect();
    for (at, p) in cx.people() {
        // A person the paper names only by initials (a year grid, a table of initials),
        // only in another written form, only by office (post or offices) or only by
        // their role has no name to record: the rule's premise is missing, so it stays
        // silent.
        if p.initials.as_deref().is_some_and(|ini| !is_blank(ini))
            || p.aliases.iter().any(|a| !is_blank(a))
            || p.post.as_deref().is_some_and(|o| !is_blank(o))
            || p.offices.iter().any(|o| !is_blank(o))
            || by_role.contains(p.id.as_str())
        {
            continue;
        }
        text(at, "name", &p.name);
    }
    for (at, b) in &bodies {
        text(at.clone(), "name", &b.name);
    }
    for (i, m) in cx.meetings().iter().enumerate() {
        text(
            Pointer::root().item("meetings", i).into(),
            "title",
            &m.title,
        );
    }
    for a in cx.actions() {
        text(a.at().into(), "description", &a.action.description);
    }
    for (at, r) in cx.risks() {
        text(at, "title", &r.title);
    }
    for (at, s) in cx.scorecards() {
        text(at, "title", &s.title);
    }
}
