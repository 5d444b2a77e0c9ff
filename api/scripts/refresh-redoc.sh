#!/usr/bin/env bash
# Refreshes the contract page's renderer: Redoc's standalone bundle from the npm registry, with its
# licence, into api/src/main/resources/docs/. The bundle is committed, so that a build needs neither
# npm nor the network (Maven runs offline after its first run) and the page needs no CDN.
#   api/scripts/refresh-redoc.sh            # the version below
#   api/scripts/refresh-redoc.sh 3.0.2      # another one; then change REDOC_VERSION here and in docs/api.md
set -euo pipefail
REDOC_VERSION="${1:-3.0.1}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/src/main/resources/docs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "redoc@$REDOC_VERSION" >/dev/null && tar xzf "redoc-$REDOC_VERSION.tgz")
cp "$work/package/bundles/redoc.standalone.js" "$target/redoc.standalone.js"
cp "$work/package/LICENSE" "$target/redoc.LICENSE"
printf 'redoc %s (npm), bundles/redoc.standalone.js\nsha256 %s\n' "$REDOC_VERSION" \
    "$(sha256sum "$target/redoc.standalone.js" | cut -d' ' -f1)" > "$target/redoc.VERSION"
cat "$target/redoc.VERSION"
