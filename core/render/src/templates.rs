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
use minijinja::{AutoEscape, Environment, Value};
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

    fn env(&self) -> Result<Environment<'_>, Error> {
        let mut env = Environment::new();
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
        let env = self.env()?;
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
        let env = self.env()?;
        let pack = self.with_svgs(&env, pack)?;
        self.render(
            &env,
            "pack.html",
            minijinja::context! { pack => Value::from_serialize(&pack) },
        )
    }

    /// The pack as Markdown (charts as their text alternatives).
    pub fn markdown(&self, pack: &Pack) -> Result<String, Error> {
        let env = self.env()?;
        self.render(
            &env,
            "pack.md",
            minijinja::context! { pack => Value::from_serialize(pack) },
        )
    }
}

fn template_error(name: &str, e: &minijinja::Error) -> Error {
    Error::Template {
        name: name.to_string(),
        detail: match e.line() {
            Some(l) => format!("line {l}: {}", e.kind()),
            None => e.kind().to_string(),
        },
    }
}
