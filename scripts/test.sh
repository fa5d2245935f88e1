#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, and runs every suite -- the doctest suite natively,
# under ASan + UBSan, and as WebAssembly under node, then the JS API and browser tests with node's
# test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

echo "== doctest (native)"
./build/native/corroborate_tests
echo "== doctest (native, AddressSanitizer + UndefinedBehaviorSanitizer)"
if [ ! -f build/asan/Makefile ]; then
  cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DCORROBORATE_SANITIZE=ON >/dev/null
fi
cmake --build build/asan -j "$(nproc)" --target corroborate_tests
./build/asan/corroborate_tests
echo "== doctest (wasm, node)"
node build/wasm/corroborate_tests.js
echo "== node:test (JS API, CLI, browser)"
node --test tests/js/*.test.mjs tests/browser/*.test.mjs
