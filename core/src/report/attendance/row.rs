//! What a row of the attendance table stands for, and which row a member counts in: shared
//! by the report and its named and unnamed attendance, apart from the module that gathers
//! them.

use crate::board::{Member, SpecialRole};
use crate::Id;
use serde::{Deserialize, Serialize};

/// What a row of the attendance table stands for.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKey {
    /// A partner agency, by organisation id.
    Organisation(Id),
    /// The independent chair, the lay members or the lead member.
    Role(SpecialRole),
    /// Members who sit for no organisation and have no special role.
    Unaffiliated,
}

/// The row a member counts in: a special role of their own, else their organisation.
pub(super) fn row_of(m: &Member) -> RowKey {
    match (m.role, &m.organisation) {
        (Some(r), _) if r.own_right() => RowKey::Role(r),
        (_, Some(o)) => RowKey::Organisation(o.clone()),
        (_, None) => RowKey::Unaffiliated,
    }
}
