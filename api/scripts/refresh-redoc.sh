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
original="$work/package/bundles/redoc.standalone.js"
# The one thing Redoc 3 fetches from elsewhere by itself: the "API docs by Redocly" logo from its CDN. An image that
# fails hides itself (its onError), so "data:," leaves the page with no request outside this server.
sed -e 's#https://cdn\.redoc\.ly/redoc/logo-mini-full\.svg#data:,#g' -e 's#https://cdn\.redoc\.ly/redoc/logo-mini\.svg#data:,#g' \
    "$original" > "$target/redoc.standalone.js"
if grep -q 'cdn\.redoc\.ly' "$target/redoc.standalone.js"; then
  echo "refresh-redoc: this Redoc still names its CDN; look at what it loads from there before committing it" >&2
  exit 1
fi
cp "$work/package/LICENSE" "$target/redoc.LICENSE"
printf 'redoc %s (npm), bundles/redoc.standalone.js, sha256 %s\nits CDN logo replaced by data:, (api/scripts/refresh-redoc.sh), sha256 %s\n' \
    "$REDOC_VERSION" "$(sha256sum "$original" | cut -d' ' -f1)" "$(sha256sum "$target/redoc.standalone.js" | cut -d' ' -f1)" \
    > "$target/redoc.VERSION"
cat "$target/redoc.VERSION"
