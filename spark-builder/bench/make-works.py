#!/usr/bin/env python3
"""Benchmark input: N OpenAlex works (JSON Lines, in F files) copied from the real works of both schemas in
../shared/realdata/openalex-go-sample with fresh work ids, so every copy is a distinct work."""
import gzip, json, pathlib, sys

real = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2]); n = int(sys.argv[3]); files = int(sys.argv[4])
works = []
for part in sorted((real / "works").glob("*/part_*.gz")):
    with gzip.open(part, "rt") as f:
        works += [json.loads(l) for l in f if l.strip()]
out.mkdir(parents=True, exist_ok=True)
handles = [open(out / f"works-{i:03d}.jsonl", "w") for i in range(files)]
for i in range(n):
    w = dict(works[i % len(works)])
    w["id"] = f"https://openalex.org/W{9_000_000_000 + i}"
    handles[i * files // n].write(json.dumps(w) + "\n")
for h in handles:
    h.close()
