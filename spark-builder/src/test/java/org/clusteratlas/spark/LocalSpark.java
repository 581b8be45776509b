package org.clusteratlas.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import java.nio.file.Path;

/**
 * One Spark context in local mode with two threads for every test class of the run (a context takes seconds
 * to start), stopped when the test JVM ends; and where the app's jar, fixtures and real data are.
 */
final class LocalSpark {
    static final Path APP = Path.of(System.getProperty("app.jar", "../target/cluster-atlas-0.1.0-SNAPSHOT.jar"))
            .toAbsolutePath().normalize().getParent();
    static final Path FIXTURES = APP.getParent().resolve("src/test/resources/realdata");
    static final Path REALDATA = APP.getParent().getParent().resolve("shared/realdata");
    private static JavaSparkContext sc;

    private LocalSpark() {
    }

    static synchronized JavaSparkContext context() {
        if (sc == null) {
            sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
                    .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "2")
                    .set("spark.default.parallelism", "2"));
            Runtime.getRuntime().addShutdownHook(new Thread(sc::close));
        }
        return sc;
    }
}
