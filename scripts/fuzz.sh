#!/usr/bin/env bash
# Fuzzes one target of Sources/ChildPlanFuzz with libFuzzer and AddressSanitizer
# (linked with lld: gold fails on the sanitizer runtime here).
#
#   scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options]    (default: 300 seconds)
#   scripts/fuzz.sh all [SECONDS]                            each target in turn, SECONDS each
#
# Targets: csv, appendix, plan-json, updates, registry, words (timeframe, period,
# day, status, agency names), pipeline (a generated data set through every
# report and format), log (a row appended to a log and read back), inflate
# (DEFLATE streams), zip (whole archives), docx (a Word body's XML, packed into
# a document and imported), xlsx (a sheet's XML, packed into a workbook).
#
# Each target's corpus starts from its seeds in scripts/fuzz-seeds/TARGET (kept
# small with -merge=1) and, for the file readers, Data/ and the test fixtures;
# it grows in fuzz-corpus/TARGET (not committed). A crash is saved as
# fuzz-artifacts/TARGET-crash-…; replay it with
#   FUZZ_TARGET=TARGET .build-fuzz/release/ChildPlanFuzz fuzz-artifacts/TARGET-crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh TARGET|all [SECONDS] [libFuzzer options]}"
seconds="${2:-300}"
shift; shift || true
if [ "$target" = all ]; then
  for each in csv appendix plan-json updates registry words pipeline log inflate zip docx xlsx; do "$0" "$each" "$seconds" "$@"; done
  exit
fi
case "$target" in
  words) max_len=256 ;;
  pipeline) max_len=512 ;;
  plan-json|docx|xlsx) max_len=16384 ;;
  inflate|zip) max_len=16384 ;;
  csv|appendix|updates|registry|log) max_len=4096 ;;
  *) echo "unknown target '$target'" >&2; exit 64 ;;
esac
swift build -c release --product ChildPlanFuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
corpus="fuzz-corpus/$target"
mkdir -p "$corpus" fuzz-artifacts
if [ -z "$(ls -A "$corpus")" ]; then
  [ -d "scripts/fuzz-seeds/$target" ] && cp "scripts/fuzz-seeds/$target"/* "$corpus/" 2>/dev/null || true
  case "$target" in
    csv|appendix|updates|registry|log)
      find Data Tests/ChildPlanKitTests/Fixtures -type f -name '*.csv' -size -4k -exec cp {} "$corpus/" \; ;;
    plan-json)
      find Data Tests/ChildPlanKitTests/Fixtures -type f -name '*.json' -size -16k -exec cp {} "$corpus/" \; ;;
    inflate)
      find Tests/OfficeFormatsTests/Fixtures/inflate -type f -name '*.deflate' -size -16k -exec cp {} "$corpus/" \; ;;
    zip)
      find Tests -type f \( -name '*.docx' -o -name '*.xlsx' \) -size -16k -exec cp {} "$corpus/" \; ;;
  esac
fi
FUZZ_TARGET="$target" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/ChildPlanFuzz \
  -max_total_time="$seconds" -max_len="$max_len" -dict=scripts/fuzz.dict -artifact_prefix="fuzz-artifacts/$target-" \
  -print_final_stats=1 "$@" "$corpus"
