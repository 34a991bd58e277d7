#!/usr/bin/env bash
# Fuzzes the CSV reader, the appendix importer, the other readers and the
# timeframe parser with libFuzzer (and AddressSanitizer). Linked with lld:
# gold fails on the sanitizer runtime here.
#
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer options]     (default: 300 seconds)
#
# The corpus starts from Data/ and the test fixtures and grows in fuzz-corpus/
# (not committed). A crash is saved as fuzz-artifacts/crash-*; replay it with
#   .build-fuzz/release/ChildPlanFuzz fuzz-artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
swift build -c release --product ChildPlanFuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
mkdir -p fuzz-corpus fuzz-artifacts
if [ -z "$(ls -A fuzz-corpus)" ]; then
  find Data Tests/ChildPlanKitTests/Fixtures -type f \( -name '*.csv' -o -name '*.json' \) -exec cp {} fuzz-corpus/ \;
  [ -d ../shared/conformance/csv-spectrum ] && cp ../shared/conformance/csv-spectrum/*.csv fuzz-corpus/ || true
fi
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/ChildPlanFuzz \
  -max_total_time="$seconds" -max_len=65536 -dict=scripts/fuzz.dict -artifact_prefix=fuzz-artifacts/ \
  -print_final_stats=1 "$@" fuzz-corpus
