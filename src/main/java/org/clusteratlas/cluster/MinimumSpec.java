package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationWeights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A minimum weight of one kind: a {@link Minimum} whose text is a count ("40", at the precision of
 * {@link #counts()}) or a share of the kind's filtered total ("0.045%"). The share is kept as a share; it
 * becomes a count only in {@link #count}, on the total of the documents being ranked, so one setting fits a
 * snapshot of any size and any year range. A plain number, as older saved views hold, is a count.
 */
public final class MinimumSpec extends ParameterSpec<Minimum> {
    private final NumberSpec counts;
    private final DocumentKind kind;
    private final Minimum defaultValue;

    MinimumSpec(NumberSpec counts, DocumentKind kind, Minimum defaultValue, String whyDefault,
                Function<ClusterParameters, Minimum> getter,
                BiFunction<ClusterParameters, Minimum, ClusterParameters> setter) {
        super(counts.id(), counts.label(), counts.effect(), whyDefault, getter, setter);
        this.counts = counts;
        this.kind = kind;
        this.defaultValue = check(defaultValue);
    }

    /** The count this minimum may resolve to: its range, precision and slider scale. */
    public NumberSpec counts() {
        return counts;
    }

    /** The kind whose filtered total a share is taken of. */
    public DocumentKind kind() {
        return kind;
    }

    public Minimum defaultValue() {
        return defaultValue;
    }

    /**
     * The count {@code m} means when the kind's filtered total is {@code total}: a count as it is, a share of
     * the total at the count's precision and within its range. The one place a share becomes a count.
     */
    public double count(Minimum m, double total) {
        if (!m.share()) {
            return m.value();
        }
        double v = counts.round(total * m.value() / 100);
        return Math.max(counts.min(), Math.min(counts.max(), v));
    }

    /** The count of this parameter in {@code p} on the filtered totals {@code w}. */
    public double count(ClusterParameters p, LocationWeights w) {
        return count(get(p), w.total(kind));
    }

    @Override
    public Minimum check(Minimum value) {
        if (value == null) {
            throw invalid("a count or a share is needed");
        }
        if (!value.share()) {
            return Minimum.count(counts.check(value.value()));
        }
        double v = Double.isFinite(value.value()) ? BigDecimal.valueOf(value.value())
                .setScale(Minimum.SHARE_DECIMALS, RoundingMode.HALF_EVEN).doubleValue() : Double.NaN;
        if (!(v > 0 && v <= 100)) {
            throw invalid("a share must be above 0% and at most 100%, not " + NumberText.plain(value.value()) + "%");
        }
        return Minimum.share(v);
    }

    /** A value in the same kind's range: a scaled share or count clamped to what the spec allows. */
    public Minimum clamp(Minimum m) {
        if (m.share()) {
            double floor = Math.pow(10, -Minimum.SHARE_DECIMALS);
            return check(Minimum.share(Math.max(floor, Math.min(100, m.value()))));
        }
        return check(Minimum.count(Math.max(counts.min(), Math.min(counts.max(), counts.round(m.value())))));
    }

    @Override
    public String format(Minimum value) {
        return value.share() ? Minimum.formatShare(value.value()) : counts.format(value.value());
    }

    @Override
    public Minimum parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.endsWith("%")) {
            return Minimum.count(counts.parse(t));
        }
        String number = t.substring(0, t.length() - 1).strip();
        try {
            return check(Minimum.share(new BigDecimal(number).doubleValue()));
        } catch (NumberFormatException e) {
            throw invalid("'" + t + "' is not a share (e.g. 0.05%)");
        }
    }

    @Override
    public String paramLabel() {
        return "W|P%";
    }

    @Override
    public String defaultText() {
        return format(defaultValue) + " of the filtered " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "s; a count " + counts.format(counts.min()) + " to " + counts.format(counts.max())
                + " or a share such as 0.05%";
    }
}
