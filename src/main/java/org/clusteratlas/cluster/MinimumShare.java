package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A minimum weight given as a share of its kind's filtered total ({@code --min-patents 0.045%}) instead of
 * a count, so that one setting fits a snapshot of any size and any year range: the share is turned into a
 * count on the snapshot being ranked (the total of the kind after the year, field and country filters,
 * unlocated shares included, the total ranking shares are taken over), at the count's precision and never
 * below its smallest allowed value.
 *
 * <p>The defaults are shares chosen so that the sample (89,066 patents, 108,857 publications) gets the
 * minimum of about 40 documents it was tuned with.
 */
public final class MinimumShare {
    /** Default minimum patents: 0.045% of the filtered patents (40.1 on the sample). */
    public static final double DEFAULT_PATENT_PERCENT = 0.045;
    /** Default minimum publications: 0.037% of the filtered publications (40.3 on the sample). */
    public static final double DEFAULT_PUBLICATION_PERCENT = 0.037;

    private MinimumShare() {
    }

    /**
     * The percentage of a text such as "0.045%", or null when the text is not a share (then it is a count).
     *
     * @throws IllegalArgumentException naming the option when the share is not a number in (0, 100]
     */
    public static Double percent(NumberSpec spec, String text) {
        String t = text == null ? "" : text.strip();
        if (!t.endsWith("%")) {
            return null;
        }
        String number = t.substring(0, t.length() - 1).strip();
        double v;
        try {
            v = new BigDecimal(number).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(spec.id() + ": '" + t + "' is not a share (e.g. 0.05%)");
        }
        if (!(v > 0 && v <= 100)) {
            throw new IllegalArgumentException(spec.id() + ": a share must be above 0% and at most 100%, not " + t);
        }
        return v;
    }

    /** The count a share of {@code total} gives, at the spec's precision, within its range. */
    public static double count(NumberSpec spec, double percent, double total) {
        double v = spec.round(total * percent / 100);
        return Math.max(spec.min(), Math.min(spec.max(), v));
    }

    /** A share as the options write it: "0.045%". */
    public static String format(double percent) {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * {@code p} with each minimum given as a share (null: keep {@code p}'s count) turned into a count on
     * {@code table} under {@code p}'s filter.
     */
    public static ClusterParameters resolve(ClusterParameters p, Double patentPercent, Double publicationPercent,
                                            LocationTable table) {
        if (patentPercent == null && publicationPercent == null) {
            return p;
        }
        LocationWeights w = table.weigh(p.filter());
        ClusterParameters r = p;
        if (patentPercent != null) {
            r = r.withMinPatentWeight(count(ParameterSpecs.MIN_PATENTS, patentPercent, w.total(DocumentKind.PATENT)));
        }
        if (publicationPercent != null) {
            r = r.withMinPublicationWeight(count(ParameterSpecs.MIN_PUBLICATIONS, publicationPercent,
                    w.total(DocumentKind.PUBLICATION)));
        }
        return r;
    }

    /** The defaults, with the default shares turned into counts on {@code table}. */
    public static ClusterParameters defaultsFor(LocationTable table) {
        return resolve(ClusterParameters.defaults(), DEFAULT_PATENT_PERCENT, DEFAULT_PUBLICATION_PERCENT, table);
    }

    /** A share of {@code total} that {@code weight} reaches, rounded down to 4 significant digits. */
    public static double percentReached(double weight, double total) {
        if (total <= 0) {
            return 0;
        }
        return new BigDecimal(100 * weight / total).round(new java.math.MathContext(4, RoundingMode.DOWN))
                .doubleValue();
    }
}
