//! The conformance fixtures of the statutory rules (tests/conformance/rules/<area>/, the
//! area the first part of the code: `meeting`, and `board` for a partnership's duties):
//! one file per rule, breaking fixture first, then the silent one, each giving exactly
//! the findings it expects of the rules it names.
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::Value;

fn findings(fixture: &Value) -> Vec<(String, String, String)> {
    let doc = BoardDocument::from_json(&fixture["document"].to_string()).unwrap();
    let as_of = fixture["as_of"].as_str().map(|d| d.parse().unwrap());
    let only: Vec<&str> = fixture["only"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let report = doc.validate(&ValidateOptions {
        as_of,
        ..Default::default()
    });
    let mut got: Vec<_> = report
        .findings
        .iter()
        .filter(|f| only.contains(&f.code.as_str()))
        .map(|f| {
            (
                f.code.clone(),
                f.path.clone(),
                f.severity.as_str().to_string(),
            )
        })
        .collect();
    got.sort();
    got
}

#[test]
fn each_statutory_rule_has_a_fixture_that_breaks_it_and_one_that_holds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/conformance/rules");
    for rule in boardkit::statutory::RULES {
        let area = rule.code.split('.').next().unwrap_or("");
        let path = format!("{dir}/{area}/{}.json", rule.code);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("no {path}"));
        let list: Vec<Value> = serde_json::from_str(&text).unwrap();
        assert!(list.len() >= 2, "{path}");
        assert_eq!(list[0]["name"], format!("{} breaks", rule.code));
        assert_eq!(list[list.len() - 1]["name"], format!("{} holds", rule.code));
        for f in &list {
            let mut want: Vec<(String, String, String)> = f["expect"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let s = |k: &str| e[k].as_str().unwrap().to_string();
                    (s("code"), s("path"), s("severity"))
                })
                .collect();
            want.sort();
            assert_eq!(findings(f), want, "{}", f["name"]);
        }
        assert!(!list[0]["expect"].as_array().unwrap().is_empty());
        assert!(list[list.len() - 1]["expect"]
            .as_array()
            .unwrap()
            .is_empty());
    }
}
