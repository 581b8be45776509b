package org.clusteratlas.ui.explorer;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * Widths of texts in one font, each laid out once: the ranking's columns fit their content after every
 * recompute (a hundred rows of a dozen columns, twenty times a second during a drag), and most of the cell
 * texts recur from one result to the next, so the FX thread lays out only the new ones.
 */
final class TextWidths {
    /** Texts kept before the cache starts over (names and figures of a few hundred results). */
    private static final int KEPT = 20_000;

    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    TextWidths(Font font) {
        measure.setFont(font);
    }

    /** The layout width of s in this font. */
    double of(String s) {
        Double w = widths.get(s);
        if (w == null) {
            if (widths.size() >= KEPT) {
                widths.clear();
            }
            measure.setText(s);
            w = measure.getLayoutBounds().getWidth();
            widths.put(s, w);
        }
        return w;
    }
}
