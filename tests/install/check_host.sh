#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures tests/install/host, a project that includes netral with add_subdirectory; its
# CMakeLists.txt fails the configure when netral imposes anything on the host.
# Usage: check_host.sh [CXX_COMPILER]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/netral-host.XXXXXX")
trap 'rm -rf "$work"' EXIT
compiler=${1:-c++}
cmake -S "$root/tests/install/host" -B "$work" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" \
    -DNETRAL_SOURCE_DIR="$root" 2>&1 | grep -E "host:|Error|error" || true
grep -q "^CMAKE_BUILD_TYPE:STRING=$" "$work/CMakeCache.txt" ||
    { echo "check_host: the host's CMAKE_BUILD_TYPE was changed" >&2; exit 1; }
[ -f "$work/build.ninja" ] || { echo "check_host: the host project did not configure" >&2; exit 1; }
echo "check_host: netral included through add_subdirectory imposes nothing on its host"
