#!/usr/bin/env python3
"""Every figure of BENCHMARKS.md's "One run" section, from one run.

Times whole processes side by side, in rounds (each command once a round, in
turn, so that a slow minute on the shared machine falls on all of them), and
prints medians, peak memory and the ratios the ministry-view issue sets:

  - `childplan report --format json` over the generated national set, beside
    `cat` of the same files and DuckDB answering the same counts over them;
  - `report` in every other format, and `validate`, beside the JSON report;
  - `childplan report` over the shipped Data/, beside a Swift program that
    only prints (and one that also loads Foundation, as childplan does);
  - then `childplan-bench scale`: 1/8 x to 10 x the national set, one process
    each, time and peak memory.

Usage:  python3 scripts/benchmark.py [--set DIR] [--scale WORKDIR] [--rounds N]
                                     [--as-of YYYY-MM-DD] [--no-build] [--no-scale]
Needs:  the Swift toolchain; python3; `pip install duckdb` for the DuckDB
        column (left out, and said so, without it).
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "childplan")
BENCH = os.path.join(ROOT, ".build", "release", "childplan-bench")


def timed(command, cwd=None, stdout=subprocess.DEVNULL):
    """Wall seconds and peak resident MB of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return elapsed, usage.ru_maxrss / 1024


def hello_programs(directory):
    """A Swift program that only prints, and one that also loads Foundation, each built as `swiftc -O` builds
    it (the Swift libraries loaded when it starts) and as childplan's release is built (linked into the binary)."""
    programs = {}
    for name, source in [("hello", 'print("xin chào")\n'),
                         ("hello-foundation", 'import Foundation\nprint("xin chào", Date() > .distantPast)\n')]:
        path = os.path.join(directory, name + ".swift")
        with open(path, "w") as handle:
            handle.write(source)
        for suffix, flags in [("", []), ("-static", ["-static-stdlib"])]:
            binary = os.path.join(directory, name + suffix)
            subprocess.run(["swiftc", "-O", *flags, path, "-o", binary], check=True)
            programs[name + suffix] = binary
    return programs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="/tmp/national")
    parser.add_argument("--scale", default="/tmp/scale")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--as-of", default="2030-01-01")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--no-scale", action="store_true")
    options = parser.parse_args()

    if not options.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    if not os.path.isdir(options.set):
        subprocess.run([BENCH, "generate", options.set], check=True, stdout=subprocess.DEVNULL)
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(options.set) for name in names)
    size = sum(os.path.getsize(path) for path in files)
    out = tempfile.mkdtemp(prefix="childplan-bench-")
    hello = hello_programs(out)
    try:
        import duckdb  # noqa: F401
        has_duckdb = True
    except ImportError:
        has_duckdb = False

    national = options.set
    as_of = ["--as-of", options.as_of]
    commands = {
        "cat of the same files": ["cat"] + files,
        "report --format json": [BINARY, "report", "--format", "json"] + as_of + [national],
        "report (markdown)": [BINARY, "report", "--format", "markdown"] + as_of + [national],
        "report --format csv": [BINARY, "report", "--format", "csv"] + as_of + [national],
        "report --format html": [BINARY, "report", "--format", "html"] + as_of + [national],
        "report --format text": [BINARY, "report", "--format", "text"] + as_of + [national],
        "report --format docx": [BINARY, "report", "--format", "docx"] + as_of + [national],
        "report --format xlsx": [BINARY, "report", "--format", "xlsx"] + as_of + [national],
        "report -o bao-cao.docx (written and synced)": [BINARY, "report"] + as_of + [national, "-o", os.path.join(out, "bao-cao.docx")],
        "report -o bao-cao.xlsx (written and synced)": [BINARY, "report"] + as_of + [national, "-o", os.path.join(out, "bao-cao.xlsx")],
        "report returns --format json": [BINARY, "report", "returns", "--format", "json"] + as_of + [national],
        "validate": [BINARY, "validate"] + as_of + [national],
    }
    if has_duckdb:
        commands["DuckDB, the same counts (scripts/duckdb-compare.py)"] = [
            sys.executable, os.path.join(ROOT, "scripts", "duckdb-compare.py"), national] + as_of
    small = {
        "report over Data/": [BINARY, "report"],
        "Swift hello-world (print only)": [hello["hello"]],
        "Swift hello-world (print only), linked as childplan is": [hello["hello-static"]],
        "Swift hello-world with Foundation": [hello["hello-foundation"]],
        "Swift hello-world with Foundation, linked as childplan is": [hello["hello-foundation-static"]],
        "childplan --version": [BINARY, "--version"],
    }
    wall = {name: [] for name in list(commands) + list(small)}
    peak = {name: [] for name in commands}
    for _ in range(options.rounds):
        for name, command in commands.items():
            seconds, megabytes = timed(command)
            wall[name].append(seconds)
            peak[name].append(megabytes)
        for name, command in small.items():
            # Twenty in a row, each timed: one start-up is a few milliseconds.
            wall[name] += [timed(command, cwd=ROOT)[0] for _ in range(20)]

    median = {name: statistics.median(values) for name, values in wall.items()}
    json_time = median["report --format json"]
    cores = os.cpu_count()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"Commit {commit}, {time.strftime('%Y-%m-%d')}. Machine: {cores} cores (`nproc`), "
          f"{os.uname().sysname} {os.uname().release}. Release build, `--static-swift-stdlib`.")
    print(f"National set {national}: {len(files):,} files, {size / 1_048_576:.0f} MB; as of {options.as_of}. "
          f"{options.rounds} rounds, every command once a round in turn; medians (start-ups: medians of {20 * options.rounds}).")
    print()
    print("| command | median | peak MB | ratio | target |")
    print("|---|---:|---:|---:|---|")
    for name in commands:
        seconds = median[name]
        megabytes = statistics.median(peak[name])
        if name == "cat of the same files":
            ratio, target = f"JSON is {json_time / seconds:.1f} × this", "JSON ≤ 3 ×"
        elif name.startswith("DuckDB"):
            ratio, target = f"JSON is {json_time / seconds:.2f} × this", "JSON ≤ 0.12 ×"
        elif name == "report --format json":
            ratio, target = "1", ""
        else:
            ratio, target = f"{seconds / json_time:.2f} × JSON", "≤ 1.5 × JSON"
        print(f"| `{name}` | {seconds:.2f} s | {megabytes:,.0f} | {ratio} | {target} |")
    hello_time = median["Swift hello-world (print only)"]
    for name in small:
        ratio = "" if name == "Swift hello-world (print only)" else f"{median[name] / hello_time:.1f} × hello-world"
        target = "≤ 2 × hello-world" if name == "report over Data/" else ""
        print(f"| `{name}` | {median[name] * 1000:.1f} ms | | {ratio} | {target} |")
    if not has_duckdb:
        print("\nDuckDB is not installed (`pip install duckdb`): its column is left out.")
    sys.stdout.flush()

    if not options.no_scale:
        print()
        subprocess.run([BENCH, "scale", options.scale, "--runs", "1", "--sizes", "1/8,1/4,1/2,1,2,4,10"], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
