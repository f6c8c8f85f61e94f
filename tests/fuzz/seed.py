#!/usr/bin/env python3
"""Write the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Seeds are derived from the example document (examples/data) and the test fixtures
(tests/c/data, tests/node/fixtures): whole documents, each record by itself as a form
would send it, every date and money text they hold, the funding formulas and risk
matrices, and one request per C entry point. The corpora are not committed (they are
rebuilt on each run; a long campaign keeps its own, see README.md).

Usage: python3 tests/fuzz/seed.py [OUT_DIR]   (default tests/fuzz/corpus)
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")
AS_OF = "2017-02-09"


def load(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return json.load(f)


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


written = {}


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    written[target] = written.get(target, 0) + 1


example = load("examples/data/leicester-lscb.json")
c_board = load("tests/c/data/board.json")
node_board = load("tests/node/fixtures/board.json")
minimal = {"schema_version": 1}

# A smaller cut of the example (two meetings, a few actions and risks) keeps requests
# that embed a document small enough for many executions a second.
small = dict(example)
small["meetings"] = example["meetings"][1:3]
small["actions"] = example.get("actions", [])[:6]
reg = dict(example["risk_register"])
reg["risks"] = reg.get("risks", [])[:2]
small["risk_register"] = reg
documents = [example, small, c_board, node_board, minimal]

# ---- document: whole documents, and each part alone
for doc in documents:
    put("document", json.dumps(doc, ensure_ascii=False, indent=2))
    put("document", compact(doc))
for key in example:
    if key != "schema_version":
        put("document", compact({"schema_version": 1, key: example[key]}))

# ---- record: each record alone, with and without its context
KINDS = {
    "organisations": "organisation",
    "people": "person",
    "bodies": "body",
    "meetings": "meeting",
    "actions": "action",
    "budgets": "budget",
    "scorecards": "scorecard",
}
context = {k: example[k] for k in ("schema_version", "organisations", "people", "bodies")}
context["risk_register"] = dict(example["risk_register"], risks=[])
for key, kind in KINDS.items():
    for rec in example.get(key, [])[:4]:
        put("record", compact({"kind": kind, "record": rec}))
        put("record", compact({"kind": kind, "record": rec, "context": context, "as_of": AS_OF}))
for rec in example["risk_register"].get("risks", []):
    put("record", compact({"kind": "risk", "record": rec}))
    put("record", compact({"kind": "risk", "record": rec, "context": context, "as_of": AS_OF}))
put("record", compact({"kind": "risk", "record": {}}))

# ---- date and money: every such text in the documents, and the documented forms
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
dates, money = set(), set()


def walk(v):
    if isinstance(v, dict):
        for x in v.values():
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)
    elif isinstance(v, str):
        if DATE.match(v) or v == "next_meeting":
            dates.add(v)
        if "£" in v:
            money.update(re.findall(r"-?£[\d,]+(?:\.\d{1,2})?", v))
    elif isinstance(v, int) and not isinstance(v, bool):
        money.add(str(v))


for doc in documents:
    walk(doc)
for d in sorted(dates)[:60] + ["2017-01", "14:30", "09:15", "31/01/2017", "8/12/2016",
                               "January 2017", "Jan 2017", compact({"meeting": "m-2016-12-08"}),
                               compact({"as_of": AS_OF})]:
    put("date", d)
for m in sorted(money)[:60] + ["£298,700", "-£49,000", "£1,234.56", "298700", "£0.5",
                               compact({"pence": 123456}), compact({"pence": -4900000})]:
    put("money", m)

# ---- formula: the example's formulas and budgets, and one of each kind
formulas = [b["formula"] for b in example.get("budgets", []) if "formula" in b]
formulas += [
    {"kind": "equal", "partners": ["o-lcc", "o-police", "o-ccg"]},
    {"kind": "percentages", "shares": [{"organisation": "o-lcc", "basis_points": 5000},
                                       {"organisation": "o-police", "basis_points": 5000}]},
    {"kind": "weights", "weights": [{"organisation": "o-lcc", "weight": 3},
                                    {"organisation": "o-police", "weight": 1}]},
    {"kind": "fixed", "amounts": [{"organisation": "o-lcc", "amount": 100000}]},
]
for f in formulas:
    put("formula", compact({"formula": f, "total": 10000000}))
    put("formula", compact({"formula": f, "total": 29870000}))
for b in example.get("budgets", []):
    put("formula", compact({"budget": b}))

# ---- risk_matrix
matrix = example["risk_register"]["matrix"]
put("risk_matrix", compact({"matrix": matrix}))
put("risk_matrix", compact({"matrix": matrix, "likelihood": 3, "impact": 4}))
put("risk_matrix", compact({"matrix": matrix, "likelihood": 5, "impact": 5}))
put("risk_matrix", compact(matrix))

# ---- ffi: one request per C entry point; the first byte is its index in ENTRIES
# (fuzz_targets/ffi.rs), the validate entry point is the last index.
D, R = small, example["risk_register"]
B = example["budgets"][0]
S = example["scorecards"][0]
M1, M2 = "m-2016-12-08", "m-2017-02-09"
A = example["actions"][0]["id"]
requests = [
    ("document_normalise", D),
    ("document_public_version", D),
    ("meeting_quorum", {"document": D, "meeting": M1}),
    ("document_validate_record", {"kind": "action", "record": example["actions"][0],
                                  "context": context, "as_of": AS_OF}),
    ("action_log", {"document": D, "as_of": AS_OF}),
    ("action_open", {"document": D, "as_of": AS_OF}),
    ("action_overdue", {"document": D, "as_of": AS_OF}),
    ("action_undated", {"document": D, "as_of": AS_OF}),
    ("action_completed", {"document": D, "as_of": AS_OF}),
    ("action_rag", {"document": D, "as_of": AS_OF}),
    ("action_summary", {"document": D, "as_of": AS_OF}),
    ("action_due_within", {"document": D, "as_of": AS_OF, "days": 28}),
    ("action_carry_forward", {"document": D, "meeting": M1, "as_of": AS_OF}),
    ("action_history", {"document": D, "action": A}),
    ("action_flow_matters_arising", {"document": D}),
    ("budget_apportion", {"formula": formulas[0], "total": 29870000}),
    ("budget_statement", {"budget": B}),
    ("budget_year_statement", {"document": D, "body": "b-lscb", "year": "2016/17"}),
    ("budget_parse_money", {"text": "-£49,000"}),
    ("budget_format_money", {"pence": 123456}),
    ("risk_rate", {"matrix": matrix, "likelihood": 5, "impact": 5}),
    ("risk_grid", {"matrix": matrix}),
    ("risk_ratings", {"register": R, "as_of": AS_OF}),
    ("risk_heat_map", {"register": R, "as_of": AS_OF}),
    ("risk_reviews", {"register": R, "as_of": AS_OF, "within_days": 60}),
    ("risk_escalations", {"register": R, "as_of": AS_OF, "threshold": 10}),
    ("risk_summary", {"register": R, "as_of": AS_OF, "review_within_days": 60}),
    ("scorecard_validate", {"scorecard": S}),
    ("scorecard_summarise", {"scorecard": S, "period": "2016-04"}),
    ("scorecard_rate_per_10000", {"count": 408, "population": 81750, "places": 1}),
    ("scorecard_share_of_total", {"part": 1, "total": 3, "places": 1}),
    ("scorecard_change", {"previous": 518, "current": 408}),
    ("scorecard_infer_population", {"count": 2240, "rate": 274}),
    ("scorecard_direction_of_travel", {"previous": 518, "current": 408,
                                       "polarity": "lower_is_better",
                                       "threshold": {"relative_percent": 5}}),
    ("scorecard_rag_rating", {"value": 78, "target": {"value": 80, "tolerance": 5},
                              "polarity": "higher_is_better"}),
    ("report_attendance", {"document": D, "body": "b-lscb", "from": "2016-04-01",
                           "to": "2017-03-31"}),
    ("clock_add_working_days", {"nation": "england-and-wales", "from": "2022-09-16",
                                "working_days": 5}),
    ("clock_clear_days", {"nation": "scotland", "from": "2016-12-05", "to": "2016-12-12"}),
    ("clock_due_by", {"nation": "england-and-wales", "event": "2017-01-03", "clear_days": 5,
                      "count": "working_days"}),
    ("clock_overdue", {"nation": "england-and-wales", "from": "2022-09-16", "working_days": 5,
                       "as_of": "2022-09-28"}),
    ("clock_bank_holidays", {"nation": "northern-ireland", "year": 2020}),
    ("document_redaction_ledger", D),
    ("action_slipped", {"document": D, "as_of": AS_OF}),
    ("action_late_completions", {"document": D, "as_of": AS_OF}),
    ("action_open_by_owner", {"document": D, "as_of": AS_OF}),
    ("action_open_by_agency", {"document": D, "as_of": AS_OF}),
    ("budget_allocate_decision", {"decision": {
        "id": "d1", "funder": "o-pcc", "allocation": {"kind": "per_area", "amount": 2750000},
        "recipients": [{"body": "b-1"}, {"body": "b-2", "areas": 2}],
        "central": [{"amount": 2000000}]}}),
]
for i, (_, req) in enumerate(requests):
    put("ffi", bytes([i]) + compact(req).encode("utf-8"))
put("ffi", bytes([len(requests)]) + compact(D).encode("utf-8") + b"\0" +
    compact({"as_of": AS_OF}).encode("utf-8"))
put("ffi", bytes([len(requests)]) + compact(c_board).encode("utf-8"))

# ---- import: the minutes samples of the import tests as text (with and without the board
# as context), and each action of the example as a CSV action log; the first byte picks
# kind and format as FORMS in fuzz_targets/import.rs does (0 minutes/text, 2 actions/csv,
# 5 risks/csv, 8 attendance/csv; +128 with context)
samples = os.path.join(ROOT, "core", "import", "tests", "data")
if os.path.isdir(samples):
    for name in sorted(os.listdir(samples))[:12]:
        with open(os.path.join(samples, name), "rb") as f:
            text = f.read()[:8192]
        put("import", bytes([0]) + text)
        put("import", bytes([128]) + text)
rows = ["Ref,Action,Responsible,Timescale,Status"]
for a in example.get("actions", [])[:8]:
    due = a.get("due") if isinstance(a.get("due"), str) else ""
    rows.append(",".join([str(a.get("ref", "")), '"%s"' % a.get("description", "").replace('"', "'"),
                          "VP", due, a.get("status", "")]))
put("import", bytes([2]) + "\n".join(rows).encode("utf-8"))
put("import", bytes([130]) + "\n".join(rows).encode("utf-8"))
put("import", bytes([5]) + b"Risk,Likelihood,Impact,Owner,Controls\nCapacity of partners,3,4,VP,Monthly report\n")
put("import", bytes([8]) + b"Name,Agency,2016-10-20,2016-12-08\nVP,LCC,Y,A\nCT,Police,Y,Y\n")

# ---- a libFuzzer dictionary: every key and short string value of the documents, and
# JSON tokens and edge values (passed to every target with -dict)
tokens = {'{', '}', '[', ']', ',', ':', '""', 'null', 'true', 'false', '0', '-1', '1.5',
          '1e400', '-0', '9223372036854775807', '-9223372036854775808', '18446744073709551616',
          '4294967296', '"\\u0000"', '"\\ud800"', '"£"', '"-£"', '"2017-02-31"', '"2016-02-29"',
          '"next_meeting"', '{"meeting":""}', '"9999-12-31"', '"0000-01-01"', '"24:00"'}


def words(v):
    if isinstance(v, dict):
        for k, x in v.items():
            tokens.add(json.dumps(k, ensure_ascii=False))
            words(x)
    elif isinstance(v, list):
        for x in v:
            words(x)
    elif isinstance(v, str) and len(v) <= 24:
        tokens.add(json.dumps(v, ensure_ascii=False))


for doc in documents:
    words(doc)
for _, req in requests:
    words(req)


def dict_line(t):
    out = []
    for byte in t.encode("utf-8"):
        c = chr(byte)
        if c in '\\"':
            out.append("\\" + c)
        elif 32 <= byte < 127:
            out.append(c)
        else:
            out.append("\\x%02X" % byte)
    return '"' + "".join(out) + '"'


with open(os.path.join(OUT, "boardkit.dict"), "w", encoding="ascii") as f:
    for t in sorted(tokens):
        f.write(dict_line(t) + "\n")

for t in sorted(written):
    print(f"seed: {t}: {written[t]} inputs")
print(f"seed: dictionary: {len(tokens)} tokens")
