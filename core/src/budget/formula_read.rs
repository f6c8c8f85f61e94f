//! Reading a funding formula (`{"kind": "fixed", "amounts": [...]}`).
//!
//! Written by hand rather than derived (serde's internally tagged enums buffer the
//! object first and lose track of where a bad value is): every problem inside a formula
//! is reported at the field inside it (`/budgets/0/formula/amounts/1/amount`), a field
//! that belongs to another kind of formula at that field, and `null` means absent as in
//! every record.

use super::formula::PartnerWeight;
use super::formula::{BoardShare, Formula, PartnerAmount, PartnerPopulation, PartnerShare};
use crate::error::Error;
use crate::pointer::Pointer;
use crate::Id;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Kind,
    Amounts,
    Shares,
    Weights,
    Partners,
    Populations,
    Boards,
    Fixed,
    Remainder,
    LastYear,
    BasisPoints,
}

const FIELDS: &[&str] = &[
    "kind",
    "amounts",
    "shares",
    "weights",
    "partners",
    "populations",
    "boards",
    "fixed",
    "remainder",
    "last_year",
    "basis_points",
];

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Fixed,
    Percentages,
    Weights,
    Equal,
    Population,
    BoardSplit,
    Composite,
    Uplift,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Fixed => "fixed",
            Kind::Percentages => "percentages",
            Kind::Weights => "weights",
            Kind::Equal => "equal",
            Kind::Population => "population",
            Kind::BoardSplit => "board_split",
            Kind::Composite => "composite",
            Kind::Uplift => "uplift",
        }
    }

    /// The fields a formula of this kind has (besides `kind`).
    fn fields(self) -> &'static [Field] {
        match self {
            Kind::Fixed => &[Field::Amounts],
            Kind::Percentages => &[Field::Shares],
            Kind::Weights => &[Field::Weights],
            Kind::Equal => &[Field::Partners],
            Kind::Population => &[Field::Populations],
            Kind::BoardSplit => &[Field::Boards],
            Kind::Composite => &[Field::Fixed, Field::Remainder],
            Kind::Uplift => &[Field::LastYear, Field::BasisPoints],
        }
    }
}

fn field_name(f: Field) -> &'static str {
    let i = f as usize;
    FIELDS.get(i).copied().unwrap_or("kind")
}

#[derive(Default)]
struct Parts {
    kind: Option<Kind>,
    amounts: Option<Vec<PartnerAmount>>,
    shares: Option<Vec<PartnerShare>>,
    weights: Option<Vec<PartnerWeight>>,
    partners: Option<Vec<Id>>,
    populations: Option<Vec<PartnerPopulation>>,
    boards: Option<Vec<BoardShare>>,
    fixed: Option<Vec<PartnerAmount>>,
    remainder: Option<Box<Formula>>,
    last_year: Option<Vec<PartnerAmount>>,
    basis_points: Option<i64>,
    /// The fields given, in the order given.
    given: Vec<Field>,
}

impl<'de> Deserialize<'de> for Formula {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Formula, D::Error> {
        d.deserialize_struct("Formula", FIELDS, FormulaVisitor)
    }
}

struct FormulaVisitor;

impl<'de> Visitor<'de> for FormulaVisitor {
    type Value = Formula;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Enter a funding formula: a record with a kind, like {\"kind\": \"fixed\", \"amounts\": []}.")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Formula, A::Error> {
        let mut p = Parts::default();
        while let Some(field) = map.next_key::<Field>()? {
            if p.given.contains(&field) {
                return Err(de::Error::duplicate_field(field_name(field)));
            }
            p.given.push(field);
            match field {
                Field::Kind => p.kind = Some(map.next_value()?),
                Field::Amounts => p.amounts = Some(map.next_value()?),
                Field::Shares => p.shares = Some(map.next_value()?),
                Field::Weights => p.weights = Some(map.next_value()?),
                Field::Partners => p.partners = Some(map.next_value()?),
                Field::Populations => p.populations = Some(map.next_value()?),
                Field::Boards => p.boards = Some(map.next_value()?),
                Field::Fixed => p.fixed = Some(map.next_value()?),
                Field::Remainder => p.remainder = Some(map.next_value()?),
                Field::LastYear => p.last_year = Some(map.next_value()?),
                Field::BasisPoints => p.basis_points = Some(map.next_value()?),
            }
        }
        build(p)
    }
}

fn build<E: de::Error>(p: Parts) -> Result<Formula, E> {
    let kind = p.kind.ok_or_else(|| E::missing_field("kind"))?;
    if let Some(extra) = p
        .given
        .iter()
        .find(|f| **f != Field::Kind && !kind.fields().contains(f))
    {
        let name = field_name(*extra);
        return Err(crate::read::carry(Error::invalid(
            Pointer::root().field(name),
            format!(
                "A {} formula has no {name}: remove it, or choose the kind of formula that uses it.",
                kind.name()
            ),
        )));
    }
    let need = |field: &'static str| E::missing_field(field);
    Ok(match kind {
        Kind::Fixed => Formula::Fixed {
            amounts: p.amounts.ok_or_else(|| need("amounts"))?,
        },
        Kind::Percentages => Formula::Percentages {
            shares: p.shares.ok_or_else(|| need("shares"))?,
        },
        Kind::Weights => Formula::Weights {
            weights: p.weights.ok_or_else(|| need("weights"))?,
        },
        Kind::Equal => Formula::Equal {
            partners: p.partners.ok_or_else(|| need("partners"))?,
        },
        Kind::Population => Formula::Population {
            populations: p.populations.ok_or_else(|| need("populations"))?,
        },
        Kind::BoardSplit => Formula::BoardSplit {
            boards: p.boards.ok_or_else(|| need("boards"))?,
        },
        Kind::Composite => Formula::Composite {
            fixed: p.fixed.ok_or_else(|| need("fixed"))?,
            remainder: p.remainder.ok_or_else(|| need("remainder"))?,
        },
        Kind::Uplift => Formula::Uplift {
            last_year: p.last_year.ok_or_else(|| need("last_year"))?,
            basis_points: p.basis_points.ok_or_else(|| need("basis_points"))?,
        },
    })
}

#[cfg(test)]
mod tests {
    use crate::budget::formula::Formula;
    use crate::error::from_json;

    #[test]
    fn fields_and_names_agree() {
        for (i, name) in super::FIELDS.iter().enumerate() {
            let f: super::Field = serde_json::from_value(serde_json::json!(name)).unwrap();
            assert_eq!(f as usize, i);
        }
    }

    #[test]
    fn problems_are_reported_inside_the_formula() {
        let e = from_json::<Formula>(
            r#"{"kind": "fixed", "amounts": [{"organisation": "a", "amount": "x"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "/amounts/0/amount");
        let e = from_json::<Formula>(r#"{"amounts": [], "kind": "equal"}"#).unwrap_err();
        assert_eq!(e.path(), "/amounts");
        let e = from_json::<Formula>(r#"{"kind": "equal"}"#).unwrap_err();
        assert_eq!(e.path(), "/partners");
        let e = from_json::<Formula>(
            r#"{"kind": "composite", "fixed": [{"organisation": "a", "amount": -1}],
                "remainder": {"kind": "equal", "partners": ["b"]}}"#,
        )
        .unwrap_err();
        assert_eq!(e.path(), "/fixed/0/amount");
        let e = from_json::<Formula>(r#"[1]"#).unwrap_err();
        assert_eq!(e.path(), "");
    }
}
