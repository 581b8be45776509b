package org.clusteratlas.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling windows of years: {@code length} years each, starting every {@code step} years (the CLI's
 * {@code --windows 5} or {@code --windows 5:1}). The GII ranks a rolling five-year window, one year on per
 * edition.
 */
public record YearWindows(int length, int step) {
    /** The CLI option. */
    public static final String OPTION = "--windows";
    /** More windows than this is a typo, not a question. */
    public static final int MAX_WINDOWS = 100;

    public YearWindows {
        if (length < 1 || length > 100) {
            throw new IllegalArgumentException(OPTION + ": window length must be 1 to 100 years, not " + length);
        }
        if (step < 1 || step > 100) {
            throw new IllegalArgumentException(OPTION + ": step must be 1 to 100 years, not " + step);
        }
    }

    /**
     * Parses {@code LENGTH} or {@code LENGTH:STEP} (step 1 when left out).
     *
     * @throws IllegalArgumentException with a one-line message naming the option
     */
    public static YearWindows parse(String text) {
        String t = text == null ? "" : text.trim();
        String[] parts = t.split(":", -1);
        if (parts.length > 2 || !t.matches("\\d{1,3}(:\\d{1,3})?")) {
            throw new IllegalArgumentException(OPTION + " takes LENGTH or LENGTH:STEP in years (e.g. 5 or 5:1), not '"
                    + text + "'");
        }
        return new YearWindows(Integer.parseInt(parts[0]), parts.length == 2 ? Integer.parseInt(parts[1]) : 1);
    }

    /** "5:1", as {@link #parse} reads it. */
    public String text() {
        return length + ":" + step;
    }

    /**
     * Every window inside {@code from..to}, earliest first: {@code from..from+length-1}, then one step later,
     * as long as the window ends by {@code to}.
     *
     * @throws IllegalArgumentException when not one window fits, or more than {@link #MAX_WINDOWS}
     */
    public List<YearWindow> within(int from, int to) {
        if (to - from + 1 < length) {
            throw new IllegalArgumentException(OPTION + ": the years " + from + "-" + to + " hold no window of "
                    + length + " years");
        }
        List<YearWindow> out = new ArrayList<>();
        for (int y = from; y + length - 1 <= to; y += step) {
            if (out.size() == MAX_WINDOWS) {
                throw new IllegalArgumentException(OPTION + ": more than " + MAX_WINDOWS + " windows in " + from + "-"
                        + to + "; use a longer step");
            }
            out.add(new YearWindow(y, y + length - 1));
        }
        return out;
    }
}
