//! The typed code of every rule of the catalogue, below everything that reads codes: the
//! rules' units, the registry and the catalogue are derived from the unit files, and so is
//! this list (generated into `code/list.rs`), so that reading a code (`ValidateOptions`'
//! `only`, a body's rule settings) needs none of them.

/// Declare [`RuleCode`]: `rule_codes! { Variant => "area.what", ... }`.
macro_rules! rule_codes {
    ($($variant:ident => $code:literal,)*) => {
        /// The code of every rule of the catalogue, typed; on the wire it is its string
        /// ([`RuleCode::as_str`], and [`std::str::FromStr`] back).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleCode {
            $(#[doc = concat!("`", $code, "`")] $variant,)*
        }

        impl RuleCode {
            /// Every code, in byte order of the string.
            pub const ALL: &'static [RuleCode] = &[$(RuleCode::$variant,)*];

            /// The code as it is written on the wire (`action.overdue`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleCode::$variant => $code,)*
                }
            }
        }

        impl std::str::FromStr for RuleCode {
            type Err = $crate::code::UnknownRuleCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(RuleCode::$variant),)*
                    _ => Err($crate::code::UnknownRuleCode),
                }
            }
        }
    };
}

/// A text that is not the code of a rule of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownRuleCode;

impl std::fmt::Display for UnknownRuleCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("No rule has this code: give a code of the rule catalogue (RULES.md).")
    }
}

impl std::error::Error for UnknownRuleCode {}

mod list;
pub use list::RuleCode;
