#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Prints incidents to PDF with `netral eval --format pdf` and checks the pages: A4, a sane page
# count, every word inside the page's text area (nothing cut or run off the right margin), the
# page number and the rule set's digest in every page's footer.
#
# Usage: check_print.sh NETRAL RULES_DIR OUT_DIR INCIDENT...
# Each incident is printed twice: Indonesian with the summary, English with the full trail.
# The PDFs stay in OUT_DIR to be looked at (pdftoppm -png -r 60 FILE.pdf PREFIX).
set -euo pipefail

netral=$1
rules=$2
out=$3
shift 3
mkdir -p "$out"

# A4 in points, and the text area the style sheet gives (18 mm side margins), with 1 pt of
# slack for rounding. The footer sits in the bottom margin, inside the same columns.
page_width=595.28
page_height=841.89
left=$(awk 'BEGIN { print 18 * 72 / 25.4 - 1 }')
right=$(awk -v w=$page_width 'BEGIN { print w - 18 * 72 / 25.4 + 1 }')
max_pages=12

digest=$("$netral" check "$rules" 2>&1 | grep -oE 'sha256:[0-9a-f]{64}' | head -n 1)
failures=0
fail() {
    echo "check_print: $*" >&2
    failures=$((failures + 1))
}

for incident in "$@"; do
    name=$(basename "${incident%.*}")
    for variant in "id summary" "en full"; do
        read -r lang detail <<<"$variant"
        pdf=$out/$name.$lang.pdf
        if ! "$netral" eval "$incident" --rules "$rules" --as-of 2025-06-01 --lang "$lang" \
            --detail "$detail" --format pdf -o "$pdf" 2>"$out/$name.$lang.log"; then
            fail "$pdf: netral eval failed: $(cat "$out/$name.$lang.log")"
            continue
        fi
        info=$(pdfinfo "$pdf")
        pages=$(awk '/^Pages:/ { print $2 }' <<<"$info")
        size=$(awk '/^Page size:/ { print $3 " " $5 }' <<<"$info")
        [ "$size" = "595.276 841.89" ] || fail "$pdf: page size $size, not A4"
        [ "$pages" -ge 1 ] && [ "$pages" -le $max_pages ] || fail "$pdf: $pages pages"
        # Every word's box inside the text columns and on the page.
        outside=$(pdftotext -bbox "$pdf" - |
            awk -v l="$left" -v r="$right" -v h=$page_height '
                /<word / {
                    match($0, /xMin="[^"]*"/); x0 = substr($0, RSTART + 6, RLENGTH - 7)
                    match($0, /xMax="[^"]*"/); x1 = substr($0, RSTART + 6, RLENGTH - 7)
                    match($0, /yMax="[^"]*"/); y1 = substr($0, RSTART + 6, RLENGTH - 7)
                    if (x0 + 0 < l || x1 + 0 > r || y1 + 0 > h) { n++; if (n <= 3) print }
                }
                END { exit n > 0 }') || fail "$pdf: words outside the text area:"$'\n'"$outside"
        # The footer of every page: "n / N" and the digest.
        for ((page = 1; page <= pages; page++)); do
            text=$(pdftotext -f $page -l $page -layout "$pdf" -)
            grep -qE "(^|[^0-9])$page ?/ ?$pages([^0-9]|\$)" <<<"$text" || fail "$pdf: page $page has no \"$page / $pages\""
            grep -q "${digest:0:30}" <<<"$text" || fail "$pdf: page $page has no digest in its footer"
        done
    done
done

[ $failures -eq 0 ] || exit 1
echo "check_print: $(($# * 2)) documents printed, every page A4 with its words inside the margins"
