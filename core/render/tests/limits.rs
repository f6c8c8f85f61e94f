//! Host templates run with limits: steps in proportion to the pack they draw, and a
//! nesting depth that fits a 64 KiB thread. A template past either is stopped with a
//! coded error that never names the host's template. The default templates use a small
//! part of the budget.

use crate::common;
use crate::synth;

use boardkit::BoardDocument;
use boardkit_render::templates::{fuel_for, markdown_escape, TemplateLimit, DEFAULTS};
use boardkit_render::{Error, Options, Pack, SectionKind, Templates};
use common::{date, leicester_open};

const SENTINEL: &str = "ZedSentinelTemplate";

fn pack() -> Pack {
    Pack::build(
        &leicester_open(),
        &Options::as_of(date("2017-02-01")),
        &SectionKind::ALL,
    )
    .unwrap()
}

/// Steps the default `name` template takes to draw `pack`, counted by the engine.
fn steps(pack: &Pack, name: &str) -> u64 {
    let mut env = minijinja::Environment::new();
    env.set_fuel(Some(u64::MAX / 2));
    env.add_filter("md", |s: String| markdown_escape(&s));
    for (n, s) in DEFAULTS {
        env.add_template(n, s).unwrap();
    }
    env.add_function("steps_so_far", |state: &minijinja::State| {
        state.fuel_levels().map_or(0, |(used, _)| used)
    });
    let probe = format!("{{% include \"{name}\" %}}\n{{{{ steps_so_far() }}}}");
    env.add_template_owned("probe", probe).unwrap();
    let out = env
        .get_template("probe")
        .unwrap()
        .render(minijinja::context! { pack => minijinja::Value::from_serialize(pack) })
        .unwrap();
    out.rsplit('\n').next().unwrap().trim().parse().unwrap()
}

#[test]
fn the_default_templates_use_under_a_quarter_of_their_budget() {
    let big = BoardDocument::from_json(&synth::board_json(1)).unwrap();
    let as_of = synth::as_of_str(1).parse().unwrap();
    let big = Pack::build(&big, &Options::as_of(as_of), &SectionKind::ALL).unwrap();
    for p in [pack(), big] {
        for name in ["pack.html", "pack.md"] {
            let used = steps(&p, name);
            let budget = fuel_for(&p);
            eprintln!("{name}: {used} steps of {budget}");
            assert!(used > 0 && used < budget / 4, "{name}: {used} of {budget}");
        }
    }
}

fn refused(t: Templates) -> Error {
    let e = t.html(&pack()).unwrap_err();
    let m = e.to_string();
    assert!(!m.contains(SENTINEL), "{m}");
    assert!(m.starts_with(char::is_uppercase) && m.ends_with('.'), "{m}");
    assert_eq!(e.path(), "/templates");
    e
}

#[test]
fn a_loop_without_end_is_stopped_by_the_step_budget() {
    let host = format!("{SENTINEL}.html");
    let t = Templates::default()
        .with("pack.html", &format!("{{% include \"{host}\" %}}"))
        .with(
            &host,
            "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}",
        );
    let e = refused(t);
    assert!(
        matches!(e, Error::TemplateLimit(TemplateLimit::Steps)),
        "{e:?}"
    );
    assert_eq!(e.code(), "render.template_too_long");
}

/// A macro calling itself without end is stopped before it overflows a small thread:
/// 64 KiB in an optimised build, 256 KiB in a debug build (whose frames are several
/// times larger; with minijinja's own limit of 500 it overflows 256 KiB there).
#[test]
fn a_macro_calling_itself_is_stopped_within_a_small_thread() {
    let stack = if cfg!(debug_assertions) { 256 } else { 64 } * 1024;
    let p = pack();
    let t = Templates::default().with(
        "pack.html",
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    );
    let e = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || t.html(&p).unwrap_err())
        .unwrap()
        .join()
        .unwrap();
    assert!(
        matches!(e, Error::TemplateLimit(TemplateLimit::Depth)),
        "{e:?}"
    );
    assert_eq!(e.code(), "render.template_too_deep");
}

#[test]
fn a_broken_host_template_is_not_named() {
    let host = format!("{SENTINEL}.html");
    let t = Templates::default()
        .with("pack.html", &format!("{{% include \"{host}\" %}}"))
        .with(&host, "{% for %}");
    let e = refused(t);
    assert_eq!(e.code(), "render.template");
    // A default template is named by what it draws.
    let e = Templates::default()
        .with("pack.html", "{% for %}")
        .html(&pack())
        .unwrap_err();
    assert!(
        e.to_string().starts_with("The HTML board pack template"),
        "{e}"
    );
}

#[test]
fn a_request_with_a_template_of_an_unknown_name_is_refused_by_position() {
    use boardkit_render::request::{render, RenderRequest};
    let mut templates = std::collections::BTreeMap::new();
    templates.insert(
        "pack.html".to_string(),
        "<p>{{ pack.body }}</p>".to_string(),
    );
    templates.insert(format!("{SENTINEL}.html"), "x".to_string());
    let mut r = RenderRequest {
        document: leicester_open(),
        what: "pack".into(),
        format: "html".into(),
        as_of: date("2017-02-01"),
        from: None,
        to: None,
        body: None,
        meeting: None,
        templates,
    };
    let e = render(&r).unwrap_err();
    assert_eq!(
        (e.code(), e.path().as_str()),
        ("render.option", "/templates")
    );
    let m = e.to_string();
    assert!(
        m.contains("Template 1 of 2") && !m.contains(SENTINEL),
        "{m}"
    );
    r.templates.retain(|n, _| n == "pack.html");
    assert!(render(&r).is_ok());
}
