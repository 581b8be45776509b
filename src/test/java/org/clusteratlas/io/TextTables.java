package org.clusteratlas.io;

import java.util.ArrayList;
import java.util.List;

/** Test helper: splits an aligned text table at runs of two or more columns that are blank on every line. */
final class TextTables {
    private TextTables() {
    }

    static List<List<String>> split(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        boolean[] blank = new boolean[width + 2];
        for (int x = 0; x < blank.length; x++) {
            final int col = x;
            blank[x] = lines.stream().allMatch(l -> col >= l.length() || l.charAt(col) == ' ');
        }
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int x = 0;
        while (x < width) {
            if (blank[x] && blank[x + 1]) {
                spans.add(new int[] {start, x});
                while (x < width && blank[x]) {
                    x++;
                }
                start = x;
            } else {
                x++;
            }
        }
        spans.add(new int[] {start, width});
        List<List<String>> out = new ArrayList<>();
        for (String l : lines) {
            List<String> row = new ArrayList<>();
            for (int[] s : spans) {
                row.add(s[0] >= l.length() ? "" : l.substring(s[0], Math.min(l.length(), s[1])).trim());
            }
            out.add(row);
        }
        return out;
    }
}
