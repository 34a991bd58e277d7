#!/usr/bin/env bash
# Runs the hostile inputs of issue 17 that are too large to keep as tests, each
# against BINARY, and prints the exit code, seconds and peak memory of each:
#
#   scripts/hostile-cases.sh .build/release/childplan
#   scripts/hostile-cases.sh /tmp/old/childplan          # the same cases, an older build, to compare
#
# Every case is generated in a temporary folder (nothing large is kept in git)
# and every run is bounded by `timeout` (60 s) so that a runaway shows as 124.
set -uo pipefail
binary=${1:?usage: hostile-cases.sh BINARY}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header='STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện'

run() {
    local name=$1; shift
    /usr/bin/time -o "$work/time" -f "%x %e %M" timeout 60 "$binary" "$@" >/dev/null 2>&1
    read -r code seconds kilobytes < <(tail -1 "$work/time")
    # A crash: time says which signal ended the run (its %x is then 0).
    if grep -q "terminated by signal" "$work/time"; then code="sig$(grep -o 'signal [0-9]*' "$work/time" | cut -d' ' -f2)"; fi
    printf '%-34s exit %-4s %7s s %7d MB\n' "$name" "$code" "$seconds" $((kilobytes / 1024))
}

# 1. Task numbers past the limit.
for number in 9223372036854775807 9999999999 999999999 99999999; do
    printf '%s\nI,Nhóm,,,\n%s,Rà soát,Sở Y tế,,2027\n' "$header" "$number" > "$work/so-$number.csv"
    run "task number $number" validate "$work/so-$number.csv"
done
# 2. Days outside the years.
run "--as-of 9999-12-31" report --as-of 9999-12-31 Data
# 3. Devices read without end.
run "validate /dev/zero" validate /dev/zero
run "--registry /dev/urandom" report --registry /dev/urandom Data
# 4. A file of commas.
head -c 100000000 /dev/zero | tr '\0' ',' > "$work/commas.csv"
run "100 MB of commas" validate "$work/commas.csv"
# 6. A minified plan: 20,000 tasks on one line.
python3 - "$work/minified.json" <<'PY'
import json, sys
tasks = [{"id": "I.%d" % i, "group": 1, "number": i, "text": "Rà soát văn bản về quyền trẻ em số %d" % i, "lead": "Sở Tư pháp",
          "partners": ["Sở Y tế"], "timeframe": "Năm 2027"} for i in range(1, 20001)]
open(sys.argv[1], "w").write(json.dumps({"format": "childplan.plan/1", "id": "m", "tasks": tasks}, ensure_ascii=False, separators=(",", ":")))
PY
run "minified plan, 20,000 tasks" validate "$work/minified.json"
# 7. 20,000 distinct unknown leads.
{ echo "$header"; echo "I,Nhóm,,,"; for i in $(seq 1 20000); do echo "$i,Nhiệm vụ $i,Cơ quan lạ số $i,,Năm 2027"; done; } > "$work/leads.csv"
run "20,000 unknown leads" validate "$work/leads.csv"
# 8. 100,000 partners in one cell (past the limit of 1,000: refused).
{ echo "$header"; echo "I,Nhóm,,,"; printf '1,Rà soát,Sở Y tế,"'; for i in $(seq 1 100000); do printf 'Phòng %d; ' $((i % 20000)); done; echo '",Năm 2027'; } > "$work/partners.csv"
run "100,000 partners in one cell" report --as-of 2026-11-22 "$work/partners.csv"
# 9. Two plans of 4,000 and of 20,000 tasks compared, their texts the shipped plans' words shuffled (few words, many alike).
python3 - "$work" <<'PY'
import glob, json, random, sys
random.seed(9)
texts = [t["text"] for f in sorted(glob.glob("Data/*.json")) for t in json.load(open(f)).get("tasks", [])]
def plan(plan_id, count):
    numbers, tasks = {}, []
    for _ in range(count):
        group = random.randint(1, 7)
        numbers[group] = numbers.get(group, 0) + 1
        words = random.choice(texts).split()
        random.shuffle(words)
        text = " ".join(words[:random.randint(4, len(words))] + ["địa bàn %d" % random.randint(1, count)])
        tasks.append({"id": "%s.%d" % (["I", "II", "III", "IV", "V", "VI", "VII"][group - 1], numbers[group]), "group": group,
                      "number": numbers[group], "text": text, "lead": "Sở Tư pháp", "partners": [], "timeframe": "Năm 2027"})
    return {"format": "childplan.plan/1", "id": plan_id, "tasks": tasks}
for count in (4000, 20000):
    for name in ("cha", "con"):
        json.dump(plan("%s-%d" % (name, count), count), open("%s/%s-%d.json" % (sys.argv[1], name, count), "w"), ensure_ascii=False)
PY
for count in 4000 20000; do
    run "compare $count × $count tasks" report compare "cha-$count" "con-$count" "$work/cha-$count.json" "$work/con-$count.json"
done
run "validate one 4,000-task plan" validate "$work/cha-4000.json"
# 10. 100,000 updates for one task.
cp Data/kon-tum-2025.json "$work/"
{ echo "plan,task,period,status,date,agency,evidence,note"; for i in $(seq 1 100000); do echo "kon-tum-2025,II.1,2026-H1,Đang triển khai,2026-06-0$((i % 9 + 1)),Sở Y tế,,"; done; } > "$work/many.updates.csv"
run "100,000 updates for one task" report --as-of 2026-11-22 "$work/kon-tum-2025.json" "$work/many.updates.csv"
