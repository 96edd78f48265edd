#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb with CPack from BUILD_DIR and checks what it holds and declares: the CLI, the
# rules, the library, headers, CMake package, pkg-config file, completion and man pages under
# /usr, and run-time dependencies found from the binaries (yaml-cpp, Boost.JSON).
#
# Usage: check_deb.sh BUILD_DIR [OUT_DIR]   (OUT_DIR keeps the .deb; default: a temporary folder)
set -euo pipefail

build_dir=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/netral-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=${2:-$work}
fail() { echo "check_deb: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$out" -maxdepth 1 -name 'netral_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack made no netral_*.deb"
echo "built: $(basename "$deb")"

dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
for file in /usr/bin/netral /usr/lib/libnetral.so /usr/lib/libnetral.a \
            /usr/lib/cmake/netral/netralConfig.cmake /usr/lib/pkgconfig/netral.pc \
            /usr/include/netral/evaluate.hpp /usr/include/netral/netral.h \
            /usr/share/netral/rules/vocabulary.rules \
            /usr/share/bash-completion/completions/netral /usr/share/man/man1/netral.1; do
    grep -qx -- "$file" "$work/contents" || fail "the package has no $file"
done
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for library in libyaml-cpp0.7 libboost-json1.81.0 libc6 libstdc++6; do
    grep -q "$library" <<<"$depends" || fail "Depends does not name $library"
done
echo "check_deb: the package holds every installed file and declares its run-time dependencies"
