//! Lines that a PDF or web extraction ran together: a whole attendance block (Present,
//! Officers attending, Also in attendance, Apologies, a note) on one line is split at
//! its section headings into pieces that keep the line's number, so each heading is
//! read as if it stood on its own line. Nothing is dropped: the pieces together hold
//! every word of the line.

use crate::text::Line;

/// Headings that open an attendance section inside a run-together line, as papers
/// capitalise them. Those followed by a name without a colon get one.
const HEADINGS: &[&str] = &[
    "Members Present:",
    "Present:",
    "PRESENT:",
    "Officers Attending:",
    "Officers attending:",
    "Officers in Attendance:",
    "Officers in attendance:",
    "Officers Present:",
    "Also in attendance:",
    "Also in Attendance:",
    "Also in attendance",
    "Also in Attendance",
    "Also Present:",
    "Also present:",
    "In attendance:",
    "In Attendance:",
    "Guests:",
    "Minute taker:",
    "Minute Taker:",
    "Apologies for Absence",
    "Apologies for absence:",
    "Apologies:",
    "APOLOGIES:",
    "(Note:",
];

/// A line longer than this, with no table cells, may be a run-together block.
const LONG: usize = 200;

/// Split run-together lines at their attendance headings (other lines unchanged).
pub(crate) fn split_runon(lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        if !l.cells.is_empty() || l.text.len() <= LONG {
            out.push(l);
            continue;
        }
        for text in pieces(&l.text) {
            out.push(Line {
                no: l.no,
                text,
                cells: Vec::new(),
                bullet: false,
            });
        }
    }
    out
}

/// The byte offsets where a heading starts (at the start or after a space); where
/// headings overlap ("Members Present:" holds "Present:") the one starting first, and
/// at the same start the longest, is kept. Sorting keeps it O(n log n).
fn cuts(t: &str) -> Vec<(usize, &'static str)> {
    let mut all: Vec<(usize, &'static str)> = Vec::new();
    for h in HEADINGS {
        for (at, _) in t.match_indices(h) {
            let after_space = at == 0 || t.get(..at).is_some_and(|b| b.ends_with(' '));
            let follows = t.get(at + h.len()..).unwrap_or("");
            if after_space && (h.ends_with(':') || opens_list(follows)) {
                all.push((at, h));
            }
        }
    }
    all.sort_unstable_by_key(|(o, h)| (*o, std::cmp::Reverse(h.len())));
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    let mut end = 0;
    for (o, h) in all {
        if found.is_empty() || o >= end {
            end = o + h.len();
            found.push((o, h));
        }
    }
    found
}

/// After a heading without a colon: a minute number ("Apologies for Absence 52") or a
/// name ("Also in attendance Jo Bloggs, ..."), not a sentence.
fn opens_list(follows: &str) -> bool {
    let f = follows.trim_start();
    if f.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // A name is short: look no further than 80 characters.
    let window: String = f.chars().take(80).collect();
    let first = window.split([',', '(', '.', ';']).next().unwrap_or("");
    crate::people::looks_like_name(first)
}

/// The pieces of one long line: before the first heading, then each heading with what
/// follows it; a "(Note: ...)" bracket is closed off so the text after it is its own
/// piece.
fn pieces(t: &str) -> Vec<String> {
    let cuts = cuts(t);
    let mut starts: Vec<usize> = cuts.iter().map(|(o, _)| *o).collect();
    for (o, h) in &cuts {
        if *h == "(Note:" {
            if let Some(close) = closing(t, *o) {
                starts.push(close + 1);
            }
        }
    }
    starts.push(0);
    starts.sort_unstable();
    starts.dedup();
    let mut out = Vec::new();
    for (i, s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(t.len());
        let piece = t.get(*s..e).unwrap_or("").trim();
        if piece.is_empty() {
            continue;
        }
        out.push(with_colon(piece));
    }
    out
}

/// "Also in attendance Jo Bloggs" → "Also in attendance: Jo Bloggs" (a heading without
/// a colon followed by a capitalised word).
fn with_colon(piece: &str) -> String {
    for h in HEADINGS.iter().filter(|h| !h.ends_with(':')) {
        if let Some(rest) = piece.strip_prefix(h) {
            let r = rest.trim_start();
            if rest.starts_with(' ') && r.starts_with(|c: char| c.is_uppercase()) {
                return format!("{h}: {r}");
            }
        }
    }
    piece.to_string()
}

/// The byte offset of the ")" closing the bracket opened at `open`.
fn closing(t: &str, open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in t.get(open..)?.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_is_cut_at_headings_and_keeps_every_word() {
        let t = "Minutes of the meeting on 1 May 2020 Present: Ann Bee (Chair), Cy Dee Officers Attending: Ed Eff (Clerk) Also in attendance Gil Hay, Some Council. (Note: to be confirmed at the next meeting.) Apologies for Absence 4 Apologies were received from Ivy Jay. Padding padding padding padding padding padding padding.";
        let p = pieces(t);
        assert_eq!(p.len(), 6, "{p:?}");
        assert!(p[1].starts_with("Present:"));
        assert!(p[2].starts_with("Officers Attending:"));
        assert!(p[3].starts_with("Also in attendance: Gil Hay"));
        assert!(p[4].starts_with("(Note:") && p[4].ends_with(')'));
        assert!(p[5].starts_with("Apologies for Absence 4"));
        let words = |s: &str| {
            s.split_whitespace()
                .map(|w| w.trim_end_matches(':').to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&p.join(" ")), words(t));
    }
}
