//! Attendance text cut into entries: lists by commas and "and", brackets, dashes,
//! "Name / Role" lines and sentences.

use crate::people::{is_initials, is_organisation, looks_like_name};

/// Whether a deputy phrase's other name is a person (a name or initials), not an
/// organisation ("representing the voluntary sector").
pub(crate) fn is_person_ref(x: &str) -> bool {
    let name = x.split(',').next().unwrap_or(x).trim();
    is_initials(name) || looks_like_name(name) || single_titled(name)
}

/// "A (x) (y) B" → ("A B", ["x", "y"]): every top-level bracket.
pub(crate) fn split_brackets(t: &str) -> (String, Vec<String>) {
    let mut main = String::new();
    let mut inner = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in t.chars() {
        match c {
            '(' => {
                if depth > 0 {
                    cur.push(c);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    inner.push(std::mem::take(&mut cur).trim().to_string());
                } else {
                    cur.push(c);
                }
            }
            _ if depth > 0 => cur.push(c),
            _ => main.push(c),
        }
    }
    if !cur.trim().is_empty() {
        inner.push(cur.trim().to_string());
    }
    let main = main.split_whitespace().collect::<Vec<_>>().join(" ");
    (main, inner.into_iter().filter(|s| !s.is_empty()).collect())
}

/// An organisation or role with no name before its bracket.
pub(crate) fn org_only(p: &str) -> bool {
    let main = p.split('(').next().unwrap_or(p).trim();
    is_organisation(main) && !looks_like_name(main)
}

pub(crate) fn single_titled(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() >= 2
        && crate::people::key(t).split_whitespace().count() == 1
        && words
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Split at the first " - " or " – ".
pub(crate) fn split_dash(t: &str) -> Option<(String, String)> {
    let pos = [" – ", " - ", " — "]
        .iter()
        .filter_map(|d| t.find(d).map(|p| (p, d.len())))
        .min()?;
    Some((
        t.get(..pos.0)?.to_string(),
        t.get(pos.0 + pos.1..)?.to_string(),
    ))
}

/// Split a list at top-level commas, semicolons and " and " (not inside brackets).
pub(crate) fn split_list(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 && (c == ',' || c == ';') {
            out.push(std::mem::take(&mut cur));
            i += 1;
            continue;
        }
        if depth == 0 && c == ' ' {
            let rest: String = chars.iter().skip(i).take(5).collect();
            if rest == " and " {
                out.push(std::mem::take(&mut cur));
                i += 5;
                continue;
            }
        }
        cur.push(c);
        i += 1;
    }
    out.push(cur);
    out.into_iter()
        .map(|s| s.trim().trim_start_matches("and ").trim().to_string())
        .filter(|s| !s.is_empty())
        .flat_map(|s| split_after_brackets(&s))
        .collect()
}

/// "Ann Bee (Chair) (Some Council) Cy Dee (Other Council)" → two entries: a name that
/// follows a closing bracket without a comma starts a new entry.
pub(crate) fn split_after_brackets(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth != 0 {
                    continue;
                }
                let rest = t.get(i + 1..).unwrap_or("");
                // A name is short: look no further than 80 characters.
                let window: String = rest.chars().take(80).collect();
                let next = window.split(['(', ',']).next().unwrap_or("").trim();
                if rest.starts_with(' ') && looks_like_name(next) {
                    out.push(t.get(start..=i).unwrap_or("").trim().to_string());
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    out.push(t.get(start..).unwrap_or("").trim().to_string());
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

/// "Name / Role": a name (brackets allowed) and a role or organisation after a slash.
pub(crate) fn slash_entry(t: &str) -> Option<(String, String)> {
    let (name, role) = t.split_once(" / ")?;
    let (main, _) = split_brackets(name);
    let ok = (looks_like_name(&main) || single_titled(&main)) && !role.trim().is_empty();
    ok.then(|| (name.trim().to_string(), role.trim().to_string()))
}

/// Sentences of a line (". " and "; " outside brackets; "Mr L Brennan" kept whole).
pub(crate) fn sentences(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        cur.push(c);
        let next_space = chars.get(i + 1).is_some_and(|n| *n == ' ');
        if depth == 0 && next_space && (c == ';' || c == '.') {
            // Not after a single capital (an initial) or a title.
            let last_word = cur
                .trim_end_matches(['.', ';'])
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_string();
            let abbrev = last_word.chars().count() <= 1
                || ["Mr", "Mrs", "Ms", "Dr", "St", "Cllr"].contains(&last_word.as_str());
            if c == ';' || !abbrev {
                out.push(
                    std::mem::take(&mut cur)
                        .trim()
                        .trim_end_matches(';')
                        .to_string(),
                );
            }
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_fits() {
        assert_eq!(
            split_list(
                "Ms T Okafor (Mr L Brennan attended as substitute), Mrs R Devlin and Mr C Fenwick"
            ),
            [
                "Ms T Okafor (Mr L Brennan attended as substitute)",
                "Mrs R Devlin",
                "Mr C Fenwick"
            ]
        );
        assert_eq!(
            sentences("Apologies from Mr L Brennan. Kieran Doyle attended in her absence.").len(),
            2
        );
    }
}
