package org.clusteratlas.cluster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A number in [min, max] with a fixed precision: values are held rounded to {@code decimals} places, so the
 * text "5.05" is exactly the value the slider set, and the command, saved view and export file name show
 * "5.05" too, never {@code 5.050000000000001}.
 */
public final class NumberSpec extends ParameterSpec<Double> {
    private final String unit;
    private final double min;
    private final double max;
    private final double defaultValue;
    private final int decimals;
    private final boolean logScale;

    NumberSpec(String id, String label, String unit, double min, double max, double defaultValue, int decimals,
               boolean logScale, String effect, String whyDefault, Function<ClusterParameters, Double> getter,
               BiFunction<ClusterParameters, Double, ClusterParameters> setter) {
        super(id, label, effect, whyDefault, getter, setter);
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.decimals = decimals;
        this.logScale = logScale;
        this.defaultValue = defaultValue;
    }

    /** Unit of the number ("km", "documents"), empty when none. */
    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double defaultValue() {
        return defaultValue;
    }

    /** Decimal places the value carries: the precision of its controls and of its text. */
    public int decimals() {
        return decimals;
    }

    /** Whether a slider should move on a logarithmic scale. */
    public boolean logScale() {
        return logScale;
    }

    /** The value rounded to the spec's precision (half-even on its decimal digits). */
    public double round(double v) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public Double check(Double value) {
        double v = value == null ? Double.NaN : round(value);
        if (!(v >= min && v <= max)) {
            throw invalid("must be between " + format(min) + " and " + format(max) + (unit.isEmpty() ? "" : " " + unit)
                    + ", not " + (value == null ? "nothing" : NumberText.plain(value)));
        }
        return v;
    }

    @Override
    public String format(Double value) {
        return format(value.doubleValue());
    }

    /** A number at the spec's precision: no trailing zeros, never an exponent ("13", "5.05"). */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public Double parse(String text) {
        String t = text == null ? "" : text.strip();
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw invalid("'" + t + "' is not a number");
        }
        return check(d.setScale(decimals, RoundingMode.HALF_EVEN).doubleValue());
    }

    @Override
    public String paramLabel() {
        return unit.equals("km") ? "KM" : "W";
    }

    @Override
    public String defaultText() {
        return format(defaultValue) + (unit.isEmpty() ? "" : " " + unit) + ", " + format(min) + " to " + format(max);
    }
}
