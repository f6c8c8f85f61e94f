//! Reading the module paths a Rust file names: its `use` trees and the `crate::`,
//! `super::` and `self::` paths in its code, with comments, strings and character
//! literals skipped. Not a Rust parser: just enough of the token stream to find paths.

/// A token of the little the reader needs: identifiers, `::` and single punctuation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    Ident(String),
    Colons,
    Punct(char),
}

/// One path a file names, from the module it was written in.
#[derive(Debug, Clone)]
pub struct Named {
    /// The module (inline modules included) the path was written in, from the crate root.
    pub scope: Vec<String>,
    /// The path's segments as written (`crate`, `super`, `self` kept).
    pub segments: Vec<String>,
    /// Whether it came from a `use` item, and under which name it is then in scope.
    pub binds: Option<String>,
    /// Whether that `use` item is a re-export (`pub use`, `pub(crate) use`...).
    pub reexport: bool,
}

/// The tokens of a file's text.
pub fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while chars.get(i).is_some_and(|&c| c != '\n') {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i = skip_block_comment(&chars, i);
        } else if c == '"' {
            let end = skip_string(&chars, i + 1);
            string_path(&chars[i + 1..end.saturating_sub(1)], &mut out);
            i = end;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && raw_start(&chars, i) {
            i = skip_raw_string(&chars, i + 1);
        } else if c == 'b' && next == Some('"') {
            i = skip_string(&chars, i + 2);
        } else if c == '\'' {
            i = skip_quote(&chars, i);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while chars
                .get(i)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_')
            {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while chars
                .get(i)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_')
            {
                i += 1;
            }
        } else if c == ':' && next == Some(':') {
            out.push(Tok::Colons);
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push(Tok::Punct(c));
            }
            i += 1;
        }
    }
    out
}

/// A string that is a path (`deserialize_with = "crate::a::f"`, `"only::f"`) names it; one
/// that does not land in the crate is dropped when paths are made absolute.
fn string_path(content: &[char], out: &mut Vec<Tok>) {
    let text: String = content.iter().collect();
    let segs: Vec<&str> = text.split("::").collect();
    let is_ident = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    if segs.len() > 1 && segs.iter().all(|s| is_ident(s)) {
        for (k, seg) in segs.iter().enumerate() {
            if k > 0 {
                out.push(Tok::Colons);
            }
            out.push(Tok::Ident(seg.to_string()));
        }
        // Ends the path: a string is never followed by more of it.
        out.push(Tok::Punct('"'));
    }
}

fn skip_block_comment(chars: &[char], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i + 1 < chars.len() {
        if chars[i] == '/' && chars[i + 1] == '*' {
            depth += 1;
            i += 2;
        } else if chars[i] == '*' && chars[i + 1] == '/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    chars.len()
}

fn skip_string(chars: &[char], mut i: usize) -> usize {
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// `r"..."` or `r#"..."#`, not an identifier that starts with r.
fn raw_start(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_';
    let mut j = i + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    before_ok && chars.get(j) == Some(&'"')
}

fn skip_raw_string(chars: &[char], mut i: usize) -> usize {
    let mut hashes = 0;
    while chars.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    i += 1;
    while i < chars.len() {
        if chars[i] == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        i += 1;
    }
    i
}

/// A character literal (`'a'`, `'\n'`, `'\u{2019}'`) or a lifetime (`'a`).
fn skip_quote(chars: &[char], i: usize) -> usize {
    if chars.get(i + 1) == Some(&'\\') {
        let mut j = i + 2;
        while chars.get(j).is_some_and(|&c| c != '\'') {
            j += 1;
        }
        return j + 1;
    }
    if chars.get(i + 2) == Some(&'\'') {
        return i + 3;
    }
    i + 1
}

/// Every path the tokens name, written in the module `file_scope` (the file's module).
pub fn paths(toks: &[Tok], file_scope: &[String]) -> Vec<Named> {
    let mut out = Vec::new();
    let mut scope = file_scope.to_vec();
    // The brace depth at which each inline module opened.
    let mut inline: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    // Up to where a `pub const NAME: T = a::b::C;` runs: its value only re-exports.
    let mut alias_end = 0usize;
    let mut i = 0;
    while let Some(tok) = toks.get(i) {
        match tok {
            Tok::Ident(w) if w == "const" && is_pub(toks, i) => {
                if let Some(end) = const_alias(toks, i) {
                    alias_end = end;
                }
            }
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth = depth.saturating_sub(1);
                if inline.last() == Some(&depth) {
                    inline.pop();
                    scope.pop();
                }
            }
            Tok::Ident(w) if w == "mod" => {
                if let (Some(Tok::Ident(name)), Some(Tok::Punct('{'))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    scope.push(name.clone());
                    inline.push(depth);
                    depth += 1;
                    i += 3;
                    continue;
                }
            }
            Tok::Ident(w) if w == "use" && !after_colons(toks, i) => {
                let end = (i..toks.len())
                    .find(|&j| toks[j] == Tok::Punct(';'))
                    .unwrap_or(toks.len());
                let from = out.len();
                use_tree(&toks[i + 1..end], &[], &scope, &mut out);
                if is_pub(toks, i) {
                    out[from..].iter_mut().for_each(|n| n.reexport = true);
                }
                i = end + 1;
                continue;
            }
            // A path in code: from `crate`, `super` or `self`, or relative (which names a
            // child module of the scope, or leaves the crate and is dropped later).
            Tok::Ident(_) if toks.get(i + 1) == Some(&Tok::Colons) && !after_colons(toks, i) => {
                let (segments, next) = code_path(toks, i);
                out.push(Named {
                    scope: scope.clone(),
                    segments,
                    binds: None,
                    reexport: i < alias_end,
                });
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// When the `const` at `i` is given exactly a path (`pub const X: Rule = rules::x::X;`,
/// a re-export under a doc comment of its own), the position of its `;`.
fn const_alias(toks: &[Tok], i: usize) -> Option<usize> {
    let end = (i..toks.len()).find(|&j| toks[j] == Tok::Punct(';'))?;
    let eq = (i..end).find(|&j| toks[j] == Tok::Punct('='))?;
    let value = &toks[eq + 1..end];
    let path = !value.is_empty()
        && value.iter().enumerate().all(|(k, t)| match t {
            Tok::Ident(_) => k % 2 == 0,
            Tok::Colons => k % 2 == 1,
            Tok::Punct(_) => false,
        })
        && value.len() % 2 == 1;
    path.then_some(end)
}

/// Whether the `use` or `const` at `i` is preceded by `pub` or `pub(...)`.
fn is_pub(toks: &[Tok], i: usize) -> bool {
    let word = |j: usize| matches!(toks.get(j), Some(Tok::Ident(w)) if w == "pub");
    if i >= 1 && word(i - 1) {
        return true;
    }
    if i >= 1 && toks.get(i - 1) == Some(&Tok::Punct(')')) {
        let open = (0..i - 1)
            .rev()
            .take(8)
            .find(|&j| toks[j] == Tok::Punct('('));
        return open.is_some_and(|j| j >= 1 && word(j - 1));
    }
    false
}

fn after_colons(toks: &[Tok], i: usize) -> bool {
    i > 0 && toks.get(i - 1) == Some(&Tok::Colons)
}

/// `crate::a::b::C` in code: the segments up to the first that is not followed by `::`.
fn code_path(toks: &[Tok], mut i: usize) -> (Vec<String>, usize) {
    let mut segments = Vec::new();
    while let Some(Tok::Ident(w)) = toks.get(i) {
        segments.push(w.clone());
        if toks.get(i + 1) != Some(&Tok::Colons) {
            return (segments, i + 1);
        }
        i += 2;
    }
    (segments, i)
}

/// The paths of one `use` tree (`a::{b, c::d as e, f::*}`), each with the name it binds.
fn use_tree(toks: &[Tok], prefix: &[String], scope: &[String], out: &mut Vec<Named>) {
    for part in split_top(toks) {
        let mut path = prefix.to_vec();
        let mut i = 0;
        let mut group = None;
        let mut alias = None;
        while let Some(tok) = part.get(i) {
            match tok {
                Tok::Ident(w) if w == "as" => {
                    if let Some(Tok::Ident(a)) = part.get(i + 1) {
                        alias = Some(a.clone());
                    }
                    break;
                }
                Tok::Ident(w) => path.push(w.clone()),
                Tok::Punct('{') => {
                    group = Some(&part[i + 1..part.len().saturating_sub(1)]);
                    break;
                }
                Tok::Punct('*') => alias = Some("*".to_string()),
                _ => {}
            }
            i += 1;
        }
        match group {
            Some(inner) => use_tree(inner, &path, scope, out),
            None => {
                if path.last().is_some_and(|s| s == "self") {
                    path.pop();
                }
                let binds = alias.or_else(|| path.last().cloned());
                if !path.is_empty() {
                    out.push(Named {
                        scope: scope.to_vec(),
                        segments: path,
                        binds,
                        reexport: false,
                    });
                }
            }
        }
    }
}

/// The comma-separated parts of a token list at brace depth zero.
fn split_top(toks: &[Tok]) -> Vec<&[Tok]> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, tok) in toks.iter().enumerate() {
        match tok {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => depth = depth.saturating_sub(1),
            Tok::Punct(',') if depth == 0 => {
                parts.push(&toks[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&toks[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}
