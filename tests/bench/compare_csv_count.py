#!/usr/bin/env python3
"""Times `rollbook-cli csv-preview --count FILE` against count_csv.py (Python's csv module) on
the same file, in one run, and prints both times and the ratio (Python's time / Rollbook's).

Usage: compare_csv_count.py ROLLBOOK_CLI FILE [--runs N]

Each program runs N times (default 3) in turn; the best time of each counts, so the page cache
is warm for both. Both must print the same count.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best_of(command, runs):
    best, output = None, None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
        output = result.stdout.strip()
        best = elapsed if best is None else min(best, elapsed)
    return best, output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    megabytes = os.path.getsize(args.file) / 1e6
    rollbook, rollbook_count = best_of([args.cli, "csv-preview", args.file, "--count"], args.runs)
    python, python_count = best_of(
        [sys.executable, os.path.join(HERE, "count_csv.py"), args.file], args.runs)
    if rollbook_count != python_count:
        sys.exit(f"the counts differ: rollbook {rollbook_count}, python {python_count}")
    print(f"file: {args.file} ({megabytes:.1f} MB, {rollbook_count} records)")
    print(f"rollbook_seconds: {rollbook:.3f}  ({megabytes / rollbook:.0f} MB/s)")
    print(f"python_seconds: {python:.3f}  ({megabytes / python:.0f} MB/s)")
    print(f"ratio: {python / rollbook:.1f}  (Rollbook is {python / rollbook:.1f}x as fast)")


if __name__ == "__main__":
    main()
