#!/usr/bin/env bash
# Browser journeys drive Debian's Chromium (Playwright's own browser download cannot work offline here).
# A fresh machine has none: install it when we may (root + apt), otherwise say exactly what is missing.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  echo "Chromium: ${CHROMIUM_PATH}"; exit 0
fi
# Capture fc-list's output first: `fc-list | grep -q` under pipefail fails when grep exits at the first match
# and fc-list dies of SIGPIPE (exit 141), which made this script reinstall packages that were there.
have_cjk_fonts() {
  local fonts
  fonts="$(fc-list 2>/dev/null || true)"
  grep -qi "Noto Sans CJK" <<<"${fonts}"
}
if command -v chromium >/dev/null 2>&1 && have_cjk_fonts; then
  echo "Chromium: $(command -v chromium) ($(chromium --version 2>/dev/null || echo unknown version))"; exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium or CJK fonts not found: installing Debian's chromium and fonts-noto-cjk packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # CJK fonts so the Chinese screens render (and the screenshots in docs/ show characters, not boxes).
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  echo "Chromium: $(command -v chromium) ($(chromium --version 2>/dev/null))"
  exit 0
fi
if command -v chromium >/dev/null 2>&1; then
  echo "Chromium found, but no CJK fonts (install fonts-noto-cjk): Chinese screenshots will show boxes." >&2
  exit 0
fi
echo "Chromium is required for the browser tests: install Debian's 'chromium' package (sudo apt-get install chromium)" >&2
echo "or set CHROMIUM_PATH to a Chromium/Chrome binary." >&2
exit 1
