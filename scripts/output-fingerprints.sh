#!/usr/bin/env bash
# Prints an md5 for every report, in every format and language, that BINARY
# writes over DATA (default Data/): run it with the binary before and after a
# refactor and diff the two listings; they must be identical.
#
#   scripts/output-fingerprints.sh /tmp/old/childplan > /tmp/before.txt
#   scripts/output-fingerprints.sh .build/release/childplan > /tmp/after.txt
#   diff /tmp/before.txt /tmp/after.txt
#
#   scripts/output-fingerprints.sh BINARY /tmp/national 2030-01-01   # the generated national set
set -uo pipefail
binary=${1:?usage: output-fingerprints.sh BINARY [DATA] [AS-OF]}
data=${2:-Data}
asof=${3:-2026-11-22}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
    local name=$1; shift
    "$binary" "$@" >"$work/out" 2>"$work/err"
    local code=$?
    printf '%s  exit %s  stdout %s  stderr %s\n' "$name" "$code" \
        "$(md5sum <"$work/out" | cut -c1-32)" "$(md5sum <"$work/err" | cut -c1-32)"
}

for lang in vi en; do
    for format in markdown json csv html text; do
        common=(--as-of "$asof" --lang "$lang" --format "$format" "$data")
        run "report $format $lang" report "${common[@]}"
        for section in status overdue coverage returns; do
            run "report $section $format $lang" report "$section" "${common[@]}"
        done
        run "agencies $format $lang" agencies --as-of "$asof" --lang "$lang" --format "$format" "$data"
        if [ "$data" = Data ]; then
            run "agency $format $lang" report agency "sở y tế" "${common[@]}"
            run "compare $format $lang" report compare qd-27-ttg-2025 thuy-nguyen-2025 "${common[@]}"
            run "remind $format $lang" remind --period 2026-H1 --as-of "$asof" --lang "$lang" --format "$format" "$data"
        fi
    done
done
run "validate" validate "$data"
if [ "$data" = Data ]; then
    run "template" template --agency "Sở Y tế" --period 2026-H1 Data
    run "import" import Data/kon-tum-2025.csv
    run "report bad option" report --formt json
    run "report missing" report /nonexistent
    run "help" help report
fi
