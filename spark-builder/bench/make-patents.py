#!/usr/bin/env python3
"""Benchmark input: PatentsView tables of K copies of the real tables in ../shared/realdata/pv-api-cassettes
(1,200 patents granted 2007-03-06, their inventors and CPC codes), each copy with fresh patent ids, and the
locations table once, so every copy adds distinct patents at the same real places.
Usage: make-patents.py REAL_DIR OUT_DIR K"""
import pathlib, sys

real, out, k = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)

def copy(name):
    lines = (real / name).read_text(encoding="utf-8").splitlines()
    with open(out / name, "w", encoding="utf-8") as f:
        f.write(lines[0] + "\n")
        for c in range(k):
            for line in lines[1:]:
                first, _, rest = line.partition("\t")
                pid = int(first.strip('"'))
                f.write(f'"{pid + 100_000_000 * (c + 1)}"\t{rest}\n')

for name in ("g_patent.tsv", "g_inventor_disambiguated.tsv", "g_cpc_current.tsv"):
    copy(name)
(out / "g_location_disambiguated.tsv").write_text((real / "g_location_disambiguated.tsv").read_text(encoding="utf-8"),
                                                  encoding="utf-8")
