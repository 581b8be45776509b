package org.clusteratlas.io;

/**
 * The application's version, from the jar manifest ("dev" when run from classes): one definition for the
 * command line, the window and the provenance written into exports.
 */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
