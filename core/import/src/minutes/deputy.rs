//! One grammar for the deputy and substitute phrasings of an attendance entry, in a
//! bracket or after the name: who stood in for whom.

/// What a phrase says about the entry's main name and the other name it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Relation {
    /// The main name stood in for the other ("(representing X)", "(for X)").
    DeputyFor(String),
    /// The other stood in for the main name ("(X attending in his place)",
    /// "(substitute X)", "represented by X").
    DeputisedBy(String),
}

/// Phrases that come before the member's name: the entry's name is the deputy.
const FOR_PREFIX: &[&str] = &[
    "also representing ",
    "representing ",
    "rep. ",
    "rep ",
    "observing for ",
    "deputising for ",
    "deputizing for ",
    "deputy for ",
    "substituting for ",
    "substitute for ",
    "as substitute for ",
    "as a substitute for ",
    "standing in for ",
    "in place of ",
    "on behalf of ",
    "for ",
];

/// Phrases that come before the deputy's name: the entry's name is the member.
const BY_PREFIX: &[&str] = &[
    "represented by ",
    "substitute: ",
    "substitute ",
    "sub: ",
    "deputy: ",
    "deputised by ",
    "deputized by ",
];

/// Phrases that come after the deputy's name: the entry's name is the member.
const BY_SUFFIX: &[&str] = &[
    " attended as substitute",
    " attended as a substitute",
    " attending as substitute",
    " attending as a substitute",
    " attended in her absence",
    " attended in his absence",
    " attended in their absence",
    " attending in her place",
    " attending in his place",
    " attending in their place",
    " attended in her place",
    " attended in his place",
    " attended in their place",
    " substituted",
    " deputised",
    " deputising",
];

/// Read a bracket or trailing phrase. The other name keeps the paper's own case.
pub(crate) fn relation(phrase: &str) -> Option<Relation> {
    let p = phrase.trim().trim_end_matches(['.', ';', ',']).trim();
    let lower = p.to_lowercase();
    for pre in FOR_PREFIX {
        if let Some(rest) = lower.strip_prefix(pre) {
            return named(p, rest.len()).map(Relation::DeputyFor);
        }
    }
    for pre in BY_PREFIX {
        if let Some(rest) = lower.strip_prefix(pre) {
            return named(p, rest.len()).map(Relation::DeputisedBy);
        }
    }
    for suf in BY_SUFFIX {
        if let Some(head) = lower.strip_suffix(suf) {
            let who = p.get(..head.len()).unwrap_or("").trim();
            return (!who.is_empty()).then(|| Relation::DeputisedBy(who.to_string()));
        }
    }
    // "attending as Jo Bloggs's substitute"
    for pre in ["attending as ", "attended as ", "as "] {
        if let Some(rest) = lower.strip_prefix(pre) {
            for suf in ["'s substitute", "’s substitute", "'s deputy", "’s deputy"] {
                if let Some(name) = rest.strip_suffix(suf) {
                    let start = p.len() - rest.len();
                    let who = p.get(start..start + name.len()).unwrap_or("").trim();
                    return (!who.is_empty()).then(|| Relation::DeputyFor(who.to_string()));
                }
            }
        }
    }
    None
}

/// The last `len` bytes of `p`, trimmed, when they name someone (a capital first).
fn named(p: &str, len: usize) -> Option<String> {
    let who = p.get(p.len() - len..)?.trim();
    let item = who.to_lowercase().starts_with("item") || who.chars().any(|c| c.is_ascii_digit());
    (who.starts_with(|c: char| c.is_uppercase()) && !item).then(|| who.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrasing() {
        let d = |s: &str| Some(Relation::DeputyFor(s.to_string()));
        let b = |s: &str| Some(Relation::DeputisedBy(s.to_string()));
        assert_eq!(relation("representing Ann Bee"), d("Ann Bee"));
        assert_eq!(relation("also representing AB"), d("AB"));
        assert_eq!(relation("rep Ann Bee"), d("Ann Bee"));
        assert_eq!(relation("observing for Ann Bee"), d("Ann Bee"));
        assert_eq!(relation("for Ann Bee"), d("Ann Bee"));
        assert_eq!(relation("on behalf of Ann Bee"), d("Ann Bee"));
        assert_eq!(relation("attending as Ann Bee's substitute"), d("Ann Bee"));
        assert_eq!(relation("Cy Dee attending in his place"), b("Cy Dee"));
        assert_eq!(relation("substitute Cy Dee"), b("Cy Dee"));
        assert_eq!(relation("represented by Cy Dee"), b("Cy Dee"));
        assert_eq!(
            relation("Cy Dee, Head of Service attended in her absence"),
            b("Cy Dee, Head of Service")
        );
        assert_eq!(relation("Cy Dee attended as substitute"), b("Cy Dee"));
        assert_eq!(relation("for item 4.1"), None);
        assert_eq!(relation("For Item 4.1"), None);
        assert_eq!(relation("Chair"), None);
    }
}
