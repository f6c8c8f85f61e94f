//! `.ods` sheets of repeated rows and cells (a few bytes must not expand into gigabytes): each pair of bytes is a row
//! repeat and a cell repeat (powers of two up to 2^15), the low bit of the second whether
//! the cell holds a value. Whatever is read holds no more cells than the file has bytes
//! of XML (or 65,536); past that it is refused before calamine expands it.
#![no_main]
use boardkit_fuzz::zips::{ods, zip_of};
use boardkit_import::table::Format;
use boardkit_import::REFUSALS;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut rows = String::new();
    for pair in data.chunks(2).take(256) {
        let rr = 1u32 << (pair[0] % 16);
        let b = pair.get(1).copied().unwrap_or(0);
        let cr = 1u32 << ((b >> 1) % 16);
        let value = if b & 1 == 1 {
            " office:value-type=\"string\"><text:p>v</text:p></table:table-cell>"
        } else {
            "/>"
        };
        rows.push_str(&format!(
            "<table:table-row table:number-rows-repeated=\"{rr}\"><table:table-cell table:number-columns-repeated=\"{cr}\"{value}</table:table-row>"
        ));
    }
    let content = ods(&rows);
    let zip = zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
        ),
        (
            "META-INF/manifest.xml",
            boardkit_fuzz::zips::MANIFEST.as_bytes(),
        ),
        ("content.xml", content.as_bytes()),
    ]);
    match boardkit_import::sheet::grid(&zip, Format::Ods) {
        Ok((grid, _)) => {
            let cells: usize = grid.rows.iter().map(Vec::len).sum();
            assert!(
                cells <= content.len().max(65_536),
                "{cells} cells from {} bytes",
                content.len()
            );
        }
        Err(e) => assert!(REFUSALS.iter().any(|(c, _)| *c == e.code()), "{}", e.code()),
    }
});
