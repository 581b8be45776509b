package org.clusteratlas.ui;

import java.util.Locale;

/** Number formatting shared by the views (grouped thousands, fixed locale so screenshots and tests agree). */
final class Formats {
    private Formats() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A fractional count (documents counted fractionally), rounded to a whole number. */
    static String count(double n) {
        return count(Math.round(n));
    }
}
