#!/usr/bin/env bash
# Throughput of the Spark builder's patentsview (local mode) against the desktop `import patentsview` on the
# same tables. Usage (from the repository root, after `mvn verify`, or `mvn package -DskipTests` at the top and
# in spark-builder): spark-builder/bench/patentsview.sh [COPIES] [CORES]
set -euo pipefail
cd "$(dirname "$0")/../.."
k=${1:-200}; cores=${2:-2}
real=../shared/realdata/pv-api-cassettes/converted
data=bench-data/spark/patents-$k
[ -d "$data" ] || python3 spark-builder/bench/make-patents.py "$real" "$data" "$k"
tables=(--patents "$data/g_patent.tsv" --inventors "$data/g_inventor_disambiguated.tsv"
        --locations "$data/g_location_disambiguated.tsv" --cpc "$data/g_cpc_current.tsv")
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark-builder/pom.xml)
rm -f bench-data/spark/pv-desktop.sqlite bench-data/spark/pv-spark.sqlite
load0=$(cut -d" " -f1 /proc/loadavg)
t0=$(date +%s.%N)
java -jar target/cluster-atlas.jar import patentsview "${tables[@]}" --out bench-data/spark/pv-desktop.sqlite \
  2> bench-data/spark/pv-desktop.log
t1=$(date +%s.%N)
java $opens -Dspark.master="local[$cores]" -Dspark.ui.enabled=false -Xmx4g \
  -cp "spark-builder/target/spark-builder.jar:$(cat spark-builder/target/classpath.txt)" \
  org.clusteratlas.spark.SparkSnapshotBuilder patentsview "${tables[@]}" --out bench-data/spark/pv-spark.sqlite \
  2> bench-data/spark/pv-spark.log
t2=$(date +%s.%N)
load1=$(cut -d" " -f1 /proc/loadavg)
a=$(sqlite3 bench-data/spark/pv-spark.sqlite 'SELECT count(*) FROM addresses')
d=$(sqlite3 bench-data/spark/pv-desktop.sqlite 'SELECT count(*) FROM addresses')
docs=$(sqlite3 bench-data/spark/pv-spark.sqlite 'SELECT count(*) FROM documents')
rows=$(($(wc -l < "$data/g_inventor_disambiguated.tsv") - 1))
# the two files' rows, table by table in row order (the import times in the metadata differ)
same=yes
for q in 'SELECT source_id, kind, year, field, unlocated_share FROM documents ORDER BY id' \
         'SELECT document_id, location_id, share, organization_id FROM addresses ORDER BY rowid' \
         'SELECT id, lat, lon, country, city FROM locations ORDER BY id'; do
  [ "$(sqlite3 bench-data/spark/pv-desktop.sqlite "$q" | md5sum)" = "$(sqlite3 bench-data/spark/pv-spark.sqlite "$q" | md5sum)" ] || same=no
done
echo "documents, addresses and locations row by row identical to the desktop's: $same"
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
