#!/usr/bin/env bash
# Build the board-papers wasm package (boardkit-wasm-render) into wasm/render/pkg/ for Node
# (CommonJS, --target nodejs) and wasm/render/pkg-web/ for browsers (ES module), and the
# npm package `boardkit-papers` into wasm/render/pkg-npm/.
#
#   wasm/render/build.sh
#
# Compiler, bind step and wasm-opt: wasm/toolchain.sh (shared with wasm/build.sh and
# wasm/import/build.sh). Prints the sizes.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SAY=wasm/render/build
# shellcheck source=../toolchain.sh
. "$ROOT/wasm/toolchain.sh"
LIB=boardkit_wasm_render

# One target folder with wasm/import: std and the shared crates are compiled once.
wasm_compile boardkit-wasm-render "$LIB" debian-wasm-packages
wasm_bindgen_ensure
for t in nodejs web; do
    OUT="$ROOT/wasm/render/pkg$([ "$t" = web ] && echo -web || true)"
    rm -rf "$OUT" && mkdir -p "$OUT"
    "$WASM_BINDGEN" --target "$t" --out-dir "$OUT" --out-name "$LIB" "$RAW_WASM"
    wasm_opt "$OUT/${LIB}_bg.wasm" -Oz
done
# The npm package boardkit-papers (objects in and out; `npm pack` in pkg-npm): wasm/js/package.sh.
# shellcheck source=../js/package.sh
. "$ROOT/wasm/js/package.sh"
npm_package boardkit-papers "$LIB" "$ROOT/wasm/render/pkg-web" "$ROOT/wasm/render/js" "$ROOT/wasm/render/pkg-npm"
W="$ROOT/wasm/render/pkg/${LIB}_bg.wasm"
echo "boardkit-wasm-render: ${LIB}_bg.wasm $(wc -c <"$W" | tr -d ' ') bytes raw, $(gzip -9 -c "$W" | wc -c | tr -d ' ') bytes gzipped"
