#!/usr/bin/env bash
# The importer on the development corpus of real board papers (how much of each paper the importer reads right).
#
#   bash tests/bench/corpus.sh [CORPUS_DIR]     # default: ../shared/corpus beside the checkout
#
# Runs the corpus scorer (it builds the release CLI), prints its per-kind table and
# closing line ("corpus: N facts, E exact (P%), W wrong silently"), then checks over
# every text paper that nothing was dropped silently: each non-blank line of the input
# is either found in the draft (its words somewhere in the draft's text) or has an
# uncertainty at that line. Headings that become structure rather than text (an
# attendance heading such as "Apologies for absence", a table's column labels) and the
# "pdf icon PDF 93 KB" tail of an item title are not looked for: this is a text-level
# check. Then the same per line from the draft's own `provenance`: each non-blank line
# (markup tags alone are blank) is in the provenance list or at an uncertainty. Last, the
# time per paper: the whole release CLI process (start-up included), minimum of 5 runs,
# median and largest over the text papers. Exits non-zero when a line is neither.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-${BOARDKIT_CORPUS:-$here/../shared/corpus}}"
out="${TMPDIR:-/tmp}/boardkit-corpus-bench"
if [ ! -f "$corpus/score.py" ]; then
  echo "No corpus scorer found; give the corpus folder as the first argument." >&2
  exit 2
fi
python3 "$corpus/score.py" --checkout "$here" --build --out "$out" > "$out.log" 2>&1 || {
  tail -20 "$out.log" >&2
  exit 1
}
sed -n '/^## By kind/,/\*\*all\*\*/p' "$out.log"
grep '^corpus:' "$out.log"
python3 - "$corpus" "$out" <<'PY'
import json, re, sys, unicodedata
from pathlib import Path
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
runs = json.loads((corpus / "runs.json").read_text())["runs"]

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

HEADINGS = {"present", "attended", "attendees", "apologies", "apologies for absence",
            "in attendance", "also in attendance", "also present", "board support",
            "members", "member", "initial", "role", "name", "minutes"}

def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)

lines_total = lost = 0
for r in runs:
    if r["kind"] != "minutes" or not r["input"].endswith(".txt"):
        continue
    draft_path = out / "drafts" / f"{r['id']}.json"
    if not draft_path.exists():
        continue
    draft = json.loads(draft_path.read_text())
    flat = " " + norm(" ".join(strings(draft.get("document", {})))) + " "
    flagged = {u.get("at", {}).get("line") for u in draft.get("uncertainties", [])}
    for i, line in enumerate((corpus / r["input"]).read_text(encoding="utf-8").split("\n"), 1):
        words = norm(re.sub(r"\s*pdf icon PDF \d+ [KM]B\s*$", "", line)).split()
        if not words:
            continue
        lines_total += 1
        if " ".join(words) in HEADINGS:
            continue
        # Every run of four words (or the whole line when shorter) must be in the draft.
        chunks = [words[k:k + 4] for k in range(0, len(words), 4)]
        kept = all(" " + " ".join(c) + " " in flat for c in chunks)
        if not kept and i not in flagged:
            lost += 1
            print(f"not accounted for: {r['id']} line {i}")
print(f"lines: {lines_total} non-blank lines of text papers, {lost} neither in the draft nor flagged")

# Per-line provenance: every line with words is in `provenance` or at an uncertainty.
unaccounted = total = 0
for r in runs:
    if r["kind"] != "minutes" or not r["input"].endswith(".txt"):
        continue
    draft_path = out / "drafts" / f"{r['id']}.json"
    if not draft_path.exists():
        continue
    draft = json.loads(draft_path.read_text())
    seen = {p.get("at", {}).get("line") for p in draft.get("provenance", [])}
    seen |= {u.get("at", {}).get("line") for u in draft.get("uncertainties", [])}
    for i, line in enumerate((corpus / r["input"]).read_text(encoding="utf-8").split("\n"), 1):
        if not re.search(r"[A-Za-z0-9]", re.sub(r"<[A-Za-z/][^>]*>", " ", line)):
            continue
        total += 1
        if i not in seen:
            unaccounted += 1
            print(f"no provenance: {r['id']} line {i}")
print(f"provenance: {total} non-blank lines of text papers, {unaccounted} neither in provenance nor at an uncertainty")
sys.exit(1 if lost or unaccounted else 0)
PY
python3 - "$corpus" "$here/target/release/boardkit" <<'PY'
import json, statistics, subprocess, sys, time
from pathlib import Path
corpus, cli = Path(sys.argv[1]), sys.argv[2]
runs = json.loads((corpus / "runs.json").read_text())["runs"]
times = []
for r in runs:
    if r["kind"] != "minutes" or not r["input"].endswith(".txt"):
        continue
    best = None
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([cli, "import", "minutes", str(corpus / r["input"])],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        d = time.perf_counter() - t
        best = d if best is None else min(best, d)
    times.append(best * 1000)
print(f"time per paper: median {statistics.median(times):.1f} ms, largest {max(times):.1f} ms over {len(times)} text papers (whole CLI process, minimum of 5 runs)")
PY
