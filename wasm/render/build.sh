#!/usr/bin/env bash
# Build the board-papers wasm package (boardkit-wasm-render) into wasm/render/pkg/ for Node
# (CommonJS, --target nodejs) and wasm/render/pkg-web/ for browsers (ES module), and the
# npm package `boardkit-papers` into wasm/render/pkg-npm/.
#
#   wasm/render/build.sh
#
# Compiler, bind step and wasm-opt: wasm/toolchain.sh (shared with wasm/build.sh and
# wasm/import/build.sh). Prints the sizes. The module is compiled together with the import
# module (one cargo invocation, one std build); the bind step and wasm-opt are skipped when
# the packages were already made from this module (tests/papers_web.sh asks again).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SAY=wasm/render/build
# shellcheck source=../toolchain.sh
. "$ROOT/wasm/toolchain.sh"
LIB=boardkit_wasm_render
NODE_PKG="$ROOT/wasm/render/pkg"
WEB_PKG="$ROOT/wasm/render/pkg-web"

wasm_compile "$WASM_PACKAGES" "$LIB" debian-wasm-packages
if wasm_pkg_fresh render "$RAW_WASM" "$NODE_PKG/${LIB}_bg.wasm" "$WEB_PKG/${LIB}_bg.wasm"; then
    say "wasm/render/pkg and pkg-web are up to date (made from this module)"
else
    wasm_bindgen_ensure
    for OUT in "$NODE_PKG" "$WEB_PKG"; do
        t=nodejs; [ "$OUT" = "$WEB_PKG" ] && t=web
        rm -rf "$OUT" && mkdir -p "$OUT"
        "$WASM_BINDGEN" --target "$t" --out-dir "$OUT" --out-name "$LIB" "$RAW_WASM"
    done
    # The bind step writes the same module for both targets (only the JS glue differs):
    # shrink it once and copy it; when they differ, each is shrunk.
    if cmp -s "$NODE_PKG/${LIB}_bg.wasm" "$WEB_PKG/${LIB}_bg.wasm"; then
        wasm_opt "$NODE_PKG/${LIB}_bg.wasm" -Oz
        cp "$NODE_PKG/${LIB}_bg.wasm" "$WEB_PKG/${LIB}_bg.wasm"
    else
        wasm_opt "$NODE_PKG/${LIB}_bg.wasm" -Oz
        wasm_opt "$WEB_PKG/${LIB}_bg.wasm" -Oz
    fi
    wasm_pkg_stamp render "$RAW_WASM"
fi
# The npm package boardkit-papers (objects in and out; `npm pack` in pkg-npm): wasm/js/package.sh.
# shellcheck source=../js/package.sh
. "$ROOT/wasm/js/package.sh"
npm_package boardkit-papers "$LIB" "$WEB_PKG" "$ROOT/wasm/render/js" "$ROOT/wasm/render/pkg-npm"
W="$NODE_PKG/${LIB}_bg.wasm"
echo "boardkit-wasm-render: ${LIB}_bg.wasm $(wc -c <"$W" | tr -d ' ') bytes raw, $(gzip -9 -c "$W" | wc -c | tr -d ' ') bytes gzipped"
