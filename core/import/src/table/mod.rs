//! Tables.
use serde::{Deserialize, Serialize};
/// Mapping.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mapping {}
/// Kind.
pub enum TableKind {}
/// Import.
pub fn import_table() {}
