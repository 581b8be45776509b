#!/usr/bin/env bash
# Throughput of the Spark builder's patentsview (local mode) against the desktop `import patentsview` on the
# same tables. Usage (from the repository root, after `mvn verify`, or `mvn package -DskipTests` at the top and
# in spark-builder): spark-builder/bench/patentsview.sh [COPIES] [CORES]
. "$(dirname "$0")/common.sh"
k=${1:-200}; cores=${2:-2}
real=../shared/realdata/pv-api-cassettes/converted
data=bench-data/spark/patents-$k
[ -d "$data" ] || python3 spark-builder/bench/make-patents.py "$real" "$data" "$k"
tables=(--patents "$data/g_patent.tsv" --inventors "$data/g_inventor_disambiguated.tsv"
        --locations "$data/g_location_disambiguated.tsv" --cpc "$data/g_cpc_current.tsv")
rm -f bench-data/spark/pv-desktop.sqlite bench-data/spark/pv-spark.sqlite
load0=$(load_average)
t0=$(date +%s.%N)
desktop_import bench-data/spark/pv-desktop.log patentsview "${tables[@]}" --out bench-data/spark/pv-desktop.sqlite
t1=$(date +%s.%N)
spark_import "$cores" bench-data/spark/pv-spark.log -Xmx4g -- \
  patentsview "${tables[@]}" --out bench-data/spark/pv-spark.sqlite
t2=$(date +%s.%N)
load1=$(load_average)
a=$(sqlite3 bench-data/spark/pv-spark.sqlite 'SELECT count(*) FROM addresses')
d=$(sqlite3 bench-data/spark/pv-desktop.sqlite 'SELECT count(*) FROM addresses')
docs=$(sqlite3 bench-data/spark/pv-spark.sqlite 'SELECT count(*) FROM documents')
rows=$(($(wc -l < "$data/g_inventor_disambiguated.tsv") - 1))
same_rows bench-data/spark/pv-desktop.sqlite bench-data/spark/pv-spark.sqlite
python3 - "$a" "$d" "$t0" "$t1" "$t2" "$cores" "$docs" "$rows" "$(du -sh "$data" | cut -f1)" "$load0" "$load1" <<'PY'
import sys
a, d, t0, t1, t2, cores, docs, rows = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:6]), int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8])
size, l0, l1 = sys.argv[9:12]
desk, spark = t1 - t0, t2 - t1
print(f"{docs:,} patents, {rows:,} inventor rows, {size} of tables; {a:,} addresses (desktop: {d:,}); load average {l0} before, {l1} after")
print("| importer | wall time | inventor rows/s | addresses | addresses/s | cores | addresses/s per core |\n|---|---:|---:|---:|---:|---:|---:|")
print(f"| desktop `import patentsview` | {desk:.1f} s | {rows/desk:,.0f} | {d:,} | {d/desk:,.0f} | 1-3 threads | {d/desk:,.0f} (per run) |")
print(f"| Spark builder `patentsview`, local[{cores}] | {spark:.1f} s | {rows/spark:,.0f} | {a:,} | {a/spark:,.0f} | {cores} | {a/spark/cores:,.0f} |")
print(f"ratio Spark / desktop wall time: {spark/desk:.2f}")
PY
