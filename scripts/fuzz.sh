#!/usr/bin/env bash
# `npm run fuzz -- --seconds N [--target ingest|compare]`: builds the libFuzzer targets (clang,
# ASan + UBSan) in build/fuzz and runs each for N seconds (default 60) on a corpus seeded from
# tests/fuzz/seeds, the demo story and tests/data.  Exits non-zero when a target finds a crash,
# a leak or a timeout; the reproducer is left in build/fuzz/ (crash-*, leak-*, timeout-*).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=60
TARGETS="ingest compare"
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    --target) TARGETS=$2; shift 2 ;;
    *) echo "usage: npm run fuzz -- [--seconds N] [--target ingest|compare]" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh clang libclang-rt-14-dev
if [ ! -f build/fuzz/Makefile ]; then
  CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORROBORATE_FUZZ=ON >/dev/null
fi
cmake --build build/fuzz -j "$(nproc)" --target fuzz_ingest fuzz_compare

status=0
for t in $TARGETS; do
  corpus=build/fuzz/corpus-$t
  mkdir -p "$corpus"
  if [ "$t" = ingest ]; then
    cp demo/stories/*.json tests/data/*.json tests/fuzz/seeds/ingest-* "$corpus"/
  else
    cp tests/fuzz/seeds/compare-* "$corpus"/
    # the demo articles as compare inputs: a mode byte (5 articles, UTF-8), an options byte
    python3 - "$corpus" <<'PY'
import json, sys
d = json.load(open('demo/stories/raid-on-x.json'))
text = '\n'.join(a['text'] for a in d['articles']).encode()
open(sys.argv[1] + '/demo', 'wb').write(b'\x04\x05' + text[:60000])
PY
  fi
  echo "== fuzz_$t for ${SECONDS_EACH}s"
  (cd build/fuzz && ./fuzz_"$t" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
      -print_final_stats=1 "corpus-$t") 2>&1 | tail -n 12 || status=1
done
exit $status
