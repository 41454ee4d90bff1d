#!/usr/bin/env bash
# The one test command: installs what is missing, then type-checks, lints,
# runs the unit tests and the browser tests against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/ensure-test-tools.sh
echo "== type check"; npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 1
echo "== lint"; npx eslint --max-warnings 0 .
echo "== unit tests"; npx vitest run
echo "== build"; npx vite build --logLevel warn
echo "== end-to-end tests"; npx playwright test
