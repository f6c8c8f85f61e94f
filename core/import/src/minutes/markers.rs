//! How a line announces a record: decision markers (RESOLVED, AGREED, DECISION),
//! enumerations ((a), i), 1.), paragraph refs, statuses and trailing owners.

use crate::people::is_initials;
use boardkit::action::Status;
use boardkit::meeting::DecisionKind;

/// "(a) ", "a) ", "(ii) ", "(1) ", "1. " at the start of a line: (letter, rest).
pub(crate) fn enumerated(t: &str) -> Option<(String, String)> {
    let (inner, rest) = if let Some(r) = t.strip_prefix('(') {
        r.split_once(')')?
    } else {
        let end = t.find([')', '.'])?;
        (t.get(..end)?, t.get(end + 1..)?)
    };
    let ok = !inner.is_empty()
        && inner.len() <= 4
        && (inner.chars().all(|c| c.is_ascii_digit())
            || inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase())
            || inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    if !ok || !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some((inner.to_string(), rest.trim().to_string()))
}

/// A decision marker at the start of a line: (kind, remainder, minuted as "decision").
pub(crate) fn marker(t: &str) -> Option<(DecisionKind, String, bool)> {
    let t = strip_ref(t);
    let lower = t.to_lowercase();
    let forms: &[(&str, DecisionKind, bool)] = &[
        ("it was resolved", DecisionKind::Resolved, false),
        ("it was agreed", DecisionKind::Agreed, false),
        ("resolved", DecisionKind::Resolved, false),
        ("agreed", DecisionKind::Agreed, false),
        ("decision", DecisionKind::Resolved, true),
        ("noted:", DecisionKind::Noted, false),
    ];
    for (m, kind, dec) in forms {
        if let Some(rest) = lower.strip_prefix(m) {
            if rest.starts_with(|c: char| c.is_alphanumeric()) {
                continue; // "Agreement", "Decisions"
            }
            if *dec && rest.trim() == "summary:" {
                return Some((*kind, String::new(), *dec));
            }
            if *dec && !(rest.trim().is_empty() || rest.trim() == ":") {
                continue; // "Decision summary:", "Decision Reference"
            }
            let orig = t.get(t.len() - rest.len()..).unwrap_or("");
            let r = orig
                .trim_start_matches([':', ',', '–', '-', ' '])
                .trim()
                .to_string();
            return Some((*kind, r, *dec));
        }
    }
    None
}

/// "The Board agreed to ...", "The Partnership agreed that ...": the body's own decision
/// (not the approval of minutes, read elsewhere).
pub(crate) fn body_agreed(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("the ") else {
        return false;
    };
    let bodies = [
        "board",
        "partnership",
        "committee",
        "panel",
        "group",
        "executive",
        "members",
    ];
    bodies.iter().any(|b| {
        rest.strip_prefix(b).is_some_and(|r| {
            r.starts_with(" agreed to ")
                || r.starts_with(" agreed that ")
                || r.starts_with(" resolved that ")
        })
    }) && !lower.contains("minutes")
}

/// "3.9 Resolved" → "Resolved".
pub(crate) fn strip_ref(t: &str) -> &str {
    let end = t.find(' ').unwrap_or(0);
    let head = t.get(..end).unwrap_or("");
    if !head.is_empty()
        && head.contains('.')
        && head.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        t.get(end..).unwrap_or(t).trim_start()
    } else {
        t
    }
}

/// A paragraph ref at the start: "3.1", "7.1.2", "M2" → (ref, rest).
pub(crate) fn para_ref(t: &str) -> Option<(String, String)> {
    let end = t.find([' ', '\t']).unwrap_or(t.len());
    let head = t.get(..end)?.trim_end_matches('.');
    let is_dotted = head.contains('.')
        && head
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()));
    let is_m = head.len() >= 2
        && head.starts_with('M')
        && head
            .get(1..)
            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()));
    if !(is_dotted || is_m) {
        return None;
    }
    Some((
        head.to_string(),
        t.get(end..)
            .unwrap_or("")
            .trim()
            .trim_start_matches(['–', '-'])
            .trim()
            .to_string(),
    ))
}

/// An action status as minutes word it.
pub(crate) fn status_of(t: &str) -> Option<Status> {
    let l = t.to_lowercase();
    if l.contains("to be actioned") || l.contains("on today") || l.contains("on the agenda") {
        return Some(Status::OnAgenda);
    }
    if l.contains("incomplete") || l.contains("not complete") {
        return Some(Status::Outstanding);
    }
    if l.contains("complete") || l.starts_with("actioned") || l.contains("had been done") {
        return Some(Status::Completed);
    }
    if l.contains("outstanding") || l.contains("carried forward") {
        return Some(Status::Outstanding);
    }
    if l.contains("in progress") {
        return Some(Status::InProgress);
    }
    if l.contains("on-going") || l.contains("ongoing") {
        return Some(Status::OnGoing);
    }
    if l.contains("closed") {
        return Some(Status::Closed);
    }
    None
}

/// The last paragraph ref before a run-together action: "3.2 Serious Case Review ..."
/// (a dotted number followed by a capitalised word), else a leading item number.
pub(crate) fn run_together_ref(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let dotted = words.windows(2).rev().find_map(|w| {
        let (a, b) = (w.first()?, w.get(1)?);
        let ok = a.contains('.')
            && a.split('.')
                .all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()))
            && (b.chars().next().is_some_and(char::is_uppercase) || *b == "–");
        ok.then(|| a.to_string())
    });
    dotted.or_else(|| {
        let first = words.first()?;
        (first.len() <= 2 && first.chars().all(|c| c.is_ascii_digit())).then(|| first.to_string())
    })
}

/// "(a) that X, and (b) that Y." → [("a", "that X"), ("b", "that Y.")].
pub(crate) fn inline_enumeration(t: &str) -> Option<Vec<(String, String)>> {
    enumerated(t)?;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut rest = t.to_string();
    while let Some((letter, after)) = enumerated(&rest) {
        // Find the next "(x) " marker.
        let next = after
            .match_indices('(')
            .map(|(i, _)| i)
            .find(|i| enumerated(after.get(*i..).unwrap_or("")).is_some());
        match next {
            Some(i) => {
                let text = after
                    .get(..i)
                    .unwrap_or("")
                    .trim()
                    .trim_end_matches(" and")
                    .trim_end_matches(',')
                    .trim();
                out.push((letter, text.to_string()));
                rest = after.get(i..).unwrap_or("").to_string();
            }
            None => {
                out.push((letter, after.trim().to_string()));
                break;
            }
        }
    }
    Some(out)
}

/// "To inform the Board ... – Natasha Wright." → (description, owner).
pub(crate) fn trailing_owner(t: &str) -> Option<(String, String)> {
    let t = t.trim().trim_end_matches('.');
    let pos = [" – ", " - ", " — "]
        .iter()
        .filter_map(|d| t.rfind(d).map(|p| (p, d.len())))
        .max()?;
    let owner = t.get(pos.0 + pos.1..)?.trim();
    let words = owner.split_whitespace().count();
    let ok = (1..=4).contains(&words)
        && owner
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !owner.chars().any(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    Some((t.get(..pos.0)?.trim().to_string(), owner.to_string()))
}

/// "... appropriate. RK" or "... RK / JP" in a document with an ACTION column.
pub(crate) fn trailing_initials(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    let dot = t.rfind(". ")?;
    let mut tail = t.get(dot + 2..)?.trim();
    // A last "Y" is a "paper circulated" column run into the action column.
    if let Some(x) = tail.strip_suffix(" Y").or_else(|| tail.strip_suffix(" N")) {
        tail = x.trim();
    }
    if tail.is_empty()
        || !tail.split_whitespace().all(|w| w == "/" || is_initials(w))
        || tail.contains("ALL")
    {
        return None;
    }
    Some((t.get(..dot + 1)?.to_string(), tail.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_enumerations() {
        assert_eq!(
            enumerated("(ii) That partners send"),
            Some(("ii".into(), "That partners send".into()))
        );
        assert_eq!(
            enumerated("a) that the LSCB"),
            Some(("a".into(), "that the LSCB".into()))
        );
        assert_eq!(
            enumerated("1. To note the work"),
            Some(("1".into(), "To note the work".into()))
        );
        assert!(enumerated("2016/17 was").is_none());
        assert!(marker("Decision summary:").is_some_and(|m| m.1.is_empty()));
        assert!(marker("Decision Reference Number: X").is_none());
        assert!(marker("RESOLVED:").is_some());
        assert_eq!(
            marker("3.9 Resolved: that the committee").unwrap().1,
            "that the committee"
        );
        let parts = inline_enumeration(
            "(a) that the agreement be approved, and (b) that the Director sign it.",
        )
        .unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(
            trailing_owner("To inform the Board at the December Board meeting – Natasha Wright.")
                .unwrap()
                .1,
            "Natasha Wright"
        );
        assert_eq!(
            para_ref("7.1.2 – This action is in progress.").unwrap().0,
            "7.1.2"
        );
        assert_eq!(
            status_of("This item is on today’s agenda."),
            Some(Status::OnAgenda)
        );
    }
}
