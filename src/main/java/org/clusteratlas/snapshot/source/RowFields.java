package org.clusteratlas.snapshot.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one row of a delimited table, each stripped of surrounding blanks: what an importer rule
 * reads, whether the row came from the desktop's {@link DelimitedTable} or from a line an executor of the
 * Spark builder split with {@link #split}.
 */
public interface RowFields {
    /** A field, stripped of surrounding blanks; "" when empty. */
    String get(int column);

    /**
     * Splits one line (a whole record) as {@link DelimitedTable} reads it: a field that starts with a double
     * quote runs to the closing quote (a doubled quote inside stands for one), any other field runs to the
     * next delimiter. Returns null when the line is not a whole record: a quoted field is not closed on it
     * (it spans lines) or text follows a closing quote.
     */
    static List<String> split(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        return null; // the quoted field goes on on the next line
                    }
                    char c = line.charAt(j);
                    if (c == '"') {
                        if (j + 1 < n && line.charAt(j + 1) == '"') {
                            b.append('"');
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    b.append(c);
                    j++;
                }
                while (j < n && line.charAt(j) != delimiter && Character.isWhitespace(line.charAt(j))) {
                    j++;
                }
                if (j < n && line.charAt(j) != delimiter) {
                    return null;
                }
                out.add(b.toString());
                i = j;
            } else {
                int j = line.indexOf(delimiter, i);
                int end = j < 0 ? n : j;
                out.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // the delimiter
            if (i == n) {
                out.add("");
                return out;
            }
        }
    }

    /**
     * The number of double quotes on a line. A record whose quoted field holds a line break spans lines; of
     * its lines, the first and the last have an odd number of quotes, the others an even one (a doubled quote
     * counts two), so a reader that sees lines one by one (the Spark builder's executors) finds where such
     * records start and end from the lines with an odd count.
     */
    static int quotes(String line) {
        int n = 0;
        for (int i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) {
            n++;
        }
        return n;
    }

    /** The fields of {@link #split}. */
    static RowFields of(List<String> fields) {
        return c -> fields.get(c).strip();
    }
}
