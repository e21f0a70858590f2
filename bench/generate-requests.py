#!/usr/bin/env python3
"""Writes N contact requests as JSON Lines to standard output, built from the project's corpus with fresh ids and
varied sender figures, without the labels. usage: bench/generate-requests.py [N] [SEED]"""
import glob, json, os, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "..", "core", "src", "main", "resources", "org", "doorman", "core", "screening", "corpus")
templates = []
for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                row.pop("expected", None)
                row.pop("why", None)
                templates.append(row)
out = sys.stdout
for i in range(n):
    row = dict(rng.choice(templates))
    row["id"] = f"gen-{i:07d}"
    stats = dict((row.get("sender") or {}).get("stats") or {})
    stats["requestsLast7Days"] = rng.randint(0, 60)
    stats["identicalTextRatio"] = round(rng.random() * 0.6, 2)
    sender = dict(row.get("sender") or {})
    sender["stats"] = stats
    row["sender"] = sender
    out.write(json.dumps(row, ensure_ascii=False))
    out.write("\n")
