#!/usr/bin/env bash
# Builds everything, incrementally: the native engine and test binary (build/native), the
# third-party wasm libraries (cached outside the tree by wasm-deps.sh), and the WebAssembly module
# (dist/) with its test binary (build/wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # em++ runs its JS tools with node
JOBS=$(nproc)

if [ ! -f build/native/Makefile ]; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build/native -j "$JOBS"

DEPS=$(bash scripts/wasm-deps.sh)
if [ ! -f build/wasm/Makefile ] || ! grep -q "CORROBORATE_WASM_DEPS:PATH=$DEPS\$" build/wasm/CMakeCache.txt; then
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DCORROBORATE_WASM_DEPS="$DEPS" >/dev/null
fi
cmake --build build/wasm -j "$JOBS"
