//! The template set: minijinja templates for the HTML page, the Markdown pack and the
//! SVG charts. The default set lives in `templates/` and is compiled into the crate; a
//! host can replace any template by name (its own house style, its own logo) with
//! [`Templates::with`].
//!
//! Names: `pack.html`, `pack.md`, `heatmap.svg`, `bars.svg`, `trend.svg`. HTML and SVG
//! templates escape every value; the Markdown template escapes through the `md` filter.

use crate::charts::Chart;
use crate::view::Pack;
use crate::Error;
use minijinja::{AutoEscape, Environment, ErrorKind, Value};
use std::collections::BTreeMap;

/// The default templates, by name.
pub const DEFAULTS: [(&str, &str); 5] = [
    ("pack.html", include_str!("../templates/pack.html")),
    ("pack.md", include_str!("../templates/pack.md")),
    ("heatmap.svg", include_str!("../templates/heatmap.svg")),
    ("bars.svg", include_str!("../templates/bars.svg")),
    ("trend.svg", include_str!("../templates/trend.svg")),
];

/// A set of templates.
#[derive(Debug, Clone)]
pub struct Templates {
    sources: BTreeMap<String, String>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates {
            sources: DEFAULTS
                .iter()
                .map(|(n, s)| (n.to_string(), s.to_string()))
                .collect(),
        }
    }
}

/// Escape text for Markdown: characters that would start emphasis, code, links, HTML
/// or break a table cell are backslash-escaped; line breaks become spaces.
pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '{' | '}' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

impl Templates {
    /// Replace (or add) a template by name.
    pub fn with(mut self, name: &str, source: &str) -> Templates {
        self.sources.insert(name.to_string(), source.to_string());
        self
    }

    fn env(&self, fuel: u64) -> Result<Environment<'_>, Error> {
        let mut env = Environment::new();
        env.set_fuel(Some(fuel));
        env.set_recursion_limit(RECURSION_LIMIT);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".svg") || name.ends_with(".xml") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::SemiStrict);
        env.add_filter("md", |s: String| markdown_escape(&s));
        for (name, source) in &self.sources {
            env.add_template(name, source)
                .map_err(|e| template_error(name, &e))?;
        }
        Ok(env)
    }

    fn render(&self, env: &Environment<'_>, name: &str, ctx: Value) -> Result<String, Error> {
        env.get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| template_error(name, &e))
    }

    /// Draw one chart as an SVG document.
    pub fn chart_svg(&self, chart: &Chart) -> Result<String, Error> {
        let env = self.env(fuel_for(chart))?;
        self.render(
            &env,
            &chart.template,
            minijinja::context! { chart => Value::from_serialize(chart) },
        )
    }

    fn with_svgs(&self, env: &Environment<'_>, pack: &Pack) -> Result<Pack, Error> {
        let mut pack = pack.clone();
        for s in &mut pack.sections {
            for c in &mut s.charts {
                c.svg = self.render(
                    env,
                    &c.template,
                    minijinja::context! { chart => Value::from_serialize(&*c) },
                )?;
            }
        }
        Ok(pack)
    }

    /// The pack as one self-contained HTML page (charts inline as SVG, styles inline).
    pub fn html(&self, pack: &Pack) -> Result<String, Error> {
        let env = self.env(fuel_for(pack))?;
        let pack = self.with_svgs(&env, pack)?;
        self.render(
            &env,
            "pack.html",
            minijinja::context! { pack => Value::from_serialize(&pack) },
        )
    }

    /// The pack as Markdown (charts as their text alternatives).
    pub fn markdown(&self, pack: &Pack) -> Result<String, Error> {
        let env = self.env(fuel_for(pack))?;
        self.render(
            &env,
            "pack.md",
            minijinja::context! { pack => Value::from_serialize(pack) },
        )
    }
}

/// The limit behind an engine error, looking through the includes and macros that
/// wrap it.
fn limit_of(e: &minijinja::Error) -> Option<TemplateLimit> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if let Some(m) = c.downcast_ref::<minijinja::Error>() {
            match m.kind() {
                ErrorKind::OutOfFuel => return Some(TemplateLimit::Steps),
                ErrorKind::InvalidOperation
                    if m.detail().is_some_and(|d| d.contains("recursion limit")) =>
                {
                    return Some(TemplateLimit::Depth)
                }
                _ => {}
            }
        }
        cause = c.source();
    }
    None
}

fn template_error(name: &str, e: &minijinja::Error) -> Error {
    if let Some(limit) = limit_of(e) {
        return Error::TemplateLimit(limit);
    }
    Error::Template {
        name: name.to_string(),
        detail: match e.line() {
            Some(l) => format!("line {l}: {}", e.kind()),
            None => e.kind().to_string(),
        },
    }
}

/// Most nested calls, loops and includes a template may open (minijinja counts a macro
/// call or an include as several): 100, far past what the default set uses and within
/// a 64 KiB thread stack.
pub const RECURSION_LIMIT: usize = 100;

/// Steps (template instructions) every render may take whatever the pack: 1,000,000.
pub const FUEL_BASE: u64 = 1_000_000;

/// Further steps a render may take for each byte of the pack it draws (as JSON): 16.
/// The default templates take under one step a byte; a host template that loops over
/// the pack a few times fits, one that loops without end stops.
pub const FUEL_PER_BYTE: u64 = 16;

/// The steps a render of `value` may take: [`FUEL_BASE`] and [`FUEL_PER_BYTE`] for
/// each byte of it as JSON, so a template's work is bounded linearly in its data.
pub fn fuel_for<T: serde::Serialize>(value: &T) -> u64 {
    #[derive(Default)]
    struct Count(u64);
    impl std::io::Write for Count {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0 = self.0.saturating_add(b.len() as u64);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut c = Count::default();
    // A pack always serialises; a failure only makes the budget the base.
    let _ = serde_json::to_writer(&mut c, value);
    FUEL_BASE.saturating_add(c.0.saturating_mul(FUEL_PER_BYTE))
}

/// A limit a template ran past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateLimit {
    /// More steps than [`fuel_for`] the pack allows (a loop without end, or loops
    /// nested over the whole pack).
    Steps,
    /// Calls, loops or includes nested past [`RECURSION_LIMIT`] (a macro that calls
    /// itself without end).
    Depth,
}

impl TemplateLimit {
    /// The stable code: `render.template_too_long` or `render.template_too_deep`.
    pub fn code(self) -> &'static str {
        match self {
            TemplateLimit::Steps => "render.template_too_long",
            TemplateLimit::Depth => "render.template_too_deep",
        }
    }

    /// The plain message: which limit, and what to do.
    pub fn message(self) -> &'static str {
        match self {
            TemplateLimit::Steps => "A host template took more steps than the render allows for the size of the board pack, so it was stopped. Check its loops, for example a loop over range(100000) inside a loop over the actions.",
            TemplateLimit::Depth => "A host template nested its macros, loops or includes more than 100 deep, so it was stopped. Check for a macro that calls itself without end, for example a macro that calls itself on every item.",
        }
    }
}

/// What a template draws, for a message: a default template by what it is; any other
/// name a host gave is never repeated.
pub fn describe(name: &str) -> &'static str {
    match name {
        "pack.html" => "The HTML board pack template (pack.html)",
        "pack.md" => "The Markdown board pack template (pack.md)",
        "heatmap.svg" => "The risk heat map template (heatmap.svg)",
        "bars.svg" => "The bar chart template (bars.svg)",
        "trend.svg" => "The trend chart template (trend.svg)",
        _ => "A host template",
    }
}
