package org.clusteratlas.spark;

import com.fasterxml.jackson.core.JsonFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.openalex.OpenAlexEntities;
import org.clusteratlas.snapshot.openalex.OpenAlexInstitution;
import org.clusteratlas.snapshot.openalex.OpenAlexLine;
import org.clusteratlas.snapshot.openalex.OpenAlexWork;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * OpenAlex institutions and works (JSON Lines, plain or gzipped, the snapshot's layout) from any path Hadoop
 * reads (local, HDFS, S3): the executors parse the lines in parallel with the app's own entity parsers
 * ({@link OpenAlexLine}), and the parsed entities reach the importer on the driver in input order, so
 * its rules (types, years, repeated works, fractional shares) decide exactly as on the desktop.
 *
 * <p>A directory stands for the files under it (recursively, in path order), a glob for its matches.
 */
final class SparkOpenAlexEntities implements OpenAlexEntities {
    private final JavaSparkContext sc;
    private final List<String> works;
    private final List<String> institutions;

    SparkOpenAlexEntities(JavaSparkContext sc, List<String> works, List<String> institutions)
            throws SnapshotException, IOException {
        this.sc = sc;
        this.works = SparkSources.expand(sc.hadoopConfiguration(), works);
        this.institutions = SparkSources.expand(sc.hadoopConfiguration(), institutions);
    }

    /** One parsed line and where it came from. */
    record Tagged<T>(int file, long line, OpenAlexLine<T> parsed) implements Serializable {
    }

    @Override
    public void institutions(Visitor<OpenAlexInstitution> visitor) throws SnapshotException, IOException {
        // about 10^5 institutions: collected to the driver at once
        visit(parse(institutions, OpenAlexLine::institution).collect().iterator(), institutions, visitor);
    }

    @Override
    public void works(Visitor<OpenAlexWork> visitor) throws SnapshotException, IOException {
        JavaRDD<Tagged<OpenAlexWork>> parsed = parse(works, OpenAlexLine::work)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            parsed.count(); // every partition parsed at once, in parallel; then streamed to the driver in order
            visit(parsed.toLocalIterator(), works, visitor);
        } finally {
            parsed.unpersist(false);
        }
    }

    private static <T> void visit(Iterator<Tagged<T>> it, List<String> files, Visitor<T> visitor)
            throws SnapshotException, IOException {
        while (it.hasNext()) {
            Tagged<T> t = it.next();
            visitor.accept(java.nio.file.Path.of(files.get(t.file())), t.line(), t.parsed().entity(),
                    t.parsed().problem());
        }
    }

    /** Each file's lines, numbered from 1, parsed on the executors; files in the order given. */
    private <T> JavaRDD<Tagged<T>> parse(List<String> files, SerializableReader<T> reader) {
        List<JavaRDD<Tagged<T>>> parts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int file = i;
            parts.add(sc.textFile(files.get(i)).zipWithIndex().mapPartitions(lines -> {
                JsonFactory json = new JsonFactory();
                List<Tagged<T>> out = new ArrayList<>();
                while (lines.hasNext()) {
                    var l = lines.next();
                    OpenAlexLine<T> p = reader.apply(json, l._1());
                    if (p != null) {
                        out.add(new Tagged<>(file, l._2() + 1, p));
                    }
                }
                return out.iterator();
            }));
        }
        if (parts.isEmpty()) {
            return sc.emptyRDD();
        }
        JavaRDD<Tagged<T>> all = parts.get(0);
        return parts.size() == 1 ? all : sc.union(parts.toArray(JavaRDD[]::new));
    }

    private interface SerializableReader<T> extends BiFunction<JsonFactory, String, OpenAlexLine<T>>, Serializable {
    }

    /** Name, size and SHA-256 of every input file, hashed on the executors (one task a file). */
    @Override
    public List<SourceInfo> sources() {
        List<String> all = new ArrayList<>(institutions);
        all.addAll(works);
        return SparkSources.of(sc, all);
    }
}
