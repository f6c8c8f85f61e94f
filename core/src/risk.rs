//! The risk register. (Skeleton: filled in by its issue.)

use crate::document::ValidateOptions;
use crate::validate::{Report, Rule};
use crate::{BoardDocument, Extensions};
use serde::{Deserialize, Serialize};

/// The risk register.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskRegister {
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[];

/// Check this part of the document.
pub(crate) fn check(_doc: &BoardDocument, _options: &ValidateOptions, _out: &mut Report) {}
