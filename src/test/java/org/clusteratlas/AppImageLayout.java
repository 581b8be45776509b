package org.clusteratlas;

import org.clusteratlas.sample.BundledSample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What a Linux app image made by {@code mvn package} (jpackage, {@code src/dist/jpackage}) must hold for the
 * app to run without an installed Java: the launcher, its trimmed runtime, the app jar with the offline map
 * data, the sample where {@link BundledSample} looks for it, and the launcher option that tells it so.
 */
final class AppImageLayout {
    /** Modules the app needs from the runtime (jdeps on cluster-atlas.jar; src/dist/jpackage/app-image.args). */
    static final List<String> MODULES = List.of("java.base", "java.desktop", "java.logging", "java.prefs",
            "java.sql", "java.xml", "jdk.unsupported", "jdk.unsupported.desktop");

    private final Path image;

    AppImageLayout(Path image) {
        this.image = image;
    }

    Path launcher() {
        return image.resolve("bin").resolve("cluster-atlas");
    }

    Path appDir() {
        return image.resolve("lib").resolve("app");
    }

    Path runtime() {
        return image.resolve("lib").resolve("runtime");
    }

    Path jar() {
        return appDir().resolve("cluster-atlas.jar");
    }

    Path sample() {
        return appDir().resolve(BundledSample.RELATIVE);
    }

    /**
     * What is missing or wrong, one line each (empty when the image is complete).
     *
     * @param sourceSample the sample in the source tree the image's copy must equal
     * @param mapData      the source tree's {@code assets} folder, every file of which must be in the jar
     */
    List<String> problems(Path sourceSample, Path mapData) throws IOException {
        List<String> p = new ArrayList<>();
        if (!Files.isExecutable(launcher())) {
            p.add("launcher " + launcher() + " missing or not executable");
        }
        Path release = runtime().resolve("release");
        if (!Files.isRegularFile(runtime().resolve("lib").resolve("server").resolve("libjvm.so"))
                || !Files.isRegularFile(runtime().resolve("lib").resolve("modules")) || !Files.isRegularFile(release)) {
            p.add("runtime " + runtime() + " missing or incomplete (lib/server/libjvm.so, lib/modules, release)");
        } else {
            String modules = Files.readString(release).lines().filter(l -> l.startsWith("MODULES="))
                    .findFirst().orElse("");
            for (String m : MODULES) {
                if (!List.of(modules.replace("MODULES=", "").replace("\"", "").split(" ")).contains(m)) {
                    p.add("runtime lacks module " + m);
                }
            }
        }
        Path cfg = appDir().resolve("cluster-atlas.cfg");
        String option = "-D" + BundledSample.APP_DIR_PROPERTY + "=$APPDIR";
        if (!Files.isRegularFile(cfg) || !Files.readString(cfg).contains(option)) {
            p.add("launcher configuration " + cfg + " missing or without " + option);
        }
        if (!Files.isRegularFile(sample())) {
            p.add("sample snapshot " + sample() + " missing");
        } else if (Files.mismatch(sample(), sourceSample) >= 0) {
            p.add("sample snapshot " + sample() + " differs from " + sourceSample);
        }
        if (!Files.isRegularFile(jar())) {
            p.add("app jar " + jar() + " missing");
        } else {
            try (ZipFile zip = new ZipFile(jar().toFile()); Stream<Path> files = Files.walk(mapData)) {
                if (zip.getEntry("org/clusteratlas/Main.class") == null) {
                    p.add("app jar " + jar() + " has no org/clusteratlas/Main.class");
                }
                files.filter(Files::isRegularFile).map(f -> "assets/" + mapData.relativize(f).toString().replace('\\', '/'))
                        .filter(e -> zip.getEntry(e) == null)
                        .forEach(e -> p.add("app jar lacks " + e));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return p;
    }

    /** Bytes of all files in the image. */
    long size() throws IOException {
        try (Stream<Path> files = Files.walk(image)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
