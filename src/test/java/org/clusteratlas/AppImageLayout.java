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
 * data, the sample where {@link BundledSample} looks for it, and the launcher option that tells it so; and, for a
 * quick start, the class-data archive with the class list it is made from and the launcher option naming it.
 */
final class AppImageLayout {
    /** Where the modules the runtime must hold are named (jpackage's --add-modules). */
    static final Path IMAGE_ARGS = Path.of("src", "dist", "jpackage", "app-image.args");
    /** The launcher option that names the class-data archive (src/dist/jpackage/linux.args). */
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=$APPDIR/cluster-atlas.jsa";

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

    /** The class-data archive made at package (src/dist/cds), and the class list it is made from. */
    Path archive() {
        return appDir().resolve("cluster-atlas.jsa");
    }

    Path classList() {
        return appDir().resolve("cluster-atlas.classlist");
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
            for (String m : modules()) {
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
        if (!Files.isRegularFile(archive()) || !Files.isRegularFile(classList())
                || !Files.isRegularFile(appDir().resolve("dump-archive.sh"))) {
            p.add("class-data archive " + archive() + ", its class list or dump-archive.sh missing");
        } else if (!Files.readString(cfg).contains(ARCHIVE_OPTION)) {
            p.add("launcher configuration " + cfg + " without " + ARCHIVE_OPTION);
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

    /** The modules src/dist/jpackage/app-image.args adds to the runtime. */
    static List<String> modules() throws IOException {
        return Files.readAllLines(IMAGE_ARGS).stream().filter(l -> l.startsWith("--add-modules "))
                .flatMap(l -> Stream.of(l.substring("--add-modules ".length()).strip().split(","))).toList();
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
