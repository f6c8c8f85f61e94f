//! Reading `only` (`ValidateOptions::only`): each code looked up in the catalogue, apart
//! from the findings' vocabulary (`validate`), which every unit names, so that it stays
//! below the registry.

use serde::Deserialize;

/// Read `only`: every code must be in the catalogue.
pub(super) fn rule_codes<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<String>>, D::Error> {
    let codes = Option::<Vec<String>>::deserialize(d)?;
    for (i, code) in codes.iter().flatten().enumerate() {
        if crate::catalogue::find(code).is_none() {
            return Err(crate::read::carry(crate::Error::invalid(
                format!("/{i}"),
                "No rule has this code: give a code of the rule catalogue (RULES.md), for example action.overdue",
            )));
        }
    }
    Ok(codes)
}
