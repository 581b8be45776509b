package org.clusteratlas.cluster;

import java.util.Locale;

/**
 * One clustering parameter described once, as data: the window's controls, the {@code rank} command's
 * options, saved views and export metadata are all generated from these (see {@link ParameterSpecs#ALL}),
 * so a parameter's name, range and meaning cannot drift apart between them.
 *
 * @param id           stable key in saved views and export metadata; the CLI option is {@code --id}
 * @param label        short human label for the window
 * @param unit         unit of a number ("km", "documents"), empty when none
 * @param type         what sort of value it takes
 * @param min          smallest allowed number ({@link Type#NUMBER}; for {@link Type#YEAR_RANGE} the earliest
 *                     year accepted)
 * @param max          largest allowed number (likewise)
 * @param defaultValue default number; NaN when the default comes from the snapshot (all years, all kinds...)
 * @param logScale     whether a slider should move on a logarithmic scale
 * @param effect       one line: what the parameter does to the result
 * @param whyDefault   one line: why the default is what it is
 */
public record ParameterSpec(String id, String label, String unit, Type type, double min, double max,
                            double defaultValue, boolean logScale, String effect, String whyDefault) {

    /** The sort of value a parameter takes. */
    public enum Type {
        /** A number in [min, max]: a slider. */
        NUMBER,
        /** An inclusive range of years "from-to": a range slider. */
        YEAR_RANGE,
        /** A subset of document kinds. */
        KINDS,
        /** A subset of the snapshot's fields; empty = all. */
        FIELDS,
        /** A subset of the snapshot's countries (ISO-2); empty = all. */
        COUNTRIES
    }

    /** The command-line option, e.g. {@code --eps-km}. */
    public String cliOption() {
        return "--" + id;
    }

    /** Checks a number against the range; the message names the parameter, its range and the value. */
    public double requireInRange(double value) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be between %s and %s%s, not %s",
                    id, format(min), format(max), unit.isEmpty() ? "" : " " + unit, format(value)));
        }
        return value;
    }

    /** A number as saved views, exports and the CLI write it (no trailing zeros, never an exponent). */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
