#!/usr/bin/env bash
# The npm package as another project gets it:
#
#   tests/npm.sh
#
# Builds wasm/pkg (wasm/build.sh; cached builds are quick), packs it with `npm pack`,
# checks the tarball's manifest and files, installs the tarball into fresh temporary
# projects and
#   1. runs a Node ES module script, a CommonJS script and `boardkit/init` with bytes, and
#      checks that both builds throw the one BoardkitError class;
#   2. compiles a TypeScript file with `tsc --strict` against the installed types, and a
#      file of deliberate mistakes that must each be an error on its own line;
#   3. bundles one page, unchanged, with Vite, webpack, Rollup (node-resolve), esbuild
#      (`--format=esm` and its default classic script) and Parcel, each with its defaults,
#      and runs each in headless Chromium (no request may fail); and esbuild with
#      `boardkit/init`, the .wasm URL passed in, after a failed load shows a fallback.
# The bundlers, TypeScript and playwright-core come from tests/package-lock.json.
# Last line: `npm: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
HERE=$ROOT/tests/npm
BIN=$ROOT/tests/node_modules/.bin

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "npm: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

command -v node >/dev/null && command -v npm >/dev/null || { fail "node and npm are needed (bash tests/setup.sh installs them)"; finish; }
if [ ! -x "$BIN/vite" ] || [ ! -x "$BIN/esbuild" ] || [ ! -x "$BIN/tsc" ] || [ ! -x "$BIN/webpack" ] || [ ! -x "$BIN/rollup" ] ||
    [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
    fail "the npm test dependencies are missing: run bash tests/setup.sh"; finish
fi
bash wasm/build.sh >/dev/null || { fail "wasm/build.sh"; finish; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DOC=$ROOT/examples/data/leicester-lscb.json

# ---- pack ---------------------------------------------------------------------------------
TARBALL=$(cd wasm/pkg && npm pack --silent --pack-destination "$TMP" 2>/dev/null | tail -n1)
if [ -n "$TARBALL" ] && [ -f "$TMP/$TARBALL" ]; then
    pass "npm pack: $TARBALL, $(wc -c <"$TMP/$TARBALL") bytes"
else
    fail "npm pack"; finish
fi
TGZ=$TMP/$TARBALL
files=$(tar -tzf "$TGZ" | sed 's|^package/||' | sort)
for f in package.json inline.js boardkit_wasm_base64.js error.js warm.js web.js node.js init.js init.d.ts boardkit.cjs boardkit.d.cts boardkit.d.ts \
    api.js boardkit_wasm.js boardkit_wasm_bg.wasm schemas/BoardDocument.json README.md LICENSE-MIT LICENSE-APACHE; do
    grep -qx "$f" <<<"$files" && pass "tarball has $f" || fail "tarball lacks $f"
done
manifest=$(tar -xzOf "$TGZ" package/package.json)
if node -e '
  const m = JSON.parse(process.argv[1]);
  const ok = m.name === "boardkit" && /^\d+\.\d+\.\d+$/.test(m.version) && m.license === "MIT OR Apache-2.0"
    && !JSON.stringify(m).includes("example.invalid") && Array.isArray(m.files)
    && m.exports["."].types && m.exports["."].node.require && m.exports["."].node.import && m.exports["./init"].types
    && m.exports["."].default === "./inline.js" && m.module === "./inline.js" && m.exports["./inline"].types;
  process.exit(ok ? 0 : 1);' "$manifest"; then
    pass "package.json: name, version, license, files, exports with types (import, require, inline for browsers, init)"
else
    fail "package.json fields"
fi

# new_project DIR: a fresh project with the tarball installed (offline: it has no dependencies)
new_project() {
    mkdir -p "$1" && (cd "$1" && echo '{"name":"host","private":true,"version":"1.0.0"}' >package.json &&
        npm install --no-audit --no-fund --offline --loglevel=error "$TGZ" >/dev/null 2>&1)
}

# ---- Node -------------------------------------------------------------------------------
P=$TMP/node
if new_project "$P"; then
    pass "npm install <tarball> into a fresh project"
    cp "$HERE/esm.mjs" "$HERE/cjs.cjs" "$HERE/init-bytes.mjs" "$HERE/dual.mjs" "$P/"
    out=$(cd "$P" && node esm.mjs "$DOC" 2>&1) && grep -q "finding true sum 100 refused true" <<<"$out" \
        && pass "Node ESM: $out" || fail "Node ESM: $out"
    out=$(cd "$P" && node cjs.cjs "$DOC" 2>&1) && grep -q "finding true sum 100 refused true" <<<"$out" \
        && pass "Node CommonJS: $out" || fail "Node CommonJS: $out"
    out=$(cd "$P" && node init-bytes.mjs 2>&1) && grep -q "before init refused true, sum 100" <<<"$out" \
        && pass "Node boardkit/init with bytes: $out" || fail "Node boardkit/init: $out"
    out=$(cd "$P" && node dual.mjs 2>&1) && grep -q "^one class true, cjs error instanceof esm true, esm error instanceof cjs true$" <<<"$out" \
        && pass "Node import and require share BoardkitError: $out" || fail "Node import and require: $out"
    # ---- the JS examples of wasm/README.md, run as written ----
    if n=$(node "$HERE/readme-examples.mjs" "$ROOT/wasm/README.md" "$P/readme.mjs") &&
        out=$(cd "$P" && node readme.mjs 2>&1); then
        pass "wasm/README.md: its $n JS examples run"
    else
        printf '%s\n' "$out" | tail -n 8; fail "wasm/README.md JS examples"
    fi
    # ---- TypeScript ----
    cp "$HERE/types-ok.ts" "$HERE/types-mistakes.ts" "$P/"
    tsc_strict() { (cd "$P" && "$BIN/tsc" --strict --noEmit --module nodenext --moduleResolution nodenext \
        --target es2022 --lib es2022,dom "$@"); }
    if tsc_strict types-ok.ts >"$TMP/tsc.log" 2>&1; then
        pass "tsc --strict compiles a correct program against the package"
    else
        head -n 20 "$TMP/tsc.log"; fail "tsc --strict on a correct program"
    fi
    # Every deliberate mistake is a compile error: with its @ts-expect-error the file
    # compiles; without them, tsc reports an error on exactly the lines after them.
    if tsc_strict types-mistakes.ts >"$TMP/tsc.log" 2>&1; then
        pass "tsc --strict: every deliberate mistake in types-mistakes.ts is an error"
    else
        grep -m 20 "error" "$TMP/tsc.log"; fail "tsc --strict: a deliberate mistake compiles (unused @ts-expect-error)"
    fi
    want=$(awk '/^ *\/\/ @ts-expect-error$/ {print NR + 1}' "$HERE/types-mistakes.ts" | sort -n | tr '\n' ' ')
    sed 's|^\( *\)// @ts-expect-error$|\1//|' "$HERE/types-mistakes.ts" >"$P/bare.ts"
    tsc_strict bare.ts >"$TMP/tsc.log" 2>&1
    got=$(sed -n 's/^bare\.ts(\([0-9]*\),.*/\1/p' "$TMP/tsc.log" | sort -nu | tr '\n' ' ')
    [ -n "$want" ] && [ "$got" = "$want" ] && pass "tsc --strict rejects the $(wc -w <<<"$want") mistakes, each on its line" \
        || { head -n 20 "$TMP/tsc.log"; fail "tsc errors on lines [$got], mistakes on lines [$want]"; }
else
    fail "npm install <tarball>"
fi

# ---- browsers ---------------------------------------------------------------------------
# The same page (plain-main.js: `import ... from 'boardkit'`, nothing else) built by each
# bundler with its defaults and no plugin for the .wasm, from a fresh project with the
# tarball installed, and run in headless Chromium: the package's browser entry carries the
# module inline, so no bundler has a file to emit and the page has nothing to fetch.
export PLAYWRIGHT_CORE=$ROOT/tests/node_modules/playwright-core
WANT="findings=meeting.end_before_start@/meetings/0/end sum=100 refused=BoardkitError"
# bundled NAME SCRIPT-TAG COMMAND...: build in a fresh project (dist/), open it in Chromium.
# SCRIPT-TAG is `module` or `classic` (the <script> the bundle is loaded by).
bundled() {
    local name=$1 tag=$2 dir=$TMP/$1
    shift 2
    if ! new_project "$dir"; then fail "npm install <tarball> ($name project)"; return; fi
    cp "$HERE/page.js" "$dir/" && cp "$HERE/plain-main.js" "$dir/main.js"
    if [ "$tag" = classic ]; then
        sed 's|<script type="module" src="./main.js">|<script src="./main.js">|' "$HERE/index.html" >"$dir/index.html"
    else
        cp "$HERE/index.html" "$dir/"
    fi
    if ! (cd "$dir" && "$@" >"$TMP/$name.log" 2>&1) || [ ! -d "$dir/dist" ]; then
        tail -n 20 "$TMP/$name.log"; fail "$name build"; return
    fi
    [ -f "$dir/dist/index.html" ] || cp "$dir/index.html" "$dir/dist/"
    local wasm js
    wasm=$(find "$dir/dist" -name '*.wasm' | wc -l)
    js=$(find "$dir/dist" -name '*.js' -exec cat {} + | wc -c)
    pass "$name build: $js bytes of JS, $wasm .wasm files"
    local out
    out=$(node "$HERE/browser.mjs" "$dir/dist" 2>&1)
    if grep -q "^ok $WANT requests=[0-9]* failed=0$" <<<"$out"; then
        pass "$name page in Chromium: $out"
    else
        fail "$name page in Chromium: $out"
    fi
}
bundled vite module "$BIN/vite" build --logLevel error
bundled webpack classic "$BIN/webpack" --mode production --entry ./main.js --output-path dist --output-filename main.js
bundled rollup module "$BIN/rollup" main.js --format es --dir dist --plugin 'node-resolve={browser: true}'
bundled esbuild-esm module "$BIN/esbuild" main.js --bundle --format=esm --outdir=dist --log-level=error
bundled esbuild-iife classic "$BIN/esbuild" main.js --bundle --outdir=dist --log-level=error
if [ -x "$BIN/parcel" ]; then
    bundled parcel module "$BIN/parcel" build index.html --dist-dir dist --no-cache --no-autoinstall --log-level error
else
    fail "parcel is missing: run bash tests/setup.sh"
fi

# boardkit/init: the .wasm as a separate, cacheable file whose URL the page passes in; a
# failed load rejects init()'s promise, which the page catches to show its fallback.
E=$TMP/esbuild
if new_project "$E"; then
    cp "$HERE/page.js" "$E/" && cp "$HERE/esbuild-main.js" "$E/main.js"
    sed 's|<script type="module" src="./main.js">|<script src="./main.js">|' "$HERE/index.html" >"$E/index.html"
    if (cd "$E" && "$BIN/esbuild" main.js --bundle --outdir=dist --loader:.wasm=file --log-level=error >"$TMP/esbuild.log" 2>&1) \
        && ls "$E"/dist/*.wasm >/dev/null 2>&1; then
        cp "$E/index.html" "$E/dist/"
        pass "esbuild --bundle (default format, the .wasm copied by the file loader)"
        out=$(node "$HERE/browser.mjs" "$E/dist" 2>&1) && grep -q "findings=meeting.end_before_start@/meetings/0/end sum=100 fallback-shown requests=[0-9]* failed=1$" <<<"$out" \
            && pass "esbuild page in Chromium (a failed load is caught): $out" || fail "esbuild page in Chromium: $out"
    else
        cat "$TMP/esbuild.log"; fail "esbuild bundle"
    fi
else
    fail "npm install <tarball> (esbuild project)"
fi
# ---- boardkit-import and boardkit-papers ----------------------------------------------------
# Built by their own scripts (wasm/import/build.sh runs the bindings' Node test too), each
# packed from its pkg-npm folder and installed, with the boardkit tarball, into one fresh
# project: Node as ES modules and by require(), and tsc --strict on their types.
if bash wasm/import/build.sh >"$TMP/import.log" 2>&1 && bash wasm/render/build.sh >"$TMP/render.log" 2>&1; then
    X=$TMP/papers
    tgzs=()
    for pkg in wasm/import/pkg-npm wasm/render/pkg-npm; do
        t=$(cd "$pkg" && npm pack --silent --pack-destination "$TMP" 2>/dev/null | tail -n1)
        if [ -n "$t" ] && [ -f "$TMP/$t" ] && m=$(tar -xzOf "$TMP/$t" package/package.json) && node -e '
          const m = JSON.parse(process.argv[1]);
          const ok = /^boardkit-(import|papers)$/.test(m.name) && /^\d+\.\d+\.\d+$/.test(m.version)
            && m.license === "MIT OR Apache-2.0" && m.exports["."].types && m.exports["."].node.import
            && m.exports["."].node.require && m.exports["."].default === "./inline.js";
          process.exit(ok ? 0 : 1);' "$m"; then
            pass "npm pack $pkg: $t, $(wc -c <"$TMP/$t") bytes (name, version, licence, exports with types)"
            tgzs+=("$TMP/$t")
        else
            fail "npm pack $pkg"
        fi
    done
    if [ "${#tgzs[@]}" -eq 2 ] && mkdir -p "$X" && (cd "$X" && echo '{"name":"host","private":true,"version":"1.0.0"}' >package.json &&
        npm install --no-audit --no-fund --offline --loglevel=error "$TGZ" "${tgzs[@]}" >/dev/null 2>&1); then
        cp "$ROOT/tests/npm-papers/node.mjs" "$ROOT/tests/npm-papers/node.cjs" "$ROOT/tests/npm-papers/types.ts" "$X/"
        MINUTES=$ROOT/core/import/tests/data/leicester-lscb-minutes-2016-12-08.txt
        out=$(cd "$X" && node node.mjs "$DOC" "$MINUTES" 2>&1) && pass "Node ESM, boardkit-import and boardkit-papers: $out" \
            || fail "Node ESM, boardkit-import and boardkit-papers: $out"
        out=$(cd "$X" && node node.cjs "$DOC" 2>&1) && pass "Node CommonJS, boardkit-import and boardkit-papers: $out" \
            || fail "Node CommonJS, boardkit-import and boardkit-papers: $out"
        tsc_x() { (cd "$X" && "$BIN/tsc" --strict --noEmit --module nodenext --moduleResolution nodenext \
            --target es2022 --lib es2022,dom "$@"); }
        n=$(grep -c '^// @ts-expect-error' "$X/types.ts")
        sed 's|^// @ts-expect-error.*$|//|' "$X/types.ts" >"$X/bare.ts"
        tsc_x bare.ts >"$TMP/tsc-x.log" 2>&1
        got=$(grep -c '^bare\.ts(' "$TMP/tsc-x.log")
        if tsc_x types.ts >"$TMP/tsc-x.log" 2>&1 && [ "$got" -eq "$n" ]; then
            pass "tsc --strict: the packages' types compile a correct program and reject its $n mistakes"
        else
            head -n 20 "$TMP/tsc-x.log"; fail "tsc --strict on boardkit-import and boardkit-papers ($got errors for $n mistakes)"
        fi
    else
        fail "npm install of the boardkit-import and boardkit-papers tarballs"
    fi
else
    tail -n 20 "$TMP/import.log" "$TMP/render.log"; fail "wasm/import/build.sh and wasm/render/build.sh"
fi
finish
