package org.clusteratlas.cluster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Computed numbers as text at the precision they carry. Sums of fractional counts (1/k shares) pick up
 * binary rounding noise in the last bits ({@code 9750.300000000067}); rounded to {@link #DECIMALS} places
 * they read as the sum they are ({@code 9750.3}) while keeping far more precision than any count has.
 */
public final class NumberText {
    /** Decimal places of computed figures: 1e-9 is far below any fractional count's meaning. */
    public static final int DECIMALS = 9;

    private NumberText() {
    }

    /**
     * The double nearest to {@code v} rounded to 1e-9, for writers that print doubles themselves (JSON):
     * its shortest text is the rounded decimal. NaN and infinities stay as they are.
     */
    public static double round(double v) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Rounded to 1e-9, no trailing zeros, never an exponent ("9750.3", "13"); empty for NaN. */
    public static String plain(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite value");
        }
        String s = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
