//! CSV of the pack's tables (RFC 4180 through the `csv` crate): UTF-8 with a byte-order
//! mark so Excel opens it as UTF-8, a header row, ISO dates, money in pounds with two
//! decimals and no symbol. A table with titled row groups gets a first "Group" column.

use crate::table::Table;
use crate::view::Section;
use crate::Error;

/// The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One table as CSV bytes.
pub fn table(t: &Table) -> Result<Vec<u8>, Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    let err = |e: csv::Error| Error::Csv(e.to_string());
    let mut header: Vec<&str> = Vec::with_capacity(t.columns.len() + 1);
    if let Some(g) = &t.group_column {
        header.push(g);
    }
    header.extend(t.columns.iter().map(String::as_str));
    w.write_record(&header).map_err(err)?;
    for g in &t.groups {
        for row in &g.rows {
            let mut rec: Vec<&str> = Vec::with_capacity(row.len() + 1);
            if t.group_column.is_some() {
                rec.push(g.name.as_deref().or(g.title.as_deref()).unwrap_or(""));
            }
            rec.extend(row.iter().map(|c| c.csv.as_str()));
            w.write_record(&rec).map_err(err)?;
        }
    }
    w.into_inner().map_err(|e| Error::Csv(e.to_string()))
}

/// Every table of a section as (file name, CSV bytes), the main table first.
pub fn section(s: &Section) -> Result<Vec<(String, Vec<u8>)>, Error> {
    s.tables
        .iter()
        .map(|t| Ok((format!("{}.csv", t.key), table(t)?)))
        .collect()
}

/// The CSV tables of one section of the public version of `doc`, as (file name, bytes),
/// the section's main table first.
pub fn tables(
    doc: &boardkit::BoardDocument,
    options: &crate::Options,
    kind: crate::SectionKind,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let pack = crate::Pack::build(doc, options, &[kind])?;
    let mut out = Vec::new();
    for s in &pack.sections {
        out.extend(section(s)?);
    }
    Ok(out)
}
