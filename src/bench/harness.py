#!/usr/bin/env python3
"""Times commands interleaved (round after round, each command once per round), one process per
run, stdout to a pipe; reports median wall time and median peak RSS of each command.

Usage: harness.py RUNS CASE-FILE
CASE-FILE holds one command per line: LABEL<TAB>ROLE<TAB>SHELL-COMMAND. ROLE is a word the
caller uses to compute ratios (appyaml, yamllint, floor, ...). Prints one TSV line per command:
label, role, median seconds, min seconds, max seconds, median peak RSS in MB, runs, median CPU
seconds (user + system: less disturbed than wall time when the machine is shared).
"""
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(["bash", "-c", "exec " + command], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    for _ in iter(lambda: proc.stdout.read(65536), b""):
        pass
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024.0, proc.returncode, usage.ru_utime + usage.ru_stime


def main():
    runs = int(sys.argv[1])
    cases = []
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                label, role, command = line.rstrip("\n").split("\t", 2)
                cases.append((label, role, command))
    times = {c: [] for c in cases}
    rss = {c: [] for c in cases}
    cpu = {c: [] for c in cases}
    for case in cases:  # one untimed run each: file cache, class-data archives
        _, _, code, _ = run_once(case[2])
        if code not in (0, 1):
            sys.exit(f"harness: {case[0]} exited with {code}: {case[2]}")
    for _ in range(runs):
        for case in cases:
            elapsed, peak, _, used = run_once(case[2])
            times[case].append(elapsed)
            rss[case].append(peak)
            cpu[case].append(used)
    for case in cases:
        t = times[case]
        print("\t".join([case[0], case[1], f"{statistics.median(t):.4f}", f"{min(t):.4f}", f"{max(t):.4f}",
                         f"{statistics.median(rss[case]):.0f}", str(runs), f"{statistics.median(cpu[case]):.4f}"]))


if __name__ == "__main__":
    main()
