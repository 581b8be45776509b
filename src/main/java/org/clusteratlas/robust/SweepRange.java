package org.clusteratlas.robust;

import org.clusteratlas.cluster.NumberText;
import org.clusteratlas.cluster.ParameterSpec;

import java.util.Locale;

/**
 * One axis of a sweep as the user writes it, {@code FROM:TO:STEPS} (e.g. {@code 6:14:5} = 6, 8, 10, 12, 14):
 * evenly spaced, both ends included, at most {@link SweepGrid#MAX_STEPS} values.
 */
public record SweepRange(double from, double to, int steps) {
    public SweepRange {
        if (steps < 1 || steps > SweepGrid.MAX_STEPS) {
            throw new IllegalArgumentException("steps must be between 1 and " + SweepGrid.MAX_STEPS + ", not " + steps);
        }
        if (!(from <= to) || Double.isInfinite(from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("range " + NumberText.plain(from) + ":" + NumberText.plain(to)
                    + " must run from low to high");
        }
        if (steps == 1 && from != to) {
            throw new IllegalArgumentException("one step needs FROM = TO");
        }
    }

    /**
     * Parses {@code FROM:TO:STEPS}.
     *
     * @throws IllegalArgumentException with a one-line message when the text is malformed
     */
    public static SweepRange parse(String text) {
        String[] p = text == null ? new String[0] : text.trim().split(":", -1);
        if (p.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not FROM:TO:STEPS (e.g. 6:14:5)");
        }
        try {
            return new SweepRange(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Integer.parseInt(p[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not FROM:TO:STEPS (e.g. 6:14:5)");
        }
    }

    /** The values, {@code from} first; exact at both ends. */
    public double[] values() {
        double[] v = new double[steps];
        for (int i = 0; i < steps; i++) {
            v[i] = i == steps - 1 ? to : from + (to - from) * i / Math.max(1, steps - 1);
        }
        return v;
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return String.format(Locale.ROOT, "%s:%s:%d", NumberText.plain(from), NumberText.plain(to), steps);
    }
}
