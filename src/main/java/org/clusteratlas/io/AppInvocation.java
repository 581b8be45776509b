package org.clusteratlas.io;

import org.clusteratlas.rank.RankCommandLine;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start this very app again from any folder, the one definition that "copy command", exported
 * metadata and installers rely on: the jpackage launcher when the app runs from one (its launchers set the
 * {@value #APP_PATH_PROPERTY} system property), else the running Java with {@code -jar} and the absolute path
 * of the running jar, else (classes in a folder: tests, {@code mvn javafx:run}) the running Java with the
 * absolute class path and the main class.
 */
public final class AppInvocation {
    /** Set by jpackage launchers to the launcher's absolute path. */
    public static final String APP_PATH_PROPERTY = "jpackage.app-path";
    private static final String MAIN_CLASS = "org.clusteratlas.Main";

    private AppInvocation() {
    }

    /** The words that start the app in this process's installation, before a subcommand. */
    public static List<String> command() {
        return of(System.getProperty(APP_PATH_PROPERTY), codeSource(), Path.of(System.getProperty("java.home")),
                System.getProperty("java.class.path", ""));
    }

    /** {@link #command()} as one POSIX shell line, quoted where needed. */
    public static String commandLine() {
        List<String> quoted = new ArrayList<>();
        for (String w : command()) {
            quoted.add(RankCommandLine.quote(w));
        }
        return String.join(" ", quoted);
    }

    /**
     * The words for a given installation.
     *
     * @param appPath    the launcher's path (the {@value #APP_PATH_PROPERTY} property), or null
     * @param codeSource the jar or class folder this class was loaded from, or null when unknown
     * @param javaHome   the running Java's home
     * @param classPath  the running class path (entries separated by the platform's separator)
     */
    static List<String> of(String appPath, Path codeSource, Path javaHome, String classPath) {
        if (appPath != null && !appPath.isBlank()) {
            return List.of(Path.of(appPath).toAbsolutePath().toString());
        }
        String java = javaHome.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java").toString();
        if (codeSource != null && Files.isRegularFile(codeSource)
                && codeSource.getFileName().toString().endsWith(".jar")) {
            return List.of(java, "-jar", codeSource.toAbsolutePath().toString());
        }
        List<String> entries = new ArrayList<>();
        for (String e : classPath.split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        if (entries.isEmpty() && codeSource != null) {
            entries.add(codeSource.toAbsolutePath().toString());
        }
        return List.of(java, "-cp", String.join(File.pathSeparator, entries), MAIN_CLASS);
    }

    private static Path codeSource() {
        try {
            CodeSource cs = AppInvocation.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
