#!/usr/bin/env bash
# Prepends the Apache license header to Java sources that lack it.
set -euo pipefail
cd "$(dirname "$0")"
find . -path ./.git -prune -o -name '*.java' -print | while read -r f; do
	if ! head -3 "$f" | grep -q "Copyright"; then
		cat .license-header.txt "$f" > "$f.tmp" && mv "$f.tmp" "$f"
	fi
done
