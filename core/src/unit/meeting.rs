//! What a meeting unit may read: the meeting of a per-meeting stage (the statutory
//! records' [`StatutoryAt::Meeting`], read with `meeting()`), and every meeting of a
//! document; and the walk's calls of the meeting stages.

use super::{Scope, Source, Stage, StatutoryAt, UnitContext};
use crate::index::Index;
use crate::meeting::Meeting;
use crate::validate::{Report, ValidateOptions};

impl<'a> UnitContext<'a> {
    /// Every meeting of a document, in order (meeting `i` is at `/meetings/i`); none
    /// outside a document stage or the scope ([`Scope::Meeting`]).
    pub(crate) fn meetings(&self) -> &'a [Meeting] {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Meeting) => &ix.document().meetings,
            _ => &[],
        }
    }
}

/// Run the units of a per-meeting stage on meeting `i` of a document, in registry order.
pub(crate) fn run_meeting(
    ix: &Index<'_>,
    options: &ValidateOptions,
    i: usize,
    stage: Stage,
    out: &mut Report,
) {
    let source = Source::Statutory(ix, StatutoryAt::Meeting(i));
    super::run::run_stage(stage, source, options, out);
}

/// Run the units of the numbers stage on a document, after every meeting's own.
pub(crate) fn run_meeting_numbers(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    super::run::run_stage(Stage::MeetingNumbers, Source::Document(ix), options, out);
}
