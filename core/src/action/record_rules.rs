//! The action rules added for the field's action logs: where an action came from, late
//! completion, the board's own RAG beside the computed one, status words the mapping does
//! not know, who acted, and milestones. Each is a unit of [`super::rules`]; their
//! constants are named here too, where they were first published.

pub use super::rules::actioned_by_not_owner::ACTIONED_BY_NOT_OWNER;
pub use super::rules::completed_late::COMPLETED_LATE;
pub use super::rules::milestone_overdue::MILESTONE_OVERDUE;
pub use super::rules::no_origin::NO_ORIGIN;
pub use super::rules::recorded_rag_differs::RECORDED_RAG_DIFFERS;
pub use super::rules::status_words_unknown::STATUS_WORDS_UNKNOWN;
