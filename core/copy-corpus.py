#!/usr/bin/env python3
"""Copies the project's training corpus into the core jar's resources, dropping any line whose message also
occurs in the dev set (dev is for evaluation only). usage: python3 core/copy-corpus.py [CORPUS_DIR] [DEV_FILE]"""
import json, os, sys
if len(sys.argv) < 2:
    sys.exit("usage: python3 core/copy-corpus.py CORPUS_DIR [DEV_FILE]")
corpus = sys.argv[1]
dev = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "dev.jsonl")
target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src/main/resources/org/doorman/core/screening/corpus")
dev_messages = {json.loads(l).get("message", "").strip() for l in open(dev, encoding="utf-8") if l.strip()}
os.makedirs(target, exist_ok=True)
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".jsonl"):
        continue
    kept, dropped = [], 0
    for line in open(os.path.join(corpus, name), encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("message", "").strip() and row.get("message", "").strip() in dev_messages:
            dropped += 1
            continue
        kept.append(json.dumps(row, ensure_ascii=False))
    with open(os.path.join(target, name), "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    print(f"{name}: {len(kept)} lines, {dropped} dropped as dev duplicates")
