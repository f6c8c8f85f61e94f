//! Reading `only` (`ValidateOptions::only`): each code must be the code of a rule of the
//! catalogue, read as a typed code (`crate::code`), which sits below the units and the
//! registry that name `validate`'s vocabulary.

use serde::Deserialize;

/// Read `only`: every code must be in the catalogue.
pub(super) fn rule_codes<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<String>>, D::Error> {
    let codes = Option::<Vec<String>>::deserialize(d)?;
    for (i, code) in codes.iter().flatten().enumerate() {
        if code.parse::<crate::code::RuleCode>().is_err() {
            return Err(crate::read::carry(crate::Error::invalid(
                crate::pointer::Pointer::root().index(i),
                "No rule has this code: give a code of the rule catalogue (RULES.md), for example action.overdue",
            )));
        }
    }
    Ok(codes)
}
