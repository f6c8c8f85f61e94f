//! What the meeting walk's parts read of one meeting: the document's index, the meeting,
//! its body and its JSON Pointer (`checks.rs` makes it; the parts in `checks/` read it).

use crate::board::Body;
use crate::index::Index;
use crate::meeting::Meeting;
use crate::validate::ValidateOptions;

/// One meeting under check: the document's index, the meeting, its body and its path.
pub(crate) struct Ctx<'a, 'b> {
    /// The document's index.
    pub(super) ix: &'b Index<'a>,
    /// The meeting.
    pub(super) m: &'a Meeting,
    /// Its body, when the document has it.
    pub(super) body: Option<&'a Body>,
    /// Its JSON Pointer (`/meetings/0`).
    pub(super) base: &'b str,
    /// The meeting's position in the document's meetings.
    pub(super) at: usize,
    /// The validation's options.
    pub(super) options: &'b ValidateOptions,
}
