#!/usr/bin/env python3
"""Turns the bench's rows (tab-separated: id, what, measured, baseline, ratio, goal, met) into a table.

Prints it, writes it as Markdown (--markdown) and replaces README.md's part between <!-- bench:start --> and
<!-- bench:end --> with it (--readme). With --previous, the previous run's figure stands beside this run's, so two
consecutive runs can be read at once.
"""
import argparse
import os
import platform
import re
import subprocess
import sys
import time


def read(path):
    rows = {}
    if not path or not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 7:
                rows[parts[0]] = dict(zip(["id", "what", "measured", "baseline", "ratio", "goal", "met"], parts))
    return rows


def machine():
    cores = os.cpu_count()
    try:
        commit = subprocess.run(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "rev-parse", "--short",
                                 "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "?"
    return f"{time.strftime('%Y-%m-%d')}, commit {commit}, {platform.machine()}, {cores} cores"


def table(rows, previous):
    lines = ["| what | measured | previous run | baseline (same run) | ratio | goal | |",
             "|---|---|---|---|---|---|---|"]
    for r in rows.values():
        prev = previous.get(r["id"], {}).get("measured", "")
        mark = "met" if r["met"] == "met" else "**not met**"
        if r["goal"] == "information":
            mark = ""
        lines.append(f"| {r['what']} | {r['measured']} | {prev} | {r['baseline']} | {r['ratio']} | {r['goal']} | "
                     f"{mark} |")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results")
    p.add_argument("--previous")
    p.add_argument("--markdown")
    p.add_argument("--readme")
    a = p.parse_args()
    rows, previous = read(a.results), read(a.previous)
    if not rows:
        print("no bench rows in", a.results)
        return 1
    text = f"Measured by `cmake --build build --target bench` ({machine()}):\n\n" + table(rows, previous) + "\n"
    print(text)
    if a.markdown:
        with open(a.markdown, "w", encoding="utf-8") as f:
            f.write(text)
    if a.readme:
        with open(a.readme, encoding="utf-8") as f:
            readme = f.read()
        block = "<!-- bench:start -->\n" + text + "<!-- bench:end -->"
        if "<!-- bench:start -->" in readme:
            readme = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda m: block, readme, flags=re.S)
            with open(a.readme, "w", encoding="utf-8") as f:
                f.write(readme)
            print("README.md's bench table updated")
        else:
            print("README.md has no bench markers; not changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
