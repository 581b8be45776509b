package org.clusteratlas.io;

import org.clusteratlas.cluster.NumberText;

/** Locale-independent number text: '.' as decimal separator, no exponent, figures rounded to 1e-9. */
final class Numbers {
    private Numbers() {
    }

    /** A computed figure at the precision it carries ({@link NumberText#plain}); empty for NaN. */
    static String plain(double d) {
        return NumberText.plain(d);
    }

    /** A computed figure rounded as {@link NumberText#round}, for JSON. */
    static double round(double d) {
        return NumberText.round(d);
    }

    static double parse(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    static Integer parseInt(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }
}
