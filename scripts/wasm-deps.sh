#!/usr/bin/env bash
# Builds the third-party libraries the WebAssembly build links against -- ICU (common part and a
# slim data package), simdjson and Snowball -- from Debian's *source* packages of the very versions
# installed natively, so both builds run the same code.  The result is cached outside the work tree,
# keyed by versions and flags; a second run is a no-op.  Prints the cache prefix on stdout.
set -euo pipefail

RECIPE=3   # bump when this script changes what it produces
CACHE_ROOT=${CORROBORATE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/corroborate}
# (ICU at -Os, not -O2: the module is 19.2 KB gzip smaller, and bench/tools/ab.mjs times it the
# same on the demo story and on 1,000 articles -- ICU's code is not what the engine waits on;
# simdjson and Snowball, which parse each call's JSON and stem each word, stay at -O2)
EMFLAGS="-O2"
ICU_FLAGS="-Os"
# (UCONFIG_NO_SERVICE: break iterators are made straight from their data, with no registry of
# services in between, which the engine never registers; 9.2 KB gzip less)
ICU_DEFS="-DU_COMMON_IMPLEMENTATION -DU_STATIC_IMPLEMENTATION -DU_ENABLE_DYLOAD=0 \
-DUCONFIG_NO_LEGACY_CONVERSION=1 -DU_CHARSET_IS_UTF8=1 -DU_USING_ICU_NAMESPACE=0 -DUCONFIG_NO_SERVICE=1"
# What the engine needs of ICU's data: word and sentence breaking for root/en/fr (with the
# sentence-break suppressions that keep "Mr." from ending a sentence) and NFKC_Casefold, which
# nfkc_cf.nrm holds whole (plain NFKC, nfkc.nrm, is not used: 55 KB less).  Case mapping and NFC
# are compiled into the common library itself.
ICU_ITEMS="brkitr/root.res brkitr/en.res brkitr/en_US.res brkitr/fr.res brkitr/res_index.res \
brkitr/word.brk brkitr/sent.brk nfkc_cf.nrm"
STEMMERS="english french"

export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
log() { echo "wasm-deps: $*" >&2; }

ver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || { log "$1 is not installed (run scripts/setup.sh)"; exit 1; }; }
ICU_V=$(ver libicu-dev); SIMDJSON_V=$(ver libsimdjson-dev); SNOWBALL_V=$(ver libstemmer-dev)
EMCC_V=$(emcc --version | sed -n 1p)  # sed reads it all: `head` could break the pipe
KEY=$(printf '%s\n' "$RECIPE" "$ICU_V" "$SIMDJSON_V" "$SNOWBALL_V" "$EMCC_V" "$EMFLAGS" "$ICU_FLAGS" "$ICU_DEFS" \
      "$ICU_ITEMS" "$STEMMERS" | sha256sum | cut -c1-16)
PREFIX="$CACHE_ROOT/wasm-deps-$KEY"
if [ -f "$PREFIX/.done" ]; then echo "$PREFIX"; exit 0; fi

log "building ICU $ICU_V, simdjson $SIMDJSON_V, Snowball $SNOWBALL_V for wasm into $PREFIX"
WORK=$(mktemp -d "$CACHE_ROOT.work.XXXXXX" 2>/dev/null || { mkdir -p "$CACHE_ROOT"; mktemp -d "$CACHE_ROOT/work.XXXXXX"; })
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# --- sources: a private sources list and lists dir, so the machine's own lists stay as they are
mkdir -p apt/parts apt/lists/partial
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && sed -n '/^Types:/s/^Types:.*/Types: deb-src/;p' "$f" > "apt/parts/$(basename "$f")"
done
[ -f /etc/apt/sources.list ] && sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > apt/parts/main.list || true
APT=(apt-get -q -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$WORK/apt/parts"
     -o Dir::State::Lists="$WORK/apt/lists")
"${APT[@]}" update >&2
"${APT[@]}" source --download-only "icu=$ICU_V" "simdjson=$SIMDJSON_V" "snowball=$SNOWBALL_V" >&2
for d in *.dsc; do dpkg-source -x --no-check "$d" >/dev/null; done

rm -rf "$PREFIX.tmp"; mkdir -p "$PREFIX.tmp"/{lib,include,data}
OUT="$PREFIX.tmp"
JOBS=$(nproc)

# --- ICU common (break iteration, normalization, case folding); no i18n, no converters
ICU=$(echo icu-*/source)
# The slim data holds no dictionaries and no LSTM models, so the break engines for Thai, Lao,
# Khmer, Burmese and CJK text can never load (such text is broken by the rules alone, as it is now):
# their factory made to load none, the engines' code and what only they use (UnicodeSet patterns,
# strtod's long-double arithmetic) leave the module.
perl -0pi -e 's/(ICULanguageBreakFactory::loadEngineFor\([^)]*\)\s*\{)/$1\n    return nullptr;  \/\/ corroborate: no dictionaries in the slim data/' "$ICU/common/brkeng.cpp"
grep -q 'corroborate: no dictionaries' "$ICU/common/brkeng.cpp" || { log "could not patch brkeng.cpp"; exit 1; }
mkdir -p obj/icu
ls "$ICU"/common/*.cpp | xargs -P "$JOBS" -I{} sh -c \
  'em++ -std=c++17 -w '"$ICU_FLAGS $ICU_DEFS"' -I'"$ICU"'/common -c {} -o obj/icu/$(basename {} .cpp).o'
# the slim data package, embedded as the symbol ICU looks for (icudt72_dat)
ICU_MAJOR=$(sed -n 's/^#define U_ICU_VERSION_MAJOR_NUM \([0-9]*\).*/\1/p' "$ICU/common/unicode/uvernum.h")
DAT="icudt${ICU_MAJOR}l.dat"
mkdir -p slim
printf '%s\n' $ICU_ITEMS > slim/keep.txt
icupkg -l "$ICU/data/in/$DAT" | grep -vxF -f slim/keep.txt > slim/remove.txt
icupkg --ignore-deps -r slim/remove.txt "$ICU/data/in/$DAT" "slim/$DAT" >&2
cp "slim/$DAT" "$OUT/data/$DAT"
genccode -q -d slim "slim/$DAT" >&2
sed -i "s/icudt${ICU_MAJOR}l_dat/icudt${ICU_MAJOR}_dat/" "slim/icudt${ICU_MAJOR}l_dat.c"
emcc $ICU_FLAGS -I"$ICU/common" -c slim/icudt${ICU_MAJOR}l_dat.c -o obj/icu/icudata.o
emar rcs "$OUT/lib/libicuuc.a" obj/icu/*.o
cp -r "$ICU/common/unicode" "$OUT/include/"

# --- simdjson: the amalgamated single file
SJ=$(echo simdjson-*/)
em++ -std=c++17 $EMFLAGS -DSIMDJSON_EXCEPTIONS=0 -c "$SJ/singleheader/simdjson.cpp" -o obj/simdjson.o
emar rcs "$OUT/lib/libsimdjson.a" obj/simdjson.o
cp "$SJ/singleheader/simdjson.h" "$OUT/include/"

# --- Snowball: the compiler natively, then libstemmer (UTF-8, our languages only) with emcc
SB=$(echo snowball-*/)
( cd "$SB"
  for s in $STEMMERS; do grep -E "^$s[[:space:]]" libstemmer/modules.txt; done \
    | awk '{print $1, "UTF_8", $3}' > modules.slim
  mv modules.slim libstemmer/modules.txt
  make -s snowball >&2
  make -s CC=emcc AR=emar CFLAGS="$EMFLAGS" libstemmer.a >&2 )
cp "$SB/libstemmer.a" "$OUT/lib/libstemmer.a"
cp "$SB/include/libstemmer.h" "$OUT/include/"

cat > "$OUT/versions.txt" <<V
icu $ICU_V
simdjson $SIMDJSON_V
snowball $SNOWBALL_V
$EMCC_V
flags $EMFLAGS (ICU $ICU_FLAGS)
V
touch "$OUT/.done"
rm -rf "$PREFIX"; mv "$OUT" "$PREFIX"
log "done: $(du -sh "$PREFIX" | cut -f1)"
echo "$PREFIX"
