package org.clusteratlas.rank;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a cluster's population, and the intensity divided by it, are written for people: at three significant
 * figures, because that is all the figure carries. The population is a sum of GeoNames place populations,
 * which are themselves rounded census figures or estimates of varying years, over a footprint that is only
 * approximate (places within 5 km of a member location, sections folded into their city, towns under the
 * gazetteer's floor missing: {@code docs/method-ranking.md}). "24,976,898" would claim eight digits that mean
 * nothing; "≈ 25.0 million" says what is known.
 *
 * <p>The scheme, from the value rounded (half up) to three significant figures: below 10,000 grouped digits
 * ({@code "≈ 4,310"}, where "4.31 thousand" would read worse); then thousands, millions and billions with
 * three significant figures ({@code "≈ 45.7 thousand"}, {@code "≈ 812 thousand"}, {@code "≈ 25.0 million"}).
 * The unit follows the rounded value, so 999,500 is {@code "≈ 1.00 million"}, not "1,000 thousand". A
 * population of 0 (no gazetteer place in the footprint) is {@code "unknown"}.
 *
 * <p>Intensity (documents per million inhabitants) inherits the population's precision: it is written at
 * most three significant figures, as a whole number ({@code "4,000"} for 4,003.2; {@code "12"} for 12.3).
 *
 * <p>Only text for people follows this rule (window, terminal table); the machine-readable exports (CSV,
 * JSON, GeoJSON) keep the raw sum so that they reproduce the computation exactly. Tables sort by the raw
 * value, never by this text.
 */
public final class ApproximatePopulation {
    /** Significant figures a population estimate carries. */
    public static final int SIGNIFICANT = 3;
    /** What is written for a population of 0: no gazetteer place in the footprint. */
    public static final String UNKNOWN = "unknown";

    private static final MathContext ROUND = new MathContext(SIGNIFICANT, RoundingMode.HALF_UP);
    private static final long[] UNITS = {1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] UNIT_NAMES = {"billion", "million", "thousand"};
    private static final long DIGITS_BELOW = 10_000L;

    private ApproximatePopulation() {
    }

    /** {@code population} rounded half up to {@link #SIGNIFICANT} significant figures (0 and below: 0). */
    public static long rounded(long population) {
        return population <= 0 ? 0 : new BigDecimal(population).round(ROUND).longValueExact();
    }

    /** {@code "≈ 25.0 million"}, {@code "≈ 812 thousand"}, {@code "≈ 4,310"}; {@link #UNKNOWN} for 0. */
    public static String text(long population) {
        long r = rounded(population);
        if (r == 0) {
            return UNKNOWN;
        }
        if (r < DIGITS_BELOW) {
            return String.format(Locale.ROOT, "\u2248 %,d", r);
        }
        for (int u = 0; u < UNITS.length; u++) {
            if (r >= UNITS[u]) {
                BigDecimal m = BigDecimal.valueOf(r, 0).divide(BigDecimal.valueOf(UNITS[u]));
                int whole = m.precision() - m.scale(); // digits before the point: 1 to 3 (more only past billions)
                return "\u2248 " + m.setScale(Math.max(0, SIGNIFICANT - whole), RoundingMode.UNNECESSARY)
                        .toPlainString() + " " + UNIT_NAMES[u];
            }
        }
        throw new AssertionError(r); // r >= DIGITS_BELOW >= the smallest unit
    }

    /**
     * Intensity (documents per million inhabitants) at most {@link #SIGNIFICANT} significant figures, as a whole
     * number with grouped digits ({@code "4,000"}); {@code null} when there is none (NaN: population 0), so that
     * each caller writes its own blank.
     */
    public static String intensity(double intensity) {
        if (Double.isNaN(intensity)) {
            return null;
        }
        double r = Double.isInfinite(intensity) ? intensity : new BigDecimal(intensity).round(ROUND).doubleValue();
        return String.format(Locale.ROOT, "%,.0f", r);
    }
}
