//! Who proposed and who seconded a resolution: "It was proposed by X and seconded by
//! Y", "Proposed by X, seconded by Y.", "X nominated Z as Chair ... This nomination was
//! seconded by Y", "moved by X and seconded by Y".

/// The proposer and seconder a sentence names, as written.
pub(crate) fn proposal(t: &str) -> Option<(String, String)> {
    let lower = t.to_lowercase();
    let sec = lower.find("seconded by ")?;
    let seconder = name_at(t, sec + "seconded by ".len())?;
    let before = lower.get(..sec)?;
    let proposer = if let Some(p) = before
        .rfind("proposed by ")
        .map(|p| p + "proposed by ".len())
        .or_else(|| before.rfind("moved by ").map(|p| p + "moved by ".len()))
    {
        name_at(t, p)?
    } else if let Some(n) = before.find(" nominated ") {
        let head = t.get(..n)?;
        // The last sentence before "nominated".
        let head = head.rsplit(". ").next().unwrap_or(head).trim();
        crate::people::looks_like_name(head).then(|| head.to_string())?
    } else {
        return None;
    };
    Some((proposer, seconder))
}

/// The name that starts at byte `at`: up to " and", " that", a comma or a full stop.
fn name_at(t: &str, at: usize) -> Option<String> {
    let rest = t.get(at..)?;
    let lower = rest.to_lowercase();
    let end = [" and ", " and,", " that ", ",", ". ", " to "]
        .iter()
        .filter_map(|k| lower.find(k))
        .min()
        .unwrap_or(rest.len());
    let name = rest.get(..end)?.trim().trim_end_matches('.').trim();
    let ok = crate::people::looks_like_name(name)
        || crate::people::key(name).split_whitespace().count() >= 2;
    (ok && name.starts_with(|c: char| c.is_uppercase())).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrasings() {
        let p = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            proposal("It was proposed by Cllr Ann Bee and seconded by Cy Dee and that Ed Eff be elected Chair."),
            p("Cllr Ann Bee", "Cy Dee")
        );
        assert_eq!(
            proposal("Proposed by Ann Bee, seconded by Cllr Cy Dee."),
            p("Ann Bee", "Cllr Cy Dee")
        );
        assert_eq!(
            proposal("Councillor Ann Bee nominated Ed Eff as Chair.  This nomination was seconded by Councillor Cy Dee and, there being no other nominations, it was"),
            p("Councillor Ann Bee", "Councillor Cy Dee")
        );
        assert_eq!(proposal("The report was seconded by the board."), None);
    }
}
