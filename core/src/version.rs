//! The schema versions: the one this library writes and the oldest it reads. They sit
//! at the bottom, for the strict reader names them in its errors; the document's record
//! ([`crate::record`]) re-exports them.

/// The schema version this library writes. It also reads every earlier version
/// ([`OLDEST_SCHEMA_VERSION`] onwards), upgrading it on reading (see [`crate::upgrade`]).
pub const SCHEMA_VERSION: u32 = 7;

/// The oldest schema version this library reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;
