#!/bin/sh
# Makes the app image's class-data archive, lib/app/cluster-atlas.jsa (docs/adr/0161-class-data-archive-and-start-up.md).
# Run by `mvn package` after jpackage (pom.xml, execution class-data-archive), Linux only:
#   make-archive.sh IMAGE JAVA MONOCLE_JAR WORK
# Two training runs list the classes a start loads: the launcher's own `rank --top 3`, and the window up to its
# first ranking (CLUSTER_ATLAS_STARTUP=exit) on JavaFX's headless Monocle platform, so no display is needed.
# The launcher then dumps those classes, parsed and verified, into the archive its cfg names
# (-XX:SharedArchiveFile=$APPDIR/cluster-atlas.jsa, src/dist/jpackage/linux.args), and one run with
# -Xshare:on proves the JVM maps it. Java 17 accepts the archive only where it was made (the jar's path is in
# it): a moved image runs without it; the .deb's postinst makes it again in /opt/cluster-atlas.
set -eu
image=$1
java=$2
monocle=$3
work=$4
launcher="$image/bin/cluster-atlas"
app="$image/lib/app"
[ -f "$monocle" ] || {
    echo "make-archive: $monocle missing (the tests' Monocle jar; build without -Dmaven.test.skip," \
        "or without the archive: -Dcds.skip=true)" >&2
    exit 1
}
rm -rf "$work"
mkdir -p "$work/home"
rm -f "$app/cluster-atlas.jsa"

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/rank.classlist" timeout 300 "$launcher" rank --top 3 \
    > "$work/rank.out" 2> "$work/rank.err"
env -u DISPLAY CLUSTER_ATLAS_STARTUP=exit timeout 300 "$java" -XX:DumpLoadedClassList="$work/window.classlist" \
    -Duser.home="$work/home" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dheadless.geometry=1366x768-32 -cp "$app/cluster-atlas.jar:$monocle" org.clusteratlas.Main \
    "$app/sample-data/world-sample.sqlite" > "$work/window.out" 2> "$work/window.err"
grep -q "^startup: first ranking in the table" "$work/window.err" || {
    echo "make-archive: the training window showed no ranking, see $work/window.err" >&2
    exit 1
}
cat "$work/rank.classlist" "$work/window.classlist" > "$app/cluster-atlas.classlist"
sh "$(dirname "$0")/dump-archive.sh" "$image"
