#!/usr/bin/env bash
# Installs what the project needs and is missing: Debian packages (apt-get) and node modules
# (npm ci).  Safe to run again: it does nothing when all is there.  Packages given as arguments
# are installed too (scripts/fuzz.sh asks for clang this way).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake make g++ pkg-config dpkg-dev       # native build, and dpkg-source for the wasm deps
  libicu-dev icu-devtools                  # ICU 72 (natively) and icupkg/genccode (wasm data)
  libsimdjson-dev doctest-dev libstemmer-dev
  emscripten                               # em++ 3.1.6 for the WebAssembly build
  chromium                                 # the browser tests (driven by playwright-core)
  "$@"
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# npm ci when node_modules is missing or older than the lock file
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi
