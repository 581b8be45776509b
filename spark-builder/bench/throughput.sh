#!/usr/bin/env bash
# Throughput of the Spark builder (local mode) against the desktop importer on the same input.
# Usage (from the repository root, after `mvn verify` or `mvn package -DskipTests` at the top and in
# spark-builder): spark-builder/bench/throughput.sh [WORKS] [FILES] [CORES]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-40000}; files=${2:-4}; cores=${3:-2}
real=../shared/realdata/openalex-go-sample/raw
data=bench-data/spark/works-$n
[ -d "$data" ] || python3 spark-builder/bench/make-works.py "$real" "$data" "$n" "$files"
inst="$real/institutions/updated_date=2023-09-04/part_000.gz,../shared/realdata/openalex-robotics/converted/institutions.jsonl"
works=$(ls "$data"/works-*.jsonl | paste -sd, -)
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark-builder/pom.xml)
rm -f bench-data/spark/desktop.sqlite bench-data/spark/spark.sqlite
load0=$(cut -d" " -f1 /proc/loadavg)
t0=$(date +%s.%N)
java -jar target/cluster-atlas.jar import openalex --works ${works//,/ } --institutions ${inst//,/ } \
  --types article,book-chapter,review --out bench-data/spark/desktop.sqlite 2> bench-data/spark/desktop.log
t1=$(date +%s.%N)
java $opens -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
  -cp "spark-builder/target/spark-builder.jar:$(cat spark-builder/target/classpath.txt)" \
  org.clusteratlas.spark.SparkSnapshotBuilder openalex --works "$works" --institutions "$inst" \
  --types article,book-chapter,review --out bench-data/spark/spark.sqlite 2> bench-data/spark/spark.log
t2=$(date +%s.%N)
load1=$(cut -d" " -f1 /proc/loadavg)
addr=$(sqlite3 bench-data/spark/spark.sqlite 'SELECT count(*) FROM addresses')
same=$(sqlite3 bench-data/spark/desktop.sqlite 'SELECT count(*) FROM addresses')
# the two files' rows, table by table in row order (the import times in the metadata differ)
rows=yes
for q in 'SELECT source_id, kind, year, field, unlocated_share FROM documents ORDER BY id' \
         'SELECT document_id, location_id, share, organization_id FROM addresses ORDER BY rowid' \
         'SELECT id, lat, lon, country, city FROM locations ORDER BY id'; do
  [ "$(sqlite3 bench-data/spark/desktop.sqlite "$q" | md5sum)" = "$(sqlite3 bench-data/spark/spark.sqlite "$q" | md5sum)" ] || rows=no
done
echo "documents, addresses and locations row by row identical to the desktop's: $rows"
python3 - "$addr" "$same" "$t0" "$t1" "$t2" "$cores" "$n" "$(du -sh "$data" | cut -f1)" "$load0" "$load1" <<'PY'
import sys
a, d, t0, t1, t2, cores, n, size = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:6]), int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
desk, spark = t1 - t0, t2 - t1
print(f"{n:,} works in {size} of JSON Lines, {a:,} addresses (desktop: {d:,}); load average {sys.argv[9]} before, {sys.argv[10]} after")
print("| importer | wall time | addresses/s | cores | addresses/s per core |\n|---|---:|---:|---:|---:|")
print(f"| desktop `import openalex` (one pass, one thread) | {desk:.1f} s | {a/desk:,.0f} | 1 | {a/desk:,.0f} |")
print(f"| Spark builder, local[{cores}] | {spark:.1f} s | {a/spark:,.0f} | {cores} | {a/spark/cores:,.0f} |")
PY
