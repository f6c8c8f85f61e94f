//! The parts of a zip (`.docx`, `.xlsx`, `.ods`) measured by unpacking them, before any
//! reader builds anything from them. A zip's headers say how large each part is, but a
//! hostile file can understate that: a megabyte that says "1 KB" can unpack to gigabytes.
//! So every part is unpacked once into a counter (nothing is kept) and refused when it
//! produces more than its header says, more than [`MAX_INPUT`], or when all the parts
//! together produce more than [`MAX_UNPACKED`]. Once that holds, a reader that unpacks
//! the same parts again (calamine, the `.docx` reader) is bounded by the checked sizes.

use crate::limits::{Limit, MAX_ENTRIES, MAX_INPUT, MAX_UNPACKED};
use crate::ImportError;
use std::io::{Cursor, Read, Write};

/// A writer that keeps nothing and counts the bytes it is given.
#[derive(Default)]
struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 = self.0.saturating_add(buf.len() as u64);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Refuse a zip with more than [`MAX_ENTRIES`] parts, or one part of which unpacks past
/// its header's size or past [`MAX_INPUT`], or all of whose parts unpack past
/// [`MAX_UNPACKED`]. Each part is unpacked at most to the first byte past its limit, so
/// the work is bounded by the limits, not by what the file claims.
pub fn check_zip(bytes: &[u8], what: &'static str) -> Result<(), ImportError> {
    if bytes.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge(Limit::Input));
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::NotThatKind(what))?;
    if zip.len() > MAX_ENTRIES {
        return Err(ImportError::TooLarge(Limit::Entries));
    }
    // The declared sizes first: a refusal that costs no unpacking at all.
    let mut declared_total: u64 = 0;
    for i in 0..zip.len() {
        let size = zip
            .by_index_raw(i)
            .map_err(|_| ImportError::NotThatKind(what))?
            .size();
        if size > MAX_INPUT {
            return Err(ImportError::TooLarge(Limit::Part));
        }
        declared_total = declared_total.saturating_add(size);
    }
    if declared_total > MAX_UNPACKED {
        return Err(ImportError::TooLarge(Limit::Unpacked));
    }
    // Then what each part really produces, never more than one byte past its header.
    for i in 0..zip.len() {
        let part = zip
            .by_index(i)
            .map_err(|_| ImportError::NotThatKind(what))?;
        if part.is_dir() {
            continue;
        }
        let declared = part.size();
        let mut counter = Counter::default();
        let copied = std::io::copy(&mut part.take(declared.saturating_add(1)), &mut counter);
        if counter.0 > declared {
            return Err(ImportError::TooLarge(Limit::Understated));
        }
        // A part that ends early or fails its checksum is damaged, not too large.
        copied.map_err(|_| ImportError::NotThatKind(what))?;
    }
    Ok(())
}

/// Read one part by name through a limit of [`MAX_INPUT`] bytes, refusing a part that
/// produces more (after [`check_zip`] this cannot happen; the limit stays so the read is
/// bounded whoever calls it).
pub fn read_part(bytes: &[u8], name: &str, what: &'static str) -> Result<Vec<u8>, ImportError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::NotThatKind(what))?;
    let part = zip
        .by_name(name)
        .map_err(|_| ImportError::NotThatKind(what))?;
    let mut out = Vec::new();
    part.take(MAX_INPUT + 1)
        .read_to_end(&mut out)
        .map_err(|_| ImportError::NotThatKind(what))?;
    if out.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge(Limit::Part));
    }
    Ok(out)
}
