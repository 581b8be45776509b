# Sourced by the Spark builder's benchmarks (patentsview.sh, throughput.sh): each times one import done by
# the desktop app and by the Spark builder in local mode on the same input, and checks that both wrote the
# same rows. What they share is here, once: the way each importer is started, the JVM options Spark needs,
# and the row-by-row comparison. Sourcing it moves to the repository root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# The --add-opens options Spark needs on Java 17, read from the builder's pom (where its tests get them).
spark_opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark-builder/pom.xml)

# First field of /proc/loadavg: the figures are only as quiet as the machine was.
load_average() {
  cut -d" " -f1 /proc/loadavg
}

# desktop_import LOG ARG...: the desktop app's `import ARG...` (the jar `mvn package` builds), stderr to LOG.
desktop_import() {
  local log=$1
  shift
  java -jar target/cluster-atlas.jar import "$@" 2> "$log"
}

# spark_import CORES LOG [JVM-OPTION...] -- ARG...: the Spark builder's `ARG...` in local mode on CORES
# cores, with the jar and class path spark-builder's `mvn package` writes, stderr to LOG.
spark_import() {
  local cores=$1 log=$2
  shift 2
  local jvm=()
  while [ "$1" != -- ]; do
    jvm+=("$1")
    shift
  done
  shift
  # $spark_opens unquoted on purpose: it is a list of options
  java $spark_opens -Dspark.master="local[$cores]" -Dspark.ui.enabled=false ${jvm[@]+"${jvm[@]}"} \
    -cp "spark-builder/target/spark-builder.jar:$(cat spark-builder/target/classpath.txt)" \
    org.clusteratlas.spark.SparkSnapshotBuilder "$@" 2> "$log"
}

# same_rows DESKTOP SPARK: prints whether the two snapshots' documents, addresses and locations are identical
# row by row, table by table in row order (the import times in their metadata differ).
same_rows() {
  local same=yes q
  for q in 'SELECT source_id, kind, year, field, unlocated_share FROM documents ORDER BY id' \
           'SELECT document_id, location_id, share, organization_id FROM addresses ORDER BY rowid' \
           'SELECT id, lat, lon, country, city FROM locations ORDER BY id'; do
    [ "$(sqlite3 "$1" "$q" | md5sum)" = "$(sqlite3 "$2" "$q" | md5sum)" ] || same=no
  done
  echo "documents, addresses and locations row by row identical to the desktop's: $same"
}
