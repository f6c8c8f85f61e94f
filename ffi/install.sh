#!/usr/bin/env bash
# Build and install the boardkit C library the way C libraries are installed.
#
#   ffi/install.sh                          # into /usr/local (run as root, or with sudo)
#   PREFIX=$HOME/.local ffi/install.sh      # any prefix
#   DESTDIR=/tmp/stage ffi/install.sh       # staged, for a distribution package
#   FEATURES=import,render ffi/install.sh   # with the optional entry points
#   PROFILE=dev ffi/install.sh              # the tests: the C tests' build, relinked
#   STRIP=no ffi/install.sh                 # keep the symbols (valgrind suppressions match)
#
# A library built with features is a library of its own name, so two builds never share
# a SONAME: FEATURES=import,render installs libboardkit-import-render.so.X, pkg-config
# module boardkit-import-render, whose Cflags define the features' macros
# (-DBOARDKIT_FEATURE_IMPORT, -DBOARDKIT_RENDER) so the header declares their functions.
# Below, "libboardkit" and "boardkit" stand for that name.
#
# Installs (LIBDIR = PREFIX/lib, INCLUDEDIR = PREFIX/include unless set):
#   LIBDIR/libboardkit.so.X.Y.Z        the shared library, SONAME libboardkit.so.X
#   LIBDIR/libboardkit.so.X, .so       symlinks
#   LIBDIR/libboardkit.a               the static library (debug info stripped)
#   LIBDIR/pkgconfig/boardkit.pc       `pkg-config --cflags --libs boardkit`
#                                      (`--static` adds the system libraries the archive needs)
#   LIBDIR/pkgconfig/boardkit-static.pc  links the archive itself (`pkg-config --libs
#                                      boardkit-static`), with or without -static
#   LIBDIR/cmake/boardkit/             `find_package(boardkit)`: targets boardkit::boardkit
#                                      (shared) and boardkit::boardkit_static
#   INCLUDEDIR/boardkit/boardkit.h     the header (`#include <boardkit.h>` with the Cflags)
#   INCLUDEDIR/boardkit/REQUESTS.md    every JSON request shape, per function
#   INCLUDEDIR/boardkit/schemas/       the JSON Schemas of the requests (the JS package's)
#
# The same as `cargo cinstall` (cargo-c) does, without needing cargo-c: building cargo-c
# from source takes longer than the whole C test (see ffi/README.md). The library is
# built with cargo's `c-install` profile (release, in target/c-install) because it is
# linked with a SONAME, which the in-tree test builds do not carry. The install test
# (tests/c_install.sh) passes PROFILE=dev: the library the C tests built, its own crate
# relinked with the SONAME (its dependencies are not compiled again).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PREFIX=${PREFIX:-/usr/local}
LIBDIR=${LIBDIR:-$PREFIX/lib}
INCLUDEDIR=${INCLUDEDIR:-$PREFIX/include}
DESTDIR=${DESTDIR:-}
FEATURES=${FEATURES:-}
CARGO=${CARGO:-cargo}
PROFILE=${PROFILE:-c-install}
say() { echo "[ffi/install] $*" >&2; }

case "$PREFIX$LIBDIR$INCLUDEDIR" in
    *[[:space:]]*) say "paths with spaces are not supported"; exit 2 ;;
esac
case "$PREFIX" in /*) ;; *) say "PREFIX must be an absolute path"; exit 2 ;; esac

# The library's name: libboardkit, or libboardkit-<features> for a build with features,
# and the macros its header needs.
FEATURE_LIST=$(echo "$FEATURES" | tr ', ' '\n\n' | sed '/^$/d' | sort -u)
NAME=boardkit
MACROS=""
for f in $FEATURE_LIST; do
    case "$f" in
        import) MACROS="$MACROS -DBOARDKIT_FEATURE_IMPORT" ;;
        render) MACROS="$MACROS -DBOARDKIT_RENDER" ;;
        *) say "unknown feature '$f' (import, render)"; exit 2 ;;
    esac
    NAME=$NAME-$f
done
STRIP=${STRIP:-yes}

VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n1)
[ -n "$VERSION" ] || { say "no version in Cargo.toml"; exit 1; }
MAJOR=${VERSION%%.*}
SONAME=lib$NAME.so.$MAJOR
REAL=lib$NAME.so.$VERSION

# ---- build ------------------------------------------------------------------------------
if [ "$PROFILE" = dev ]; then OUT=$ROOT/target/debug; else OUT=$ROOT/target/$PROFILE; fi
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
say "building boardkit-ffi $VERSION (profile $PROFILE${FEATURES:+, features $FEATURES})"
# One rustc run gives both libraries; the link argument only affects the shared one.
# --print native-static-libs names the system libraries the static archive needs.
if ! "$CARGO" rustc -q -p boardkit-ffi --profile "$PROFILE" --lib \
    ${FEATURES:+--features "$FEATURES"} --crate-type cdylib --crate-type staticlib \
    -- -C "link-arg=-Wl,-soname,$SONAME" --print native-static-libs 2>"$LOG"; then
    cat "$LOG" >&2
    exit 1
fi
# The note is printed when the archive is linked (cargo replays it when nothing changed).
NATIVE=$(sed -n 's/.*native-static-libs: //p' "$LOG" | tail -n1)
if [ -z "$NATIVE" ]; then
    NATIVE="-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"
    say "rustc did not print the native libraries: using the Linux default ($NATIVE)"
fi
# gcc links libgcc_s itself (as needed) for a dynamic program, and libgcc_eh for a
# `-static` one, where there is no libgcc_s to link: leaving it out keeps both working.
PRIVATE=$(echo "$NATIVE" | tr ' ' '\n' | grep -v '^-lgcc_s$' | tr '\n' ' ' | sed 's/ *$//')

SO=$OUT/libboardkit_ffi.so
AR=$OUT/libboardkit_ffi.a
[ -f "$SO" ] && [ -f "$AR" ] || { say "cargo did not produce $SO and $AR"; exit 1; }

# ---- install ----------------------------------------------------------------------------
D_LIB=$DESTDIR$LIBDIR
D_INC=$DESTDIR$INCLUDEDIR/boardkit
mkdir -p "$D_LIB/pkgconfig" "$D_LIB/cmake/boardkit" "$D_INC/schemas"

install -m 755 "$SO" "$D_LIB/$REAL"
ln -sfn "$REAL" "$D_LIB/$SONAME"
ln -sfn "$SONAME" "$D_LIB/lib$NAME.so"
install -m 644 "$AR" "$D_LIB/lib$NAME.a"
if [ "$STRIP" != no ] && command -v strip >/dev/null; then
    strip --strip-debug "$D_LIB/lib$NAME.a"
    strip --strip-unneeded "$D_LIB/$REAL"
fi

install -m 644 ffi/include/boardkit.h "$D_INC/boardkit.h"
install -m 644 ffi/REQUESTS.md "$D_INC/REQUESTS.md"
install -m 644 wasm/types/schemas/*.json "$D_INC/schemas/"

# A library outside the dynamic linker's default directories carries its directory as a
# run path in programs linked through pkg-config, so they start without LD_LIBRARY_PATH.
RPATH=""
case "$LIBDIR" in
    /lib | /usr/lib | /lib64 | /usr/lib64 | /usr/lib/*-linux-gnu | /usr/local/lib) ;;
    *) RPATH=" -Wl,-rpath,\${libdir}" ;;
esac
cat >"$D_LIB/pkgconfig/$NAME.pc" <<EOF
# boardkit C API, installed by ffi/install.sh${FEATURES:+ (features $FEATURES)}
prefix=$PREFIX
libdir=$LIBDIR
includedir=$INCLUDEDIR

Name: $NAME
Description: Governance records of multi-agency partnership boards (C API, JSON in/out)
Version: $VERSION
Cflags: -I\${includedir}/boardkit$MACROS
Libs: -L\${libdir}$RPATH -l$NAME
Libs.private: $PRIVATE
EOF
# The archive by its path: a program linked without -static still gets the archive, not
# the shared library beside it.
cat >"$D_LIB/pkgconfig/$NAME-static.pc" <<EOF
# boardkit C API, static archive, installed by ffi/install.sh${FEATURES:+ (features $FEATURES)}
prefix=$PREFIX
libdir=$LIBDIR
includedir=$INCLUDEDIR

Name: $NAME-static
Description: Governance records of multi-agency partnership boards (C API, static archive)
Version: $VERSION
Cflags: -I\${includedir}/boardkit$MACROS
Libs: \${libdir}/lib$NAME.a $PRIVATE
EOF

# CMake package: paths relative to the config file, so a moved prefix still works.
REL_LIB=$(realpath -m --relative-to="$LIBDIR/cmake/boardkit" "$LIBDIR")
REL_INC=$(realpath -m --relative-to="$LIBDIR/cmake/boardkit" "$INCLUDEDIR/boardkit")
CMAKE_LIBS=$(echo "$PRIVATE" | sed 's/-l//g; s/ /;/g')
CMAKE_DEFS=$(echo "$MACROS" | sed 's/^ *//; s/-D//g; s/ /;/g')
cat >"$D_LIB/cmake/boardkit/boardkitConfig.cmake" <<EOF
# boardkit C API for CMake, installed by ffi/install.sh.
#   find_package(boardkit $VERSION REQUIRED)
#   target_link_libraries(app PRIVATE boardkit::boardkit)          # shared
#   target_link_libraries(app PRIVATE boardkit::boardkit_static)   # static
get_filename_component(_boardkit_libdir "\${CMAKE_CURRENT_LIST_DIR}/$REL_LIB" ABSOLUTE)
get_filename_component(_boardkit_incdir "\${CMAKE_CURRENT_LIST_DIR}/$REL_INC" ABSOLUTE)
if(NOT TARGET boardkit::boardkit)
  add_library(boardkit::boardkit SHARED IMPORTED)
  set_target_properties(boardkit::boardkit PROPERTIES
    IMPORTED_LOCATION "\${_boardkit_libdir}/$REAL"
    IMPORTED_SONAME "$SONAME"
    INTERFACE_INCLUDE_DIRECTORIES "\${_boardkit_incdir}"
    INTERFACE_COMPILE_DEFINITIONS "$CMAKE_DEFS")
endif()
if(NOT TARGET boardkit::boardkit_static)
  add_library(boardkit::boardkit_static STATIC IMPORTED)
  set_target_properties(boardkit::boardkit_static PROPERTIES
    IMPORTED_LOCATION "\${_boardkit_libdir}/lib$NAME.a"
    IMPORTED_LINK_INTERFACE_LANGUAGES "C"
    INTERFACE_INCLUDE_DIRECTORIES "\${_boardkit_incdir}"
    INTERFACE_COMPILE_DEFINITIONS "$CMAKE_DEFS"
    INTERFACE_LINK_LIBRARIES "$CMAKE_LIBS")
endif()
set(boardkit_INCLUDE_DIRS "\${_boardkit_incdir}")
set(boardkit_LIBRARIES boardkit::boardkit)
unset(_boardkit_libdir)
unset(_boardkit_incdir)
EOF
cat >"$D_LIB/cmake/boardkit/boardkitConfigVersion.cmake" <<EOF
# Compatible: the same major version (for 0.x, the same minor), not older than asked.
set(PACKAGE_VERSION "$VERSION")
set(PACKAGE_VERSION_COMPATIBLE FALSE)
if(PACKAGE_FIND_VERSION VERSION_LESS_EQUAL PACKAGE_VERSION)
  string(REPLACE "." ";" _bk_have "\${PACKAGE_VERSION}")
  list(GET _bk_have 0 _bk_major)
  list(GET _bk_have 1 _bk_minor)
  if(PACKAGE_FIND_VERSION_MAJOR EQUAL _bk_major AND
     (NOT _bk_major EQUAL 0 OR PACKAGE_FIND_VERSION_MINOR EQUAL _bk_minor))
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
  endif()
  if(PACKAGE_FIND_VERSION VERSION_EQUAL PACKAGE_VERSION)
    set(PACKAGE_VERSION_EXACT TRUE)
  endif()
endif()
if(NOT CMAKE_SIZEOF_VOID_P STREQUAL "" AND NOT CMAKE_SIZEOF_VOID_P STREQUAL "8")
  set(PACKAGE_VERSION_UNSUITABLE TRUE)
endif()
EOF

if [ -z "$DESTDIR" ] && [ "$(id -u)" = 0 ] && [ -z "$RPATH" ] && command -v ldconfig >/dev/null; then
    ldconfig
fi
say "installed boardkit $VERSION into ${DESTDIR}$PREFIX"
echo "$DESTDIR$PREFIX"
