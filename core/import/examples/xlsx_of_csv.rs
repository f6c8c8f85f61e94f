//! Write a CSV file as an Excel workbook (rust_xlsxwriter, a dev-dependency): dates as
//! Excel dates, whole numbers as numbers, the rest as text. The browser test of the import
//! page uses it to make a real .xlsx to drop on the page.
//!
//!   cargo run -p boardkit-import --example xlsx_of_csv -- in.csv out.xlsx

use boardkit_import::dates::{iso, numeric, Read};
use boardkit_import::table::csv_grid;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        return Err("usage: xlsx_of_csv IN.csv OUT.xlsx".into());
    };
    let (grid, _) = csv_grid(&std::fs::read(input)?).map_err(|e| e.to_string())?;
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (u32::try_from(r)?, u16::try_from(c)?);
            if r > 0 {
                if let Some(Read::Day(d)) = iso(cell).or_else(|| numeric(cell)) {
                    let x = rust_xlsxwriter::ExcelDateTime::parse_from_str(&d.to_string())?;
                    ws.write_datetime_with_format(r, c, &x, &fmt)?;
                    continue;
                }
                if let Ok(n) = cell.parse::<u32>() {
                    ws.write_number(r, c, f64::from(n))?;
                    continue;
                }
            }
            if !cell.is_empty() {
                ws.write_string(r, c, cell)?;
            }
        }
    }
    wb.save(output)?;
    Ok(())
}
