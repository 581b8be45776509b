package org.clusteratlas.sample;

import java.nio.file.Path;

/**
 * Where the bundled sample snapshot is, for the window, the command line and the app image alike: the one
 * place that tells an installed app from a source checkout.
 *
 * <p>Installed (the jpackage app image and the installers made from it): the launcher starts the JVM with
 * {@code -D}{@value #APP_DIR_PROPERTY}{@code =$APPDIR} ({@code src/dist/jpackage/app-image.args}), the
 * folder holding {@code cluster-atlas.jar} and {@code sample-data/}, so the sample is found whatever the
 * working directory. From a source checkout ({@code mvn javafx:run}, {@code java -jar
 * target/cluster-atlas.jar}) the property is absent and the sample is {@link #RELATIVE} to the working
 * directory, the project root. {@code AppImageIT} checks that the build puts it where this class looks.
 *
 * <p>The offline map and gazetteer data need no such rule: they are class-path resources under
 * {@code /assets/geodata} inside the jar, installed or not.
 */
public final class BundledSample {
    /** System property naming the installed app's folder; set by the launcher, absent in a checkout. */
    public static final String APP_DIR_PROPERTY = "clusteratlas.app.dir";
    /** The sample relative to the app folder (installed) or the project root (checkout). */
    public static final Path RELATIVE = Path.of("sample-data", "world-sample.sqlite");

    private BundledSample() {
    }

    /** The sample snapshot: absolute when installed, relative to the working directory in a checkout. */
    public static Path path() {
        return in(System.getProperty(APP_DIR_PROPERTY));
    }

    /** The sample for an app folder ({@code null} or blank: a checkout). */
    static Path in(String appDir) {
        return appDir == null || appDir.isBlank() ? RELATIVE : Path.of(appDir).resolve(RELATIVE);
    }
}
