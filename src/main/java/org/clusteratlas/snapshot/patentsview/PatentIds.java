package org.clusteratlas.snapshot.patentsview;

/**
 * Packs a USPTO patent number ({@code 10000000}, {@code D345393}, {@code RE43210}, {@code PP12345}) into a
 * long, so that tens of millions of patents are keyed in primitive maps instead of strings: up to 12
 * characters from {@code 0-9A-Z}, base 37 (0 meaning "no character", so "01" and "1" stay distinct).
 */
final class PatentIds {
    static final long INVALID = Long.MIN_VALUE;

    private PatentIds() {
    }

    /** The packed id, or {@link #INVALID} when the text is empty, too long or has other characters. */
    static long pack(String id) {
        int n = id.length();
        if (n == 0 || n > 12) {
            return INVALID;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = 1 + (c - '0');
            } else if (c >= 'A' && c <= 'Z') {
                d = 11 + (c - 'A');
            } else if (c >= 'a' && c <= 'z') {
                d = 11 + (c - 'a');
            } else {
                return INVALID;
            }
            v = v * 37 + d;
        }
        return v;
    }

    /** The id {@link #pack} packed (letters upper-case). */
    static String unpack(long v) {
        char[] buf = new char[12];
        int pos = 12;
        while (v > 0) {
            int d = (int) (v % 37);
            v /= 37;
            buf[--pos] = d <= 10 ? (char) ('0' + d - 1) : (char) ('A' + d - 11);
        }
        return new String(buf, pos, 12 - pos);
    }
}
