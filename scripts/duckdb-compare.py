#!/usr/bin/env python3
"""The DuckDB side of the comparison in BENCHMARKS.md.

Computes, with SQL over the same CSV files `childplan report` reads, what an
analyst would otherwise ask DuckDB for:

  1. tasks per task group, over every plan;
  2. each task's latest status (latest period, then latest report date),
     counted by status;
  3. missing reports: for every closed half-year period, the recurring tasks
     ("thường xuyên", "hằng năm", "hàng năm", "định kỳ") with no update for it.

Usage:  python3 scripts/duckdb-compare.py DIR [--as-of YYYY-MM-DD]
Needs:  pip install duckdb   (not a dependency of childplan itself)

The appendix files come in two layouts (DESIGN.md §6): the flat one has a
group column; the document one has group heading rows (I, II, ...) above
their tasks, so a task's group is the last heading before it, which takes a
window function. Files also differ in delimiter, so they are read in four
batches. Deciding which file goes in which batch is part of the timed work.
"""
import glob
import os
import sys
import time

import duckdb

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7}


def batches(directory):
    """Appendix files by layout and delimiter, from each file's first line."""
    found = {}
    for path in sorted(glob.glob(os.path.join(directory, "plans", "**", "*.csv"), recursive=True)):
        with open(path, "rb") as handle:
            first = handle.readline().decode("utf-8-sig")
        delimiter = ";" if first.count(";") > first.count(",") else ","
        layout = "flat" if first.lower().startswith("group") else "document"
        found.setdefault((layout, delimiter), []).append(path)
    return found


def main():
    arguments = sys.argv[1:]
    as_of = "2030-01-01"
    if "--as-of" in arguments:
        at = arguments.index("--as-of")
        as_of = arguments[at + 1]
        del arguments[at:at + 2]
    directory = arguments[0]
    started = time.perf_counter()

    db = duckdb.connect()
    db.execute("CREATE TABLE tasks (plan VARCHAR, grp INTEGER, task VARCHAR, timeframe VARCHAR)")
    for (layout, delimiter), files in batches(directory).items():
        # Columns by position: some files spell the headers decomposed (NFD), which DuckDB takes for other names.
        names = ["grp", "no", "task", "lead", "partners", "timeframe"] if layout == "flat" else \
            ["number", "text", "lead", "partners", "timeframe"]
        source = (f"read_csv({files!r}, delim='{delimiter}', header=true, all_varchar=true, "
                  f"filename=true, names={names!r}, quote='\"', null_padding=true)")
        plan = "regexp_extract(filename, '([^/]+)\\.csv$', 1)"
        if layout == "flat":
            db.execute(f"""
                INSERT INTO tasks
                SELECT {plan}, CASE trim(grp) {" ".join(f"WHEN '{k}' THEN {v}" for k, v in ROMAN.items())} END,
                       trim(grp) || '.' || trim(no), timeframe
                FROM {source}""")
        else:
            db.execute(f"""
                CREATE OR REPLACE TEMP TABLE rows AS
                SELECT {plan} AS plan, trim(coalesce(number, '')) AS number, text, timeframe FROM {source}""")
            # A task's group is the last heading row (a Roman numeral) above it in its file; a task
            # row without a number takes the next one in its group, as childplan numbers it.
            db.execute(f"""
                INSERT INTO tasks
                SELECT plan, {"CASE heading " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in ROMAN.items()) + " END"},
                       heading || '.' || CASE WHEN number = '' THEN row_number() OVER (PARTITION BY plan, heading ORDER BY position)::VARCHAR
                                              ELSE number END,
                       timeframe
                FROM (
                    SELECT plan, number, timeframe, rowid AS position,
                           last_value(CASE WHEN regexp_matches(number, '^[IVX]+$') THEN number END IGNORE NULLS)
                               OVER (PARTITION BY plan ORDER BY rowid ROWS UNBOUNDED PRECEDING) AS heading
                    FROM rows)
                WHERE regexp_matches(number, '^[0-9]+$') OR (number = '' AND heading IS NOT NULL)""")

    # Updates files: English or Vietnamese headers, ISO or day/month/year dates, status words in either language.
    update_files = sorted(glob.glob(os.path.join(directory, "updates", "**", "*.csv"), recursive=True))
    names = ["plan", "task", "period", "status", "date", "agency", "evidence", "note"]
    statuses = {"Chưa triển khai": "notStarted", "Đang triển khai": "inProgress", "Hoàn thành": "completed",
                "Chậm tiến độ": "delayed", "Không thực hiện": "cancelled"}
    db.execute(f"""
        CREATE TABLE updates AS
        SELECT plan, task, period,
               CASE status {" ".join(f"WHEN '{k}' THEN '{v}'" for k, v in statuses.items())} ELSE status END AS status,
               coalesce(try_strptime(date, '%d/%m/%Y'), try_strptime(date, '%Y-%m-%d'))::DATE AS reported
        FROM read_csv({update_files!r}, header=true, all_varchar=true, names={names!r}, delim=',', quote='"')""")
    db.execute(f"DELETE FROM updates WHERE reported > DATE '{as_of}'")

    per_group = db.execute("SELECT grp, count(*) FROM tasks GROUP BY grp ORDER BY grp").fetchall()
    latest = db.execute("""
        SELECT status, count(*) FROM (
            SELECT arg_max(u.status, u.period || ' ' || strftime(u.reported, '%Y-%m-%d')) AS status
            FROM updates u JOIN tasks t ON t.plan = u.plan AND t.task = u.task
            GROUP BY u.plan, u.task)
        GROUP BY status ORDER BY status""").fetchall()
    # Closed half-years: those whose report deadline (the 15th of the month after) is before the day.
    missing = db.execute(f"""
        WITH periods AS (
            SELECT year || '-H' || half AS period
            FROM range(2025, 2031) AS y(year), range(1, 3) AS h(half)
            WHERE make_date(year::INTEGER, CASE half WHEN 1 THEN 7 ELSE 12 END, 15) < DATE '{as_of}'),
        recurring AS (
            SELECT plan, task FROM tasks
            WHERE regexp_matches(lower(timeframe), 'thường xuyên|hằng năm|hàng năm|định kỳ'))
        SELECT p.period, count(*)
        FROM recurring r CROSS JOIN periods p
        WHERE NOT EXISTS (SELECT 1 FROM updates u WHERE u.plan = r.plan AND u.task = r.task
                          AND (u.period = p.period OR u.period = split_part(p.period, '-', 1)))
        GROUP BY p.period ORDER BY p.period""").fetchall()
    elapsed = time.perf_counter() - started

    print("Tasks per group:", ", ".join(f"{group}: {count}" for group, count in per_group),
          f"(total {sum(count for _, count in per_group)})")
    print("Latest status per task:", ", ".join(f"{status}: {count}" for status, count in latest))
    print("Missing reports per closed period:", ", ".join(f"{period}: {count}" for period, count in missing))
    print(f"DuckDB {duckdb.__version__}, {db.execute('SELECT current_setting(' + chr(39) + 'threads' + chr(39) + ')').fetchone()[0]} threads: "
          f"{elapsed * 1000:.0f} ms from connecting to the last answer", file=sys.stderr)


if __name__ == "__main__":
    main()
