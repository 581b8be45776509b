package org.clusteratlas.cli;

import org.clusteratlas.sample.SampleGenerator;
import org.clusteratlas.sample.SampleSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code generate --out FILE}: writes the synthetic world sample (the bundled
 * {@code sample-data/world-sample.sqlite} is {@code generate --seed 42}) or larger ones for benchmarks.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic, deterministic world sample snapshot (real places, invented documents).")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "SNAPSHOT", description = "Snapshot file to write.")
    Path out;

    @Option(names = "--addresses", defaultValue = "600000", paramLabel = "N",
            description = "Number of geocoded address rows (default: ${DEFAULT-VALUE}, about a third as many documents).")
    long addresses;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Override
    public Integer call() {
        if (addresses < 1) {
            System.err.println("error: --addresses must be positive");
            return AtlasCommand.BAD_USAGE;
        }
        long t0 = System.nanoTime();
        try {
            SampleGenerator.Summary s = SampleSnapshot.write(out, seed, addresses, force);
            System.err.printf(Locale.ROOT, "generated %,d documents, %,d addresses -> %s (%.1f s)%n",
                    s.documents(), s.addresses(), out, (System.nanoTime() - t0) / 1e9);
            return AtlasCommand.OK;
        } catch (FileAlreadyExistsException e) {
            System.err.println("error: " + e.getFile() + " exists; use --force to replace it");
            return AtlasCommand.BAD_USAGE;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
