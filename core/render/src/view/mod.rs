//! The board pack as data: sections of headings, notes, tables and charts, built from
//! the public version of a document. HTML, Markdown and CSV are all printed from this.
//!
//! This module only gathers: the pack and the body it is for (`pack`), a section's data
//! (`section`), and one builder per section, each of which imports only what is below it.

mod actions;
mod attendance;
mod budget;
mod dates;
mod minutes;
mod minutes_section;
mod pack;
mod records;
mod risks;
mod scorecard;
mod section;

pub use dates::long_date;
pub use minutes::{MinutesItem, MinutesView};
pub(crate) use pack::body_of;
pub use pack::Pack;
pub use section::{Section, SectionKind};
