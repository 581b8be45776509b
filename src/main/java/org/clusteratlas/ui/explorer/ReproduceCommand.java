package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.WeightFilter;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * "Copy command": the {@code rank} command line that reproduces the ranking on screen.
 *
 * <p>Hook: the {@code rank} command's own renderer ({@code org.clusteratlas.rank.RankCommandLine}, on the
 * rank CLI's branch) is the single source of truth once merged; {@link #render} should then become
 * {@code RankCommandLine.of(snapshot, parameters).withTop(top)[.withCompareYears(...)].render()}. Until then
 * this renders the same options from {@link ParameterSpecs#ALL} (numbers always; years, kinds, fields and
 * countries only when restricted; lists with commas; POSIX single quotes).
 */
public final class ReproduceCommand {
    public static final String PROGRAM = "java -jar target/cluster-atlas.jar";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ReproduceCommand() {
    }

    /**
     * @param compareYears the reference years when the pinned reference differs from the view only in its
     *                     years ("2017-2021"), else null
     */
    public static String render(Path snapshot, ClusterParameters p, int top, String compareYears) {
        StringBuilder b = new StringBuilder(PROGRAM).append(" rank --snapshot ").append(quote(snapshot.toString()));
        WeightFilter f = p.filter();
        for (ParameterSpec s : ParameterSpecs.ALL) {
            String v = switch (s.type()) {
                case NUMBER -> p.text(s);
                case YEAR_RANGE -> f.yearFrom() == Integer.MIN_VALUE && f.yearTo() == Integer.MAX_VALUE ? null : p.text(s);
                case KINDS -> f.kinds().size() == DocumentKind.values().length ? null : p.text(s).replace(';', ',');
                case FIELDS -> f.fields() == null ? null : p.text(s).replace(';', ',');
                case COUNTRIES -> f.countries() == null ? null : p.text(s).replace(';', ',');
            };
            if (v != null) {
                b.append(' ').append(s.cliOption()).append(' ').append(quote(v));
            }
        }
        b.append(" --top ").append(top);
        if (compareYears != null) {
            b.append(" --compare-years ").append(compareYears);
        }
        return b.toString();
    }

    /** The reference's years as {@code --compare-years} takes them, when it differs from {@code p} only there. */
    public static String compareYears(ClusterParameters p, ClusterParameters reference) {
        if (reference == null) {
            return null;
        }
        WeightFilter f = p.filter();
        WeightFilter r = reference.filter();
        WeightFilter sameYears = new WeightFilter(f.yearFrom(), f.yearTo(), r.kinds(), r.fields(), r.countries());
        if (!reference.withFilter(sameYears).equals(p) || r.yearFrom() == Integer.MIN_VALUE || r.yearTo() == Integer.MAX_VALUE) {
            return null;
        }
        return r.yearFrom() + "-" + r.yearTo();
    }

    static String quote(String arg) {
        if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
