#!/usr/bin/env bash
# Debian's Chromium and a CJK font for the browser tests; installed with apt
# when missing. Elsewhere, set CHROMIUM_PATH to a Chromium binary.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not executable" >&2; exit 1; }
  exit 0
fi
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# grep without -q: with pipefail, an early exit would fail the pipeline on SIGPIPE.
has_font() { fc-list 2>/dev/null | grep "Noto Sans CJK" >/dev/null || dpkg -s fonts-noto-cjk >/dev/null 2>&1; }
has_font || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Missing ${need[*]} and no apt-get here: install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
