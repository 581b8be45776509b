#!/bin/sh
# Dumps the class-data archive of an app image or installation from its class list, then proves the JVM maps it:
#   dump-archive.sh APP_FOLDER
# (make-archive.sh at build time; the .deb's postinst in /opt/cluster-atlas, where Java 17 needs it made anew).
set -eu
image=$1
app="$image/lib/app"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/cluster-atlas.classlist -XX:SharedArchiveFile=$app/cluster-atlas.jsa" \
    "$image/bin/cluster-atlas" > "$app/cluster-atlas.jsa.log" 2>&1 || {
    cat "$app/cluster-atlas.jsa.log" >&2
    exit 1
}
rm -f "$app/cluster-atlas.jsa.log"
# -Xshare:on fails when the archive cannot be mapped (wrong path, changed jar)
JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/cluster-atlas" --version > /dev/null 2>&1 || {
    echo "dump-archive: $app/cluster-atlas.jsa does not map" >&2
    exit 1
}
