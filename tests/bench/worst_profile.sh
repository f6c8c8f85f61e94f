#!/usr/bin/env bash
# Where a worst shape's instructions go, at its small size and at ten times it: runs the
# worst bench's child under callgrind at both sizes and prints, per function (exclusive
# cost), the instructions at each size and the ratio, largest growth first. For finding
# what makes a case of `cargo bench -p boardkit --bench worst` grow faster than 10x.
#
#   tests/bench/worst_profile.sh SHAPE OP [K]    # e.g. reporting_chain validate
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SHAPE=$1 OP=$2 K=${3:-1}
EXE=$(cargo bench -p boardkit --bench worst --no-run --message-format=json 2>/dev/null \
    | grep -o '"executable":"[^"]*worst-[^"]*"' | head -1 | cut -d'"' -f4)
DIR=target/bench/profile; mkdir -p "$DIR"
for k in "$K" $((K * 10)); do
    "$EXE" --write-shape "$SHAPE" "$k" "$DIR/$SHAPE-$k.json"
    valgrind --tool=callgrind --callgrind-out-file="$DIR/$SHAPE-$OP-$k.out" --collect-atstart=no \
        --toggle-collect='*worst_measured_op*' "$EXE" --child-once "$SHAPE" "$OP" "$k" "$DIR/$SHAPE-$k.json" \
        >/dev/null 2>&1
    callgrind_annotate --threshold=100 "$DIR/$SHAPE-$OP-$k.out" >"$DIR/$SHAPE-$OP-$k.txt"
done
python3 - "$DIR/$SHAPE-$OP-$K.txt" "$DIR/$SHAPE-$OP-$((K * 10)).txt" <<'PY'
import re, sys
def load(p):
    out = {}
    for line in open(p):
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(\S.*)$", line)
        if m and "PROGRAM TOTALS" not in line:
            out[m.group(2)[:150]] = int(m.group(1).replace(",", ""))
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
rows = sorted(b, key=lambda f: b[f] - 10 * a.get(f, 0), reverse=True)[:25]
print(f"{'small':>14} {'10x':>14} {'ratio':>8}  function (exclusive)")
for f in rows:
    s = a.get(f, 0)
    print(f"{s:>14,} {b[f]:>14,} {(b[f] / s if s else float('inf')):>7.1f}x  {f}")
PY
