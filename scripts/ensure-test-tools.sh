#!/usr/bin/env bash
# Debian's Chromium and a CJK font for the browser tests, and the real
# clients the export tests open files with (poppler for PDFs, librsvg for
# SVGs); installed with apt when missing. Elsewhere, set CHROMIUM_PATH to a
# Chromium binary and install pdftotext, pdffonts and rsvg-convert.
set -euo pipefail
need=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not executable" >&2; exit 1; }
else
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
command -v pdftotext >/dev/null && command -v pdffonts >/dev/null || need+=(poppler-utils)
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
# grep without -q: with pipefail, an early exit would fail the pipeline on SIGPIPE.
has_font() { fc-list 2>/dev/null | grep "Noto Sans CJK" >/dev/null || dpkg -s fonts-noto-cjk >/dev/null 2>&1; }
[ -n "${CHROMIUM_PATH:-}" ] || has_font || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Missing ${need[*]} and no apt-get here: install them (and set CHROMIUM_PATH for Chromium)" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
