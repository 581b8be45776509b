package org.clusteratlas.snapshot.source;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus of real public files in {@code ../shared/realdata} (beside the project checkout; its README gives
 * each file's source and licence). It is never copied into this repository, so on a clone without it the
 * tests that read it are skipped, saying why.
 */
public final class RealData {
    private RealData() {
    }

    /** A file or folder of the corpus; skips the calling test when the corpus (or that file) is absent. */
    public static Path file(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null, "skipped: ../shared/realdata (real PatentsView and OpenAlex files,"
                + " not part of this repository) was not found beside the project checkout");
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "skipped: " + p + " is not in this copy of ../shared/realdata");
        return p;
    }

    /** The corpus folder: {@code ../shared/realdata} from the working directory or any folder above it. */
    static Path root() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolveSibling("shared").resolve("realdata");
            if (d.getParent() != null && Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
