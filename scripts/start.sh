#!/usr/bin/env bash
# The one start command: installs, builds and serves the app on
# http://127.0.0.1:4173/ (PORT overrides). Works offline once installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npx vite build --logLevel warn
exec npx tsx scripts/serve.ts --host 127.0.0.1 --port "${PORT:-4173}"
