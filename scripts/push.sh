#!/usr/bin/env bash
# Deploy: the full test suite first (it builds dist/), then `clasp push` of dist/ to the dev or prod script.
# Usage: npm run push            (dev: .clasp.json)
#        npm run push -- prod    (prod: .clasp.prod.json)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-dev}"
case "$target" in
  dev) project=".clasp.json" ;;
  prod) project=".clasp.prod.json" ;;
  *) echo "unknown target '$target' (dev or prod)" >&2; exit 2 ;;
esac
[ -f "$project" ] || { echo "$project is missing: see README, 'Deploying'" >&2; exit 2; }
if grep -q 'REPLACE_WITH' "$project"; then
  echo "$project still holds a placeholder scriptId: see README, 'Deploying'" >&2
  exit 2
fi
# A red build is never pushed: npm test lints, type-checks, builds and runs every test.
npm test
# clasp reads the project file named by clasp_config_project (it must start with a dot).
clasp_config_project="$project" npx clasp push --force
echo "pushed dist/ to the $target script ($project)"
