//! Charts as data for the SVG templates: every coordinate is worked out here, so the
//! templates (`templates/*.svg`) only place shapes and text. Each chart has a title
//! and a text alternative that says what the picture shows; values are written on the
//! chart as text, so no meaning is carried by colour alone.

use boardkit::risk::{HeatMap, Matrix, Rating};
use serde::Serialize;

/// A chart: its template, title, text alternative, size and shapes.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Which template draws it (`heatmap.svg`, `bars.svg`, `trend.svg`).
    pub template: String,
    /// The kind, for tests and class names (`heatmap`, `bars`, `trend`).
    pub kind: String,
    /// A unique id in the page (`chart-risk-heatmap`).
    pub id: String,
    /// The title (also the SVG `<title>`).
    pub title: String,
    /// The text alternative (also the SVG `<desc>`).
    pub description: String,
    /// Width in SVG units.
    pub width: u32,
    /// Height in SVG units.
    pub height: u32,
    /// The shapes.
    pub body: ChartBody,
    /// The drawn SVG, filled in by [`crate::Templates`] when the pack is rendered.
    pub svg: String,
}

/// The shapes of a chart.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum ChartBody {
    /// A risk heat map.
    Heat(HeatBody),
    /// Horizontal bars.
    Bars(BarsBody),
    /// A line over periods.
    Trend(TrendBody),
}

/// One cell of the heat map.
#[derive(Debug, Clone, Serialize)]
pub struct HeatCellShape {
    /// Left.
    pub x: u32,
    /// Top.
    pub y: u32,
    /// Size.
    pub size: u32,
    /// Rating class (`red`, `amber`, `yellow`, `green`).
    pub rating: String,
    /// The band's letter or word shown in the cell ("H").
    pub band: String,
    /// The number of risks, as text ("2"); empty when none.
    pub count: String,
}

/// An axis label.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    /// x.
    pub x: u32,
    /// y.
    pub y: u32,
    /// Text.
    pub text: String,
}

/// The shapes of a heat map.
#[derive(Debug, Clone, Serialize)]
pub struct HeatBody {
    /// Cells.
    pub cells: Vec<HeatCellShape>,
    /// Likelihood labels (rows, highest at the top).
    pub rows: Vec<Label>,
    /// Impact labels (columns).
    pub columns: Vec<Label>,
    /// The key: band words and their rating class.
    pub key: Vec<KeyEntry>,
    /// Size of a cell.
    pub cell: u32,
    /// Left edge of the grid.
    pub left: u32,
    /// Bottom edge of the grid.
    pub bottom: u32,
}

/// One entry of a key.
#[derive(Debug, Clone, Serialize)]
pub struct KeyEntry {
    /// x.
    pub x: u32,
    /// y.
    pub y: u32,
    /// Rating class.
    pub rating: String,
    /// Text.
    pub text: String,
}

/// One bar.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    /// Label (left of the bar).
    pub label: String,
    /// The value as text (right of the bar).
    pub value: String,
    /// Top of the bar.
    pub y: u32,
    /// Width of the bar.
    pub w: u32,
    /// A class for the bar (`below` when under a threshold, else `bar`).
    pub class: String,
}

/// The shapes of a bar chart.
#[derive(Debug, Clone, Serialize)]
pub struct BarsBody {
    /// Bars.
    pub bars: Vec<Bar>,
    /// Left edge of the bars.
    pub left: u32,
    /// Height of a bar.
    pub bar: u32,
    /// A vertical marker (a threshold), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<Label>,
    /// The bottom of the bars (for the marker line).
    pub bottom: u32,
}

/// One point of a trend.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// x.
    pub x: u32,
    /// y.
    pub y: u32,
    /// The value as text.
    pub value: String,
    /// The period label.
    pub period: String,
}

/// The shapes of a trend line.
#[derive(Debug, Clone, Serialize)]
pub struct TrendBody {
    /// Points, oldest first.
    pub points: Vec<Point>,
    /// The SVG `points` attribute of the line.
    pub line: String,
    /// The axis: left, right, top and bottom of the plot.
    pub left: u32,
    /// Right.
    pub right: u32,
    /// Top.
    pub top: u32,
    /// Bottom.
    pub bottom: u32,
    /// Axis labels at the top and bottom of the y axis.
    pub y_labels: Vec<Label>,
    /// A target line, if the indicator has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Label>,
}

fn rating_class(r: Rating) -> String {
    r.as_str().to_string()
}

/// Where the heat map's grid sits: the size of a cell, the grid's left and top edges,
/// the number of likelihood and impact levels, and the grid's bottom edge.
#[derive(Clone, Copy)]
struct Grid {
    cell: u32,
    left: u32,
    top: u32,
    levels_l: u32,
    levels_i: u32,
    bottom: u32,
}

impl Grid {
    fn of(matrix: &Matrix) -> Grid {
        let (cell, top) = (64u32, 16u32);
        let levels_l = u32::try_from(matrix.likelihood.len()).unwrap_or(0);
        Grid {
            cell,
            left: 150,
            top,
            levels_l,
            levels_i: u32::try_from(matrix.impact.len()).unwrap_or(0),
            bottom: top + levels_l * cell,
        }
    }

    /// The top of the row of a likelihood level (the highest level at the top).
    fn row_top(self, level: u32) -> u32 {
        self.top + self.levels_l.saturating_sub(level) * self.cell
    }
}

/// A risk heat map: likelihood up the side (highest at the top), impact along the
/// bottom, each cell showing its band and how many live risks sit in it.
pub fn heat_map(matrix: &Matrix, heat: &HeatMap, title: &str) -> Chart {
    let g = Grid::of(matrix);
    let (cells, described) = heat_cells(matrix, heat, g);
    let (rows, columns) = heat_axes(matrix, g);
    let key = matrix
        .bands
        .iter()
        .enumerate()
        .map(|(k, b)| KeyEntry {
            x: 20 + u32::try_from(k).unwrap_or(0) * 160,
            y: g.bottom + 62,
            rating: rating_class(b.rating),
            text: format!(
                "{} ({}–{})",
                b.label
                    .clone()
                    .unwrap_or_else(|| capital(b.rating.as_str())),
                b.min,
                b.max
            ),
        })
        .collect();
    Chart {
        template: "heatmap.svg".into(),
        kind: "heatmap".into(),
        id: "chart-risk-heatmap".into(),
        title: title.to_string(),
        description: heat_description(heat, &described, g),
        width: (g.left + g.levels_i * g.cell + 20)
            .max(20 + u32::try_from(matrix.bands.len()).unwrap_or(0) * 160),
        height: g.bottom + 84,
        body: ChartBody::Heat(HeatBody {
            cells,
            rows,
            columns,
            key,
            cell: g.cell,
            left: g.left,
            bottom: g.bottom,
        }),
        svg: String::new(),
    }
}

/// The cells of the heat map, and the words for each that holds a risk.
fn heat_cells(matrix: &Matrix, heat: &HeatMap, g: Grid) -> (Vec<HeatCellShape>, Vec<String>) {
    let band_word = |c: &boardkit::risk::register::HeatCell| {
        matrix
            .bands
            .iter()
            .find(|b| b.contains(c.score))
            .and_then(|b| b.label.clone())
            .unwrap_or_else(|| capital(c.rating.as_str()))
    };
    let mut cells = Vec::with_capacity(heat.cells.len());
    let mut described = Vec::new();
    for c in &heat.cells {
        let band = band_word(c);
        if c.count > 0 {
            described.push(format!(
                "{} in likelihood {} by impact {} ({band}, score {})",
                plural(c.count, "risk", "risks"),
                c.likelihood,
                c.impact,
                c.score
            ));
        }
        cells.push(HeatCellShape {
            x: g.left + c.impact.saturating_sub(1) * g.cell,
            y: g.row_top(c.likelihood),
            size: g.cell,
            rating: rating_class(c.rating),
            band,
            count: if c.count > 0 {
                c.count.to_string()
            } else {
                String::new()
            },
        });
    }
    (cells, described)
}

/// The likelihood labels (rows) and the impact labels (columns).
fn heat_axes(matrix: &Matrix, g: Grid) -> (Vec<Label>, Vec<Label>) {
    let rows = matrix
        .likelihood
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let level = u32::try_from(k).unwrap_or(0) + 1;
            Label {
                x: g.left - 8,
                y: g.row_top(level) + g.cell / 2 + 5,
                text: format!("{level} {name}"),
            }
        })
        .collect();
    let columns = matrix
        .impact
        .iter()
        .enumerate()
        .map(|(k, name)| Label {
            x: g.left + u32::try_from(k).unwrap_or(0) * g.cell + g.cell / 2,
            y: g.bottom + 18,
            text: format!("{} {name}", k + 1),
        })
        .collect();
    (rows, columns)
}

/// The heat map's text alternative: each cell that holds a risk, and how many are not
/// yet scored.
fn heat_description(heat: &HeatMap, described: &[String], g: Grid) -> String {
    if described.is_empty() {
        return format!("No live risk has a score as of {}.", heat.as_of);
    }
    format!(
        "Live risks as of {} by likelihood (1 to {}) and impact (1 to {}): {}.{}",
        heat.as_of,
        g.levels_l,
        g.levels_i,
        described.join("; "),
        if heat.unscored.is_empty() {
            String::new()
        } else {
            format!(
                " {} not yet scored.",
                plural(heat.unscored.len(), "risk", "risks")
            )
        }
    )
}

/// One item of a bar chart: a label, a value for the length, its text, and whether it
/// is flagged (drawn hatched, and said in the text).
#[derive(Debug, Clone)]
pub struct BarItem {
    /// Label.
    pub label: String,
    /// Value for the bar's length (0 or more).
    pub value: f64,
    /// The value as printed.
    pub text: String,
    /// Flagged (below a threshold).
    pub flagged: bool,
}

/// A horizontal bar chart. `max` is the value of a full-length bar; `marker` a value
/// and its label to draw as a vertical line.
pub fn bars(
    id: &str,
    title: &str,
    intro: &str,
    items: &[BarItem],
    max: f64,
    marker: Option<(f64, String)>,
) -> Chart {
    let left = 260u32;
    let span = 300u32;
    let bar = 20u32;
    let step = 28u32;
    let top = 10u32;
    let scale = |v: f64| -> u32 {
        if max > 0.0 && v.is_finite() && v > 0.0 {
            // Bounded: the ratio is clamped to [0, 1] before the cast.
            ((v / max).min(1.0) * f64::from(span)).round() as u32
        } else {
            0
        }
    };
    let bars: Vec<Bar> = items
        .iter()
        .enumerate()
        .map(|(k, it)| Bar {
            label: shorten(&it.label, 40),
            value: if it.flagged {
                format!("{} (below)", it.text)
            } else {
                it.text.clone()
            },
            y: top + u32::try_from(k).unwrap_or(0) * step,
            w: scale(it.value).max(1),
            class: if it.flagged {
                "below".into()
            } else {
                "bar".into()
            },
        })
        .collect();
    let bottom = top + u32::try_from(items.len()).unwrap_or(0) * step;
    let described: Vec<String> = items
        .iter()
        .map(|it| {
            format!(
                "{} {}{}",
                it.label,
                it.text,
                if it.flagged { " (below)" } else { "" }
            )
        })
        .collect();
    Chart {
        template: "bars.svg".into(),
        kind: "bars".into(),
        id: id.to_string(),
        title: title.to_string(),
        description: format!("{intro}: {}.", described.join("; ")),
        width: left + span + 130,
        height: bottom + 30,
        body: ChartBody::Bars(BarsBody {
            bars,
            left,
            bar,
            marker: marker.map(|(v, text)| Label {
                x: left + scale(v),
                y: bottom + 22,
                text,
            }),
            bottom,
        }),
        svg: String::new(),
    }
}

/// The plot of a trend: its left, right, top and bottom edges.
const TREND_LEFT: u32 = 70;
const TREND_RIGHT: u32 = 560;
const TREND_TOP: u32 = 20;
const TREND_BOTTOM: u32 = 220;

/// The y axis of a trend: the values at its bottom and its top.
#[derive(Clone, Copy)]
struct Axis {
    lo: f64,
    hi: f64,
}

impl Axis {
    /// From zero (or the lowest value, when one is negative) to the highest value, the
    /// target included.
    fn of(points: &[(String, f64, String)], target: Option<f64>) -> Axis {
        let mut lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let mut hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
        if let Some(t) = target {
            lo = lo.min(t);
            hi = hi.max(t);
        }
        if !lo.is_finite() || !hi.is_finite() {
            lo = 0.0;
            hi = 1.0;
        }
        // Start the axis at zero for figures that are all positive, as annual reports do.
        if lo > 0.0 {
            lo = 0.0;
        }
        if hi <= lo {
            hi = lo + 1.0;
        }
        Axis { lo, hi }
    }

    /// Where a value is drawn.
    fn y(self, v: f64) -> u32 {
        let r = ((v - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0);
        TREND_BOTTOM - (r * f64::from(TREND_BOTTOM - TREND_TOP)).round() as u32
    }

    /// The labels at the bottom and the top of the axis.
    fn labels(self) -> Vec<Label> {
        let fmt = |v: f64| {
            if v.fract() == 0.0 {
                format!("{v:.0}")
            } else {
                format!("{v:.1}")
            }
        };
        vec![
            Label {
                x: TREND_LEFT - 8,
                y: TREND_BOTTOM + 4,
                text: fmt(self.lo),
            },
            Label {
                x: TREND_LEFT - 8,
                y: TREND_TOP + 4,
                text: fmt(self.hi),
            },
        ]
    }
}

/// A trend over periods: `points` are (period label, value, value text), oldest first.
pub fn trend(
    id: &str,
    title: &str,
    intro: &str,
    points: &[(String, f64, String)],
    target: Option<(f64, String)>,
) -> Chart {
    let (left, right, top, bottom) = (TREND_LEFT, TREND_RIGHT, TREND_TOP, TREND_BOTTOM);
    let axis = Axis::of(points, target.as_ref().map(|(t, _)| *t));
    let n = u32::try_from(points.len()).unwrap_or(1).max(1);
    let stepx = if n > 1 {
        (right - left - 40) / (n - 1)
    } else {
        0
    };
    let pts: Vec<Point> = points
        .iter()
        .enumerate()
        .map(|(k, (period, v, text))| Point {
            x: left + 20 + u32::try_from(k).unwrap_or(0) * stepx,
            y: axis.y(*v),
            value: text.clone(),
            period: period.clone(),
        })
        .collect();
    let line = pts
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ");
    let described: Vec<String> = points.iter().map(|(p, _, t)| format!("{p} {t}")).collect();
    Chart {
        template: "trend.svg".into(),
        kind: "trend".into(),
        id: id.to_string(),
        title: title.to_string(),
        description: format!(
            "{intro}: {}.{}",
            described.join("; "),
            target
                .as_ref()
                .map(|(_, t)| format!(" Target {t}."))
                .unwrap_or_default()
        ),
        width: right + 40,
        height: bottom + 50,
        body: ChartBody::Trend(TrendBody {
            points: pts,
            line,
            left,
            right,
            top,
            bottom,
            y_labels: axis.labels(),
            target: target.map(|(v, t)| Label {
                x: right,
                y: axis.y(v),
                text: format!("Target {t}"),
            }),
        }),
        svg: String::new(),
    }
}

/// At most `n` characters, with an ellipsis when cut (the full label is in the text
/// alternative and the table).
fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "1 risk", "3 risks".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}
