#!/usr/bin/env bash
# Set-up: install what the tests need and is missing, in one place, before any test.
# tests/run.sh runs it first; the tests themselves install nothing (they say what is
# missing and fail). Safe to run again: everything present is skipped.
#
#   bash tests/setup.sh
#
# A fresh machine of this kind has the Rust toolchain (rust-toolchain.toml), gcc, python3,
# node and npm. Why each further piece is needed:
#
#   Debian packages (apt-get, as root or with sudo)
#     pkg-config          the C tests and the install test find the library as a C host does
#     valgrind            the C tests run again under memcheck (leaks, bad reads)
#     cmake, make         the install test builds a host with CMake's find_package(boardkit)
#     chromium            the browser tests (forms, npm bundles, papers): a real headless
#     chromium-driver       browser driven by playwright-core, never a downloaded one
#     nodejs, npm         the Node and browser tests (when node/npm are not there already)
#     rustc-web cargo-web only when rustup has no wasm32-unknown-unknown target: Debian's
#     rust-web-src lld-22   compiler, std source and linker build the wasm modules with
#                           -Zbuild-std (wasm/toolchain.sh)
#   npm packages (tests/package-lock.json, `npm ci` in tests/)
#     playwright-core     drives Chromium; binaryen gives a current wasm-opt; typescript,
#                         vite and esbuild check the npm package as a user's project would
#   the bind step
#     wasm-bindgen        exactly the version in Cargo.lock, built once into target/tools
#                         (wasm/bindgen: wasm-bindgen's library behind the CLI's command line)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
SAY=setup
# shellcheck source=../wasm/toolchain.sh
. "$ROOT/wasm/toolchain.sh"

ok=0
bad=0
have() {
    # have WHAT CMD...: run CMD (an install or a check) and count the result.
    local what=$1; shift
    if "$@"; then ok=$((ok + 1)); echo "ok   $what"; else bad=$((bad + 1)); echo "FAIL $what"; fi
}

debian=()
command -v cc >/dev/null || debian+=(gcc libc6-dev)
command -v pkg-config >/dev/null || debian+=(pkg-config)
command -v valgrind >/dev/null || debian+=(valgrind)
command -v cmake >/dev/null || debian+=(cmake)
command -v make >/dev/null || debian+=(make)
command -v node >/dev/null || debian+=(nodejs)
command -v npm >/dev/null || debian+=(npm)
[ -x /usr/bin/chromium ] || debian+=(chromium chromium-driver)
# (apt_install skips the packages dpkg already has.)
wasm_rustup_target || debian+=(rustc-web cargo-web rust-web-src lld-22)
if [ ${#debian[@]} -gt 0 ]; then
    have "Debian packages: ${debian[*]}" apt_install "${debian[@]}"
else
    have "Debian packages: nothing missing" true
fi

npm_deps() {
    if [ -d tests/node_modules/playwright-core ] && [ -d tests/node_modules/binaryen ] &&
        [ ! tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
        return 0
    fi
    say "npm ci in tests/ (tests/package-lock.json)"
    (cd tests && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
}
have "npm test dependencies (tests/package-lock.json)" npm_deps
have "the bind step (wasm-bindgen of Cargo.lock's version)" wasm_bindgen_ensure

echo "setup: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
