//! Status words as boards write them, mapped to a [`Status`].
//!
//! | The board writes | Status |
//! |---|---|
//! | "Outstanding", "To be actioned", "Not actioned", "Not started", or any of these anywhere in the text ("Actioned – … Outstanding – …") | outstanding |
//! | "Actioned", "Complete", "Completed", "COMPLETE", "Done", "Achieved", "Discharged" | completed |
//! | "Closed", "Closed – see item 5" | closed |
//! | "Superseded", "Merged" | superseded |
//! | "On-going", "Ongoing", "On going", "Continuing" | on_going |
//! | "In progress", "Progressing", "Started", "Under way" | in_progress |
//! | "On agenda", "On the agenda", "Agenda item" | on_agenda |
//! | "Open", "New" | open |
//!
//! Case, punctuation and the words after the first phrase are ignored ("COMPLETE",
//! "Actioned by the board manager"). Anything else maps to nothing, and the rule
//! `action.status_words_unknown` says so.

use super::Status;

const NOT_DONE: [&str; 4] = [
    "outstanding",
    "to be actioned",
    "not actioned",
    "not started",
];

const LEADING: [(&str, Status); 21] = [
    ("actioned", Status::Completed),
    ("completed", Status::Completed),
    ("complete", Status::Completed),
    ("done", Status::Completed),
    ("achieved", Status::Completed),
    ("discharged", Status::Completed),
    ("closed", Status::Closed),
    ("superseded", Status::Superseded),
    ("merged", Status::Superseded),
    ("on going", Status::OnGoing),
    ("ongoing", Status::OnGoing),
    ("continuing", Status::OnGoing),
    ("in progress", Status::InProgress),
    ("progressing", Status::InProgress),
    ("started", Status::InProgress),
    ("under way", Status::InProgress),
    ("on the agenda", Status::OnAgenda),
    ("on agenda", Status::OnAgenda),
    ("agenda item", Status::OnAgenda),
    ("open", Status::Open),
    ("new", Status::Open),
];

/// The status a board's words mean, or `None` when they are not in the mapping above.
pub fn status_from_words(text: &str) -> Option<Status> {
    let words: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let norm = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let padded = format!(" {norm} ");
    if NOT_DONE.iter().any(|w| padded.contains(&format!(" {w} "))) {
        return Some(Status::Outstanding);
    }
    LEADING
        .iter()
        .find(|(w, _)| norm == *w || norm.starts_with(&format!("{w} ")))
        .map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_papers_words() {
        let cases = [
            ("Actioned", Some(Status::Completed)),
            ("Actioned by AB", Some(Status::Completed)),
            ("Outstanding", Some(Status::Outstanding)),
            (
                "Actioned - letter sent. Outstanding - reply",
                Some(Status::Outstanding),
            ),
            (
                "To be actioned at the next meeting by AB",
                Some(Status::Outstanding),
            ),
            ("On-going", Some(Status::OnGoing)),
            ("COMPLETE", Some(Status::Completed)),
            ("Closed – see item 5", Some(Status::Closed)),
            ("ALL TO NOTE", None),
            ("", None),
            ("Opened up discussion", None),
        ];
        for (text, want) in cases {
            assert_eq!(status_from_words(text), want, "{text}");
        }
    }
}
