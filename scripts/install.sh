#!/usr/bin/env bash
# Installs the npm dependencies exactly as locked, unless they already are.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
