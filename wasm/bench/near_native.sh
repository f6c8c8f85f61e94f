#!/usr/bin/env bash
# Native and wasm side by side in one run (figures in BENCHMARKS.md,
# "Near native"): wall-clock medians of both, then callgrind instruction counts of the
# native reader against a serde_json::Value parse at 1x and 10x.
#
#   bash wasm/bench/near_native.sh [path/to/pkg]    # default wasm/pkg (wasm/build.sh first)
#   NEAR_NATIVE_NO_CALLGRIND=1 bash wasm/bench/near_native.sh
#   NEAR_NATIVE_CALLGRIND_ONLY="BIN..." bash wasm/bench/near_native.sh
#       # only the instruction counts, of each given near_native bench binary in turn
#       # (a copy kept from before a change against the current one: counts do not
#       # depend on the load, so one run compares them)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
PKG=${1:-$ROOT/wasm/pkg}
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  load: $(cut -d' ' -f1-3 /proc/loadavg)  commit: $(git rev-parse --short HEAD)"

counts() { # BIN: the callgrind table of one bench binary
    echo "instructions of $1"
    echo "| scale | operation | instructions | over the Value parse |"
    echo "|---|---|---:|---:|"
    local scale op out n base
    for scale in 1 10; do
        base=""
        for op in value read read_validate open; do
            out=$(mktemp)
            valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='*near_native*measured*' \
                "$1" one "$op" "$scale" >/dev/null 2>&1 || true
            n=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
            rm -f "$out"
            [ -z "$base" ] && base=$n
            echo "| ${scale}x | $op | $n | $(awk -v a="$n" -v b="$base" 'BEGIN{printf "%.2fx", a/b}') |"
        done
    done
}

if [ -n "${NEAR_NATIVE_CALLGRIND_ONLY:-}" ]; then
    for bin in $NEAR_NATIVE_CALLGRIND_ONLY; do counts "$bin"; done
    exit 0
fi
cargo bench -q -p boardkit-wasm --bench near_native
node wasm/bench/near_native.mjs "$PKG"
[ -n "${NEAR_NATIVE_NO_CALLGRIND:-}" ] && exit 0
command -v valgrind >/dev/null || { echo "no valgrind: instruction counts skipped"; exit 0; }
BIN=$(cargo bench -q -p boardkit-wasm --bench near_native --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*near_native[^"]*\)".*/\1/p' | tail -1)
counts "$BIN"
