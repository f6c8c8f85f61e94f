#!/usr/bin/env bash
# Build the boardkit WebAssembly package into wasm/pkg/: the npm package `boardkit`
# (package.json, ESM for browsers and Node, CommonJS for require(), an init() entry
# without top-level await, .d.ts, the .wasm, the JSON Schemas). Browsers and bundlers get
# inline.js, the module inlined as base64: no .wasm to emit or fetch. `npm pack` in wasm/pkg
# gives the tarball; tests/npm.sh installs it into fresh projects.
#
#   wasm/build.sh            # from anywhere; installs what it lacks, skipping what is there
#
# Compiler, bind step and wasm-opt: wasm/toolchain.sh (shared with wasm/import and
# wasm/render). The CommonJS file is bundled by esbuild (tests/package.json).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SAY=wasm/build
# shellcheck source=toolchain.sh
. "$ROOT/wasm/toolchain.sh"

LIB=boardkit_wasm
PKG="$ROOT/wasm/pkg"
WORK="$ROOT/target/wasm-pkg"

# --- 1. compile ------------------------------------------------------------------------
wasm_compile boardkit-wasm "$LIB" debian-wasm small

# --- 2. bind ---------------------------------------------------------------------------
wasm_bindgen_ensure
rm -rf "$WORK" && mkdir -p "$WORK"
"$WASM_BINDGEN" --target web --out-dir "$WORK" --out-name "$LIB" "$RAW_WASM"

# --- 3. shrink -------------------------------------------------------------------------
BG="$WORK/${LIB}_bg.wasm"
BEFORE=$(wc -c <"$BG")
# Merging similar functions first (the many monomorphised readers differ only in
# constants) and then -Oz once is smallest gzipped; a second -Oz or --converge grows it.
wasm_opt "$BG" --merge-similar-functions -Oz
say "wasm-opt --merge-similar-functions -Oz: $BEFORE -> $(wc -c <"$BG") bytes"

# --- 4. assemble -----------------------------------------------------------------------
VERSION=$(awk -F'"' '/^version = / {print $2; exit}' Cargo.toml)
rm -rf "$PKG" && mkdir -p "$PKG"
cp "$WORK/$LIB.js" "$WORK/${LIB}_bg.wasm" "$PKG/"
cp "$WORK/$LIB.d.ts" "$PKG/$LIB.d.ts"
cp wasm/js/api.js wasm/js/error.js wasm/js/inline.js wasm/js/web.js wasm/js/node.js wasm/js/init.js wasm/js/init.d.ts wasm/js/warm.js "$PKG/"
# The glue's own default URL is never used (every entry passes the module); as a plain
# string it no longer makes bundlers emit the .wasm for a page that uses inline.js.
sed -i "s|new URL('${LIB}_bg.wasm', import.meta.url)|'${LIB}_bg.wasm'|" "$PKG/$LIB.js"
# inline.js, the entry for browsers and bundlers: the module as base64 text.
{ printf 'export default "'; base64 -w0 "$PKG/${LIB}_bg.wasm"; printf '";\n'; } >"$PKG/${LIB}_base64.js"
cp wasm/types/boardkit.d.ts "$PKG/boardkit.d.ts"
# The same declarations for require() (a .d.cts is read as CommonJS).
cp wasm/types/boardkit.d.ts "$PKG/boardkit.d.cts"
mkdir -p "$PKG/schemas" && cp wasm/types/schemas/*.json "$PKG/schemas/"
cp wasm/README.md "$PKG/README.md"
cp core/LICENSE-MIT core/LICENSE-APACHE "$PKG/"
sed "s/@VERSION@/$VERSION/" wasm/js/package.json.in >"$PKG/package.json"
# CommonJS for require(): the Node entry, the API and the glue in one file (the .wasm is
# read from beside it).
ESBUILD="$ROOT/tests/node_modules/.bin/esbuild"
[ -x "$ESBUILD" ] || [ -n "${BOARDKIT_NO_INSTALL:-}" ] ||
    (cd "$ROOT/tests" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
[ -x "$ESBUILD" ] || { say "esbuild is missing: run bash tests/setup.sh"; exit 1; }
cp wasm/js/node.cjs "$WORK/node-cjs.js"
cp "$PKG/api.js" "$PKG/error.js" "$PKG/warm.js" "$PKG/$LIB.js" "$WORK/"
"$ESBUILD" "$WORK/node-cjs.js" --bundle --platform=node --format=cjs --target=node20 \
    --log-level=error --log-override:empty-import-meta=silent --outfile="$PKG/boardkit.cjs"

# --- 5. measure ------------------------------------------------------------------------
size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
W="$PKG/${LIB}_bg.wasm"
echo "boardkit wasm package: $PKG"
echo "  ${LIB}_bg.wasm: $(size "$W") bytes raw, $(gz "$W") bytes gzipped"
JS_RAW=0; JS_GZ=0
for f in "$PKG/$LIB.js" "$PKG/api.js" "$PKG/web.js"; do
    JS_RAW=$((JS_RAW + $(size "$f"))); JS_GZ=$((JS_GZ + $(gz "$f")))
done
echo "  JS for the web (glue + wrapper): $JS_RAW bytes raw, $JS_GZ bytes gzipped"
B64="$PKG/${LIB}_base64.js"
echo "  inline entry's module as base64 (${LIB}_base64.js): $(size "$B64") bytes raw, $(gz "$B64") bytes gzipped"
