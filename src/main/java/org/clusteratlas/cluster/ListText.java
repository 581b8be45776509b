package org.clusteratlas.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one text form of a list of names (kinds, fields, countries) everywhere: names separated by commas, a
 * comma or backslash inside a name written {@code \,} or {@code \\} ("Furniture\, games,Optics"). A name
 * that reads as the word {@code all} is written {@code \all}, so it never means "no restriction".
 */
public final class ListText {
    /** The text of "no restriction". */
    public static final String ALL = "all";
    private static final char SEPARATOR = ',';
    private static final char ESCAPE = '\\';

    private ListText() {
    }

    /** The names (in the given order) as one text. */
    public static String join(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            if (name.equalsIgnoreCase(ALL)) {
                sb.append(ESCAPE);
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == SEPARATOR || c == ESCAPE) {
                    sb.append(ESCAPE);
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the text is the word {@code all} (any case, blanks around it ignored). */
    public static boolean isAll(String text) {
        return text != null && text.strip().equalsIgnoreCase(ALL);
    }

    /** The names of a text as {@link #join} writes it, each without surrounding blanks; empty ones dropped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        String t = text == null ? "" : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ESCAPE && i + 1 < t.length()) {
                name.append(t.charAt(++i));
            } else if (c == SEPARATOR) {
                add(out, name);
            } else {
                name.append(c);
            }
        }
        add(out, name);
        return out;
    }

    private static void add(List<String> out, StringBuilder name) {
        String s = name.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        name.setLength(0);
    }
}
