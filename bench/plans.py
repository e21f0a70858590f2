#!/usr/bin/env python3
"""Reads a PostgreSQL server log written with auto_explain (text format) and prints each distinct statement once,
with how often it was seen and its plan (EXPLAIN ANALYZE, BUFFERS), the slowest first; then lists the sequential
scans. usage: bench/plans.py server.log > plans.txt"""
import re
import sys

START = re.compile(r"LOG:  duration: ([0-9.]+) ms  plan:")
blocks, current = [], None
with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
    for line in log:
        found = START.search(line)
        if found:
            current = [float(found.group(1)), []]
            blocks.append(current)
        elif current is not None and line.startswith("\t"):
            current[1].append(line[1:].rstrip("\n"))
        else:
            current = None

plans = {}
for duration, lines in blocks:
    first_node = next((i for i, l in enumerate(lines) if "(cost=" in l), len(lines))
    query = " ".join(l.strip() for l in lines[:first_node]).removeprefix("Query Text: ")
    seen = plans.setdefault(query, {"count": 0, "max": 0.0, "plan": lines[first_node:]})
    seen["count"] += 1
    if duration >= seen["max"]:
        seen["max"], seen["plan"] = duration, lines[first_node:]

print(f"{len(plans)} distinct statements in {len(blocks)} sampled executions (slowest execution of each)\n")
for query, seen in sorted(plans.items(), key=lambda kv: -kv[1]["max"]):
    print(f"-- seen {seen['count']}x, slowest {seen['max']:.3f} ms")
    print(query)
    print("\n".join("   " + l for l in seen["plan"]))
    print()
seq = sorted({m.group(1) for s in plans.values() for l in s["plan"] for m in [re.search(r"Seq Scan on (\w+)", l)] if m})
print("sequential scans on:", ", ".join(seq) if seq else "none")
