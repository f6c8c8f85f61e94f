# What the browser tests need, shared by tests/wasm.sh and tests/papers_web.sh (sourced,
# not run; the caller sets ROOT and SAY and is in ROOT): node and npm, Chromium, and the
# npm test dependencies of tests/package-lock.json. apt_install comes from
# wasm/toolchain.sh, so there is one installer for every script.
#
#   web_deps || handle-the-failure    # returns 1 when the npm test dependencies failed

# shellcheck source=../wasm/toolchain.sh
. "$ROOT/wasm/toolchain.sh"

web_deps() {
    command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
    [ -x /usr/bin/chromium ] || apt_install chromium chromium-driver
    if [ ! -d tests/node_modules/playwright-core ] || [ ! -d tests/node_modules/binaryen ] ||
        [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
        [ -z "${BOARDKIT_NO_INSTALL:-}" ] || { say "the npm test dependencies are missing: run bash tests/setup.sh"; return 1; }
        say "installing the npm test dependencies (tests/package-lock.json)"
        (cd tests && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) ||
            { say "npm ci failed"; return 1; }
    fi
}
