package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.SnapshotContract;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An inclusive year range, text {@code 2014-2023}, an open end {@code all} ({@code 2014-all}), and the
 * whole range {@code all}. The years allowed are the snapshot contract's ({@link SnapshotContract#MIN_YEAR}
 * to {@link SnapshotContract#MAX_YEAR}): whatever a snapshot may hold can be selected; the controls offer
 * the opened snapshot's own range ({@link YearRange#of}). {@link #format} is the one text of a range; writers
 * give it the range resolved to the snapshot's years ({@link YearRange#resolvedIn},
 * {@link ClusterParameters#withYearsOf}), so "all" is only ever read, from old views and commands.
 */
public final class YearRangeSpec extends ParameterSpec<YearRange> {
    YearRangeSpec(String id, String label, String effect, String whyDefault, Function<ClusterParameters, YearRange> getter,
                  BiFunction<ClusterParameters, YearRange, ClusterParameters> setter) {
        super(id, label, effect, whyDefault, getter, setter);
    }

    public int min() {
        return SnapshotContract.MIN_YEAR;
    }

    public int max() {
        return SnapshotContract.MAX_YEAR;
    }

    @Override
    public YearRange check(YearRange r) {
        if (r == null) {
            return YearRange.ALL;
        }
        year(r.from(), Integer.MIN_VALUE);
        year(r.to(), Integer.MAX_VALUE);
        if (r.from() > r.to()) {
            throw invalid("the range " + format(r) + " is empty");
        }
        return r;
    }

    private void year(int y, int open) {
        if (y != open && (y < min() || y > max())) {
            throw invalid("year " + y + " outside " + min() + "-" + max());
        }
    }

    @Override
    public boolean isEverything(YearRange value) {
        return value.isAll();
    }

    @Override
    public String format(YearRange r) {
        if (r.isAll()) {
            return ListText.ALL;
        }
        return bound(r.from(), Integer.MIN_VALUE) + "-" + bound(r.to(), Integer.MAX_VALUE);
    }

    private static String bound(int y, int open) {
        return y == open ? ListText.ALL : Integer.toString(y);
    }

    @Override
    public YearRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (ListText.isAll(t)) {
            return YearRange.ALL;
        }
        int dash = t.indexOf('-', 1);
        String a = dash < 0 ? t : t.substring(0, dash).strip();
        String b = dash < 0 ? t : t.substring(dash + 1).strip();
        return check(new YearRange(parseBound(a, Integer.MIN_VALUE), parseBound(b, Integer.MAX_VALUE)));
    }

    private int parseBound(String s, int open) {
        if (ListText.isAll(s)) {
            return open;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw invalid("'" + s + "' is not a year (expected FROM-TO, e.g. 2014-2023, or all)");
        }
    }

    @Override
    public String paramLabel() {
        return "FROM-TO";
    }

    @Override
    public String defaultText() {
        return "all, " + min() + " to " + max();
    }
}
