# npm packaging shared by wasm/import/build.sh and wasm/render/build.sh (sourced; expects
# ROOT). `npm_package NAME LIB GLUE SRC OUT` assembles in OUT the npm package NAME from a
# module bound with `--target web` (GLUE/LIB.js and GLUE/LIB_bg.wasm) and the package's
# own files in SRC (api.js, index.d.ts, README.md, package.json.in):
#   inline.js   browsers and every bundler: the module inlined as base64, instantiated
#               synchronously (no .wasm to emit or fetch, no top-level await)
#   node.js     Node, ES module: the .wasm read beside it
#   index.cjs   Node, CommonJS: node.js, the API and the glue bundled by esbuild
#   error.js    the BoardkitError class shared with the boardkit package (wasm/js/error.js)
# `cd OUT && npm pack` gives the tarball.

npm_package() {
    local name=$1 lib=$2 glue=$3 src=$4 out=$5
    local version
    version=$(awk -F'"' '/^version = / {print $2; exit}' "$ROOT/Cargo.toml")
    rm -rf "$out" && mkdir -p "$out"
    cp "$glue/$lib.js" "$glue/${lib}_bg.wasm" "$out/"
    # The glue's own default URL is never used (every entry passes the module); as a plain
    # string it no longer makes bundlers emit the .wasm for the inline entry.
    sed -i "s|new URL('${lib}_bg.wasm', import.meta.url)|'${lib}_bg.wasm'|" "$out/$lib.js"
    { printf 'export default "'; base64 -w0 "$out/${lib}_bg.wasm"; printf '";\n'; } >"$out/${lib}_base64.js"
    cp "$ROOT/wasm/js/error.js" "$out/error.js"
    cp "$ROOT/wasm/js/wrap-extra.js" "$out/wrap.js"
    cp "$src/api.js" "$src/index.d.ts" "$src/README.md" "$out/"
    cp "$out/index.d.ts" "$out/index.d.cts"
    cp "$ROOT/core/LICENSE-MIT" "$ROOT/core/LICENSE-APACHE" "$out/"
    sed "s/@VERSION@/$version/" "$src/package.json.in" >"$out/package.json"
    cat >"$out/inline.js" <<JS
// Browsers and bundlers: the module inlined as base64 and instantiated synchronously.
import { initSync } from './$lib.js';
import base64 from './${lib}_base64.js';

function decode(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i += 1) bytes[i] = chars.charCodeAt(i);
  return bytes;
}

initSync({ module: decode(base64) });

export * from './api.js';
JS
    cat >"$out/node.js" <<JS
// Node, ES module: the module read from beside this file and instantiated synchronously.
import { readFileSync } from 'node:fs';
import { initSync } from './$lib.js';

initSync({ module: readFileSync(new URL('./${lib}_bg.wasm', import.meta.url)) });

export * from './api.js';
JS
    cat >"$out/node-cjs.js" <<JS
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './$lib.js';

initSync({ module: readFileSync(join(__dirname, '${lib}_bg.wasm')) });

export * from './api.js';
JS
    local esbuild="$ROOT/tests/node_modules/.bin/esbuild"
    [ -x "$esbuild" ] || { echo "$name: esbuild is missing: run bash tests/setup.sh" >&2; return 1; }
    "$esbuild" "$out/node-cjs.js" --bundle --platform=node --format=cjs --target=node20 \
        --log-level=error --log-override:empty-import-meta=silent --outfile="$out/index.cjs"
    rm "$out/node-cjs.js"
    echo "$name npm package: $out ($(wc -c <"$out/${lib}_bg.wasm" | tr -d ' ') bytes of wasm)"
}
