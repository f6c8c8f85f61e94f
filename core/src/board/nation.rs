//! The nation whose law governs a body.

use serde::{Deserialize, Serialize};

/// The nation whose law governs a body. England and Wales share bank holidays but not
/// the numbering of Schedule 12A to the Local Government Act 1972.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LawNation {
    /// England.
    England,
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

impl LawNation {
    /// The bank holidays the body's working days skip.
    pub fn holidays(self) -> crate::clock::Nation {
        match self {
            LawNation::England | LawNation::Wales => crate::clock::Nation::EnglandAndWales,
            LawNation::Scotland => crate::clock::Nation::Scotland,
            LawNation::NorthernIreland => crate::clock::Nation::NorthernIreland,
        }
    }
}
