#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when the build uses something from a Debian package that scripts/common.sh does not
# install, directly or as a dependency: a machine where that package was installed by hand builds,
# a fresh one does not.
#
# Usage: check_packages.sh BUILD_DIR [COMMON_SH]
# Checked against the dependency closure of NETRAL_PACKAGES plus Debian's base system (packages of
# priority `required`, and apt, as in a minimal debootstrap):
#   - every CMake package the configure step found (each `*_DIR` entry of CMakeCache.txt);
#   - every program CMake found (each absolute FILEPATH entry of CMakeCache.txt);
#   - every program the scripts call: each word at a command position in scripts/*.sh,
#     tests/install/*.sh and tests/print/*.sh that names a program on PATH, and the programs
#     CPack's DEB generator runs.
set -euo pipefail

build_dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
common=${2:-$root/scripts/common.sh}
cache=$build_dir/CMakeCache.txt
[ -f "$cache" ] || { echo "check_packages: no $cache" >&2; exit 2; }

# shellcheck source=/dev/null
source "$common"
[ ${#NETRAL_PACKAGES[@]} -gt 0 ] || { echo "check_packages: $common sets no NETRAL_PACKAGES" >&2; exit 2; }

closure_of() {
    local names=()
    for name in "$@"; do [ -n "$name" ] && names+=("$name"); done
    { apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${names[@]}" 2>/dev/null || true; } |
        sed -n 's/^\([^ <][^ ]*\)$/\1/p' | sed 's/:.*//'
}
base=$(dpkg-query -W -f='${Package} ${Priority}\n' | awk '$2 == "required" { print $1 }')
allowed=$( { closure_of "${NETRAL_PACKAGES[@]}"; closure_of $base apt; } | sort -u)
if [ -z "$(closure_of apt)" ]; then
    echo "check_packages: apt-cache knows no packages; run apt-get update first" >&2
    exit 2
fi

# What to check: "DESCRIPTION<TAB>PATH" lines.
checks=()
# CMake packages and programs found at configure time.
while IFS= read -r line; do
    name=${line%%:*}
    value=${line#*=}
    case "$value" in /*) ;; *) continue ;; esac
    case "$value" in "$build_dir"* | "$root"*) continue ;; esac
    case "$line" in
        *_DIR:PATH=*) [ -d "$value" ] && checks+=("CMake package $name"$'\t'"$value") ;;
        *:FILEPATH=*) [ -f "$value" ] && [ -x "$value" ] &&
            checks+=("program $name"$'\t'"$(readlink -f "$value")") ;;
    esac
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=' "$cache")

# Programs the scripts call, and those CPack's DEB generator runs.
# A word at a command position: the start of a line or a pipeline stage, after `$(`, `;`, `&&`,
# `||`, `!`, or a keyword that starts a command.
words=$(sed 's/#.*//' "$root"/scripts/*.sh "$root"/tests/install/*.sh "$root"/tests/print/*.sh |
        grep -oE '(^|[|;&(!]|\$\(|(then|do|else|exec|sudo|time) )[[:space:]]*[a-z][a-z0-9+_.-]*' |
        grep -oE '[a-z][a-z0-9+_.-]*$' | sort -u)
for word in $words dpkg-deb dpkg-shlibdeps file readelf objcopy strip; do
    [ "$(type -t "$word" 2>/dev/null)" = "file" ] || continue
    checks+=("program $word"$'\t'"$(readlink -f "$(type -P "$word")")")
done

# Owners of every path in one dpkg query. With merged /usr, dpkg may know a file by its /bin,
# /sbin or /lib name, so both names are asked.
paths=()
for check in "${checks[@]}"; do
    path=${check#*$'\t'}
    paths+=("$path")
    case "$path" in /usr/bin/* | /usr/sbin/* | /usr/lib/*) paths+=("${path#/usr}") ;; esac
done
owners_of=$(dpkg-query -S "${paths[@]}" 2>/dev/null || true)

failures=()
for check in "${checks[@]}"; do
    what=${check%%$'\t'*}
    path=${check#*$'\t'}
    owners=$(awk -v p="$path" -v q="${path#/usr}" -F ': ' '$2 == p || $2 == q { print $1 }' \
             <<<"$owners_of" | tr ',' '\n' | sed 's/^ *//;s/:.*//' | sort -u)
    if [ -z "$owners" ]; then
        failures+=("$what ($path) belongs to no Debian package")
        continue
    fi
    found=no
    for owner in $owners; do grep -qx "$owner" <<<"$allowed" && found=yes; done
    [ $found = yes ] ||
        failures+=("$what ($path) comes from a package not installed by scripts/common.sh: $(echo $owners)")
done

if [ ${#failures[@]} -gt 0 ]; then
    printf 'check_packages: %s\n' "${failures[@]}" | sort -u
    echo "check_packages: add the package to NETRAL_PACKAGES in scripts/common.sh" \
         "and say why in docs/dependencies.md"
    exit 1
fi
echo "check_packages: every CMake package and program comes from NETRAL_PACKAGES" \
     "(${#NETRAL_PACKAGES[@]} packages, $(wc -l <<<"$allowed") with dependencies) or the base system"
