package org.clusteratlas.rank;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How typed text is compared with cluster and place names: case, accents and the kind of dash do not
 * matter, so "shenzhen-hong" finds "Shenzhen–Hong Kong" and "sao paulo" finds "São Paulo". One rule for
 * the window's table filter and the command line's {@code --members}.
 */
public final class SearchText {
    private SearchText() {
    }

    /** Lower case without accents, every dash a hyphen, runs of white space one space, trimmed. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (type == Character.DASH_PUNCTUATION || ch == '\u2212') {
                ch = '-';
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(ch);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} contains {@code query} after folding both; an empty query matches everything. */
    public static boolean contains(String text, String foldedQuery) {
        return foldedQuery.isEmpty() || fold(text).contains(foldedQuery);
    }
}
