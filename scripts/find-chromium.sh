#!/usr/bin/env bash
# Prints the path of a Chromium for the end-to-end tests and benchmarks.
# Uses $CHROME_PATH or Debian's /usr/bin/chromium; as root with apt-get, installs
# Debian's chromium when there is none. Never downloads a browser of its own.
# The one place that knows the path: npm test, playwright.config.ts and the bench
# all ask this script (TypeScript through chromiumPath() in scripts/chromium-flags.ts).
set -euo pipefail

debian_chromium=/usr/bin/chromium

if [ -n "${CHROME_PATH:-}" ]; then
  if [ -x "$CHROME_PATH" ]; then echo "$CHROME_PATH"; exit 0; fi
  echo "CHROME_PATH is set to '$CHROME_PATH', which is not an executable file." >&2
  exit 1
fi

if [ -x "$debian_chromium" ]; then echo "$debian_chromium"; exit 0; fi

apt_note=""
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium with apt-get…" >&2
  export DEBIAN_FRONTEND=noninteractive
  # apt's output goes to a log: if it fails (no network, a held lock), the
  # one line below says what to do, not a page of apt errors under set -e.
  apt_log="$(mktemp "${TMPDIR:-/tmp}/find-chromium-apt.XXXXXX")"
  if apt-get update -qq >"$apt_log" 2>&1 && apt-get install -y -qq chromium >>"$apt_log" 2>&1 &&
    [ -x "$debian_chromium" ]; then
    rm -f "$apt_log"
    echo "$debian_chromium"
    exit 0
  fi
  apt_note=" (apt-get could not install it; its output is in $apt_log)"
fi

echo "No Chromium found${apt_note}: install Debian's (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary." >&2
exit 1
