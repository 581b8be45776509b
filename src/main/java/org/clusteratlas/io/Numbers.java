package org.clusteratlas.io;

import java.math.BigDecimal;

/** Locale-independent number text: '.' as decimal separator, no exponent, exact round trip. */
final class Numbers {
    private Numbers() {
    }

    /** Shortest decimal that parses back to exactly {@code d}, without exponent; empty for NaN. */
    static String plain(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("infinite value");
        }
        String s = BigDecimal.valueOf(d).toPlainString();
        if (s.indexOf('.') > 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    static double parse(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    static Integer parseInt(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }
}
