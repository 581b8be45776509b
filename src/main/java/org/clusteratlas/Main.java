package org.clusteratlas;

import org.clusteratlas.cli.AtlasCommand;

/**
 * Entry point of {@code cluster-atlas.jar}: with no arguments (or a single snapshot path) it opens the
 * window; with a subcommand it runs headless. This class deliberately does not extend
 * {@code javafx.application.Application} so that the shaded jar starts on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (AtlasCommand.isWindowInvocation(args)) {
            org.clusteratlas.ui.AtlasApp.launchWindow(args);
        } else {
            StartupTrace.markExit();
            System.exit(AtlasCommand.run(args));
        }
    }
}
