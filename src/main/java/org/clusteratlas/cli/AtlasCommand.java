package org.clusteratlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of the app: every ranking the window shows can be reproduced from here.
 * Exit codes: 0 success, 2 bad usage, 3 bad input data.
 */
@Command(name = "cluster-atlas", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = "Find and rank science-and-technology clusters in a snapshot (GII method).",
        subcommands = {CommandLine.HelpCommand.class, InfoCommand.class, ImportCommand.class, GenerateCommand.class,
                RankCommand.class, MapCommand.class})
public final class AtlasCommand implements Runnable {
    public static final int OK = 0;
    public static final int BAD_USAGE = 2;
    public static final int BAD_INPUT = 3;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** True when the arguments ask for the window: none, or one path that is not a subcommand or option. */
    public static boolean isWindowInvocation(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || args[0].startsWith("-")) {
            return false;
        }
        return !commandLine().getSubcommands().containsKey(args[0]);
    }

    /** Runs the command line and returns the exit code; never throws for bad input. */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? BAD_USAGE : 1);
        cl.getCommandSpec().exitCodeOnInvalidInput(BAD_USAGE);
        return cl.execute(args);
    }

    /** The command tree. */
    static CommandLine commandLine() {
        return new CommandLine(new AtlasCommand());
    }

    /** Version from the jar manifest, or "dev" when run from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Cluster Atlas " + appVersion()};
        }
    }

    public static String appVersion() {
        String v = AtlasCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
