package org.clusteratlas.cli;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.NumberSpec;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepRange;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;
import java.util.Locale;

/**
 * Adds one option per {@link ParameterSpec} ({@code --id VALUE}), described and defaulted by the spec, and
 * reads them back ({@link #parameters}): the command line cannot drift from the window's controls or the
 * saved views. {@code map} takes these options; {@code rank} also the sweep axes ({@link WithSweep}). Both
 * directions live here so that adding a parameter is one change.
 */
public final class ParameterOptions implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
        int order = 10;
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            command.addOption(OptionSpec.builder(s.cliOption()).type(String.class).arity("1")
                    .paramLabel(s.paramLabel()).order(order++).description(description(s)).build());
        }
        return command;
    }

    static String description(ParameterSpec<?> s) {
        // picocli treats descriptions as format strings
        return (s.label() + " (default: " + s.defaultText() + "). " + s.effect()).replace("%", "%%");
    }

    /**
     * The parameter options of a command (rank, map) read through their specs. Minimum weights stay as given,
     * counts ("40") or shares ("0.045%", the defaults): the engine resolves a share on the filtered total of
     * the snapshot it ranks.
     */
    static ClusterParameters parameters(CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        ClusterParameters p = ClusterParameters.defaults();
        try {
            for (ParameterSpec<?> s : ParameterSpecs.ALL) {
                OptionSpec o = spec.findOption(s.cliOption());
                String v = o == null ? null : o.getValue();
                if (v != null) {
                    p = RankCommandLine.applyOption(p, s, v);
                }
            }
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new ParameterException(cl, m.startsWith("--") ? m : "--" + m);
        }
        return p;
    }

    /**
     * The parameter options and, after them, one {@code --sweep-ID FROM:TO:STEPS} option per swept spec
     * ({@link SweepGrid#sweptSpecs}), read back by {@link #sweepGrid}.
     */
    public static final class WithSweep implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            new ParameterOptions().transform(command);
            int order = 210;
            for (NumberSpec s : SweepGrid.sweptSpecs()) {
                command.addOption(OptionSpec.builder(SweepGrid.option(s)).type(String.class).arity("1")
                        .paramLabel("FROM:TO:STEPS").order(order++)
                        .description("Sweep " + s.label().toLowerCase(Locale.ROOT) + " over STEPS evenly spaced values"
                                + " (implies --sweep)" + (s == ParameterSpecs.EPS_KM ? ", e.g. 6:14:5."
                                : "; alone, the other minimum stays at its value."))
                        .build());
            }
            return command;
        }
    }

    /**
     * The sweep the options ask for, or null: any sweep option ({@code sweep}, {@code sweepSteps} non-null or an
     * axis) turns it on, axes not given are defaults.
     */
    static SweepGrid sweepGrid(CommandSpec spec, ClusterParameters base, boolean sweep, String sweepSteps) {
        try {
            List<NumberSpec> specs = SweepGrid.sweptSpecs();
            SweepRange[] ranges = new SweepRange[specs.size()];
            boolean any = sweep || sweepSteps != null;
            for (int i = 0; i < ranges.length; i++) {
                String option = SweepGrid.option(specs.get(i));
                String v = spec.findOption(option).getValue();
                if (v != null) {
                    try {
                        ranges[i] = SweepRange.parse(v);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(option + ": " + e.getMessage());
                    }
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            int[] steps = sweepSteps == null ? new int[] {SweepGrid.DEFAULT_STEPS, SweepGrid.DEFAULT_STEPS}
                    : SweepGrid.parseSteps(sweepSteps);
            return SweepGrid.of(base, ranges[0], ranges[1], ranges[2], steps[0], steps[1]);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new ParameterException(spec.commandLine(), m.startsWith("--") ? m : m.startsWith("sweep-") ? "--" + m
                    : "sweep: " + m);
        }
    }
}
