#!/usr/bin/env bash
# The installed C library, as a C host would use it:
#
#   tests/c_install.sh
#
# Installs boardkit with ffi/install.sh into a temporary prefix, then, knowing only that
# prefix, builds tests/c/install/app.c
#   1. with pkg-config (shared),
#   2. with `pkg-config --static` and -static (a fully static program),
#   3. with CMake's find_package(boardkit) (shared and static targets),
# and runs each WITHOUT LD_LIBRARY_PATH on the Leicester example. Also checks the SONAME,
# the versioned file name and its symlinks, and that the request shapes and schemas are
# installed beside the header. tests/setup.sh installs cmake.
#   4. FEATURES=import,render STRIP=no into a second prefix: its own file name, SONAME and
# pkg-config module (boardkit-import-render), whose Cflags define every macro the header
# guards a declaration with; tests/c/install/features.c renders and imports through it
# (shared, and -static with `pkg-config --static`) without LD_LIBRARY_PATH; the
# unstripped library keeps its symbols and the default one has none.
# Last line: `c_install: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
CC=${CC:-cc}

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "c_install: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

# ---- tools: tests/setup.sh installs them; a test installs nothing ----
for tool in "$CC" pkg-config cmake make; do
    command -v "$tool" >/dev/null 2>&1 || { fail "$tool is missing: run bash tests/setup.sh"; finish; }
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PREFIX=$TMP/prefix
APP=tests/c/install/app.c
DOC=$ROOT/examples/data/leicester-lscb.json
unset LD_LIBRARY_PATH

# The default library (no features) in the C tests' dev profile, relinked with its SONAME.
if PROFILE=dev PREFIX=$PREFIX ffi/install.sh >/dev/null; then pass "ffi/install.sh PREFIX=<temp>"; else fail "ffi/install.sh"; finish; fi

VERSION=$(cargo pkgid -p boardkit-ffi | sed 's/.*[#@]//')
LIB=$PREFIX/lib
[ -f "$LIB/libboardkit.so.$VERSION" ] && [ "$(readlink "$LIB/libboardkit.so.0")" = "libboardkit.so.$VERSION" ] \
    && [ "$(readlink "$LIB/libboardkit.so")" = "libboardkit.so.0" ] && [ -f "$LIB/libboardkit.a" ] \
    && pass "libboardkit.so.$VERSION, .so.0 and .so links, libboardkit.a" || fail "library files: $(ls "$LIB")"
soname=$(readelf -d "$LIB/libboardkit.so.$VERSION" 2>/dev/null | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = libboardkit.so.0 ] && pass "SONAME libboardkit.so.0" || fail "SONAME is '$soname'"
for f in boardkit.h REQUESTS.md schemas/ApportionRequest.json schemas/BoardDocument.json; do
    [ -f "$PREFIX/include/boardkit/$f" ] && pass "installed include/boardkit/$f" || fail "missing include/boardkit/$f"
done
grep -q '"kind": "equal"' "$PREFIX/include/boardkit/REQUESTS.md" 2>/dev/null || grep -q 'kind: "equal"' "$PREFIX/include/boardkit/REQUESTS.md" \
    && pass "REQUESTS.md documents the funding formulas" || fail "REQUESTS.md has no formula kinds"

export PKG_CONFIG_PATH=$LIB/pkgconfig
[ "$(pkg-config --modversion boardkit)" = "$VERSION" ] && pass "pkg-config --modversion = $VERSION" || fail "pkg-config version"

# check_run NAME BINARY: the program starts with no environment tricks and does its job.
check_run() {
    local name=$1 bin=$2 out
    if out=$(env -u LD_LIBRARY_PATH "$bin" "$DOC" 2>&1) && grep -q "^version $VERSION$" <<<"$out" \
        && grep -q "^finding action.due_before_raised /actions/18/due$" <<<"$out" \
        && grep -q "^apportioned 29870000$" <<<"$out"; then
        pass "$name runs without LD_LIBRARY_PATH"
    else
        printf '%s\n' "$out" | tail -n 5
        fail "$name"
    fi
}

# 1. pkg-config, shared
if $CC -std=c11 -Wall -Wextra -Werror "$APP" -o "$TMP/app-shared" $(pkg-config --cflags --libs boardkit); then
    pass "cc app.c \$(pkg-config --cflags --libs boardkit)"
    readelf -d "$TMP/app-shared" | grep -q 'NEEDED.*\[libboardkit.so.0\]' \
        && pass "the program needs libboardkit.so.0" || fail "the program does not record libboardkit.so.0"
    check_run "pkg-config shared program" "$TMP/app-shared"
else
    fail "pkg-config shared build"
fi

# 2. pkg-config --static, fully static
if $CC -std=c11 -static "$APP" -o "$TMP/app-static" $(pkg-config --static --cflags --libs boardkit) 2>"$TMP/static.log"; then
    pass "cc -static app.c \$(pkg-config --static --cflags --libs boardkit)"
    if readelf -d "$TMP/app-static" 2>/dev/null | grep -q NEEDED; then fail "static program has dynamic dependencies"; else pass "static program has no dynamic dependencies"; fi
    echo "     static program: $(wc -c <"$TMP/app-static") bytes ($(strip -o "$TMP/app-stripped" "$TMP/app-static" && wc -c <"$TMP/app-stripped") stripped)"
    check_run "static program" "$TMP/app-static"
else
    tail -n 10 "$TMP/static.log"
    fail "pkg-config --static build"
fi

# 2b. boardkit-static: the archive by its path, linked without -static
if $CC -std=c11 "$APP" -o "$TMP/app-archive" $(pkg-config --cflags --libs boardkit-static) 2>"$TMP/archive.log"; then
    pass "cc app.c \$(pkg-config --cflags --libs boardkit-static)"
    readelf -d "$TMP/app-archive" | grep -q 'NEEDED.*libboardkit' \
        && fail "boardkit-static linked the shared library" || pass "boardkit-static links the archive"
    check_run "boardkit-static program" "$TMP/app-archive"
else
    tail -n 10 "$TMP/archive.log"
    fail "boardkit-static build"
fi
# The default library has no features: its Cflags define no feature macro.
pkg-config --cflags boardkit | grep -q -- '-DBOARDKIT_' \
    && fail "the default library's Cflags define a feature macro" || pass "no feature macro for the default library"

# 3. CMake find_package
if command -v cmake >/dev/null 2>&1; then
    mkdir -p "$TMP/cmake"
    if cmake -S tests/c/install -B "$TMP/cmake" -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_BUILD_TYPE=Release >"$TMP/cmake.log" 2>&1 \
        && cmake --build "$TMP/cmake" >>"$TMP/cmake.log" 2>&1; then
        pass "cmake find_package(boardkit $VERSION)"
        check_run "CMake program (boardkit::boardkit)" "$TMP/cmake/app"
        check_run "CMake program (boardkit::boardkit_static)" "$TMP/cmake/app_static"
        readelf -d "$TMP/cmake/app_static" | grep -q 'libboardkit' && fail "app_static needs a shared libboardkit" || pass "app_static links boardkit statically"
    else
        tail -n 20 "$TMP/cmake.log"
        fail "cmake build"
    fi
    # A version this install cannot satisfy is refused.
    if cmake -S tests/c/install -B "$TMP/cmake-new" -DCMAKE_PREFIX_PATH="$PREFIX" -DBOARDKIT_WANT=99.0 >/dev/null 2>&1; then
        fail "find_package(boardkit 99.0) was accepted"
    else
        pass "find_package(boardkit 99.0) is refused"
    fi
else
    fail "cmake is not installed and could not be"
fi

# 4. A library with the optional entry points, unstripped: FEATURES=import,render STRIP=no,
# into a second prefix. The C tests built the same features in the dev profile, so only
# boardkit-ffi itself is compiled again (with its own SONAME); the time is printed.
started=$(date +%s%N)
FPREFIX=$TMP/prefix-features
FNAME=boardkit-import-render
FLIB=$FPREFIX/lib
FAPP=tests/c/install/features.c
MINUTES=$ROOT/core/import/tests/data/leicester-lscb-minutes-2016-12-08.txt
if FEATURES=import,render STRIP=no PROFILE=dev PREFIX=$FPREFIX ffi/install.sh >/dev/null; then
    pass "FEATURES=import,render STRIP=no ffi/install.sh PREFIX=<temp 2>"
else
    fail "FEATURES=import,render STRIP=no ffi/install.sh"; finish
fi
[ -f "$FLIB/lib$FNAME.so.$VERSION" ] && [ "$(readlink "$FLIB/lib$FNAME.so.0")" = "lib$FNAME.so.$VERSION" ] \
    && [ "$(readlink "$FLIB/lib$FNAME.so")" = "lib$FNAME.so.0" ] && [ -f "$FLIB/lib$FNAME.a" ] \
    && ! ls "$FLIB"/libboardkit.* >/dev/null 2>&1 \
    && pass "lib$FNAME.so.$VERSION, .so.0 and .so links, lib$FNAME.a (no libboardkit.*)" || fail "feature library files: $(ls "$FLIB")"
fsoname=$(readelf -d "$FLIB/lib$FNAME.so.$VERSION" 2>/dev/null | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$fsoname" = "lib$FNAME.so.0" ] && [ "$fsoname" != "$soname" ] \
    && pass "SONAME lib$FNAME.so.0, not the default's $soname" || fail "feature library SONAME is '$fsoname'"
FPC="env PKG_CONFIG_PATH=$FLIB/pkgconfig pkg-config"
[ "$($FPC --modversion $FNAME)" = "$VERSION" ] && [ "$($FPC --modversion $FNAME-static)" = "$VERSION" ] \
    && pass "pkg-config --modversion $FNAME and $FNAME-static = $VERSION" || fail "pkg-config $FNAME version"
missing=$(for shape in ImportOptions RenderRequest IcalRequest OparlRequest; do
    grep -q "^### $shape$" "$FPREFIX/include/boardkit/REQUESTS.md" || echo "$shape"
done)
[ -z "$missing" ] && pass "installed REQUESTS.md has the features' request shapes" || fail "installed REQUESTS.md lacks" $missing
# Every macro the header guards a declaration with is in the module's Cflags.
macros=$(sed -n 's/^#if defined(\(BOARDKIT_[A-Z_]*\))$/\1/p; s/^#ifdef \(BOARDKIT_[A-Z_]*\)$/\1/p' ffi/include/boardkit.h | sort -u)
[ -n "$macros" ] || fail "ffi/include/boardkit.h guards nothing with a BOARDKIT_ macro"
for m in $macros; do
    $FPC --cflags $FNAME | tr ' ' '\n' | grep -qx -- "-D$m" && $FPC --cflags $FNAME-static | tr ' ' '\n' | grep -qx -- "-D$m" \
        && pass "Cflags of $FNAME and $FNAME-static define $m" || fail "Cflags of $FNAME lack -D$m: $($FPC --cflags $FNAME)"
done
# Without those macros the header does not declare the functions: the default module's
# Cflags cannot build the program.
if $CC -std=c11 -Wall -Wextra -Werror "$FAPP" -o "$TMP/features-default" $(pkg-config --cflags --libs boardkit) >/dev/null 2>&1; then
    fail "features.c built against the default library"
else
    pass "features.c does not build with the default library's Cflags"
fi

# check_features NAME BINARY: render and import on the example, with no environment tricks.
check_features() {
    local name=$1 bin=$2 out
    if out=$(env -u LD_LIBRARY_PATH "$bin" "$DOC" "$MINUTES" 2>&1) && grep -q "^version $VERSION$" <<<"$out" \
        && grep -q "^render pack html$" <<<"$out" && grep -q "^render budget csv total 298700.00$" <<<"$out" \
        && grep -q "^render refused at /what$" <<<"$out" && grep -q "^import meeting 2016-12-08$" <<<"$out" \
        && grep -qE "^import uncertainties [1-9][0-9]*$" <<<"$out"; then
        pass "$name renders and imports without LD_LIBRARY_PATH"
    else
        printf '%s\n' "$out" | tail -n 8
        fail "$name"
    fi
}
# The link line ffi/README.md gives for a build with features.
if $CC -std=c11 -Wall -Wextra -Werror "$FAPP" -o "$TMP/features-shared" $($FPC --cflags --libs $FNAME); then
    pass "cc features.c \$(pkg-config --cflags --libs $FNAME)"
    needed=$(readelf -d "$TMP/features-shared" | sed -n 's/.*NEEDED.*\[\(libboardkit[^]]*\)\].*/\1/p')
    [ "$needed" = "lib$FNAME.so.0" ] && pass "the program needs lib$FNAME.so.0 only" || fail "the program needs '$needed'"
    check_features "features program (shared)" "$TMP/features-shared"
else
    fail "cc features.c \$(pkg-config --cflags --libs $FNAME)"
fi
if $CC -std=c11 -static "$FAPP" -o "$TMP/features-static" $($FPC --static --cflags --libs $FNAME) 2>"$TMP/fstatic.log"; then
    pass "cc -static features.c \$(pkg-config --static --cflags --libs $FNAME)"
    readelf -d "$TMP/features-static" 2>/dev/null | grep -q NEEDED \
        && fail "static features program has dynamic dependencies" || pass "static features program has no dynamic dependencies"
    check_features "features program (static)" "$TMP/features-static"
else
    tail -n 10 "$TMP/fstatic.log"
    fail "pkg-config --static build of features.c"
fi

# STRIP=no keeps the symbol table and the line tables (valgrind suppressions name Rust
# functions); the default install strips them.
sections() { readelf -S --wide "$1" 2>/dev/null | grep -oE '\.(symtab|debug_[a-z]+)' | sort -u | tr '\n' ' '; }
fsec=$(sections "$FLIB/lib$FNAME.so.$VERSION")
dsec=$(sections "$LIB/libboardkit.so.$VERSION")
grep -q '\.symtab' <<<"$fsec" && grep -q '\.debug_line' <<<"$fsec" \
    && pass "STRIP=no: lib$FNAME.so keeps $fsec" || fail "STRIP=no library has only '$fsec'"
[ -z "$dsec" ] && pass "default install: libboardkit.so has no .symtab or .debug_* sections" || fail "default library keeps '$dsec'"
# valgrind suppressions name the frames they match (tests/c/render/minijinja.supp: the
# template engine's one-time tables): each name is a symbol of the STRIP=no library, and
# of no stripped one.
SUPP=tests/c/render/minijinja.supp
fsyms=$(readelf -sW --demangle "$FLIB/lib$FNAME.so.$VERSION" 2>/dev/null)
dsyms=$(readelf -sW --demangle "$LIB/libboardkit.so.$VERSION" 2>/dev/null)
globs=$(sed -n 's/^ *fun:\(.*\)$/\1/p' "$SUPP")
unmatched=$(for g in $globs; do grep -q -- "${g//\*/.*}" <<<"$fsyms" || echo "$g"; done)
[ -n "$globs" ] && [ -z "$unmatched" ] \
    && pass "every function $SUPP names is a symbol of the STRIP=no library" || fail "no symbol for: $unmatched"
grep -q ' boardkit::' <<<"$fsyms" && ! grep -q ' boardkit::' <<<"$dsyms" \
    && pass "the core's Rust functions are symbols of the STRIP=no library only (the default one keeps the C API)" \
    || fail "boardkit:: symbols: STRIP=no $(grep -c ' boardkit::' <<<"$fsyms"), default $(grep -c ' boardkit::' <<<"$dsyms")"
if command -v file >/dev/null 2>&1; then
    file -L "$FLIB/lib$FNAME.so.$VERSION" | grep -q 'not stripped' && file -L "$LIB/libboardkit.so.$VERSION" | grep -q ', stripped' \
        && pass "file(1): the STRIP=no library is not stripped, the default one is stripped" || fail "file(1) disagrees"
fi
echo "     the feature install and its checks: $(( ($(date +%s%N) - started) / 1000000 )) ms"
finish
