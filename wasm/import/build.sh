#!/usr/bin/env bash
# Build the boardkit-import WebAssembly package into wasm/import/pkg/ for Node
# (CommonJS) and wasm/import/pkg-web/ for browsers (the bindings as bound), and the npm
# package `boardkit-import` into wasm/import/pkg-npm/, then run its Node test. A package of
# its own: the forms' module (wasm/) never carries the import readers. Compiler and bind
# step: wasm/toolchain.sh (shared with wasm/build.sh and wasm/render/build.sh).
#
#   wasm/import/build.sh            # last line: wasm-import: 1 passed, 0 failed (SIZE bytes)
#   wasm/import/build.sh --no-test  # build only (tests/papers_web.sh: the pages need it)
#
# The module is compiled together with the papers module (one cargo invocation, one std
# build); the bind step is skipped when the packages were already bound from this module.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SAY=wasm-import
# shellcheck source=../toolchain.sh
. "$ROOT/wasm/toolchain.sh"
LIB=boardkit_import_wasm
PKG="$ROOT/wasm/import/pkg"

wasm_compile "$WASM_PACKAGES" "$LIB" debian-wasm-packages
if wasm_pkg_fresh import "$RAW_WASM" "$PKG/${LIB}_bg.wasm" "$PKG-web/${LIB}_bg.wasm"; then
    say "wasm/import/pkg and pkg-web are up to date (bound from this module)"
else
    wasm_bindgen_ensure
    rm -rf "$PKG" && mkdir -p "$PKG"
    "$WASM_BINDGEN" --target nodejs --out-dir "$PKG" --out-name "$LIB" "$RAW_WASM"
    # The same module for browsers (ES module), used by examples/web/import.html.
    rm -rf "$PKG-web" && mkdir -p "$PKG-web"
    "$WASM_BINDGEN" --target web --out-dir "$PKG-web" --out-name "$LIB" "$RAW_WASM"
    wasm_pkg_stamp import "$RAW_WASM"
fi
# The npm package boardkit-import (objects in and out; `npm pack` in pkg-npm): wasm/js/package.sh.
# shellcheck source=../js/package.sh
. "$ROOT/wasm/js/package.sh"
npm_package boardkit-import "$LIB" "$PKG-web" "$ROOT/wasm/import/js" "$PKG-npm"
[ "${1:-}" = --no-test ] && exit 0
node "$ROOT/tests/wasm_import.cjs"
echo "wasm-import: 1 passed, 0 failed ($(stat -c %s "$PKG/${LIB}_bg.wasm") bytes)"
