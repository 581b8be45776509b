package org.clusteratlas.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Input files on any file system Hadoop reads (local, HDFS, S3): paths, directories and globs expanded to
 * files, and every file's name, size and SHA-256 for the snapshot's {@code sources}, hashed on the executors
 * (one task a file), as the desktop's {@code SourceFile} records them.
 */
final class SparkSources {
    private SparkSources() {
    }

    /** Name, size and SHA-256 of every file, in the order given. */
    static List<SourceInfo> of(JavaSparkContext sc, List<String> files) {
        Map<String, String> conf = new HashMap<>();
        sc.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return sc.parallelize(files, Math.max(1, files.size())).map(f -> digest(f, conf)).collect().stream()
                .map(d -> new SourceInfo(d.name(), d.size(), d.sha256(), now)).toList();
    }

    /** A file's name, size and SHA-256, computed on an executor. */
    record Digest(String name, long size, String sha256) implements Serializable {
    }

    private static Digest digest(String file, Map<String, String> settings)
            throws IOException, NoSuchAlgorithmException {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        Path p = new Path(file);
        FileSystem fs = p.getFileSystem(conf);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (FSDataInputStream in = fs.open(p)) {
            for (int n; (n = in.read(buf)) > 0; size += n) {
                sha.update(buf, 0, n);
            }
        }
        return new Digest(p.getName(), size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Files, directories (their files, recursively) and globs to files, each list in path order. */
    static List<String> expand(Configuration conf, List<String> paths) throws SnapshotException, IOException {
        List<String> out = new ArrayList<>();
        for (String given : paths) {
            Path p = new Path(given);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                throw new SnapshotException(java.nio.file.Path.of(given), "no such file");
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    List<String> under = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        String name = f.getPath().getName();
                        if (!name.startsWith(".") && !name.startsWith("_")) {
                            under.add(f.getPath().toString());
                        }
                    }
                    under.sort(null);
                    out.addAll(under);
                } else {
                    out.add(m.getPath().toString());
                }
            }
        }
        return out;
    }

    /** The one file a table path names (a glob or directory must match exactly one). */
    static String single(Configuration conf, String table) throws SnapshotException, IOException {
        List<String> files = expand(conf, List.of(table));
        if (files.size() != 1) {
            throw new SnapshotException(java.nio.file.Path.of(table), "names " + files.size()
                    + " files; a table is one file (plain or .gz)");
        }
        return files.get(0);
    }
}
