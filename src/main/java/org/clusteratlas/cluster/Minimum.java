package org.clusteratlas.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A minimum weight as the user gave it: a count of documents ({@code 40}) or a share of its kind's filtered
 * total ({@code 0.045%}). It stays what it was given everywhere it is kept (parameters, saved views, copied
 * commands, exports), so a share saved on one snapshot or year range means the same share on another; only
 * {@link MinimumSpec#count} turns it into the count the engine compares with, on the total being ranked.
 *
 * @param value a count of documents, or a percentage (0.045 for 0.045%) when {@code share}
 * @param share whether {@code value} is a percentage of the filtered total
 */
public record Minimum(double value, boolean share) {
    /** Decimal places of a share's percentage: 0.000001% is far below any meaningful minimum. */
    public static final int SHARE_DECIMALS = 6;

    /** A minimum of {@code count} documents. */
    public static Minimum count(double count) {
        return new Minimum(count, false);
    }

    /** A minimum of {@code percent}% of the kind's filtered total. */
    public static Minimum share(double percent) {
        return new Minimum(percent, true);
    }

    /** This minimum's percentage or count times {@code factor}, of the same kind (sweeps scale around it). */
    public Minimum times(double factor) {
        return new Minimum(value * factor, share);
    }

    /** The percentage as text, at the precision it carries: "0.045%". */
    static String formatShare(double percent) {
        return BigDecimal.valueOf(percent).setScale(SHARE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** A share of {@code total} that {@code weight} reaches, rounded down to 4 significant digits, as text. */
    public static String shareReached(double weight, double total) {
        if (total <= 0) {
            return formatShare(0);
        }
        return formatShare(new BigDecimal(100 * weight / total).round(new MathContext(4, RoundingMode.DOWN))
                .doubleValue());
    }
}
