#!/usr/bin/env bash
# Throughput of the Spark builder (local mode) against the desktop importer on the same input.
# Usage (from the repository root, after `mvn verify` or `mvn package -DskipTests` at the top and in
# spark-builder): spark-builder/bench/throughput.sh [WORKS] [FILES] [CORES]
. "$(dirname "$0")/common.sh"
n=${1:-40000}; files=${2:-4}; cores=${3:-2}
real=../shared/realdata/openalex-go-sample/raw
data=bench-data/spark/works-$n
[ -d "$data" ] || python3 spark-builder/bench/make-works.py "$real" "$data" "$n" "$files"
inst="$real/institutions/updated_date=2023-09-04/part_000.gz,../shared/realdata/openalex-robotics/converted/institutions.jsonl"
works=$(ls "$data"/works-*.jsonl | paste -sd, -)
rm -f bench-data/spark/desktop.sqlite bench-data/spark/spark.sqlite
load0=$(load_average)
t0=$(date +%s.%N)
desktop_import bench-data/spark/desktop.log openalex --works ${works//,/ } --institutions ${inst//,/ } \
  --types article,book-chapter,review --out bench-data/spark/desktop.sqlite
t1=$(date +%s.%N)
spark_import "$cores" bench-data/spark/spark.log -- openalex --works "$works" --institutions "$inst" \
  --types article,book-chapter,review --out bench-data/spark/spark.sqlite
t2=$(date +%s.%N)
load1=$(load_average)
addr=$(sqlite3 bench-data/spark/spark.sqlite 'SELECT count(*) FROM addresses')
same=$(sqlite3 bench-data/spark/desktop.sqlite 'SELECT count(*) FROM addresses')
same_rows bench-data/spark/desktop.sqlite bench-data/spark/spark.sqlite
python3 - "$addr" "$same" "$t0" "$t1" "$t2" "$cores" "$n" "$(du -sh "$data" | cut -f1)" "$load0" "$load1" <<'PY'
import sys
a, d, t0, t1, t2, cores, n, size = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:6]), int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
desk, spark = t1 - t0, t2 - t1
print(f"{n:,} works in {size} of JSON Lines, {a:,} addresses (desktop: {d:,}); load average {sys.argv[9]} before, {sys.argv[10]} after")
print("| importer | wall time | addresses/s | cores | addresses/s per core |\n|---|---:|---:|---:|---:|")
print(f"| desktop `import openalex` (one pass, one thread) | {desk:.1f} s | {a/desk:,.0f} | 1 | {a/desk:,.0f} |")
print(f"| Spark builder, local[{cores}] | {spark:.1f} s | {a/spark:,.0f} | {cores} | {a/spark/cores:,.0f} |")
PY
