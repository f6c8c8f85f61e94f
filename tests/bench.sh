#!/usr/bin/env bash
# Run every benchmark with one command and print the ratio table
# (see BENCHMARKS.md). Never part of the test commands.
#
#   tests/bench.sh                 # criterion benches, peak memory, worst shapes, wasm build, Node bench
#   BENCH_SKIP_WASM_BUILD=1 tests/bench.sh   # reuse an existing wasm/pkg
#
# Takes a few minutes: criterion runs with 1 s warm-up and 3 s measurement per benchmark
# (10 samples for the 100x board), configured in core/benches/board.rs.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
mkdir -p target/bench

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
free -h | head -2
rustc --version; node --version

echo "== Rust: criterion (whole board, overdue, attendance, apportion)"
cargo bench -p boardkit --bench board 2>&1 | tee target/bench/criterion.log | grep -E "^[a-z_]+/|time:"

echo "== Rust: peak memory of the 100x board"
cargo bench -q -p boardkit --bench memory

echo "== Rust: worst shapes at 1x and 10x (also target/bench/worst.md)"
# Instruction counts under callgrind when valgrind is installed (load-independent ratios,
# about 30 minutes on this machine); WORST_METHOD=time for wall-clock times instead.
cargo bench -q -p boardkit --bench worst

echo "== wasm package"
if [ "${BENCH_SKIP_WASM_BUILD:-}" = 1 ] && [ -f wasm/pkg/boardkit_wasm_bg.wasm ]; then
    echo "reusing wasm/pkg"
else
    wasm/build.sh
fi

echo "== Node: wasm form validation against JSON.parse + ajv"
if [ ! -d tests/bench/node_modules/ajv ]; then
    (cd tests/bench && npm install --no-audit --no-fund --loglevel=error)
fi
# The JSON Schema ajv validates against: the package's, unless the committed generated
# schemas are stale (then a current one is generated into target/bench/schemas and
# wasm/types is put back as it was).
SCHEMA=wasm/pkg/schemas/BoardDocument.json
if ! cargo test -q -p boardkit-wasm --test types >/dev/null 2>&1; then
    echo "wasm/types is stale: generating the current schema into target/bench/schemas"
    TMP=$(mktemp -d)
    cp -a wasm/types/. "$TMP"/
    BOARDKIT_BLESS=1 cargo test -q -p boardkit-wasm --test types >/dev/null
    mkdir -p target/bench/schemas
    cp wasm/types/schemas/*.json target/bench/schemas/
    rm -rf wasm/types && mkdir wasm/types && cp -a "$TMP"/. wasm/types/ && rm -rf "$TMP"
    SCHEMA=target/bench/schemas/BoardDocument.json
fi
BENCH_SCHEMA=$SCHEMA node tests/bench/form.mjs

echo "== ratios (also in target/bench/table.md)"
node tests/bench/report.mjs

# ---- keystroke cost against a loaded board, wasm/native, module size ----------
keystroke() {
    echo "== keystroke cost (native), also target/bench/keystroke-native.json"
    cargo bench -q -p boardkit --bench keystroke
    echo "== keystroke cost (wasm in Node) against JSON.parse + ajv; module size"
    BENCH_SCHEMA=$SCHEMA node tests/bench/keystroke.mjs
}
keystroke
