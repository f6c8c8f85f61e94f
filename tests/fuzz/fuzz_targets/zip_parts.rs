//! Zip parts whose headers may lie (a hostile file must not crash or exhaust a host): the first byte picks the format (.docx,
//! .xlsx, .ods), the next four the uncompressed size every header declares, the rest the
//! part's bytes, deflated. Whatever the sizes, a part that unpacks past its header is
//! refused with `import.part_understated` and nothing panics.
#![no_main]
use boardkit_fuzz::zips::{understate, zip_of};
use boardkit_import::table::{import_table, Format, TableKind};
use boardkit_import::{ImportError, Limit, REFUSALS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 5 {
        return;
    }
    let (head, part) = data.split_at(5);
    let declared = u32::from_le_bytes([head[1], head[2], head[3], head[4]]);
    let (name, format) = match head[0] % 3 {
        0 => ("word/document.xml", None),
        1 => ("xl/sharedStrings.xml", Some(Format::Xlsx)),
        _ => ("content.xml", Some(Format::Ods)),
    };
    let zip = understate(zip_of(&[(name, part)]), declared);
    let result = match format {
        None => boardkit_import::docx::import_docx(&zip, None).map(|_| ()),
        Some(f) => import_table(TableKind::Actions, &zip, f, None, None).map(|_| ()),
    };
    match result {
        Ok(()) => assert!(
            part.len() as u64 <= u64::from(declared),
            "a lying part was read"
        ),
        Err(e) => {
            assert!(REFUSALS.iter().any(|(c, _)| *c == e.code()), "{}", e.code());
            if part.len() as u64 > u64::from(declared) {
                assert_eq!(e, ImportError::TooLarge(Limit::Understated));
            }
        }
    }
});
